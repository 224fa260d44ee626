/**
 * `sift queue`: job counts by state, the rate over the last minute, the dead-letter list and its retry. The rate
 * counts jobs finished in the last 60 s: BullMQ keeps finished jobs in sorted sets scored by their finish time.
 */
import type { Redis } from "ioredis";
import { clientConnection, ensureReachable, type QueueLocation } from "./connection.js";
import { describeJob, type IngestJob } from "./job.js";
import { type IngestQueue, openQueue } from "./queue.js";

const RATE_WINDOW_MS = 60_000;

export interface QueueStatus {
  readonly queue: string;
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  /** Completed jobs still kept (an hour's worth). */
  readonly completed: number;
  /** The dead-letter list. */
  readonly failed: number;
  readonly workers: number;
  /** Jobs finished (completed or dead-lettered) in the last minute, per second. */
  readonly ratePerSecond: number;
  readonly finishedLastMinute: number;
}

export interface DeadLetter {
  readonly id: string;
  readonly source: string;
  readonly input: string;
  readonly reason: string;
  readonly attempts: number;
  readonly failedAt?: string;
}

async function withQueue<T>(location: QueueLocation, fn: (q: IngestQueue, redis: Redis) => Promise<T>): Promise<T> {
  const redis = clientConnection(location.redisUrl);
  try {
    await ensureReachable(redis, location.redisUrl);
    const queue = openQueue(redis, location.queueName);
    try {
      return await fn(queue, redis);
    } finally {
      await queue.close();
    }
  } finally {
    redis.disconnect();
  }
}

export function queueStatus(location: QueueLocation): Promise<QueueStatus> {
  return withQueue(location, async (queue, redis) => {
    const c = await queue.getJobCounts("waiting", "active", "delayed", "completed", "failed", "prioritized");
    const since = Date.now() - RATE_WINDOW_MS;
    const [done, dead, workers] = await Promise.all([
      redis.zcount(queue.toKey("completed"), since, "+inf"),
      redis.zcount(queue.toKey("failed"), since, "+inf"),
      queue.getWorkersCount(),
    ]);
    const finished = done + dead;
    return {
      queue: location.queueName,
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
      workers,
      ratePerSecond: finished / (RATE_WINDOW_MS / 1000),
      finishedLastMinute: finished,
    };
  });
}

export function deadLetters(location: QueueLocation, limit = 1000): Promise<DeadLetter[]> {
  return withQueue(location, async (queue) => {
    const jobs = await queue.getFailed(0, limit - 1);
    return jobs.map((j) => {
      const data = j.data as IngestJob;
      return {
        id: j.id ?? "",
        source: data.source,
        input: describeJob(data),
        reason: j.failedReason,
        attempts: j.attemptsMade,
        failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : undefined,
      };
    });
  });
}

/** Moves every dead-lettered job back to waiting with a fresh set of attempts; returns how many. */
export function retryDeadLetters(location: QueueLocation): Promise<number> {
  return withQueue(location, async (queue) => {
    const count = await queue.getFailedCount();
    if (count > 0) await queue.retryJobs({ state: "failed", count: 1000 });
    return count;
  });
}

export function formatStatus(s: QueueStatus): string {
  return [
    `queue ${s.queue}: ${s.waiting} waiting, ${s.active} active, ${s.delayed} delayed (retry backoff or busy host), ` +
      `${s.completed} completed (kept 1 h), ${s.failed} failed (dead-letter)`,
    `workers: ${s.workers} connected · rate: ${s.ratePerSecond.toFixed(2)} jobs/s over the last minute (${s.finishedLastMinute} finished)`,
  ].join("\n");
}
