/**
 * Clustering scores over items labelled with a predicted and a gold cluster: B-cubed precision/recall/F1
 * (Bagga & Baldwin 1998; Amigó et al. 2009) and the adjusted Rand index (Hubert & Arabie 1985).
 */
import type { Prf } from "./prf.js";

export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function groups<K>(labels: readonly K[]): Map<K, number[]> {
  const m = new Map<K, number[]>();
  labels.forEach((l, i) => {
    const g = m.get(l);
    if (g) g.push(i);
    else m.set(l, [i]);
  });
  return m;
}

/** Item-averaged B-cubed scores; `predicted[i]` and `gold[i]` are the cluster labels of item i. */
export function bcubed<P, G>(predicted: readonly P[], gold: readonly G[]): BCubed {
  if (predicted.length !== gold.length) throw new Error("predicted and gold label lists differ in length");
  const n = predicted.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  // Count each (predicted, gold) pair once; every item in that cell shares the same per-item scores.
  const cell = new Map<string, number>();
  const pSize = new Map<P, number>();
  const gSize = new Map<G, number>();
  const pIds = new Map<P, number>();
  const gIds = new Map<G, number>();
  for (let i = 0; i < n; i++) {
    const p = predicted[i] as P;
    const g = gold[i] as G;
    if (!pIds.has(p)) pIds.set(p, pIds.size);
    if (!gIds.has(g)) gIds.set(g, gIds.size);
    const key = `${pIds.get(p)}|${gIds.get(g)}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    pSize.set(p, (pSize.get(p) ?? 0) + 1);
    gSize.set(g, (gSize.get(g) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < n; i++) {
    const p = predicted[i] as P;
    const g = gold[i] as G;
    const both = cell.get(`${pIds.get(p)}|${gIds.get(g)}`) ?? 0;
    precision += both / (pSize.get(p) ?? 1);
    recall += both / (gSize.get(g) ?? 1);
  }
  precision /= n;
  recall /= n;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const pairs = (k: number): number => (k * (k - 1)) / 2;

/** Adjusted Rand index: 1 for identical partitions, about 0 for chance agreement. */
export function adjustedRand<P, G>(predicted: readonly P[], gold: readonly G[]): number {
  if (predicted.length !== gold.length) throw new Error("predicted and gold label lists differ in length");
  const n = predicted.length;
  const cells = new Map<string, number>();
  const pIdx = new Map<P, number>();
  predicted.forEach((p) => {
    if (!pIdx.has(p)) pIdx.set(p, pIdx.size);
  });
  const gIdx = new Map<G, number>();
  gold.forEach((g) => {
    if (!gIdx.has(g)) gIdx.set(g, gIdx.size);
  });
  for (let i = 0; i < n; i++) {
    const key = `${pIdx.get(predicted[i] as P)}|${gIdx.get(gold[i] as G)}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  let index = 0;
  for (const c of cells.values()) index += pairs(c);
  let sumP = 0;
  for (const g of groups(predicted).values()) sumP += pairs(g.length);
  let sumG = 0;
  for (const g of groups(gold).values()) sumG += pairs(g.length);
  const expected = (sumP * sumG) / Math.max(1, pairs(n));
  const max = (sumP + sumG) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** Pair-level scores: a pair of items in one predicted cluster is a positive. */
export type PairScores = Prf;

/** Precision/recall/F1 of predicted positive pairs against gold positive pairs (pair keys as strings). */
export function pairScores(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): PairScores {
  let tp = 0;
  for (const p of predicted) if (gold.has(p)) tp++;
  const fp = predicted.size - tp;
  const fn = gold.size - tp;
  const precision = predicted.size === 0 ? 1 : tp / predicted.size;
  const recall = gold.size === 0 ? 1 : tp / gold.size;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    tp,
    fp,
    fn,
  };
}
