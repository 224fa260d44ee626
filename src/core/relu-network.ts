/**
 * The forward pass of a network with one hidden layer of rectified linear units and one logit out, shared by the
 * small networks of the claims and propaganda models (each trains its own way: claims/mlp.ts, framing/
 * sentence-network.ts). Weights into the hidden layer are hidden-unit-major: unit h reads
 * `inputWeights[h·inputs … (h+1)·inputs)`.
 */
export interface ReluLayerWeights {
  readonly inputs: number;
  readonly hidden: number;
  readonly inputWeights: ArrayLike<number>;
  readonly hiddenBias: ArrayLike<number>;
  readonly outputWeights: ArrayLike<number>;
  readonly outputBias: number;
}

/** The logit for input `x`; when `activations` is given, each hidden unit's output is written into it (training). */
export function reluNetworkLogit(net: ReluLayerWeights, x: ArrayLike<number>, activations?: Float64Array): number {
  const { inputs, hidden, inputWeights, hiddenBias, outputWeights } = net;
  let z = net.outputBias;
  for (let h = 0; h < hidden; h++) {
    let a = hiddenBias[h] as number;
    const base = h * inputs;
    for (let j = 0; j < inputs; j++) a += (inputWeights[base + j] as number) * (x[j] as number);
    const out = Math.max(a, 0);
    if (activations) activations[h] = out;
    z += (outputWeights[h] as number) * out;
  }
  return z;
}

/** A network whose weights are all single precision: the shipped models' form (claims/mlp.ts, framing's network). */
export interface Float32ReluLayerWeights extends ReluLayerWeights {
  readonly inputWeights: Float32Array;
  readonly hiddenBias: Float32Array;
  readonly outputWeights: Float32Array;
}

/** Hidden units whose sums `float32ReluNetworkLogit` builds side by side. */
const UNITS_AT_ONCE = 8;

/**
 * `reluNetworkLogit` for single-precision weights and input, with the same arithmetic, so the same number to the
 * last bit: each hidden unit's sum is added up input by input in the same order, and the output sum in hidden-unit
 * order, but eight units' sums are built side by side. One long chain of dependent additions waited on each add's
 * latency; eight independent chains keep the processor busy, and typed-array reads of one kind keep the loop
 * monomorphic (the claims and propaganda networks run for every claim unit and every sentence of every article).
 */
export function float32ReluNetworkLogit(net: Float32ReluLayerWeights, input: Float32Array): number {
  const { inputs, hidden, inputWeights: w1, hiddenBias: b1, outputWeights: w2 } = net;
  let z = net.outputBias;
  let h = 0;
  for (; h + UNITS_AT_ONCE <= hidden; h += UNITS_AT_ONCE) {
    const k0 = h * inputs;
    const k1 = k0 + inputs;
    const k2 = k1 + inputs;
    const k3 = k2 + inputs;
    const k4 = k3 + inputs;
    const k5 = k4 + inputs;
    const k6 = k5 + inputs;
    const k7 = k6 + inputs;
    let a0 = b1[h] as number;
    let a1 = b1[h + 1] as number;
    let a2 = b1[h + 2] as number;
    let a3 = b1[h + 3] as number;
    let a4 = b1[h + 4] as number;
    let a5 = b1[h + 5] as number;
    let a6 = b1[h + 6] as number;
    let a7 = b1[h + 7] as number;
    for (let j = 0; j < inputs; j++) {
      const x = input[j] as number;
      a0 += (w1[k0 + j] as number) * x;
      a1 += (w1[k1 + j] as number) * x;
      a2 += (w1[k2 + j] as number) * x;
      a3 += (w1[k3 + j] as number) * x;
      a4 += (w1[k4 + j] as number) * x;
      a5 += (w1[k5 + j] as number) * x;
      a6 += (w1[k6 + j] as number) * x;
      a7 += (w1[k7 + j] as number) * x;
    }
    // The output sum in hidden-unit order, as the plain loop adds it.
    z += (w2[h] as number) * Math.max(a0, 0);
    z += (w2[h + 1] as number) * Math.max(a1, 0);
    z += (w2[h + 2] as number) * Math.max(a2, 0);
    z += (w2[h + 3] as number) * Math.max(a3, 0);
    z += (w2[h + 4] as number) * Math.max(a4, 0);
    z += (w2[h + 5] as number) * Math.max(a5, 0);
    z += (w2[h + 6] as number) * Math.max(a6, 0);
    z += (w2[h + 7] as number) * Math.max(a7, 0);
  }
  for (; h < hidden; h++) {
    let a = b1[h] as number;
    const base = h * inputs;
    for (let j = 0; j < inputs; j++) a += (w1[base + j] as number) * (input[j] as number);
    z += (w2[h] as number) * Math.max(a, 0);
  }
  return z;
}
