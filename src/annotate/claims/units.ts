/**
 * The stretches of text that are scored as candidate claims: a quotation's content (its own claim, owned by the
 * quote's speaker), a body sentence (minus nothing: the reporting frame stays for context), and, for a long sentence,
 * its clauses, split at ";" and ", and", so one sentence holding two assertions yields two claims.
 */

import type { Quote, Sentence, Token } from "../../core/document.js";
import { isLetterOrDigit } from "../../core/letters.js";
import { execAll } from "../../core/regexp.js";
import { type Span, trimSpan } from "../../core/span.js";
import { tokenRangeInside } from "../tokens/tokenize.js";

export interface ClaimUnit extends Span {
  /** The quote whose content this is, when it is one. */
  readonly quote?: Quote;
  readonly rule: string;
  /**
   * Where the claim's span opens when it is not where the scored text opens: an indirect quotation's first clause
   * is scored as what was reported ("the mass could be cut by a third") but shown with the frame that reports it
   * ("The study found …"), since a reader checks the whole assertion, source included.
   */
  readonly shownStart?: number;
}

/** A sentence longer than this (in words) is split into clauses: most news sentences are 20–30 words. */
export const LONG_SENTENCE_WORDS = 30;
/** A unit shorter than this carries no checkable assertion ("He agreed."). */
export const MIN_UNIT_WORDS = 4;
/** When quoted content covers this share of a sentence, the sentence adds nothing beyond the quote. */
const QUOTE_COVERS_SENTENCE = 0.6;
/** Quote kinds whose content is the speaker's assertion; scare quotes and names are not. */
const ASSERTING_KINDS: ReadonlySet<Quote["kind"]> = new Set(["direct", "partial", "indirect"]);

const CLAUSE_BREAK = /;\s+|,\s+(?:and|but)\s+(?=\S)/g;
const MARKS = /^[\s"“”‘’'«»„]+|[\s"“”‘’'«»„]+$/g;

/**
 * Runs of letters and digits in the span: what /[\p{L}\p{N}]+/gu would match, counted without slicing the text or
 * building the match array (units are counted several times each while splitting clauses). A surrogate pair cut
 * by the span's edge is a lone surrogate, which is no letter, as in the slice.
 */
export function wordCount(text: string, s: Span): number {
  let count = 0;
  let inWord = false;
  for (let i = s.start; i < s.end; ) {
    let cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (i + width > s.end) cp = text.charCodeAt(i);
    const word = isLetterOrDigit(cp);
    if (word && !inWord) count++;
    inWord = word;
    i += width;
  }
  return count;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/**
 * `wordCount` for many spans of one text in constant time each: one walk over the text marks which code units
 * lie in a letter or digit and counts the words begun before each offset. Splitting a sentence into clauses counts
 * the words of the sentence, of each part and of each unit, several walks over the same characters.
 */
export class WordCounter {
  readonly #text: string;
  /** 1 where the code point the unit belongs to is a letter or digit (both halves of a surrogate pair). */
  readonly #inWord: Uint8Array;
  /** At each offset that starts a code point: words begun (a letter or digit after none) before it. */
  readonly #begunBefore: Int32Array;

  constructor(text: string) {
    this.#text = text;
    const marks = new Uint8Array(text.length);
    const begunBefore = new Int32Array(text.length + 1);
    let begun = 0;
    let inWord = false;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i) ?? 0;
      const word = isLetterOrDigit(cp);
      begunBefore[i] = begun;
      if (word && !inWord) begun++;
      if (word) marks[i] = 1;
      if (cp > 0xffff) {
        if (word) marks[i + 1] = 1;
        i += 2;
      } else i++;
      inWord = word;
    }
    begunBefore[text.length] = begun;
    this.#inWord = marks;
    this.#begunBefore = begunBefore;
  }

  /** `wordCount(text, s)`. A span that starts or ends inside a surrogate pair is walked as `wordCount` walks it. */
  count(s: Span): number {
    const { start, end } = s;
    if (end <= start) return 0;
    const text = this.#text;
    if (isSurrogate(text.charCodeAt(start)) || isSurrogate(text.charCodeAt(end - 1))) return wordCount(text, s);
    // A word that begins before the span and runs into it counts from the span's first character.
    const runsIn = start > 0 && this.#inWord[start] === 1 && this.#inWord[start - 1] === 1 ? 1 : 0;
    return (this.#begunBefore[end] ?? 0) - (this.#begunBefore[start] ?? 0) + runsIn;
  }
}

/** Shrinks a span past surrounding quotation marks and space. */
function stripMarks(text: string, s: Span): Span {
  const slice = text.slice(s.start, s.end);
  const lead = /^[\s"“”‘’'«»„]*/.exec(slice)?.[0].length ?? 0;
  const trimmed = slice.replace(MARKS, "");
  return trimmed === ""
    ? { start: s.start, end: s.start }
    : { start: s.start + lead, end: s.start + lead + trimmed.length };
}

/**
 * A comma that joins two independent clauses ("all formations are destroyed, the territory is freed"): the part
 * after it opens with a finite verb within its first words. Lists of nouns and introductory phrases do not.
 */
const FINITE_VERB =
  /^(?:\S+\s+){0,5}?(?:is|are|was|were|has|have|had|will|would|can|could|did|does|remains?|\p{L}+ed)\b/iu;
const HAS_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|did|does|do|remains?|says?|said|\p{L}+ed|\p{L}+s)\b/iu;
/**
 * A past participle and a preposition opening the part after a comma ("…, compared with 4% a year earlier", "…,
 * based on a survey of 900 voters", "…, hired by a rival, …"): a phrase with no subject of its own that qualifies the
 * clause before it. A verb with an object ("…, suspended more accounts, and …") is a second predicate and stays one.
 */
const PARTICIPLE_START =
  /^\p{Ll}+ed\s+(?:with|to|by|on|upon|in|at|from|for|as|into|under|after|over|against|through|among)\b/u;
/**
 * A verb opening the part after a comma with no subject before it ("Such damage, called fibrosis, is permanent";
 * "The plan, which passed in May, is the largest"): the predicate of the subject the commas interrupted, so the
 * part belongs with what came before. A reporting verb there is the inverted attribution of the clause before it
 * ("Cuts will come this week, said the firm's chair in an email"), which the claimant stage reads from the whole.
 */
const PREDICATE_START =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|remains?|said|says|told|added|adds|noted|wrote|argued|insisted|warned|explained)\s/i;
/**
 * Openings of a part after a comma that leans on the clause before it: a subordinate clause ("…, while Germany
 * barely avoided recession"), a participle clause ("…, killing up to 60 percent of the population") or a
 * prepositional phrase ("…, over his role in the leak"). Scored alone, such a part reads as a claim with its
 * subject cut off.
 */
const DEPENDENT_START =
  /^(?:while|whereas|although|though|because|since|as|if|unless|when|whenever|until|once|\p{Ll}+ing|over|for|in|on|at|from|with|without|during|under|against|about|into|by|amid|despite)\s/u;
/** Relative pronouns opening a clause that belongs to the noun before it. */
const RELATIVE_START = /^(?:who|whom|whose|which)\b/i;
/** Conjunctions that open a subordinate clause, which leans on the main clause after it. */
const SUBORDINATOR =
  /^(?:(?:but|and|yet|so)\s+)?(?:although|though|even though|because|since|if|unless|when|whenever|while|whereas|after|before|as|once|until)\b/i;
/** A prepositional phrase opening the sentence ("With 11 months left in his term, …"), a frame for what follows. */
const PREPOSITIONAL_OPENING =
  /^(?:with|without|in|at|on|for|during|despite|amid|under|over|from|by|given|unlike|like|according to)\s(?![^,]*\b(?:is|are|was|were|has|have|had|will|would)\b)[^,]*$/i;
/** Clause breaks tried in every sentence (comma splices) and in long ones only (";", ", and", ", but"). */
const COMMA = /,\s+(?!and\b|but\b|or\b)/g;

function splitAt(text: string, s: Span, re: RegExp): Span[] {
  const parts: Span[] = [];
  let from = s.start;
  for (const m of execAll(re, text.slice(s.start, s.end))) {
    const at = s.start + m.index;
    parts.push({ start: from, end: at });
    from = at + m[0].length;
  }
  parts.push({ start: from, end: s.end });
  return parts.map((p) => trimSpan(text, p));
}

/** Glues a part that is not a clause of its own (too short, or no finite verb after a comma) to the one before. */
function mergeFragments(text: string, parts: readonly Span[], needsVerb: boolean, words: WordCounter): Span[] {
  const out: Span[] = [];
  for (const p of parts) {
    const prev = out.at(-1);
    const surface = text.slice(p.start, p.end);
    // A part with no verb at all ("…, and Arizona Sen. John McCain.") is the tail of a list, never a clause.
    // A relative clause ("…, whose son was killed in 2004") describes the noun before it.
    const isClause =
      words.count(p) >= MIN_UNIT_WORDS &&
      (needsVerb ? FINITE_VERB : HAS_VERB).test(surface) &&
      !RELATIVE_START.test(surface) &&
      !(
        needsVerb &&
        (PARTICIPLE_START.test(surface) || PREDICATE_START.test(surface) || DEPENDENT_START.test(surface))
      );
    if (prev !== undefined && (!isClause || words.count(prev) < MIN_UNIT_WORDS))
      out[out.length - 1] = { start: prev.start, end: p.end };
    else out.push(p);
  }
  // A leading phrase with no verb at all ("At the airbase"), or a subordinate clause ("Although he did not name
  // him, …", "But as the Times reported Thursday, …"), introduces the next clause rather than standing alone.
  const first = out[0];
  const second = out[1];
  const opening = first ? text.slice(first.start, first.end) : "";
  if (
    needsVerb &&
    first &&
    second &&
    (!HAS_VERB.test(opening) || SUBORDINATOR.test(opening) || PREPOSITIONAL_OPENING.test(opening))
  ) {
    out.splice(0, 2, { start: first.start, end: second.end });
  }
  return out;
}

/**
 * Splits a span into clauses: at comma splices in any sentence, and in a long sentence also at ";", ", and" and
 * ", but". Returns the span whole when it does not split into two real clauses.
 */
export function clauses(text: string, s: Span, words: WordCounter = new WordCounter(text)): Span[] {
  // Every break holds a comma or a semicolon: a span without either stays whole, whatever its length.
  if (!hasBreakMark(text, s)) return [s];
  const long = words.count(s) > LONG_SENTENCE_WORDS;
  const coarse = long ? mergeFragments(text, splitAt(text, s, CLAUSE_BREAK), false, words) : [s];
  const fine = coarse.flatMap((c) => mergeFragments(text, splitAt(text, c, COMMA), true, words));
  const real = fine.filter((p) => words.count(p) >= MIN_UNIT_WORDS);
  return real.length >= 2 ? real : [s];
}

const COMMA_CODE = 0x2c;
const SEMICOLON_CODE = 0x3b;

function hasBreakMark(text: string, s: Span): boolean {
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA_CODE || c === SEMICOLON_CODE) return true;
  }
  return false;
}

/**
 * The start of the frame that reports an indirect quotation in the same sentence, source first ("The study found
 * that …", "Austria argued for decades that …"): undefined for a direct or partial quotation, whose marks set its
 * content apart, and for a frame after the content or outside the sentence.
 */
function reportingFrameStart(q: Quote, sentence: Span, inside: Span): number | undefined {
  if (q.kind !== "indirect") return undefined;
  const starts = [q.source?.start, q.cue?.start].filter((s): s is number => s !== undefined);
  const frame = Math.min(...starts);
  return starts.length > 0 && frame >= sentence.start && frame < inside.start ? frame : undefined;
}

const overlapLength = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** What may stand between an attribution and the quotation it introduces or closes: space, marks, a comma, a colon. */
const FRAME_GAP = /^[\s,:;"“”‘’'«»—–-]*$/u;

/**
 * A comma opening an apposition after a name, perhaps after a bracketed note ("Jo Roe (left), a historian, …"), or a
 * relative clause describing the source ("Jo Roe, a historian, who has studied the rite, told …").
 */
const APPOSITION_OPENING = /^\s*(?:\([^)]*\)\s*)?(?:,|(?:who|whose|which)\s)/;
/** An auxiliary: a part between commas that has one is a predicate, unless a relative pronoun opens it. */
const AUXILIARY = /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b/i;

/**
 * What stands between a source and its cue is only an apposition or a relative clause: "Jo Roe, who was praised
 * for it, has lifted the order, saying" has a predicate ("has lifted …") between its commas.
 */
function isAppositionBetween(between: string): boolean {
  if (!APPOSITION_OPENING.test(between)) return false;
  return between
    .split(",")
    .map((part) => part.trim())
    .every((part) => part === "" || /^(?:who|whose|which)\s/i.test(part) || !AUXILIARY.test(part));
}

/** Prepositional adjuncts closed by commas ("In an emailed statement on Tuesday, "), or nothing. */
const FRAME_OPENING =
  /^(?:(?:in|on|at|during|after|before|with|from|via|through|later|earlier|meanwhile|speaking|writing|asked)\b[^,;]*,\s*)*$/i;

/**
 * A clause that is only the attribution of a direct quotation beside it ("In an emailed statement, Jo Roe, the
 * party's spokesman, said" before “…”, or "Jo Roe said in a statement" after it): it holds the quotation's cue, and
 * nothing but marks and punctuation stands between it and the quotation. It asserts only that someone spoke; what
 * was said is the quotation's own unit.
 */
function isQuotationFrame(text: string, c: Span, quotes: readonly Quote[]): boolean {
  return quotes.some((q) => {
    if (q.kind !== "direct" || q.cue === undefined || q.cue.start < c.start || q.cue.end > c.end) return false;
    // Before the source and the cue, adjuncts only ("In a statement on Tuesday, "): "Sales fell, and Jo Roe
    // said" holds a claim of the author's besides the attribution.
    const opening = Math.min(q.cue.start, q.source?.start ?? q.cue.start);
    if (opening < c.start || !FRAME_OPENING.test(text.slice(c.start, opening))) return false;
    // Between the source and its cue, an apposition or a relative clause ("Jo Roe, a historian at Yale, told …") or an
    // adverb or two at most: "Lee backed the plan, writing" has a predicate of its own.
    if (q.source && q.source.end <= q.cue.start) {
      const between = { start: q.source.end, end: q.cue.start };
      if (!isAppositionBetween(text.slice(between.start, between.end)) && wordCount(text, between) > 2) return false;
    }
    return (
      (c.end <= q.start && FRAME_GAP.test(text.slice(c.end, q.start))) ||
      (c.start >= q.end && FRAME_GAP.test(text.slice(q.end, c.start)))
    );
  });
}

/** The candidate units of one sentence, given the quotes that overlap it. */
export function sentenceUnits(
  text: string,
  sentence: Sentence,
  quotes: readonly Quote[],
  words: WordCounter = new WordCounter(text),
): ClaimUnit[] {
  const units: ClaimUnit[] = [];
  let quoted = 0;
  for (const q of quotes) {
    if (!ASSERTING_KINDS.has(q.kind)) continue;
    const inside = stripMarks(text, { start: Math.max(q.start, sentence.start), end: Math.min(q.end, sentence.end) });
    if (inside.end <= inside.start) continue;
    quoted += overlapLength(inside, sentence);
    const frame = reportingFrameStart(q, sentence, inside);
    for (const c of clauses(text, inside, words)) {
      const shown = frame !== undefined && c.start === inside.start ? { shownStart: frame } : {};
      units.push({ ...c, quote: q, rule: c === inside ? "claims:quote" : "claims:quote-clause", ...shown });
    }
  }
  const length = Math.max(1, sentence.end - sentence.start);
  if (quoted / length < QUOTE_COVERS_SENTENCE) {
    const whole = trimSpan(text, sentence);
    for (const c of clauses(text, whole, words)) {
      if (isQuotationFrame(text, c, quotes)) continue;
      units.push({ ...c, rule: c === whole ? "claims:sentence" : "claims:clause" });
    }
  }
  return units.map((u) => withoutEnumerator(text, u)).filter((u) => words.count(u) >= MIN_UNIT_WORDS);
}

/** A list marker opening a unit ("2) ", "(b) ", "3. ") is layout, and its digit would read as a number cue. */
const ENUMERATOR = /^(?:\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.)\s+/;

function withoutEnumerator<U extends ClaimUnit>(text: string, u: U): U {
  const m = ENUMERATOR.exec(text.slice(u.start, u.end));
  return m ? { ...u, start: u.start + m[0].length } : u;
}

/** What \b counts as a word character in the tokenizer's pattern (Unicode mode without case folding). */
const isAsciiWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * The tokens of `all` (the tokenisation of the whole text) that lie in text[start, end), when they are exactly
 * `tokenize(text.slice(start, end))` moved by `start`; otherwise undefined. They are when no token crosses either
 * edge and no word character stands right outside it: the tokenizer's pattern looks past a token only through \b
 * (before an abbreviation, after a clitic), which then reads the same outside the slice as at its ends.
 */
export function tokensOfSpan(text: string, all: readonly Token[], start: number, end: number): Token[] | undefined {
  const range = tokenRangeOfSpan(text, all, start, end);
  return range && all.slice(range.first, range.end);
}

/** `tokensOfSpan` as the indices [first, end) of those tokens in `all`. */
export function tokenRangeOfSpan(
  text: string,
  all: readonly Token[],
  start: number,
  end: number,
): { first: number; end: number } | undefined {
  if (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) return undefined;
  if (end < text.length && isAsciiWordChar(text.charCodeAt(end))) return undefined;
  return tokenRangeInside(all, start, end);
}
