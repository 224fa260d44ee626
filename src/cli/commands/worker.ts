/** `sift worker`: process the ingest queue into the corpus until SIGTERM/SIGINT (docs/SCALING.md). */
import type { Command } from "commander";
import { openCorpus, withDb } from "../../corpus/cli/common.js";
import { corpusLocation } from "../../corpus/store/open.js";
import { queueLocation, redactedUrl } from "../../queue/connection.js";
import {
  DEFAULT_LOCK_DURATION_MS,
  DEFAULT_SHUTDOWN_TIMEOUT_MS,
  DEFAULT_STALLED_INTERVAL_MS,
  IngestWorker,
} from "../../queue/worker.js";
import { positiveWholeNumber, wholeNumber } from "../numbers.js";

interface WorkerCliOptions {
  readonly db?: string;
  readonly redis?: string;
  readonly queueName?: string;
  readonly concurrency: number;
  readonly hostInterval: number;
  readonly timeout: number;
  readonly maxBytes: number;
  readonly lockDuration: number;
  readonly stalledInterval: number;
  readonly shutdownTimeout: number;
  /** False with --no-refine. */
  readonly refine: boolean;
  readonly quiet?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command("worker")
    .description(
      "Process the ingest queue (filled by `sift ingest --queue`): fetch, analyse, deduplicate, cluster and store " +
        "each item in the corpus. Run any number of workers on any number of machines against one Redis and one " +
        "corpus (a postgres:// URL, or a SQLite file on one machine). SIGTERM or Ctrl-C stops taking jobs, finishes " +
        "the current ones (or hands them back after --shutdown-timeout) and exits 0.",
    )
    .option("--redis <url>", "Redis holding the queue (default: $SIFT_REDIS or redis://127.0.0.1:6379)")
    .option(
      "--queue-name <name>",
      "queue to take jobs from; one queue per corpus (default: $SIFT_QUEUE or sift-ingest)",
    )
    .option("-c, --concurrency <n>", "jobs processed at once, each analysed on its own thread", positiveWholeNumber, 1)
    .option(
      "--host-interval <ms>",
      "minimum milliseconds between requests to one host, across all workers",
      wholeNumber,
      1000,
    )
    .option("--timeout <ms>", "per-request timeout in milliseconds", positiveWholeNumber, 20000)
    .option("--max-bytes <n>", "largest page accepted, in bytes", positiveWholeNumber, 5 * 1024 * 1024)
    .option(
      "--lock-duration <ms>",
      "a job whose worker stops renewing its lock this long is taken back",
      positiveWholeNumber,
      DEFAULT_LOCK_DURATION_MS,
    )
    .option(
      "--stalled-interval <ms>",
      "how often to look for jobs of dead workers",
      positiveWholeNumber,
      DEFAULT_STALLED_INTERVAL_MS,
    )
    .option(
      "--shutdown-timeout <ms>",
      "on SIGTERM, how long to let current jobs finish before handing them back",
      positiveWholeNumber,
      DEFAULT_SHUTDOWN_TIMEOUT_MS,
    )
    .option(
      "--no-refine",
      "skip the story passes that, whenever the queue runs dry, split stories this worker touched that are about " +
        "two events and merge those that belong with another story",
    )
    .option("-q, --quiet", "log only failures");
  withDb(cmd).action(async (o: WorkerCliOptions) => {
    if (!Number.isInteger(o.concurrency) || o.concurrency < 1) cmd.error("--concurrency must be a positive integer");
    const location = queueLocation(o);
    const store = await openCorpus(o);
    const log = (line: string): void => {
      process.stderr.write(`${line}\n`);
    };
    // The signal handlers go in before the worker takes its first job: a SIGTERM that arrives while it starts must
    // still let the job in hand finish, not kill the process with Node's default handler.
    const stopped = new Promise<string>((resolve) => {
      process.once("SIGTERM", () => resolve("SIGTERM"));
      process.once("SIGINT", () => resolve("SIGINT"));
    });
    const worker = await IngestWorker.start({
      store,
      location,
      concurrency: o.concurrency,
      fetch: { hostIntervalMs: o.hostInterval, timeoutMs: o.timeout, maxBytes: o.maxBytes },
      lockDurationMs: o.lockDuration,
      stalledIntervalMs: o.stalledInterval,
      ...(o.refine ? {} : { refine: false as const, merge: false as const }),
      log,
    });
    if (!o.quiet)
      log(
        `worker: queue ${location.queueName} on ${redactedUrl(location.redisUrl)} → ${redactedUrl(corpusLocation(o.db))}, ` +
          `concurrency ${o.concurrency} (pid ${process.pid})`,
      );
    const signal = await stopped;
    if (!o.quiet) log(`worker: ${signal}: finishing current jobs`);
    await worker.close(o.shutdownTimeout);
    await store.close();
    const c = worker.counts;
    if (!o.quiet) {
      log(
        `worker: stopped; ${c.stored} stored, ${c.known} already present, ${c.failed} dead-lettered, ${c.retried} retries, ${c.deferred} deferred for busy hosts, ${c.storiesSplit} stories split, ${c.storiesMerged} merged`,
      );
      // The serial part of the work: what bounds adding workers (docs/SCALING.md, scripts/bench-scale.ts).
      if (c.writes > 0)
        log(
          `worker: write section ${(c.writeMs / c.writes).toFixed(2)} ms/article, lock wait ${(c.lockWaitMs / c.writes).toFixed(2)} ms/article (${c.writes} writes)`,
        );
    }
    process.exit(0);
  });
}
