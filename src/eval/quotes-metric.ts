/**
 * Metrics for quotes and attribution on PolNeAR (brat standoff): direct-quote span P/R/F1 (exact after trimming marks
 * and edge punctuation, and token overlap), speaker accuracy, and per-role (source/cue/content) token-level F1.
 * See ../shared/data/README.md, section quotes/.
 */
import type { Span } from "../core/span.js";

import { type Prf, prf } from "./prf.js";

export { type Prf, prf };

/** One brat attribution event: its Source, Cue and Content spans (a role may be discontinuous or absent). */
export interface BratAttribution {
  readonly source: readonly Span[];
  readonly cue: readonly Span[];
  readonly content: readonly Span[];
}

/** Parses T (text-bound) and E (event) lines; spans "10 20;30 40" become two spans. */
export function parseBrat(ann: string): BratAttribution[] {
  const bound = new Map<string, { type: string; spans: Span[] }>();
  const events: string[][] = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      const space = body.indexOf(" ");
      const type = body.slice(0, space);
      const spans = body
        .slice(space + 1)
        .split(";")
        .map((part) => part.trim().split(/\s+/).map(Number))
        .map(([start, end]) => ({ start: start ?? 0, end: end ?? 0 }));
      bound.set(id, { type, spans });
    } else if (id.startsWith("E")) {
      events.push(body.split(/\s+/));
    }
  }
  return events.map((args) => {
    const roles: Record<"source" | "cue" | "content", Span[]> = { source: [], cue: [], content: [] };
    for (const arg of args) {
      const [role, ref] = arg.split(":");
      const t = ref ? bound.get(ref) : undefined;
      if (!t || !role) continue;
      const key = role.replace(/\d+$/, "").toLowerCase();
      if (key === "source" || key === "cue" || key === "content") roles[key].push(...t.spans);
    }
    return roles;
  });
}

const OPENING = "“\"‘«„'";
const CLOSING = "”\"’»'";
/** Any mark may stand at either edge: copy with reversed marks (”…”) or doubled straight singles (''…'') is still quoted. */
const ANY_MARK = OPENING + CLOSING;
/** Punctuation that may sit outside a quotation's edges and is not part of what was said. */
const EDGE = /[\s.,;:!?—–-]/u;

/**
 * Trims white space, quotation marks and edge punctuation, so “We will win,” and We will win compare equal:
 * where a comma falls relative to the closing mark is house style, not a different quotation.
 */
export function normalizeQuoteSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const strip = (c: string | undefined): boolean =>
    c !== undefined && (EDGE.test(c) || OPENING.includes(c) || CLOSING.includes(c));
  while (start < end && strip(text[start])) start++;
  while (end > start && strip(text[end - 1])) end--;
  return { start, end };
}

/** A Content part is a direct quotation when it opens with a quotation mark and closes with one (before edge punctuation). */
export function isEnclosed(text: string, span: Span): boolean {
  const s = text
    .slice(span.start, span.end)
    .trim()
    .replace(/[.,;:!?]+$/, "");
  return s.length >= 2 && ANY_MARK.includes(s[0] ?? "") && ANY_MARK.includes(s.at(-1) ?? "");
}

export interface GoldQuote {
  readonly span: Span;
  readonly sources: readonly Span[];
}

/** Direct quotations of an article: every enclosed Content part, with its attribution's Source spans. */
export function goldDirectQuotes(text: string, attributions: readonly BratAttribution[]): GoldQuote[] {
  const out: GoldQuote[] = [];
  const seen = new Set<string>();
  for (const a of attributions) {
    for (const part of mergeAdjacent(text, a.content)) {
      if (!isEnclosed(text, part)) continue;
      const span = normalizeQuoteSpan(text, part);
      const key = `${span.start}:${span.end}`;
      if (seen.has(key) || span.end <= span.start) continue;
      seen.add(key);
      out.push({ span, sources: a.source });
    }
  }
  return out;
}

/**
 * Joins parts separated only by spaces within a paragraph: annotators often cut one quotation into a part per
 * sentence (“A. B.” as “A. | B.”), which is still one quotation.
 */
export function mergeAdjacent(text: string, parts: readonly Span[]): Span[] {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const p of sorted) {
    const last = out.at(-1);
    // Only within a paragraph: parts in different paragraphs are different quotations of one attribution.
    const gap = last ? text.slice(last.end, p.start) : "";
    if (last && p.start >= last.end && gap.trim() === "" && !gap.includes("\n")) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, p.end) };
    } else out.push({ ...p });
  }
  return out;
}

/** Exact span match after normalisation; each gold span matches at most one prediction. */
export function exactSpanCounts(text: string, predicted: readonly Span[], gold: readonly Span[]): Prf {
  const key = (s: Span) => {
    const n = normalizeQuoteSpan(text, s);
    return `${n.start}:${n.end}`;
  };
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  let tp = 0;
  for (const k of predKeys) if (goldKeys.has(k)) tp++;
  return prf(tp, predKeys.size - tp, goldKeys.size - tp);
}

/** Start offsets of the word tokens (letters and digits) covered by any of the spans. */
export function tokenSet(text: string, spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  const word = /[\p{L}\p{N}]+/gu;
  for (const s of spans) {
    word.lastIndex = s.start;
    for (let m = word.exec(text); m !== null && m.index < s.end; m = word.exec(text)) {
      out.add(m.index);
    }
  }
  return out;
}

/** Token-level overlap: precision over predicted tokens, recall over gold tokens. */
export function tokenCounts(text: string, predicted: readonly Span[], gold: readonly Span[]): Prf {
  const p = tokenSet(text, predicted);
  const g = tokenSet(text, gold);
  let tp = 0;
  for (const t of p) if (g.has(t)) tp++;
  return prf(tp, p.size - tp, g.size - tp);
}

/** Adds up counts over articles (micro-average). */
export function sumPrf(parts: readonly Prf[]): Prf {
  return prf(
    parts.reduce((n, p) => n + p.tp, 0),
    parts.reduce((n, p) => n + p.fp, 0),
    parts.reduce((n, p) => n + p.fn, 0),
  );
}

/** Titles and sentence-initial words that many different speakers share, so they never make two names coreferent. */
const NOT_IDENTIFYING = new Set(
  "the a an he she they it we i president mr mrs ms dr sen senator gov governor rep former secretary minister general state republican democratic democrat party campaign news house white".split(
    " ",
  ),
);

/** Capitalised words, lower-cased: the part of a name that identifies it ("President Donald Trump" → donald, trump). */
function nameWords(s: string): Set<string> {
  const words = (s.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  return new Set(words.filter((w) => !NOT_IDENTIFYING.has(w)));
}

/**
 * A predicted speaker is right when one of its spans (the source phrase or a mention of the entity) overlaps a
 * gold Source span, or when one of its names shares a capitalised word with the gold Source text (a coreferent name).
 */
export function speakerCorrect(
  text: string,
  predictedSpans: readonly Span[],
  predictedNames: readonly string[],
  goldSources: readonly Span[],
): boolean {
  if (predictedSpans.some((p) => goldSources.some((g) => p.start < g.end && g.start < p.end))) return true;
  const gold = new Set(goldSources.flatMap((g) => [...nameWords(text.slice(g.start, g.end))]));
  return predictedNames.some((n) => [...nameWords(n)].some((w) => gold.has(w)));
}
