/**
 * What a job carries: an item round-trips through its inline (gzipped) form unchanged; a big item travels as a
 * locator that the worker re-reads from the file; job ids are stable and depend on the content; and, with Redis,
 * a JSONL file enqueued as locators only is stored whole with each record's own input.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { SourceItem } from "../../src/corpus/ingest/item.js";
import { enqueueSources } from "../../src/queue/enqueue.js";
import { containerOf, itemJob, itemOf, jobId } from "../../src/queue/job.js";
import { queueStatus } from "../../src/queue/status.js";
import { IngestWorker } from "../../src/queue/worker.js";
import { articlesJsonl, dropQueue, tempDir, testCorpus, uniqueQueue, waitFor, workerFixture } from "./queue-helpers.js";

const text = "Headline\n\nBody with “quotes” and émigré ünïcode — 🗞️.";
const item: SourceItem = {
  kind: "item",
  source: "dump.jsonl",
  input: "dump.jsonl:7",
  bytes: new TextEncoder().encode(JSON.stringify({ text })),
  analyzeInput: text,
  options: { name: "dump.jsonl:7", published: "2024-03-04", outlet: "Wire", mediaType: "text/plain" },
  meta: { title: "Headline", authors: ["A. Writer"], published: "2024-03-04" },
  fetchedAt: "2024-03-04T10:00:00.000Z",
};

test("an inline job gives back the item it was made from", () => {
  const job = itemJob(item);
  assert.equal(job.kind, "item");
  if (job.kind !== "item") return;
  const back = itemOf(JSON.parse(JSON.stringify(job)) as typeof job);
  assert.deepEqual(back, item);
});

test("an item over the inline limit travels as a locator to its file", () => {
  const job = itemJob(item, 10);
  assert.deepEqual(
    { kind: job.kind, file: job.kind === "local" ? job.file : undefined },
    { kind: "local", file: "dump.jsonl" },
  );
  assert.deepEqual(["a.jsonl:12", "c.warc.gz#4096", "b.json[3]", "plain.html", "/x/y:z.txt"].map(containerOf), [
    "a.jsonl",
    "c.warc.gz",
    "b.json",
    "plain.html",
    "/x/y:z.txt",
  ]);
});

test("job ids: stable for the same input and content, new for edited content, never with ':'", () => {
  const a = jobId(itemJob(item));
  assert.equal(a, jobId(itemJob({ ...item })));
  assert.notEqual(a, jobId(itemJob({ ...item, bytes: new TextEncoder().encode("edited") })));
  assert.notEqual(a, jobId(itemJob({ ...item, input: "dump.jsonl:8" })));
  assert.match(a, /^[0-9a-f]{40}$/);
  const page = { kind: "page", source: "feed", input: "https://example.org/a", meta: {} } as const;
  assert.equal(jobId(page), jobId({ ...page }));
});

const { skip, location, held } = workerFixture("locators");

test("locator jobs: the worker re-reads each record from the shared file", { skip }, async () => {
  const dir = tempDir("queue-locators");
  const path = articlesJsonl(dir, 3, 500);
  const s = await enqueueSources([path], { location, inlineMaxBytes: 1 });
  assert.equal(s.added, 3);
  const corpus = await testCorpus(dir);
  held.corpus = corpus;
  const store = await corpus.open();
  held.store = store;
  held.worker = await IngestWorker.start({ store, location });
  await waitFor("3 jobs to complete", async () => (await queueStatus(location)).completed === 3);
  const page = await store.listArticles({ limit: 10 });
  assert.equal(page.total, 3);
  assert.deepEqual(page.items.map((a) => a.input).sort(), [`${path}:1`, `${path}:2`, `${path}:3`]);
});

test("`sift ingest --queue` enqueues each item once; the same inputs again add nothing", { skip }, async () => {
  const dir = tempDir("queue-cli");
  const path = articlesJsonl(dir, 2, 520);
  const cliLocation = uniqueQueue("cli");
  try {
    const cli = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
    const enqueue = () =>
      spawnSync(
        process.execPath,
        ["--import", "tsx", cli, "ingest", "--queue", path, "--redis", cliLocation.redisUrl],
        { encoding: "utf8", env: { ...process.env, SIFT_QUEUE: cliLocation.queueName } },
      );
    const first = enqueue();
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /: 2 jobs added, 0 already queued/);
    const again = enqueue();
    assert.match(again.stdout, /: 0 jobs added, 2 already queued/);
    assert.equal((await queueStatus(cliLocation)).waiting, 2);
  } finally {
    await dropQueue(cliLocation);
  }
});
