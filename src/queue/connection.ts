/**
 * Where the queue lives and how to reach it: the Redis URL (--redis, else $SIFT_REDIS, else localhost), the queue
 * name (one queue per corpus), and ioredis connections that survive a Redis restart.
 */
import { Redis, type RedisOptions } from "ioredis";

export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
/** The default queue; one queue feeds one corpus (its workers share the corpus lock and story log). */
export const DEFAULT_QUEUE_NAME = "sift-ingest";
/** BullMQ key prefix: every key of the queue starts with `sift:<queue>:`. */
export const KEY_PREFIX = "sift";

/** Reconnect backoff: quick first retries, then every 2 s for as long as Redis is away. */
const RECONNECT_STEP_MS = 100;
const RECONNECT_MAX_MS = 2000;
/** One-shot commands (enqueue, status) give up after this many reconnect attempts instead of hanging. */
const CLIENT_RECONNECT_ATTEMPTS = 10;

export interface QueueLocation {
  readonly redisUrl: string;
  readonly queueName: string;
}

export function queueLocation(o: { readonly redis?: string; readonly queueName?: string }): QueueLocation {
  return {
    redisUrl: o.redis ?? process.env.SIFT_REDIS ?? DEFAULT_REDIS_URL,
    queueName: o.queueName ?? process.env.SIFT_QUEUE ?? DEFAULT_QUEUE_NAME,
  };
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}

/**
 * A long-lived connection (workers): it reconnects forever and queues commands while Redis is away, so a Redis
 * restart pauses the work instead of failing it. BullMQ requires `maxRetriesPerRequest: null` on worker
 * connections (its blocking commands must wait across reconnects).
 */
export function workerConnection(url: string): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (times) => Math.min(times * RECONNECT_STEP_MS, RECONNECT_MAX_MS),
    lazyConnect: false,
  } satisfies RedisOptions);
}

/** A short-lived connection (enqueue, status): it fails with a clear message when Redis cannot be reached. */
export function clientConnection(url: string): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 3,
    retryStrategy: (times) =>
      times > CLIENT_RECONNECT_ATTEMPTS ? null : Math.min(times * RECONNECT_STEP_MS, RECONNECT_MAX_MS),
  } satisfies RedisOptions);
  // Errors surface through the failed command; an unhandled 'error' event would only print a stack trace.
  redis.on("error", () => {});
  return redis;
}

/** Waits for the first connection so a wrong URL fails in seconds with a message naming it. */
export async function ensureReachable(redis: Redis, url: string): Promise<void> {
  try {
    await redis.ping();
  } catch (err) {
    throw new Error(`cannot reach Redis at ${redactedUrl(url)}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** A key of Sift's own (locks, host gates, story log) beside the queue's keys. */
export function siftKey(queueName: string, ...parts: string[]): string {
  return [KEY_PREFIX, queueName, "sift", ...parts].join(":");
}
