/**
 * `npm run eval:framing`: Sift's propaganda models on the held-out fifth of the PTC articles (FNV-1a(id) mod 5 = 4;
 * see src/annotate/framing/ptc.ts), scored as SemEval-2020 Task 11 scores them (src/eval/framing-metric.ts), next
 * to simple baselines measured in the same run:
 * - SI: lexicon-only loaded language: every hit of the hand-written loaded-language list is a span;
 * - TC: the majority class, Loaded_Language, for every gold span.
 * The TC rows come twice: the default (lexical) model, and the model that also reads the sentence encoder's vectors
 * of the span and its sentence (`sift analyze --encoder`; encoder-techniques.ts; vectors cached by
 * scripts/sentence-vectors.ts, encoded on the first run). Span identification does not use the encoder.
 */
import { pathToFileURL } from "node:url";
import { findHits } from "../src/annotate/framing/lexicon.js";
import { encoderTechniqueModel, framingModels } from "../src/annotate/framing/model-store.js";
import { isHeldOut, loadPtc, type PtcArticle } from "../src/annotate/framing/ptc.js";
import { LOADED_LEXICON } from "../src/annotate/framing/rules/loaded-language.js";
import { findSpans } from "../src/annotate/framing/span-scorer.js";
import { rankTechniques } from "../src/annotate/framing/technique-classifier.js";
import { analysePtc, classifyGoldSpans, extraValues } from "../src/annotate/framing/train.js";
import { addSiArticle, emptySiTally, siScores } from "../src/eval/framing-metric.js";
import { type EvalRow, formatEvalTable } from "../src/eval/report.js";
import { framingEncoderValues } from "./framing-vectors.js";

function lexiconSpans(article: PtcArticle): { start: number; end: number }[] {
  return analysePtc(article).sentences.flatMap((s) =>
    findHits(
      LOADED_LEXICON,
      s.tokens.map((t) => t.lower),
    ).map(([a, b]) => ({ start: s.tokens[a]?.start ?? 0, end: s.tokens[b - 1]?.end ?? 0 })),
  );
}

export async function runFramingEval(): Promise<EvalRow[]> {
  const models = framingModels();
  const held = loadPtc().filter((a) => isHeldOut(a.id));
  const dataset = `PTC held-out 20% (${held.length} articles)`;
  const ours = emptySiTally();
  const base = emptySiTally();
  for (const a of held) {
    addSiArticle(ours, findSpans(models.spans, analysePtc(a)), a.siSpans);
    addSiArticle(base, lexiconSpans(a), a.siSpans);
  }
  const si = siScores(ours);
  const siBase = siScores(base);
  const tc = classifyGoldSpans(held, (a, info, span, k) =>
    rankTechniques(models.techniques, info, span, a.spans)
      .slice(0, k)
      .map((r) => r.technique),
  );
  const encoderModel = encoderTechniqueModel();
  const encoderValues = await framingEncoderValues(held, "held-out framing spans");
  const tcEncoder = classifyGoldSpans(held, (a, info, span, k) =>
    rankTechniques(encoderModel, info, span, a.spans, extraValues(encoderValues, info, span))
      .slice(0, k)
      .map((r) => r.technique),
  );
  // The majority baseline ranks techniques by their training frequency (a twice-labelled span gets the top two).
  const tcBase = classifyGoldSpans(held, (_a, _info, _span, k) =>
    ["Loaded_Language", "Name_Calling,Labeling", "Repetition"].slice(0, k),
  );
  const siPeer = "lexicon-only loaded language";
  const tcPeer = "majority class (Loaded_Language)";
  return [
    {
      task: "propaganda SI",
      dataset,
      metric: "F1 (partial overlap)",
      ours: si.f1,
      peer: siBase.f1,
      peerName: siPeer,
      target: 0.45,
    },
    {
      task: "propaganda SI",
      dataset,
      metric: "precision",
      ours: si.precision,
      peer: siBase.precision,
      peerName: siPeer,
    },
    { task: "propaganda SI", dataset, metric: "recall", ours: si.recall, peer: siBase.recall, peerName: siPeer },
    {
      task: "propaganda TC",
      dataset,
      metric: "micro-F1 (gold spans)",
      ours: tc.micro.f1,
      peer: tcBase.micro.f1,
      peerName: tcPeer,
      target: 0.62,
    },
    {
      task: "propaganda TC",
      dataset,
      metric: "macro-F1 (gold spans)",
      ours: tc.macroF1,
      peer: tcBase.macroF1,
      peerName: tcPeer,
    },
    {
      task: "propaganda TC, sentence encoder (--encoder)",
      dataset,
      metric: "micro-F1 (gold spans)",
      ours: tcEncoder.micro.f1,
      peer: tcBase.micro.f1,
      peerName: tcPeer,
      target: 0.62,
    },
    {
      task: "propaganda TC, sentence encoder (--encoder)",
      dataset,
      metric: "macro-F1 (gold spans)",
      ours: tcEncoder.macroF1,
      peer: tcBase.macroF1,
      peerName: tcPeer,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rows = await runFramingEval();
  console.log(formatEvalTable(rows));
}
