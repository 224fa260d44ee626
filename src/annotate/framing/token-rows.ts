/**
 * The token classifier's features, computed without building feature strings. `tokenFeatures` (features.ts) is the
 * readable definition; this computes exactly the same features in the same order, because FNV-1a is a running
 * hash: the row of `w-1=house` is the hash of "w-1=" continued over "house". What depends on a word or a word pair
 * alone is hashed once per article (word-hashes.ts), so a token's features are table look-ups.
 *
 * One walk over a sentence (`fillTokenFeatures`) serves both uses through the tables it reads (`TokenValues`): with
 * the hashes themselves it yields training rows; with each hash's weight under a model it yields the weights the
 * token's logit sums, in the same order, so the same number as summing the rows' weights. Scoring every token of
 * every sentence is the framing layer's hottest loop (about 30 features × every token), and the weight tables turn
 * it into sums over small arrays: no row arithmetic, no scattered reads of the model per feature, no garbage.
 * token-rows.test.ts holds the versions equal on real articles.
 */

import { fnv1a, fnvContinue } from "../../core/fnv.js";
import { type ArticleInfo, bucket, isContentLower, type SentenceInfo, shapeAt, type TokenInfo } from "./features.js";
import { rowOf } from "./hashing.js";
import { FEATURE_LEXICONS } from "./lexicon.js";
import {
  BM,
  BM_FIRST,
  BOUNDARY,
  BP,
  BP_LAST,
  PAIR_FIELDS,
  SFX,
  ST,
  STEM,
  W,
  WM1,
  WM2,
  WORD_FIELDS,
  WP1,
  WP2,
  wordHashesOf,
} from "./word-hashes.js";

/** `lx${d}=${name}` for d = -2..2 and every lexicon: LEXICON_SLOTS entries per offset, offset d at (d + 2). */
const LEXICON_SLOTS = 32;
const REP_EDGES = [2, 4, 8];
const SLEN_EDGES = [5, 10, 20, 35];
const POS_EDGES = [0.33, 0.66];
const SHAPE_PREFIX = fnv1a("sh=");

/** The hash of every feature of fixed text, by name: what `FixedValues` maps to values. */
const FIXED_HASHES = {
  bias: fnv1a("bias"),
  quoted: fnv1a("quoted"),
  est: fnv1a("est"),
  pairrep: fnv1a("pairrep"),
  title: fnv1a("title"),
  /** `lx${d}=${name}` at (d + 2) × LEXICON_SLOTS + lexicon index (FEATURE_LEXICONS order); the rest unused. */
  lx: [-2, -1, 0, 1, 2].flatMap((d) =>
    Array.from({ length: LEXICON_SLOTS }, (_, i) => {
      const lexicon = FEATURE_LEXICONS[i];
      return lexicon ? fnv1a(`lx${d}=${lexicon.name}`) : 0;
    }),
  ),
  slx: Array.from({ length: LEXICON_SLOTS }, (_, i) => {
    const lexicon = FEATURE_LEXICONS[i];
    return lexicon ? fnv1a(`slx=${lexicon.name}`) : 0;
  }),
  /** `rep=${bucket(count, REP_EDGES)}`: buckets 0–3. */
  rep: [0, 1, 2, 3].map((b) => fnv1a(`rep=${b}`)),
  sendExclamation: fnv1a("send=!"),
  sendQuestion: fnv1a("send=?"),
  sendPeriod: fnv1a("send=."),
  /** `slen=${bucket(n, SLEN_EDGES)}`: buckets 0–4. */
  slen: [0, 1, 2, 3, 4].map((b) => fnv1a(`slen=${b}`)),
  posFirst: fnv1a("pos=first"),
  posLast: fnv1a("pos=last"),
  posMid: [0, 1, 2].map((b) => fnv1a(`pos=${b}`)),
  /** `sh=` of the shapes most tokens have (`shapeAt` returns them as these constants). */
  shLow: fnvContinue(SHAPE_PREFIX, "low"),
  shNum: fnvContinue(SHAPE_PREFIX, "num"),
  shCap: fnvContinue(SHAPE_PREFIX, "Cap"),
  shCaps: fnvContinue(SHAPE_PREFIX, "CAPS"),
  wm1: BOUNDARY.wm1,
  wp1: BOUNDARY.wp1,
  wm2: BOUNDARY.wm2,
  wp2: BOUNDARY.wp2,
};

type FixedValues = {
  readonly [K in keyof typeof FIXED_HASHES]: (typeof FIXED_HASHES)[K] extends number ? number : Float64Array;
};

/** Every fixed feature's value under `featureValue` (its hash, or its weight). */
function fixedValues(featureValue: (hash: number) => number): FixedValues {
  const out: Record<string, number | Float64Array> = {};
  for (const [name, hash] of Object.entries(FIXED_HASHES))
    out[name] = typeof hash === "number" ? featureValue(hash) : Float64Array.from(hash, featureValue);
  return out as FixedValues;
}

/**
 * What each feature of a token contributes, by where the feature comes from: its hash (training rows) or its
 * weight under a model (scoring). Tables by word id and pair id hold WORD_FIELDS and PAIR_FIELDS values (as
 * word-hashes.ts lays them out); `ofHash` maps a hash that no table holds (an uncommon shape).
 */
interface TokenValues {
  readonly word: ArrayLike<number>;
  readonly pair: ArrayLike<number>;
  /** The article's tone features. */
  readonly tone: ArrayLike<number>;
  readonly fixed: FixedValues;
  readonly ofHash: (hash: number) => number;
}

const identity = (hash: number): number => hash;
const FIXED_AS_HASHES = fixedValues(identity);

/** The article's features as hashes. */
function hashValues(article: ArticleInfo): TokenValues {
  const hashes = wordHashesOf(article);
  return { word: hashes.word, pair: hashes.pair, tone: hashes.tone, fixed: FIXED_AS_HASHES, ofHash: identity };
}

/** The fixed features' weights, per weight table and dimension (a model's tables live as long as the model). */
const fixedWeights = new WeakMap<ArrayLike<number>, { readonly dim: number; readonly fixed: FixedValues }>();

/** `hash`'s weight: the weight of the row it reduces to. */
const weightOf =
  (weights: ArrayLike<number>, dim: number) =>
  (hash: number): number =>
    weights[rowOf(hash, dim)] as number;

/**
 * The article's features as weights under one model, for the article and model asked for last. The word and pair
 * tables are buffers reused from article to article (tens of KB per article, outside the JavaScript heap, and
 * read only while `tokenLogitsOf` runs): a longer buffer than the article needs is read only up to its ids.
 */
const weightScratch = {
  article: undefined as ArticleInfo | undefined,
  weights: undefined as ArrayLike<number> | undefined,
  dim: 0,
  word: new Float64Array(0),
  pair: new Float64Array(0),
  values: undefined as TokenValues | undefined,
};

/** The word fields every token reads of its own word or a neighbour's. */
const EVERY_WORD_FIELDS = [W, SFX, WM1, WP1, WM2, WP2] as const;

/** The article's features as weights under `weights`. */
function weightValues(article: ArticleInfo, weights: ArrayLike<number>, dim: number): TokenValues {
  const s = weightScratch;
  if (s.article === article && s.weights === weights && s.dim === dim && s.values !== undefined) return s.values;
  const featureValue = weightOf(weights, dim);
  let fixed = fixedWeights.get(weights);
  if (fixed === undefined || fixed.dim !== dim) {
    fixed = { dim, fixed: fixedValues(featureValue) };
    fixedWeights.set(weights, fixed);
  }
  const hashes = wordHashesOf(article);
  if (s.word.length < hashes.word.length) s.word = new Float64Array(2 * hashes.word.length);
  if (s.pair.length < hashes.pair.length) s.pair = new Float64Array(2 * hashes.pair.length);
  // The word fields a token reads: of every word its own and neighbour fields, the stem only of a word that has one
  // (`HAS_STEM`), and the sentence-edge bigrams only of the words that open (`BM_FIRST`) or close (`BP_LAST`) one
  // of the article's sentences, the only tokens that read them. Each is a random read of a 4 MB table; the fields
  // left out keep what an earlier article left there, and nothing reads them.
  const traits = wordTraits(article);
  for (let id = 0; id < traits.length; id++) {
    const at = id * WORD_FIELDS;
    for (const field of EVERY_WORD_FIELDS) s.word[at + field] = featureValue(hashes.word[at + field] as number);
    if ((traits[id] as number) & HAS_STEM) s.word[at + ST] = featureValue(hashes.word[at + ST] as number);
  }
  for (const sentence of article.sentences) {
    const first = sentence.tokens[0];
    const last = sentence.tokens[sentence.tokens.length - 1];
    if (first !== undefined) {
      const at = first.word * WORD_FIELDS + BM_FIRST;
      s.word[at] = featureValue(hashes.word[at] as number);
    }
    if (last !== undefined) {
      const at = last.word * WORD_FIELDS + BP_LAST;
      s.word[at] = featureValue(hashes.word[at] as number);
    }
  }
  // Of a pair only its token bigrams (`b-=`, `b+=`: the `b=` field is the sentence classifier's).
  for (let at = 0; at < hashes.pair.length; at += PAIR_FIELDS) {
    s.pair[at + BM] = featureValue(hashes.pair[at + BM] as number);
    s.pair[at + BP] = featureValue(hashes.pair[at + BP] as number);
  }
  s.values = {
    word: s.word,
    pair: s.pair,
    tone: Float64Array.from(hashes.tone, featureValue),
    fixed: fixed.fixed,
    ofHash: featureValue,
  };
  s.article = article;
  s.weights = weights;
  s.dim = dim;
  return s.values;
}

/** `WordTraits` bits: the word is long enough for a stem feature; it ends in "-est" (`est`); a content word's. */
const HAS_STEM = 1;
const EST_ENDING = 2;
const CONTENT_LOWER = 4;

const articleTraits = new WeakMap<ArticleInfo, Uint8Array>();

/** What the token features ask of each word's lower case, by word id, worked out once per article. */
function wordTraits(article: ArticleInfo): Uint8Array {
  let traits = articleTraits.get(article);
  if (traits === undefined) {
    const words = article.vocabulary.words;
    traits = new Uint8Array(words.length);
    for (let id = 0; id < words.length; id++) {
      const lower = words[id] as string;
      traits[id] =
        (lower.length > STEM ? HAS_STEM : 0) |
        (lower.length > 5 && lower.endsWith("est") ? EST_ENDING : 0) |
        (isContentLower(lower) ? CONTENT_LOWER : 0);
    }
    articleTraits.set(article, traits);
  }
  return traits;
}

/**
 * Every token's feature values, in token order: token k's are `items[starts[k]]` … `items[starts[k + 1] - 1]`.
 * Reused from sentence to sentence (copy what must outlive the next fill).
 */
class TokenFeatureBuffer {
  items = new Float64Array(1024);
  starts = new Int32Array(65);
  count = 0;

  reset(tokens: number): void {
    this.count = 0;
    if (this.starts.length <= tokens) this.starts = new Int32Array(2 * tokens + 1);
  }

  add(value: number): void {
    if (this.count === this.items.length) {
      const grown = new Float64Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.count++] = value;
  }
}
const buffer = new TokenFeatureBuffer();

/** Adds table[offset + i] for each set bit i of `mask`, lowest first; visits only the set bits (most have none). */
function addLex(out: TokenFeatureBuffer, mask: number, table: Float64Array, offset: number): void {
  for (let rest = mask; rest !== 0; rest &= rest - 1) out.add(table[offset + 31 - Math.clz32(rest & -rest)] as number);
}

/** The `sh=` value of the token's shape (`shapeAt` returns the common shapes as these constants). */
function shapeValue(values: TokenValues, text: string, start: number, end: number): number {
  const s = shapeAt(text, start, end);
  if (s === "low") return values.fixed.shLow;
  if (s === "num") return values.fixed.shNum;
  if (s === "Cap") return values.fixed.shCap;
  if (s === "CAPS") return values.fixed.shCaps;
  return values.ofHash(fnvContinue(SHAPE_PREFIX, s));
}

/** Fills `out` with every token's feature values in `tokenFeatures` order, read from `values`. */
function fillTokenFeatures(
  article: ArticleInfo,
  sentence: SentenceInfo,
  values: TokenValues,
  out: TokenFeatureBuffer,
): void {
  const toks = sentence.tokens;
  const n = toks.length;
  const text = article.text;
  const { wordCounts, pairCounts } = article.vocabulary;
  const { word, pair, fixed } = values;
  const traits = wordTraits(article);
  out.reset(n);

  // What every token of the sentence shares: its end mark, title flag, length, lexicon union and the tone.
  const last = toks[n - 1];
  const endText = last ? text.slice(last.start, last.end) : "";
  const send = endText.includes("!")
    ? fixed.sendExclamation
    : endText.includes("?")
      ? fixed.sendQuestion
      : fixed.sendPeriod;
  const slen = fixed.slen[bucket(n, SLEN_EDGES)] as number;
  let sentenceLex = 0;
  for (let k = 0; k < n; k++) sentenceLex |= (toks[k] as TokenInfo).lex;

  for (let k = 0; k < n; k++) {
    out.starts[k] = out.count;
    const t = toks[k] as TokenInfo;
    const trait = traits[t.word] as number;
    const at = t.word * WORD_FIELDS;
    const previous = k >= 1 ? (toks[k - 1] as TokenInfo) : undefined;
    const next = k + 1 < n ? (toks[k + 1] as TokenInfo) : undefined;
    out.add(fixed.bias);
    out.add(word[at + W] as number);
    out.add(shapeValue(values, text, t.start, t.end));
    out.add(word[at + SFX] as number);
    if (trait & HAS_STEM) out.add(word[at + ST] as number);
    out.add(previous ? (word[previous.word * WORD_FIELDS + WM1] as number) : fixed.wm1);
    out.add(next ? (word[next.word * WORD_FIELDS + WP1] as number) : fixed.wp1);
    out.add(k >= 2 ? (word[(toks[k - 2] as TokenInfo).word * WORD_FIELDS + WM2] as number) : fixed.wm2);
    out.add(k + 2 < n ? (word[(toks[k + 2] as TokenInfo).word * WORD_FIELDS + WP2] as number) : fixed.wp2);
    // The left bigram is this token's pair with the previous token, the right one the next token's pair.
    out.add(previous ? (pair[t.pair * PAIR_FIELDS + BM] as number) : (word[at + BM_FIRST] as number));
    out.add(next ? (pair[next.pair * PAIR_FIELDS + BP] as number) : (word[at + BP_LAST] as number));
    for (let d = -2; d <= 2; d++) {
      const neighbour = toks[k + d];
      if (neighbour !== undefined && neighbour.lex !== 0) addLex(out, neighbour.lex, fixed.lx, (d + 2) * LEXICON_SLOTS);
    }
    if (t.quoted) out.add(fixed.quoted);
    if (trait & EST_ENDING) out.add(fixed.est);
    // `isContentWord(t)`: the word's part is a trait.
    if (t.kind === "word" && trait & CONTENT_LOWER) {
      out.add(fixed.rep[bucket(wordCounts[t.word] as number, REP_EDGES)] as number);
      const pairL = previous ? (pairCounts[t.pair] as number) : 0;
      // The last token's right pair is "<word> </s>", which no article contains.
      const pairR = next ? (pairCounts[next.pair] as number) : 0;
      if (Math.max(pairL, pairR) >= 2) out.add(fixed.pairrep);
    }
    out.add(send);
    if (sentence.title) out.add(fixed.title);
    out.add(slen);
    out.add(
      k === 0 ? fixed.posFirst : k === n - 1 ? fixed.posLast : (fixed.posMid[bucket(k / n, POS_EDGES)] as number),
    );
    addLex(out, sentenceLex, fixed.slx, 0);
    for (let i = 0; i < values.tone.length; i++) out.add(values.tone[i] as number);
  }
  out.starts[n] = out.count;
}

/** Rows of every token of `sentence` for the token classifier: `tokenFeatures` hashed into `dim` rows. */
export function tokenRowsOf(article: ArticleInfo, sentence: SentenceInfo, dim: number): Int32Array[] {
  fillTokenFeatures(article, sentence, hashValues(article), buffer);
  const out: Int32Array[] = new Array(sentence.tokens.length);
  for (let k = 0; k < out.length; k++) {
    const from = buffer.starts[k] as number;
    const rows = new Int32Array((buffer.starts[k + 1] as number) - from);
    for (let i = 0; i < rows.length; i++) rows[i] = rowOf(buffer.items[from + i] as number, dim);
    out[k] = rows;
  }
  return out;
}

/**
 * Each token's logit under the token classifier's weights: the sum `logitScore` gives over `tokenRowsOf`, in the
 * same order (so the same number), from the article's weight tables — the runtime needs only the scores. Under a
 * table whose sums are exact (`sumsExactly`: the shipped model's), the order does not matter and the sum is taken
 * by `exactTokenLogits`, which adds what a sentence's tokens share once per sentence.
 */
export function tokenLogitsOf(
  article: ArticleInfo,
  sentence: SentenceInfo,
  weights: ArrayLike<number>,
  dim: number,
): number[] {
  const values = weightValues(article, weights, dim);
  if (sumsExactly(weights) && values.tone.length <= MAX_TONE_TERMS) return exactTokenLogits(article, sentence, values);
  fillTokenFeatures(article, sentence, values, buffer);
  const { items, starts } = buffer;
  const out: number[] = new Array(sentence.tokens.length);
  for (let k = 0; k < out.length; k++) {
    let z = 0;
    for (let i = starts[k] as number; i < (starts[k + 1] as number); i++) z += items[i] as number;
    out[k] = z;
  }
  return out;
}

/**
 * Most values a token's logit adds: its 19 features of one value each (bias, word, shape, suffix, stem, the four
 * neighbour words, the two bigrams, quoted, -est, rep, pairrep, end mark, title, length, position), one per lexicon
 * at each of the five positions and in the sentence (at most LEXICON_SLOTS × 6), and the tone's, at most
 * MAX_TONE_TERMS.
 */
const MAX_TONE_TERMS = 64;
export const MAX_TOKEN_TERMS = 19 + 6 * LEXICON_SLOTS + MAX_TONE_TERMS;
/** Double precision carries 53 significant bits. */
const DOUBLE_BITS = 53;

/**
 * The power of two every non-zero weight of a table is a multiple of (its lowest set bit: 2^-exponent), and the
 * largest |weight|; undefined when some weight is not finite.
 */
export function weightGrid(weights: ArrayLike<number>): { exponent: number; largest: number } | undefined {
  let exponent = 0;
  let largest = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (w === 0) continue;
    if (!Number.isFinite(w)) return undefined;
    const a = Math.abs(w);
    if (a > largest) largest = a;
    // Every finite double is a multiple of 2^-1074, so the loop ends.
    while (!isMultipleOf(a, exponent)) exponent++;
  }
  return { exponent, largest };
}

/** Exponents up to this are applied in one multiplication (2^1023 is the largest finite power of two). */
const ONE_STEP_EXPONENT = 1000;

/**
 * Whether the finite, non-negative `a` is a multiple of 2^-exponent (0 ≤ exponent ≤ 1074): a × 2^exponent is a
 * whole number. 2^exponent is applied in two steps, since it overflows past 2^1023; a product that overflows is
 * above 2^1023, so whole.
 */
function isMultipleOf(a: number, exponent: number): boolean {
  const first = Math.min(exponent, ONE_STEP_EXPONENT);
  const scaled = a * 2 ** first * 2 ** (exponent - first);
  return scaled === Number.POSITIVE_INFINITY || Number.isInteger(scaled);
}

const exactTables = new WeakMap<object, boolean>();

/**
 * Whether any sum of up to MAX_TOKEN_TERMS weights of the table is exact in double precision, so the same number
 * in any order: every weight is a multiple of 2^-e (the float32 weights of a quantised model are), and
 * MAX_TOKEN_TERMS × the largest |weight| is under 2^(53 - e), so every partial sum is a multiple of 2^-e of under
 * 53 significant bits. Worked out once per table (tables are not changed once scored with).
 */
export function sumsExactly(weights: ArrayLike<number>): boolean {
  if (typeof weights !== "object" || weights === null) return false;
  let exact = exactTables.get(weights);
  if (exact === undefined) {
    const grid = weightGrid(weights);
    exact = grid !== undefined && MAX_TOKEN_TERMS * grid.largest < 2 ** (DOUBLE_BITS - grid.exponent);
    exactTables.set(weights, exact);
  }
  return exact;
}

/** Σ table[offset + i] over the set bits i of `mask`. */
function lexSum(mask: number, table: Float64Array, offset: number): number {
  let z = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) z += table[offset + 31 - Math.clz32(rest & -rest)] as number;
  return z;
}

/**
 * `tokenLogitsOf` for a table whose sums are exact: the same features' values as `fillTokenFeatures` gives, added
 * in another order, what the sentence's tokens share (bias, end mark, title, length, lexicon union and the tone)
 * once for the sentence.
 */
function exactTokenLogits(article: ArticleInfo, sentence: SentenceInfo, values: TokenValues): number[] {
  const toks = sentence.tokens;
  const n = toks.length;
  const text = article.text;
  const { wordCounts, pairCounts } = article.vocabulary;
  const { word, pair, fixed, tone } = values;
  const traits = wordTraits(article);
  const last = toks[n - 1];
  const endText = last ? text.slice(last.start, last.end) : "";
  let shared = fixed.bias;
  shared += endText.includes("!")
    ? fixed.sendExclamation
    : endText.includes("?")
      ? fixed.sendQuestion
      : fixed.sendPeriod;
  if (sentence.title) shared += fixed.title;
  shared += fixed.slen[bucket(n, SLEN_EDGES)] as number;
  let sentenceLex = 0;
  for (let k = 0; k < n; k++) sentenceLex |= (toks[k] as TokenInfo).lex;
  shared += lexSum(sentenceLex, fixed.slx, 0);
  for (let i = 0; i < tone.length; i++) shared += tone[i] as number;

  const out: number[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const t = toks[k] as TokenInfo;
    const trait = traits[t.word] as number;
    const at = t.word * WORD_FIELDS;
    const previous = k >= 1 ? (toks[k - 1] as TokenInfo) : undefined;
    const next = k + 1 < n ? (toks[k + 1] as TokenInfo) : undefined;
    let z = shared + (word[at + W] as number);
    z += shapeValue(values, text, t.start, t.end);
    z += word[at + SFX] as number;
    if (trait & HAS_STEM) z += word[at + ST] as number;
    z += previous ? (word[previous.word * WORD_FIELDS + WM1] as number) : fixed.wm1;
    z += next ? (word[next.word * WORD_FIELDS + WP1] as number) : fixed.wp1;
    z += k >= 2 ? (word[(toks[k - 2] as TokenInfo).word * WORD_FIELDS + WM2] as number) : fixed.wm2;
    z += k + 2 < n ? (word[(toks[k + 2] as TokenInfo).word * WORD_FIELDS + WP2] as number) : fixed.wp2;
    z += previous ? (pair[t.pair * PAIR_FIELDS + BM] as number) : (word[at + BM_FIRST] as number);
    z += next ? (pair[next.pair * PAIR_FIELDS + BP] as number) : (word[at + BP_LAST] as number);
    for (let d = -2; d <= 2; d++) {
      const neighbour = toks[k + d];
      if (neighbour !== undefined && neighbour.lex !== 0) z += lexSum(neighbour.lex, fixed.lx, (d + 2) * LEXICON_SLOTS);
    }
    if (t.quoted) z += fixed.quoted;
    if (trait & EST_ENDING) z += fixed.est;
    if (t.kind === "word" && trait & CONTENT_LOWER) {
      z += fixed.rep[bucket(wordCounts[t.word] as number, REP_EDGES)] as number;
      const pairL = previous ? (pairCounts[t.pair] as number) : 0;
      const pairR = next ? (pairCounts[next.pair] as number) : 0;
      if (Math.max(pairL, pairR) >= 2) z += fixed.pairrep;
    }
    z += k === 0 ? fixed.posFirst : k === n - 1 ? fixed.posLast : (fixed.posMid[bucket(k / n, POS_EDGES)] as number);
    out[k] = z;
  }
  return out;
}
