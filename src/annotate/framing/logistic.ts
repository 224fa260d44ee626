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
}

export interface LogisticOptions {
  readonly dim: number;
  readonly classes: number;
  readonly epochs: number;
  readonly rate: number;
  /** L2 penalty applied to the rows an example touches (lazy, like most sparse SGD). */
  readonly l2: number;
  readonly seed: number;
}

/** Class probabilities of one example. */
export function softmaxScores(
  weights: Float32Array | Float64Array,
  classes: number,
  rows: ArrayLike<number>,
  out: Float64Array,
): void {
  out.fill(0);
  for (let i = 0; i < rows.length; i++) {
    const base = (rows[i] as number) * classes;
    for (let c = 0; c < classes; c++) out[c] = (out[c] as number) + (weights[base + c] as number);
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const x of out) max = Math.max(max, x);
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    out[c] = Math.exp((out[c] as number) - max);
    sum += out[c] as number;
  }
  for (let c = 0; c < classes; c++) out[c] = (out[c] as number) / sum;
}

export function trainLogistic(examples: readonly Example[], o: LogisticOptions): Float64Array {
  const w = new Float64Array(o.dim * o.classes);
  const g2 = new Float64Array(o.dim * o.classes).fill(1e-8);
  const p = new Float64Array(o.classes);
  const random = seededRandom(o.seed);
  const order = examples.map((_, i) => i);
  for (let e = 0; e < o.epochs; e++) {
    for (const idx of shuffle(order, random)) {
      const ex = examples[idx] as Example;
      softmaxScores(w, o.classes, ex.rows, p);
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
