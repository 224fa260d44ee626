/**
 * Technique classification refined by the pre-trained sentence encoder (src/factcheck/sentence-encoder.ts): the
 * encoder's vectors of the span and of the sentence it starts in join the technique classifier's dense features
 * (a second model, `techniques-encoder.json.gz`, trained on the same spans with these 1,024 more values). The
 * hashed words and averaged word vectors miss word order and who is described ("these people are truly crazy"
 * is loaded language, "crazy" alone name-calling); the encoder reads the whole phrase and its sentence
 * (5-fold CV micro-F1 0.612 → 0.629, held-out 0.553 → 0.572; models/framing/README.md).
 *
 * The encoder is asynchronous and costs ~15 ms a text, so the default pipeline never runs it: `withEncoderStages`
 * (src/pipeline/encoder.ts) encodes the texts `encoderTexts` names, then runs the framing stage with the vectors.
 */
import type { Span } from "../../core/span.js";
import { SENTENCE_VECTOR_DIMENSIONS } from "../../factcheck/sentence-encoder.js";
import { type ArticleInfo, sentenceAt } from "./features.js";

/** The span's encoder vector × 3 (CV micro-F1: ×1 0.624, ×3 0.622, ×6 0.626 with the span's vector alone). */
export const ENCODER_SPAN_SCALE = 3;
/** The sentence's encoder vector × 1 (CV: the span's ×3 alone 0.622, with the sentence's ×1 0.629). */
export const ENCODER_SENTENCE_SCALE = 1;

/** Dense values the encoder adds: the span's vector, then its sentence's. */
export const ENCODER_VALUES = 2 * SENTENCE_VECTOR_DIMENSIONS;

/** Sentence vectors by the exact text encoded (texts repeat across spans of a sentence, so each is encoded once). */
export type EncoderVectors = ReadonlyMap<string, Float32Array>;

/** What the encoder reads for a span: the span's words, and the sentence it starts in (the span alone without one). */
export function encoderTexts(article: ArticleInfo, span: Span): { span: string; sentence: string } {
  const text = article.text.slice(span.start, span.end);
  const sentence = sentenceAt(article, span.start);
  return { span: text, sentence: sentence ? article.text.slice(sentence.start, sentence.end) : text };
}

/**
 * The encoder's dense values of a span (`ENCODER_VALUES`), scaled; undefined when either vector is missing (the
 * span is then ranked by the lexical model alone).
 */
export function encoderValues(vectors: EncoderVectors, article: ArticleInfo, span: Span): Float32Array | undefined {
  const texts = encoderTexts(article, span);
  const own = vectors.get(texts.span);
  const sentence = vectors.get(texts.sentence);
  if (own?.length !== SENTENCE_VECTOR_DIMENSIONS || sentence?.length !== SENTENCE_VECTOR_DIMENSIONS) return undefined;
  const out = new Float32Array(ENCODER_VALUES);
  for (let j = 0; j < SENTENCE_VECTOR_DIMENSIONS; j++) {
    out[j] = (own[j] as number) * ENCODER_SPAN_SCALE;
    out[SENTENCE_VECTOR_DIMENSIONS + j] = (sentence[j] as number) * ENCODER_SENTENCE_SCALE;
  }
  return out;
}
