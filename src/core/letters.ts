/** Letters and digits by code point: what a word (a run of them, /[\p{L}\p{N}]+/gu) is made of. */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Whether each non-ASCII code point seen so far is a letter or digit: a Unicode property test per character is slow. */
const nonAsciiLetterOrDigit = new Map<number, boolean>();

/** Whether the code point is a letter or a digit (\p{L} or \p{N}). */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  let known = nonAsciiLetterOrDigit.get(cp);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    nonAsciiLetterOrDigit.set(cp, known);
  }
  return known;
}

/** The code point that ends just before `at` (a surrogate pair read whole, as a look-behind reads it); -1 at 0. */
export function codePointBefore(text: string, at: number): number {
  if (at === 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Whether text[start, end) stands as a whole word: no letter or digit touches it on either side. */
export function isWholeWordAt(text: string, start: number, end: number): boolean {
  return (
    !isLetterOrDigit(codePointBefore(text, start)) &&
    !(end < text.length && isLetterOrDigit(text.codePointAt(end) ?? 0))
  );
}
