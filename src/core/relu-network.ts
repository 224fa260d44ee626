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
