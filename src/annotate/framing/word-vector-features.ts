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
import type { ArticleInfo, SentenceInfo, TokenInfo } from "./features.js";

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

/** The article's word vectors, looked up once per distinct word and kept with the article. */
export function wordUnitVectors(article: ArticleInfo): ArticleVectors {
  let vectors = articleVectors.get(article);
  if (vectors === undefined) {
    const table = loadWordVectors();
    const d = table.dimensions;
    const words = article.vocabulary.words;
    const values = new Float32Array(words.length * d);
    const present = new Uint8Array(words.length);
    const unit = new Float32Array(d);
    for (let w = 0; w < words.length; w++) {
      const row = table.rowOf(words[w] as string);
      if (row < 0) continue;
      unit.fill(0);
      table.addUnit(unit, row);
      values.set(unit, w * d);
      present[w] = 1;
    }
    vectors = { dimensions: d, values, present };
    articleVectors.set(article, vectors);
  }
  return vectors;
}

/**
 * Each article word's dot product with `weights` (a token model's word-vector weights), by word id: a word's
 * share of a token logit, worked out once per distinct word rather than once per token.
 */
export function wordProjections(article: ArticleInfo, weights: ArrayLike<number>): Float64Array {
  const { dimensions: d, values, present } = wordUnitVectors(article);
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

/**
 * `into` ← the mean (from `meanAt`) and element-wise maximum (from `maxAt`) of the vectors of the given word ids
 * that have one; zeros when none has.
 */
function pool(
  vectors: ArticleVectors,
  ids: readonly number[],
  into: Float32Array,
  meanAt: number,
  maxAt: number,
): void {
  const { dimensions: d, values, present } = vectors;
  let count = 0;
  for (const w of ids) {
    if (present[w] === 0) continue;
    const base = w * d;
    if (count === 0) {
      for (let k = 0; k < d; k++) into[maxAt + k] = values[base + k] as number;
    }
    for (let k = 0; k < d; k++) {
      const x = values[base + k] as number;
      into[meanAt + k] = (into[meanAt + k] as number) + x;
      if (x > (into[maxAt + k] as number)) into[maxAt + k] = x;
    }
    count++;
  }
  if (count > 0) for (let k = 0; k < d; k++) into[meanAt + k] = (into[meanAt + k] as number) / count;
}

function scaled(values: Float32Array, scale: number): Float32Array {
  for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) * scale;
  return values;
}

/** The sentence's word-vector features (`sentenceVectorLength()` values): mean and maximum over its words. */
export function sentenceVectorFeatures(article: ArticleInfo, sentence: SentenceInfo): Float32Array {
  const vectors = wordUnitVectors(article);
  const d = vectors.dimensions;
  const out = new Float32Array(SENTENCE_POOLS * d);
  const ids: number[] = [];
  for (const t of sentence.tokens) if (t.kind === "word") ids.push(t.word);
  pool(vectors, ids, out, 0, d);
  return scaled(out, SENTENCE_VECTOR_SCALE);
}

/** The token's word-vector features (`tokenVectorLength()` values): its word's unit vector, zeros without one. */
export function tokenVectorFeatures(article: ArticleInfo, token: TokenInfo): Float32Array {
  const { dimensions: d, values } = wordUnitVectors(article);
  return values.subarray(token.word * d, (token.word + 1) * d);
}

/**
 * The span's word-vector features (`spanVectorLength()` values): mean, last word's vector, maximum, over its
 * tokens in the sentence where it starts (as `spanFeatures` reads it).
 */
export function spanVectorFeatures(article: ArticleInfo, span: Span): Float32Array {
  const sentence = article.sentences.find((s) => s.start <= span.start && span.start < s.end);
  const vectors = wordUnitVectors(article);
  const d = vectors.dimensions;
  const out = new Float32Array(SPAN_POOLS * d);
  const ids: number[] = [];
  let last = -1;
  for (const t of sentence?.tokens ?? []) {
    if (t.start < span.start || t.end > span.end || vectors.present[t.word] === 0) continue;
    ids.push(t.word);
    if (t.kind === "word") last = t.word;
  }
  pool(vectors, ids, out, 0, 2 * d);
  if (last >= 0) out.set(vectors.values.subarray(last * d, (last + 1) * d), d);
  return scaled(out, SPAN_VECTOR_SCALE);
}
