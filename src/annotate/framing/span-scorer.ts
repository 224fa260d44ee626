/**
 * Propaganda span identification in three steps:
 * 1. two logistic regressions over hashed features and word vectors score every sentence: a sentence classifier
 *    says whether the sentence holds propaganda at all (`sentenceFeatures` and the mean and maximum of its words'
 *    vectors), and a token classifier (`tokenFeatures` and the word's vector) gives each token the probability of
 *    lying in a span; a small network over the sentence's word vectors (sentence-network.ts) scores it again;
 * 2. a small dense logistic regression over those scores in their article (`contextFeatures`: the sentence's own
 *    three logits, its neighbours', and the article's mean and top-quarter logits) gives the probability that the
 *    sentence holds a span. Propaganda comes in runs of sentences and some articles are propaganda from end to
 *    end while others are plain reports, so the neighbours and the article say much about one sentence;
 * 3. inside a sentence that reaches the sentence threshold, every run of consecutive words at or above the token
 *    threshold is a span (a sentence often holds several loaded words apart); when no word is that sure, the
 *    span covers the sentence (appeals to fear, doubt and oversimplification often span whole sentences).
 * The context weights and both thresholds are fitted for SemEval partial-overlap F1 on out-of-fold scores of the
 * training articles, and step 1 ships as the mean of the fold models that gave those scores (train.ts). An
 * averaged-perceptron BIO tagger was tried first: its hard decisions reached recall 0.13 at best.
 */
import type { Span } from "../../core/span.js";
import type { ArticleInfo, SentenceInfo, TokenInfo } from "./features.js";
import { networkLogit, type SentenceNetwork } from "./sentence-network.js";
import { sentenceLogitOf, sentenceRowsOf } from "./sentence-rows.js";
import { tokenLogitsOf, tokenRowsOf } from "./token-rows.js";
import { sentenceVectorFeaturesInto, sentenceVectorLength, wordProjections } from "./word-vector-features.js";

export interface SpanScorerModel {
  readonly dim: number;
  /** Logit weights of the sentence classifier. */
  readonly sentence: Float32Array | Float64Array;
  /** Logit weights of the token classifier. */
  readonly token: Float32Array | Float64Array;
  /** Logit weights of the sentence's word-vector features (`sentenceVectorFeatures`). */
  readonly sentenceDense: Float32Array | Float64Array;
  /** Logit weights of a token's word vector (`tokenVectorFeatures`). */
  readonly tokenDense: Float32Array | Float64Array;
  /** The network over the sentence's word-vector features (a context-stage input). */
  readonly sentenceNetwork: SentenceNetwork;
  /** Weights of the sentence-in-context model, one per `contextFeatures` entry. */
  readonly context: readonly number[];
  readonly sentenceThreshold: number;
  /** 1 or more means "always the whole sentence". */
  readonly tokenThreshold: number;
}

/** `sentenceFeatures` hashed (computed without the strings: sentence-rows.ts). */
export const sentenceRows = (article: ArticleInfo, sentence: SentenceInfo, dim: number): Int32Array =>
  sentenceRowsOf(article, sentence, dim);

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

/** The one span from the first to the last hot word (the sentence's words when none is hot). */
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

/**
 * The spans a chosen sentence yields: each run of consecutive hot words (punctuation between them does not break
 * a run), or the sentence's words when no word is hot. Partial-overlap F1 credits each gold span by the share of
 * it that is covered, so two loaded words far apart are better reported as two spans than one clause.
 */
export function sentenceSpans(sentence: SentenceInfo, tokenProbs: readonly number[], tokenThreshold: number): Span[] {
  const out: Span[] = [];
  let run: { start: number; end: number } | undefined;
  let first: Span | undefined;
  let last: Span | undefined;
  for (const [k, t] of sentence.tokens.entries()) {
    if (!isWordLike(t)) continue;
    first ??= t;
    last = t;
    if ((tokenProbs[k] ?? 0) >= tokenThreshold) {
      if (run) run.end = t.end;
      else run = { start: t.start, end: t.end };
    } else if (run) {
      out.push(run);
      run = undefined;
    }
  }
  if (run) out.push(run);
  if (out.length === 0 && first && last) out.push({ start: first.start, end: last.end });
  return out;
}

/** The logit given to a missing neighbour (before the first or after the last sentence) or an empty sentence. */
export const EDGE_LOGIT = -3;

/**
 * Stage-1 scores of a sentence: its sentence logit, its surest token's logit, the word-vector network's logit and
 * every token's probability.
 */
export interface SentenceScores {
  readonly sentenceLogit: number;
  readonly tokenLogit: number;
  readonly vectorLogit: number;
  readonly probs: number[];
}

/** Per article, its words' shares of the token logit under the last token weights asked for. */
const projectionCache = new WeakMap<ArticleInfo, { weights: ArrayLike<number>; projections: Float64Array }>();

function tokenProjections(article: ArticleInfo, weights: ArrayLike<number>): Float64Array {
  const known = projectionCache.get(article);
  if (known !== undefined && known.weights === weights) return known.projections;
  const projections = wordProjections(article, weights);
  projectionCache.set(article, { weights, projections });
  return projections;
}

/** Σ weights[j] × values[j]. */
export function dot(weights: ArrayLike<number>, values: ArrayLike<number>): number {
  let z = 0;
  for (let j = 0; j < values.length; j++) z += (weights[j] as number) * (values[j] as number);
  return z;
}

/** Stage-1 logits of a sentence: `SentenceScores` with each token's logit in place of its probability. */
interface SentenceLogits {
  readonly sentenceLogit: number;
  readonly tokenLogit: number;
  readonly vectorLogit: number;
  readonly tokenLogits: number[];
}

/** The buffer the sentence's word-vector features are pooled into, reused from sentence to sentence. */
let vectorBuffer = new Float32Array(0);

function sentenceLogits(
  model: Pick<SpanScorerModel, "dim" | "sentence" | "token" | "sentenceDense" | "tokenDense" | "sentenceNetwork">,
  article: ArticleInfo,
  sentence: SentenceInfo,
): SentenceLogits {
  const projections = tokenProjections(article, model.tokenDense);
  const tokenLogits = tokenLogitsOf(article, sentence, model.token, model.dim);
  let tokenLogit = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < tokenLogits.length; k++) {
    const z = (tokenLogits[k] as number) + (projections[(sentence.tokens[k] as TokenInfo).word] as number);
    tokenLogits[k] = z;
    if (z > tokenLogit) tokenLogit = z;
  }
  const length = sentenceVectorLength();
  if (vectorBuffer.length !== length) vectorBuffer = new Float32Array(length);
  else vectorBuffer.fill(0);
  const vectors = sentenceVectorFeaturesInto(article, sentence, vectorBuffer);
  return {
    sentenceLogit: sentenceLogitOf(article, sentence, model.sentence, model.dim) + dot(model.sentenceDense, vectors),
    tokenLogit: tokenLogits.length > 0 ? tokenLogit : EDGE_LOGIT,
    vectorLogit: networkLogit(model.sentenceNetwork, vectors),
    tokenLogits,
  };
}

const probability = (z: number): number => 1 / (1 + Math.exp(-z));

export function scoreSentence(
  model: Pick<SpanScorerModel, "dim" | "sentence" | "token" | "sentenceDense" | "tokenDense" | "sentenceNetwork">,
  article: ArticleInfo,
  sentence: SentenceInfo,
): SentenceScores {
  const { sentenceLogit, tokenLogit, vectorLogit, tokenLogits } = sentenceLogits(model, article, sentence);
  return { sentenceLogit, tokenLogit, vectorLogit, probs: tokenLogits.map(probability) };
}

/** Mean of the top quarter of the article's sentence logits: how loaded its most loaded part is. */
const TOP_SHARE = 0.25;

/**
 * Dense features of sentence i in its article for stage 2: bias, own sentence and token logits, the neighbours'
 * (before, after, and the larger sentence logit of the two), the article's mean sentence and token logits and its
 * top-quarter sentence logit, log(1 + tokens), and the word-vector network's logits of the sentence and its two
 * neighbours.
 */
export function contextFeatures(
  scores: readonly Pick<SentenceScores, "sentenceLogit" | "tokenLogit" | "vectorLogit">[],
  tokenCounts: readonly number[],
): number[][] {
  const n = scores.length;
  const s = scores.map((x) => x.sentenceLogit);
  const t = scores.map((x) => x.tokenLogit);
  const v = scores.map((x) => x.vectorLogit);
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const meanS = mean(s);
  const meanT = mean(t);
  const top = Math.max(1, Math.ceil(n * TOP_SHARE));
  const topS = mean([...s].sort((a, b) => b - a).slice(0, top));
  return scores.map((_, i) => {
    const prevS = s[i - 1] ?? EDGE_LOGIT;
    const nextS = s[i + 1] ?? EDGE_LOGIT;
    return [
      1,
      s[i] as number,
      t[i] as number,
      prevS,
      nextS,
      t[i - 1] ?? EDGE_LOGIT,
      t[i + 1] ?? EDGE_LOGIT,
      meanS,
      meanT,
      topS,
      Math.log1p(tokenCounts[i] ?? 0),
      Math.max(prevS, nextS),
      v[i] as number,
      v[i - 1] ?? EDGE_LOGIT,
      v[i + 1] ?? EDGE_LOGIT,
    ];
  });
}

export const contextProbability = (weights: readonly number[], x: readonly number[]): number => {
  let z = 0;
  for (let j = 0; j < x.length; j++) z += (weights[j] ?? 0) * (x[j] as number);
  return 1 / (1 + Math.exp(-z));
};

export interface ScoredSpan extends Span {
  /** The sentence's stage-2 probability of holding propaganda. */
  readonly score: number;
}

/** Every sentence's stage-2 probability, and its stage-1 logits. */
function contextScores(
  model: Omit<SpanScorerModel, "sentenceThreshold" | "tokenThreshold">,
  article: ArticleInfo,
): { score: number; logits: SentenceLogits }[] {
  const logits = article.sentences.map((s) => sentenceLogits(model, article, s));
  const x = contextFeatures(
    logits,
    article.sentences.map((s) => s.tokens.length),
  );
  return logits.map((l, i) => ({ score: contextProbability(model.context, x[i] ?? []), logits: l }));
}

/** Every sentence's stage-2 probability and its tokens' probabilities. */
export function scoreArticle(
  model: Omit<SpanScorerModel, "sentenceThreshold" | "tokenThreshold">,
  article: ArticleInfo,
): { score: number; probs: number[] }[] {
  return contextScores(model, article).map(({ score, logits }) => ({
    score,
    probs: logits.tokenLogits.map(probability),
  }));
}

/** Propaganda spans of an analysed article or document body; `minScore` can ask for surer sentences only. */
export function findSpans(
  model: SpanScorerModel,
  article: ArticleInfo,
  minScore = model.sentenceThreshold,
): ScoredSpan[] {
  const out: ScoredSpan[] = [];
  const scored = contextScores(model, article);
  for (const [i, sentence] of article.sentences.entries()) {
    const { score, logits } = scored[i] as { score: number; logits: SentenceLogits };
    if (score < minScore) continue;
    // Token probabilities only for the sentences that yield spans (the same numbers `scoreArticle` gives).
    const probs = logits.tokenLogits.map(probability);
    for (const span of sentenceSpans(sentence, probs, model.tokenThreshold)) out.push({ ...span, score });
  }
  return out;
}
