/**
 * A logistic-regression model over hashed features (Vowpal-Wabbit style): a feature string is hashed into a fixed
 * number of buckets, so the shipped weights need no vocabulary. Training is AdaGrad SGD with L2, on a seeded shuffle,
 * so the same data and settings give the same weights byte for byte.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fnv1a } from "../../core/fnv.js";
import { modelsDir } from "../../core/paths.js";
import { seededRandom } from "../../core/random.js";
import type { SentenceCnn } from "./cnn.js";
import type { SentenceMlp } from "./mlp.js";
import { TRANSCRIPT_FEATURES, type TranscriptReranker } from "./transcript.js";

/** 2^18 buckets: ~120k distinct uni/bigrams in the training data collide rarely at this size. */
export const HASH_BITS = 18;

/** FNV-1a 32-bit: fast, deterministic across platforms, good enough spread for feature hashing. */
export function hashFeature(feature: string, bits = HASH_BITS): number {
  return hashBucket(fnv1a(feature), bits);
}

/** The bucket of a feature's FNV-1a hash in a table of 2^bits. */
export const hashBucket = (hash: number, bits: number): number => (hash >>> 0) & ((1 << bits) - 1);

export interface LinearModel {
  readonly bits: number;
  readonly weights: Float32Array;
  /** Decision threshold on the probability for the positive class, tuned on held-out data. */
  readonly threshold: number;
  /** The re-ranker for transcripts with speakers (transcript.ts); absent in models trained without debates. */
  readonly transcript?: TranscriptReranker;
  /** The word-vector network (mlp.ts); absent in older models, which use the hashed logit alone. */
  readonly mlp?: SentenceMlp;
  /** The word-order network (cnn.ts); absent in older models. */
  readonly cnn?: SentenceCnn;
  /** How the hashed and the networks' logits are combined; present whenever `mlp` or `cnn` is. */
  readonly blend?: Blend;
  /**
   * The optional refinement by the sentence encoder fine-tuned for check-worthiness: used only when the caller has
   * the sentence's vector by that encoder, never on the default path. Absent in models trained without it.
   */
  readonly encoder?: EncoderRefinement;
}

/**
 * The refinement by the encoder fine-tuned for check-worthiness (src/factcheck/sentence-encoder.ts
 * `loadClaimsEncoder`): the logistic head trained with it, over the encoder's unit vector, stacked with the lexical
 * logits by its own blend (fitted on out-of-fold logits) and its own decision threshold (tuned on the same rows).
 */
export interface EncoderRefinement {
  readonly head: LinearHead;
  readonly blend: Blend;
  readonly threshold: number;
}

/** A logistic regression's weights over a vector: the logit is weights · vector + bias. */
export interface LinearHead {
  readonly weights: Float32Array;
  readonly bias: number;
}

/**
 * The sentence logit is hashed × hashed logit + mlp × network logit + cnn × convolutional logit + bias, a logistic
 * regression fitted on out-of-fold logits (stacking), so the sum stays calibrated and the runtime offsets of score.ts
 * keep their size. `cnn` is absent (0) in models without the convolutional network.
 */
export interface Blend {
  readonly hashed: number;
  readonly mlp: number;
  readonly cnn?: number;
  /** The fine-tuned encoder head's weight: only in an `EncoderRefinement`'s blend. */
  readonly encoder?: number;
  readonly bias: number;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Each distinct hashed feature counts once: repeated bigrams do not add evidence. */
export function featureIndices(features: readonly string[], bits: number): number[] {
  return [...new Set(features.map((f) => hashFeature(f, bits)))];
}

/**
 * Every active feature has value 1/sqrt(n) (n active features), so a long sentence does not win by having more
 * n-grams: the example vector has unit length.
 */
export const featureValue = (n: number): number => (n === 0 ? 0 : 1 / Math.sqrt(n));

/** Features the model never kept (weight exactly 0) are not counted in n, as they were pruned before training. */
export function logit(model: LinearModel, indices: readonly number[]): number {
  let z = 0;
  let n = 0;
  for (const i of indices) {
    const w = model.weights[i] ?? 0;
    if (w === 0) continue;
    z += w;
    n++;
  }
  return z * featureValue(n);
}

/**
 * Per model, the call in which each weight was last counted, and a bitmap of the buckets whose weight is not 0 (see
 * `logitOfHashes`; a model's weights do not change once it is made).
 */
const countedIn = new WeakMap<LinearModel, { stamps: Int32Array; call: number; nonZero: Uint32Array }>();

/** Bit i of the map is set when `weights[i]` is not 0. */
function nonZeroBitmap(weights: Float32Array): Uint32Array {
  const bits = new Uint32Array(Math.ceil(weights.length / 32));
  for (let i = 0; i < weights.length; i++)
    if (weights[i] !== 0) bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
  return bits;
}

/**
 * `logit(model, featureIndices(features, model.bits))` from the features' unmasked hashes (`hashFeatures`), in one
 * pass: a feature whose weight is 0 is skipped before any de-duplication (it adds nothing either way), and the rest
 * are de-duplicated through a stamp array reused across calls. Same weights in the same order, so the same number;
 * this runs for every claim unit of every article. Most features of a news sentence have weight 0 (the model keeps
 * about 7% of its buckets), and the weight and stamp tables (1 MB each) are read at random: the bitmap of non-zero
 * weights (32 kB, which stays in the processor's cache) answers for those features without touching the tables.
 */
export function logitOfHashes(model: LinearModel, hashes: readonly number[]): number {
  let counted = countedIn.get(model);
  if (counted === undefined || counted.call === 0x7fffffff) {
    counted = { stamps: new Int32Array(1 << model.bits), call: 0, nonZero: nonZeroBitmap(model.weights) };
    countedIn.set(model, counted);
  }
  const call = ++counted.call;
  const { stamps, nonZero } = counted;
  let z = 0;
  let n = 0;
  for (const h of hashes) {
    const i = hashBucket(h, model.bits);
    if (((nonZero[i >>> 5] ?? 0) & (1 << (i & 31))) === 0) continue;
    const w = model.weights[i] as number;
    if (stamps[i] === call) continue;
    stamps[i] = call;
    z += w;
    n++;
  }
  return z * featureValue(n);
}

/** Features seen in fewer training sentences than this are dropped: singletons are mostly names and typos. */
export const MIN_FEATURE_COUNT = 8;

/** Removes rare buckets from every example (the model's vocabulary is what survives). */
export function pruneRare(examples: readonly TrainingExample[], minCount = MIN_FEATURE_COUNT): TrainingExample[] {
  const counts = new Map<number, number>();
  for (const ex of examples) for (const i of ex.indices) counts.set(i, (counts.get(i) ?? 0) + 1);
  return examples.map((ex) => ({ ...ex, indices: ex.indices.filter((i) => (counts.get(i) ?? 0) >= minCount) }));
}

export interface TrainingExample {
  readonly indices: readonly number[];
  readonly label: 0 | 1;
  /** Per-example weight: balances classes and the two corpora. */
  readonly weight: number;
}

export interface TrainOptions {
  readonly bits: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  bits: HASH_BITS,
  epochs: 8,
  learningRate: 0.1,
  l2: 1e-6,
  seed: 13,
};

export function trainLogistic(
  all: readonly TrainingExample[],
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): Float32Array {
  const examples = pruneRare(all);
  const size = 1 << options.bits;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const order = examples.map((_, i) => i);
  const rand = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const k of order) {
      const ex = examples[k];
      if (ex === undefined) continue;
      const x = featureValue(ex.indices.length);
      let z = 0;
      for (const i of ex.indices) z += w[i] ?? 0;
      const grad = (sigmoid(z * x) - ex.label) * ex.weight * x;
      for (const i of ex.indices) {
        const g = grad + options.l2 * (w[i] ?? 0);
        g2[i] = (g2[i] ?? 0) + g * g;
        w[i] = (w[i] ?? 0) - (options.learningRate * g) / Math.sqrt(g2[i] ?? 1);
      }
    }
  }
  return Float32Array.from(w);
}

/** The file the shipped model lives in. Sparse: only buckets the training data touched are stored. */
export const MODEL_PATH = join(modelsDir, "claims", "checkworthy-lr.json");

interface ModelFile {
  readonly format: "sift-hashed-lr/1";
  readonly bits: number;
  readonly threshold: number;
  readonly provenance: string;
  /** Bucket indices, delta-encoded ascending, and weights rounded to 4 decimals: keeps the file small. */
  readonly indices: readonly number[];
  readonly weights: readonly number[];
  readonly transcript?: TranscriptReranker;
  readonly mlp?: MlpFile;
  readonly cnn?: CnnFile;
  readonly blend?: Blend;
  readonly encoder?: { readonly head: HeadFile; readonly blend: Blend; readonly threshold: number };
}

interface HeadFile {
  readonly weights: readonly number[];
  readonly bias: number;
}

interface CnnFile {
  readonly dimensions: number;
  readonly widths: readonly number[];
  readonly filters: number;
  readonly kernels: readonly (readonly number[])[];
  readonly biases: readonly (readonly number[])[];
  readonly output: readonly number[];
  readonly bias: number;
}

interface MlpFile {
  readonly inputs: number;
  readonly hidden: number;
  readonly w1: readonly number[];
  readonly b1: readonly number[];
  readonly w2: readonly number[];
  readonly b2: number;
}

/**
 * The network's weights are rounded to 1e-4: an input-layer weight times an input component (at most 1, a unit
 * vector's) moves a hidden unit by under 5e-5 per weight, well under 0.01 over the 100 inputs.
 */
const MLP_PRECISION = 1e4;
const roundMlp = (values: ArrayLike<number>): number[] =>
  Array.from(values, (v) => Math.round(v * MLP_PRECISION) / MLP_PRECISION);

function mlpToFile(mlp: SentenceMlp): MlpFile {
  return {
    inputs: mlp.inputs,
    hidden: mlp.hidden,
    w1: roundMlp(mlp.w1),
    b1: roundMlp(mlp.b1),
    w2: roundMlp(mlp.w2),
    b2: roundMlp([mlp.b2])[0] ?? 0,
  };
}

function mlpFromFile(file: MlpFile): SentenceMlp {
  if (file.w1.length !== file.inputs * file.hidden || file.b1.length !== file.hidden || file.w2.length !== file.hidden)
    throw new Error(`claims model: network weights do not fit ${file.inputs} inputs × ${file.hidden} hidden units`);
  return {
    inputs: file.inputs,
    hidden: file.hidden,
    w1: Float32Array.from(file.w1),
    b1: Float32Array.from(file.b1),
    w2: Float32Array.from(file.w2),
    b2: file.b2,
  };
}

/** Kernel weights rounded to 1e-4, as the network's: a window sums 200–400 products of word-vector components. */
function cnnToFile(cnn: SentenceCnn): CnnFile {
  return {
    dimensions: cnn.dimensions,
    widths: cnn.widths,
    filters: cnn.filters,
    kernels: cnn.kernels.map(roundMlp),
    biases: cnn.biases.map(roundMlp),
    output: roundMlp(cnn.output),
    bias: roundMlp([cnn.bias])[0] ?? 0,
  };
}

function cnnFromFile(file: CnnFile): SentenceCnn {
  const { dimensions, widths, filters } = file;
  const fits =
    file.kernels.length === widths.length &&
    file.biases.length === widths.length &&
    widths.every(
      (w, i) => file.kernels[i]?.length === filters * w * dimensions && file.biases[i]?.length === filters,
    ) &&
    file.output.length === filters * widths.length;
  if (!fits)
    throw new Error(
      `claims model: convolutional weights do not fit ${filters} filters of widths ${widths.join()} over ${dimensions} dimensions`,
    );
  return {
    dimensions,
    widths: [...widths],
    filters,
    kernels: file.kernels.map((k) => Float32Array.from(k)),
    biases: file.biases.map((b) => Float32Array.from(b)),
    output: Float32Array.from(file.output),
    bias: file.bias,
  };
}

const roundBlend = (blend: Blend): Blend => {
  const [hashed, mlp, cnn, encoder, bias] = roundMlp([
    blend.hashed,
    blend.mlp,
    blend.cnn ?? 0,
    blend.encoder ?? 0,
    blend.bias,
  ]) as [number, number, number, number, number];
  return {
    hashed,
    mlp,
    ...(blend.cnn === undefined ? {} : { cnn }),
    ...(blend.encoder === undefined ? {} : { encoder }),
    bias,
  };
};

/** Weights are O(1) (features are scaled by 1/sqrt(n)); rounding to 1e-3 moves a logit by well under 0.01. */
const WEIGHT_PRECISION = 1e3;

export function serialiseModel(model: LinearModel, provenance: string): string {
  const indices: number[] = [];
  const weights: number[] = [];
  let last = 0;
  model.weights.forEach((v, i) => {
    const rounded = Math.round(v * WEIGHT_PRECISION) / WEIGHT_PRECISION;
    if (rounded === 0) return;
    indices.push(i - last);
    last = i;
    weights.push(rounded);
  });
  const file: ModelFile = {
    format: "sift-hashed-lr/1",
    bits: model.bits,
    threshold: model.threshold,
    provenance,
    indices,
    weights,
    ...(model.transcript ? { transcript: model.transcript } : {}),
    ...(model.mlp ? { mlp: mlpToFile(model.mlp) } : {}),
    ...(model.cnn ? { cnn: cnnToFile(model.cnn) } : {}),
    ...(model.blend ? { blend: roundBlend(model.blend) } : {}),
    ...(model.encoder
      ? {
          encoder: {
            head: { weights: [...model.encoder.head.weights], bias: model.encoder.head.bias },
            blend: roundBlend(model.encoder.blend),
            threshold: model.encoder.threshold,
          },
        }
      : {}),
  };
  return `${JSON.stringify(file)}\n`;
}

export function parseModel(json: string): LinearModel {
  const file = JSON.parse(json) as ModelFile;
  if (file.format !== "sift-hashed-lr/1") throw new Error(`unknown claims model format ${String(file.format)}`);
  if ((file.mlp !== undefined || file.cnn !== undefined) && file.blend === undefined)
    throw new Error("claims model: a word-vector network without the blend of its logit");
  const weights = new Float32Array(1 << file.bits);
  let at = 0;
  file.indices.forEach((delta, k) => {
    at += delta;
    weights[at] = file.weights[k] ?? 0;
  });
  if (file.transcript !== undefined && file.transcript.features.join() !== TRANSCRIPT_FEATURES.join())
    throw new Error(`claims model: transcript features ${file.transcript.features.join()} do not match the code`);
  return {
    bits: file.bits,
    weights,
    threshold: file.threshold,
    ...(file.transcript ? { transcript: file.transcript } : {}),
    ...(file.mlp ? { mlp: mlpFromFile(file.mlp) } : {}),
    ...(file.cnn ? { cnn: cnnFromFile(file.cnn) } : {}),
    ...(file.blend && (file.mlp || file.cnn) ? { blend: file.blend } : {}),
    ...(file.encoder
      ? {
          encoder: {
            head: headFromFile(file.encoder.head),
            blend: file.encoder.blend,
            threshold: file.encoder.threshold,
          },
        }
      : {}),
  };
}

function headFromFile(file: HeadFile): LinearHead {
  if (!Array.isArray(file?.weights) || typeof file.bias !== "number")
    throw new Error("claims model: the encoder refinement's head has no weights or bias");
  return { weights: Float32Array.from(file.weights), bias: file.bias };
}

let cached: LinearModel | undefined;

/** The shipped model, read once. */
export function loadClaimsModel(path = MODEL_PATH): LinearModel {
  if (path !== MODEL_PATH) return parseModel(readFileSync(path, "utf8"));
  cached ??= parseModel(readFileSync(path, "utf8"));
  return cached;
}
