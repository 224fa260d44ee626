/**
 * `npm run cv:framing-spans`: nested 5-fold cross-validation of the whole span-identification pipeline on the PTC
 * training articles (the held-out fifth is never read). For each outer fold, the other four folds train it exactly
 * as `npm run train:framing` trains on all five: out-of-fold stage-1 scores from inner fold models, the context
 * stage and thresholds fitted on them, then the shipped stage 1 — here both designs, a refit on the four folds and
 * the mean of the inner fold models (`averageSpanWeights`) — scores the outer fold. The out-of-fold F1 that
 * `train:framing` prints cannot compare such designs: it scores the fold models, never the model that ships.
 * ~15 stage-1 fits (each inner model serves two outer folds): several minutes of CPU.
 */
import { foldOf, isHeldOut, loadPtc, type PtcArticle } from "../src/annotate/framing/ptc.js";
import { findSpans, scoreSentence } from "../src/annotate/framing/span-scorer.js";
import {
  analysePtc,
  averageSpanWeights,
  type OutOfFoldArticle,
  SI_DIM,
  SI_FOLDS,
  type SpanWeights,
  trainContextWeights,
  trainSpanWeights,
  tuneThresholds,
} from "../src/annotate/framing/train.js";
import { addSiArticle, emptySiTally, type SiTally, siScores } from "../src/eval/framing-metric.js";

const started = Date.now();
const training = loadPtc().filter((a) => !isHeldOut(a.id));
const foldOfArticle = (a: PtcArticle): number => foldOf(a.id, SI_FOLDS);

/** Stage-1 weights fitted without folds f and g: the inner model of outer fold f for inner fold g, and vice versa. */
const pairs = new Map<string, SpanWeights>();
function withoutFolds(f: number, g: number): SpanWeights {
  const key = `${Math.min(f, g)}:${Math.max(f, g)}`;
  let weights = pairs.get(key);
  if (!weights) {
    weights = trainSpanWeights(training.filter((a) => foldOfArticle(a) !== f && foldOfArticle(a) !== g));
    pairs.set(key, weights);
  }
  return weights;
}

const designs = ["refit on the four folds", "mean of the inner fold models"] as const;
const pooled: SiTally[] = designs.map(() => emptySiTally());
for (let f = 0; f < SI_FOLDS; f++) {
  const inner = training.filter((a) => foldOfArticle(a) !== f);
  const oof: OutOfFoldArticle[] = [];
  const innerModels: SpanWeights[] = [];
  for (let g = 0; g < SI_FOLDS; g++) {
    if (g === f) continue;
    const weights = withoutFolds(f, g);
    innerModels.push(weights);
    for (const article of inner.filter((a) => foldOfArticle(a) === g)) {
      const info = analysePtc(article);
      oof.push({
        article,
        info,
        scores: info.sentences.map((s) => scoreSentence({ dim: SI_DIM, ...weights }, info, s)),
      });
    }
  }
  const context = trainContextWeights(oof);
  const best = tuneThresholds(context, oof)[0];
  if (!best) throw new Error("no threshold was scored");
  const shipped = [trainSpanWeights(inner), averageSpanWeights(innerModels)];
  const figures = shipped.map((weights, d) => {
    const tally = emptySiTally();
    const model = { dim: SI_DIM, ...weights, context, ...best };
    for (const article of training.filter((a) => foldOfArticle(a) === f)) {
      const spans = findSpans(model, analysePtc(article));
      addSiArticle(tally, spans, article.siSpans);
      addSiArticle(pooled[d] as SiTally, spans, article.siSpans);
    }
    return `${designs[d]} ${siScores(tally).f1.toFixed(3)}`;
  });
  console.log(
    `outer fold ${f}: thresholds ${best.sentenceThreshold}/${best.tokenThreshold} (inner F1 ${best.f1.toFixed(3)}); ${figures.join(", ")}`,
  );
}
for (const [d, name] of designs.entries()) {
  const s = siScores(pooled[d] as SiTally);
  console.log(`pooled, ${name}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
}
console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
