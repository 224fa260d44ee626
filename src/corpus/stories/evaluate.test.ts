/**
 * The evaluation measures the product: `featuresOf` gives, article for article, the features `sift ingest` stored,
 * and clustering them with IDF from the articles so far plus the refine pass gives the stories ingest stored.
 * ECB+ topics 3 and 7 (a chained merge that refine splits, and datelines the reader takes dates from).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { adjustedRand } from "../../eval/cluster-metric.js";
import { loadEcbPlus } from "../evaldata/datasets.js";
import { clusterIncrementally } from "./batch.js";
import { evalRecord, featuresOf, ingestedStories } from "./evaluate.js";
import { TIME_PREFIX } from "./features.js";

const TOPICS = new Set(["3", "7"]);
const docs = loadEcbPlus().filter((d) => TOPICS.has(d.topic ?? ""));

test("evalRecord: the documented JSONL fields, a URL unique per article", () => {
  const r = evalRecord({ id: "3_1ecb", title: "T", text: "Body.", date: "2009-11-30", story: "s" });
  assert.deepEqual(r, { title: "T", text: "Body.", url: "https://eval.invalid/3_1ecb", date: "2009-11-30" });
  assert.equal(new Set(docs.map((d) => evalRecord(d).url)).size, docs.length);
});

test("featuresOf is what ingest stores, and clusterIncrementally (growing IDF, refine) is what ingest clusters", async () => {
  const ingested = await ingestedStories(docs);
  const features = featuresOf(docs, "entities");
  assert.equal(ingested.labels.length, docs.length);
  for (const [i, f] of features.entries()) assert.deepEqual(f, ingested.features[i], `features of ${docs[i]?.id}`);
  assert.ok(
    features.some((f) => f.date !== undefined),
    "some dates come from the datelines (ECB+ gives none)",
  );
  assert.ok(
    features.some((f) => f.date === undefined && [...f.names.keys()].some((k) => k.startsWith(TIME_PREFIX))),
    "undated articles get time anchors from the days their texts state",
  );
  const clustered = clusterIncrementally(features, undefined, "growing");
  assert.equal(adjustedRand(ingested.labels, clustered.map(String)), 1, "the same partition");
  const unrefined = clusterIncrementally(features, undefined, "growing", false);
  assert.ok(adjustedRand(ingested.labels, unrefined.map(String)) < 1, "ingest ran the refine pass");
});
