/**
 * `npm run eval:corpus`: duplicate detection on a perturbed AllSides set, and story clustering (B-cubed, ARI) on
 * ECB+ dev (subtopic and topic level) and BASIL dev triplets, each next to the TF-IDF cosine baseline: the stories
 * `ingest()` stores for the set written as JSONL (the product's figure), and the clustering algorithm alone on the
 * same features (clusterIncrementally with whole-set or growing IDF), to tell the algorithm from the pipeline.
 * Flags: --cheap-names (capitalised-word names instead of the full analysis, so no time anchors either: those come
 * from the times layer), --tune (grid over cluster options; timeAgreement stays at its default).
 */
import { pathToFileURL } from "node:url";
import { buildPerturbedSet, evaluateDuplicates } from "../src/corpus/dedup/evaluate.js";
import { loadAllSides, loadBasil, loadEcbPlus } from "../src/corpus/evaldata/datasets.js";
import { clusterIncrementally } from "../src/corpus/stories/batch.js";
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS } from "../src/corpus/stories/cluster.js";
import {
  evaluateClustering,
  featuresOf,
  ingestedStories,
  type NameSource,
  score,
} from "../src/corpus/stories/evaluate.js";
import { bcubed } from "../src/eval/cluster-metric.js";
import { type EvalRow, formatEvalTable } from "../src/eval/report.js";

/** Originals in the duplicate set: 1,000 AllSides dev articles give 1,000 gold pairs and ~500k negative pairs. */
const DUPLICATE_ORIGINALS = 1000;

function duplicateRows(): EvalRow[] {
  const originals = loadAllSides(DUPLICATE_ORIGINALS).map((r, i) => ({
    id: String(i),
    title: r.title,
    body: r.content_original,
  }));
  const s = evaluateDuplicates(buildPerturbedSet(originals));
  const ds = `allsides-dev perturbed (${DUPLICATE_ORIGINALS} pairs)`;
  return [
    { task: "near-duplicates", dataset: ds, metric: "pair precision", ours: s.precision },
    { task: "near-duplicates", dataset: ds, metric: "pair recall", ours: s.recall },
    { task: "near-duplicates", dataset: ds, metric: "pair F1", ours: s.f1 },
  ];
}

/** Row labels: what `sift ingest` stores, and the clustering algorithm alone on the same (product) features. */
const INGESTED = "stories (as `sift ingest` stores them)";
const BATCH_IDF = "stories (clusterIncrementally, IDF from the whole set)";
const GROWING_IDF = "stories (clusterIncrementally, IDF from articles so far)";

function clusterRows(
  dataset: string,
  gold: readonly string[],
  features: ReturnType<typeof featuresOf>,
  ingested: readonly number[],
  target?: number,
): EvalRow[] {
  const r = evaluateClustering(features, gold);
  const stored = score(ingested, gold);
  const peerName = `TF-IDF cosine (t=${r.baselineThreshold})`;
  const b = r.baseline;
  return [
    { task: INGESTED, dataset, metric: "B-cubed F1", ours: stored.f1, peer: b.f1, peerName, target },
    { task: INGESTED, dataset, metric: "B-cubed P", ours: stored.precision, peer: b.precision, peerName },
    { task: INGESTED, dataset, metric: "B-cubed R", ours: stored.recall, peer: b.recall, peerName },
    { task: INGESTED, dataset, metric: "ARI", ours: stored.ari, peer: b.ari, peerName },
    { task: BATCH_IDF, dataset, metric: "B-cubed F1", ours: r.ours.f1, peer: b.f1, peerName },
    { task: BATCH_IDF, dataset, metric: "B-cubed P", ours: r.ours.precision, peer: b.precision, peerName },
    { task: BATCH_IDF, dataset, metric: "B-cubed R", ours: r.ours.recall, peer: b.recall, peerName },
    { task: BATCH_IDF, dataset, metric: "ARI", ours: r.ours.ari, peer: b.ari, peerName },
    { task: GROWING_IDF, dataset, metric: "B-cubed F1", ours: r.oursGrowing.f1, peer: b.f1, peerName },
  ];
}

function names(): NameSource {
  return process.argv.includes("--cheap-names") ? "capitalised" : "entities";
}

export async function runCorpusEval(): Promise<EvalRow[]> {
  const source = names();
  const ecb = loadEcbPlus();
  const basil = loadBasil();
  const ecbStored = (await ingestedStories(ecb)).labels;
  const basilStored = (await ingestedStories(basil)).labels;
  const ecbFeatures = featuresOf(ecb, source);
  const basilFeatures = featuresOf(basil, source);
  return [
    ...duplicateRows(),
    ...clusterRows(
      "ECB+ dev subtopics",
      ecb.map((d) => d.story),
      ecbFeatures,
      ecbStored,
      0.93,
    ),
    ...clusterRows(
      "ECB+ dev topics",
      ecb.map((d) => d.topic ?? ""),
      ecbFeatures,
      ecbStored,
    ),
    ...clusterRows(
      "BASIL dev triplets",
      basil.map((d) => d.story),
      basilFeatures,
      basilStored,
      0.97,
    ),
  ];
}

/** Grid search over the cluster options, scored by the mean of ECB+ subtopic and BASIL B-cubed F1. */
function tune(): void {
  const source = names();
  const ecb = loadEcbPlus();
  const basil = loadBasil();
  const sets = [
    { f: featuresOf(ecb, source), g: ecb.map((d) => d.story) },
    { f: featuresOf(basil, source), g: basil.map((d) => d.story) },
  ];
  const results: Array<[number, ClusterOptions, number[]]> = [];
  for (const threshold of [0.15, 0.18, 0.2, 0.22, 0.25]) {
    for (const termWeight of [0.4, 0.5, 0.6]) {
      for (const figureWeight of [0, 0.1, 0.2, 0.3]) {
        for (const dateWindowDays of [1, 2, 3]) {
          for (const dateDecayDays of [3, 5, 10]) {
            const o: ClusterOptions = {
              ...DEFAULT_CLUSTER_OPTIONS,
              threshold,
              termWeight,
              figureWeight,
              dateWindowDays,
              dateDecayDays,
            };
            const f1s = sets.map((s) => bcubed(clusterIncrementally(s.f, o), s.g).f1);
            results.push([f1s.reduce((a, b) => a + b, 0) / f1s.length, o, f1s]);
          }
        }
      }
    }
  }
  results.sort((a, b) => b[0] - a[0]);
  for (const [mean, o, f1s] of results.slice(0, 8))
    console.log(mean.toFixed(3), JSON.stringify(o), f1s.map((x) => x.toFixed(3)).join(" "));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv.includes("--tune")) tune();
  else console.log(formatEvalTable(await runCorpusEval()));
}
