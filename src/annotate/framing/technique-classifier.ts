/**
 * Technique classification of a given span: multinomial logistic regression over `spanFeatures`. The 14 classes
 * are SemEval-2020 Task 11's; `TECHNIQUE_KIND` maps each to the FramingKind Sift reports.
 */
import type { FramingKind } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { ArticleInfo } from "./features.js";
import { rowOf } from "./hashing.js";
import { softmaxScores } from "./logistic.js";
import { spanHashesOf, spanRowsOf } from "./span-rows.js";
import { spanVectorFeaturesInto, spanVectorLength } from "./word-vector-features.js";

export const TECHNIQUES = [
  "Appeal_to_Authority",
  "Appeal_to_fear-prejudice",
  "Bandwagon,Reductio_ad_hitlerum",
  "Black-and-White_Fallacy",
  "Causal_Oversimplification",
  "Doubt",
  "Exaggeration,Minimisation",
  "Flag-Waving",
  "Loaded_Language",
  "Name_Calling,Labeling",
  "Repetition",
  "Slogans",
  "Thought-terminating_Cliches",
  "Whataboutism,Straw_Men,Red_Herring",
] as const;

export type Technique = (typeof TECHNIQUES)[number];

export const TECHNIQUE_KIND: Readonly<Record<Technique, FramingKind>> = {
  Appeal_to_Authority: "appeal-to-authority",
  "Appeal_to_fear-prejudice": "appeal-to-fear",
  "Bandwagon,Reductio_ad_hitlerum": "bandwagon",
  "Black-and-White_Fallacy": "black-and-white",
  Causal_Oversimplification: "causal-oversimplification",
  Doubt: "doubt",
  "Exaggeration,Minimisation": "exaggeration",
  "Flag-Waving": "flag-waving",
  Loaded_Language: "loaded-language",
  "Name_Calling,Labeling": "name-calling",
  Repetition: "repetition",
  Slogans: "slogan",
  "Thought-terminating_Cliches": "thought-terminating-cliche",
  "Whataboutism,Straw_Men,Red_Herring": "whataboutism",
};

export const techniqueIndex = (name: string): number => TECHNIQUES.indexOf(name as Technique);

export interface TechniqueModel {
  readonly dim: number;
  /** `TECHNIQUES.length` weights per row: of every row, or, with `rowIndex`, of the rows that have weights. */
  readonly weights: Float32Array | Float64Array;
  /** Row → its place in `weights`, -1 for a row without weights; absent when `weights` holds every row. */
  readonly rowIndex?: Int32Array;
  /** `TECHNIQUES.length` weights per word-vector feature of the span (`spanVectorFeatures`). */
  readonly dense: Float32Array | Float64Array;
}

/** `spanFeatures` hashed into `dim` rows (computed without the strings: span-rows.ts). */
export const spanRows = (article: ArticleInfo, span: Span, dim: number, others: readonly Span[] = []): Int32Array =>
  spanRowsOf(article, span, dim, others);

/** Rows of the span being ranked (their places in a compact table), reused from span to span. */
let rankRows = new Int32Array(256);
/** The span's word-vector features, reused from span to span. */
let rankVectors = new Float32Array(0);

/**
 * The span's rows for `model.weights`, in feature order: each feature's row, or with `rowIndex` the place of each
 * row that has weights (a row without weights adds zeros, so leaving it out changes no score). A view of a buffer
 * that the next span reuses.
 */
function rowsForModel(model: TechniqueModel, article: ArticleInfo, span: Span, others: readonly Span[]): Int32Array {
  const hashes = spanHashesOf(article, span, others);
  if (rankRows.length < hashes.count) rankRows = new Int32Array(2 * hashes.count);
  const { rowIndex } = model;
  let count = 0;
  for (let i = 0; i < hashes.count; i++) {
    const row = rowOf(hashes.items[i] as number, model.dim);
    const place = rowIndex ? (rowIndex[row] as number) : row;
    if (place >= 0) rankRows[count++] = place;
  }
  return rankRows.subarray(0, count);
}

/**
 * Techniques ranked most probable first. `others` are the other spans found in the same article. `extra` holds
 * more dense values after the word-vector features (the sentence encoder's, encoder-techniques.ts), for a model
 * whose `dense` weights cover them.
 */
export function rankTechniques(
  model: TechniqueModel,
  article: ArticleInfo,
  span: Span,
  others: readonly Span[] = [],
  extra?: Float32Array,
): { technique: Technique; probability: number }[] {
  const p = new Float64Array(TECHNIQUES.length);
  const rows = rowsForModel(model, article, span, others);
  const length = spanVectorLength() + (extra?.length ?? 0);
  if (rankVectors.length !== length) rankVectors = new Float32Array(length);
  else rankVectors.fill(0);
  spanVectorFeaturesInto(article, span, rankVectors.subarray(0, spanVectorLength()));
  if (extra) rankVectors.set(extra, spanVectorLength());
  softmaxScores(model.weights, TECHNIQUES.length, rows, p, { values: rankVectors, weights: model.dense });
  return TECHNIQUES.map((technique, i) => ({ technique, probability: p[i] as number })).sort(
    (a, b) => b.probability - a.probability || a.technique.localeCompare(b.technique),
  );
}
