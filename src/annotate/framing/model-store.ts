/**
 * The propaganda models on disk: models/framing/propaganda.json.gz holds both span-identification classifiers,
 * the technique classifier and the thresholds, as sparse quantised weights (see hashing.ts). Loaded once, lazily.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { modelsDir } from "../../core/paths.js";
import { loadCompactWeights, loadWeights, type SavedWeights, saveWeights } from "./hashing.js";
import type { SpanScorerModel } from "./span-scorer.js";
import type { TechniqueModel } from "./technique-classifier.js";

export const framingModelPath: string = join(modelsDir, "framing", "propaganda.json.gz");

export interface FramingModels {
  readonly spans: SpanScorerModel;
  readonly techniques: TechniqueModel;
  /** Sentence score the runtime annotator asks for (training writes the F1-tuned threshold). */
  readonly runtimeSentenceThreshold: number;
}

interface SavedFile {
  readonly format: "sift-framing-2";
  readonly about: Record<string, unknown>;
  readonly sentenceThreshold: number;
  readonly tokenThreshold: number;
  readonly runtimeSentenceThreshold: number;
  /** The span scorer's sentence-in-context weights (a dozen numbers). */
  readonly context: readonly number[];
  readonly sentence: SavedWeights;
  readonly token: SavedWeights;
  readonly technique: SavedWeights;
}

/** Weights smaller than this (in logit units) change no decision worth keeping; dropping them keeps the file small. */
const MIN_WEIGHT = 0.03;

export function saveFramingModels(
  models: FramingModels,
  about: Record<string, unknown>,
  path = framingModelPath,
): number {
  if (models.techniques.rowIndex) throw new Error("only freshly trained (full-table) framing models can be saved");
  const file: SavedFile = {
    format: "sift-framing-2",
    about,
    sentenceThreshold: models.spans.sentenceThreshold,
    tokenThreshold: models.spans.tokenThreshold,
    runtimeSentenceThreshold: models.runtimeSentenceThreshold,
    context: models.spans.context.map((w) => Number(w.toFixed(6))),
    sentence: saveWeights(models.spans.sentence, models.spans.dim, 1, MIN_WEIGHT),
    token: saveWeights(models.spans.token, models.spans.dim, 1, MIN_WEIGHT),
    technique: saveWeights(models.techniques.weights, models.techniques.dim, 14, MIN_WEIGHT),
  };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

export function readFramingModels(path = framingModelPath): FramingModels {
  if (!existsSync(path)) throw new Error(`framing model missing at ${path}: run \`npm run train:framing\``);
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as SavedFile;
  if (file.format !== "sift-framing-2") throw new Error(`${path}: unknown format ${String(file.format)}`);
  return {
    spans: {
      dim: file.sentence.dim,
      sentence: loadWeights(file.sentence),
      token: loadWeights(file.token),
      context: file.context,
      sentenceThreshold: file.sentenceThreshold,
      tokenThreshold: file.tokenThreshold,
    },
    techniques: { dim: file.technique.dim, ...loadCompactWeights(file.technique) },
    runtimeSentenceThreshold: file.runtimeSentenceThreshold,
  };
}

let cached: FramingModels | undefined;

/** The shipped models, read on first use. */
export function framingModels(): FramingModels {
  cached ??= readFramingModels();
  return cached;
}
