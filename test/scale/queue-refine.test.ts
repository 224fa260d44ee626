/**
 * The refine and merge passes in the distributed queue: a worker ingests ECB+ topics 1 and 7 in file order (topic
 * 7's two events chain into one story under single-pass clustering, see test/corpus/refine.test.ts, and some
 * articles land in fragments; checked with clusterIncrementally, IDF from the articles so far: two splits, three
 * merges); when the queue runs dry the worker splits the story, merges the fragments and logs every story it
 * changed in the story log, from which other workers reload them.
 * One worker keeps the write order, and so the clustering, deterministic.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Redis } from "ioredis";
import { loadEcbPlus } from "../../src/corpus/evaldata/datasets.js";
import { siftKey } from "../../src/queue/connection.js";
import { enqueueSources } from "../../src/queue/enqueue.js";
import { queueStatus } from "../../src/queue/status.js";
import { IngestWorker } from "../../src/queue/worker.js";
import { tempDir, testCorpus, waitFor, workerFixture } from "./queue-helpers.js";

const { skip, location, held } = workerFixture("refine");

test("queue: when the queue runs dry, a story chaining two events is split, fragments merge, and both are logged", {
  skip,
}, async () => {
  const docs = loadEcbPlus().filter((d) => d.topic === "1" || d.topic === "7");
  const dir = tempDir("queue-refine");
  const path = join(dir, "ecb.jsonl");
  writeFileSync(path, `${docs.map((d) => JSON.stringify({ title: d.title, text: d.text, url: d.url })).join("\n")}\n`);
  const corpus = await testCorpus(dir);
  held.corpus = corpus;
  const store = await corpus.open();
  held.store = store;
  const added = await enqueueSources([path], { location });
  assert.equal(added.added, docs.length);
  const lines: string[] = [];
  const w = await IngestWorker.start({ store, location, log: (line) => lines.push(line) });
  held.worker = w;
  await waitFor("every job to complete", async () => (await queueStatus(location)).completed === docs.length);
  await waitFor("the refine pass to split a story", async () => w.counts.storiesSplit > 0);
  await waitFor("the merge pass to join fragments", async () => w.counts.storiesMerged > 0);

  // Topic 7's two subtopics now sit in different stories, each in one.
  const storyOf = new Map<string, Set<number>>();
  for await (const a of store.iterateArticles()) {
    const line = Number(a.input.slice(path.length + 1));
    const doc = docs[line - 1];
    if (doc?.topic !== "7" || a.storyId === undefined) continue;
    storyOf.set(doc.story, (storyOf.get(doc.story) ?? new Set()).add(a.storyId));
  }
  const parts = [...storyOf.values()].map((s) => [...s]);
  assert.deepEqual(
    parts.map((p) => p.length),
    [1, 1],
  );
  assert.notEqual(parts[0]?.[0], parts[1]?.[0]);
  // The split and the merges were logged for the other workers: both parts and every merged story are in the log.
  const merges = lines.flatMap((l) => {
    const m = /^merge: story (\d+) joined story (\d+)/.exec(l);
    return m ? [Number(m[1]), Number(m[2])] : [];
  });
  assert.ok(merges.length >= 2, lines.join("\n"));
  const withArticles = new Set<number>();
  for await (const a of store.iterateArticles()) if (a.storyId !== undefined) withArticles.add(a.storyId);
  assert.equal((await store.counts()).stories, withArticles.size, "no story is left without articles");
  const redis = new Redis(location.redisUrl);
  try {
    const logged = new Set((await redis.lrange(siftKey(location.queueName, "story-log"), 0, -1)).map(Number));
    for (const part of parts) assert.ok(logged.has(part[0] ?? -1), `split part ${part[0]} logged`);
    for (const id of merges) assert.ok(logged.has(id), `merged story ${id} logged`);
  } finally {
    redis.disconnect();
  }
});
