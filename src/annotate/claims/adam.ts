/**
 * One Adam step (Kingma and Ba 2015) over a model's parameter arrays, shared by the claims network's trainers
 * (mlp.ts, cnn.ts): the gradients are sums over a batch of `batchSize` examples; an L2 penalty is added to each.
 */
export const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;

type Values = Float32Array | Float64Array;

export interface AdamState {
  /** First and second moments, one array per parameter array. */
  readonly moment1: readonly Values[];
  readonly moment2: readonly Values[];
}

/** Updates `params` in place from `grads`; `step` counts from 1. */
export function adamStep(
  params: readonly Values[],
  grads: readonly Values[],
  state: AdamState,
  step: number,
  learningRate: number,
  batchSize: number,
  l2 = 0,
): void {
  const rate = (learningRate * Math.sqrt(1 - ADAM.beta2 ** step)) / (1 - ADAM.beta1 ** step);
  params.forEach((p, pi) => {
    const g = grads[pi] as Values;
    const m = state.moment1[pi] as Values;
    const v = state.moment2[pi] as Values;
    for (let j = 0; j < p.length; j++) {
      const gj = (g[j] as number) / batchSize + l2 * (p[j] as number);
      m[j] = ADAM.beta1 * (m[j] as number) + (1 - ADAM.beta1) * gj;
      v[j] = ADAM.beta2 * (v[j] as number) + (1 - ADAM.beta2) * gj * gj;
      p[j] = (p[j] as number) - (rate * (m[j] as number)) / (Math.sqrt(v[j] as number) + ADAM.epsilon);
    }
  });
}

/** The arrays one after another in one array ("averaging" networks concatenates their hidden units). */
export function concatenated(parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
