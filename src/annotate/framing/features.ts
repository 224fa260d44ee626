/**
 * What the propaganda models see of a text: tokens per sentence with lower-cased forms, lexicon hits, whether a
 * token stands inside quotation marks, and how often words and word pairs recur in the article (repetition is a
 * technique of its own). The same code serves training on the corpus and the runtime annotator, so a feature
 * means the same thing in both.
 */

import type { Token } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { tokenize, tokensWithin } from "../tokens/tokenize.js";
import { FEATURE_LEXICON_SET, FEATURE_LEXICONS } from "./lexicon.js";

export interface TokenInfo extends Span {
  readonly lower: string;
  readonly kind: string;
  /** Bit i set when lexicon i of FEATURE_LEXICONS covers the token. */
  readonly lex: number;
  readonly quoted: boolean;
  /** Id of `lower` in the article's vocabulary: `article.vocabulary.words[word] === lower`. */
  readonly word: number;
  /** Id of the word pair (previous token, this token) in the article's vocabulary; -1 for a sentence's first. */
  readonly pair: number;
}

export interface SentenceInfo extends Span {
  readonly tokens: readonly TokenInfo[];
  /** Index of the sentence in the article. */
  readonly index: number;
  /** The headline: the corpus puts it on the first line; a Document's body has none (it is metadata there). */
  readonly title: boolean;
}

/**
 * The article's distinct lower-cased words and adjacent word pairs, each with an id and a count. Ids let the
 * feature rows work out what belongs to a word (its hashes, its lexicon bits) once per article instead of once
 * per occurrence, and count pairs without building an "a b" string per token.
 */
export interface Vocabulary {
  /** Distinct words in first-seen order: a word's id is its index. */
  readonly words: readonly string[];
  readonly wordIds: ReadonlyMap<string, number>;
  /** How many times each word occurs in the article, by id. */
  readonly wordCounts: readonly number[];
  /** First and second word id of each distinct pair, by pair id. */
  readonly pairFirst: readonly number[];
  readonly pairSecond: readonly number[];
  /** Pair id by `pairKey(first, second)`. */
  readonly pairIds: ReadonlyMap<number, number>;
  /** How many times each pair occurs, by pair id. */
  readonly pairCounts: readonly number[];
}

export interface ArticleInfo {
  readonly text: string;
  readonly sentences: readonly SentenceInfo[];
  /** Word and word-pair counts of the whole article (repetition). */
  readonly vocabulary: Vocabulary;
  /** Article-wide tone: bucketed rates of lexicon hits, exclamations, questions and quoting (see `articleTone`). */
  readonly tone: readonly string[];
}

/** One number for a pair of word ids (Cantor pairing: distinct for every pair, and small for small ids). */
export const pairKey = (first: number, second: number): number =>
  ((first + second) * (first + second + 1)) / 2 + second;

/** How many times a lower-cased word occurs in the article (0 for a word it does not have). */
export function wordCountOf(article: ArticleInfo, lower: string): number {
  const id = article.vocabulary.wordIds.get(lower);
  return id === undefined ? 0 : (article.vocabulary.wordCounts[id] as number);
}

/** How many times the lower-cased words `first second` follow each other in a sentence of the article. */
export function pairCountOf(article: ArticleInfo, first: string, second: string): number {
  const { wordIds, pairIds, pairCounts } = article.vocabulary;
  const a = wordIds.get(first);
  const b = wordIds.get(second);
  if (a === undefined || b === undefined) return 0;
  const id = pairIds.get(pairKey(a, b));
  return id === undefined ? 0 : (pairCounts[id] as number);
}

/** Builds an article's vocabulary token by token. */
class VocabularyBuilder implements Vocabulary {
  readonly words: string[] = [];
  readonly wordIds = new Map<string, number>();
  readonly wordCounts: number[] = [];
  /** FEATURE_LEXICON_SET bits of each word, looked up once per distinct word. */
  readonly wordBits: number[] = [];
  readonly pairFirst: number[] = [];
  readonly pairSecond: number[] = [];
  readonly pairIds = new Map<number, number>();
  readonly pairCounts: number[] = [];

  /** Counts one occurrence of `lower` and returns its id. */
  addWord(lower: string): number {
    let id = this.wordIds.get(lower);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(lower);
      this.wordIds.set(lower, id);
      this.wordCounts.push(1);
      this.wordBits.push(FEATURE_LEXICON_SET.bitsOf(lower));
    } else this.wordCounts[id] = (this.wordCounts[id] as number) + 1;
    return id;
  }

  /** Counts one occurrence of the pair and returns its id. */
  addPair(first: number, second: number): number {
    const key = pairKey(first, second);
    let id = this.pairIds.get(key);
    if (id === undefined) {
      id = this.pairCounts.length;
      this.pairFirst.push(first);
      this.pairSecond.push(second);
      this.pairIds.set(key, id);
      this.pairCounts.push(1);
    } else this.pairCounts[id] = (this.pairCounts[id] as number) + 1;
    return id;
  }
}

/** “ « „ open, ” » close, " toggles (character codes: every character of every sentence is read). */
const OPEN_QUOTE_CODES = new Set([0x201c, 0xab, 0x201e]);
const CLOSE_QUOTE_CODES = new Set([0x201d, 0xbb]);
const STRAIGHT_QUOTE = 0x22;
const LOWEST_CURLY_QUOTE = 0xab;

/**
 * Reads a sentence's characters left to right and says whether a given character lies inside quotation marks
 * ("straight" marks alternate): positions must be asked in increasing order. Tokens ask at their first character,
 * so the scan runs once over the sentence and no per-character mask is kept.
 */
class QuoteScanner {
  #inside = false;
  #next: number;
  constructor(
    private readonly text: string,
    private readonly span: Span,
  ) {
    this.#next = span.start;
  }

  /** True when the character at `position` (at or after every position asked before) is inside quotes. */
  insideAt(position: number): boolean {
    if (position < this.span.start || position >= this.span.end) return false;
    for (; this.#next <= position; this.#next++) {
      const code = this.text.charCodeAt(this.#next);
      // The sets are disjoint and hold no character below « (U+00AB): ASCII text skips the look-ups.
      if (code === STRAIGHT_QUOTE) this.#inside = !this.#inside;
      else if (code >= LOWEST_CURLY_QUOTE) {
        if (OPEN_QUOTE_CODES.has(code)) this.#inside = true;
        else if (CLOSE_QUOTE_CODES.has(code)) this.#inside = false;
      }
    }
    return this.#inside;
  }
}

const isAsciiCapital = (c: number): boolean => c >= 65 && c <= 90;
const ASCII_LIMIT = 0x80;

/**
 * `text.slice(start, end).toLowerCase()`. A token of ASCII characters without a capital is its own lower case, and
 * most tokens are: they skip the case mapping, which in a text with any non-Latin-1 character (curly quotes are
 * enough) is a Unicode library call that copies the token again.
 */
export function lowerCaseOf(text: string, start: number, end: number): string {
  const token = text.slice(start, end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= ASCII_LIMIT || isAsciiCapital(c)) return token.toLowerCase();
  }
  return token;
}

export function analyseArticle(
  text: string,
  sentenceSpans: readonly Span[],
  firstIsTitle = false,
  /** The tokens layer of the whole text when the caller has it (saves scanning the text again). */
  allTokens?: readonly Token[],
): ArticleInfo {
  const vocabulary = new VocabularyBuilder();
  const sentences = sentenceSpans.map((span, index) => {
    const raw = allTokens ? tokensWithin(text, allTokens, span.start, span.end) : tokenize(text, span.start, span.end);
    const n = raw.length;
    const ids = new Array<number>(n);
    const lowers = new Array<string>(n);
    const bits = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      const t = raw[k] as Token;
      const id = vocabulary.addWord(lowerCaseOf(text, t.start, t.end));
      ids[k] = id;
      // The vocabulary's copy: an article keeps one string per distinct word, not one per token.
      lowers[k] = vocabulary.words[id] as string;
      bits[k] = vocabulary.wordBits[id] as number;
    }
    const lex = FEATURE_LEXICON_SET.masks(lowers, bits);
    const quotes = new QuoteScanner(text, span);
    const tokens = new Array<TokenInfo>(n);
    for (let k = 0; k < n; k++) {
      const t = raw[k] as Token;
      tokens[k] = {
        start: t.start,
        end: t.end,
        kind: t.kind,
        lower: lowers[k] as string,
        lex: lex[k] as number,
        quoted: quotes.insideAt(t.start),
        word: ids[k] as number,
        pair: k > 0 ? vocabulary.addPair(ids[k - 1] as number, ids[k] as number) : -1,
      };
    }
    return { start: span.start, end: span.end, tokens, index, title: firstIsTitle && index === 0 };
  });
  return { text, sentences, vocabulary, tone: articleTone(text, sentences) };
}

/** Whether each article's sentences are in text order without overlaps (then a binary search finds one). */
const orderedSentences = new WeakMap<ArticleInfo, boolean>();

function inTextOrder(article: ArticleInfo): boolean {
  let ordered = orderedSentences.get(article);
  if (ordered === undefined) {
    ordered = true;
    const list = article.sentences;
    for (let i = 0; i < list.length; i++) {
      const s = list[i] as SentenceInfo;
      if (s.end < s.start || (i > 0 && s.start < (list[i - 1] as SentenceInfo).end)) ordered = false;
    }
    orderedSentences.set(article, ordered);
  }
  return ordered;
}

/**
 * The first sentence of the article that holds the character at `position`:
 * `article.sentences.find((s) => s.start <= position && position < s.end)`, by binary search when the sentences
 * are in order (they are, from a sentences layer; a hand-made list takes the plain search).
 */
export function sentenceAt(article: ArticleInfo, position: number): SentenceInfo | undefined {
  const list = article.sentences;
  if (!inTextOrder(article)) return list.find((s) => s.start <= position && position < s.end);
  let lo = 0;
  let hi = list.length;
  // The first sentence that ends after `position`: the only one that can hold it.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as SentenceInfo).end <= position) lo = mid + 1;
    else hi = mid;
  }
  const s = list[lo];
  return s !== undefined && s.start <= position ? s : undefined;
}

/** The lexicons whose rates make the article's tone, with their index in FEATURE_LEXICONS. */
const TONE_LEXICONS = ["loaded", "intens", "fear", "flag", "doubt", "absol", "opin", "hedge"].map((name) => ({
  name,
  index: FEATURE_LEXICONS.findIndex((l) => l.name === name),
}));

/** How many times the character `ch` occurs in `text`. */
function occurrences(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Some articles are propaganda from end to end and others are plain reports (the corpus mixes both), so how
 * loaded the whole article is tells much about any one sentence. Rates are per 100 tokens, bucketed.
 */
function articleTone(text: string, sentences: readonly SentenceInfo[]): string[] {
  let tokens = 0;
  // Tokens per lexicon, by index in FEATURE_LEXICONS.
  const hits = new Array<number>(FEATURE_LEXICONS.length).fill(0);
  let quoted = 0;
  for (const s of sentences) {
    for (const t of s.tokens) {
      tokens++;
      if (t.quoted) quoted++;
      for (let rest = t.lex; rest !== 0; rest &= rest - 1) {
        const i = 31 - Math.clz32(rest & -rest);
        hits[i] = (hits[i] as number) + 1;
      }
    }
  }
  const per100 = (n: number): number => (100 * n) / Math.max(1, tokens);
  const out = TONE_LEXICONS.map(
    ({ name, index }) => `a${name}=${bucket(per100(hits[index] ?? 0), [0.3, 0.7, 1.2, 2, 3.5])}`,
  );
  out.push(`aexcl=${bucket(per100(occurrences(text, "!")), [0.05, 0.3, 1])}`);
  out.push(`aques=${bucket(per100(occurrences(text, "?")), [0.05, 0.3, 1])}`);
  out.push(`aquote=${bucket(quoted / Math.max(1, tokens), [0.05, 0.15, 0.3])}`);
  out.push(`alen=${bucket(tokens, [300, 700, 1500])}`);
  return out;
}

/** Function words: their recurrence says nothing about repetition as a technique. */
const STOP = new Set(
  "the a an of to in and or but is are was were be been it its this that these those for on at by with from as he she they we you i his her their our not no has have had do does did will would can could which who whom what there than then so if into about over after before".split(
    " ",
  ),
);

/** The part of `isContentWord` that depends on the word alone (its kind aside). */
export const isContentLower = (lower: string): boolean => lower.length > 2 && !STOP.has(lower);

export const isContentWord = (t: TokenInfo): boolean => t.kind === "word" && isContentLower(t.lower);

export const bucket = (n: number, edges: readonly number[]): number => {
  let b = 0;
  while (b < edges.length && n >= (edges[b] as number)) b++;
  return b;
};

const ALL_UPPER = /^\p{Lu}+$/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const NUMBER_START = /^\p{N}/u;

export function shape(text: string): string {
  // Most tokens start with an ASCII lower-case letter or digit: those are answered without a Unicode regex.
  const first = text.charCodeAt(0);
  if (first >= 97 && first <= 122) return "low";
  if (first >= 48 && first <= 57) return "num";
  if (ALL_UPPER.test(text) && text.length > 1) return "CAPS";
  if (UPPER_START.test(text)) return "Cap";
  if (LOWER_START.test(text)) return "low";
  if (NUMBER_START.test(text)) return "num";
  return text;
}

/**
 * `shape(text.slice(start, end))` without slicing the token for the common cases: a token that starts with an
 * ASCII letter or digit and is ASCII up to the character that decides. Other tokens take `shape` itself.
 */
export function shapeAt(text: string, start: number, end: number): string {
  const first = text.charCodeAt(start);
  if (first >= 97 && first <= 122) return "low";
  if (first >= 48 && first <= 57) return "num";
  if (isAsciiCapital(first)) {
    // "CAPS" needs every character a capital (and two or more of them); any other ASCII character makes it "Cap";
    // a non-ASCII character may be a capital, so the Unicode test decides.
    for (let i = start + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      if (isAsciiCapital(c)) continue;
      if (c < ASCII_LIMIT) return "Cap";
      return shape(text.slice(start, end));
    }
    return end - start > 1 ? "CAPS" : "Cap";
  }
  return shape(text.slice(start, end));
}

const ALL_CAPS_WORD = /^\p{Lu}{2,}$/u;

/**
 * ALL_CAPS_WORD on the token's text. A token of one code unit, or one starting with an ASCII character other than
 * A–Z, cannot match: answered without slicing the token and running the Unicode regex (most tokens).
 */
export function isAllCapsWord(text: string, t: { start: number; end: number }): boolean {
  if (t.end - t.start < 2) return false;
  const first = text.charCodeAt(t.start);
  if (first < ASCII_LIMIT && !isAsciiCapital(first)) return false;
  return ALL_CAPS_WORD.test(text.slice(t.start, t.end));
}

export const lexNames = (mask: number): string[] => {
  const out: string[] = [];
  // Visits only the set bits, lowest first (the list order): most tokens are in no lexicon at all.
  for (let rest = mask; rest !== 0; rest &= rest - 1) {
    const name = FEATURE_LEXICONS[31 - Math.clz32(rest & -rest)]?.name;
    if (name !== undefined) out.push(name);
  }
  return out;
};

/** Features of token k of a sentence, for the span tagger. */
/** The union of a sentence's lexicon hits, computed once per sentence (every token's features repeat it). */
const sentenceLexCache = new WeakMap<SentenceInfo, number>();
function sentenceLex(sentence: SentenceInfo): number {
  let lex = sentenceLexCache.get(sentence);
  if (lex === undefined) {
    lex = 0;
    for (const x of sentence.tokens) lex |= x.lex;
    sentenceLexCache.set(sentence, lex);
  }
  return lex;
}

export function tokenFeatures(article: ArticleInfo, sentence: SentenceInfo, k: number): string[] {
  const toks = sentence.tokens;
  const t = toks[k];
  if (!t) return [];
  const at = (d: number): string => toks[k + d]?.lower ?? (k + d < 0 ? "<s>" : "</s>");
  const surfaceText = article.text.slice(t.start, t.end);
  const f = ["bias", `w=${t.lower}`, `sh=${shape(surfaceText)}`, `sfx=${t.lower.slice(-3)}`];
  if (t.lower.length > 5) f.push(`st=${t.lower.slice(0, 5)}`);
  f.push(`w-1=${at(-1)}`, `w+1=${at(1)}`, `w-2=${at(-2)}`, `w+2=${at(2)}`);
  f.push(`b-=${at(-1)}|${t.lower}`, `b+=${t.lower}|${at(1)}`);
  for (const d of [-2, -1, 0, 1, 2]) {
    for (const name of lexNames(toks[k + d]?.lex ?? 0)) f.push(`lx${d}=${name}`);
  }
  if (t.quoted) f.push("quoted");
  if (/est$/.test(t.lower) && t.lower.length > 5) f.push("est");
  if (isContentWord(t)) {
    f.push(`rep=${bucket(wordCountOf(article, t.lower), [2, 4, 8])}`);
    const pairL = k > 0 ? pairCountOf(article, at(-1), t.lower) : 0;
    const pairR = pairCountOf(article, t.lower, at(1));
    if (Math.max(pairL, pairR) >= 2) f.push("pairrep");
  }
  // Sentence-level context: propaganda clusters in some sentences (titles, exclamations, questions).
  const last = toks[toks.length - 1];
  const endText = last ? article.text.slice(last.start, last.end) : "";
  f.push(`send=${endText.includes("!") ? "!" : endText.includes("?") ? "?" : "."}`);
  if (sentence.title) f.push("title");
  f.push(`slen=${bucket(toks.length, [5, 10, 20, 35])}`);
  f.push(`pos=${k === 0 ? "first" : k === toks.length - 1 ? "last" : bucket(k / toks.length, [0.33, 0.66])}`);
  for (const name of lexNames(sentenceLex(sentence))) f.push(`slx=${name}`);
  f.push(...article.tone);
  return f;
}

/** Features of a whole sentence, for the sentence-level "does it hold propaganda" classifier. */
export function sentenceFeatures(article: ArticleInfo, sentence: SentenceInfo): string[] {
  const toks = sentence.tokens;
  const f = ["bias", `slen=${bucket(toks.length, [4, 8, 12, 18, 25, 35, 50])}`];
  if (sentence.title) f.push("title");
  const words = toks.map((t) => t.lower);
  for (const w of new Set(words)) f.push(`w=${w}`);
  for (const w of new Set(words.filter((x) => x.length > 5).map((x) => x.slice(0, 5)))) f.push(`st=${w}`);
  for (let i = 1; i < words.length; i++) f.push(`b=${words[i - 1]}|${words[i]}`);
  const lexCount = new Map<string, number>();
  for (const t of toks) for (const n of lexNames(t.lex)) lexCount.set(n, (lexCount.get(n) ?? 0) + 1);
  for (const [n, c] of lexCount) f.push(`lx=${n}`, `lxn=${n}:${bucket(c, [2, 3, 5])}`);
  const text = article.text.slice(sentence.start, sentence.end);
  if (text.includes("!")) f.push("has!");
  if (text.trimEnd().endsWith("?")) f.push("ends?");
  const quoted = toks.filter((t) => t.quoted).length / Math.max(1, toks.length);
  f.push(`quoted=${bucket(quoted, [0.01, 0.3, 0.7])}`);
  const content = toks.filter(isContentWord);
  const repeated = content.filter((t) => wordCountOf(article, t.lower) >= 3).length;
  f.push(`wrep=${bucket(repeated, [1, 2, 4, 7])}`);
  let pairs = 0;
  for (let k = 1; k < toks.length; k++)
    if (pairCountOf(article, toks[k - 1]?.lower ?? "", toks[k]?.lower ?? "") >= 2) pairs++;
  f.push(`pairrep=${bucket(pairs, [1, 3, 6])}`);
  const caps = toks.filter((t) => /^\p{Lu}{2,}$/u.test(article.text.slice(t.start, t.end))).length;
  if (caps > 0) f.push(`caps=${bucket(caps, [2, 4])}`);
  f.push(`spos=${bucket(sentence.index / Math.max(1, article.sentences.length), [0.1, 0.3, 0.6, 0.9])}`);
  // No article tone here: the span scorer's context stage sees the article through all its sentences' scores,
  // and tone features on top of that added nothing out of fold (F1 0.388 with them, 0.391 without).
  // Neighbours: propaganda comes in runs of sentences.
  for (const [d, name] of [
    [-1, "p"],
    [1, "n"],
  ] as const) {
    const other = article.sentences[sentence.index + d];
    let mask = 0;
    for (const t of other?.tokens ?? []) mask |= t.lex;
    for (const n of lexNames(mask)) f.push(`${name}lx=${n}`);
  }
  return f;
}
