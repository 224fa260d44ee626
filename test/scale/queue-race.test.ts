/**
 * Concurrency: two workers analysing the same article at the same time (two inputs, identical bytes) store it once;
 * the corpus lock never lets two decide-and-write sections overlap; the shared host gate spaces requests to one
 * host across connections; and the story log tells each worker which stories the others wrote, so no worker
 * clusters against a stale window.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { Redis } from "ioredis";
import type { CorpusDecider } from "../../src/corpus/ingest/decide.js";
import { HostBusyError } from "../../src/corpus/ingest/fetcher.js";
import type { CorpusStore } from "../../src/corpus/store/types.js";
import { workerConnection } from "../../src/queue/connection.js";
import { enqueueSources } from "../../src/queue/enqueue.js";
import { RedisHostGate } from "../../src/queue/host-gate.js";
import { RedisLock } from "../../src/queue/lock.js";
import { openQueue } from "../../src/queue/queue.js";
import { queueStatus } from "../../src/queue/status.js";
import { StorySync } from "../../src/queue/story-sync.js";
import { IngestWorker } from "../../src/queue/worker.js";
import { articleHtml, sampleRows } from "../corpus/helpers.js";
import {
  dropQueue,
  redisSkip,
  type TestCorpus,
  tempDir,
  testCorpus,
  testRedisUrl,
  uniqueQueue,
  waitFor,
} from "./queue-helpers.js";

const skip = redisSkip();
const cleanups: Array<() => Promise<void>> = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function twoWorkers(corpus: TestCorpus, location: ReturnType<typeof uniqueQueue>) {
  const stores: CorpusStore[] = [await corpus.open(), await corpus.open()];
  const workers = await Promise.all(stores.map((store) => IngestWorker.start({ store, location })));
  cleanups.push(async () => {
    for (const w of workers) await w.close(1000);
    for (const s of stores) await s.close();
  });
  return { workers, stores };
}

test("two workers racing on the same article store it once", { skip }, async () => {
  const dir = tempDir("queue-race");
  const location = uniqueQueue("race");
  const corpus = await testCorpus(dir);
  cleanups.push(() => corpus.drop());
  cleanups.push(() => dropQueue(location));
  const html = articleHtml(sampleRows(1, 200)[0]!);
  writeFileSync(join(dir, "copy-a.html"), html);
  writeFileSync(join(dir, "copy-b.html"), html);
  // Both workers hold their copy, analysed, at the same moment; then both try to store it.
  process.env.SIFT_TEST_JOB_DELAY_MS = "1500";
  const { workers, stores } = await twoWorkers(corpus, location);
  assert.equal((await enqueueSources([dir], { location })).added, 2);
  await waitFor("both jobs to complete", async () => (await queueStatus(location)).completed === 2);
  delete process.env.SIFT_TEST_JOB_DELAY_MS;

  const redis = workerConnection(location.redisUrl);
  const queue = openQueue(redis, location.queueName);
  cleanups.push(async () => {
    await queue.close();
    redis.disconnect();
  });
  const jobs = await queue.getCompleted();
  const [a, b] = jobs;
  assert.ok(a && b);
  assert.ok(
    (a.processedOn ?? 0) < (b.finishedOn ?? 0) && (b.processedOn ?? 0) < (a.finishedOn ?? 0),
    "the two jobs were in progress at the same time",
  );
  assert.deepEqual(
    workers.map((w) => w.counts.stored + w.counts.known),
    [1, 1],
    "each worker took one copy",
  );
  assert.deepEqual(jobs.map((j) => (j.returnvalue as { outcome: string }).outcome).sort(), ["known", "stored"]);
  const store = stores[0]!;
  assert.equal((await store.counts()).articles, 1, "stored once");
  const art = await store.getArticle((a.returnvalue as { id: number }).id);
  assert.deepEqual(art?.provenance.map((p) => p.input.replace(/^.*\//, "")).sort(), ["copy-a.html", "copy-b.html"]);
});

test("the corpus lock never lets two sections overlap", { skip }, async () => {
  const location = uniqueQueue("lock");
  const clients = [new Redis(testRedisUrl()), new Redis(testRedisUrl())];
  cleanups.push(async () => {
    for (const c of clients) c.disconnect();
  });
  const locks = clients.map((c) => new RedisLock(c, `sift:${location.queueName}:sift:test-lock`));
  let inside = 0;
  let maxInside = 0;
  let entered = 0;
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      locks[i % 2]!.withLock(async () => {
        inside++;
        entered++;
        maxInside = Math.max(maxInside, inside);
        await new Promise((r) => setTimeout(r, 3));
        inside--;
      }),
    ),
  );
  assert.equal(entered, 20);
  assert.equal(maxInside, 1);
  // A section that throws still releases the lock.
  await assert.rejects(
    locks[0]!.withLock(async () => {
      throw new Error("boom");
    }),
    /boom/,
  );
  assert.equal(await locks[1]!.withLock(async () => "free"), "free");
});

test("the host gate spaces requests to one host across connections, not across hosts", { skip }, async () => {
  const location = uniqueQueue("gate");
  const clients = [new Redis(testRedisUrl()), new Redis(testRedisUrl())];
  cleanups.push(async () => {
    for (const c of clients) c.disconnect();
  });
  const key = (host: string): string => `sift:${location.queueName}:sift:host:${host}`;
  const [g1, g2] = clients.map((c) => new RedisHostGate(c, key)) as [RedisHostGate, RedisHostGate];
  const interval = 10_000;
  assert.equal(await g1.reserve("example.org", interval), 0, "the first request goes at once");
  const second = await g2.reserve("example.org", interval);
  assert.ok(second > interval / 2 && second <= interval, `the second waits about one interval (${second} ms)`);
  const third = await g1.reserve("Example.org", interval);
  assert.ok(third > interval + interval / 2, `the third waits two intervals (${third} ms)`);
  assert.equal(await g2.reserve("other.example", interval), 0, "another host is not held up");
  // A worker's gate does not sleep through a long wait: it books nothing and says how long the host is busy.
  const impatient = new RedisHostGate(clients[1]!, key, interval);
  await assert.rejects(impatient.turn("example.org", interval), (err: unknown) => {
    assert.ok(err instanceof HostBusyError && err.waitMs > 2 * interval && err.waitMs <= 3 * interval);
    return true;
  });
  const fourth = await g1.reserve("example.org", interval);
  assert.ok(fourth > 2 * interval && fourth <= 3 * interval, "the refused turn was not booked");
  await clients[0]!.del(key("example.org"), key("other.example"));
});

/** Records what StorySync asks of a decider. */
class SpyDecider {
  readonly refreshed: number[][] = [];
  reloads = 0;
  async refresh(ids: Iterable<number>): Promise<void> {
    this.refreshed.push([...ids]);
  }
  reload(): void {
    this.reloads++;
  }
}

test("story sync: a worker reloads exactly the stories other workers wrote since it last looked", {
  skip,
}, async () => {
  const location = uniqueQueue("stories");
  cleanups.push(() => dropQueue(location));
  const redis = new Redis(location.redisUrl);
  cleanups.push(async () => {
    redis.disconnect();
  });
  const logKey = `sift:${location.queueName}:sift:story-log`;
  const seqKey = `sift:${location.queueName}:sift:story-seq`;
  const a = new StorySync(redis, logKey, seqKey);
  const b = new StorySync(redis, logKey, seqKey);
  const spyA = new SpyDecider();
  const spyB = new SpyDecider();
  const asDecider = (s: SpyDecider) => s as unknown as CorpusDecider;
  await a.catchUp(asDecider(spyA));
  await b.catchUp(asDecider(spyB));
  assert.deepEqual(spyB.refreshed, [], "a fresh window loads from the store; nothing to replay");
  await a.wrote(5);
  await a.wrote(7);
  await a.wrote(5);
  await b.catchUp(asDecider(spyB));
  assert.deepEqual(spyB.refreshed, [[7, 5]], "each story once, oldest change first");
  await b.wrote(11);
  await a.catchUp(asDecider(spyA));
  assert.deepEqual(spyA.refreshed, [[11]], "a worker does not replay its own writes");
  await b.catchUp(asDecider(spyB));
  assert.deepEqual(spyB.refreshed, [[7, 5]], "nothing new");
  // A story split by the refine pass: both parts are logged at once and reloaded by the others.
  await a.wrote(11, 13);
  await b.catchUp(asDecider(spyB));
  assert.deepEqual(
    spyB.refreshed,
    [
      [7, 5],
      [11, 13],
    ],
    "both parts of a split",
  );
  await a.catchUp(asDecider(spyA));
  assert.deepEqual(spyA.refreshed, [[11]], "a split logged by this worker is not replayed to it");
  // Redis lost its data (a restart without persistence): the sequence went back, so the window reloads whole.
  await redis.del(logKey, seqKey);
  await a.catchUp(asDecider(spyA));
  assert.equal(spyA.reloads, 1);
});
