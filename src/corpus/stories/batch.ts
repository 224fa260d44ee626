/**
 * Clustering a batch of articles outside the store, for evaluation: our incremental clusterer (document
 * frequencies grow as articles arrive, as in ingest) followed by the refine pass, and the TF-IDF cosine baseline
 * (global IDF, terms only).
 */
import {
  type ClusterOptions,
  DEFAULT_CLUSTER_OPTIONS,
  DEFAULT_REFINE_OPTIONS,
  type RefineOptions,
  StoryWindow,
} from "./cluster.js";
import { type ArticleVectors, dfKeys, type RawFeatures, vectorize } from "./features.js";
import { DEFAULT_MERGE_OPTIONS, type MergeOptions, mergeLabels } from "./merge.js";
import { refineLabels } from "./refine.js";

/**
 * Story label per article, in input order. `idf: "growing"` uses only the articles seen so far, as ingest into an
 * empty corpus does; `"batch"` gives the clusterer the same whole-batch IDF as the baseline (a warm corpus).
 * With `refine` (the default; `false` turns it off) the refine pass (refine.ts) runs once at the end, as ingest runs
 * it at the end of each batch (src/corpus/ingest/refine.ts): every story the batch touched, once, members in arrival
 * order, compared with the IDF of the whole batch as ingest compares them with the corpus's current document
 * frequencies. Then the merge pass (merge.ts; `merge: false` turns it off) joins stories whose members belong
 * together, as ingest does after refining (src/corpus/ingest/merge.ts). So what `npm run eval:corpus` scores is
 * what `sift ingest` into an empty corpus stores.
 */
export function clusterIncrementally(
  features: readonly RawFeatures[],
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  idf: "growing" | "batch" = "batch",
  refine: RefineOptions | false = DEFAULT_REFINE_OPTIONS,
  merge: MergeOptions | false = DEFAULT_MERGE_OPTIONS,
): number[] {
  const df = new Map<string, number>();
  if (idf === "batch") for (const f of features) for (const k of dfKeys(f)) df.set(k, (df.get(k) ?? 0) + 1);
  const window = new StoryWindow(options);
  const labels: number[] = [];
  features.forEach((f, i) => {
    const v = vectorize(f, { total: idf === "batch" ? features.length : i, df });
    const placed = window.place(v);
    labels.push(window.commit(placed.id, placed.state));
    if (idf === "growing") for (const k of dfKeys(f)) df.set(k, (df.get(k) ?? 0) + 1);
  });
  if (!refine && !merge) return labels;
  const stats = { total: features.length, df };
  const vectors: ArticleVectors[] = features.map((f) => vectorize(f, stats));
  const refined = refine ? refineLabels(labels, vectors, options, refine) : labels;
  return merge ? mergeLabels(refined, vectors, options, refine || DEFAULT_REFINE_OPTIONS, merge) : refined;
}

/** The baseline: single-pass clustering on TF-IDF term cosine only, IDF from the whole batch, no names or dates. */
export function clusterTfidfBaseline(features: readonly RawFeatures[], threshold: number): number[] {
  const df = new Map<string, number>();
  for (const f of features) for (const k of dfKeys(f)) df.set(k, (df.get(k) ?? 0) + 1);
  const stats = { total: features.length, df };
  const options: ClusterOptions = {
    threshold,
    termWeight: 1,
    figureWeight: 0,
    timeAgreement: 0,
    dateWindowDays: 0,
    dateDecayDays: Number.POSITIVE_INFINITY,
  };
  const window = new StoryWindow(options);
  return features.map((f) => {
    const v = vectorize({ ...f, names: new Map(), date: undefined }, stats);
    const placed = window.place(v);
    return window.commit(placed.id, placed.state);
  });
}
