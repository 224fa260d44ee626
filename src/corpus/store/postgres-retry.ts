/**
 * Riding out a PostgreSQL restart or failover: errors that say "the connection or server went away" (or "your
 * transaction lost a deadlock/serialisation race") are retried with capped exponential backoff for up to about
 * 30 s. Whole transactions are retried, never single statements, so a retry never finds half its own work done;
 * an interrupted transaction was rolled back by the server.
 */

/** SQLSTATEs worth retrying: connection exceptions (08), operator intervention (57P0x), lost races (40). */
const TRANSIENT_SQLSTATES = new Set([
  "08000", // connection_exception
  "08001", // sqlclient_unable_to_establish_sqlconnection
  "08003", // connection_does_not_exist
  "08004", // sqlserver_rejected_establishment_of_sqlconnection
  "08006", // connection_failure
  "57P01", // admin_shutdown (pg_ctl stop/restart -m fast)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (the server is starting up or shutting down)
  "40001", // serialization_failure
  "40P01", // deadlock_detected
  "53300", // too_many_connections: another client will let go
]);

/** Socket-level errors of the driver. */
const TRANSIENT_ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTCONN"]);

/** node-postgres reports a dropped connection with these messages and no code. */
const TRANSIENT_MESSAGES =
  /Connection terminated|terminating connection|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|Client was closed and is not queryable|timeout exceeded when trying to connect/i;

export function isTransientError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string" && (TRANSIENT_SQLSTATES.has(code) || TRANSIENT_ERRNOS.has(code))) return true;
  // AggregateError: the driver tried several addresses (IPv4 and IPv6) and every one refused.
  if (err instanceof AggregateError && err.errors.length > 0 && err.errors.every(isTransientError)) return true;
  return TRANSIENT_MESSAGES.test(err.message);
}

export interface RetryPolicy {
  /** Give up when the next wait would end later than this after the first attempt. */
  readonly maxTotalMs: number;
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

/** About 30 s: longer than a fast restart or a failover, short enough that a dead server is reported promptly. */
export const DEFAULT_RETRY: RetryPolicy = { maxTotalMs: 30_000, firstDelayMs: 50, maxDelayMs: 2_000 };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, fails with a non-transient error, or the policy's time is spent; then the last
 * error is thrown. `onRetry` hears each transient failure (for counting and logging).
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: (err: unknown, attemptNumber: number) => void,
): Promise<T> {
  const started = Date.now();
  let delay = policy.firstDelayMs;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (!isTransientError(err) || Date.now() - started + delay > policy.maxTotalMs) throw err;
      onRetry?.(err, n);
      // Jitter spreads the reconnects of many workers after a restart.
      await sleep(delay * (0.5 + Math.random() / 2));
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
}
