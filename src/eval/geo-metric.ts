/**
 * Geoparsing metrics (Gritta et al. 2018, "What's missing in geographical parsing?"; 2019, "A pragmatic guide to
 * geoparsing evaluation"): toponym span precision/recall/F1 with exact boundaries, and for the toponyms tagged
 * correctly the great-circle error of the chosen coordinates — accuracy@161 km, mean and median error, and the
 * area under the curve of sorted log errors (AUC, 0 best, 1 worst).
 */
import { type Prf, prf } from "./prf.js";

export interface SpanRef {
  readonly start: number;
  readonly end: number;
}

export { prf };

/** Span-level scores (exact boundaries). */
export type SpanScores = Prf;

/** Exact-boundary span matching: each gold span matches at most one predicted span with the same start and end. */
export function spanScores(gold: readonly SpanRef[], predicted: readonly SpanRef[]): SpanScores {
  const left = new Map<string, number>();
  for (const g of gold) left.set(`${g.start}:${g.end}`, (left.get(`${g.start}:${g.end}`) ?? 0) + 1);
  let tp = 0;
  for (const p of predicted) {
    const k = `${p.start}:${p.end}`;
    const n = left.get(k) ?? 0;
    if (n > 0) {
      tp++;
      left.set(k, n - 1);
    }
  }
  return prf(tp, predicted.length - tp, gold.length - tp);
}

/** Precision, recall and F1 from counts (0 where undefined). */

export { distanceKm as greatCircleKm } from "../annotate/geo/resolve.js";

export interface ErrorScores {
  readonly n: number;
  /** Share of errors ≤ 161 km (100 miles). */
  readonly accuracy161: number;
  readonly meanKm: number;
  readonly medianKm: number;
  /** Area under the sorted ln(1 + error) curve, scaled by ln(20039 km), the largest possible error: 0 best. */
  readonly auc: number;
}

/** Half the Earth's circumference: the largest possible error, which scales the AUC. */
export const MAX_ERROR_KM = 20039;

export function errorScores(errorsKm: readonly number[]): ErrorScores {
  const n = errorsKm.length;
  if (n === 0) return { n, accuracy161: 0, meanKm: 0, medianKm: 0, auc: 0 };
  const sorted = [...errorsKm].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / n;
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const within = sorted.filter((e) => e <= 161).length;
  let auc: number;
  if (n === 1) auc = Math.log(1 + sorted[0]!) / Math.log(MAX_ERROR_KM);
  else {
    // Trapezoidal rule over the sorted log errors with unit spacing, as in Gritta et al.'s code.
    const logs = sorted.map((e) => Math.log(1 + e));
    let area = 0;
    for (let i = 1; i < n; i++) area += (logs[i - 1]! + logs[i]!) / 2;
    auc = area / (Math.log(MAX_ERROR_KM) * (n - 1));
  }
  return { n, accuracy161: within / n, meanKm: mean, medianKm: median, auc };
}
