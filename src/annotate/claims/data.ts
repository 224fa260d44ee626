/**
 * Readers for the check-worthiness training data in ../shared/data/claims and the fixed splits used for training and
 * evaluation (documented in models/claims/README.md):
 * - ClaimBuster: a sentence is held out when sentence_id % 5 === 0 (20%, fixed by id, independent of file order).
 * - CLEF-2020 T5: 48 debates sorted by file name; debate i belongs to cross-validation fold i % 4 (leave-debates-out,
 *   since no CLEF dev set ships here). A sentence is never split from its debate.
 * The two corpora share text: ClaimBuster holds ~200 sentences from each of four CLEF debates (the 2012 third and the
 * 2016 presidential debates). `sentenceKey` finds them, so no model is trained on text it is evaluated on.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedData } from "../../core/paths.js";

export interface LabelledSentence {
  readonly text: string;
  readonly label: 0 | 1;
}

export interface ClaimBusterSentence extends LabelledSentence {
  readonly id: number;
}

export interface Debate {
  readonly name: string;
  readonly sentences: readonly (LabelledSentence & { readonly speaker: string; readonly line: number })[];
}

export const CLAIMS_DATA = join(sharedData, "claims");
/** One ClaimBuster sentence in this many is held out for evaluation. */
export const CLAIMBUSTER_FOLDS = 5;
/** Leave-debates-out folds over the CLEF debates. */
export const CLEF_FOLDS = 4;

export function isClaimBusterHeldOut(s: ClaimBusterSentence): boolean {
  return s.id % CLAIMBUSTER_FOLDS === 0;
}

export function loadClaimBuster(dir = CLAIMS_DATA): ClaimBusterSentence[] {
  const raw = JSON.parse(readFileSync(join(dir, "claimbuster", "train.json"), "utf8")) as {
    sentence_id: number;
    label: number;
    text: string;
  }[];
  return raw.map((r) => ({ id: r.sentence_id, text: r.text, label: r.label === 1 ? 1 : 0 }));
}

export function loadClefDebates(dir = CLAIMS_DATA): Debate[] {
  const folder = join(dir, "clef2020-t5", "train");
  return readdirSync(folder)
    .filter((f) => f.endsWith(".tsv"))
    .sort()
    .map((file) => {
      const sentences = readFileSync(join(folder, file), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => {
          const [line = "0", speaker = "", text = "", label = "0"] = l.split("\t");
          return { line: Number(line), speaker, text, label: label.trim() === "1" ? (1 as const) : (0 as const) };
        });
      return { name: file.replace(/\.tsv$/, ""), sentences };
    });
}

/**
 * The identity of a sentence across corpora: lower case, letters, digits and single spaces only (the two corpora
 * differ in quote marks, dashes and spacing).
 */
export function sentenceKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The keys of every sentence in `debates`. */
export const debateKeys = (debates: readonly Debate[]): Set<string> =>
  new Set(debates.flatMap((d) => d.sentences.map((s) => sentenceKey(s.text))));

/** Share of the debates (sorted by file name, i.e. by date) the organisers' baselines train on; the rest is dev. */
export const CLEF_TRAIN_SHARE = 0.8;

/**
 * The organisers' dev split (clef2020-factchecking-task5 baselines.py): debates sorted by file name, the first 80%
 * train and the latest 20% dev.
 */
export function clefDevSplit(debates: readonly Debate[]): { train: Debate[]; dev: Debate[] } {
  const sorted = [...debates].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const nTrain = Math.floor(CLEF_TRAIN_SHARE * sorted.length);
  return { train: sorted.slice(0, nTrain), dev: sorted.slice(nTrain) };
}

/** The CV fold of the debate at position `index` in the sorted list. */
export const clefFold = (index: number): number => index % CLEF_FOLDS;
