/**
 * Worker faults: a worker SIGKILLed mid-job (after analysing, before storing) — another worker redoes the job
 * once BullMQ sees the job's lock expire, and every article is stored exactly once; and SIGTERM — the worker
 * finishes its current job (or hands it back after --shutdown-timeout) and exits 0.
 */
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { clientConnection, type QueueLocation } from "../../src/queue/connection.js";
import { enqueueSources } from "../../src/queue/enqueue.js";
import { openQueue } from "../../src/queue/queue.js";
import {
  articlesJsonl,
  dropQueue,
  redisSkip,
  type SpawnedWorker,
  spawnWorker,
  stopWorker,
  type TestCorpus,
  tempDir,
  testCorpus,
  uniqueQueue,
  waitFor,
} from "./queue-helpers.js";

const skip = redisSkip();
const workers: SpawnedWorker[] = [];
const queues: QueueLocation[] = [];
const corpora: TestCorpus[] = [];

after(async () => {
  for (const w of workers) await stopWorker(w);
  for (const q of queues) await dropQueue(q);
  for (const c of corpora) await c.drop();
});

/** Short lock and stalled-check intervals so a dead worker's job comes back in seconds, not 30 s. */
const FAST_STALL = ["--lock-duration", "1500", "--stalled-interval", "500"];

async function jobStates(location: QueueLocation) {
  const redis = clientConnection(location.redisUrl);
  const queue = openQueue(redis, location.queueName);
  try {
    const counts = await queue.getJobCounts("waiting", "active", "completed", "failed", "delayed");
    const active = await queue.getActive();
    return { counts, activeIds: active.map((j) => j.id ?? "") };
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

async function jobOf(location: QueueLocation, id: string) {
  const redis = clientConnection(location.redisUrl);
  const queue = openQueue(redis, location.queueName);
  try {
    const job = await queue.getJob(id);
    return { state: await job?.getState(), returnvalue: job?.returnvalue as { outcome?: string } | undefined };
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

test("a worker SIGKILLed mid-job: another worker redoes the job and each article is stored once", {
  skip,
}, async () => {
  const dir = tempDir("queue-kill");
  const location = uniqueQueue("kill");
  queues.push(location);
  const corpus = await testCorpus(dir);
  corpora.push(corpus);
  const n = 4;
  const s = await enqueueSources([articlesJsonl(dir, n)], { location });
  assert.equal(s.added, n);

  // Worker A stalls 60 s after analysing each item (before storing): it is killed holding its first job.
  const a = spawnWorker(location, corpus.location, FAST_STALL, { SIFT_TEST_JOB_DELAY_MS: "60000" });
  workers.push(a);
  const victim = (await waitFor("worker A to take a job", async () => (await jobStates(location)).activeIds[0])) ?? "";
  a.child.kill("SIGKILL");
  assert.equal(await a.exited, null, "worker A died by the signal");

  const b = spawnWorker(location, corpus.location, FAST_STALL);
  workers.push(b);
  await waitFor("every job to complete", async () => (await jobStates(location)).counts.completed === n);

  const redone = await jobOf(location, victim);
  assert.equal(redone.state, "completed");
  assert.equal(redone.returnvalue?.outcome, "stored", "the killed worker's job was stored by worker B");
  const store = await corpus.open();
  try {
    const counts = await store.counts();
    assert.equal(counts.articles, n, "every article stored exactly once");
    assert.equal(counts.failures, 0);
    assert.equal(new Set(await store.contentHashes()).size, n);
  } finally {
    await store.close();
  }
  b.child.kill("SIGTERM");
  assert.equal(await b.exited, 0, `worker B exits 0 on SIGTERM:\n${b.output()}`);
});

test("SIGTERM: the worker finishes its current job and exits 0", { skip }, async () => {
  const dir = tempDir("queue-term");
  const location = uniqueQueue("term");
  queues.push(location);
  const corpus = await testCorpus(dir);
  corpora.push(corpus);
  await enqueueSources([articlesJsonl(dir, 3, 40)], { location });
  const w = spawnWorker(location, corpus.location, [], { SIFT_TEST_JOB_DELAY_MS: "1500" });
  workers.push(w);
  const job = (await waitFor("the worker to take a job", async () => (await jobStates(location)).activeIds[0])) ?? "";
  w.child.kill("SIGTERM");
  assert.equal(await w.exited, 0, w.output());
  assert.equal((await jobOf(location, job)).state, "completed", "the job in hand was finished, not dropped");
  const { counts } = await jobStates(location);
  assert.equal(counts.active, 0);
  assert.equal((counts.completed ?? 0) + (counts.waiting ?? 0), 3, "the jobs not started are still waiting");
});

test("SIGTERM with a job that outlasts --shutdown-timeout: the job goes back to the queue at once", {
  skip,
}, async () => {
  const dir = tempDir("queue-handback");
  const location = uniqueQueue("handback");
  queues.push(location);
  const corpus = await testCorpus(dir);
  corpora.push(corpus);
  await enqueueSources([articlesJsonl(dir, 1, 60)], { location });
  const w = spawnWorker(location, corpus.location, ["--shutdown-timeout", "300"], { SIFT_TEST_JOB_DELAY_MS: "600000" });
  workers.push(w);
  const job = (await waitFor("the worker to take the job", async () => (await jobStates(location)).activeIds[0])) ?? "";
  w.child.kill("SIGTERM");
  assert.equal(await w.exited, 0, w.output());
  assert.equal((await jobOf(location, job)).state, "waiting", "handed back, ready for another worker");
});
