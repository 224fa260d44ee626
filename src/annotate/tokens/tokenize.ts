/**
 * Splits text into word, number, punctuation and symbol tokens with offsets, in the Penn/CoNLL style the NER
 * model was trained on: clitics split off ("Lee's" → "Lee" "'s"), abbreviations with inner dots kept whole
 * ("U.S."), numbers with separators kept whole ("1,000", "3.5").
 */
import type { Token } from "../../core/document.js";

/** Abbreviations that keep their dot, so "Mr." and "Gen." are one token and do not end a sentence. */
export const TITLE_ABBREVIATIONS =
  "Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Gov|Sen|Rep|Rev|Hon|Pres|Supt|Insp|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|Bros|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Blvd|Rd|Dept|Univ|approx|est|etc";

// Order matters inside the alternation: the longest, most specific shapes come first. The groups are numbered, not
// named, because a named group costs a `groups` object per match, and this runs over every character of every text.
const [ABBR, NUMBER, WORD, CLITIC, PUNCT] = [1, 2, 3, 4, 5];
const TOKEN = new RegExp(
  [
    String.raw`((?:\p{L}\.){2,}|\b(?:${TITLE_ABBREVIATIONS})\.)`, // U.S. / e.g. / U.N. / Mr. / Gen.
    String.raw`(\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s|%)?)`, // 1,000  3.5  12:30  1990s  5th
    String.raw`(\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’&]\p{L}[\p{L}\p{M}\p{N}]*)*)`, // Sinn-Féin  O'Brien  AT&T
    String.raw`(['’](?:s|S|re|ve|ll|d|m|t)\b)`,
    String.raw`([.…!?,;:"“”‘’'()\[\]{}«»–—-]+?)`,
    String.raw`([^\s])`,
  ].join("|"),
  "gu",
);

/** Contractions whose "n't" the Penn style splits off: "don't" → "do" "n't". */
const NOT_CLITIC = /n['’]t$/i;
/** A possessive or verb clitic glued to a word: "Lee's" → "Lee" "'s". */
const TRAILING_CLITIC = /['’](?:s|re|ve|ll|d|m)$/i;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/**
 * True when text[start, end) holds an apostrophe, which both clitic patterns need: most words have none, and this
 * check is much cheaper than running the two end-anchored regexes over every word.
 */
function hasApostrophe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) return true;
  }
  return false;
}

/** A word token, split before a clitic ("don't" → "do" + "n't", "Trump's" → "Trump" + "'s"). */
function pushWord(tokens: Token[], text: string, start: number, end: number): void {
  // Only words with an apostrophe can hold a clitic: the regexes run on those alone.
  const word = hasApostrophe(text, start, end) ? text.slice(start, end) : undefined;
  const clitic = word === undefined ? null : (NOT_CLITIC.exec(word) ?? TRAILING_CLITIC.exec(word));
  if (clitic && clitic.index > 0) {
    tokens.push({ start, end: start + clitic.index, kind: "word" });
    tokens.push({ start: start + clitic.index, end, kind: "word" });
  } else tokens.push({ start, end, kind: "word" });
}

/**
 * The readable definition of `tokenize`: one `exec` of TOKEN per token, the kind read from the group that matched.
 * tokenize.test.ts holds the two equal.
 */
export function tokenizeByGroups(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Scan the whole text from `from` (no slicing: callers tokenise sentence by sentence) and stop at `to`.
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = Math.min(to, start + m[0].length);
    if (m[WORD] !== undefined) {
      pushWord(tokens, text, start, end);
    } else if (m[ABBR] !== undefined || m[CLITIC] !== undefined) {
      tokens.push({ start, end, kind: "word" });
    } else if (m[NUMBER] !== undefined) {
      tokens.push({ start, end, kind: "number" });
    } else if (m[PUNCT] !== undefined) {
      tokens.push({ start, end, kind: "punct" });
    } else {
      tokens.push({ start, end, kind: "symbol" });
    }
  }
  return tokens;
}

/** TOKEN anchored at `lastIndex` ("y"): `test` then gives the token's end without allocating a match array. */
const TOKEN_AT = new RegExp(TOKEN.source, "uy");
const LETTER_AT = /\p{L}/uy;
const NUMBER_AT = /\p{N}/uy;
const SPACE_AT = /\s/y;
/** PUNCT's characters (a PUNCT match is one character: its `+?` is lazy and nothing follows it). */
const PUNCT_CHARS = new Set(".…!?,;:\"“”‘’'()[]{}«»–—-");
const ASCII_LIMIT = 0x80;

const isAsciiLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** JavaScript's \s at text[i]: the ASCII cases by code, the rest (no-break and Unicode spaces) by the regex. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < ASCII_LIMIT) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  SPACE_AT.lastIndex = i;
  return SPACE_AT.test(text);
}
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < ASCII_LIMIT) return isAsciiLetter(c);
  LETTER_AT.lastIndex = i;
  return LETTER_AT.test(text);
}
function isNumberAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < ASCII_LIMIT) return isAsciiDigit(c);
  NUMBER_AT.lastIndex = i;
  return NUMBER_AT.test(text);
}

/**
 * Tokenises text[from, to) exactly as `tokenizeByGroups`, without its match arrays (seven slots and a substring per
 * token, for every token of every text: a large share of the analysis's garbage). TOKEN's last branch takes any
 * non-space character and no branch starts with a space, so a search finds the next token at the first non-space
 * character; there the anchored TOKEN_AT gives its end, and its first character tells which branch matched: a
 * letter starts WORD or ABBR (both words; only WORD can hold the apostrophe of a clitic), a digit NUMBER, an
 * apostrophe followed by more CLITIC, one of PUNCT's characters PUNCT, anything else the symbol branch.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let at = from;
  for (;;) {
    while (at < text.length && isSpaceAt(text, at)) at++;
    if (at >= text.length || at >= to) break;
    TOKEN_AT.lastIndex = at;
    if (!TOKEN_AT.test(text)) break; // unreachable: the last branch takes any non-space character
    const start = at;
    const matchEnd = TOKEN_AT.lastIndex;
    at = matchEnd;
    const end = Math.min(to, matchEnd);
    if (isLetterAt(text, start)) {
      pushWord(tokens, text, start, end);
    } else if (isNumberAt(text, start)) {
      tokens.push({ start, end, kind: "number" });
    } else {
      const c = text.charCodeAt(start);
      const isClitic = (c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) && matchEnd - start > 1;
      const kind = isClitic ? "word" : PUNCT_CHARS.has(text[start] ?? "") ? "punct" : "symbol";
      tokens.push({ start, end, kind });
    }
  }
  return tokens;
}

/**
 * The tokens of [from, to) taken from a tokenisation of the whole text, equal to `tokenize(text, from, to)`: the
 * scan is the same wherever the range starts and ends between tokens, and a range that cuts a token (a sentence
 * boundary inside "U.S.The") is tokenised afresh. Stages that work sentence by sentence use it to share the tokens
 * layer instead of scanning the text again.
 */
export function tokensWithin(text: string, all: readonly Token[], from: number, to: number): Token[] {
  return tokensInside(all, from, to) ?? tokenize(text, from, to);
}

/** The tokens of `all` (sorted, non-overlapping) inside [from, to), or undefined when one crosses either edge. */
export function tokensInside(all: readonly Token[], from: number, to: number): Token[] | undefined {
  const range = tokenRangeInside(all, from, to);
  return range && all.slice(range.first, range.end);
}

/** `tokensInside` as the indices [first, end) of those tokens in `all`. */
export function tokenRangeInside(
  all: readonly Token[],
  from: number,
  to: number,
): { first: number; end: number } | undefined {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((all[mid] as Token).end <= from) lo = mid + 1;
    else hi = mid;
  }
  let i = lo;
  for (; i < all.length; i++) {
    const t = all[i] as Token;
    if (t.start >= to) break;
    if (t.start < from || t.end > to) return undefined;
  }
  return { first: lo, end: i };
}
