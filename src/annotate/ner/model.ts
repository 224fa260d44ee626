/**
 * The runtime NER model: loads models/ner/* once and tags token sequences with PER/ORG/LOC/MISC spans.
 */
import { join } from "node:path";
import { modelsDir } from "../../core/paths.js";
import { createDocContext, type DocContext, recordHistory } from "./doc-context.js";
import { GAZ_CATEGORIES, type Gazetteer, phraseHash } from "./gazetteer.js";
import { hashString } from "./hash.js";
import { ENTITY_TYPES, isInside, type NerLabel, typeOf, typesOf } from "./labels.js";
import { decode, decodeAgain, decodeFirstPass, ENTITY_PROBS, prepareDocument, type Weights } from "./tagger.js";
import { type NerModelMeta, readModel } from "./weights-file.js";

export interface NerSpan {
  readonly startToken: number;
  /** Exclusive. */
  readonly endToken: number;
  readonly label: NerLabel;
  /** Mean over the span's tokens of the tagger's probability for its chosen tag, 0..1. */
  readonly score: number;
}

export interface NerModel {
  /**
   * Tags one sentence's tokens. Pass the same `docContext` (from createDocContext over all the document's
   * sentences) for every sentence of a document, in reading order: it carries document-level evidence and what
   * earlier sentences were tagged.
   */
  tag(words: readonly string[], docContext?: DocContext): NerSpan[];
  /**
   * Tags all sentences of one document in two passes: the second sees what the first gave the same words in the
   * *other* sentences, later ones included, so a headline "Sanders:" is read in the light of "Bernie Sanders said".
   */
  tagDocument(sentences: readonly (readonly string[])[]): NerSpan[][];
  readonly meta: NerModelMeta;
}

/** Groups IOB2 label ids into spans (a stray I- opens a span, which the decoder never produces anyway). */
export function spansOf(labels: ArrayLike<number>, probs: ArrayLike<number>): NerSpan[] {
  const spans: NerSpan[] = [];
  let i = 0;
  while (i < labels.length) {
    const l = labels[i] ?? 0;
    if (l === 0) {
      i++;
      continue;
    }
    const type = typeOf(l);
    let j = i + 1;
    let sum = probs[i] ?? 0;
    while (j < labels.length && isInside(labels[j] ?? 0) && typeOf(labels[j] ?? 0) === type) {
      sum += probs[j] ?? 0;
      j++;
    }
    spans.push({ startToken: i, endToken: j, label: ENTITY_TYPES[type - 1] ?? "MISC", score: sum / (j - i) });
    i = j;
  }
  return spans;
}

/** Bit of the "honorific" gazetteer category. */
const HONORIFIC_BIT = 1 << GAZ_CATEGORIES.indexOf("honorific");

/**
 * CoNLL names exclude titles ("Mr. Trump" → "Trump"); Reuters 1996 rarely wrote "Mr.", so the tagger sometimes
 * pulls it into a PER span on modern news. A listed honorific that opens a longer PER span is dropped from it.
 */
export function trimTitles(words: readonly string[], spans: NerSpan[], gazetteer: Gazetteer | undefined): NerSpan[] {
  if (gazetteer === undefined) return spans;
  return spans.map((span) => {
    if (span.label !== "PER" || span.endToken - span.startToken < 2) return span;
    const first = words[span.startToken] ?? "";
    const cats = gazetteer.phrases.get(phraseHash([hashString(first.toLowerCase())], 0, 1)) ?? 0;
    return cats & HONORIFIC_BIT ? { ...span, startToken: span.startToken + 1 } : span;
  });
}

export function nerModelFrom(weights: Weights, meta: NerModelMeta): NerModel {
  return {
    meta,
    tag(words, docContext) {
      if (words.length === 0) return [];
      const { labels, probs } = decode(words, docContext, weights, meta.temperature);
      return trimTitles(words, spansOf(labels, probs), weights.gazetteer);
    },
    tagDocument(sentences) {
      const prepared = prepareDocument(sentences, weights);
      const ctx = createDocContext(sentences, prepared && ((s) => prepared[s]?.values));
      const first = sentences.map((words, s) => {
        const { decoded, pass } = decodeFirstPass(
          words,
          ctx,
          weights,
          meta.temperature,
          true,
          prepared?.[s],
          ENTITY_PROBS,
        );
        return { types: typesOf(decoded.labels), pass };
      });
      return sentences.map((words, s) => {
        const own = first[s]?.types ?? [];
        const pass = first[s]?.pass;
        recordHistory(ctx, words, own, -1, pass?.sf);
        const { labels, probs } = pass
          ? decodeAgain(pass, ctx, weights, meta.temperature, ENTITY_PROBS)
          : decode(words, ctx, weights, meta.temperature, false);
        recordHistory(ctx, words, own, 1, pass?.sf);
        return trimTitles(words, spansOf(labels, probs), weights.gazetteer);
      });
    },
  };
}

let cached: NerModel | undefined;

/** The shipped model, read from models/ner on first use and cached. */
export function loadNerModel(): NerModel {
  if (cached === undefined) {
    const { weights, meta } = readModel(join(modelsDir, "ner"));
    cached = nerModelFrom(weights, meta);
  }
  return cached;
}
