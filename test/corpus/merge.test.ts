/**
 * The story merge pass in ingest: ECB+ topic 3 ingested alone leaves the later escape report (3_ecbplus) in several
 * stories, since early articles worded differently found stories of their own; the end-of-batch merge pass joins
 * fragments without mixing the two events. Also: a re-run converges, the refine pass would not split any merged
 * story, and merging afterwards does what ingest would have done.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadEcbPlus } from "../../src/corpus/evaldata/datasets.js";
import { ingest } from "../../src/corpus/ingest/ingest.js";
import { mergeStories } from "../../src/corpus/ingest/merge.js";
import { refineStories } from "../../src/corpus/ingest/refine.js";
import { openSqliteStore, type SqliteCorpusStore } from "../../src/corpus/store/sqlite.js";
import { tempDir } from "./helpers.js";

/** Topic 3's 3_ecbplus articles land in five stories without the merge pass (checked with clusterIncrementally,
 * IDF from the articles so far, as ingest into an empty corpus) and in fewer with it. */
const TOPIC = "3";
/**
 * Left out: 3_5ecbplus. Since the text reader finds its date line, it is the one dated article of its fragment, and
 * a dated story and an undated one merge only under the stricter undated link factor (merge.ts), so the fragment
 * case this test needs no longer arises with it.
 */
const LEFT_OUT = new Set(["3_5ecbplus"]);
const docs = loadEcbPlus().filter((d) => d.topic === TOPIC && !LEFT_OUT.has(d.id));

function writeInput(dir: string): string {
  const path = join(dir, "ecb.jsonl");
  writeFileSync(path, `${docs.map((d) => JSON.stringify({ title: d.title, text: d.text, url: d.url })).join("\n")}\n`);
  return path;
}

/** Story id → the gold subtopics of its articles. */
async function subtopicsByStory(store: SqliteCorpusStore, path: string): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  const rows = store.db.prepare("SELECT article_id, input FROM provenance").all() as {
    article_id: number;
    input: string;
  }[];
  for (const r of rows) {
    const doc = docs[Number(r.input.slice(path.length + 1)) - 1];
    assert.ok(doc, `provenance ${r.input} maps to an input line`);
    const storyId = (await store.articleSummary(r.article_id))?.storyId;
    assert.ok(storyId !== undefined);
    out.set(storyId, [...(out.get(storyId) ?? []), doc.story]);
  }
  return out;
}

const storiesHolding = (stories: Map<number, string[]>, subtopic: string): number =>
  [...stories.values()].filter((s) => s.includes(subtopic)).length;

test("ingest merge: fragments of one event join after the batch; the two events stay apart", async () => {
  const dir = tempDir("merge");
  const path = writeInput(dir);

  const plain = openSqliteStore(join(dir, "plain.db"));
  const p = await ingest([path], { store: plain, merge: false });
  assert.equal(p.stored, docs.length);
  assert.equal(p.storiesMerged, 0);
  const before = await subtopicsByStory(plain, path);

  const merged = openSqliteStore(join(dir, "merged.db"));
  const m = await ingest([path], { store: merged });
  assert.equal(m.stored, docs.length);
  assert.ok(m.storiesMerged >= 1);
  const after = await subtopicsByStory(merged, path);
  assert.ok(storiesHolding(after, "3_ecbplus") < storiesHolding(before, "3_ecbplus"), "fewer 3_ecbplus fragments");
  for (const [id, subtopics] of after) assert.equal(new Set(subtopics).size, 1, `story ${id} holds one event`);
  const stories = (await merged.counts()).stories;
  assert.equal(stories, (await plain.counts()).stories - m.storiesMerged);
  assert.equal(stories, after.size, "no story is left without articles");

  // A re-run stores and merges nothing; merging or refining every story again changes nothing: the passes agree.
  const again = await ingest([path], { store: merged });
  assert.equal(again.stored, 0);
  assert.equal(again.storiesMerged, 0);
  const all = (await merged.listStories()).map((s) => s.id);
  assert.deepEqual((await mergeStories(merged, all)).merges, []);
  assert.deepEqual((await refineStories(merged, all)).splits, []);
  assert.equal((await merged.counts()).stories, stories);

  // Merging the unmerged corpus afterwards gives the same stories as ingest did.
  const late = await mergeStories(
    plain,
    (await plain.listStories()).map((s) => s.id),
  );
  assert.equal(late.error, undefined);
  assert.equal(late.merges.length, m.storiesMerged);
  const lateStories = [...(await subtopicsByStory(plain, path)).values()].map((s) => s.length).sort();
  assert.deepEqual(lateStories, [...after.values()].map((s) => s.length).sort());
  await plain.close();
  await merged.close();
});
