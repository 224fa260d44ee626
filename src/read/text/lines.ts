/** Line-level view of scraped text: each non-empty line with its offsets and a few cheap measurements. */
import { isLetterOrDigit } from "../../core/letters.js";
import type { Span } from "../../core/span.js";

export interface Line extends Span {
  /** The line's text without surrounding white space. */
  readonly value: string;
  /** Index of the line among non-empty lines. */
  readonly index: number;
  /** Words (runs of letters or digits). */
  readonly words: number;
  /** True when a blank line (or the start of the text) stands before it. */
  readonly afterBlank: boolean;
}

/**
 * How many runs of letters or digits `value` holds: what `value.match(/[\p{L}\p{N}]+/gu)?.length` counts, without
 * the array of every word of every line (a lone surrogate is no letter, as under the pattern's "u" flag).
 */
export function wordCount(value: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < value.length; ) {
    const cp = value.codePointAt(i) ?? 0;
    const letter = isLetterOrDigit(cp);
    if (letter && !inWord) count++;
    inWord = letter;
    i += cp > 0xffff ? 2 : 1;
  }
  return count;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  let blankBefore = true;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = text.length;
    let start = pos;
    let end = nl;
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end > start) {
      const value = text.slice(start, end);
      lines.push({
        start,
        end,
        value,
        index: lines.length,
        words: wordCount(value),
        afterBlank: blankBefore,
      });
      blankBefore = false;
    } else {
      blankBefore = true;
    }
    pos = nl + 1;
  }
  return lines;
}

/** Ends like a sentence: a full stop, question or exclamation mark, possibly inside closing quotes or brackets. */
export function endsLikeSentence(value: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(value) || /[.!?]\s*["”’]$/.test(value);
}

/** Share of words that start with a capital letter (function words excepted): headlines are often Title Case. */
export function titleCaseShare(value: string): number {
  const words = value.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter(
    (w) => !/^(a|an|the|and|or|of|to|in|on|at|for|with|by|from|as|but|is|was|are|vs)$/i.test(w),
  );
  if (content.length === 0) return 0;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length;
}
