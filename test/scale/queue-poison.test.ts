/**
 * Inputs that keep failing: a file the reader rejects (binary data: bad input, dead-lettered at once) and one that
 * crashes the parser every time (the SIFT_TEST_POISON hook: retried with backoff, then dead-lettered). Both land in
 * the dead-letter list with their reasons and in the store's failures (`sift errors`), while the rest is stored;
 * `sift queue --retry-failed` puts them back, and the crash, now gone, is stored and its failure resolved. And an
 * input that kills the worker process itself (taken back from dead workers three times) is dead-lettered and
 * recorded by the next worker instead of being tried forever.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { KEY_PREFIX } from "../../src/queue/connection.js";
import { enqueueSources } from "../../src/queue/enqueue.js";
import { deadLetters, queueStatus, retryDeadLetters } from "../../src/queue/status.js";
import { IngestWorker } from "../../src/queue/worker.js";
import { articleHtml, sampleRows } from "../corpus/helpers.js";
import { articlesJsonl, dropQueue, tempDir, testCorpus, uniqueQueue, waitFor, workerFixture } from "./queue-helpers.js";

const { skip, location, held } = workerFixture("poison");

const POISON = "POISONED";

test("poison inputs end in the dead-letter list with their reasons while the rest proceeds", { skip }, async () => {
  const dir = tempDir("queue-poison");
  const rows = sampleRows(6, 100);
  rows.slice(0, 5).forEach((r, i) => {
    writeFileSync(join(dir, `good-${i}.html`), articleHtml(r));
  });
  writeFileSync(join(dir, `${POISON}.html`), articleHtml(rows[5] ?? rows[0]!));
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 3, 0, 0, 0, 4]));
  const corpus = await testCorpus(dir);
  held.corpus = corpus;
  const store = await corpus.open();
  held.store = store;
  process.env.SIFT_TEST_POISON = POISON;
  assert.equal((await enqueueSources([dir], { location, attempts: 2, backoffMs: 50 })).added, 7);
  held.worker = await IngestWorker.start({ store, location });

  const status = await waitFor("5 stored and 2 dead-lettered", async () => {
    const s = await queueStatus(location);
    return s.completed === 5 && s.failed === 2 && s.delayed === 0 ? s : undefined;
  });
  assert.equal(status.waiting, 0);
  assert.equal((await store.counts()).articles, 5);

  const dead = new Map((await deadLetters(location)).map((d) => [d.input.replace(/^.*\//, ""), d]));
  const binary = dead.get("binary.txt");
  assert.match(binary?.reason ?? "", /^analyze: .*binary/);
  assert.equal(binary?.attempts, 1, "bad input is not retried");
  const crash = dead.get(`${POISON}.html`);
  assert.match(crash?.reason ?? "", /^analyze: parser crashed/);
  assert.equal(crash?.attempts, 2, "a crash is retried until the attempts run out");

  const failures = await store.listFailures();
  assert.deepEqual(failures.map((f) => [f.input.replace(/^.*\//, ""), f.stage]).sort(), [
    [`${POISON}.html`, "analyze"],
    ["binary.txt", "analyze"],
  ]);

  // The CLI shows the same list.
  const cli = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));
  const shown = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      cli,
      "queue",
      "--failed",
      "--format",
      "json",
      "--redis",
      location.redisUrl,
      "--queue-name",
      location.queueName,
    ],
    { encoding: "utf8" },
  );
  assert.equal(shown.status, 0, shown.stderr);
  assert.equal((JSON.parse(shown.stdout) as unknown[]).length, 2);

  // The crash is fixed; retrying the dead letters stores it and resolves its failure, binary data still fails.
  delete process.env.SIFT_TEST_POISON;
  assert.equal(await retryDeadLetters(location), 2);
  await waitFor("the retried jobs to finish", async () => {
    const s = await queueStatus(location);
    return s.completed === 6 && s.failed === 1 && s.waiting === 0 && s.active === 0 && s.delayed === 0;
  });
  assert.equal((await store.counts()).articles, 6);
  assert.deepEqual(
    (await store.listFailures()).map((f) => f.input.replace(/^.*\//, "")),
    ["binary.txt"],
  );
});

test("an input whose workers keep dying is dead-lettered and recorded after three deaths", { skip }, async () => {
  const dir = tempDir("queue-deaths");
  const deaths = uniqueQueue("deaths");
  const redis = new Redis(deaths.redisUrl);
  const corpusB = await testCorpus(dir);
  const storeB = await corpusB.open();
  let w: IngestWorker | undefined;
  try {
    assert.equal((await enqueueSources([articlesJsonl(dir, 2, 700)], { location: deaths })).added, 2);
    // As if three workers had died holding the first job: BullMQ counts such takebacks in the job's `stc` field.
    const [first] = await redis.lrange(`${KEY_PREFIX}:${deaths.queueName}:wait`, -1, -1);
    assert.ok(first);
    await redis.hset(`${KEY_PREFIX}:${deaths.queueName}:${first}`, "stc", "3");
    w = await IngestWorker.start({ store: storeB, location: deaths });
    await waitFor("one stored, one dead-lettered", async () => {
      const s = await queueStatus(deaths);
      return s.completed === 1 && s.failed === 1;
    });
    const [dead] = await deadLetters(deaths);
    assert.equal(dead?.id, first);
    assert.equal(dead?.reason, "analyze: 3 workers died processing it");
    assert.deepEqual(
      (await storeB.listFailures()).map((f) => f.reason),
      ["3 workers died processing it"],
    );
  } finally {
    await w?.close(1000);
    await storeB.close();
    await corpusB.drop();
    redis.disconnect();
    await dropQueue(deaths);
  }
});
