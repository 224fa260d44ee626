/**
 * Shared pieces of the queue fault tests: the Redis they need (SIFT_TEST_REDIS; skipped when unset unless
 * SIFT_REQUIRE_SERVICES=1), a private queue name per test, a throwaway corpus (a PostgreSQL database when
 * SIFT_TEST_PG is set, else a SQLite file), worker processes run from source, and polling helpers.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after } from "node:test";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { openStore } from "../../src/corpus/store/open.js";
import { createTestDatabase } from "../../src/corpus/store/postgres-testing.js";
import type { CorpusStore } from "../../src/corpus/store/types.js";
import { KEY_PREFIX, type QueueLocation } from "../../src/queue/connection.js";
import type { IngestWorker } from "../../src/queue/worker.js";
import { tempDir as makeTempDir, sampleLines } from "../corpus/helpers.js";

export const servicesRequired = process.env.SIFT_REQUIRE_SERVICES === "1";

/** The test's skip reason, or false to run: Redis is needed; without it the test skips unless CI requires it. */
export function redisSkip(): string | false {
  if (process.env.SIFT_TEST_REDIS) return false;
  if (servicesRequired) throw new Error("SIFT_REQUIRE_SERVICES=1 but SIFT_TEST_REDIS is unset");
  return "SIFT_TEST_REDIS is unset (start Redis with `. .ci/services.sh start`)";
}

export const testRedisUrl = (): string => process.env.SIFT_TEST_REDIS ?? "redis://127.0.0.1:6379";

export function uniqueQueue(label: string, redisUrl = testRedisUrl()): QueueLocation {
  return { redisUrl, queueName: `t-${label}-${process.pid}-${randomBytes(3).toString("hex")}` };
}

/** Deletes every key of a test queue (BullMQ's and Sift's). */
export async function dropQueue(location: QueueLocation): Promise<void> {
  const redis = new Redis(location.redisUrl, { maxRetriesPerRequest: 3 });
  try {
    const keys = await redis.keys(`${KEY_PREFIX}:${location.queueName}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

export interface TestCorpus {
  /** What `--db` takes. */
  readonly location: string;
  readonly kind: "postgres" | "sqlite";
  open(): Promise<CorpusStore>;
  drop(): Promise<void>;
}

/** A fresh corpus: its own PostgreSQL database when SIFT_TEST_PG is set, else a SQLite file shared by processes. */
export async function testCorpus(dir: string): Promise<TestCorpus> {
  const admin = process.env.SIFT_TEST_PG;
  if (admin) {
    const db = await createTestDatabase(admin, "sift_queue_test");
    return { location: db.url, kind: "postgres", open: () => openStore(db.url), drop: () => db.drop() };
  }
  const location = join(dir, "corpus.db");
  return { location, kind: "sqlite", open: () => openStore(location), drop: async () => {} };
}

/** `n` real articles (AllSides dev) as a JSONL file; `skip` picks a different slice. */
/** What one test file's worker test holds, closed (and its queue dropped) after the file's tests. */
export interface WorkerFixture {
  readonly skip: string | false;
  readonly location: QueueLocation;
  readonly held: { worker?: IngestWorker; store?: CorpusStore; corpus?: TestCorpus };
}

export function workerFixture(label: string): WorkerFixture {
  const fixture: WorkerFixture = { skip: redisSkip(), location: uniqueQueue(label), held: {} };
  after(async () => {
    const { worker, store, corpus } = fixture.held;
    await worker?.close(1000);
    await store?.close();
    await corpus?.drop();
    if (!fixture.skip) await dropQueue(fixture.location);
  });
  return fixture;
}

export function articlesJsonl(dir: string, n: number, skip = 0, name = "in.jsonl"): string {
  const path = join(dir, name);
  writeFileSync(path, `${sampleLines(n, skip).join("\n")}\n`);
  return path;
}

const tempDirs: string[] = [];
// Removed when the test file's process (or the bench) exits, after its workers, stores and servers are closed.
process.on("exit", () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder removed at exit. */
export function tempDir(prefix: string): string {
  const dir = makeTempDir(prefix);
  tempDirs.push(dir);
  return dir;
}

const CLI = fileURLToPath(new URL("../../src/cli/main.ts", import.meta.url));

export interface SpawnedWorker {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

/** `sift worker` in its own process, run from source; `env` adds test hooks (SIFT_TEST_JOB_DELAY_MS…). */
export function spawnWorker(
  location: QueueLocation,
  db: string,
  args: readonly string[] = [],
  env: Record<string, string> = {},
): SpawnedWorker {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      CLI,
      "worker",
      "--db",
      db,
      "--redis",
      location.redisUrl,
      "--queue-name",
      location.queueName,
      ...args,
    ],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => out };
}

/** Kills a spawned worker if it still runs (after hooks). */
export async function stopWorker(w: SpawnedWorker | undefined): Promise<void> {
  if (!w || w.child.exitCode !== null || w.child.signalCode !== null) return;
  w.child.kill("SIGKILL");
  await w.exited;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs` (a generous bound, not a measure). */
export async function waitFor<T>(what: string, probe: () => Promise<T>, timeoutMs = 120_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}
