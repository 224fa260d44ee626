/**
 * FactCheckIndex: finds the published fact-checks that verify a claim. Scores fuse four cheap, offline signals:
 * BM25 over stemmed words (lexical), TF-IDF cosine over character n-grams (a CPU-only stand-in for semantic
 * similarity), and bonuses for shared numbers and shared names; when the caller knows who made the claim, when, and
 * the surrounding text (a debate's neighbouring lines), those add a claimant bonus, a date bonus and a context term.
 */
import { Bm25, TfidfCosine } from "./retrieval.js";
import { charNgrams, mentionedMonths, names, numbers, terms } from "./text.js";
import type { FactCheck } from "./types.js";

export interface MatchWeights {
  /** BM25 of the claim, divided by the best document's BM25 for that claim (so the top lexical hit scores 1). */
  readonly bm25: number;
  /** BM25 over adjacent stem pairs ("presidenti seal"), normalised like `bm25`: rewards shared phrases. */
  readonly bigram: number;
  /** Character n-gram cosine, in [0, 1]. */
  readonly chars: number;
  /** Share of the fact-check's own idf mass that the claim covers: a short fact-check fully restated scores 1. */
  readonly coverage: number;
  /**
   * The claim comes with a picture or video (a pic.twitter.com link, "watch", "photo") and the fact-check is about
   * one ("A photograph shows…"): most viral claims that fact-checkers take up are images.
   */
  readonly media: number;
  /** Per shared number (up to 3): a number in both texts is rare by chance and specific to a claim. */
  readonly number: number;
  /** Per shared name-like word (up to 3). */
  readonly name: number;
  /** BM25 of the context (neighbouring sentences), normalised like `bm25`. */
  readonly context: number;
  /** The fact-check's claimant shares a name word with the given claimant. */
  readonly claimant: number;
  /**
   * Date agreement, scaled down linearly over `dateWindowDays`. With the fact-check's claimDate: the claim was made
   * near the given date (either side). With only its publication date: it was published within the window after
   * the given date (fact-checkers answer a viral claim within days; a check written before it is a recurring claim
   * and gets nothing here).
   */
  readonly date: number;
  readonly dateWindowDays: number;
  /** The fact-check's text names the month of the given date (or the one before or after, at half weight). */
  readonly month: number;
}

/**
 * Defaults from the coordinate-ascent fits on the CheckThat! training queries (scripts/eval-matching.ts, train splits
 * only): the text signals take values between the tweet fit (chars 3, coverage 0, month 0.4) and the debate fit
 * (chars 1, coverage 0.25, number 0.3); context, claimant and date come from the debate fit, the only data that has
 * them. The eval itself refits per collection on train and reports dev with those fitted weights.
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  bm25: 1,
  bigram: 0.15,
  chars: 2,
  coverage: 0.25,
  media: 0.05,
  number: 0.15,
  name: 0.03,
  context: 0.3,
  claimant: 0.6,
  date: 0.6,
  dateWindowDays: 30,
  month: 0.3,
};

export interface MatchOptions {
  /** Text around the claim (e.g. the previous and next sentences). */
  readonly context?: string;
  /** Who made the claim, as a name. */
  readonly claimant?: string;
  /** When the claim was made, ISO 8601. */
  readonly date?: string;
}

export interface FactCheckMatch {
  readonly factCheck: FactCheck;
  readonly score: number;
}

const QUERY_MEDIA = /pic\.twitter\.com|\b(?:photos?|pictures?|pics?|videos?|footage|images?|clip|watch|meme)\b/i;
const DOC_MEDIA = /\b(?:photo(?:graph)?s?|pictures?|images?|videos?|footage|memes?)\b/i;
/** A fact-check dated a little before the claim still counts: time zones, and a claim's date is often its repost. */
const PUBLISHED_EARLY_DAYS = 3;
const DAY_MS = 86_400_000;
const MAX_BONUS_ITEMS = 3;

const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return Math.min(n, MAX_BONUS_ITEMS);
};

const normaliseByMax = (scores: Float64Array): Float64Array => {
  let max = 0;
  for (const s of scores) if (s > max) max = s;
  if (max > 0) for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] ?? 0) / max;
  return scores;
};

const nameWords = (name: string): Set<string> =>
  new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2),
  );

/** The text of a fact-check that the claim is matched against: the claim and the review's headline. */
const documentText = (f: FactCheck): string => (f.title ? `${f.claimReviewed} ${f.title}` : f.claimReviewed);

export class FactCheckIndex {
  readonly factChecks: readonly FactCheck[];
  private readonly weights: MatchWeights;
  private readonly bm25: Bm25;
  private readonly chars: TfidfCosine;
  private readonly bigrams: Bm25;
  private readonly docNumbers: Set<string>[];
  private readonly docNames: Set<string>[];
  private readonly docClaimants: Set<string>[];
  private readonly docDays: (number | undefined)[];
  /** True when docDays holds the claim's date, false when it holds the fact-check's publication date. */
  private readonly docDayIsClaim: boolean[];
  private readonly docMonths: number[][];
  private readonly docMedia: boolean[];
  /** Each fact-check's distinct terms with their idf, and the idf total, for the coverage signal. */
  private readonly docTerms: { readonly terms: string[]; readonly idf: number[]; readonly total: number }[];

  constructor(factChecks: readonly FactCheck[], weights: Partial<MatchWeights> = {}) {
    this.factChecks = factChecks;
    this.weights = { ...DEFAULT_MATCH_WEIGHTS, ...weights };
    const texts = factChecks.map(documentText);
    const termLists = texts.map(terms);
    this.bm25 = new Bm25(termLists);
    this.bigrams = new Bm25(termLists.map(pairs));
    this.docTerms = termLists.map((list) => {
      const distinct = [...new Set(list)];
      const idf = distinct.map((t) => this.bm25.idf(t));
      return { terms: distinct, idf, total: idf.reduce((a, b) => a + b, 0) };
    });
    this.chars = new TfidfCosine(texts.map((t) => charNgrams(t)));
    this.docNumbers = texts.map(numbers);
    this.docNames = texts.map(names);
    this.docClaimants = factChecks.map((f) => nameWords(f.claimant ?? ""));
    this.docDays = factChecks.map((f) => toDay(f.claimDate ?? f.date));
    this.docDayIsClaim = factChecks.map((f) => toDay(f.claimDate) !== undefined);
    this.docMonths = texts.map(mentionedMonths);
    this.docMedia = texts.map((t) => DOC_MEDIA.test(t));
  }

  /** The separate signals for every fact-check, before weighting (the eval tunes weights on these). */
  signals(claimText: string, options: MatchOptions = {}): MatchSignals {
    const n = this.factChecks.length;
    const qNumbers = numbers(claimText);
    const qNames = names(claimText);
    const qClaimant = nameWords(options.claimant ?? "");
    const qDay = toDay(options.date);
    const numberOverlap = new Uint8Array(n);
    const nameOverlap = new Uint8Array(n);
    const claimant = new Uint8Array(n);
    const date = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    const month = new Float64Array(n);
    const coverage = new Float64Array(n);
    const qTerms = new Set(terms(claimText));
    const media = new Uint8Array(n);
    const qMedia = QUERY_MEDIA.test(claimText);
    const qMonth = qDay === undefined ? undefined : toMonth(qDay);
    for (let i = 0; i < n; i++) {
      if (qNumbers.size > 0) numberOverlap[i] = overlap(qNumbers, this.docNumbers[i] ?? new Set());
      if (qNames.size > 0) nameOverlap[i] = overlap(qNames, this.docNames[i] ?? new Set());
      if (qClaimant.size > 0 && overlap(qClaimant, this.docClaimants[i] ?? new Set()) > 0) claimant[i] = 1;
      const day = this.docDays[i];
      if (qDay !== undefined && day !== undefined) {
        const after = day - qDay;
        const gap = this.docDayIsClaim[i]
          ? Math.abs(after)
          : after < -PUBLISHED_EARLY_DAYS
            ? Number.POSITIVE_INFINITY
            : Math.max(0, after);
        date[i] = gap;
      }
      if (qMedia && this.docMedia[i]) media[i] = 1;
      const doc = this.docTerms[i];
      if (doc !== undefined && doc.total > 0) {
        let covered = 0;
        doc.terms.forEach((t, k) => {
          if (qTerms.has(t)) covered += doc.idf[k] ?? 0;
        });
        coverage[i] = covered / doc.total;
      }
      if (qMonth !== undefined) {
        for (const m of this.docMonths[i] ?? []) {
          const gap = Math.abs(m - qMonth);
          if (gap <= 1) month[i] = Math.max(month[i] ?? 0, gap === 0 ? 1 : 0.5);
        }
      }
    }
    return {
      lexical: normaliseByMax(this.bm25.score([...qTerms])),
      bigram: normaliseByMax(this.bigrams.score(pairs(terms(claimText)))),
      coverage,
      media,
      chars: this.chars.score(charNgrams(claimText)),
      context: options.context ? normaliseByMax(this.bm25.score(terms(options.context))) : undefined,
      numberOverlap,
      nameOverlap,
      claimant,
      date,
      month,
    };
  }

  /** Every fact-check's fused score for the claim, in collection order. */
  scoreAll(claimText: string, options: MatchOptions = {}, weights: MatchWeights = this.weights): Float64Array {
    return fuse(this.signals(claimText, options), weights);
  }

  /** The k best fact-checks for the claim, best first. */
  match(claimText: string, k = 5, options: MatchOptions = {}): FactCheckMatch[] {
    const scores = this.scoreAll(claimText, options);
    return topK(scores, k).flatMap((i) => {
      const factCheck = this.factChecks[i];
      return factCheck === undefined ? [] : [{ factCheck, score: scores[i] ?? 0 }];
    });
  }
}

/** The per-signal scores of every fact-check for one claim. */
export interface MatchSignals {
  readonly lexical: Float64Array;
  readonly bigram: Float64Array;
  readonly chars: Float64Array;
  readonly coverage: Float64Array;
  readonly media: Uint8Array;
  readonly context: Float64Array | undefined;
  readonly numberOverlap: Uint8Array;
  readonly nameOverlap: Uint8Array;
  readonly claimant: Uint8Array;
  /** Days between the claim and the fact-check as the date weight reads them; Infinity when unknown or too early. */
  readonly date: Float64Array;
  readonly month: Float64Array;
}

/** The weighted sum of the signals. */
export function fuse(s: MatchSignals, w: MatchWeights): Float64Array {
  const out = new Float64Array(s.lexical.length);
  for (let i = 0; i < out.length; i++) {
    out[i] =
      w.bm25 * (s.lexical[i] ?? 0) +
      w.bigram * (s.bigram[i] ?? 0) +
      w.chars * (s.chars[i] ?? 0) +
      w.coverage * (s.coverage[i] ?? 0) +
      w.media * (s.media[i] ?? 0) +
      w.context * (s.context?.[i] ?? 0) +
      w.number * (s.numberOverlap[i] ?? 0) +
      w.name * (s.nameOverlap[i] ?? 0) +
      w.claimant * (s.claimant[i] ?? 0) +
      w.date * dateCloseness(s.date[i] ?? Number.POSITIVE_INFINITY, w.dateWindowDays) +
      w.month * (s.month[i] ?? 0);
  }
  return out;
}

/** Indices of the k largest scores, best first; ties go to the earlier document. */
export function topK(scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] ?? 0;
    if (best.length === k && s <= (scores[best[k - 1] ?? 0] ?? 0)) continue;
    let at = best.length;
    while (at > 0 && (scores[best[at - 1] ?? 0] ?? 0) < s) at--;
    best.splice(at, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}

/** Days since the epoch of an ISO date (or date-time), undefined when absent or unparseable. */
/** 1 on the same day, falling linearly to 0 past the window. */
const dateCloseness = (gap: number, window: number): number => Math.max(0, 1 - gap / (window + 1));

/** Adjacent term pairs, the phrase signal. */
const pairs = (list: readonly string[]): string[] => list.slice(1).map((t, i) => `${list[i]} ${t}`);

/** Month count since year 0 of a day number, to compare with mentionedMonths. */
function toMonth(day: number): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function toDay(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : Math.floor(t / DAY_MS);
}
