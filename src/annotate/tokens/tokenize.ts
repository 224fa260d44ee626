/**
 * Splits text into word, number, punctuation and symbol tokens with offsets, in the Penn/CoNLL style the NER
 * model was trained on: clitics split off ("Putin's" → "Putin" "'s"), abbreviations with inner dots kept whole
 * ("U.S."), numbers with separators kept whole ("1,000", "3.5").
 */
import type { Token } from "../../core/document.js";

/** Abbreviations that keep their dot, so "Mr." and "Gen." are one token and do not end a sentence. */
export const TITLE_ABBREVIATIONS =
  "Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Gov|Sen|Rep|Rev|Hon|Pres|Supt|Insp|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|Bros|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ave|Blvd|Rd|Dept|Univ|approx|est|etc";

// Order matters inside the alternation: the longest, most specific shapes come first.
const TOKEN = new RegExp(
  [
    String.raw`(?<abbr>(?:\p{L}\.){2,}|\b(?:${TITLE_ABBREVIATIONS})\.)`, // U.S. / e.g. / U.N. / Mr. / Gen.
    String.raw`(?<number>\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s|%)?)`, // 1,000  3.5  12:30  1990s  5th
    String.raw`(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’&]\p{L}[\p{L}\p{M}\p{N}]*)*)`, // Sinn-Féin  O'Brien  AT&T
    String.raw`(?<clitic>['’](?:s|S|re|ve|ll|d|m|t)\b)`,
    String.raw`(?<punct>[.…!?,;:"“”‘’'()\[\]{}«»–—-]+?)`,
    String.raw`(?<symbol>[^\s])`,
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
    const g = m.groups ?? {};
    if (g.word !== undefined) {
      const word = text.slice(start, end);
      const clitic = NOT_CLITIC.exec(word) ?? TRAILING_CLITIC.exec(word);
      if (clitic && clitic.index > 0) {
        tokens.push({ start, end: start + clitic.index, kind: "word" });
        tokens.push({ start: start + clitic.index, end, kind: "word" });
        continue;
      }
      tokens.push({ start, end, kind: "word" });
    } else if (g.abbr !== undefined || g.clitic !== undefined) {
      tokens.push({ start, end, kind: "word" });
    } else if (g.number !== undefined) {
      tokens.push({ start, end, kind: "number" });
    } else if (g.punct !== undefined) {
      tokens.push({ start, end, kind: "punct" });
    } else {
      tokens.push({ start, end, kind: "symbol" });
    }
  }
  return tokens;
}
