/**
 * Training recipe for the check-worthiness model, shared by `npm run train:claims` (the shipped weights) and
 * `npm run eval:claims` (the leave-debates-out models), so both use the very same settings.
 */

import { fnv1a } from "../../core/fnv.js";
import { seededRandom } from "../../core/random.js";
import { loadWordVectors } from "../../core/word-vectors.js";
import { concatenated } from "./adam.js";
import { averageCnns, type CnnExample, type CnnOptions, type SentenceCnn, trainCnn, wordMatrix } from "./cnn.js";
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
  type LinearHead,
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
 * The blend of the out-of-fold models, whose logits are only read in parts (so its weights do not change the fit):
 * the network at 0.75 of the hashed logit had the best out-of-fold F1 of 0.5 / 0.75 / 1 (README).
 */
export const DEFAULT_BLEND: Blend = { hashed: 1, mlp: 0.75, cnn: 0.5, bias: 0 };

/**
 * The convolutional network's settings (cnn.ts): 32 filters per width were within noise of 100 in out-of-fold F1 on
 * the ClaimBuster training folds, at a third of the run-time cost (README, fourth round).
 */
export const CNN_OPTIONS: CnnOptions = {
  widths: [2, 3, 4],
  filters: 32,
  maxEpochs: 20,
  patience: 3,
  learningRate: 1e-3,
  dropout: 0.5,
  batch: 32,
  seed: 1,
};
/**
 * Networks fitted with seeds CNN_OPTIONS.seed, seed + 1, …, and averaged (one network of all their filters). 0, so
 * the shipped model has no convolutional network: with one, held-out F1 rose by 0.005 and CLEF MAP not at all (within
 * noise) while the claims stage cost twice as much per article (README, fourth round). 1 switches it on.
 */
export const CNN_RUNS: number = 0;
/** The share of the network's training sentences set aside (seeded) to pick its epoch: never an evaluated fold. */
export const CNN_VALIDATION_SHARE = 0.1;

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

/**
 * What the encoder refinement is fitted from (scripts/python/train_claims_encoder.py writes both): the logistic head
 * trained together with the encoder fine-tuned for check-worthiness, and each ClaimBuster training sentence's
 * out-of-fold logit, by an encoder fine-tuned the same way without the sentence's fold. The refinement's blend is
 * fitted on those logits beside the lexical model's out-of-fold logits, as the lexical blend is.
 */
export interface ClaimsEncoderTraining {
  readonly head: LinearHead;
  /** Sentence text → out-of-fold logit. */
  readonly outOfFold: ReadonlyMap<string, number>;
}

/** A training sentence's out-of-fold encoder logit; throws when the training script wrote none for it. */
function outOfFoldEncoderLogit(encoder: ClaimsEncoderTraining, text: string): number {
  const found = encoder.outOfFold.get(text);
  if (found === undefined)
    throw new Error(
      `claims: no out-of-fold encoder logit for "${text.slice(0, 60)}" (rerun npm run train:claims-encoder)`,
    );
  return found;
}

/** Networks are averaged by concatenating their hidden units, each output weight divided by the number of networks. */
function averageMlps(nets: readonly SentenceMlp[]): SentenceMlp {
  const first = nets[0];
  if (first === undefined) throw new Error("averageMlps: no networks");
  return {
    inputs: first.inputs,
    hidden: nets.reduce((n, m) => n + m.hidden, 0),
    w1: concatenated(nets.map((m) => m.w1)),
    b1: concatenated(nets.map((m) => m.b1)),
    w2: concatenated(nets.map((m) => m.w2.map((v) => v / nets.length))),
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

const cnnInputs = new Map<string, { words: Float32Array; length: number }>();
function cnnExample(s: ClaimBusterSentence): CnnExample {
  let found = cnnInputs.get(s.text);
  if (found === undefined) {
    found = wordMatrix(hashFeatures(s.text).rows, Math.max(...CNN_OPTIONS.widths));
    cnnInputs.set(s.text, found);
  }
  return { ...found, label: s.label, weight: CORPUS_WEIGHTS.claimBuster };
}

/** Fitted networks by their training sentences (see `trainCnnFor`), within one process. */
const cnnsBySentences = new Map<string, SentenceCnn>();

/**
 * The convolutional network for a sentence model trained on `claimBuster` and `debates`. It learns from ClaimBuster
 * alone, and never from a ClaimBuster sentence whose text is a line of any debate given: the sentence models of one
 * evaluation differ only in which debates they hold out (and the ClaimBuster copies of those debates' lines), so
 * without the shared text they all get the same network, fitted once per process. The network costs a minute or
 * more to fit where the rest of the sentence model costs seconds, and the evaluation fits ~45 sentence models.
 */
function trainCnnFor(claimBuster: readonly ClaimBusterSentence[], debates: readonly Debate[]): SentenceCnn | undefined {
  if (CNN_RUNS === 0) return undefined;
  const debateText = debateKeys(debates);
  const sentences = claimBuster.filter((s) => !debateText.has(sentenceKey(s.text)));
  const key = `${fnv1a(sentences.map((s) => s.id).join(","))}:${sentences.length}:${JSON.stringify(CNN_OPTIONS)}`;
  const known = cnnsBySentences.get(key);
  if (known !== undefined) return known;
  const random = seededRandom(CNN_OPTIONS.seed);
  const train: CnnExample[] = [];
  const valid: CnnExample[] = [];
  for (const s of sentences) (random() < CNN_VALIDATION_SHARE ? valid : train).push(cnnExample(s));
  const nets: SentenceCnn[] = [];
  for (let run = 0; run < CNN_RUNS; run++)
    nets.push(
      trainCnn(train, valid, loadWordVectors().dimensions, { ...CNN_OPTIONS, seed: CNN_OPTIONS.seed + run }).cnn,
    );
  const cnn = averageCnns(nets);
  cnnsBySentences.set(key, cnn);
  if (process.env.SIFT_TRAIN_LOG === "1")
    console.error(`claims: convolutional network ${cnnsBySentences.size} fitted on ${train.length} sentences`);
  return cnn;
}

/** All parts of the lexical sentence model, fitted on the same sentences. */
function fitSentenceModel(
  claimBuster: readonly ClaimBusterSentence[],
  debates: readonly Debate[],
  blend: Blend,
  threshold: number,
): LinearModel {
  const cnn = trainCnnFor(claimBuster, debates);
  return {
    bits: TRAIN_OPTIONS.bits,
    threshold,
    weights: trainAveraged(buildExamples(claimBuster, debates)),
    mlp: trainAveragedMlp(claimBuster, debates),
    ...(cnn ? { cnn } : {}),
    blend,
  };
}

/** Newton steps for the blend's four weights: the log loss is convex, so a few steps reach its minimum. */
const BLEND_NEWTON_STEPS = 25;
/** A little L2 keeps the Hessian invertible when the logits are nearly collinear (or one is always 0). */
const BLEND_L2 = 1e-3;

/**
 * The blend (model.ts `Blend`) as a logistic regression of the label on the out-of-fold hashed, mean-vector network
 * and convolutional network logits, with the runtime offsets as a fixed margin. Newton's method from all weights 0,
 * each step halved until it lowers the loss: a full step from a start that is confidently wrong can overshoot to
 * ever larger weights (it did from DEFAULT_BLEND once the convolutional logit was added). Deterministic and exact.
 */
export function fitBlend(rows: readonly OutOfFoldLogits[]): Blend {
  const [hashed, mlp, cnn, bias] = fitBlendWeights(rows, (r) => [r.parts.hashed, r.parts.mlp, r.parts.cnn, 1]) as [
    number,
    number,
    number,
    number,
  ];
  // Without a convolutional network (CNN_RUNS = 0) its logit is always 0 and the blend has no weight for it.
  return rows.some((r) => r.parts.cnn !== 0) ? { hashed, mlp, cnn, bias } : { hashed, mlp, bias };
}

/** The encoder refinement's blend: `fitBlend` with the fine-tuned encoder head's logit as one more input. */
export function fitEncoderBlend(rows: readonly OutOfFoldLogits[]): Blend {
  const [hashed, mlp, cnn, encoder, bias] = fitBlendWeights(rows, (r) => [
    r.parts.hashed,
    r.parts.mlp,
    r.parts.cnn,
    r.parts.encoder,
    1,
  ]) as [number, number, number, number, number];
  return rows.some((r) => r.parts.cnn !== 0) ? { hashed, mlp, cnn, encoder, bias } : { hashed, mlp, encoder, bias };
}

/** The logistic regression of the label on `inputs` (the last one the constant 1), by Newton's method from 0. */
function fitBlendWeights(rows: readonly OutOfFoldLogits[], inputs: (r: OutOfFoldLogits) => number[]): number[] {
  const n = rows[0] ? inputs(rows[0]).length : 0;
  const marginOf = (w: readonly number[], r: OutOfFoldLogits): number => {
    const x = inputs(r);
    let z = r.parts.offset;
    for (let i = 0; i < n; i++) z += (w[i] as number) * (x[i] as number);
    return z;
  };
  const loss = (w: readonly number[]): number => {
    let sum = 0;
    for (const r of rows) {
      const z = marginOf(w, r);
      // log(1 + e^(−y·z)) with y = ±1, stable for large |z|.
      const m = r.label === 1 ? -z : z;
      sum += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
    }
    return sum + (BLEND_L2 / 2) * w.reduce((a, v) => a + v * v, 0);
  };
  let w: number[] = new Array(n).fill(0);
  let current = loss(w);
  for (let step = 0; step < BLEND_NEWTON_STEPS; step++) {
    const g = w.map((v) => BLEND_L2 * v);
    const h = w.map((_, i) => w.map((_, j) => (i === j ? BLEND_L2 : 0)));
    for (const r of rows) {
      const x = inputs(r);
      const p = sigmoid(marginOf(w, r));
      for (let i = 0; i < n; i++) {
        g[i] = (g[i] as number) + (p - r.label) * (x[i] as number);
        const row = h[i] as number[];
        for (let j = 0; j < n; j++) row[j] = (row[j] as number) + p * (1 - p) * (x[i] as number) * (x[j] as number);
      }
    }
    const delta = solveLinear(h, g);
    for (let scale = 1; scale > 1e-6; scale /= 2) {
      const next = w.map((v, i) => v - scale * (delta[i] as number));
      const after = loss(next);
      if (after <= current) {
        w = next;
        current = after;
        break;
      }
    }
  }
  return w;
}

/** Solves a·x = b by Gaussian elimination with partial pivoting (a is the blend's Hessian, positive definite). */
export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const top = m[c] as number[];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r] as number[];
      const factor = (row[c] as number) / (top[c] as number);
      for (let k = c; k <= n; k++) row[k] = (row[k] as number) - factor * (top[k] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
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

/** Positive-class F1 of the blended out-of-fold rows at `threshold` (for the training log). */
function pooledF1(rows: readonly OutOfFoldLogits[], blend: Blend, threshold: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of rows) {
    const yes = sigmoid(combineLogit(r.parts, blend)) >= threshold;
    if (yes && r.label === 1) tp++;
    else if (yes) fp++;
    else if (r.label === 1) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
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
function outOfFoldLogits(
  train: readonly ClaimBusterSentence[],
  debates: readonly Debate[],
  encoder?: ClaimsEncoderTraining,
): OutOfFoldLogits[] {
  const rows: OutOfFoldLogits[] = [];
  for (let fold = 0; fold < CLAIMBUSTER_FOLDS; fold++) {
    const tune = train.filter((s) => s.id % CLAIMBUSTER_FOLDS === fold);
    if (tune.length === 0) continue; // the held-out fold, already left out of `train`
    const tuneKeys = new Set(tune.map((s) => sentenceKey(s.text)));
    const inner = train.filter((s) => s.id % CLAIMBUSTER_FOLDS !== fold && !tuneKeys.has(sentenceKey(s.text)));
    const model = fitSentenceModel(inner, withoutLines(debates, tuneKeys), DEFAULT_BLEND, 0.5);
    for (const s of tune) {
      const parts = claimLogitParts(s.text, model);
      rows.push({
        parts: encoder ? { ...parts, encoder: outOfFoldEncoderLogit(encoder, s.text) } : parts,
        label: s.label,
      });
    }
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
  encoder?: ClaimsEncoderTraining,
): LinearModel {
  const heldOutKeys = new Set(claimBuster.filter(isClaimBusterHeldOut).map((s) => sentenceKey(s.text)));
  const train = claimBuster.filter((s) => !isClaimBusterHeldOut(s) && !unseen.has(sentenceKey(s.text)));
  const cleanDebates = withoutLines(debates, heldOutKeys);
  if (given !== undefined) return fitSentenceModel(train, cleanDebates, given, 0.5);
  const rows = outOfFoldLogits(train, cleanDebates, encoder);
  const blend = fitBlend(rows);
  const tuned = (b: Blend): number =>
    tuneThreshold(rows.map((r) => ({ probability: sigmoid(combineLogit(r.parts, b)), label: r.label })));
  const model = fitSentenceModel(train, cleanDebates, blend, tuned(blend));
  if (encoder === undefined) return model;
  // The encoder refinement's blend and threshold, fitted on the same out-of-fold rows as the lexical ones.
  const encoderBlend = fitEncoderBlend(rows);
  if (process.env.SIFT_TRAIN_LOG === "1")
    console.error(
      `claims: out-of-fold F1 ${pooledF1(rows, blend, tuned(blend)).toFixed(3)} lexical, ${pooledF1(rows, encoderBlend, tuned(encoderBlend)).toFixed(3)} with the encoder (blend ${JSON.stringify(encoderBlend)})`,
    );
  return { ...model, encoder: { head: encoder.head, blend: encoderBlend, threshold: tuned(encoderBlend) } };
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
  encoder?: ClaimsEncoderTraining,
): LinearModel {
  const model = trainSentenceModel(claimBuster, debates, unseen, undefined, encoder);
  const transcript = trainTranscriptReranker(claimBuster, debates, unseen, model.blend ?? DEFAULT_BLEND);
  return transcript ? { ...model, transcript } : model;
}
