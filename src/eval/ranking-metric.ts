/**
 * Ranking metrics for check-worthiness (CLEF CheckThat! ranks sentences per debate) and claim retrieval (fact-check
 * matching ranks a collection per query). Each function takes the ranked list as relevance flags, best first, plus
 * the number of relevant items that exist, so a relevant item the system never returned still counts against it
 * (the trec_eval convention the CLEF scorers follow).
 */

/** Average precision over the whole ranking: mean of precision at each relevant rank, divided by all relevant. */
export function averagePrecision(ranked: readonly boolean[], totalRelevant: number): number {
  return totalRelevant <= 0 ? 0 : precisionSum(ranked) / totalRelevant;
}

/** Sum of precision@i over the ranks i that hold a relevant item. */
function precisionSum(ranked: readonly boolean[]): number {
  let hits = 0;
  let sum = 0;
  ranked.forEach((rel, i) => {
    if (!rel) return;
    hits++;
    sum += hits / (i + 1);
  });
  return sum;
}

/**
 * AP cut at rank k, as the CLEF 2020 Task 2 scorer computes MAP@k: the precision sum over the first k ranks, divided by
 * min(k, relevant) so a query with one relevant item found at rank 1 scores 1.
 */
export function averagePrecisionAt(ranked: readonly boolean[], totalRelevant: number, k: number): number {
  if (totalRelevant <= 0 || k <= 0) return 0;
  return precisionSum(ranked.slice(0, k)) / Math.min(k, totalRelevant);
}

/** Precision in the first k ranks; a ranking shorter than k counts the missing ranks as non-relevant. */
export function precisionAt(ranked: readonly boolean[], k: number): number {
  if (k <= 0) return 0;
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if (ranked[i]) hits++;
  return hits / k;
}

/** Precision at rank R, where R is the number of relevant items. */
export function rPrecision(ranked: readonly boolean[], totalRelevant: number): number {
  return totalRelevant <= 0 ? 0 : precisionAt(ranked, totalRelevant);
}

/** 1 / rank of the first relevant item, 0 when none was returned. */
export function reciprocalRank(ranked: readonly boolean[]): number {
  const i = ranked.indexOf(true);
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Arithmetic mean, 0 for an empty list (a run with no queries scores nothing). */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Turns scored items into relevance flags ranked by score descending; ties keep input order (stable sort). */
export function rankByScore<T>(items: readonly T[], score: (t: T) => number, relevant: (t: T) => boolean): boolean[] {
  return items
    .map((item, i) => ({ s: score(item), r: relevant(item), i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.r);
}
