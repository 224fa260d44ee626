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
 * where a comma falls relative to the closing mark is house style, not a different quotation. The speaker label of a
 * quoted transcript turn ("RAMOS: Did you…) is trimmed too: some annotators put it in the Content, others in the Source.
 */
export function normalizeQuoteSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const strip = (c: string | undefined): boolean =>
    c !== undefined && (EDGE.test(c) || OPENING.includes(c) || CLOSING.includes(c));
  while (start < end && strip(text[start])) start++;
  // A transcript turn's label names the speaker: annotators put it inside the Content or leave it out.
  const label = openingMarkBeforeLabel(text, start) === undefined ? SPEAKER_LABEL.exec(text.slice(start, end)) : null;
  if (label && openingMarkBeforeLabel(text, start + label[0].length) !== undefined) start += label[0].length;
  while (end > start && strip(text[end - 1])) end--;
  return { start, end };
}

/** Marks that open a quotation continued from one paragraph into the next (newswire reopens each paragraph). */
const REOPENING = '“"«„';
/** Punctuation a Content part may leave between its last word and a closing mark it did not include. */
const TRAILING = /[\s.,;:!?]/u;

/**
 * A Content part is a direct quotation when it is inside quotation marks (the data README's definition):
 * - it opens with a mark, or the annotator stopped just after one (“|We will win,” — white space between only), or
 *   after the speaker label of a quoted transcript turn ("WALLACE: |Let's start…);
 * - it closes with a mark (before edge punctuation), or stops just before one (We will win|,”), or the mark closes
 *   the credit line under it (“We will win.¶Jane Doe, mayor.”);
 * - or it is a paragraph of a quotation that runs on into the next: it opens with a mark (its own or one left just
 *   outside it) left unclosed to the end of its paragraph, and the next paragraph reopens with a mark (the closing
 *   mark then comes only at the end);
 * - and it is one quotation: not several joined by the reporter's words (“A,” and “B” and “C), which are quotations
 *   inside a larger Content, like any other.
 */
export function isEnclosed(text: string, span: Span): boolean {
  const s = text
    .slice(span.start, span.end)
    .trim()
    .replace(/[.,;:!?]+$/, "");
  if (s.length === 0) return false;
  const opens = isOneOf(ANY_MARK, s[0]) || opensJustBefore(text, span.start);
  if (!opens || joinsSeveralQuotations(s)) return false;
  const closes = (s.length >= 2 && isOneOf(ANY_MARK, s.at(-1))) || isOneOf(CLOSING, text[skipForward(text, span.end)]);
  return closes || closesAfterCreditLine(text, span) || continuesInNextParagraph(text, span, s);
}

/**
 * A double mark closing a quotation, then the reporter's words, then a double mark opening another: straight marks
 * read by their neighbours (glued to the word before and followed by a space or punctuation close, the reverse opens).
 */
const CLOSE_WORDS_OPEN =
  /(?:[”»]|(?<=\S)(?:"|'')(?=[\s.,;:!?—–-]))[^“„«"]*?\p{L}[^“„«"]*?(?:[“„«]|(?<=\s)(?:"|'')(?=\S))/u;

/** An opening single mark: curly, or straight at the start of a word. */
const OPENING_SINGLE = /‘|(?<![\p{L}\p{N}'])'(?=\p{L})/u;

/**
 * “how the system is rigged,” and “wounded American families” and “our own struggling citizens: a part whose edges
 * are marks but whose middle closes one quotation and opens another around the reporter's words is several quotations
 * inside a larger Content, not one quotation (like said she has one quality: “Steadiness.”). Parts cut per sentence
 * (“A.” “B.”) have no words between the marks and stay one quotation; after an opening single mark the double marks
 * may be a quotation-within-a-quotation's marks set wrong (‘So poor.” And that’s all he has “the root of all evil’),
 * so the part is left whole.
 */
function joinsSeveralQuotations(part: string): boolean {
  const inner = part.slice(isOneOf(ANY_MARK, part[0]) ? 1 : 0, isOneOf(ANY_MARK, part.at(-1)) ? -1 : undefined);
  const joint = CLOSE_WORDS_OPEN.exec(inner);
  return joint !== null && !OPENING_SINGLE.test(inner.slice(0, joint.index));
}

/** Most words of a credit line under a pull quote ("Josh Bivens, Economic Policy Institute."). */
const MAX_CREDIT_WORDS = 8;
/** A line of a few words naming who spoke, closed by the quotation's mark: "Dean Baker, Center for Economic Research.”" */
const CREDIT_LINE = /^[ \t]*\p{Lu}[^\n"“”]*["”][ \t]*(?:\n|$)/u;

/** “The quotation.¶Dean Baker, Center for Economic Research.”: the closing mark comes after the credit line. */
function closesAfterCreditLine(text: string, span: Span): boolean {
  const end = skipForward(text, span.end);
  if (text[end] !== "\n") return false;
  const line = CREDIT_LINE.exec(text.slice(end + 1));
  return line !== null && line[0].split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= MAX_CREDIT_WORDS;
}

/**
 * An opening mark the annotator left just outside the part: right before it, or a curly one across spaces.
 * A straight mark with a space after it closes an earlier quotation instead, so it must touch the part.
 */
function opensJustBefore(text: string, at: number): boolean {
  if (isOneOf(OPENING, text[at - 1])) return true;
  let i = at - 1;
  while (i >= 0 && /[ \t\u00A0]/.test(text[i] ?? "")) i--;
  return isOneOf("“„«", text[i]) || openingMarkBeforeLabel(text, at) !== undefined;
}

/**
 * A quoted transcript turn ("WALLACE: Let's start…): PolNeAR annotates the label as the Source and what follows as
 * the Content, so the Content is inside the mark that opens the paragraph, with the speaker's label between them.
 */
const LABEL = String.raw`(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}):[ \t\u00A0]+`;
/** A speaker label in capitals ("WALLACE:") or a full name ("Chris Matthews:"); one capitalised word is not one. */
const SPEAKER_LABEL = new RegExp(`^${LABEL}`, "u");
const MARK_AND_LABEL = new RegExp(`(?:^|\\n)[ \\t]*(["“«„])${LABEL}$`, "u");

/** The mark opening the paragraph before a transcript label that ends at `at`, if there is one. */
function openingMarkBeforeLabel(text: string, at: number): string | undefined {
  return MARK_AND_LABEL.exec(text.slice(Math.max(0, at - 60), at))?.[1];
}

/** The offset of the first character at or after `at` that is not white space within the line or edge punctuation. */
function skipForward(text: string, at: number): number {
  let i = at;
  while (i < text.length && text[i] !== "\n" && TRAILING.test(text[i] ?? "")) i++;
  return i;
}

/** “First paragraph.¶“Second paragraph,” she said: the first part opens a quotation that its paragraph leaves open. */
function continuesInNextParagraph(text: string, span: Span, part: string): boolean {
  // The opening mark is the part's first character, or (as for the opening test) one the annotator left outside it.
  const outside = isOneOf(REOPENING, part[0])
    ? ""
    : (openingMarkBeforeLabel(text, span.start) ?? text[span.start - 1] ?? "");
  const marked = outside + part;
  const open = marked[0] ?? "";
  if (!isOneOf(REOPENING, open)) return false;
  // Left open: curly marks balance in count; a straight mark is closed by the next straight one.
  const unclosed =
    open === '"'
      ? (marked.match(/"/g) ?? []).length % 2 === 1
      : (marked.match(/[“„«]/g) ?? []).length > (marked.match(/[”»]/g) ?? []).length;
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
