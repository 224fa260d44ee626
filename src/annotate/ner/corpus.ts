/**
 * Readers for the NER training and evaluation sets in ../shared/data/ner (used by the train/eval scripts and tests,
 * never at run time): CoNLL-2003 (`token POS chunk NER`, IOB1, `-DOCSTART-` between documents) and WikiNEuRal
 * (`index<TAB>token<TAB>IOB2`, no document boundaries).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { sharedData } from "../../core/paths.js";
import { iob1ToIob2 } from "./labels.js";

export interface TaggedSentence {
  readonly words: readonly string[];
  /** IOB2 tags, one per word. */
  readonly tags: readonly string[];
}

/** Sentences that share document-level features (a news article; a lone sentence for WikiNEuRal). */
export interface TaggedDocument {
  readonly sentences: readonly TaggedSentence[];
}

function readGz(path: string): string {
  return gunzipSync(readFileSync(path)).toString("utf8");
}

/** Parses CoNLL-2003 text; IOB1 tags are converted to IOB2. */
export function parseConll2003(text: string): TaggedDocument[] {
  const docs: TaggedDocument[] = [];
  let sentences: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) sentences.push({ words, tags: iob1ToIob2(tags) });
    words = [];
    tags = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length > 0) docs.push({ sentences });
    sentences = [];
  };
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") {
      endSentence();
      continue;
    }
    const cols = trimmed.split(" ");
    if (cols[0] === "-DOCSTART-") {
      endDocument();
      continue;
    }
    words.push(cols[0] ?? "");
    tags.push(cols[cols.length - 1] ?? "O");
  }
  endDocument();
  return docs;
}

/** Parses WikiNEuRal TSV; each sentence becomes its own document (the set has no document boundaries). */
export function parseWikiNeural(text: string): TaggedDocument[] {
  const docs: TaggedDocument[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const line of text.split("\n")) {
    const cols = line.replace(/\r$/, "").split("\t");
    if (cols.length < 3) {
      if (words.length > 0) docs.push({ sentences: [{ words, tags }] });
      words = [];
      tags = [];
      continue;
    }
    words.push(cols[1] ?? "");
    tags.push(cols[2] ?? "O");
  }
  if (words.length > 0) docs.push({ sentences: [{ words, tags }] });
  return docs;
}

export type NerSet = "conll-train" | "conll-valid" | "wikineural-train" | "wikineural-dev";

const FILES: Record<NerSet, string> = {
  "conll-train": "ner/conll2003/train.txt.gz",
  "conll-valid": "ner/conll2003/valid.txt.gz",
  "wikineural-train": "ner/wikineural-en-val.train.conllu.gz",
  "wikineural-dev": "ner/wikineural-en-val.dev.conllu.gz",
};

export function loadNerSet(set: NerSet): TaggedDocument[] {
  const text = readGz(join(sharedData, FILES[set]));
  return set.startsWith("conll") ? parseConll2003(text) : parseWikiNeural(text);
}
