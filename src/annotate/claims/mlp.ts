/**
 * A one-hidden-layer network over a sentence's mean word vector (GloVe, src/core/word-vectors.ts), whose logit is
 * blended with the hashed model's (`Blend` in model.ts). The hashed n-grams only know the ~120k uni/bigrams of a few
 * thousand training sentences; the word vectors carry word meaning learnt from six billion tokens, so a sentence in
 * words the training data never used still lands near the claims that did. Trained with Adam on a seeded shuffle and
 * a seeded initialisation, so the same data gives the same weights.
 */
import { seededRandom } from "../../core/random.js";
import { type Float32ReluLayerWeights, float32ReluNetworkLogit } from "../../core/relu-network.js";
import { loadWordVectors } from "../../core/word-vectors.js";
import { adamStep } from "./adam.js";
import { sigmoid } from "./model.js";

/**
 * The shipped network: ReLU hidden units over the input vector, one logit out. The input standardisation of training
 * is folded into `w1` and `b1`, so the network reads the raw mean unit vector.
 */
export interface SentenceMlp {
  readonly inputs: number;
  readonly hidden: number;
  /** Hidden-unit-major: the weights of hidden unit k are w1[k·inputs … (k+1)·inputs). */
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly w2: Float32Array;
  readonly b2: number;
}

export interface MlpOptions {
  readonly hidden: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly batch: number;
  readonly seed: number;
}

export interface MlpExample {
  readonly input: Float32Array;
  readonly label: 0 | 1;
  readonly weight: number;
}

/**
 * The network's logit for one input vector: `float32ReluNetworkLogit` (src/core/relu-network.ts), the same number
 * as `reluNetworkLogit` to the last bit, with the hidden sums built side by side (this runs for every claim unit).
 */
export function mlpLogit(mlp: SentenceMlp, input: Float32Array): number {
  const net = frozenNets.get(mlp) ?? asReluLayer(mlp);
  return float32ReluNetworkLogit(net, input);
}

/** The core layer view of each network asked about (one per shipped model, freed with it). */
const frozenNets = new WeakMap<SentenceMlp, Float32ReluLayerWeights>();

function asReluLayer(mlp: SentenceMlp): Float32ReluLayerWeights {
  const net = {
    inputs: mlp.inputs,
    hidden: mlp.hidden,
    inputWeights: mlp.w1,
    hiddenBias: mlp.b1,
    outputWeights: mlp.w2,
    outputBias: mlp.b2,
  };
  frozenNets.set(mlp, net);
  return net;
}

/**
 * The network's input for a sentence: the mean of its words' unit vectors, itself of unit length (all zeros when no
 * word has a vector), from the words' rows in the shipped vectors (-1 for a word without one). The sentence's tokens
 * count, lower-cased (GloVe's words are), punctuation included (GloVe has vectors for it): `hashFeatures` gives the
 * rows from its memo of surfaces, as this runs for every claim unit of every article. `into` (zeroed first) receives
 * the vector when given: scoring reuses one, as a fresh typed array per unit was a steady allocation.
 */
export function sentenceVector(
  rows: readonly number[],
  into: Float32Array = new Float32Array(loadWordVectors().dimensions),
): Float32Array {
  const vectors = loadWordVectors();
  const vector = into.fill(0);
  for (const row of rows) if (row >= 0) vectors.addUnit(vector, row);
  let norm = 0;
  for (let d = 0; d < vector.length; d++) norm += (vector[d] as number) ** 2;
  if (norm > 0) {
    const inverse = 1 / Math.sqrt(norm);
    for (let d = 0; d < vector.length; d++) vector[d] = (vector[d] as number) * inverse;
  }
  return vector;
}

/** Per-input mean and standard deviation over the examples (a constant input gets deviation 1). */
function standardisation(examples: readonly MlpExample[], inputs: number): { mean: Float64Array; sd: Float64Array } {
  const mean = new Float64Array(inputs);
  const sd = new Float64Array(inputs);
  for (const ex of examples) for (let i = 0; i < inputs; i++) mean[i] = (mean[i] as number) + (ex.input[i] as number);
  for (let i = 0; i < inputs; i++) mean[i] = (mean[i] as number) / Math.max(1, examples.length);
  for (const ex of examples)
    for (let i = 0; i < inputs; i++) sd[i] = (sd[i] as number) + ((ex.input[i] as number) - (mean[i] as number)) ** 2;
  for (let i = 0; i < inputs; i++) sd[i] = Math.sqrt((sd[i] as number) / Math.max(1, examples.length)) || 1;
  return { mean, sd };
}

/** Box–Muller normal deviates from the seeded uniform sequence. */
const gaussian = (random: () => number) => (): number =>
  Math.sqrt(-2 * Math.log(random() || Number.MIN_VALUE)) * Math.cos(2 * Math.PI * random());

/** Fits the network (weighted log loss, L2, mini-batch Adam; He initialisation) on standardised inputs. */
export function trainMlp(examples: readonly MlpExample[], options: MlpOptions): SentenceMlp {
  const first = examples[0];
  if (first === undefined) throw new Error("trainMlp: no training examples");
  const inputs = first.input.length;
  const { hidden } = options;
  const { mean, sd } = standardisation(examples, inputs);
  const x = examples.map((ex) => Float64Array.from(ex.input, (v, i) => (v - (mean[i] as number)) / (sd[i] as number)));
  const random = seededRandom(options.seed);
  const normal = gaussian(random);
  const w1 = Float64Array.from({ length: hidden * inputs }, () => normal() * Math.sqrt(2 / inputs));
  const b1 = new Float64Array(hidden);
  const w2 = Float64Array.from({ length: hidden }, () => normal() * Math.sqrt(1 / hidden));
  const b2 = new Float64Array(1);
  const params = [w1, b1, w2, b2];
  const grads = params.map((p) => new Float64Array(p.length));
  const moment1 = params.map((p) => new Float64Array(p.length));
  const moment2 = params.map((p) => new Float64Array(p.length));
  const [gw1, gb1, gw2, gb2] = grads as [Float64Array, Float64Array, Float64Array, Float64Array];
  const activation = new Float64Array(hidden);
  const order = examples.map((_, i) => i);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (let from = 0; from < order.length; from += options.batch) {
      for (const g of grads) g.fill(0);
      const to = Math.min(order.length, from + options.batch);
      for (let q = from; q < to; q++) {
        const n = order[q] as number;
        const input = x[n] as Float64Array;
        const ex = examples[n] as MlpExample;
        let z = b2[0] as number;
        for (let k = 0; k < hidden; k++) {
          let a = b1[k] as number;
          const base = k * inputs;
          for (let i = 0; i < inputs; i++) a += (w1[base + i] as number) * (input[i] as number);
          activation[k] = Math.max(a, 0);
          z += (w2[k] as number) * (activation[k] as number);
        }
        const error = (sigmoid(z) - ex.label) * ex.weight;
        gb2[0] = (gb2[0] as number) + error;
        for (let k = 0; k < hidden; k++) {
          gw2[k] = (gw2[k] as number) + error * (activation[k] as number);
          if (activation[k] === 0) continue;
          const back = error * (w2[k] as number);
          gb1[k] = (gb1[k] as number) + back;
          const base = k * inputs;
          for (let i = 0; i < inputs; i++) gw1[base + i] = (gw1[base + i] as number) + back * (input[i] as number);
        }
      }
      step++;
      adamStep(params, grads, { moment1, moment2 }, step, options.learningRate, to - from, options.l2);
    }
  }
  // Fold the standardisation in: w·((x − mean)/sd) + b = (w/sd)·x + (b − Σ w·mean/sd).
  const foldedW1 = new Float32Array(hidden * inputs);
  const foldedB1 = new Float32Array(hidden);
  for (let k = 0; k < hidden; k++) {
    let bias = b1[k] as number;
    for (let i = 0; i < inputs; i++) {
      const w = (w1[k * inputs + i] as number) / (sd[i] as number);
      foldedW1[k * inputs + i] = w;
      bias -= w * (mean[i] as number);
    }
    foldedB1[k] = bias;
  }
  return { inputs, hidden, w1: foldedW1, b1: foldedB1, w2: Float32Array.from(w2), b2: b2[0] as number };
}
