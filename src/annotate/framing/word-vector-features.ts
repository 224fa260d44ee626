/**
 * Dense word-vector features (GloVe, src/core/word-vectors.ts) for the propaganda models, next to their hashed
 * features: the hashed models know only words seen in ~250 training articles, while the vectors say that "crooked"
 * sits near "corrupt" and "thugs" near "criminals". Each model adds the dot product of its dense weights with
 * these values to its logit (logistic.ts: rows past the hashed ones).
 * - a token: its word's unit vector (the token classifier);
 * - a sentence: the mean and the element-wise maximum of its words' unit vectors (the sentence classifier);
 * - a span: the mean and maximum of its tokens' unit vectors and the vector of its last word (the technique
 *   classifier: name-calling ends on a noun, loaded language on an adjective or verb).
 * The scales below put the pooled values on a footing with the hashed features (5-fold CV, models/framing).
 */
import type { Span } from "../../core/span.js";
import { loadWordVectors } from "../../core/word-vectors.js";
import { type ArticleInfo, type SentenceInfo, sentenceAt, type TokenInfo } from "./features.js";

/** Sentence values × 3: a unit vector's components are ~0.1, a hashed feature's value is 1 (CV: ×1 AUC −0.006). */
export const SENTENCE_VECTOR_SCALE = 3;
/** Span values × 3 (CV micro-F1: ×1 0.603, ×2 0.610, ×3 0.613, ×5 0.610). */
export const SPAN_VECTOR_SCALE = 3;

/** Sentence features: mean, then maximum. */
const SENTENCE_POOLS = 2;
/** Span features: mean, last word, maximum. */
const SPAN_POOLS = 3;

/** The vectors' dimension (read from the file). */
export const vectorDimensions = (): number => loadWordVectors().dimensions;
export const sentenceVectorLength = (): number => SENTENCE_POOLS * vectorDimensions();
export const tokenVectorLength = (): number => vectorDimensions();
export const spanVectorLength = (): number => SPAN_POOLS * vectorDimensions();

/**
 * The unit vectors of an article's words in one block: word id w (`TokenInfo.word`) at `values[w × dimensions]`,
 * when `present[w]` is 1 (0: the word has no vector, and its values are zeros).
 */
export interface ArticleVectors {
  readonly dimensions: number;
  readonly values: Float32Array;
  readonly present: Uint8Array;
}

const articleVectors = new WeakMap<ArticleInfo, ArticleVectors>();

/**
 * Writes the unit vectors of `words` into `values` (word w at w × dimensions, zeros for a word without one) and
 * marks in `present` which have one.
 */
function fillUnitVectors(words: readonly string[], values: Float32Array, present: Uint8Array): void {
  const table = loadWordVectors();
  const d = table.dimensions;
  const unit = new Float32Array(d);
  for (let w = 0; w < words.length; w++) {
    const row = table.rowOf(words[w] as string);
    if (row < 0) {
      values.fill(0, w * d, (w + 1) * d);
      present[w] = 0;
      continue;
    }
    unit.fill(0);
    table.addUnit(unit, row);
    values.set(unit, w * d);
    present[w] = 1;
  }
}

/**
 * The article's word vectors, looked up once per distinct word and kept with the article (the token features of
 * training are views into them). The runtime features read `scratchUnitVectors` instead.
 */
export function wordUnitVectors(article: ArticleInfo): ArticleVectors {
  let vectors = articleVectors.get(article);
  if (vectors === undefined) {
    const d = vectorDimensions();
    const words = article.vocabulary.words;
    vectors = { dimensions: d, values: new Float32Array(words.length * d), present: new Uint8Array(words.length) };
    fillUnitVectors(words, vectors.values, vectors.present);
    articleVectors.set(article, vectors);
  }
  return vectors;
}

/**
 * The word vectors of the article asked for last, in buffers reused from article to article: an article's block
 * is some 170 KB, and allocating one per article (memory outside the JavaScript heap, mapped afresh each time) cost
 * more than filling it. Only for features computed and consumed at once (pooled sentence and span vectors, word
 * projections): another article's request overwrites the buffers, so nothing may keep them.
 */
const scratch = {
  article: undefined as ArticleInfo | undefined,
  values: new Float32Array(0),
  present: new Uint8Array(0),
  /** Views of the article's part of the buffers. */
  vectors: undefined as ArticleVectors | undefined,
};

function scratchUnitVectors(article: ArticleInfo): ArticleVectors {
  if (scratch.article === article && scratch.vectors !== undefined) return scratch.vectors;
  const d = vectorDimensions();
  const words = article.vocabulary.words;
  if (scratch.values.length < words.length * d) {
    scratch.values = new Float32Array(2 * words.length * d);
    scratch.present = new Uint8Array(2 * words.length);
  }
  const vectors = {
    dimensions: d,
    values: scratch.values.subarray(0, words.length * d),
    present: scratch.present.subarray(0, words.length),
  };
  fillUnitVectors(words, vectors.values, vectors.present);
  scratch.article = article;
  scratch.vectors = vectors;
  return vectors;
}

/**
 * Each article word's dot product with `weights` (a token model's word-vector weights), by word id: a word's
 * share of a token logit, worked out once per distinct word rather than once per token.
 */
export function wordProjections(article: ArticleInfo, weights: ArrayLike<number>): Float64Array {
  const { dimensions: d, values, present } = scratchUnitVectors(article);
  const out = new Float64Array(present.length);
  for (let w = 0; w < present.length; w++) {
    if (present[w] === 0) continue;
    let z = 0;
    const base = w * d;
    for (let k = 0; k < d; k++) z += (weights[k] as number) * (values[base + k] as number);
    out[w] = z;
  }
  return out;
}

/** Offsets in `ArticleVectors.values` of the vectors being pooled, reused from call to call. */
let poolBases = new Int32Array(256);

/**
 * `into` ← the mean (from `meanAt`) and element-wise maximum (from `maxAt`) of the vectors of the first `idCount`
 * word ids of `ids` that have one; zeros when none has. The sum is rounded to single precision after every word,
 * as adding into `into` word by word does; four words are taken per pass over the dimensions, so each dimension's
 * sum and maximum are read and written once per four words instead of once per word (same values, same order).
 */
function pool(
  vectors: ArticleVectors,
  ids: ArrayLike<number>,
  idCount: number,
  into: Float32Array,
  meanAt: number,
  maxAt: number,
): void {
  const { dimensions: d, values, present } = vectors;
  if (poolBases.length < idCount) poolBases = new Int32Array(2 * idCount);
  const bases = poolBases;
  let count = 0;
  for (let i = 0; i < idCount; i++) {
    const w = ids[i] as number;
    if (present[w] !== 0) bases[count++] = w * d;
  }
  if (count === 0) return;
  const first = bases[0] as number;
  for (let k = 0; k < d; k++) into[maxAt + k] = values[first + k] as number;
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    const b0 = bases[i] as number;
    const b1 = bases[i + 1] as number;
    const b2 = bases[i + 2] as number;
    const b3 = bases[i + 3] as number;
    for (let k = 0; k < d; k++) {
      const x0 = values[b0 + k] as number;
      const x1 = values[b1 + k] as number;
      const x2 = values[b2 + k] as number;
      const x3 = values[b3 + k] as number;
      const sum = Math.fround(Math.fround(Math.fround((into[meanAt + k] as number) + x0) + x1) + x2);
      into[meanAt + k] = sum + x3;
      let max = into[maxAt + k] as number;
      if (x0 > max) max = x0;
      if (x1 > max) max = x1;
      if (x2 > max) max = x2;
      if (x3 > max) max = x3;
      into[maxAt + k] = max;
    }
  }
  for (; i < count; i++) {
    const base = bases[i] as number;
    for (let k = 0; k < d; k++) {
      const x = values[base + k] as number;
      into[meanAt + k] = (into[meanAt + k] as number) + x;
      if (x > (into[maxAt + k] as number)) into[maxAt + k] = x;
    }
  }
  for (let k = 0; k < d; k++) into[meanAt + k] = (into[meanAt + k] as number) / count;
}

function scaled(values: Float32Array, scale: number): Float32Array {
  for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) * scale;
  return values;
}

/** Word ids being pooled, reused from call to call. */
let poolIds = new Int32Array(256);

/**
 * The sentence's word-vector features (`sentenceVectorLength()` values): mean and maximum over its words, written
 * into `out` (which must hold zeros).
 */
export function sentenceVectorFeaturesInto(
  article: ArticleInfo,
  sentence: SentenceInfo,
  out: Float32Array,
): Float32Array {
  const vectors = scratchUnitVectors(article);
  const tokens = sentence.tokens;
  if (poolIds.length < tokens.length) poolIds = new Int32Array(2 * tokens.length);
  let n = 0;
  for (const t of tokens) if (t.kind === "word") poolIds[n++] = t.word;
  pool(vectors, poolIds, n, out, 0, vectors.dimensions);
  return scaled(out, SENTENCE_VECTOR_SCALE);
}

/** The sentence's word-vector features (`sentenceVectorLength()` values): mean and maximum over its words. */
export const sentenceVectorFeatures = (article: ArticleInfo, sentence: SentenceInfo): Float32Array =>
  sentenceVectorFeaturesInto(article, sentence, new Float32Array(SENTENCE_POOLS * vectorDimensions()));

/** The token's word-vector features (`tokenVectorLength()` values): its word's unit vector, zeros without one. */
export function tokenVectorFeatures(article: ArticleInfo, token: TokenInfo): Float32Array {
  const { dimensions: d, values } = wordUnitVectors(article);
  return values.subarray(token.word * d, (token.word + 1) * d);
}

/**
 * The span's word-vector features (`spanVectorLength()` values): mean, last word's vector, maximum, over its
 * tokens in the sentence where it starts (as `spanFeatures` reads it).
 */
export const spanVectorFeatures = (article: ArticleInfo, span: Span): Float32Array =>
  spanVectorFeaturesInto(article, span, new Float32Array(SPAN_POOLS * vectorDimensions()));

/** `spanVectorFeatures` written into `out` (which must hold zeros). */
export function spanVectorFeaturesInto(article: ArticleInfo, span: Span, out: Float32Array): Float32Array {
  const sentence = sentenceAt(article, span.start);
  const vectors = scratchUnitVectors(article);
  const d = vectors.dimensions;
  const tokens = sentence?.tokens ?? [];
  if (poolIds.length < tokens.length) poolIds = new Int32Array(2 * tokens.length);
  let n = 0;
  let last = -1;
  for (const t of tokens) {
    if (t.start < span.start || t.end > span.end || vectors.present[t.word] === 0) continue;
    poolIds[n++] = t.word;
    if (t.kind === "word") last = t.word;
  }
  pool(vectors, poolIds, n, out, 0, 2 * d);
  if (last >= 0) out.set(vectors.values.subarray(last * d, (last + 1) * d), d);
  return scaled(out, SPAN_VECTOR_SCALE);
}
