/**
 * Text normalisation used only for matching (hashes, shingles, term vectors); the stored text is never rewritten.
 */
import { createHash } from "node:crypto";

/** Lower-cases, folds curly quotes and dashes, drops punctuation and collapses white space, so that copies that
 * differ only in typography or spacing hash the same. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The exact-duplicate key: the hash of the normalised text. */
export function textHash(text: string): string {
  return sha256Hex(normalizeForMatch(text));
}

/** Words of the normalised text. */
export function words(text: string): string[] {
  const norm = normalizeForMatch(text);
  return norm === "" ? [] : norm.split(" ");
}

/** Function words that carry no topic; kept short because TF-IDF already discounts common words. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him himself his " +
    "how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out " +
    "over own same she should so some such than that the their theirs them themselves then there these they this those through to too " +
    "under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves " +
    "said says say told tell one two new also would could may might us mr mrs ms like just get got year years last first s t"
  ).split(" "),
);

/** A light stemmer: folds the commonest English inflections so "protests"/"protested"/"protesting" meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ing") && word.length > 6) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length > 5) return word.slice(0, -2);
  if (word.endsWith("es") && word.length > 5) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Content terms of a text: normalised, stop words and numbers-only tokens dropped, lightly stemmed. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}
