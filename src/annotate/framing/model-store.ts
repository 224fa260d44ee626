/**
 * The propaganda models on disk: models/framing/propaganda.json.gz holds both span-identification classifiers,
 * the sentence network, the technique classifier and the thresholds: hashed weights sparse and quantised (see
 * hashing.ts), word-vector weights as rounded numbers. Loaded once, lazily.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { modelsDir } from "../../core/paths.js";
import { loadCompactWeights, loadWeights, type SavedWeights, saveWeights } from "./hashing.js";
import type { SentenceNetwork } from "./sentence-network.js";
import type { SpanScorerModel } from "./span-scorer.js";
import type { TechniqueModel } from "./technique-classifier.js";

export const framingModelPath: string = join(modelsDir, "framing", "propaganda.json.gz");
/** The technique model that also reads the sentence encoder's vectors (encoder-techniques.ts); read only when used. */
export const encoderTechniqueModelPath: string = join(modelsDir, "framing", "techniques-encoder.json.gz");

export interface FramingModels {
  readonly spans: SpanScorerModel;
  readonly techniques: TechniqueModel;
  /** Sentence score the runtime annotator asks for (training writes the F1-tuned threshold). */
  readonly runtimeSentenceThreshold: number;
}

interface SavedFile {
  readonly format: "sift-framing-3";
  readonly about: Record<string, unknown>;
  readonly sentenceThreshold: number;
  readonly tokenThreshold: number;
  readonly runtimeSentenceThreshold: number;
  /** The span scorer's sentence-in-context weights (one per `contextFeatures` entry: 15). */
  readonly context: readonly number[];
  readonly sentence: SavedWeights;
  readonly token: SavedWeights;
  readonly technique: SavedWeights;
  /** Word-vector weights (word-vector-features.ts): sentence, token, and the technique model's 14 per value. */
  readonly sentenceDense: readonly number[];
  readonly tokenDense: readonly number[];
  readonly techniqueDense: readonly number[];
  readonly sentenceNetwork: {
    readonly inputs: number;
    readonly hidden: number;
    readonly inputWeights: readonly number[];
    readonly hiddenBias: readonly number[];
    readonly outputWeights: readonly number[];
    readonly outputBias: number;
  };
}

/** Dense weights keep 5 decimals: the largest are ~1, and rounding at 1e-5 moves no logit by 0.01. */
const DENSE_DECIMALS = 5;
const roundDense = (w: ArrayLike<number>): number[] => Array.from(w, (x) => Number(x.toFixed(DENSE_DECIMALS)));

/** Weights smaller than this (in logit units) change no decision worth keeping; dropping them keeps the file small. */
const MIN_WEIGHT = 0.03;

function saveNetwork(net: SentenceNetwork): SavedFile["sentenceNetwork"] {
  return {
    inputs: net.inputs,
    hidden: net.hidden,
    inputWeights: roundDense(net.inputWeights),
    hiddenBias: roundDense(net.hiddenBias),
    outputWeights: roundDense(net.outputWeights),
    outputBias: Number(net.outputBias.toFixed(DENSE_DECIMALS)),
  };
}

function loadNetwork(saved: SavedFile["sentenceNetwork"]): SentenceNetwork {
  return {
    inputs: saved.inputs,
    hidden: saved.hidden,
    inputWeights: Float32Array.from(saved.inputWeights),
    hiddenBias: Float32Array.from(saved.hiddenBias),
    outputWeights: Float32Array.from(saved.outputWeights),
    outputBias: saved.outputBias,
  };
}

export function saveFramingModels(
  models: FramingModels,
  about: Record<string, unknown>,
  path = framingModelPath,
): number {
  if (models.techniques.rowIndex) throw new Error("only freshly trained (full-table) framing models can be saved");
  const file: SavedFile = {
    format: "sift-framing-3",
    about,
    sentenceThreshold: models.spans.sentenceThreshold,
    tokenThreshold: models.spans.tokenThreshold,
    runtimeSentenceThreshold: models.runtimeSentenceThreshold,
    context: models.spans.context.map((w) => Number(w.toFixed(6))),
    sentence: saveWeights(models.spans.sentence, models.spans.dim, 1, MIN_WEIGHT),
    token: saveWeights(models.spans.token, models.spans.dim, 1, MIN_WEIGHT),
    technique: saveWeights(models.techniques.weights, models.techniques.dim, 14, MIN_WEIGHT),
    sentenceDense: roundDense(models.spans.sentenceDense),
    tokenDense: roundDense(models.spans.tokenDense),
    techniqueDense: roundDense(models.techniques.dense),
    sentenceNetwork: saveNetwork(models.spans.sentenceNetwork),
  };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

export function readFramingModels(path = framingModelPath): FramingModels {
  if (!existsSync(path)) throw new Error(`framing model missing at ${path}: run \`npm run train:framing\``);
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as SavedFile;
  if (file.format !== "sift-framing-3") throw new Error(`${path}: unknown format ${String(file.format)}`);
  return {
    spans: {
      dim: file.sentence.dim,
      sentence: loadWeights(file.sentence),
      token: loadWeights(file.token),
      context: file.context,
      sentenceThreshold: file.sentenceThreshold,
      tokenThreshold: file.tokenThreshold,
      sentenceDense: Float32Array.from(file.sentenceDense),
      tokenDense: Float32Array.from(file.tokenDense),
      sentenceNetwork: loadNetwork(file.sentenceNetwork),
    },
    techniques: {
      dim: file.technique.dim,
      ...loadCompactWeights(file.technique),
      dense: Float32Array.from(file.techniqueDense),
    },
    runtimeSentenceThreshold: file.runtimeSentenceThreshold,
  };
}

let cached: FramingModels | undefined;

/** The shipped models, read on first use. */
export function framingModels(): FramingModels {
  cached ??= readFramingModels();
  return cached;
}

interface SavedEncoderTechniques {
  readonly format: "sift-framing-encoder-1";
  readonly about: Record<string, unknown>;
  readonly technique: SavedWeights;
  /** 14 weights per dense value: the word-vector features, then the encoder's (`ENCODER_VALUES`). */
  readonly techniqueDense: readonly number[];
}

export function saveEncoderTechniqueModel(
  model: TechniqueModel,
  about: Record<string, unknown>,
  path = encoderTechniqueModelPath,
): number {
  if (model.rowIndex) throw new Error("only a freshly trained (full-table) technique model can be saved");
  const file: SavedEncoderTechniques = {
    format: "sift-framing-encoder-1",
    about,
    technique: saveWeights(model.weights, model.dim, 14, MIN_WEIGHT),
    techniqueDense: roundDense(model.dense),
  };
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

export function readEncoderTechniqueModel(path = encoderTechniqueModelPath): TechniqueModel {
  if (!existsSync(path)) throw new Error(`encoder technique model missing at ${path}: run \`npm run train:framing\``);
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as SavedEncoderTechniques;
  if (file.format !== "sift-framing-encoder-1") throw new Error(`${path}: unknown format ${String(file.format)}`);
  return {
    dim: file.technique.dim,
    ...loadCompactWeights(file.technique),
    dense: Float32Array.from(file.techniqueDense),
  };
}

let cachedEncoder: TechniqueModel | undefined;

/** The shipped encoder technique model, read on first use (only the encoder refinement asks for it). */
export function encoderTechniqueModel(): TechniqueModel {
  cachedEncoder ??= readEncoderTechniqueModel();
  return cachedEncoder;
}
