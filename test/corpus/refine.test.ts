/**
 * The story refine pass in ingest: two ECB+ subtopics of one topic (topic 7: two different events of one kind),
 * ingested after another topic, are chained into one story by single-pass clustering; the end-of-batch refine
 * splits them back into one story per event. Also: `refine: false` leaves the merge, a re-run converges, and
 * refining stories afterwards (`sift stories --refine`) does what ingest would have done, also from the CLI.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { loadEcbPlus } from "../../src/corpus/evaldata/datasets.js";
import { ingest } from "../../src/corpus/ingest/ingest.js";
import { refineStories } from "../../src/corpus/ingest/refine.js";
import { openSqliteStore, type SqliteCorpusStore } from "../../src/corpus/store/sqlite.js";
import { tempDir } from "./helpers.js";

/** Topic 7's two subtopics merge under single-pass clustering when topic 1 came first (checked with
 * clusterIncrementally, refine off, IDF from the articles so far, as ingest into an empty corpus). */
const MERGED_TOPIC = "7";
const BACKGROUND_TOPIC = "1";

const docs = loadEcbPlus().filter((d) => d.topic === BACKGROUND_TOPIC || d.topic === MERGED_TOPIC);

function writeInput(dir: string): string {
  const path = join(dir, "ecb.jsonl");
  writeFileSync(path, `${docs.map((d) => JSON.stringify({ title: d.title, text: d.text, url: d.url })).join("\n")}\n`);
  return path;
}

/** Gold subtopic → the set of story ids its articles ended in, for the merged topic's articles. */
async function storiesOfSubtopics(store: SqliteCorpusStore, path: string): Promise<Map<string, Set<number>>> {
  const out = new Map<string, Set<number>>();
  const rows = store.db.prepare("SELECT article_id, input FROM provenance").all() as {
    article_id: number;
    input: string;
  }[];
  for (const r of rows) {
    const line = Number(r.input.slice(path.length + 1));
    const doc = docs[line - 1];
    assert.ok(doc, `provenance ${r.input} maps to an input line`);
    if (doc.topic !== MERGED_TOPIC) continue;
    const storyId = (await store.articleSummary(r.article_id))?.storyId;
    assert.ok(storyId !== undefined);
    const set = out.get(doc.story) ?? new Set<number>();
    set.add(storyId);
    out.set(doc.story, set);
  }
  return out;
}

test("ingest refine: two events chained into one story end in one story each after the batch", async () => {
  const dir = tempDir("refine");
  const path = writeInput(dir);

  const plain = openSqliteStore(join(dir, "plain.db"));
  const p = await ingest([path], { store: plain, refine: false });
  assert.equal(p.stored, docs.length);
  assert.equal(p.storiesSplit, 0);
  const merged = await storiesOfSubtopics(plain, path);
  assert.equal(merged.size, 2);
  const [a, b] = [...merged.values()];
  assert.deepEqual([...(a ?? [])], [...(b ?? [])], "without refine both subtopics share one story");
  assert.equal(a?.size, 1);

  const refined = openSqliteStore(join(dir, "refined.db"));
  const r = await ingest([path], { store: refined });
  assert.equal(r.stored, docs.length);
  assert.ok(r.storiesSplit >= 1);
  const split = await storiesOfSubtopics(refined, path);
  const [x, y] = [...split.values()];
  assert.equal(x?.size, 1, "each subtopic in one story");
  assert.equal(y?.size, 1);
  assert.notDeepEqual([...(x ?? [])], [...(y ?? [])], "the two subtopics in different stories");
  const stories = (await refined.counts()).stories;
  // Each split adds a story and each merge (both runs have the merge pass) removes one.
  const unmerged = (await plain.counts()).stories + p.storiesMerged;
  assert.equal(stories, unmerged + r.storiesSplit - r.storiesMerged);

  // A re-run stores nothing, splits nothing and leaves the stories as they are.
  const again = await ingest([path], { store: refined });
  assert.equal(again.stored, 0);
  assert.equal(again.storiesSplit, 0);
  assert.equal((await refined.counts()).stories, stories);
  // Refining every story of the refined corpus again changes nothing: the pass has converged.
  const all = (await refined.listStories()).map((s) => s.id);
  assert.deepEqual((await refineStories(refined, all)).splits, []);

  // Refining the unrefined corpus afterwards (`sift stories --refine`) gives the same stories as ingest did.
  const late = await refineStories(
    plain,
    (await plain.listStories()).map((s) => s.id),
  );
  assert.equal(late.splits.length, r.storiesSplit);
  assert.deepEqual(late.errors, []);
  const lateSplit = await storiesOfSubtopics(plain, path);
  assert.notDeepEqual([...(lateSplit.get("7_ecb") ?? [])], [...(lateSplit.get("7_ecbplus") ?? [])]);
  await plain.close();
  await refined.close();
});

const CLI = fileURLToPath(new URL("./cli.ts", import.meta.url));

function sift(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("CLI: `ingest --no-refine` leaves the merge, `stories --refine` splits it once, and both are documented", () => {
  const dir = tempDir("refine-cli");
  const path = writeInput(dir);
  const db = join(dir, "c.db");
  assert.match(sift("stories", "--help").stdout, /--refine\s+instead of listing, re-check every story of at least 6/);
  assert.match(sift("ingest", "--help").stdout, /--no-refine\s+skip the end-of-batch pass/);
  assert.match(sift("watch", "--help").stdout, /--no-refine/);

  const ingested = sift("ingest", path, "--db", db, "--quiet", "--no-refine");
  assert.equal(ingested.code, 0, ingested.stderr);
  const first = sift("stories", "--refine", "--db", db, "--format", "json");
  assert.equal(first.code, 0, first.stderr);
  const report = JSON.parse(first.stdout) as { checked: number; splits: { storyId: number; newStoryId: number }[] };
  assert.ok(report.splits.length >= 1, first.stdout);
  assert.ok(report.checked >= report.splits.length);
  const second = sift("stories", "--refine", "--db", db);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /^refine: \d+ stories checked, 0 split; 0 merged$/m);
});
