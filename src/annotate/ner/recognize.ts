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
  return QUOTE_FOLD.get(w) ?? (w.includes("’") ? w.replaceAll("’", "'") : w);
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
    allTokens ? tokensWithin(text, allTokens, s.start, s.end) : tokenize(text, s.start, s.end);
  const groups =
    sentences === undefined
      ? splitSentences(text, allTokens ?? tokenize(text))
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
