/**
 * The stretch of text a rule looks at around a quotation: the paragraphs of the body, and the clause to the left of
 * the opening mark and to the right of the closing mark, stopping at a sentence end or another quotation.
 */
import type { Document } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { TITLE_ABBREVIATIONS } from "../tokens/tokenize.js";

/** Block kinds whose text is running prose, where quotations live. */
const PROSE_BLOCKS = new Set([
  "paragraph",
  "blockquote",
  "pull-quote",
  "list-item",
  "question",
  "answer",
  "standfirst",
]);

/** Paragraphs of the body: the reader's blocks when it made them, else runs of text between line breaks. */
export function paragraphsOf(doc: Document): Span[] {
  const { body, text } = doc;
  const skip = doc.layers.boilerplate ?? [];
  const outsideBoilerplate = (s: Span): boolean => !skip.some((b) => b.start <= s.start && s.end <= b.end);
  const blocks = (doc.layers.blocks ?? []).filter(
    (b) => PROSE_BLOCKS.has(b.kind) && b.start >= body.start && b.end <= body.end,
  );
  if (blocks.length > 0) return blocks.map((b) => ({ start: b.start, end: b.end })).filter(outsideBoilerplate);
  return splitLines(text, body).filter(outsideBoilerplate);
}

/** Runs of text between line breaks; plain-text news puts one paragraph on a line. */
export function splitLines(text: string, within: Span): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  const slice = text.slice(within.start, within.end);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const start = within.start + m.index;
    const end = start + m[0].length;
    if (m[0].trim() !== "") out.push(trim(text, { start, end }));
  }
  return out;
}

export function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

const ABBREVIATION_END = new RegExp(String.raw`(?:\b(?:${TITLE_ABBREVIATIONS})|\b\p{Lu}|(?:\p{L}\.)+\p{L})$`, "u");

/** Offsets in [from, to) just after a sentence end: . ! ? (plus closing marks) followed by space and a capital or mark. */
export function sentenceEnds(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const re = /[.!?…]+["”’)\]]*\s+(?=[\p{Lu}\p{N}“"‘'(«])/gu;
  // Look one character past `to`, so an end just before `to` can see the capital or mark that follows it.
  const slice = text.slice(from, Math.min(text.length, to + 1));
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const before = text.slice(Math.max(0, from + m.index - 12), from + m.index);
    if (m[0].startsWith(".") && ABBREVIATION_END.test(before)) continue;
    const end = from + m.index + m[0].length;
    if (end <= to) out.push(end);
  }
  return out;
}

/** The clause to the left of `at`: from the last sentence end (or `floor`) in the paragraph. */
export function leftClause(text: string, paragraph: Span, at: number, floor = paragraph.start): Span {
  const lo = Math.max(paragraph.start, floor);
  const ends = sentenceEnds(text, lo, at);
  return { start: ends.at(-1) ?? lo, end: at };
}

/** The clause to the right of `at`: to the next sentence end or `ceiling` (the next quotation), whichever is first. */
export function rightClause(text: string, paragraph: Span, at: number, ceiling = paragraph.end): Span {
  const hi = Math.min(paragraph.end, ceiling);
  // A sentence end right at `at` belongs to the quotation (“…?” he asked), so look one character further.
  const ends = sentenceEnds(text, Math.min(at + 1, hi), hi);
  return { start: at, end: ends[0] ?? hi };
}

/** Words of a span with their offsets. */
export interface Word extends Span {
  readonly text: string;
}

/** Character classes of a word: it starts and ends with a letter or digit and may hold marks, apostrophes, . and -. */
const WORD_EDGE = 2;
const WORD_INNER = 1;
const NOT_WORD = 0;
const EDGE_CHAR = /^[\p{L}\p{N}]$/u;
const INNER_CHAR = /^[\p{M}'’.-]$/u;
/** Class of each non-ASCII code point seen so far (a Unicode regex test per character was most of `wordsOf`). */
const nonAsciiClass = new Map<number, number>();

function charClass(cp: number): number {
  if (cp < 128) {
    if ((cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122)) return WORD_EDGE;
    return cp === 39 || cp === 45 || cp === 46 ? WORD_INNER : NOT_WORD;
  }
  let c = nonAsciiClass.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = EDGE_CHAR.test(ch) ? WORD_EDGE : INNER_CHAR.test(ch) ? WORD_INNER : NOT_WORD;
    nonAsciiClass.set(cp, c);
  }
  return c;
}

/**
 * The words of a span: the matches of /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu in its text, found by
 * a scan over code points (this runs for every sentence and clause the quote rules look at). A match starts at a
 * letter or digit and, being greedy, ends at the last letter or digit before the next character outside the class.
 */
export function wordsOf(text: string, span: Span): readonly Word[] {
  const memoised = text.length >= MIN_MEMO_TEXT && text.length < MAX_MEMO_TEXT;
  if (memoised) {
    if (text !== wordMemo.text) {
      wordMemo.text = text;
      wordMemo.spans.clear();
    }
    const known = wordMemo.spans.get(memoKey(span));
    if (known !== undefined) return known;
  }
  const out: Word[] = [];
  const slice = text.slice(span.start, span.end);
  scanWords(slice, (i, end) => out.push({ start: span.start + i, end: span.start + end, text: slice.slice(i, end) }));
  if (memoised) {
    if (wordMemo.spans.size >= MAX_MEMO_SPANS) wordMemo.spans.clear();
    wordMemo.spans.set(memoKey(span), out);
  }
  return out;
}

/**
 * The words of the spans asked for last in one text: the quote rules read the same sentence's words again and again
 * (each reported-speech rule, the stance rules, the clause tests), about half of all calls. Only a text this long
 * (a document's, not a phrase a rule builds) is memoised, and a bounded number of its spans.
 */
const MIN_MEMO_TEXT = 200;
const MAX_MEMO_SPANS = 256;
/** `memoKey` is one number per span of a text shorter than this. */
const MAX_MEMO_TEXT = 2 ** 26;
const wordMemo = { text: "", spans: new Map<number, readonly Word[]>() };
const memoKey = (span: Span): number => span.start * MAX_MEMO_TEXT + span.end;

/**
 * `wordsOf(text, span).length` without building the words: several quote rules only count them, for many
 * candidate spans of every sentence, and the word objects and their texts were a steady source of garbage.
 */
export function wordCountOf(text: string, span: Span): number {
  let count = 0;
  scanWords(text.slice(span.start, span.end), () => count++);
  return count;
}

/** Calls `onWord(start, end)` for each word of `slice`, in order (offsets into `slice`). */
function scanWords(slice: string, onWord: (start: number, end: number) => void): void {
  let i = 0;
  while (i < slice.length) {
    const cp = slice.codePointAt(i) ?? 0;
    if (charClass(cp) !== WORD_EDGE) {
      i += codePointWidth(cp);
      continue;
    }
    const end = wordEnd(slice, i, cp);
    onWord(i, end);
    i = end;
  }
}

const codePointWidth = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** End of the word that starts at slice[i] (code point `cp`, a letter or digit): greedy, ending on a letter or digit. */
function wordEnd(slice: string, i: number, cp: number): number {
  let end = i + codePointWidth(cp);
  for (let j = end; j < slice.length; ) {
    const next = slice.codePointAt(j) ?? 0;
    const c = charClass(next);
    if (c === NOT_WORD) break;
    j += codePointWidth(next);
    if (c === WORD_EDGE) end = j;
  }
  return end;
}
