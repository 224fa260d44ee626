/**
 * The stretches of text that are scored as candidate claims: a quotation's content (its own claim, owned by the
 * quote's speaker), a body sentence (minus nothing: the reporting frame stays for context), and, for a long sentence,
 * its clauses, split at ";" and ", and", so one sentence holding two assertions yields two claims.
 */
import type { Quote, Sentence } from "../../core/document.js";
import { type Span, trimSpan } from "../../core/span.js";

export interface ClaimUnit extends Span {
  /** The quote whose content this is, when it is one. */
  readonly quote?: Quote;
  readonly rule: string;
}

/** A sentence longer than this (in words) is split into clauses: most news sentences are 20–30 words. */
export const LONG_SENTENCE_WORDS = 30;
/** A unit shorter than this carries no checkable assertion ("He agreed."). */
export const MIN_UNIT_WORDS = 4;
/** When quoted content covers this share of a sentence, the sentence adds nothing beyond the quote. */
const QUOTE_COVERS_SENTENCE = 0.6;
/** Quote kinds whose content is the speaker's assertion; scare quotes and names are not. */
const ASSERTING_KINDS: ReadonlySet<Quote["kind"]> = new Set(["direct", "partial", "indirect"]);

const CLAUSE_BREAK = /;\s+|,\s+and\s+(?=\S)/g;
const MARKS = /^[\s"“”‘’'«»„]+|[\s"“”‘’'«»„]+$/g;

export const wordCount = (text: string, s: Span): number =>
  text.slice(s.start, s.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Shrinks a span past surrounding quotation marks and space. */
function stripMarks(text: string, s: Span): Span {
  const slice = text.slice(s.start, s.end);
  const lead = /^[\s"“”‘’'«»„]*/.exec(slice)?.[0].length ?? 0;
  const trimmed = slice.replace(MARKS, "");
  return trimmed === ""
    ? { start: s.start, end: s.start }
    : { start: s.start + lead, end: s.start + lead + trimmed.length };
}

/** Splits a span at clause breaks; returns it whole when it is short or does not split into two real clauses. */
export function clauses(text: string, s: Span): Span[] {
  if (wordCount(text, s) <= LONG_SENTENCE_WORDS) return [s];
  const parts: Span[] = [];
  let from = s.start;
  const slice = text.slice(s.start, s.end);
  for (const m of slice.matchAll(CLAUSE_BREAK)) {
    const at = s.start + m.index;
    parts.push({ start: from, end: at });
    from = at + m[0].length;
  }
  parts.push({ start: from, end: s.end });
  const real = parts.map((p) => trimSpan(text, p)).filter((p) => wordCount(text, p) >= MIN_UNIT_WORDS);
  return real.length >= 2 ? real : [s];
}

const overlapLength = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The candidate units of one sentence, given the quotes that overlap it. */
export function sentenceUnits(text: string, sentence: Sentence, quotes: readonly Quote[]): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  let quoted = 0;
  for (const q of quotes) {
    if (!ASSERTING_KINDS.has(q.kind)) continue;
    const inside = stripMarks(text, { start: Math.max(q.start, sentence.start), end: Math.min(q.end, sentence.end) });
    if (inside.end <= inside.start) continue;
    quoted += overlapLength(inside, sentence);
    for (const c of clauses(text, inside))
      units.push({ ...c, quote: q, rule: c === inside ? "claims:quote" : "claims:quote-clause" });
  }
  const length = Math.max(1, sentence.end - sentence.start);
  if (quoted / length < QUOTE_COVERS_SENTENCE) {
    const whole = trimSpan(text, sentence);
    for (const c of clauses(text, whole)) units.push({ ...c, rule: c === whole ? "claims:sentence" : "claims:clause" });
  }
  return units.filter((u) => wordCount(text, u) >= MIN_UNIT_WORDS);
}
