/**
 * Technique classification of a given span: multinomial logistic regression over `spanFeatures`. The 14 classes
 * are SemEval-2020 Task 11's; `TECHNIQUE_KIND` maps each to the FramingKind Sift reports.
 */
import type { FramingKind } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import type { ArticleInfo } from "./features.js";
import { featureRow } from "./hashing.js";
import { softmaxScores } from "./logistic.js";
import { spanFeatures } from "./span-features.js";
import { spanVectorFeatures } from "./word-vector-features.js";

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

export function spanRows(article: ArticleInfo, span: Span, dim: number, others: readonly Span[] = []): Int32Array {
  const features = spanFeatures(article, span, others);
  const rows = new Int32Array(features.length);
  for (let i = 0; i < features.length; i++) rows[i] = featureRow(features[i] as string, dim);
  return rows;
}

/** The places in a compact table (`rowIndex`) of the rows that have weights, in row order. */
function presentRows(rows: Int32Array, rowIndex: Int32Array): Int32Array {
  let count = 0;
  for (const r of rows) if ((rowIndex[r] as number) >= 0) count++;
  const present = new Int32Array(count);
  let k = 0;
  for (const r of rows) {
    const i = rowIndex[r] as number;
    if (i >= 0) present[k++] = i;
  }
  return present;
}

/** Techniques ranked most probable first. `others` are the other spans found in the same article. */
export function rankTechniques(
  model: TechniqueModel,
  article: ArticleInfo,
  span: Span,
  others: readonly Span[] = [],
): { technique: Technique; probability: number }[] {
  const p = new Float64Array(TECHNIQUES.length);
  const rows = spanRows(article, span, model.dim, others);
  const { rowIndex } = model;
  // A row without weights adds zeros, so leaving it out changes no score.
  const present = rowIndex ? presentRows(rows, rowIndex) : rows;
  softmaxScores(model.weights, TECHNIQUES.length, present, p, {
    values: spanVectorFeatures(article, span),
    weights: model.dense,
  });
  return TECHNIQUES.map((technique, i) => ({ technique, probability: p[i] as number })).sort(
    (a, b) => b.probability - a.probability || a.technique.localeCompare(b.technique),
  );
}
