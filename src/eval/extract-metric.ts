/**
 * The Scrapinghub article-extraction-benchmark metric: bag-of-4-gram ("shingle") overlap between a predicted and a
 * gold article body, macro-averaged over pages. Mirrors the benchmark's own evaluate.py so our figures compare with
 * the published ones. See ../shared/data/extraction/README.md.
 */

/** Shingle width the benchmark uses. */
const SHINGLE_N = 4;

/** Python's `\w+` under re.UNICODE: letters, numbers and underscore; punctuation and white space are dropped. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function metricTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Multiset of overlapping n-token windows; 1–3 tokens give one short shingle, no tokens give none. */
export function shingles(text: string, n = SHINGLE_N): Map<string, number> {
  const tokens = metricTokens(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join(" ");
    if (key === "") continue;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One page's shingle counts, each divided by their sum so every page weighs the same. */
export interface PageScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Whether the predicted token sequence equals the gold one exactly. */
  readonly exact: boolean;
  /** True when the prediction has no shingles: the page is left out of the precision average. */
  readonly emptyPrediction: boolean;
}

export function scorePage(gold: string, predicted: string): PageScore {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const gc = g.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
  }
  for (const [key, gc] of g) fn += Math.max(0, gc - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  const norm = sum > 0 ? sum : 1;
  const gt = metricTokens(gold);
  const pt = metricTokens(predicted);
  const exact = gt.length === pt.length && gt.every((t, i) => t === pt[i]);
  return { tp: tp / norm, fp: fp / norm, fn: fn / norm, exact, emptyPrediction: p.size === 0 };
}

export interface CorpusScore {
  readonly precision: number;
  readonly recall: number;
  /** Harmonic mean of the two macro averages (not a mean of per-page F1). */
  readonly f1: number;
  readonly accuracy: number;
  readonly pages: number;
}

export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  let pSum = 0;
  let pCount = 0;
  let rSum = 0;
  let exact = 0;
  for (const s of pages) {
    if (!s.emptyPrediction) {
      pSum += s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 1;
      pCount++;
    }
    rSum += s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : s.emptyPrediction ? 1 : 0;
    if (s.exact) exact++;
  }
  const precision = pCount > 0 ? pSum / pCount : 0;
  const recall = pages.length > 0 ? rSum / pages.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: pages.length > 0 ? exact / pages.length : 0, pages: pages.length };
}

/** The trafilatura corpus's snippet counts: `with` snippets found (tp) or missed (fn), `without` found (fp) or absent (tn). */
export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

export function countSnippets(
  extracted: string,
  withSnippets: readonly string[],
  withoutSnippets: readonly string[],
  into: SnippetCounts,
): void {
  const hay = collapse(extracted);
  for (const s of withSnippets)
    if (hay.includes(collapse(s))) into.tp++;
    else into.fn++;
  for (const s of withoutSnippets)
    if (hay.includes(collapse(s))) into.fp++;
    else into.tn++;
}

export function snippetScore(c: SnippetCounts): { precision: number; recall: number; f1: number; accuracy: number } {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const all = c.tp + c.fp + c.fn + c.tn;
  return { precision, recall, f1, accuracy: all > 0 ? (c.tp + c.tn) / all : 0 };
}

/** NFKC, white space collapsed, case-folded: the project's rule for comparing titles and author names. */
export function foldForMatch(s: string): string {
  return collapse(s.normalize("NFKC")).toLowerCase();
}

/** Metadata rules of ../shared/data/extraction/README.md (title equal, every gold author contained, gold date contained). */
export function titleMatches(gold: string, predicted: string | undefined): boolean {
  return predicted !== undefined && foldForMatch(gold) === foldForMatch(predicted);
}

export function authorMatches(gold: string | readonly string[], predicted: string | undefined): boolean {
  if (predicted === undefined) return false;
  const names = (typeof gold === "string" ? gold.split(";") : gold).map(foldForMatch).filter((n) => n !== "");
  const hay = foldForMatch(predicted);
  return names.length > 0 && names.every((n) => hay.includes(n));
}

export function dateMatches(gold: string, predicted: string | undefined): boolean {
  return predicted?.includes(gold.trim()) ?? false;
}
