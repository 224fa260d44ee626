/**
 * Character-offset NER over raw text: tokenises with the project tokenizer, tags the sentences as one document
 * (NerModel.tagDocument, two passes), and maps token spans back to text offsets.
 */
import type { Token } from "../../core/document.js";
import { tokenize, tokensWithin } from "../tokens/tokenize.js";
import type { NerLabel } from "./labels.js";
import { loadNerModel, type NerModel } from "./model.js";

export interface NerCharSpan {
  readonly start: number;
  readonly end: number;
  readonly label: NerLabel;
  readonly score: number;
}

/**
 * CoNLL-2003 text uses straight quotes; typographic ones would be unseen words to the tagger, so they are
 * folded for tagging only (offsets still point at the original characters).
 */
// A Map, not an object literal: a word such as "constructor" or "toString" would find Object.prototype's function.
const QUOTE_FOLD = new Map<string, string>([
  ["“", '"'],
  ["”", '"'],
  ["„", '"'],
  ["«", '"'],
  ["»", '"'],
  ["‘", "'"],
  ["’", "'"],
]);

function wordOf(text: string, t: Token): string {
  const w = text.slice(t.start, t.end);
  // Every folded quote is one character: longer words skip the look-up (and hashing the word for it).
  return (w.length === 1 ? QUOTE_FOLD.get(w) : undefined) ?? (w.includes("’") ? w.replaceAll("’", "'") : w);
}

/**
 * "John F. Kennedy": the tokenizer splits a single initial from its period (at a sentence end the period is the
 * sentence's), but CoNLL-2003, the tagger's training text, writes initials as one token ("F."). For tagging, a
 * capital letter and the period right after it are one word when a capitalised word follows on the same line.
 */
function joinInitials(text: string, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const dot = tokens[i + 1];
    const next = tokens[i + 2];
    if (
      dot !== undefined &&
      next !== undefined &&
      t.end - t.start === 1 &&
      /\p{Lu}/u.test(text[t.start] ?? "") &&
      dot.start === t.end &&
      text[dot.start] === "." &&
      dot.end === dot.start + 1 &&
      /^[ \t]+$/.test(text.slice(dot.end, next.start)) &&
      /\p{Lu}/u.test(text[next.start] ?? "")
    ) {
      out.push({ ...t, end: dot.end });
      i++;
    } else out.push(t);
  }
  return out;
}

/**
 * Ends a sentence after ".", "!" or "?" tokens (the tokenizer keeps "Mr." and "U.S." whole, so they do not) and at
 * line breaks, so an unpunctuated headline is not read as the start of the paragraph under it.
 */
function splitSentences(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  let prevEnd = 0;
  for (const t of tokens) {
    if (current.length > 0 && text.slice(prevEnd, t.start).includes("\n")) {
      out.push(current);
      current = [];
    }
    prevEnd = t.end;
    current.push(t);
    if (t.kind === "punct" && /^[.!?…]+$/.test(text.slice(t.start, t.end))) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Named entities in `text`, as character spans. `sentences` (character ranges) come from the sentence layer if known. */
export function recognize(
  text: string,
  sentences?: readonly { start: number; end: number }[],
  model: NerModel = loadNerModel(),
  allTokens?: readonly Token[],
): NerCharSpan[] {
  const tokensOf = (s: { start: number; end: number }): Token[] =>
    joinInitials(text, allTokens ? tokensWithin(text, allTokens, s.start, s.end) : tokenize(text, s.start, s.end));
  const groups =
    sentences === undefined
      ? splitSentences(text, joinInitials(text, allTokens ?? tokenize(text)))
      : sentences.map(tokensOf).filter((g) => g.length > 0);
  const words = groups.map((g) => g.map((t) => wordOf(text, t)));
  const tagged = model.tagDocument(words);
  const out: NerCharSpan[] = [];
  groups.forEach((tokens, s) => {
    for (const span of tagged[s] ?? []) {
      const first = tokens[span.startToken];
      const last = tokens[span.endToken - 1];
      if (first === undefined || last === undefined) continue;
      out.push({ start: first.start, end: last.end, label: span.label, score: span.score });
    }
  });
  return out;
}
