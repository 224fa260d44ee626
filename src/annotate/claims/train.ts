/**
 * Training recipe for the check-worthiness model, shared by `npm run train:claims` (the shipped weights) and
 * `npm run eval:claims` (the leave-debates-out models), so both use the very same settings.
 */
import { type ClaimBusterSentence, type Debate, isClaimBusterHeldOut } from "./data.js";
import { extractFeatures } from "./features.js";
import {
  DEFAULT_TRAIN_OPTIONS,
  featureIndices,
  type LinearModel,
  logit,
  sigmoid,
  type TrainingExample,
  type TrainOptions,
  trainLogistic,
} from "./model.js";

/**
 * Example weights, chosen by leave-debates-out CV (models/claims/README.md). ClaimBuster's "check-worthy factual
 * sentence" label is the broad notion the annotator wants; CLEF's positives (the few lines journalists actually
 * checked, ~1%) are added as positives, while CLEF's negatives get a tiny weight: many of them are factual sentences
 * nobody happened to check, and at full weight they pulled ClaimBuster F1 down by 0.1 without helping CLEF MAP.
 */
export const CORPUS_WEIGHTS = { claimBuster: 1, clefPositive: 1, clefNegative: 0.003 } as const;
export const TRAIN_OPTIONS: TrainOptions = {
  ...DEFAULT_TRAIN_OPTIONS,
  epochs: 8,
  learningRate: 0.3,
  l2: 1e-6,
  seed: 13,
};
/** ClaimBuster sentences with id % 5 === TUNE_FOLD pick the decision threshold before the final fit. */
const TUNE_FOLD = 1;

const cache = new Map<string, number[]>();
export function sentenceIndices(text: string, bits = TRAIN_OPTIONS.bits): number[] {
  const key = `${bits}\u0000${text}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = featureIndices(extractFeatures(text).features, bits);
    cache.set(key, found);
  }
  return found;
}

export function buildExamples(
  claimBuster: readonly ClaimBusterSentence[],
  debates: readonly Debate[],
): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const s of claimBuster)
    out.push({ indices: sentenceIndices(s.text), label: s.label, weight: CORPUS_WEIGHTS.claimBuster });
  for (const d of debates) {
    for (const s of d.sentences) {
      const weight = s.label === 1 ? CORPUS_WEIGHTS.clefPositive : CORPUS_WEIGHTS.clefNegative;
      out.push({ indices: sentenceIndices(s.text), label: s.label, weight });
    }
  }
  return out;
}

export function probability(model: LinearModel, text: string): number {
  return sigmoid(logit(model, sentenceIndices(text, model.bits)));
}

/** The threshold in [0.2, 0.8] (step 0.05) with the best positive-class F1 on `tune`. */
export function tuneThreshold(model: LinearModel, tune: readonly ClaimBusterSentence[]): number {
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.2; t <= 0.8001; t += 0.05) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of tune) {
      const yes = probability(model, s.text) >= t;
      if (yes && s.label === 1) tp++;
      else if (yes) fp++;
      else if (s.label === 1) fn++;
    }
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1) best = { t: Math.round(t * 100) / 100, f1 };
  }
  return best.t;
}

/**
 * Fits a model on the ClaimBuster sentences outside the held-out fold plus the given debates. The threshold is
 * chosen on an inner tuning fold first (a fit without it), then the model is refit on all training sentences.
 */
export function trainClaimsModel(claimBuster: readonly ClaimBusterSentence[], debates: readonly Debate[]): LinearModel {
  const train = claimBuster.filter((s) => !isClaimBusterHeldOut(s));
  const tune = train.filter((s) => s.id % 5 === TUNE_FOLD);
  const inner = train.filter((s) => s.id % 5 !== TUNE_FOLD);
  const bits = TRAIN_OPTIONS.bits;
  const innerModel: LinearModel = {
    bits,
    threshold: 0.5,
    weights: trainLogistic(buildExamples(inner, debates), TRAIN_OPTIONS),
  };
  const threshold = tuneThreshold(innerModel, tune);
  return { bits, threshold, weights: trainLogistic(buildExamples(train, debates), TRAIN_OPTIONS) };
}
