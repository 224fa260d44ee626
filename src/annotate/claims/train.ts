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
import { extractFeatures, hashFeatures } from "./features.js";
import { type MlpExample, type MlpOptions, type SentenceMlp, sentenceVector, trainMlp } from "./mlp.js";
import {
  type Blend,
  DEFAULT_TRAIN_OPTIONS,
  featureIndices,
  type LinearModel,
  sigmoid,
  type TrainingExample,
  type TrainOptions,
  trainLogistic,
} from "./model.js";
import { claimLogit, claimLogitParts, combineLogit, type LogitParts } from "./score.js";
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

/** The word-vector network's settings (mlp.ts), chosen by out-of-fold F1 on the ClaimBuster training folds. */
export const MLP_OPTIONS: MlpOptions = { hidden: 32, epochs: 10, learningRate: 1e-3, l2: 1e-4, batch: 32, seed: 1 };
/** Networks fitted with seeds MLP_OPTIONS.seed, seed + 1, …, and averaged (one network of all their hidden units). */
export const MLP_RUNS = 2;
/**
 * Where the blend's fit (fitBlend) starts, and the blend of the out-of-fold models, whose logits are only read in
 * parts: the network at 0.75 of the hashed logit had the best out-of-fold F1 of 0.5 / 0.75 / 1 (README).
 */
export const DEFAULT_BLEND: Blend = { hashed: 1, mlp: 0.75, bias: 0 };

const vectors = new Map<string, Float32Array>();
function vectorOf(text: string): Float32Array {
  let found = vectors.get(text);
  if (found === undefined) {
    found = sentenceVector(hashFeatures(text).rows);
    vectors.set(text, found);
  }
  return found;
}

/**
 * The network's examples: ClaimBuster and the CLEF positives. CLEF negatives (weight 0.003 in the hashed model) are
 * left out: at that weight they teach the network nothing, and they are six times the rest.
 */
function mlpExamples(claimBuster: readonly ClaimBusterSentence[], debates: readonly Debate[]): MlpExample[] {
  const out: MlpExample[] = claimBuster.map((s) => ({
    input: vectorOf(s.text),
    label: s.label,
    weight: CORPUS_WEIGHTS.claimBuster,
  }));
  for (const d of debates)
    for (const s of d.sentences)
      if (s.label === 1) out.push({ input: vectorOf(s.text), label: 1, weight: CORPUS_WEIGHTS.clefPositive });
  return out;
}

/** Networks are averaged by concatenating their hidden units, each output weight divided by the number of networks. */
function averageMlps(nets: readonly SentenceMlp[]): SentenceMlp {
  const first = nets[0];
  if (first === undefined) throw new Error("averageMlps: no networks");
  const join = (parts: readonly Float32Array[]): Float32Array => {
    const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };
  return {
    inputs: first.inputs,
    hidden: nets.reduce((n, m) => n + m.hidden, 0),
    w1: join(nets.map((m) => m.w1)),
    b1: join(nets.map((m) => m.b1)),
    w2: join(nets.map((m) => m.w2.map((v) => v / nets.length))),
    b2: nets.reduce((sum, m) => sum + m.b2, 0) / nets.length,
  };
}

function trainAveragedMlp(claimBuster: readonly ClaimBusterSentence[], debates: readonly Debate[]): SentenceMlp {
  const examples = mlpExamples(claimBuster, debates);
  const nets: SentenceMlp[] = [];
  for (let run = 0; run < MLP_RUNS; run++)
    nets.push(trainMlp(examples, { ...MLP_OPTIONS, seed: MLP_OPTIONS.seed + run }));
  return averageMlps(nets);
}

/** Both parts of the sentence model, fitted on the same sentences. */
function fitSentenceModel(
  claimBuster: readonly ClaimBusterSentence[],
  debates: readonly Debate[],
  blend: Blend,
  threshold: number,
): LinearModel {
  return {
    bits: TRAIN_OPTIONS.bits,
    threshold,
    weights: trainAveraged(buildExamples(claimBuster, debates)),
    mlp: trainAveragedMlp(claimBuster, debates),
    blend,
  };
}

/** Newton steps for the blend's three weights: the log loss is convex, so a few steps reach its minimum. */
const BLEND_NEWTON_STEPS = 25;
/** A little L2 keeps the Hessian invertible when the two logits are nearly collinear. */
const BLEND_L2 = 1e-3;

/**
 * The blend (model.ts `Blend`) as a logistic regression of the label on the out-of-fold hashed and network logits,
 * with the runtime offsets as a fixed margin. Newton's method from DEFAULT_BLEND: deterministic and exact.
 */
export function fitBlend(rows: readonly OutOfFoldLogits[]): Blend {
  let w = [DEFAULT_BLEND.hashed, DEFAULT_BLEND.mlp, DEFAULT_BLEND.bias];
  for (let step = 0; step < BLEND_NEWTON_STEPS; step++) {
    const g = [0, 0, 0];
    const h = [
      [BLEND_L2, 0, 0],
      [0, BLEND_L2, 0],
      [0, 0, BLEND_L2],
    ];
    for (const r of rows) {
      const x = [r.parts.hashed, r.parts.mlp, 1];
      const p = sigmoid(
        (w[0] as number) * r.parts.hashed + (w[1] as number) * r.parts.mlp + (w[2] as number) + r.parts.offset,
      );
      for (let i = 0; i < 3; i++) {
        g[i] = (g[i] as number) + (p - r.label) * (x[i] as number);
        for (let j = 0; j < 3; j++)
          (h[i] as number[])[j] = ((h[i] as number[])[j] as number) + p * (1 - p) * (x[i] as number) * (x[j] as number);
      }
    }
    for (let i = 0; i < 3; i++) g[i] = (g[i] as number) + BLEND_L2 * (w[i] as number);
    const delta = solve3(h, g);
    w = w.map((v, i) => v - (delta[i] as number));
  }
  const [hashed, mlp, bias] = w as [number, number, number];
  return { hashed, mlp, bias };
}

/** Solves the 3 × 3 system a·x = b by Cramer's rule (a is the blend's Hessian, symmetric positive definite). */
function solve3(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const m = (i: number, j: number): number => (a[i] as readonly number[])[j] as number;
  const det = (c: readonly (readonly number[])[]): number => {
    const e = (i: number, j: number): number => (c[i] as readonly number[])[j] as number;
    return (
      e(0, 0) * (e(1, 1) * e(2, 2) - e(1, 2) * e(2, 1)) -
      e(0, 1) * (e(1, 0) * e(2, 2) - e(1, 2) * e(2, 0)) +
      e(0, 2) * (e(1, 0) * e(2, 1) - e(1, 1) * e(2, 0))
    );
  };
  const whole = det(a);
  return [0, 1, 2].map((col) => {
    const replaced = [0, 1, 2].map((i) => [0, 1, 2].map((j) => (j === col ? (b[i] as number) : m(i, j))));
    return det(replaced) / whole;
  });
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

export interface OutOfFoldLogits {
  readonly parts: LogitParts;
  readonly label: 0 | 1;
}

/**
 * Out-of-fold logits for every training ClaimBuster sentence: the training folds (id % 5 = 1 … 4) take turns as the
 * scored fold, each scored by a model fitted on the other three (and the debates without lines of its text). The blend
 * and the threshold fitted on these are the ones the final model, fitted on all four folds, is expected to need.
 */
function outOfFoldLogits(train: readonly ClaimBusterSentence[], debates: readonly Debate[]): OutOfFoldLogits[] {
  const rows: OutOfFoldLogits[] = [];
  for (let fold = 0; fold < CLAIMBUSTER_FOLDS; fold++) {
    const tune = train.filter((s) => s.id % CLAIMBUSTER_FOLDS === fold);
    if (tune.length === 0) continue; // the held-out fold, already left out of `train`
    const tuneKeys = new Set(tune.map((s) => sentenceKey(s.text)));
    const inner = train.filter((s) => s.id % CLAIMBUSTER_FOLDS !== fold && !tuneKeys.has(sentenceKey(s.text)));
    const model = fitSentenceModel(inner, withoutLines(debates, tuneKeys), DEFAULT_BLEND, 0.5);
    for (const s of tune) rows.push({ parts: claimLogitParts(s.text, model), label: s.label });
  }
  return rows;
}

/**
 * Fits the sentence model on the ClaimBuster sentences outside the held-out fold plus the given debates. Unless a blend
 * is `given`, the blend and the threshold are fitted on out-of-fold logits of the training folds first
 * (outOfFoldLogits), then the model is refit on all training sentences. Text is kept apart from evaluation both ways:
 * ClaimBuster sentences whose text is in `unseen` (the debates being evaluated) are dropped, and so are debate lines
 * whose text is a held-out ClaimBuster sentence.
 */
function trainSentenceModel(
  claimBuster: readonly ClaimBusterSentence[],
  debates: readonly Debate[],
  unseen: ReadonlySet<string>,
  given?: Blend,
): LinearModel {
  const heldOutKeys = new Set(claimBuster.filter(isClaimBusterHeldOut).map((s) => sentenceKey(s.text)));
  const train = claimBuster.filter((s) => !isClaimBusterHeldOut(s) && !unseen.has(sentenceKey(s.text)));
  const cleanDebates = withoutLines(debates, heldOutKeys);
  if (given !== undefined) return fitSentenceModel(train, cleanDebates, given, 0.5);
  const rows = outOfFoldLogits(train, cleanDebates);
  const blend = fitBlend(rows);
  const threshold = tuneThreshold(
    rows.map((r) => ({ probability: sigmoid(combineLogit(r.parts, blend)), label: r.label })),
  );
  return fitSentenceModel(train, cleanDebates, blend, threshold);
}

/**
 * The transcript re-ranker (transcript.ts) learns on sentence logits the sentence model would give lines it never saw:
 * the debates are split into CLEF_FOLDS folds, each fold is scored by a sentence model fitted without it, and the
 * re-ranker is fitted on all those out-of-fold logits. The fold models take the blend fitted for the sentence model.
 */
function trainTranscriptReranker(
  claimBuster: readonly ClaimBusterSentence[],
  debates: readonly Debate[],
  unseen: ReadonlySet<string>,
  blend: Blend,
): TranscriptReranker | undefined {
  if (debates.length < CLEF_FOLDS) return undefined;
  const rows: number[][] = [];
  const labels: (0 | 1)[] = [];
  for (let fold = 0; fold < CLEF_FOLDS; fold++) {
    const held = debates.filter((_, i) => i % CLEF_FOLDS === fold);
    const rest = debates.filter((_, i) => i % CLEF_FOLDS !== fold);
    const keys = new Set([...unseen, ...debateKeys(held)]);
    const model = trainSentenceModel(claimBuster, rest, keys, blend);
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
  const model = trainSentenceModel(claimBuster, debates, unseen);
  const transcript = trainTranscriptReranker(claimBuster, debates, unseen, model.blend ?? DEFAULT_BLEND);
  return transcript ? { ...model, transcript } : model;
}
