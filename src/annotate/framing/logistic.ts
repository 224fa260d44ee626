/**
 * Multinomial logistic regression over hashed features, trained by stochastic gradient descent with AdaGrad step
 * sizes (Duchi et al. 2011), which suits sparse text features: rare features keep large steps, common ones settle.
 * It gives probabilities, so a threshold can trade precision for recall (an averaged-perceptron BIO tagger was
 * tried first and found too cautious: its hard decisions left recall near 0.1).
 */
import { seededRandom, shuffle } from "./hashing.js";

export interface Example {
  readonly rows: Int32Array;
  readonly gold: number;
  /** How much the example counts (class re-weighting); 1 when absent. */
  readonly weight?: number;
  /**
   * Real-valued features (word vectors): value j multiplies the weights of row `dim + j`, past the hashed rows,
   * so one table holds both kinds and both train together.
   */
  readonly dense?: Float32Array;
}

export interface LogisticOptions {
  readonly dim: number;
  /** How many dense features the examples carry (rows `dim` … `dim + denseDim - 1`); 0 when absent. */
  readonly denseDim?: number;
  readonly classes: number;
  readonly epochs: number;
  readonly rate: number;
  /** L2 penalty applied to the rows an example touches (lazy, like most sparse SGD). */
  readonly l2: number;
  readonly seed: number;
}

/** Real-valued features and their weights: `classes` weights per value, from `offset` in `weights`. */
export interface DenseInput {
  readonly values: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
  readonly offset?: number;
}

/** Class probabilities of one example: its hashed rows, and its dense values when given. */
export function softmaxScores(
  weights: Float32Array | Float64Array,
  classes: number,
  rows: ArrayLike<number>,
  out: Float64Array,
  dense?: DenseInput,
): void {
  out.fill(0);
  for (let i = 0; i < rows.length; i++) {
    const base = (rows[i] as number) * classes;
    for (let c = 0; c < classes; c++) out[c] = (out[c] as number) + (weights[base + c] as number);
  }
  if (dense) addDenseScores(dense.weights, classes, dense.values, out, dense.offset);
  let max = Number.NEGATIVE_INFINITY;
  for (const x of out) max = Math.max(max, x);
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    out[c] = Math.exp((out[c] as number) - max);
    sum += out[c] as number;
  }
  for (let c = 0; c < classes; c++) out[c] = (out[c] as number) / sum;
}

/**
 * Adds value j × weights of dense row j to each class score. Class by class, so each score is summed in a register
 * (the additions to one class's score come in the same order as adding row by row, so the sums are the same).
 */
function addDenseScores(
  weights: ArrayLike<number>,
  classes: number,
  values: ArrayLike<number>,
  out: Float64Array,
  offset = 0,
): void {
  for (let c = 0; c < classes; c++) {
    let score = out[c] as number;
    for (let j = 0, at = offset + c; j < values.length; j++, at += classes) {
      const x = values[j] as number;
      // A zero value adds nothing (and is skipped, as it always was: adding 0 × w could turn a −0 score into +0).
      if (x !== 0) score += (weights[at] as number) * x;
    }
    out[c] = score;
  }
}

const NO_DENSE = new Float32Array(0);

/** Weights of `dim + denseDim` rows × `classes`: the hashed rows, then one row per dense feature. */
export function trainLogistic(examples: readonly Example[], o: LogisticOptions): Float64Array {
  const rows = o.dim + (o.denseDim ?? 0);
  const w = new Float64Array(rows * o.classes);
  const g2 = new Float64Array(rows * o.classes).fill(1e-8);
  const denseBase = o.dim * o.classes;
  const p = new Float64Array(o.classes);
  const random = seededRandom(o.seed);
  const order = examples.map((_, i) => i);
  for (let e = 0; e < o.epochs; e++) {
    for (const idx of shuffle(order, random)) {
      const ex = examples[idx] as Example;
      softmaxScores(w, o.classes, ex.rows, p, ex.dense && { values: ex.dense, weights: w, offset: denseBase });
      const scale = ex.weight ?? 1;
      for (let i = 0; i < ex.rows.length; i++) {
        const base = (ex.rows[i] as number) * o.classes;
        for (let c = 0; c < o.classes; c++) {
          const cell = base + c;
          const grad = scale * ((p[c] as number) - (c === ex.gold ? 1 : 0)) + o.l2 * (w[cell] as number);
          g2[cell] = (g2[cell] as number) + grad * grad;
          w[cell] = (w[cell] as number) - (o.rate * grad) / Math.sqrt(g2[cell] as number);
        }
      }
      const dense = ex.dense ?? NO_DENSE;
      for (let j = 0; j < dense.length; j++) {
        const x = dense[j] as number;
        if (x === 0) continue;
        const base = denseBase + j * o.classes;
        for (let c = 0; c < o.classes; c++) {
          const cell = base + c;
          const grad = scale * ((p[c] as number) - (c === ex.gold ? 1 : 0)) * x + o.l2 * (w[cell] as number);
          g2[cell] = (g2[cell] as number) + grad * grad;
          w[cell] = (w[cell] as number) - (o.rate * grad) / Math.sqrt(g2[cell] as number);
        }
      }
    }
  }
  return w;
}

/**
 * A two-class model as one logit weight per row: with softmax over two classes and both classes' weights
 * starting at zero, the gradients of the two are equal and opposite, so w1 - w0 holds all the model says.
 */
export function binaryLogit(weights: Float32Array | Float64Array): Float64Array {
  const out = new Float64Array(weights.length / 2);
  for (let r = 0; r < out.length; r++) out[r] = (weights[2 * r + 1] as number) - (weights[2 * r] as number);
  return out;
}

/** The logit (log-odds of the positive class) under a logit vector. */
export function logitScore(logit: Float32Array | Float64Array, rows: ArrayLike<number>): number {
  let z = 0;
  for (let i = 0; i < rows.length; i++) z += logit[rows[i] as number] as number;
  return z;
}

/** Probability of the positive class under a logit vector. */
export const logitProbability = (logit: Float32Array | Float64Array, rows: ArrayLike<number>): number =>
  1 / (1 + Math.exp(-logitScore(logit, rows)));

/**
 * Dense binary logistic regression by full-batch gradient descent (deterministic, no shuffling): for small
 * models over a few real-valued features, such as the span scorer's sentence-in-context stage.
 */
export function trainDenseLogistic(
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  o: { readonly iterations: number; readonly rate: number; readonly l2: number },
): number[] {
  const d = xs[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  const g = new Array<number>(d);
  for (let it = 0; it < o.iterations; it++) {
    g.fill(0);
    for (const [i, x] of xs.entries()) {
      let z = 0;
      for (let j = 0; j < d; j++) z += (w[j] as number) * (x[j] as number);
      const err = 1 / (1 + Math.exp(-z)) - (ys[i] as number);
      for (let j = 0; j < d; j++) g[j] = (g[j] as number) + err * (x[j] as number);
    }
    for (let j = 0; j < d; j++)
      w[j] = (w[j] as number) - o.rate * ((g[j] as number) / xs.length + o.l2 * (w[j] as number));
  }
  return w;
}
