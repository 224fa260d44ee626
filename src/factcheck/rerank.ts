/**
 * The learned second stage of fact-check matching: a small scorer over the features FactCheckIndex.candidates()
 * computes for the fused ranking's best candidates. Standardised features feed a linear term plus a few tanh hidden
 * units (for interactions such as "the dates agree, and the text does too"). It is trained listwise (softmax
 * cross-entropy of the relevant fact-checks among one claim's candidates) with full-batch Adam from a seeded start,
 * so a retrain rewrites the same weights. Training data and recipe: models/factcheck/README.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SiftError } from "../core/errors.js";
import { modelsDir } from "../core/paths.js";
import { seededRandom } from "../core/random.js";
import type { MatchOptions, MatchWeights } from "./factcheck-index.js";

/**
 * Feature names, in vector order (FactCheckIndex.candidates fills them). Deliberately no "the fact-check has a date"
 * flag and no wide (year-long) date window: in the Snopes data only the fact-checks that the organisers kept, most of
 * them gold for some tweet, have dates (96% of gold vs 67% of all), so such a feature learns the data set's history,
 * not the claim. Narrow windows stay: at run time every ClaimReview has a date and a random one is rarely days away.
 */
export const RERANK_FEATURES = [
  "lexical",
  "bigram",
  "chars",
  "coverage",
  "queryCoverage",
  "claimField",
  "titleField",
  "body",
  "media",
  "number",
  "name",
  "month",
  "context",
  "claimant",
  "dateWeek",
  "dateMonth",
  "dateDays",
  "dateBefore",
  "fusedGap",
  "rank",
  "length",
  "semantic",
  "semanticGap",
  "semanticRank",
] as const;

export interface Reranker {
  /** The fusion weights (factcheck-index.ts) whose ranking supplied the training candidates. */
  readonly firstStage?: Partial<MatchWeights>;
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly std: readonly number[];
  /** Linear weights on the standardised features. */
  readonly linear: readonly number[];
  /** Hidden units: input weights (one row per unit, feature order), biases and output weights. */
  readonly hidden: readonly (readonly number[])[];
  readonly hiddenBias: readonly number[];
  readonly output: readonly number[];
}

/** One candidate's score: linear part plus the hidden units' tanh outputs. */
function scoreOne(m: Reranker, x: Float64Array, z: Float64Array): number {
  let s = 0;
  for (let j = 0; j < z.length; j++) {
    z[j] = ((x[j] ?? 0) - (m.mean[j] ?? 0)) / (m.std[j] || 1);
    s += (m.linear[j] ?? 0) * (z[j] ?? 0);
  }
  m.hidden.forEach((row, h) => {
    let a = m.hiddenBias[h] ?? 0;
    for (let j = 0; j < z.length; j++) a += (row[j] ?? 0) * (z[j] ?? 0);
    s += (m.output[h] ?? 0) * Math.tanh(a);
  });
  return s;
}

/** Scores of candidate feature vectors (higher is better). */
export function rerankScores(m: Reranker, features: readonly Float64Array[]): Float64Array {
  const z = new Float64Array(m.features.length);
  return Float64Array.from(features, (x) => scoreOne(m, x, z));
}

/**
 * The shipped re-rankers: "tweets" (trained on Snopes-checked tweets) and "debates" (sentences of debates and
 * speeches checked by PolitiFact, with context, speaker and date).
 */
export type RerankerName = "tweets" | "debates";

export const rerankerPath = (name: RerankerName): string => join(modelsDir, "factcheck", `reranker-${name}.json`);

let shipped: Reranker | undefined;

/**
 * The re-ranker for claims from running text (articles, posts): the tweets model, trained on what a claim carries at
 * run time (its text and date; no transcript context or speaker). Read once, then cached.
 */
export function shippedReranker(): Reranker {
  shipped ??= loadReranker(rerankerPath("tweets"));
  return shipped;
}

/** Reads a re-ranker file and checks it was trained on the features this code computes. */
export function loadReranker(path: string): Reranker {
  const m = JSON.parse(readFileSync(path, "utf8")) as Reranker;
  if (m.features.join() !== RERANK_FEATURES.join())
    throw new SiftError(
      "E_PARSE",
      path,
      "the re-ranker was trained on other features than this version computes: retrain with scripts/train-matching.ts",
    );
  return m;
}

/** One claim's candidates for training: feature vectors and which of them are relevant. */
export interface RerankGroup {
  readonly features: readonly Float64Array[];
  readonly relevant: readonly boolean[];
}

/**
 * Copies of the dated claims with the date removed, for training alongside the originals: a claim from running text
 * often comes undated, and a model that only saw dated claims leans on date features that are then all zero
 * (snopes-2020 dev MAP@5: undated 0.834 → 0.840, dated 0.914 → 0.913).
 */
export function undatedCopies<Q extends { readonly options: MatchOptions }>(queries: readonly Q[]): Q[] {
  return queries.flatMap((q) => {
    if (q.options.date === undefined) return [];
    const { date: _dropped, ...options } = q.options;
    return [{ ...q, options }];
  });
}

export interface RerankTrainOptions {
  readonly hiddenUnits: number;
  readonly iterations: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

/**
 * Picked by 4-fold cross-validation on the snopes-2020 train queries (MAP@5 0.940 linear; 2, 4 or 8 hidden units
 * 0.934 to 0.939, within noise but never better): the linear scorer.
 */
export const DEFAULT_RERANK_TRAINING: RerankTrainOptions = {
  hiddenUnits: 0,
  iterations: 400,
  learningRate: 0.03,
  l2: 1e-3,
  seed: 7,
};

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * Fits a re-ranker on groups that hold at least one relevant candidate (a group without one teaches nothing
 * listwise). Parameters are one flat vector: linear, hidden rows, hidden biases, output weights.
 */
export function trainReranker(
  groups: readonly RerankGroup[],
  o: RerankTrainOptions = DEFAULT_RERANK_TRAINING,
): Reranker {
  const d = RERANK_FEATURES.length;
  const H = o.hiddenUnits;
  const useful = groups.filter((g) => g.relevant.some(Boolean));
  const all = useful.flatMap((g) => g.features);
  const mean = Array.from({ length: d }, (_, j) => all.reduce((a, x) => a + (x[j] ?? 0), 0) / Math.max(1, all.length));
  const std = mean.map((m, j) => {
    const v = all.reduce((a, x) => a + ((x[j] ?? 0) - m) ** 2, 0) / Math.max(1, all.length);
    return Math.sqrt(v) || 1;
  });
  const zs = useful.map((g) =>
    g.features.map((x) => Float64Array.from(x, (v, j) => (v - (mean[j] ?? 0)) / (std[j] ?? 1))),
  );
  const n = d + H * d + H + H;
  const p = new Float64Array(n);
  // Seeded, so a retrain starts from the same weights.
  const rand = seededRandom(o.seed);
  for (let i = d; i < d + H * d; i++) p[i] = (rand() - 0.5) * 0.2;
  for (let i = d + H * d + H; i < n; i++) p[i] = (rand() - 0.5) * 0.2;
  const grad = new Float64Array(n);
  const m1 = new Float64Array(n);
  const m2 = new Float64Array(n);
  const act = new Float64Array(H);
  for (let it = 1; it <= o.iterations; it++) {
    grad.fill(0);
    zs.forEach((group, g) => {
      const rel = useful[g]?.relevant ?? [];
      const nRel = rel.filter(Boolean).length;
      const acts = group.map((z) => {
        const a = new Float64Array(H);
        for (let h = 0; h < H; h++) {
          let s = p[d + H * d + h] ?? 0;
          for (let j = 0; j < d; j++) s += (p[d + h * d + j] ?? 0) * (z[j] ?? 0);
          a[h] = Math.tanh(s);
        }
        return a;
      });
      const scores = group.map((z, c) => {
        let s = 0;
        for (let j = 0; j < d; j++) s += (p[j] ?? 0) * (z[j] ?? 0);
        for (let h = 0; h < H; h++) s += (p[d + H * d + H + h] ?? 0) * (acts[c]?.[h] ?? 0);
        return s;
      });
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      group.forEach((z, c) => {
        // d(loss)/d(score_c) for loss = −mean over relevant r of log softmax_r
        const ds = ((exp[c] ?? 0) / sum - (rel[c] ? 1 / nRel : 0)) / useful.length;
        if (ds === 0) return;
        for (let j = 0; j < d; j++) grad[j] = (grad[j] ?? 0) + ds * (z[j] ?? 0);
        const a = acts[c] ?? act;
        for (let h = 0; h < H; h++) {
          const out = d + H * d + H + h;
          grad[out] = (grad[out] ?? 0) + ds * (a[h] ?? 0);
          const back = ds * (p[out] ?? 0) * (1 - (a[h] ?? 0) ** 2);
          grad[d + H * d + h] = (grad[d + H * d + h] ?? 0) + back;
          for (let j = 0; j < d; j++) grad[d + h * d + j] = (grad[d + h * d + j] ?? 0) + back * (z[j] ?? 0);
        }
      });
    });
    for (let i = 0; i < n; i++) {
      const gi = (grad[i] ?? 0) + o.l2 * (p[i] ?? 0);
      m1[i] = 0.9 * (m1[i] ?? 0) + 0.1 * gi;
      m2[i] = 0.999 * (m2[i] ?? 0) + 0.001 * gi * gi;
      const mh = (m1[i] ?? 0) / (1 - 0.9 ** it);
      const vh = (m2[i] ?? 0) / (1 - 0.999 ** it);
      p[i] = (p[i] ?? 0) - (o.learningRate * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const slice = (from: number, to: number) => Array.from(p.subarray(from, to), round);
  return {
    features: [...RERANK_FEATURES],
    mean: mean.map(round),
    std: std.map(round),
    linear: slice(0, d),
    hidden: Array.from({ length: H }, (_, h) => slice(d + h * d, d + (h + 1) * d)),
    hiddenBias: slice(d + H * d, d + H * d + H),
    output: slice(d + H * d + H, n),
  };
}
