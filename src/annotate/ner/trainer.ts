/**
 * Averaged-perceptron training of the greedy tagger (Collins 2002; the "averaged perceptron" tagger of Honnibal).
 * Documents are visited in a seeded shuffle each epoch so a run is reproducible; the previous-tag features use the
 * tagger's own predictions, as at run time. Averages use the w − acc/c trick, so an update costs O(features).
 */
import type { TaggedDocument } from "./corpus.js";
import { createDocContext, recordHistory } from "./doc-context.js";
import { DYNAMIC_PER_TOKEN, dynamicFeatures, extractFeatures } from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { mulberry32 } from "./hash.js";
import { LABEL_COUNT, TAGS, tagId, typeOf } from "./labels.js";
import { addRows, argmaxAllowed, decode, START_TAG, type Weights } from "./tagger.js";

export interface TrainOptions {
  readonly bits: number;
  readonly gazetteer?: Gazetteer;
  /** Gazetteer for training document `d` (jackknifed lists); `gazetteer` when absent. */
  readonly gazetteerFor?: (d: number) => Gazetteer | undefined;
  readonly epochs: number;
  /** Size of the perceptron update for training document `d` (1 when absent): down-weights out-of-domain data. */
  readonly docWeight?: (d: number) => number;
  readonly seed: number;
  /** Called after each epoch with the averaged weights so far; return a dev score to keep the best epoch. */
  readonly onEpoch?: (epoch: number, averaged: Weights, stats: { errors: number; tokens: number }) => number;
}

export interface TrainResult {
  readonly weights: Weights;
  readonly bestEpoch: number;
  readonly bestScore: number;
}

export function train(docs: readonly TaggedDocument[], opts: TrainOptions): TrainResult {
  const size = (1 << opts.bits) * LABEL_COUNT;
  const w = new Float32Array(size);
  const acc = new Float64Array(size);
  const live: Weights = { table: w, bits: opts.bits, gazetteer: opts.gazetteer };
  const rand = mulberry32(opts.seed);
  const order = docs.map((_, i) => i);
  const scores = new Float64Array(LABEL_COUNT);
  const dyn = new Int32Array(DYNAMIC_PER_TOKEN);
  let c = 1;
  let best: TrainResult = { weights: live, bestEpoch: -1, bestScore: Number.NEGATIVE_INFINITY };

  let step = 1;
  const update = (feats: Int32Array, from: number, to: number, gold: number, pred: number): void => {
    for (let f = from; f < to; f++) {
      const row = feats[f] ?? 0;
      w[row + gold] = (w[row + gold] ?? 0) + step;
      acc[row + gold] = (acc[row + gold] ?? 0) + c * step;
      w[row + pred] = (w[row + pred] ?? 0) - step;
      acc[row + pred] = (acc[row + pred] ?? 0) - c * step;
    }
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    let tokens = 0;
    for (const d of order) {
      const doc = docs[d];
      if (doc === undefined) continue;
      const ctx = createDocContext(doc.sentences.map((s) => s.words));
      step = opts.docWeight?.(d) ?? 1;
      const env = opts.gazetteerFor === undefined ? live : { bits: opts.bits, gazetteer: opts.gazetteerFor(d) };
      for (const sent of doc.sentences) {
        const sf = extractFeatures(sent.words, ctx, env);
        const types = new Uint8Array(sf.n);
        let p1 = START_TAG;
        let p2 = START_TAG;
        for (let t = 0; t < sf.n; t++) {
          const from = sf.starts[t] ?? 0;
          const to = sf.starts[t + 1] ?? 0;
          scores.fill(0);
          addRows(w, sf.feats, from, to, scores);
          const nd = dynamicFeatures(sf, t, p1, p2, opts.bits, dyn);
          addRows(w, dyn, 0, nd, scores);
          const pred = argmaxAllowed(scores, p1);
          const gold = tagId(sent.tags[t] ?? "O");
          if (pred !== gold) {
            errors++;
            update(sf.feats, from, to, gold, pred);
            update(dyn, 0, nd, gold, pred);
          }
          c++;
          tokens++;
          types[t] = typeOf(pred);
          p2 = p1;
          p1 = pred;
        }
        recordHistory(ctx, sent.words, types);
      }
    }
    const averaged = new Float32Array(size);
    for (let k = 0; k < size; k++) averaged[k] = (w[k] ?? 0) - (acc[k] ?? 0) / c;
    const avgWeights: Weights = { table: averaged, bits: opts.bits, gazetteer: opts.gazetteer };
    const score = opts.onEpoch?.(epoch, avgWeights, { errors, tokens }) ?? epoch;
    if (score > best.bestScore) best = { weights: avgWeights, bestEpoch: epoch, bestScore: score };
  }
  return best;
}

/** Tags every sentence of every document, document context included, and returns IOB2 tag strings. */
export function tagDocuments(docs: readonly TaggedDocument[], weights: Weights): string[][][] {
  return docs.map((doc) => {
    const ctx = createDocContext(doc.sentences.map((s) => s.words));
    return doc.sentences.map((s) => Array.from(decode(s.words, ctx, weights, 1).labels, (l) => TAGS[l] ?? "O"));
  });
}
