/**
 * Features of a given span for the technique classifier: its words, its neighbours, its length and shape, the
 * lexicons it hits, and whether its words recur in the article or among the other spans given for it (repetition
 * is a technique of its own). Name-calling labels people and groups (nouns, often capitalised) while loaded
 * language is mostly adjectives, adverbs and verbs, so word endings and capitals stand in for a POS tagger.
 */
import type { Span } from "../../core/span.js";
import {
  type ArticleInfo,
  bucket,
  isAllCapsWord,
  isContentWord,
  lexNames,
  sentenceAt,
  shape,
  type TokenInfo,
} from "./features.js";

/** The article's text lower-cased, once per article (every span's repetition features search it). */
const lowerTexts = new WeakMap<ArticleInfo, string>();
export function lowerTextOf(article: ArticleInfo): string {
  let lower = lowerTexts.get(article);
  if (lower === undefined) {
    lower = article.text.toLowerCase();
    lowerTexts.set(article, lower);
  }
  return lower;
}

/**
 * A span's text lower-cased and trimmed, remembered per span object (with the text it was taken from): every span
 * of an article is compared with every other one, which sliced and lower-cased each span once per other span.
 */
const normalisedTexts = new WeakMap<Span, { readonly text: string; readonly normalised: string }>();
export function normalisedText(text: string, span: Span): string {
  const known = normalisedTexts.get(span);
  if (known !== undefined && known.text === text) return known.normalised;
  const normalised = text.slice(span.start, span.end).toLowerCase().trim();
  normalisedTexts.set(span, { text, normalised });
  return normalised;
}

/** The last item that satisfies `test`, without copying the list. */
export function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return items[i];
  return undefined;
}

/** Matches one capital letter where `lastIndex` points (sticky: no slice of the token is needed). */
const CAPITAL_AT = /\p{Lu}/uy;

/** `/^\p{Lu}/u.test(text.slice(t.start, t.end))` without the slice. */
export function startsWithCapital(text: string, t: Span): boolean {
  if (t.end <= t.start) return false;
  CAPITAL_AT.lastIndex = t.start;
  return CAPITAL_AT.test(text);
}

/**
 * The span's sentence and its tokens, all of them and those inside the span, before it and after it: what span
 * features are read from.
 */
export function spanTokens(article: ArticleInfo, span: Span) {
  const sentence = sentenceAt(article, span.start);
  const all = sentence ? sentence.tokens : [];
  return {
    sentence,
    all,
    inside: all.filter((t) => t.start >= span.start && t.end <= span.end),
    before: all.filter((t) => t.end <= span.start),
    after: all.filter((t) => t.start >= span.end),
  };
}

/** Features of a whole span for the technique classifier; `spans` are all spans given for the article. */
export function spanFeatures(article: ArticleInfo, span: Span, others: readonly Span[] = []): string[] {
  const text = article.text;
  const { sentence, all, inside, before, after } = spanTokens(article, span);
  const f = ["bias"];
  const words = inside.map((t) => t.lower);
  for (const w of new Set(words)) f.push(`sw=${w}`);
  // A crude stem (the first five letters) lets "corrupt", "corruption" and "corrupted" share what they teach.
  for (const w of new Set(words.filter((x) => x.length > 5).map((x) => x.slice(0, 5)))) f.push(`st=${w}`);
  for (let i = 1; i < words.length; i++) f.push(`sb=${words[i - 1]}|${words[i]}`);
  for (const t of inside) if (t.kind === "word" && t.lower.length > 3) f.push(`suf=${t.lower.slice(-3)}`);
  for (const t of [...before.slice(-3), ...after.slice(0, 3)]) for (const n of lexNames(t.lex)) f.push(`clx=${n}`);
  // The other spans given for the article: the same words marked again point to repetition.
  const own = normalisedText(text, span);
  const same = others.filter((o) => (o.start !== span.start || o.end !== span.end) && normalisedText(text, o) === own);
  f.push(`gdup=${bucket(same.length, [1, 2, 4])}`);
  if (same.some((o) => o.start < span.start)) f.push("gdupbefore");
  if (same.some((o) => o.start > span.start)) f.push("gdupafter");
  const lowerText = lowerTextOf(article);
  // Where the span's text first occurs in the article: read here and where the repetition count starts.
  const firstAt = own.length > 0 ? lowerText.indexOf(own) : -1;
  if (firstAt >= 0 && firstAt < span.start - 1) f.push(`seenbefore:${bucket(inside.length, [2, 4, 9])}`);
  const nest = others.filter(
    (o) => o.start <= span.start && span.end <= o.end && (o.start !== span.start || o.end !== span.end),
  );
  if (nest.length > 0) f.push("nested");
  if (others.some((o) => span.start <= o.start && o.end <= span.end && (o.start !== span.start || o.end !== span.end)))
    f.push("container");
  f.push(`first=${words[0] ?? ""}`, `last=${words[words.length - 1] ?? ""}`);
  for (const d of [1, 2, 3]) {
    f.push(`c-${d}=${before[before.length - d]?.lower ?? "<s>"}`, `c+${d}=${after[d - 1]?.lower ?? "</s>"}`);
  }
  const len = inside.length;
  f.push(`len=${bucket(len, [2, 3, 4, 6, 9, 13, 21, 35])}`);
  let lex = 0;
  const lexCount = new Map<string, number>();
  for (const t of inside) {
    lex |= t.lex;
    for (const n of lexNames(t.lex)) lexCount.set(n, (lexCount.get(n) ?? 0) + 1);
  }
  for (const [n, c] of lexCount)
    f.push(`lx=${n}`, `lxn=${n}:${bucket(c, [2, 4])}`, `lxlen=${n}:${bucket(len, [3, 9])}`);
  if (lex === 0) f.push("nolex");
  // Repetition: the span's own words recurring elsewhere in the article.
  const surfaceText = own;
  let occurrences = 0;
  if (surfaceText.length > 0) {
    for (let i = firstAt; i >= 0 && occurrences < 5; i = lowerText.indexOf(surfaceText, i + 1)) occurrences++;
  }
  f.push(`occ=${bucket(occurrences, [2, 3, 4])}`, `occlen=${bucket(occurrences, [2, 3])}:${bucket(len, [2, 4, 9])}`);
  const content = inside.filter(isContentWord);
  if (content.length > 0) {
    const repeated = content.filter((t) => (article.vocabulary.wordCounts[t.word] as number) >= 3).length;
    f.push(`wrep=${bucket(repeated / content.length, [0.01, 0.5, 1])}`);
  }
  if (sentence) {
    const cover = (span.end - span.start) / Math.max(1, sentence.end - sentence.start);
    f.push(`cover=${bucket(cover, [0.2, 0.5, 0.8, 0.98])}`);
    if (sentence.title) f.push("title");
  }
  const s = text.slice(span.start, span.end);
  if (s.includes("?")) f.push("has?");
  if (s.includes("!")) f.push("has!");
  if (/["“”]/.test(s)) f.push("hasquote");
  if (/["“]$/.test(text.slice(Math.max(0, span.start - 1), span.start))) f.push("openq");
  if (inside.some((t) => t.quoted)) f.push("quoted");
  if (inside.some((t) => isAllCapsWord(text, t))) f.push("caps");
  const shape0 = shape(inside[0] ? text.slice(inside[0].start, inside[0].end) : "");
  const lenB = bucket(len, [2, 3, 5, 9]);
  f.push(
    `shape0=${shape0}`,
    `shape0len=${shape0}:${lenB}`,
    `chars=${bucket(span.end - span.start, [8, 15, 30, 60, 120])}`,
  );
  // Name-calling labels people and groups (nouns, often capitalised); loaded language is adjectives and verbs.
  const lastWord = findLast(inside, (t) => t.kind === "word");
  if (lastWord) f.push(`lsuf3=${lastWord.lower.slice(-3)}:${lenB}`, `lsuf2=${lastWord.lower.slice(-2)}`);
  const caps = inside.filter((t, i) => (i > 0 || before.length > 0) && startsWithCapital(text, t)).length;
  f.push(`capw=${bucket(caps, [1, 2, 4])}:${lenB}`);
  f.push(`prevlen=${before[before.length - 1]?.lower ?? "<s>"}:${lenB}`);
  if (inside.some((t) => t.kind === "number")) f.push("num");
  // Whole-clause techniques (doubt, fear, oversimplification) start where the sentence starts or end where it ends.
  const isWordLike = (t: TokenInfo): boolean => t.kind === "word" || t.kind === "number";
  const firstOf = all.find(isWordLike);
  if (firstOf && inside[0] && firstOf.start === inside[0].start) f.push(`atstart:${lenB}`);
  const lastOf = findLast(all, isWordLike);
  if (lastOf && lastWord && lastOf.end === lastWord.end) f.push(`atend:${lenB}`);
  return f;
}
