/**
 * Redis dies (SIGKILL, no clean shutdown) while jobs are in flight and comes back: the worker reconnects and every
 * job completes, each article stored once. "Nothing lost" assumes Redis persists what it acknowledged, as a real
 * deployment must run it (appendonly yes, appendfsync always or everysec — docs/SCALING.md): a private
 * redis-server on a free port with an append-only file in a temp folder, so the shared test server is untouched.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { after, test } from "node:test";
import { Redis } from "ioredis";
import { enqueueSources } from "../../src/queue/enqueue.js";
import { queueStatus } from "../../src/queue/status.js";
import {
  articlesJsonl,
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

// The test needs redis-server installed, which SIFT_TEST_REDIS implies (.ci/services.sh starts it).
const skip = redisSkip();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

class PrivateRedis {
  private child: ChildProcess | undefined;
  constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      "redis-server",
      [
        "--port",
        String(this.port),
        "--bind",
        "127.0.0.1",
        "--dir",
        this.dir,
        "--save",
        "",
        "--appendonly",
        "yes",
        "--appendfsync",
        "always",
      ],
      { stdio: "ignore" },
    );
    const probe = new Redis(this.url, { maxRetriesPerRequest: 1, retryStrategy: () => 100, lazyConnect: true });
    probe.on("error", () => {});
    try {
      await waitFor("redis-server to start", () => probe.ping().catch(() => undefined), 20_000);
    } finally {
      probe.disconnect();
    }
  }

  /** A crash, not a shutdown: only what the append-only file holds survives. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
  }
}

let redis: PrivateRedis | undefined;
let worker: SpawnedWorker | undefined;
let corpus: TestCorpus | undefined;

after(async () => {
  await stopWorker(worker);
  await redis?.kill();
  await corpus?.drop();
});

test("Redis killed and restarted with jobs in flight: the worker reconnects, nothing is lost", { skip }, async () => {
  const dir = tempDir("queue-redis");
  redis = new PrivateRedis(await freePort(), dir);
  await redis.start();
  const location = uniqueQueue("redis", redis.url);
  corpus = await testCorpus(dir);
  const n = 8;
  assert.equal((await enqueueSources([articlesJsonl(dir, n, 80)], { location })).added, n);
  // A pause after each analysis keeps jobs in flight when Redis goes away.
  worker = spawnWorker(location, corpus.location, ["--lock-duration", "3000", "--stalled-interval", "1000"], {
    SIFT_TEST_JOB_DELAY_MS: "500",
  });
  await waitFor("two jobs done and one in flight", async () => {
    const s = await queueStatus(location);
    return s.completed >= 2 && s.active >= 1;
  });
  await redis.kill();
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(worker.child.exitCode, null, "the worker survives Redis going away");
  await redis.start();

  const done = await waitFor("every job to complete after the restart", async () => {
    const s = await queueStatus(location);
    return s.completed === n && s.active === 0 && s.waiting === 0 ? s : undefined;
  });
  assert.equal(done.failed, 0);
  const store = await corpus.open();
  try {
    assert.equal((await store.counts()).articles, n, "every article stored, once");
  } finally {
    await store.close();
  }
  worker.child.kill("SIGTERM");
  assert.equal(await worker.exited, 0, worker.output());
  if (process.env.SIFT_TEST_VERBOSE) console.log(worker.output());
});
