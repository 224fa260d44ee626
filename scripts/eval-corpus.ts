/**
 * `npm run eval:corpus`: duplicate detection on a perturbed AllSides set, and story clustering (B-cubed, ARI) on
 * ECB+ dev (subtopic and topic level) and BASIL dev triplets, each next to the TF-IDF cosine baseline.
 * Flags: --cheap-names (capitalised-word names instead of the full analysis), --tune (grid over cluster options).
 */
import { pathToFileURL } from "node:url";
import { buildPerturbedSet, evaluateDuplicates } from "../src/corpus/dedup/evaluate.js";
import { loadAllSides, loadBasil, loadEcbPlus } from "../src/corpus/evaldata/datasets.js";
import { clusterIncrementally } from "../src/corpus/stories/batch.js";
import type { ClusterOptions } from "../src/corpus/stories/cluster.js";
import { evaluateClustering, featuresOf, type NameSource } from "../src/corpus/stories/evaluate.js";
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

function clusterRows(
  dataset: string,
  gold: readonly string[],
  features: ReturnType<typeof featuresOf>,
  target?: number,
): EvalRow[] {
  const r = evaluateClustering(features, gold);
  const peerName = `TF-IDF cosine (t=${r.baselineThreshold})`;
  return [
    { task: "stories", dataset, metric: "B-cubed F1", ours: r.ours.f1, peer: r.baseline.f1, peerName, target },
    { task: "stories", dataset, metric: "B-cubed P", ours: r.ours.precision, peer: r.baseline.precision, peerName },
    { task: "stories", dataset, metric: "B-cubed R", ours: r.ours.recall, peer: r.baseline.recall, peerName },
    { task: "stories", dataset, metric: "ARI", ours: r.ours.ari, peer: r.baseline.ari, peerName },
    {
      task: "stories (IDF from articles so far)",
      dataset,
      metric: "B-cubed F1",
      ours: r.oursGrowing.f1,
      peer: r.baseline.f1,
      peerName,
    },
  ];
}

function names(): NameSource {
  return process.argv.includes("--cheap-names") ? "capitalised" : "entities";
}

export async function runCorpusEval(): Promise<EvalRow[]> {
  const source = names();
  const ecb = loadEcbPlus();
  const basil = loadBasil();
  const ecbFeatures = featuresOf(ecb, source);
  const basilFeatures = featuresOf(basil, source);
  return [
    ...duplicateRows(),
    ...clusterRows(
      "ECB+ dev subtopics",
      ecb.map((d) => d.story),
      ecbFeatures,
      0.93,
    ),
    ...clusterRows(
      "ECB+ dev topics",
      ecb.map((d) => d.topic ?? ""),
      ecbFeatures,
    ),
    ...clusterRows(
      "BASIL dev triplets",
      basil.map((d) => d.story),
      basilFeatures,
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
            const o: ClusterOptions = { threshold, termWeight, figureWeight, dateWindowDays, dateDecayDays };
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
