/**
 * Per-host rate limits shared by every worker: each host has a Redis key holding the earliest time of its next
 * request. A script reserves the next slot atomically (now, or the host's next slot if later) and pushes the
 * host's next slot one interval further; the caller sleeps until its slot. Time comes from the Redis server so
 * machines with skewed clocks still space their requests. BullMQ's own rate limiter is per queue, not per host
 * (per-group limits are BullMQ Pro), hence this gate. A worker does not sleep through a long wait: when the host's
 * next slot is further than its limit, nothing is reserved and the job is deferred until then, so the worker
 * goes on with jobs for other hosts.
 */
import type { Redis } from "ioredis";
import { HostBusyError, type HostGate } from "../corpus/ingest/fetcher.js";

const RESERVE = `
local t = redis.call("TIME")
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextSlot = tonumber(redis.call("GET", KEYS[1]) or "0")
local at = math.max(now, nextSlot)
local interval = tonumber(ARGV[1])
if at - now > tonumber(ARGV[2]) then return now - at end
redis.call("SET", KEYS[1], at + interval, "PX", at + interval - now + 1000)
return at - now`;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class RedisHostGate implements HostGate {
  /**
   * @param maxWaitMs the longest wait worth sleeping through; a later turn is not reserved and `turn` throws
   *   HostBusyError (the worker defers the job). Infinite by default (the enqueuer just waits).
   */
  constructor(
    private readonly redis: Redis,
    private readonly keyOf: (host: string) => string,
    private readonly maxWaitMs = Number.POSITIVE_INFINITY,
  ) {}

  /** Milliseconds to wait before this request to `host`, with the slot reserved; negative: not reserved, the
   * host's next slot is that far away. */
  async reserve(host: string, intervalMs: number): Promise<number> {
    if (intervalMs <= 0) return 0;
    const max = Number.isFinite(this.maxWaitMs) ? String(this.maxWaitMs) : "1e18";
    return Number(
      await this.redis.eval(RESERVE, 1, this.keyOf(host.toLowerCase()), String(Math.ceil(intervalMs)), max),
    );
  }

  async turn(host: string, intervalMs: number): Promise<void> {
    const wait = await this.reserve(host, intervalMs);
    if (wait < 0) throw new HostBusyError(host, -wait);
    if (wait > 0) await sleep(wait);
  }
}
