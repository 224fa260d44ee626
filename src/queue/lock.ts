/**
 * The corpus write lock: one Redis key per queue (= per corpus) that serialises the decide-and-write step of every
 * worker on every machine.
 *
 * Why a lock rather than an atomic putArticle: story clustering is order-dependent — an article joins the most
 * similar story *as the corpus stands*, and near-duplicate and version decisions read the corpus too. Two workers
 * deciding at once could both found a story for the same event, or both add to a story's summed vectors from the
 * same old state so one addition is lost (the store overwrites the state). Making that atomic inside the store
 * would move the clustering into each adapter's SQL; a lock keeps one implementation (decide.ts) for every store
 * and costs one short critical section (a few ms: reads plus one transaction) per article, while the expensive
 * part — analysis — stays parallel. Idempotency does not depend on the lock: a known content hash is a no-op in
 * putArticle on every store.
 *
 * Classic single-instance Redis lock: SET NX PX with a random token, renewed while held, released with a
 * compare-and-delete script so a worker never frees a lock it no longer owns. If the holder dies, the lock expires
 * after its TTL.
 */
import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";

/** Long enough for any write (even a slow store) with renewal; short enough that a dead holder blocks little. */
export const LOCK_TTL_MS = 15_000;
/** Waiters poll at a few ms with jitter: critical sections last milliseconds. */
const POLL_MIN_MS = 2;
const POLL_MAX_MS = 25;

const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("pexpire", KEYS[1], ARGV[2]) else return 0 end`;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class RedisLock {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly ttlMs = LOCK_TTL_MS,
  ) {}

  private async acquire(): Promise<string> {
    const token = randomBytes(16).toString("hex");
    let wait = POLL_MIN_MS;
    for (;;) {
      if ((await this.redis.set(this.key, token, "PX", this.ttlMs, "NX")) === "OK") return token;
      await sleep(wait + Math.random() * wait);
      wait = Math.min(wait * 2, POLL_MAX_MS);
    }
  }

  /** Runs `fn` holding the lock; the lock is renewed while `fn` runs and released after, even when it throws. */
  async withLock<T>(fn: () => Promise<T>): Promise<T> {
    const token = await this.acquire();
    const renew = setInterval(() => {
      this.redis.eval(EXTEND, 1, this.key, token, String(this.ttlMs)).catch(() => {});
    }, this.ttlMs / 3);
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      await this.redis.eval(RELEASE, 1, this.key, token).catch(() => {});
    }
  }
}
