/**
 * Text normalisation for fact-check matching: the index terms (stemmed words, numbers as written and as values),
 * the character n-grams of the cheap "semantic" signal, and the numbers and names used for alignment bonuses.
 */

import { ownEntry } from "../core/lookup.js";
import { porterStem } from "./stem.js";
import type { FactCheck } from "./types.js";

/**
 * The text of a fact-check that a claim is matched against, by words and by the sentence encoder: the claim as
 * reviewed and the review's headline.
 */
export const factCheckText = (f: Pick<FactCheck, "claimReviewed" | "title">): string =>
  f.title ? `${f.claimReviewed} ${f.title}` : f.claimReviewed;

/** Function words that carry no topic: the common English list, plus tweet furniture. */
const STOPWORDS = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both but by " +
    "can could did do does doing down during each few for from further had has have having he her here hers herself him " +
    "himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or " +
    "other our ours ourselves out over own same she should so some such than that the their theirs them themselves then " +
    "there these they this those through to too under until up very was we were what when where which while who whom why " +
    "will with would you your yours yourself yourselves s t don didn doesn isn wasn aren weren won wouldn shouldn " +
    "rt via amp http https www com pic twitter"
  ).split(" "),
);

const URL = /\bhttps?:\/\/\S+|\bpic\.twitter\.com\/\S+|\bwww\.\S+/gi;

/** The date an embedded tweet ends with ("— Name (@handle) December 27, 2019"): when it was posted, not what it says. */
const EMBED_DATE =
  /\)\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$/;

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTHS.join("|")})(?:\s+\d{1,2},?)?\s+((?:19|20)\d{2})\b`, "gi");

/** An embedded tweet's signature: "— Name (@handle) December 27, 2019" (who posted it and when, not what it says). */
const EMBED_SIGNATURE =
  /—\s[^—\n]{0,80}?\(@\w+\)\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}/g;

/** The text without embedded tweets' signatures: the author's name is rarely what a fact-check is about. */
export function tweetBody(text: string): string {
  return text.replace(EMBED_SIGNATURE, " ");
}

/** Links, also when glued to the word before ("Minecrafthttps://t.co/…", "Usapic.twitter.com/…"), as tweet embeds print them. */
const GLUED_URL = /https?:\/\/\S+|pic\.twitter\.com\/\S+|\bwww\.\S+/gi;
/** A retweet's "RT @handle:" prefix and a "via @handle" credit: who passed the text on, not what it says. */
const RETWEET = /\bRT\s+@\w+:?|\bvia\s+@\w+/gi;
/** Emoji, flags (regional-indicator pairs), skin tones, variation selectors and joiners. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]/gu;
/** Three or more words in capitals: shouting, which the encoder reads as unfamiliar pieces. */
const SHOUTING = /\b\p{Lu}[\p{Lu}'’]+(?:[\s,.:;!?…"“”-]+\p{Lu}[\p{Lu}'’]*){2,}\b/gu;

/**
 * A claim as the sentence encoder reads it. The encoder was trained on clean sentences, and tweets carry furniture
 * that is noise to it: the embed signature, links, "RT @handle:", emoji, "#" and "@" glued to words, run-together
 * hashtags ("#AustralianFires" → "Australian Fires") and words in capitals.
 */
export function encoderText(text: string): string {
  return tweetBody(text)
    .replace(GLUED_URL, " ")
    .replace(/(\p{Ll}[.!?])(\p{Lu})/gu, "$1 $2")
    .replace(RETWEET, " ")
    .replace(/&amp;/g, "&")
    .replace(EMOJI, " ")
    .replace(/[#@]([\p{L}\p{N}_]+)/gu, (_, w: string) => ` ${splitCamel(w).replace(/_/g, " ")}`)
    .replace(SHOUTING, (m) => m.toLowerCase())
    .replace(/\s+/g, " ")
    .trim();
}

/** The date an embedded tweet states at its end, ISO (YYYY-MM-DD), when it has one. */
export function embedDate(text: string): string | undefined {
  const m = EMBED_DATE.exec(text.trim());
  if (!m) return undefined;
  const t = Date.parse(`${m[0].replace(/^\)\s*/, "")} UTC`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/**
 * Months a text names with their year ("in August 2019", "December 6, 2019"), as month counts since year 0. A fact-check
 * that says when its claim circulated is likelier to match a claim made in that month.
 */
export function mentionedMonths(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(MONTH_YEAR)) {
    const month = MONTHS.indexOf((m[1] ?? "").toLowerCase());
    out.push(Number(m[2]) * 12 + month);
  }
  return out;
}

/** Strips URLs and an embedded tweet's trailing date; keeps @handles and #hashtags as words (they name the topic). */
export function cleanText(text: string): string {
  return text.replace(EMBED_DATE, ")").replace(URL, " ").replace(/[#@]/g, " ");
}

/** Splits camel-case hashtags ("#AustralianFires" → "Australian Fires"), after cleanText kept their words. */
function splitCamel(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
}

/** Number words, so "five" in a tweet meets "5" in the fact-check. */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  twenty: "20",
  thirty: "30",
  forty: "40",
  fifty: "50",
  hundred: "100",
};

/** Index terms: lower-cased, stemmed content words; numbers with separators removed ("1,000" → "1000"). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of splitCamel(cleanText(text)).matchAll(/\p{L}[\p{L}\p{M}'’]*|\d[\d,.]*\d|\d/gu)) {
    const raw = m[0]
      .toLowerCase()
      .replace(/['’]s$/, "")
      .replace(/['’]/g, "");
    if (/^\d/.test(raw)) {
      out.push(raw.replace(/,/g, ""));
      continue;
    }
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    out.push(ownEntry(NUMBER_WORDS, raw) ?? porterStem(raw));
  }
  return out;
}

/** The numbers a text states, as values (1,000 and 1000 agree; 3.5% gives 3.5). Years count too. */
export function numbers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of cleanText(text).matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const v = Number(m[0].replace(/,/g, ""));
    if (Number.isFinite(v)) out.add(String(v));
  }
  return out;
}

/**
 * Name-like words: capitalised words not at a sentence start, lower-cased. A cheap entity signal that needs no NER
 * model: two texts sharing "Pelosi" or "Medicare" are likelier about the same claim than two sharing "health".
 */
export function names(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of cleanText(text).matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}'’-]{2,}/gu)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, "");
    if (!STOPWORDS.has(w)) out.add(w);
  }
  return out;
}

/** Character n-grams (3..5) inside word boundaries, over lower-cased, URL-free text: robust to spelling and morphology. */
export function charNgrams(text: string, min = 3, max = 5): string[] {
  const grams: string[] = [];
  const words = splitCamel(cleanText(text))
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  for (const word of words ?? []) {
    if (STOPWORDS.has(word)) continue;
    const w = ` ${word} `;
    for (let n = min; n <= max; n++) for (let i = 0; i + n <= w.length; i++) grams.push(w.slice(i, i + n));
  }
  return grams;
}

/** Shortest part a compound may be split into: shorter pieces ("co", "ad") match by chance. */
const MIN_COMPOUND_PART = 3;

/** The lower-cased words of a text, as written (no stemming): the vocabulary that compound splitting looks up. */
export function surfaceWords(text: string): string[] {
  return (
    splitCamel(cleanText(text))
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

/**
 * Appends the parts of run-together hashtag words the vocabulary lacks but whose two halves it has ("#cornflakes" →
 * "corn flakes", "fyrefestival" → "fyre festival"): hashtags are written without spaces. Only hashtags: in running text an unknown
 * word is more often a name or a typo (splitting every unknown word cost debates 0.02 MAP@5).
 */
export function splitCompounds(text: string, vocabulary: ReadonlySet<string>): string {
  const parts: string[] = [];
  const hashtags = text.match(/#[\p{L}\p{N}_]+/gu) ?? [];
  for (const w of new Set(hashtags.flatMap(surfaceWords))) {
    if (w.length < 2 * MIN_COMPOUND_PART || vocabulary.has(w)) continue;
    let best: [string, string] | undefined;
    for (let i = MIN_COMPOUND_PART; i <= w.length - MIN_COMPOUND_PART; i++) {
      const a = w.slice(0, i);
      const b = w.slice(i);
      if (!vocabulary.has(a) || !vocabulary.has(b)) continue;
      if (best === undefined || Math.min(a.length, b.length) > Math.min(best[0].length, best[1].length)) best = [a, b];
    }
    if (best) parts.push(...best);
  }
  return parts.length === 0 ? text : `${text} ${parts.join(" ")}`;
}
