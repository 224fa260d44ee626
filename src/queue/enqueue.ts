/**
 * `sift ingest --queue`: expands the sources into one job per item and adds them to the queue. Feeds and OPML are
 * fetched here (to learn their entries); the article pages themselves are fetched by the workers. Adding pauses
 * while the queue holds more waiting jobs than the high-water mark, so a huge dump never floods Redis memory.
 */
import { DEFAULT_FETCH_OPTIONS, type FetchOptions, PoliteFetcher } from "../corpus/ingest/fetcher.js";
import { type ExpandEvent, expandSource } from "../corpus/ingest/sources/open.js";
import { clientConnection, ensureReachable, type QueueLocation } from "./connection.js";
import { RedisHostGate } from "./host-gate.js";
import { DEFAULT_INLINE_MAX_BYTES, type IngestJob, itemJob, JOB_NAME, jobId } from "./job.js";
import { type JobPolicy, openQueue } from "./queue.js";

/** Waiting jobs above which the enqueuer waits for workers to catch up (about 100–500 MB of Redis at most). */
export const DEFAULT_HIGH_WATER = 10_000;
const BATCH = 200;
const BACKPRESSURE_POLL_MS = 1000;

export interface EnqueueOptions extends JobPolicy {
  readonly location: QueueLocation;
  readonly inlineMaxBytes?: number;
  readonly highWater?: number;
  readonly fetch?: Partial<FetchOptions>;
  readonly shouldStop?: () => boolean;
  readonly log?: (line: string) => void;
}

export interface EnqueueSummary {
  /** Jobs produced by expanding the sources. */
  readonly seen: number;
  readonly added: number;
  /** Jobs whose id was already in the queue (waiting, active, delayed, kept as completed, or dead-lettered). */
  readonly alreadyQueued: number;
  /** Inputs that failed while expanding, enqueued to be recorded in the store by a worker. */
  readonly failures: number;
}

/** The host gate's keys are global to the Redis server: politeness is per host, whatever the queue. */
export const hostGateKey = (host: string): string => `sift:hosts:${host}`;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function toJob(ev: ExpandEvent, inlineMax: number): IngestJob {
  if (ev.kind === "item") return itemJob(ev, inlineMax);
  if (ev.kind === "page")
    return { kind: "page", source: ev.source, input: ev.input, meta: ev.meta, fallback: ev.fallback };
  return { kind: "failure", source: ev.source, input: ev.input, stage: ev.stage, reason: ev.reason };
}

export async function enqueueSources(sources: readonly string[], o: EnqueueOptions): Promise<EnqueueSummary> {
  const redis = clientConnection(o.location.redisUrl);
  await ensureReachable(redis, o.location.redisUrl);
  const queue = openQueue(redis, o.location.queueName, o);
  const gate = new RedisHostGate(redis, hostGateKey);
  const fetcher = new PoliteFetcher({ ...DEFAULT_FETCH_OPTIONS, ...o.fetch }, undefined, gate);
  const inlineMax = o.inlineMaxBytes ?? DEFAULT_INLINE_MAX_BYTES;
  const highWater = o.highWater ?? DEFAULT_HIGH_WATER;
  const c = { seen: 0, added: 0, alreadyQueued: 0, failures: 0 };
  let batch: IngestJob[] = [];

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    while ((await queue.getWaitingCount()) > highWater) {
      o.log?.(`queue: more than ${highWater} jobs waiting; pausing until workers catch up`);
      await sleep(BACKPRESSURE_POLL_MS);
    }
    const ids = batch.map(jobId);
    const exists = await Promise.all(ids.map((id) => redis.exists(queue.toKey(id))));
    const fresh = batch.flatMap((data, i) => (exists[i] ? [] : [{ name: JOB_NAME, data, opts: { jobId: ids[i] } }]));
    c.alreadyQueued += batch.length - fresh.length;
    // addBulk ignores ids already present, so a race with another enqueuer still adds each job once.
    if (fresh.length > 0) await queue.addBulk(fresh);
    c.added += fresh.length;
    batch = [];
  };

  try {
    for (const source of sources) {
      for await (const ev of expandSource(source, { fetcher, deferPages: true })) {
        if (o.shouldStop?.()) break;
        const job = toJob(ev, inlineMax);
        c.seen++;
        if (job.kind === "failure") c.failures++;
        batch.push(job);
        if (batch.length >= BATCH) await flush();
      }
      if (o.shouldStop?.()) break;
    }
    await flush();
  } finally {
    await queue.close();
    redis.disconnect();
  }
  return c;
}
