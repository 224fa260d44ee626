/**
 * Training of the propaganda models on corpus articles. Deterministic: fixed seeds order the examples, so
 * `npm run train:framing` writes the same weights on every run. The hyper-parameters below were chosen by
 * cross-validation over the training articles (folds: `foldOf` in ptc.ts), never on the held-out fifth.
 */
import {
  addSiArticle,
  emptySiTally,
  type LabelledSpan,
  siScores,
  type TcScores,
  tcScore,
} from "../../eval/framing-metric.js";
import { type ArticleInfo, analyseArticle, type TokenInfo } from "./features.js";
import { binaryLogit, type Example, trainDenseLogistic, trainLogistic } from "./logistic.js";
import { foldOf, lineSpans, type PtcArticle } from "./ptc.js";
import { type SentenceNetwork, trainSentenceNetwork } from "./sentence-network.js";
import {
  contextFeatures,
  contextProbability,
  insideLabels,
  type SentenceScores,
  type SpanScorerModel,
  scoreSentence,
  sentenceLabel,
  sentenceRows,
  sentenceSpans,
  tokenRows,
} from "./span-scorer.js";
import { rankTechniques, spanRows, TECHNIQUES, type TechniqueModel, techniqueIndex } from "./technique-classifier.js";
import {
  sentenceVectorFeatures,
  sentenceVectorLength,
  spanVectorFeatures,
  spanVectorLength,
  tokenVectorFeatures,
  tokenVectorLength,
} from "./word-vector-features.js";

/** 2^20 rows: few collisions for the ~200k distinct token and sentence features. */
export const SI_DIM = 1 << 20;
/** The technique classifier sees ~3,500 spans; 2^18 rows leave collisions rare. */
export const TC_DIM = 1 << 18;
export const SEED = 20200911;

/** Sentence classifier: one pass at a small rate (5-fold CV: more passes, a lower rate or five averaged orders moved F1 < 0.005). */
export const SENTENCE_TRAINING = { epochs: 1, rate: 0.02, l2: 0 };
export const TOKEN_TRAINING = { epochs: 2, rate: 0.05, l2: 0 };
/**
 * Three passes: fewer passes stop the ~3,500-span fit before it memorises rare features (5-fold micro-F1, five
 * orders: 2 passes 0.588, 3 passes 0.588, 4 at rate 0.03 0.587, 10 passes 0.580; L2 1e-4 over 20 passes 0.577).
 */
export const TECHNIQUE_TRAINING = { epochs: 3, rate: 0.05, l2: 0 };
export const TECHNIQUE_ORDERS = 5;
/**
 * The sentence network over word vectors (sentence-network.ts). 5-fold CV, out-of-fold SI F1: 16 hidden units
 * 0.411, 32 0.410, 64 0.411; 20 epochs or a rate of 0.003 0.411: the size hardly matters. The shipped network holds
 * the five fold networks side by side (`averageSpanWeights`), so each unit costs five: 8 units (nested CV of the
 * pipeline, `npm run cv:framing-spans`: F1 0.405 with 8 units as with 16).
 */
export const NETWORK_TRAINING = { hidden: 8, epochs: 10, rate: 0.01 };
/** The sentence-in-context stage: 15 dense features, 300 full-batch gradient steps (deterministic). */
export const CONTEXT_TRAINING = { iterations: 300, rate: 0.5, l2: 1e-3 };
/** Folds of the training articles for out-of-fold stage-1 scores. */
export const SI_FOLDS = 5;

/** Threshold grids searched on the out-of-fold scores. A token threshold of 1 means "whole sentences only". */
const SENTENCE_GRID = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const TOKEN_GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 1];

export function analysePtc(article: PtcArticle): ArticleInfo {
  return analyseArticle(article.text, lineSpans(article.text), true);
}

/** The two span classifiers' logit weights (hashed rows, and their word-vector weights apart) and the network. */
export interface SpanWeights {
  readonly sentence: Float64Array;
  readonly token: Float64Array;
  readonly sentenceDense: Float64Array;
  readonly tokenDense: Float64Array;
  readonly sentenceNetwork: SentenceNetwork;
}

export function trainSpanWeights(articles: readonly PtcArticle[], dim: number = SI_DIM): SpanWeights {
  const sentences: Example[] = [];
  const tokens: Example[] = [];
  for (const a of articles) {
    const info = analysePtc(a);
    for (const s of info.sentences) {
      sentences.push({
        rows: sentenceRows(info, s, dim),
        dense: sentenceVectorFeatures(info, s),
        gold: sentenceLabel(s, a.siSpans),
      });
      const labels = insideLabels(s, a.siSpans);
      for (const [k, rows] of tokenRows(info, s, dim).entries()) {
        const dense = tokenVectorFeatures(info, s.tokens[k] as TokenInfo);
        tokens.push({ rows, dense, gold: labels[k] ?? 0 });
      }
    }
  }
  const sentence = binaryLogit(
    trainLogistic(sentences, {
      dim,
      denseDim: sentenceVectorLength(),
      classes: 2,
      seed: SEED,
      ...SENTENCE_TRAINING,
    }),
  );
  const token = binaryLogit(
    trainLogistic(tokens, { dim, denseDim: tokenVectorLength(), classes: 2, seed: SEED + 1, ...TOKEN_TRAINING }),
  );
  const sentenceNetwork = trainSentenceNetwork(
    sentences.map((x) => ({ x: x.dense as Float32Array, gold: x.gold })),
    { seed: SEED + 3, ...NETWORK_TRAINING },
  );
  return {
    sentenceNetwork,
    sentence: sentence.subarray(0, dim),
    sentenceDense: sentence.slice(dim),
    token: token.subarray(0, dim),
    tokenDense: token.slice(dim),
  };
}

/** Stage-1 scores of one training article, from weights that never saw it. */
export interface OutOfFoldArticle {
  readonly article: PtcArticle;
  readonly info: ArticleInfo;
  readonly scores: readonly SentenceScores[];
}

/** Out-of-fold stage-1 scores of the training articles, and the weights of each fold that gave them. */
export interface CrossFit {
  readonly oof: OutOfFoldArticle[];
  /** Weights fitted without fold k's articles, by fold. */
  readonly foldWeights: SpanWeights[];
}

/**
 * Stage-1 scores of every article from weights fitted on the other folds (`foldOf`), so that the context stage
 * and the thresholds are fitted on scores like those of unseen articles, over all training articles rather than
 * a small tuning slice.
 */
export function crossFitSpanWeights(articles: readonly PtcArticle[], dim: number = SI_DIM): CrossFit {
  const oof: OutOfFoldArticle[] = [];
  const foldWeights: SpanWeights[] = [];
  for (let fold = 0; fold < SI_FOLDS; fold++) {
    const weights = trainSpanWeights(
      articles.filter((a) => foldOf(a.id, SI_FOLDS) !== fold),
      dim,
    );
    foldWeights.push(weights);
    for (const article of articles.filter((a) => foldOf(a.id, SI_FOLDS) === fold)) {
      const info = analysePtc(article);
      oof.push({ article, info, scores: info.sentences.map((s) => scoreSentence({ dim, ...weights }, info, s)) });
    }
  }
  return { oof, foldWeights };
}

/**
 * The fold models as one (the shipped stage 1): the mean of their logistic weights, which is the mean of their
 * logits, and their networks side by side as one wider network whose logit is the mean of theirs. The context
 * stage and the thresholds are fitted on scores of models trained on four fifths of the articles; a model refitted
 * on all of them scores on another scale (one SGD pass over more sentences), while the mean of the fold models
 * keeps their scale and averages away the noise of each one's single pass. Nested 5-fold CV of the whole pipeline
 * (`npm run cv:framing-spans`: context and thresholds from inner folds, the outer fold scored): SI F1 0.395 with a
 * refit, 0.405 with the mean of the inner models, better on all five outer folds.
 */
export function averageSpanWeights(models: readonly SpanWeights[]): SpanWeights {
  const first = models[0];
  if (!first) throw new Error("no span weights to average");
  const mean = (pick: (m: SpanWeights) => Float64Array): Float64Array => {
    const out = new Float64Array(pick(first).length);
    for (const m of models) {
      const w = pick(m);
      for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (w[i] as number) / models.length;
    }
    return out;
  };
  const nets = models.map((m) => m.sentenceNetwork);
  const concat = (pick: (n: SentenceNetwork) => ArrayLike<number>, scale = 1): Float64Array =>
    Float64Array.from(nets.flatMap((n) => Array.from(pick(n), (x) => x * scale)));
  return {
    sentence: mean((m) => m.sentence),
    token: mean((m) => m.token),
    sentenceDense: mean((m) => m.sentenceDense),
    tokenDense: mean((m) => m.tokenDense),
    sentenceNetwork: {
      inputs: first.sentenceNetwork.inputs,
      hidden: nets.reduce((a, n) => a + n.hidden, 0),
      inputWeights: concat((n) => n.inputWeights),
      hiddenBias: concat((n) => n.hiddenBias),
      outputWeights: concat((n) => n.outputWeights, 1 / nets.length),
      outputBias: nets.reduce((a, n) => a + n.outputBias, 0) / nets.length,
    },
  };
}

const contextRows = (a: OutOfFoldArticle): number[][] =>
  contextFeatures(
    a.scores,
    a.info.sentences.map((s) => s.tokens.length),
  );

/** The sentence-in-context weights (see span-scorer.ts), fitted on out-of-fold stage-1 scores. */
export function trainContextWeights(oof: readonly OutOfFoldArticle[]): number[] {
  const xs = oof.flatMap(contextRows);
  const ys = oof.flatMap((a) => a.info.sentences.map((s) => sentenceLabel(s, a.article.siSpans)));
  return trainDenseLogistic(xs, ys, CONTEXT_TRAINING);
}

export interface ThresholdChoice {
  readonly sentenceThreshold: number;
  readonly tokenThreshold: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Every (sentence, token) threshold pair of the grids, scored by SI F1 on the out-of-fold scores, best first. */
export function tuneThresholds(context: readonly number[], oof: readonly OutOfFoldArticle[]): ThresholdChoice[] {
  const grid = SENTENCE_GRID.flatMap((st) => TOKEN_GRID.map((tt) => ({ st, tt, tally: emptySiTally() })));
  for (const a of oof) {
    const x = contextRows(a);
    const scored = a.info.sentences.map((s, i) => ({
      s,
      score: contextProbability(context, x[i] ?? []),
      probs: a.scores[i]?.probs ?? [],
    }));
    for (const g of grid) {
      const spans = scored.filter((y) => y.score >= g.st).flatMap((y) => sentenceSpans(y.s, y.probs, g.tt));
      addSiArticle(g.tally, spans, a.article.siSpans);
    }
  }
  return grid
    .map((g) => ({ sentenceThreshold: g.st, tokenThreshold: g.tt, ...siScores(g.tally) }))
    .sort((a, b) => b.f1 - a.f1 || a.sentenceThreshold - b.sentenceThreshold || a.tokenThreshold - b.tokenThreshold);
}

export function spanScorerModel(
  weights: SpanWeights,
  context: readonly number[],
  choice: { sentenceThreshold: number; tokenThreshold: number },
  dim: number = SI_DIM,
): SpanScorerModel {
  return {
    dim,
    ...weights,
    context,
    sentenceThreshold: choice.sentenceThreshold,
    tokenThreshold: choice.tokenThreshold,
  };
}

/**
 * More dense values of a span after its word-vector features (the sentence encoder's: encoder-techniques.ts), all
 * of one length; zeros stand in for a span it has none for.
 */
export interface ExtraSpanValues {
  readonly length: number;
  of(info: ArticleInfo, span: { start: number; end: number }): Float32Array | undefined;
}

/** The span's word-vector features, followed by its `extra` values when asked for. */
function techniqueDense(info: ArticleInfo, span: { start: number; end: number }, extra?: ExtraSpanValues) {
  const base = spanVectorFeatures(info, span);
  if (!extra) return base;
  const out = new Float32Array(base.length + extra.length);
  out.set(base);
  const more = extra.of(info, span);
  if (more) out.set(more, base.length);
  return out;
}

export function trainTechniqueModel(
  articles: readonly PtcArticle[],
  dim: number = TC_DIM,
  extra?: ExtraSpanValues,
): TechniqueModel {
  const examples: Example[] = [];
  for (const a of articles) {
    const info = analysePtc(a);
    for (const s of a.spans) {
      const gold = techniqueIndex(s.technique);
      if (gold >= 0)
        examples.push({ rows: spanRows(info, s, dim, a.spans), dense: techniqueDense(info, s, extra), gold });
    }
  }
  // The average of models fitted in different example orders: SGD on ~3,500 spans varies by a point or two
  // with the order alone, and averaging takes that variance out.
  const denseDim = spanVectorLength() + (extra?.length ?? 0);
  const weights = new Float64Array((dim + denseDim) * TECHNIQUES.length);
  for (let k = 0; k < TECHNIQUE_ORDERS; k++) {
    const w = trainLogistic(examples, {
      dim,
      denseDim,
      classes: TECHNIQUES.length,
      seed: SEED + 2 + k,
      ...TECHNIQUE_TRAINING,
    });
    for (let i = 0; i < w.length; i++) weights[i] = (weights[i] as number) + (w[i] as number) / TECHNIQUE_ORDERS;
  }
  const hashedCells = dim * TECHNIQUES.length;
  return { dim, weights: weights.subarray(0, hashedCells), dense: weights.slice(hashedCells) };
}

/**
 * Scores technique predictions on the gold spans as `npm run eval:framing` does: `pick` names the techniques of
 * each distinct gold span, asked for as many as the span has gold techniques (a twice-labelled span gets its k = 2
 * most probable), and the result is SemEval's micro-F1 over (article, span, technique).
 */
export function classifyGoldSpans(
  articles: readonly PtcArticle[],
  pick: (article: PtcArticle, info: ArticleInfo, span: { start: number; end: number }, k: number) => string[],
): TcScores {
  const gold: LabelledSpan[] = [];
  const predicted: LabelledSpan[] = [];
  for (const a of articles) {
    const info = analysePtc(a);
    const groups = new Map<string, { start: number; end: number; n: number }>();
    for (const s of a.spans) {
      gold.push({ article: a.id, start: s.start, end: s.end, label: s.technique });
      const key = `${s.start}:${s.end}`;
      const g = groups.get(key);
      if (g) g.n++;
      else groups.set(key, { start: s.start, end: s.end, n: 1 });
    }
    for (const g of groups.values()) {
      for (const label of pick(a, info, g, g.n)) predicted.push({ article: a.id, start: g.start, end: g.end, label });
    }
  }
  return tcScore(predicted, gold);
}

/**
 * Technique classification cross-validated over the training articles (the folds of `foldOf`): each fold's spans
 * ranked by a model fitted on the other folds, scored as `classifyGoldSpans` scores them. The figure decisions on
 * the technique model are made on (the held-out fifth is never read here).
 */
export function techniqueCrossValidation(
  articles: readonly PtcArticle[],
  dim: number = TC_DIM,
  extra?: ExtraSpanValues,
): TcScores {
  const models = Array.from({ length: SI_FOLDS }, (_, fold) =>
    trainTechniqueModel(
      articles.filter((a) => foldOf(a.id, SI_FOLDS) !== fold),
      dim,
      extra,
    ),
  );
  return classifyGoldSpans(articles, (a, info, span, k) =>
    rankTechniques(
      models[foldOf(a.id, SI_FOLDS)] as TechniqueModel,
      info,
      span,
      a.spans,
      extraValues(extra, info, span),
    )
      .slice(0, k)
      .map((r) => r.technique),
  );
}

/** A span's `extra` values for ranking (zeros when it has none, as in training); undefined without `extra`. */
export function extraValues(
  extra: ExtraSpanValues | undefined,
  info: ArticleInfo,
  span: { start: number; end: number },
): Float32Array | undefined {
  if (!extra) return undefined;
  return extra.of(info, span) ?? new Float32Array(extra.length);
}
