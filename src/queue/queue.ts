/**
 * The BullMQ queue of ingest jobs and its job policy: retries with exponential backoff, failed jobs kept as the
 * dead-letter list, completed jobs kept for an hour (so re-enqueueing the same inputs meanwhile adds nothing and
 * `sift queue` can count the last minute's throughput).
 */
import { type JobsOptions, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { KEY_PREFIX } from "./connection.js";
import type { IngestJob } from "./job.js";

export const DEFAULT_ATTEMPTS = 3;
/** First retry after 2 s, then 4 s, 8 s…: long enough for a restarted database or a busy host to come back. */
export const DEFAULT_BACKOFF_MS = 2000;
/** Completed jobs kept (seconds / count): bounds Redis memory, since inline jobs carry their article's bytes. */
const KEEP_COMPLETED = { age: 3600, count: 20_000 };

export type IngestQueue = Queue<IngestJob, unknown, string>;

export interface JobPolicy {
  readonly attempts?: number;
  readonly backoffMs?: number;
}

export function jobOptions(p: JobPolicy = {}): JobsOptions {
  return {
    attempts: Math.max(1, p.attempts ?? DEFAULT_ATTEMPTS),
    backoff: { type: "exponential", delay: p.backoffMs ?? DEFAULT_BACKOFF_MS },
    removeOnComplete: KEEP_COMPLETED,
    // The dead-letter list: failed jobs stay until retried (`sift queue --retry-failed`) or cleaned.
    removeOnFail: false,
  };
}

export function openQueue(connection: Redis, name: string, policy?: JobPolicy): IngestQueue {
  return new Queue<IngestJob, unknown, string>(name, {
    connection,
    prefix: KEY_PREFIX,
    defaultJobOptions: jobOptions(policy),
  });
}
