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

/** Marks that open a quotation continued from one paragraph into the next (newswire reopens each paragraph). */
const REOPENING = '“"«„';
/** Punctuation a Content part may leave between its last word and a closing mark it did not include. */
const TRAILING = /[\s.,;:!?]/u;

/**
 * A Content part is a direct quotation when it is inside quotation marks (the data README's definition):
 * - it opens with a mark, or the annotator stopped just after one (“|We will win,” — white space between only);
 * - it closes with a mark (before edge punctuation), or stops just before one (We will win|,”);
 * - or it is a paragraph of a quotation that runs on into the next: it opens with a mark left unclosed to the end
 *   of its paragraph, and the next paragraph reopens with a mark (the closing mark then comes only at the end).
 */
export function isEnclosed(text: string, span: Span): boolean {
  const s = text
    .slice(span.start, span.end)
    .trim()
    .replace(/[.,;:!?]+$/, "");
  if (s.length === 0) return false;
  const opens = isOneOf(ANY_MARK, s[0]) || opensJustBefore(text, span.start);
  if (!opens) return false;
  const closes = (s.length >= 2 && isOneOf(ANY_MARK, s.at(-1))) || isOneOf(CLOSING, text[skipForward(text, span.end)]);
  return closes || continuesInNextParagraph(text, span, s);
}

/**
 * An opening mark the annotator left just outside the part: right before it, or a curly one across spaces.
 * A straight mark with a space after it closes an earlier quotation instead, so it must touch the part.
 */
function opensJustBefore(text: string, at: number): boolean {
  if (isOneOf(OPENING, text[at - 1])) return true;
  let i = at - 1;
  while (i >= 0 && /[ \t\u00A0]/.test(text[i] ?? "")) i--;
  return isOneOf("“„«", text[i]);
}

/** The offset of the first character at or after `at` that is not white space within the line or edge punctuation. */
function skipForward(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== "\n" && TRAILING.test(text[i] ?? "")) i++;
  return i;
}

/** “First paragraph.¶“Second paragraph,” she said: the first part opens a quotation that its paragraph leaves open. */
function continuesInNextParagraph(text: string, span: Span, part: string): boolean {
  const open = part[0] ?? "";
  if (!isOneOf(REOPENING, open)) return false;
  // Left open: curly marks balance in count; a straight mark is closed by the next straight one.
  const unclosed =
    open === '"'
      ? (part.match(/"/g) ?? []).length % 2 === 1
      : (part.match(/[“„«]/g) ?? []).length > (part.match(/[”»]/g) ?? []).length;
  if (!unclosed) return false;
  const end = skipForward(text, span.end);
  if (end < text.length && text[end] !== "\n") return false;
  let next = end;
  while (next < text.length && /\s/.test(text[next] ?? "")) next++;
  return isOneOf(REOPENING, text[next]);
}

/** One character of `set`; past either end of the text there is no character (and "".includes("") is true). */
function isOneOf(set: string, ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && set.includes(ch);
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
