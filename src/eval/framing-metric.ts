/**
 * Scores for propaganda detection as SemEval-2020 Task 11 defines them (Da San Martino et al. 2020).
 *
 * Span identification (SI) is technique-agnostic and gives partial credit for character overlap. With S the
 * predicted spans and T the gold spans of one article, C(s, t, h) = |s ∩ t| / h, and
 *   P = (1/|S|) Σ_{s∈S} Σ_{t∈T} C(s, t, |s|)      R = (1/|T|) Σ_{s∈S} Σ_{t∈T} C(s, t, |t|)
 * pooled over all articles (|S| and |T| are summed over the corpus). Because the task is technique-agnostic,
 * overlapping spans within one article (gold and predicted alike) are first merged into one, as the task's
 * scorer does, so that no character is counted twice and every per-span credit stays within [0, 1].
 *
 * Technique classification (TC) is scored on the gold spans: micro-F1 over (article, start, end, technique)
 * matches, where a span that carries several techniques in the gold data counts once per technique (a multiset
 * match). Macro-F1 averages the per-technique F1 over the techniques present in the gold data.
 */

export interface CharSpan {
  readonly start: number;
  readonly end: number;
}

export interface PRF {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const f1Of = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Unions overlapping (not merely touching) spans; drops empty ones. Returns them sorted by start. */
export function mergeSpans(spans: readonly CharSpan[]): CharSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

const overlap = (a: CharSpan, b: CharSpan): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The running sums of the SI formula, so articles can be added one at a time. */
export interface SiTally {
  predicted: number;
  gold: number;
  precisionSum: number;
  recallSum: number;
}

export function emptySiTally(): SiTally {
  return { predicted: 0, gold: 0, precisionSum: 0, recallSum: 0 };
}

/** Adds one article's predicted and gold spans to the tally. */
export function addSiArticle(tally: SiTally, predicted: readonly CharSpan[], gold: readonly CharSpan[]): void {
  const s = mergeSpans(predicted);
  const t = mergeSpans(gold);
  tally.predicted += s.length;
  tally.gold += t.length;
  for (const ps of s) {
    for (const gs of t) {
      const o = overlap(ps, gs);
      if (o === 0) continue;
      tally.precisionSum += o / (ps.end - ps.start);
      tally.recallSum += o / (gs.end - gs.start);
    }
  }
}

/** P, R and F1 from a tally. An empty prediction has precision 0 (the scorer's convention), so F1 is 0 too. */
export function siScores(tally: SiTally): PRF {
  const precision = tally.predicted === 0 ? 0 : tally.precisionSum / tally.predicted;
  const recall = tally.gold === 0 ? 0 : tally.recallSum / tally.gold;
  return { precision, recall, f1: f1Of(precision, recall) };
}

/** SI scores over a corpus: one [predicted, gold] pair of span lists per article. */
export function siScore(articles: Iterable<readonly [readonly CharSpan[], readonly CharSpan[]]>): PRF {
  const tally = emptySiTally();
  for (const [predicted, gold] of articles) addSiArticle(tally, predicted, gold);
  return siScores(tally);
}

/** One labelled span: which article, where, which technique. */
export interface LabelledSpan extends CharSpan {
  readonly article: string;
  readonly label: string;
}

export interface TcScores {
  readonly micro: PRF;
  readonly macroF1: number;
  readonly perLabel: ReadonlyMap<string, PRF & { readonly support: number }>;
}

const spanKey = (s: LabelledSpan): string => `${s.article}\t${s.start}\t${s.end}\t${s.label}`;

/** Technique-classification scores: multiset match of (article, start, end, label). */
export function tcScore(predicted: readonly LabelledSpan[], gold: readonly LabelledSpan[]): TcScores {
  const goldLeft = new Map<string, number>();
  for (const g of gold) goldLeft.set(spanKey(g), (goldLeft.get(spanKey(g)) ?? 0) + 1);
  const tp = new Map<string, number>();
  const predCount = new Map<string, number>();
  const goldCount = new Map<string, number>();
  for (const g of gold) goldCount.set(g.label, (goldCount.get(g.label) ?? 0) + 1);
  let matched = 0;
  for (const p of predicted) {
    predCount.set(p.label, (predCount.get(p.label) ?? 0) + 1);
    const k = spanKey(p);
    const left = goldLeft.get(k) ?? 0;
    if (left > 0) {
      goldLeft.set(k, left - 1);
      matched++;
      tp.set(p.label, (tp.get(p.label) ?? 0) + 1);
    }
  }
  const precision = predicted.length === 0 ? 0 : matched / predicted.length;
  const recall = gold.length === 0 ? 0 : matched / gold.length;
  const perLabel = new Map<string, PRF & { support: number }>();
  for (const [label, support] of [...goldCount].sort((a, b) => a[0].localeCompare(b[0]))) {
    const t = tp.get(label) ?? 0;
    const p = (predCount.get(label) ?? 0) === 0 ? 0 : t / (predCount.get(label) ?? 1);
    const r = t / support;
    perLabel.set(label, { precision: p, recall: r, f1: f1Of(p, r), support });
  }
  const macroF1 = perLabel.size === 0 ? 0 : [...perLabel.values()].reduce((a, x) => a + x.f1, 0) / perLabel.size;
  return { micro: { precision, recall, f1: f1Of(precision, recall) }, macroF1, perLabel };
}
