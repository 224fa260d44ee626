/**
 * Feeds through the queue: the enqueuer reads the feed (on 127.0.0.1) and enqueues its entries as page jobs; the
 * worker fetches the pages under the shared per-host gate (requests spaced by the host interval; a job whose turn
 * is far off is deferred rather than waited for), stores them, and dead-letters a 404 at once (another attempt
 * cannot fix it) with the failure recorded in the store.
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import type { CorpusStore } from "../../src/corpus/store/types.js";
import { enqueueSources } from "../../src/queue/enqueue.js";
import { deadLetters, queueStatus } from "../../src/queue/status.js";
import { IngestWorker } from "../../src/queue/worker.js";
import { articleHtml, sampleRows } from "../corpus/helpers.js";
import { dropQueue, redisSkip, type TestCorpus, tempDir, testCorpus, uniqueQueue, waitFor } from "./queue-helpers.js";

const skip = redisSkip();
const location = uniqueQueue("feeds");
const rows = sampleRows(3, 400);
const pageRequests: string[] = [];
/** When each request for an article page (found or not) arrived. */
const pageTimes: number[] = [];
const HOST_INTERVAL_MS = 1200;
let server: Server;
let base = "";
let worker: IngestWorker | undefined;
let store: CorpusStore | undefined;
let corpus: TestCorpus | undefined;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/robots.txt") return res.writeHead(404).end();
    if (path === "/feed.xml") {
      const items = [0, 1, 2, 9]
        .map(
          (i) =>
            `<item><title>t${i}</title><link>${base}/a/${i}</link><pubDate>Wed, 03 Jan 2024 10:00:00 GMT</pubDate></item>`,
        )
        .join("");
      res.writeHead(200, { "Content-Type": "application/rss+xml" });
      return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>${items}</channel></rss>`);
    }
    if (path.startsWith("/a/")) pageTimes.push(performance.now());
    const m = /^\/a\/(\d)$/.exec(path);
    const row = m ? rows[Number(m[1])] : undefined;
    if (!row) return res.writeHead(404).end("not found");
    pageRequests.push(path);
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(articleHtml(row));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await worker?.close(1000);
  await store?.close();
  await corpus?.drop();
  server.close();
  if (!skip) await dropQueue(location);
});

test("a feed's entries become page jobs; workers fetch and store them; a 404 is dead-lettered", { skip }, async () => {
  const s = await enqueueSources([`${base}/feed.xml`], { location, fetch: { hostIntervalMs: 0 } });
  assert.equal(s.added, 4);
  assert.equal(pageRequests.length, 0, "the enqueuer reads the feed but leaves the pages to the workers");
  corpus = await testCorpus(tempDir("queue-feeds"));
  store = await corpus.open();
  // Two jobs at once, one host: the second's turn is a full interval away, past its patience, so it is deferred.
  worker = await IngestWorker.start({
    store,
    location,
    concurrency: 2,
    fetch: { hostIntervalMs: HOST_INTERVAL_MS },
    hostMaxWaitMs: HOST_INTERVAL_MS / 2,
  });
  await waitFor("3 pages stored and the 404 dead-lettered", async () => {
    const st = await queueStatus(location);
    return st.completed === 3 && st.failed === 1;
  });
  assert.equal((await store.counts()).articles, 3);
  assert.deepEqual(pageRequests.sort(), ["/a/0", "/a/1", "/a/2"]);
  const gaps = pageTimes
    .sort((x, y) => x - y)
    .slice(1)
    .map((t, i) => t - (pageTimes[i] ?? 0));
  assert.equal(gaps.length, 3);
  assert.ok(worker.counts.deferred > 0, "a job whose host was booked was deferred, not waited for");
  // Slots are spaced a full interval apart; the bound allows for timer and scheduling jitter on a busy machine.
  assert.ok(
    gaps.every((g) => g > HOST_INTERVAL_MS * 0.6),
    `requests to one host spaced by the interval: ${gaps.map(Math.round).join(", ")} ms`,
  );
  const dead = await deadLetters(location);
  assert.equal(dead.length, 1);
  assert.equal(dead[0]?.reason, "fetch: HTTP 404");
  assert.equal(dead[0]?.attempts, 1, "a 404 is not retried");
  const failures = await store.listFailures();
  assert.deepEqual(
    failures.map((f) => [f.input, f.stage, f.reason]),
    [[`${base}/a/9`, "fetch", "HTTP 404"]],
  );
  const a = await store.latestByUrl(`${base}/a/1`);
  assert.equal(a?.published?.slice(0, 10), "2024-01-03", "the feed's pubDate travels with the job");
});
