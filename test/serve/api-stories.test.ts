/**
 * Articles stored through POST /api/analyze (store=true) get ingest's story passes, each write a batch of one: ECB+
 * topic 7's two events, posted after topic 3, would chain into one story under single-pass clustering (see
 * test/corpus/refine.test.ts); after the posts the two events are apart, refining every story again finds nothing
 * to split, and merging every story again does not join them.
 */
import assert from "node:assert/strict";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { loadEcbPlus } from "../../src/corpus/evaldata/datasets.js";
import { mergeStories } from "../../src/corpus/ingest/merge.js";
import { refineStories } from "../../src/corpus/ingest/refine.js";
import { openSqliteStore, type SqliteCorpusStore } from "../../src/corpus/store/sqlite.js";
import { type RunningServer, startServer } from "../../src/serve/server.js";

const TOKEN = "stories-test-token";
const docs = loadEcbPlus().filter((d) => d.topic === "3" || d.topic === "7");
let dir: string;
let store: SqliteCorpusStore;
let server: RunningServer;

before(async () => {
  dir = join(tmpdir(), `sift-api-stories-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  store = openSqliteStore(join(dir, "corpus.db"));
  server = await startServer({ port: 0, store, token: TOKEN });
});

after(async () => {
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("POST /api/analyze store=true: each stored article gets the refine and merge passes", async () => {
  const storyOfSubtopic = new Map<string, Set<number>>();
  const ids: { id: number; story: string; topic?: string }[] = [];
  for (const d of docs) {
    const res = await fetch(`${server.url}/api/analyze`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: `${d.title}\n\n${d.text}`, store: true }),
    });
    assert.equal(res.status, 200, await res.clone().text());
    const stored = ((await res.json()) as { stored: { id: number; created: boolean } }).stored;
    ids.push({ id: stored.id, story: d.story, topic: d.topic });
  }
  const eventsApart = async (when: string) => {
    storyOfSubtopic.clear();
    for (const a of ids) {
      if (a.topic !== "7") continue;
      const storyId = (await store.articleSummary(a.id))?.storyId;
      assert.ok(storyId !== undefined);
      storyOfSubtopic.set(a.story, (storyOfSubtopic.get(a.story) ?? new Set()).add(storyId));
    }
    const stories = [...storyOfSubtopic.values()].flatMap((s) => [...s]);
    assert.equal(new Set(stories).size, stories.length, `topic 7's two events share no story ${when}`);
  };
  await eventsApart("after the posts");
  const all = (await store.listStories()).map((s) => s.id);
  assert.deepEqual((await refineStories(store, all)).splits, [], "nothing left to split");
  // Document frequencies grow with every post, so a whole-corpus merge may still join stories the per-post passes
  // weighed apart; it must not join the two events.
  await mergeStories(store, all);
  await eventsApart("after merging every story again");
});
