/**
 * Greedy left-to-right decoding over IOB2 with the hashed averaged-perceptron weights. Shared by training (which
 * updates the weights after each token) and run time (which only reads them).
 */
import type { DocContext } from "./doc-context.js";
import { recordHistory } from "./doc-context.js";
import { DYNAMIC_PER_TOKEN, dynamicFeatures, extractFeatures, type SentenceFeatures } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { allowedAfter, LABEL_COUNT, typeOf } from "./labels.js";

/** Previous-tag value before the first token (no real tag has this id). */
export const START_TAG = LABEL_COUNT;

export interface Weights {
  /**
   * bucket-major: weights[bucket * LABEL_COUNT + label], in units of `scale`. Training uses Float32; the shipped
   * model stays Int16 in memory (38 MB instead of 75 MB), since only the argmax and the softmax need real units.
   */
  readonly table: Float32Array | Int16Array;
  /** Real weight = table value × scale (1 when absent). */
  readonly scale?: number;
  readonly bits: number;
  readonly gazetteer?: Gazetteer;
}

/** Adds the weight rows of feats[from, to) into scores (length LABEL_COUNT). */
export function addRows(
  table: Float32Array | Int16Array,
  feats: Int32Array,
  from: number,
  to: number,
  scores: Float64Array,
): void {
  for (let f = from; f < to; f++) {
    const row = feats[f] ?? 0;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] = (scores[l] ?? 0) + (table[row + l] ?? 0);
  }
}

/** Best label allowed after `prev` under IOB2. */
export function argmaxAllowed(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let l = 0; l < LABEL_COUNT; l++) {
    if (prev !== START_TAG && !allowedAfter(prev, l)) continue;
    if (prev === START_TAG && l !== 0 && l % 2 === 0) continue;
    const s = scores[l] ?? 0;
    if (s > bestScore) {
      bestScore = s;
      best = l;
    }
  }
  return best;
}

export interface Decoded {
  readonly labels: Uint8Array;
  /** Softmax probability of each chosen label over the allowed labels, at temperature `temperature`. */
  readonly probs: Float32Array;
}

/** Tags one sentence; when `ctx` is given and `record` holds, its history gets the result for later sentences. */
export function decode(
  words: readonly string[],
  ctx: DocContext | undefined,
  w: Weights,
  temperature: number,
  record = true,
): Decoded {
  const sf: SentenceFeatures = extractFeatures(words, ctx, w);
  const labels = new Uint8Array(sf.n);
  const probs = new Float32Array(sf.n);
  const scores = new Float64Array(LABEL_COUNT);
  const dyn = new Int32Array(DYNAMIC_PER_TOKEN);
  let p1 = START_TAG;
  let p2 = START_TAG;
  for (let i = 0; i < sf.n; i++) {
    scores.fill(0);
    addRows(w.table, sf.feats, sf.starts[i] ?? 0, sf.starts[i + 1] ?? 0, scores);
    const nd = dynamicFeatures(sf, i, p1, p2, w.bits, dyn);
    addRows(w.table, dyn, 0, nd, scores);
    const best = argmaxAllowed(scores, p1);
    labels[i] = best;
    probs[i] = softmaxProb(scores, best, p1, temperature / (w.scale ?? 1));
    p2 = p1;
    p1 = best;
  }
  if (ctx !== undefined && record) recordHistory(ctx, words, Array.from(labels, typeOf));
  return { labels, probs };
}

function softmaxProb(scores: Float64Array, chosen: number, prev: number, temperature: number): number {
  const top = scores[chosen] ?? 0;
  let sum = 0;
  for (let l = 0; l < LABEL_COUNT; l++) {
    if (prev !== START_TAG && !allowedAfter(prev, l)) continue;
    if (prev === START_TAG && l !== 0 && l % 2 === 0) continue;
    sum += Math.exp(((scores[l] ?? 0) - top) / temperature);
  }
  return 1 / sum;
}
