/**
 * A small neural network over a sentence's word-vector features (word-vector-features.ts): one hidden layer of
 * rectified units and a logit out. The sentence classifier adds the same features linearly; the network sees
 * combinations of them a linear model cannot (loaded words in an otherwise plain register, say), and its logit is
 * one more input to the span scorer's sentence-in-context stage (5-fold CV: out-of-fold SI F1 0.403 → 0.411).
 * Plain SGD from a seeded initialisation, so training is deterministic.
 */
import { type Float32ReluLayerWeights, float32ReluNetworkLogit, reluNetworkLogit } from "../../core/relu-network.js";
import { seededRandom, shuffle } from "./hashing.js";

export interface SentenceNetwork {
  readonly inputs: number;
  readonly hidden: number;
  /** hidden × inputs, row-major. */
  readonly inputWeights: Float32Array | Float64Array;
  readonly hiddenBias: Float32Array | Float64Array;
  readonly outputWeights: Float32Array | Float64Array;
  readonly outputBias: number;
}

export interface NetworkTraining {
  readonly hidden: number;
  readonly epochs: number;
  readonly rate: number;
  readonly seed: number;
}

/** The network's logit for one sentence's features. */
export function networkLogit(net: SentenceNetwork, x: ArrayLike<number>): number {
  // The shipped network (single-precision weights, model-store.ts) on the scorer's single-precision features takes
  // the unrolled loop, which gives the same number to the last bit; training's double-precision weights the plain one.
  if (
    x instanceof Float32Array &&
    net.inputWeights instanceof Float32Array &&
    net.hiddenBias instanceof Float32Array &&
    net.outputWeights instanceof Float32Array
  )
    return float32ReluNetworkLogit(net as Float32ReluLayerWeights, x);
  return reluNetworkLogit(net, x);
}

/** Glorot-uniform initial weights: ±√(6 / (fan in + fan out)). */
function initialWeights(count: number, fanIn: number, fanOut: number, random: () => number): Float64Array {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return Float64Array.from({ length: count }, () => (random() * 2 - 1) * limit);
}

/** Fits the network to binary labels by SGD on the log loss. */
export function trainSentenceNetwork(
  examples: readonly { readonly x: ArrayLike<number>; readonly gold: number }[],
  o: NetworkTraining,
): SentenceNetwork {
  const inputs = examples[0]?.x.length ?? 0;
  const random = seededRandom(o.seed);
  const inputWeights = initialWeights(o.hidden * inputs, inputs, o.hidden, random);
  const hiddenBias = new Float64Array(o.hidden);
  const outputWeights = initialWeights(o.hidden, o.hidden, 1, random);
  const net = { inputs, hidden: o.hidden, inputWeights, hiddenBias, outputWeights, outputBias: 0 };
  const hidden = new Float64Array(o.hidden);
  const order = examples.map((_, i) => i);
  for (let e = 0; e < o.epochs; e++) {
    for (const i of shuffle(order, random)) {
      const { x, gold } = examples[i] as { x: ArrayLike<number>; gold: number };
      const g = 1 / (1 + Math.exp(-reluNetworkLogit(net, x, hidden))) - gold;
      net.outputBias -= o.rate * g;
      for (let h = 0; h < o.hidden; h++) {
        const activation = hidden[h] as number;
        const back = activation > 0 ? g * (outputWeights[h] as number) : 0;
        outputWeights[h] = (outputWeights[h] as number) - o.rate * g * activation;
        if (back === 0) continue;
        hiddenBias[h] = (hiddenBias[h] as number) - o.rate * back;
        const base = h * inputs;
        for (let j = 0; j < inputs; j++)
          inputWeights[base + j] = (inputWeights[base + j] as number) - o.rate * back * (x[j] as number);
      }
    }
  }
  return net;
}
