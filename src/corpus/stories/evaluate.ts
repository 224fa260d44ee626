/**
 * Story clustering scored against gold stories (ECB+ subtopics and topics, BASIL triplets): B-cubed P/R/F1 and
 * ARI for our incremental clusterer and for the TF-IDF cosine baseline, whose threshold is tuned on the same dev
 * data so the comparison is fair to it. `ingestedStories` runs the product itself (`ingest()` of the set as JSONL
 * into a temporary SQLite store) so the figure reported is the one `sift ingest` stores.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyze } from "../../analyze.js";
import { adjustedRand, type BCubed, bcubed } from "../../eval/cluster-metric.js";
import type { LabelledArticle } from "../evaldata/datasets.js";
import { ingest } from "../ingest/ingest.js";
import { prepareArticle, storedFeatures } from "../ingest/record.js";
import { recordItem } from "../ingest/sources/jsonl.js";
import { openSqliteStore } from "../store/sqlite.js";
import { clusterIncrementally, clusterTfidfBaseline } from "./batch.js";
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS } from "./cluster.js";
import { cheapNames, type RawFeatures, rawFeatures } from "./features.js";

/** Synthetic URL host: unique per article, so results map back to gold, and no reader can take a date from it. */
const EVAL_URL_BASE = "https://eval.invalid/";
const EVAL_SOURCE = "eval";
const encoder = new TextEncoder();

/** An article as a JSONL record in the documented field mapping: title, text, date (when the set has one), url. */
export function evalRecord(d: LabelledArticle): { title: string; text: string; url: string; date?: string } {
  return { title: d.title, text: d.text, url: `${EVAL_URL_BASE}${encodeURIComponent(d.id)}`, date: d.date };
}

export type NameSource = "entities" | "capitalised";

/**
 * Features per article. With "entities", the product's own: the article goes through the JSONL mapping, analyze()
 * and prepareArticle exactly as `sift ingest` takes it, so the body (not the headline and dateline lines), the
 * date the reader finds in the text when the set has none, and the entity-layer names are what ingest clusters.
 * "capitalised" skips the analysis (fast, for tuning): the set's raw text and date, capitalised runs as names.
 */
export function featuresOf(docs: readonly LabelledArticle[], names: NameSource): RawFeatures[] {
  if (names === "capitalised") return docs.map((d) => rawFeatures(d.text, d.title, cheapNames(d.text), d.date));
  return docs.map((d) => {
    const record = evalRecord(d);
    const item = recordItem(EVAL_SOURCE, record.url, encoder.encode(JSON.stringify(record)), record);
    if (item.kind !== "item") throw new Error(`${d.id}: ${item.reason}`);
    return prepareArticle(item, analyze(item.analyzeInput, item.options)).features;
  });
}

export interface ClusterScore extends BCubed {
  readonly ari: number;
}

/** What `sift ingest` stored per article, in input order: its story id and its clustering features. */
export interface IngestedStories {
  readonly labels: number[];
  readonly features: RawFeatures[];
  /** Articles stored as an exact or near duplicate (forced into their canonical's story). */
  readonly duplicates: number;
}

/** Ingests the articles (ids must be unique) as one JSONL batch into a temporary store and reads the stories back. */
export async function ingestedStories(docs: readonly LabelledArticle[]): Promise<IngestedStories> {
  const dir = mkdtempSync(join(tmpdir(), "sift-eval-stories-"));
  try {
    const path = join(dir, "articles.jsonl");
    writeFileSync(path, `${docs.map((d) => JSON.stringify(evalRecord(d))).join("\n")}\n`);
    const store = openSqliteStore(join(dir, "corpus.db"));
    try {
      const summary = await ingest([path], { store });
      if (summary.stored !== docs.length)
        throw new Error(
          `${path}: ingest stored ${summary.stored} of ${docs.length} articles (${summary.failed} failed)`,
        );
      const labels: number[] = [];
      const features: RawFeatures[] = [];
      for (const d of docs) {
        const url = evalRecord(d).url;
        const summaryRow = await store.latestByUrl(url);
        const article = summaryRow && (await store.getArticle(summaryRow.id));
        if (article?.storyId === undefined) throw new Error(`${url}: not stored with a story`);
        labels.push(article.storyId);
        features.push(storedFeatures(article));
      }
      return { labels, features, duplicates: summary.duplicates };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** B-cubed P/R/F1 and ARI of predicted story labels against gold. */
export function score(labels: readonly number[], gold: readonly string[]): ClusterScore {
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
