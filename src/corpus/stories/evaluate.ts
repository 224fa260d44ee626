/**
 * Story clustering scored against gold stories (ECB+ subtopics and topics, BASIL triplets): B-cubed P/R/F1 and
 * ARI for our incremental clusterer and for the TF-IDF cosine baseline, whose threshold is tuned on the same dev
 * data so the comparison is fair to it.
 */
import { analyze } from "../../analyze.js";
import { adjustedRand, type BCubed, bcubed } from "../../eval/cluster-metric.js";
import type { LabelledArticle } from "../evaldata/datasets.js";
import { clusterIncrementally, clusterTfidfBaseline } from "./batch.js";
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS } from "./cluster.js";
import { cheapNames, namesFromEntities, type RawFeatures, rawFeatures } from "./features.js";

export type NameSource = "entities" | "capitalised";

/** Features per article: names from the full analysis (entities) or the cheap capitalised-run extractor. */
export function featuresOf(docs: readonly LabelledArticle[], names: NameSource): RawFeatures[] {
  return docs.map((d) => {
    let list: string[];
    if (names === "entities") {
      const doc = analyze(d.text, { name: d.id, mediaType: "text/plain", published: d.date });
      list = namesFromEntities(doc.layers.entities ?? []);
    } else list = cheapNames(d.text);
    return rawFeatures(d.text, d.title, list, d.date);
  });
}

export interface ClusterScore extends BCubed {
  readonly ari: number;
}

function score(labels: readonly number[], gold: readonly string[]): ClusterScore {
  return { ...bcubed(labels, gold), ari: adjustedRand(labels, gold) };
}

/** Baseline thresholds tried; the best on the data is reported. */
export const BASELINE_THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];

export function evaluateClustering(
  features: readonly RawFeatures[],
  gold: readonly string[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): { ours: ClusterScore; oursGrowing: ClusterScore; baseline: ClusterScore; baselineThreshold: number } {
  const ours = score(clusterIncrementally(features, options, "batch"), gold);
  const oursGrowing = score(clusterIncrementally(features, options, "growing"), gold);
  let baseline: ClusterScore | undefined;
  let baselineThreshold = 0;
  for (const t of BASELINE_THRESHOLDS) {
    const s = score(clusterTfidfBaseline(features, t), gold);
    if (!baseline || s.f1 > baseline.f1) {
      baseline = s;
      baselineThreshold = t;
    }
  }
  return { ours, oursGrowing, baseline: baseline ?? ours, baselineThreshold };
}
