/**
 * Propaganda span identification in two stages, both logistic regression over hashed features:
 * 1. a sentence classifier says whether a sentence holds propaganda at all (`sentenceFeatures`, with the article's
 *    overall tone, since some articles are propaganda from end to end); a sentence is chosen when the mean of
 *    that probability and its surest token's probability (stage 2) reaches the threshold: the two classifiers
 *    see different evidence, and their mean chose sentences better than either alone on the tuning slice;
 * 2. inside a chosen sentence, a token classifier (`tokenFeatures`) gives each token the probability of lying in a
 *    span; the span runs from the first to the last token above the token threshold, or covers the sentence
 *    when no token is that sure (appeals to fear, doubt and oversimplification often span whole sentences).
 * Both thresholds are chosen by training for the SemEval partial-overlap F1 on training articles held apart from
 * the weights. An averaged-perceptron BIO tagger was tried first: its hard decisions reached recall 0.13 at best.
 */
import type { Span } from "../../core/span.js";
import type { ArticleInfo, SentenceInfo } from "./features.js";
import { sentenceFeatures } from "./features.js";
import { featureRow } from "./hashing.js";
import { logitProbability } from "./logistic.js";
import { tokenRowsOf } from "./token-rows.js";

export interface SpanScorerModel {
  readonly dim: number;
  /** Logit weights of the sentence classifier. */
  readonly sentence: Float32Array | Float64Array;
  /** Logit weights of the token classifier. */
  readonly token: Float32Array | Float64Array;
  readonly sentenceThreshold: number;
  /** 1 or more means "always the whole sentence". */
  readonly tokenThreshold: number;
}

export const sentenceRows = (article: ArticleInfo, sentence: SentenceInfo, dim: number): Int32Array =>
  Int32Array.from(sentenceFeatures(article, sentence), (f) => featureRow(f, dim));

/** `tokenFeatures` of every token, hashed (computed without the strings: token-rows.ts). */
export const tokenRows = (article: ArticleInfo, sentence: SentenceInfo, dim: number): Int32Array[] =>
  tokenRowsOf(article, sentence, dim);

/** 1 for tokens inside a gold span, 0 outside. */
export function insideLabels(sentence: SentenceInfo, spans: readonly Span[]): number[] {
  return sentence.tokens.map((t) => (spans.some((s) => t.start < s.end && s.start < t.end) ? 1 : 0));
}

/** 1 when any gold span overlaps the sentence. */
export const sentenceLabel = (sentence: Span, spans: readonly Span[]): number =>
  spans.some((s) => s.start < sentence.end && sentence.start < s.end) ? 1 : 0;

const isWordLike = (t: { kind: string }): boolean => t.kind === "word" || t.kind === "number";

/** The span a chosen sentence yields, given its tokens' probabilities (see the module comment). */
export function sentenceSpan(
  sentence: SentenceInfo,
  tokenProbs: readonly number[],
  tokenThreshold: number,
): Span | undefined {
  const words = sentence.tokens.map((t, k) => [t, tokenProbs[k] ?? 0] as const).filter(([t]) => isWordLike(t));
  const hot = words.filter(([, p]) => p >= tokenThreshold);
  const run = hot.length > 0 ? hot : words;
  const first = run[0]?.[0];
  const last = run[run.length - 1]?.[0];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

export interface ScoredSpan extends Span {
  /** The sentence's score: mean of the sentence probability and its surest token's probability. */
  readonly score: number;
}

/** A sentence's score (see the module comment) and its tokens' probabilities. */
export function scoreSentence(
  model: Pick<SpanScorerModel, "dim" | "sentence" | "token">,
  article: ArticleInfo,
  sentence: SentenceInfo,
): { score: number; probs: number[] } {
  const probs = tokenRows(article, sentence, model.dim).map((r) => logitProbability(model.token, r));
  const p = logitProbability(model.sentence, sentenceRows(article, sentence, model.dim));
  return { score: (p + Math.max(0, ...probs)) / 2, probs };
}

/** Propaganda spans of an analysed article or document body; `minScore` can ask for surer sentences only. */
export function findSpans(
  model: SpanScorerModel,
  article: ArticleInfo,
  minScore = model.sentenceThreshold,
): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  for (const sentence of article.sentences) {
    const { score, probs } = scoreSentence(model, article, sentence);
    if (score < minScore) continue;
    const span = sentenceSpan(sentence, probs, model.tokenThreshold);
    if (span) out.push({ ...span, score });
  }
  return out;
}
