/**
 * `npm run eval:claims`: check-worthiness ranking on CLEF-2020 T5 (4-fold leave-debates-out: each fold's model is
 * trained without its debates and without ClaimBuster's copies of their lines, with the shipped recipe; debates are
 * ranked with the speaker-aware transcript re-ranker, and the sentence model alone is shown next to it) and
 * classification on the ClaimBuster held-out fold (sentence_id % 5 === 0, scored with the shipped model, which never
 * saw it nor debate lines with its text). Two baselines run in the same pass: "a sentence with a number is a claim"
 * and sentence length.
 *
 * Every model is also fitted with the optional encoder refinement (the head of the encoder fine-tuned for
 * check-worthiness, stacked with the lexical logits; models/claims/README.md), and the same rankings and
 * classification are measured with it: rows "check-worthiness, encoder refinement" (ours: with the encoder; peer: the
 * lexical model of the default path, in the same models). The fine-tuned encoder's vectors and out-of-fold logits
 * come from the on-disk cache of scripts/sentence-vectors.ts, where `npm run train:claims-encoder` stores them (a
 * vector missing there is encoded now, at ~15 ms a sentence). That encoder learnt from all four ClaimBuster training
 * folds, ClaimBuster's copies of four debates' lines among them, so the CLEF rows of the refinement are not free of
 * those lines as the lexical rows are.
 */
import { pathToFileURL } from "node:url";
import {
  CLEF_FOLDS,
  type ClaimBusterSentence,
  clefDevSplit,
  clefFold,
  type Debate,
  debateKeys,
  isClaimBusterHeldOut,
  loadClaimBuster,
  loadClefDebates,
} from "../src/annotate/claims/data.js";
import { type LinearModel, loadClaimsModel } from "../src/annotate/claims/model.js";
import { blendFor, scoreClaim, scoreTranscriptLines } from "../src/annotate/claims/score.js";
import { type ClaimsEncoderTraining, trainClaimsModel } from "../src/annotate/claims/train.js";
import { averagePrecision, mean, precisionAt, rankByScore, rPrecision } from "../src/eval/ranking-metric.js";
import { type EvalRow, formatEvalTable } from "../src/eval/report.js";
import { sentenceVectors, storedClaimsEncoderTraining } from "./sentence-vectors.js";

type Scorer = (text: string) => number;

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|percent)\b/i;
const hasNumber: Scorer = (t) => (NUMBER.test(t) ? 1 : 0);
const wordCount: Scorer = (t) => t.split(/\s+/).filter(Boolean).length;

interface RankingScores {
  map: number;
  rPrecision: number;
  p10: number;
}

/** Scores every line of a debate at once (the transcript re-ranker needs the whole debate). */
type DebateScorer = (debate: Debate) => readonly number[];
const perLine =
  (scorer: (debate: Debate) => Scorer): DebateScorer =>
  (d) => {
    const score = scorer(d);
    return d.sentences.map((s) => score(s.text));
  };

function rankDebates(debates: readonly Debate[], scoreDebate: DebateScorer): RankingScores {
  const ap: number[] = [];
  const rp: number[] = [];
  const p10: number[] = [];
  for (const d of debates) {
    const positives = d.sentences.filter((s) => s.label === 1).length;
    if (positives === 0) continue; // the official scorer skips debates with nothing to find
    const scores = scoreDebate(d);
    const ranked = rankByScore(
      d.sentences.map((s, i) => ({ label: s.label, score: scores[i] ?? 0 })),
      (s) => s.score,
      (s) => s.label === 1,
    );
    ap.push(averagePrecision(ranked, positives));
    rp.push(rPrecision(ranked, positives));
    p10.push(precisionAt(ranked, 10));
  }
  return { map: mean(ap), rPrecision: mean(rp), p10: mean(p10) };
}

interface ClassScores {
  p: number;
  r: number;
  f1: number;
  macroF1: number;
}

function classify(test: readonly ClaimBusterSentence[], yes: (text: string) => boolean): ClassScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const s of test) {
    const predicted = yes(s.text);
    if (predicted && s.label === 1) tp++;
    else if (predicted) fp++;
    else if (s.label === 1) fn++;
    else tn++;
  }
  const f = (a: number, b: number, c: number) => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  const f1 = f(tp, fp, fn);
  return { p: tp / Math.max(1, tp + fp), r: tp / Math.max(1, tp + fn), f1, macroF1: (f1 + f(tn, fn, fp)) / 2 };
}

/** The length threshold with the best F1 on the training folds: the fairest single-feature baseline. */
function bestLengthThreshold(train: readonly ClaimBusterSentence[]): number {
  let best = { t: 0, f1: -1 };
  for (let t = 3; t <= 40; t++) {
    const { f1 } = classify(train, (x) => wordCount(x) >= t);
    if (f1 > best.f1) best = { t, f1 };
  }
  return best.t;
}

/** The claims encoder's vector of every ClaimBuster sentence and debate line, by text (cached on disk). */
async function encoderVectors(
  claimBuster: readonly ClaimBusterSentence[],
  debates: readonly Debate[],
): Promise<ReadonlyMap<string, Float32Array>> {
  const texts = [
    ...new Set([...claimBuster.map((s) => s.text), ...debates.flatMap((d) => d.sentences.map((s) => s.text))]),
  ];
  const vectors = await sentenceVectors(texts, "eval-claims: claims encoder", "claims");
  return new Map(texts.map((t, i) => [t, vectors[i] as Float32Array]));
}

export async function runClaimsEval(): Promise<EvalRow[]> {
  const claimBuster = loadClaimBuster();
  const debates = loadClefDebates();
  const vectors = await encoderVectors(claimBuster, debates);
  const encoder: ClaimsEncoderTraining = storedClaimsEncoderTraining(claimBuster.map((s) => s.text));
  const linesOf = (d: Debate) => d.sentences.map((s) => vectors.get(s.text));

  // Each fold's model never saw its debates: neither the debates themselves nor ClaimBuster's copies of their lines.
  const modelsByDebate = new Map<string, LinearModel>();
  for (let fold = 0; fold < CLEF_FOLDS; fold++) {
    const held = debates.filter((_, i) => clefFold(i) === fold);
    const model = trainClaimsModel(
      claimBuster,
      debates.filter((_, i) => clefFold(i) !== fold),
      debateKeys(held),
      encoder,
    );
    for (const d of held) modelsByDebate.set(d.name, model);
  }
  const modelOf = (d: Debate): LinearModel => {
    const model = modelsByDebate.get(d.name);
    if (model === undefined) throw new Error(`eval-claims: no fold model for debate ${d.name}`);
    return model;
  };
  const ours = rankDebates(debates, (d) => scoreTranscriptLines(d.sentences, modelOf(d)));
  const sentenceOnly = rankDebates(
    debates,
    perLine((d) => (t) => scoreClaim(t, modelOf(d)).score),
  );
  const encoderOurs = rankDebates(debates, (d) => scoreTranscriptLines(d.sentences, modelOf(d), linesOf(d)));
  const encoderSentenceOnly = rankDebates(debates, (d) =>
    d.sentences.map((s) => scoreClaim(s.text, modelOf(d), undefined, vectors.get(s.text)).score),
  );
  const numberBase = rankDebates(
    debates,
    perLine(() => hasNumber),
  );
  const lengthBase = rankDebates(
    debates,
    perLine(() => wordCount),
  );

  // The organisers' dev split: a model trained on the earlier 80% of the debates ranks the latest 20%.
  const split = clefDevSplit(debates);
  const devModel = trainClaimsModel(claimBuster, split.train, debateKeys(split.dev), encoder);
  const dev = rankDebates(split.dev, (d) => scoreTranscriptLines(d.sentences, devModel));
  const devSentenceOnly = rankDebates(
    split.dev,
    perLine(() => (t) => scoreClaim(t, devModel).score),
  );
  const devEncoder = rankDebates(split.dev, (d) => scoreTranscriptLines(d.sentences, devModel, linesOf(d)));
  const devEncoderSentenceOnly = rankDebates(split.dev, (d) =>
    d.sentences.map((s) => scoreClaim(s.text, devModel, undefined, vectors.get(s.text)).score),
  );
  const devNumber = rankDebates(
    split.dev,
    perLine(() => hasNumber),
  );
  const devLength = rankDebates(
    split.dev,
    perLine(() => wordCount),
  );

  const model = loadClaimsModel();
  const test = claimBuster.filter(isClaimBusterHeldOut);
  const train = claimBuster.filter((s) => !isClaimBusterHeldOut(s));
  const cb = classify(test, (t) => scoreClaim(t, model).score >= model.threshold);
  const cbEncoder = classify(test, (t) => {
    const vector = vectors.get(t);
    return scoreClaim(t, model, undefined, vector).score >= blendFor(model, vector).threshold;
  });
  const cbNumber = classify(test, (t) => hasNumber(t) === 1);
  const lengthThreshold = bestLengthThreshold(train);
  const cbLength = classify(test, (t) => wordCount(t) >= lengthThreshold);

  const clef = "CLEF-2020 T5, 48 debates, 4-fold leave-debates-out";
  const clefDev = `CLEF-2020 T5 dev split (latest ${split.dev.length} debates; trained on the other ${split.train.length})`;
  const alone = "ours, sentence model alone";
  const cbSet = `ClaimBuster held-out (id%5=0, n=${test.length})`;
  const task = "check-worthiness";
  const num = "has-number baseline";
  const len = "length baseline";
  return [
    { task, dataset: clef, metric: "MAP", ours: ours.map, peer: numberBase.map, peerName: num, target: 0.25 },
    { task, dataset: clef, metric: "MAP", ours: ours.map, peer: lengthBase.map, peerName: len, target: 0.25 },
    {
      task,
      dataset: clef,
      metric: "MAP",
      ours: ours.map,
      peer: sentenceOnly.map,
      peerName: `${alone} (no speakers)`,
      target: 0.25,
    },
    { task, dataset: clef, metric: "R-precision", ours: ours.rPrecision, peer: numberBase.rPrecision, peerName: num },
    {
      task,
      dataset: clef,
      metric: "R-precision",
      ours: ours.rPrecision,
      peer: sentenceOnly.rPrecision,
      peerName: alone,
    },
    { task, dataset: clef, metric: "P@10", ours: ours.p10, peer: numberBase.p10, peerName: num },
    {
      task,
      dataset: clef,
      metric: "P@10",
      ours: ours.p10,
      peer: sentenceOnly.p10,
      peerName: alone,
    },
    { task, dataset: clefDev, metric: "MAP", ours: dev.map, peer: devNumber.map, peerName: num, target: 0.25 },
    { task, dataset: clefDev, metric: "MAP", ours: dev.map, peer: devLength.map, peerName: len, target: 0.25 },
    { task, dataset: clefDev, metric: "MAP", ours: dev.map, peer: devSentenceOnly.map, peerName: alone, target: 0.25 },
    {
      task,
      dataset: clefDev,
      metric: "R-precision",
      ours: dev.rPrecision,
      peer: devSentenceOnly.rPrecision,
      peerName: alone,
    },
    { task, dataset: clefDev, metric: "P@10", ours: dev.p10, peer: devSentenceOnly.p10, peerName: alone },
    { task, dataset: cbSet, metric: "positive P", ours: cb.p, peer: cbNumber.p, peerName: num },
    { task, dataset: cbSet, metric: "positive R", ours: cb.r, peer: cbNumber.r, peerName: num },
    { task, dataset: cbSet, metric: "positive F1", ours: cb.f1, peer: cbNumber.f1, peerName: num, target: 0.8 },
    {
      task,
      dataset: cbSet,
      metric: "positive F1",
      ours: cb.f1,
      peer: cbLength.f1,
      peerName: `${len} (≥${lengthThreshold} words)`,
    },
    { task, dataset: cbSet, metric: "macro F1", ours: cb.macroF1, peer: cbNumber.macroF1, peerName: num },
    ...encoderRows(),
  ];

  /** The encoder refinement (ours) next to the lexical model of the default path (peer), in the same models. */
  function encoderRows(): EvalRow[] {
    const task = "check-worthiness, encoder refinement";
    const lexical = "lexical model (default path)";
    const lexicalAlone = "lexical sentence model alone";
    if (model.encoder === undefined) throw new Error("eval-claims: the shipped claims model has no encoder refinement");
    return [
      { task, dataset: clef, metric: "MAP", ours: encoderOurs.map, peer: ours.map, peerName: lexical, target: 0.25 },
      {
        task,
        dataset: clef,
        metric: "MAP",
        ours: encoderSentenceOnly.map,
        peer: sentenceOnly.map,
        peerName: lexicalAlone,
      },
      {
        task,
        dataset: clef,
        metric: "R-precision",
        ours: encoderOurs.rPrecision,
        peer: ours.rPrecision,
        peerName: lexical,
      },
      { task, dataset: clef, metric: "P@10", ours: encoderOurs.p10, peer: ours.p10, peerName: lexical },
      { task, dataset: clefDev, metric: "MAP", ours: devEncoder.map, peer: dev.map, peerName: lexical, target: 0.25 },
      {
        task,
        dataset: clefDev,
        metric: "MAP",
        ours: devEncoderSentenceOnly.map,
        peer: devSentenceOnly.map,
        peerName: lexicalAlone,
      },
      { task, dataset: clefDev, metric: "P@10", ours: devEncoder.p10, peer: dev.p10, peerName: lexical },
      { task, dataset: cbSet, metric: "positive P", ours: cbEncoder.p, peer: cb.p, peerName: lexical },
      { task, dataset: cbSet, metric: "positive R", ours: cbEncoder.r, peer: cb.r, peerName: lexical },
      { task, dataset: cbSet, metric: "positive F1", ours: cbEncoder.f1, peer: cb.f1, peerName: lexical, target: 0.8 },
      { task, dataset: cbSet, metric: "macro F1", ours: cbEncoder.macroF1, peer: cb.macroF1, peerName: lexical },
    ];
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatEvalTable(await runClaimsEval()));
}
