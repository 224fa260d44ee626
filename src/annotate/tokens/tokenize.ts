/**
 * Splits text into word, number, punctuation and symbol tokens with offsets, in the Penn/CoNLL style the NER
 * model was trained on: clitics split off ("Putin's" → "Putin" "'s"), abbreviations with inner dots kept whole
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
/** A possessive or verb clitic glued to a word: "Putin's" → "Putin" "'s". */
const TRAILING_CLITIC = /['’](?:s|re|ve|ll|d|m)$/i;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  // Scan the whole text from `from` (no slicing: callers tokenise sentence by sentence) and stop at `to`.
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m !== null && m.index < to; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = Math.min(to, start + m[0].length);
    if (m[WORD] !== undefined) {
      const word = text.slice(start, end);
      const clitic = NOT_CLITIC.exec(word) ?? TRAILING_CLITIC.exec(word);
      if (clitic && clitic.index > 0) {
        tokens.push({ start, end: start + clitic.index, kind: "word" });
        tokens.push({ start: start + clitic.index, end, kind: "word" });
        continue;
      }
      tokens.push({ start, end, kind: "word" });
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

/**
 * The tokens of [from, to) taken from a tokenisation of the whole text, equal to `tokenize(text, from, to)`: the
 * scan is the same wherever the range starts and ends between tokens, and a range that cuts a token (a sentence
 * boundary inside "U.S.The") is tokenised afresh. Stages that work sentence by sentence use it to share the tokens
 * layer instead of scanning the text again.
 */
export function tokensWithin(text: string, all: readonly Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((all[mid] as Token).end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < all.length; i++) {
    const t = all[i] as Token;
    if (t.start >= to) break;
    if (t.start < from || t.end > to) return tokenize(text, from, to);
    out.push(t);
  }
  return out;
}
