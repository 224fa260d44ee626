/**
 * What story clustering compares: TF-IDF weighted content terms, weighted names (people, organisations, places)
 * with the figures and time anchors of the text among them, and the publication date. Names come from the entity
 * layer when the article was analysed, or from a cheap capitalised-word extractor otherwise; time anchors come from
 * the times layer (none without one).
 */
import type { Entity, TimexType } from "../../core/document.js";
import { contentTerms, normalizeForMatch, STOPWORDS } from "../text/normalize.js";
import { normalize, type SparseVector, topK } from "./vectors.js";

/** Prefixes keep terms and names apart in the shared document-frequency table. */
export const TERM_PREFIX = "t:";
export const NAME_PREFIX = "n:";
/** Marks a figure among the names, so clustering can weigh figures as a channel of their own. */
export const FIGURE_PREFIX = "#";
/** Marks a time anchor (a weekday or month the text dates something to) among the names: a third channel. */
export const TIME_PREFIX = "@";
/** Terms kept per article vector: the tail of a long article adds noise, not topic. */
const ARTICLE_TERMS = 150;
const ARTICLE_NAMES = 40;

export interface RawFeatures {
  /** Term → count. */
  readonly terms: Map<string, number>;
  /** Name key → count. */
  readonly names: Map<string, number>;
  readonly date?: string;
  readonly title: string;
}

export interface ArticleVectors {
  readonly terms: SparseVector;
  readonly names: SparseVector;
  readonly date?: string;
  readonly title: string;
}

export interface DfStats {
  readonly total: number;
  readonly df: ReadonlyMap<string, number>;
}

function counts(items: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** A name's matching key: normalised, and for multi-word person names also the surname alone ("Reid"). */
export function nameKeys(name: string, type: string): string[] {
  const norm = normalizeForMatch(name);
  if (norm === "" || STOPWORDS.has(norm)) return [];
  const keys = [norm];
  const parts = norm.split(" ");
  if (type === "person" && parts.length > 1) keys.push(parts[parts.length - 1] ?? norm);
  return keys;
}

/** Names from the entity layer, counted by mentions. */
export function namesFromEntities(entities: readonly Entity[]): string[] {
  const out: string[] = [];
  for (const e of entities) {
    if (e.type === "misc" && e.mentions.length < 2) continue;
    for (const k of nameKeys(e.name, e.type)) for (let i = 0; i < e.mentions.length; i++) out.push(k);
  }
  return out;
}

/** Runs of capitalised words not at a sentence start: a cheap stand-in for named entities. */
const CAPITALISED_RUN =
  /(?<![.!?"“\n]\s?)(?<=\s|^|[(“"])(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|de|la|van|von)?\s*\p{Lu}[\p{L}'’.-]*)*)/gu;

export function cheapNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const name = m[1] ?? "";
    for (const k of nameKeys(name, name.includes(" ") ? "person" : "misc")) out.push(k);
  }
  return out;
}

/** Multi-digit figures ("2013", "6.1", "1,200"): two events of one kind (two earthquakes, two trades) share names
 * and words but rarely their years, magnitudes and tolls, so figures count with the names. */
const FIGURE = /\b\d[\d,.]*\d\b/g;

export function figures(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => `${FIGURE_PREFIX}${m[0].replace(/,/g, "")}`);
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
/** TIMEX3 values that name a day or a month: 2013-09-09, XXXX-12-14, 2013-09, XXXX-12 (times of day may follow). */
const DATE_VALUE = /^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?(?:T|$)/;
/** TIMEX3 values of a weekday the text gives without a date ("on Thursday" with no anchor): XXXX-WXX-4. */
const WEEKDAY_VALUE = /^XXXX-WXX-([1-7])(?:T|$)/;

/** What timeAnchors reads of a time expression (the times layer's Timex has more). */
export interface TimeValue {
  readonly type: TimexType;
  readonly value: string;
}

/**
 * The time anchors of an article, from the dates its text states (the times layer): the weekday of each day it
 * names ("on Monday", "9 September 2013", resolved or not) and the month of each day or month ("Dec. 14", "in
 * December"). Reports of one event date it alike; two events of one kind, a year or a season apart, seldom share
 * weekday and month. Recurring times ("each Thursday") and durations anchor nothing. The year is left out: an
 * article without a date of its own resolves no year, and years written as digits are figures already.
 */
export function timeAnchors(times: readonly TimeValue[]): string[] {
  const out: string[] = [];
  for (const { type, value: v } of times) {
    if (type === "SET" || type === "DURATION") continue;
    const weekday = WEEKDAY_VALUE.exec(v);
    if (weekday) {
      out.push(`${TIME_PREFIX}${WEEKDAYS[Number(weekday[1]) % 7]}`);
      continue;
    }
    const date = DATE_VALUE.exec(v);
    if (!date) continue;
    const [, year, month, day] = date;
    if (Number(month) < 1 || Number(month) > 12) continue;
    out.push(`${TIME_PREFIX}m${month}`);
    if (year === "XXXX" || day === undefined) continue;
    const t = Date.parse(`${year}-${month}-${day}T00:00:00Z`);
    if (!Number.isNaN(t)) out.push(`${TIME_PREFIX}${WEEKDAYS[new Date(t).getUTCDay()]}`);
  }
  return out;
}

export function rawFeatures(
  text: string,
  title: string,
  names: readonly string[],
  date?: string,
  anchors: readonly string[] = [],
): RawFeatures {
  // The headline is repeated so its words weigh like a lead paragraph's.
  return {
    terms: counts(contentTerms(`${title}\n${title}\n${text}`)),
    names: counts([...names, ...figures(text), ...anchors]),
    date,
    title,
  };
}

/** The document-frequency keys an article adds: each distinct term and name once. */
export function dfKeys(f: RawFeatures): string[] {
  return [...[...f.terms.keys()].map((t) => TERM_PREFIX + t), ...[...f.names.keys()].map((n) => NAME_PREFIX + n)];
}

function idf(stats: DfStats, key: string): number {
  // Smoothed IDF counting the article itself, so a brand-new corpus still gives finite weights.
  const df = (stats.df.get(key) ?? 0) + 1;
  return Math.log((stats.total + 2) / df);
}

function weigh(m: ReadonlyMap<string, number>, prefix: string, stats: DfStats, k: number): SparseVector {
  const v: SparseVector = {};
  for (const [key, tf] of m) {
    const w = (1 + Math.log(tf)) * idf(stats, prefix + key);
    if (w > 0) v[key] = w;
  }
  return normalize(topK(v, k));
}

/** Splits a name vector's entries into time anchors and the rest (names and figures). */
export function splitTimeAnchors<T>(m: Iterable<readonly [string, T]>): [Map<string, T>, Map<string, T>] {
  const anchors = new Map<string, T>();
  const rest = new Map<string, T>();
  for (const [k, x] of m) (k.startsWith(TIME_PREFIX) ? anchors : rest).set(k, x);
  return [anchors, rest];
}

/** Keeps the `k` largest names and figures and every time anchor: there are at most 19 (weekdays and months), and
 * their low IDF would otherwise lose them to the names in a long article or a large story. */
export function capNames(v: Readonly<SparseVector>, k: number): SparseVector {
  const [anchors, rest] = splitTimeAnchors(Object.entries(v));
  return { ...topK(Object.fromEntries(rest), k), ...Object.fromEntries(anchors) };
}

export function vectorize(f: RawFeatures, stats: DfStats): ArticleVectors {
  // Time anchors are weighed apart, so they leave the names and figures part exactly as it was without them.
  const [anchors, names] = splitTimeAnchors(f.names);
  return {
    terms: weigh(f.terms, TERM_PREFIX, stats, ARTICLE_TERMS),
    names: { ...weigh(names, NAME_PREFIX, stats, ARTICLE_NAMES), ...weigh(anchors, NAME_PREFIX, stats, anchors.size) },
    date: f.date,
    title: f.title,
  };
}
