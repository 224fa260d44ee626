/**
 * Training recipe for the check-worthiness model, shared by `npm run train:claims` (the shipped weights) and
 * `npm run eval:claims` (the leave-debates-out models), so both use the very same settings.
 */
import {
  CLAIMBUSTER_FOLDS,
  CLEF_FOLDS,
  type ClaimBusterSentence,
  type Debate,
  debateKeys,
  isClaimBusterHeldOut,
  sentenceKey,
} from "./data.js";
import { extractFeatures } from "./features.js";
import {
  DEFAULT_TRAIN_OPTIONS,
  featureIndices,
  type LinearModel,
  sigmoid,
  type TrainingExample,
  type TrainOptions,
  trainLogistic,
} from "./model.js";
import { claimLogit } from "./score.js";
import { type TranscriptReranker, trainReranker, transcriptFeatures } from "./transcript.js";

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
/**
 * Fits this many models on the same examples, with shuffle seeds TRAIN_OPTIONS.seed, seed + 1, …, and averages their
 * weights: one online fit moves by ±0.005 MAP and ±0.01 F1 from seed to seed, the average much less.
 */
export const AVERAGED_RUNS = 4;

function trainAveraged(examples: readonly TrainingExample[]): Float32Array {
  let sum: Float32Array | undefined;
  for (let run = 0; run < AVERAGED_RUNS; run++) {
    const w = trainLogistic(examples, { ...TRAIN_OPTIONS, seed: TRAIN_OPTIONS.seed + run });
    if (sum === undefined) sum = w;
    else for (let i = 0; i < w.length; i++) sum[i] = (sum[i] ?? 0) + (w[i] ?? 0);
  }
  return (sum ?? new Float32Array(1 << TRAIN_OPTIONS.bits)).map((v) => v / AVERAGED_RUNS);
}

/** The decision thresholds tried: a grid over the probability, fine enough that the F1 curve's peak is not missed. */
const THRESHOLD_GRID = { from: 0.1, to: 0.9, step: 0.01 } as const;

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

/** The probability the annotator shows: the model plus the runtime offsets of score.ts. */
export function probability(model: LinearModel, text: string): number {
  return sigmoid(claimLogit(text, model).z);
}

export interface ScoredSentence {
  readonly probability: number;
  readonly label: 0 | 1;
}

/** The threshold on THRESHOLD_GRID with the best positive-class F1 over `scored` (the lowest one on a tie). */
export function tuneThreshold(scored: readonly ScoredSentence[]): number {
  let best = { t: 0.5, f1: -1 };
  const steps = Math.round((THRESHOLD_GRID.to - THRESHOLD_GRID.from) / THRESHOLD_GRID.step);
  for (let k = 0; k <= steps; k++) {
    const t = Math.round((THRESHOLD_GRID.from + k * THRESHOLD_GRID.step) * 100) / 100;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of scored) {
      const yes = s.probability >= t;
      if (yes && s.label === 1) tp++;
      else if (yes) fp++;
      else if (s.label === 1) fn++;
    }
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    if (f1 > best.f1) best = { t, f1 };
  }
  return best.t;
}

/** Debates without the lines whose text is in `keys`. */
const withoutLines = (debates: readonly Debate[], keys: ReadonlySet<string>): Debate[] =>
  debates.map((d) => ({ ...d, sentences: d.sentences.filter((s) => !keys.has(sentenceKey(s.text))) }));

/**
 * Out-of-fold probabilities for every training ClaimBuster sentence: the training folds (id % 5 = 1 … 4) take turns
 * as the scored fold, each scored by a model fitted on the other three (and the debates without lines of its text).
 * The threshold chosen on these is the one the final model, fitted on all four folds, is expected to need.
 */
function outOfFoldScores(train: readonly ClaimBusterSentence[], debates: readonly Debate[]): ScoredSentence[] {
  const scored: ScoredSentence[] = [];
  for (let fold = 0; fold < CLAIMBUSTER_FOLDS; fold++) {
    const tune = train.filter((s) => s.id % CLAIMBUSTER_FOLDS === fold);
    if (tune.length === 0) continue; // the held-out fold, already left out of `train`
    const tuneKeys = new Set(tune.map((s) => sentenceKey(s.text)));
    const inner = train.filter((s) => s.id % CLAIMBUSTER_FOLDS !== fold && !tuneKeys.has(sentenceKey(s.text)));
    const model: LinearModel = {
      bits: TRAIN_OPTIONS.bits,
      threshold: 0.5,
      weights: trainAveraged(buildExamples(inner, withoutLines(debates, tuneKeys))),
    };
    for (const s of tune) scored.push({ probability: probability(model, s.text), label: s.label });
  }
  return scored;
}

/**
 * Fits the sentence model on the ClaimBuster sentences outside the held-out fold plus the given debates. The threshold
 * is chosen on out-of-fold scores of the training folds first (outOfFoldScores), then the model is refit on all
 * training sentences. Text is kept apart from evaluation both ways: ClaimBuster sentences whose text is in `unseen`
 * (the debates being evaluated) are dropped, and so are debate lines whose text is a held-out ClaimBuster sentence.
 */
function trainSentenceModel(
  claimBuster: readonly ClaimBusterSentence[],
  debates: readonly Debate[],
  unseen: ReadonlySet<string>,
  tuneThresholdToo: boolean,
): LinearModel {
  const heldOutKeys = new Set(claimBuster.filter(isClaimBusterHeldOut).map((s) => sentenceKey(s.text)));
  const train = claimBuster.filter((s) => !isClaimBusterHeldOut(s) && !unseen.has(sentenceKey(s.text)));
  const cleanDebates = withoutLines(debates, heldOutKeys);
  const threshold = tuneThresholdToo ? tuneThreshold(outOfFoldScores(train, cleanDebates)) : 0.5;
  return { bits: TRAIN_OPTIONS.bits, threshold, weights: trainAveraged(buildExamples(train, cleanDebates)) };
}

/**
 * The transcript re-ranker (transcript.ts) learns on sentence logits the sentence model would give lines it never saw:
 * the debates are split into CLEF_FOLDS folds, each fold is scored by a sentence model fitted without it, and the
 * re-ranker is fitted on all those out-of-fold logits.
 */
function trainTranscriptReranker(
  claimBuster: readonly ClaimBusterSentence[],
  debates: readonly Debate[],
  unseen: ReadonlySet<string>,
): TranscriptReranker | undefined {
  if (debates.length < CLEF_FOLDS) return undefined;
  const rows: number[][] = [];
  const labels: (0 | 1)[] = [];
  for (let fold = 0; fold < CLEF_FOLDS; fold++) {
    const held = debates.filter((_, i) => i % CLEF_FOLDS === fold);
    const rest = debates.filter((_, i) => i % CLEF_FOLDS !== fold);
    const keys = new Set([...unseen, ...debateKeys(held)]);
    const model = trainSentenceModel(claimBuster, rest, keys, false);
    for (const d of held) {
      const logits = d.sentences.map((s) => claimLogit(s.text, model).z);
      rows.push(...transcriptFeatures(d.sentences, logits));
      labels.push(...d.sentences.map((s) => s.label));
    }
  }
  return trainReranker(rows, labels);
}

/**
 * The shipped recipe: the sentence model (ClaimBuster minus its held-out fold, plus the debates) and, when debates are
 * given, the transcript re-ranker. `unseen` holds the sentence keys of debates under evaluation (empty for the
 * shipped model).
 */
export function trainClaimsModel(
  claimBuster: readonly ClaimBusterSentence[],
  debates: readonly Debate[],
  unseen: ReadonlySet<string> = new Set(),
): LinearModel {
  const model = trainSentenceModel(claimBuster, debates, unseen, true);
  const transcript = trainTranscriptReranker(claimBuster, debates, unseen);
  return transcript ? { ...model, transcript } : model;
}
