/** `sift ingest` and `sift watch`: fill the corpus from files, folders, JSONL, WARC, feeds, OPML and URL lists. */
import type { Command } from "commander";
import { openCorpus, withDb } from "../../corpus/cli/common.js";
import { ingest, Progress, retryFailed } from "../../corpus/ingest/ingest.js";
import { countJsonl } from "../../corpus/ingest/sources/jsonl.js";
import { watchFeeds } from "../../corpus/ingest/watch.js";
import { queueLocation, redactedUrl } from "../../queue/connection.js";
import { enqueueSources } from "../../queue/enqueue.js";
import { positiveNumber, positiveWholeNumber, wholeNumber } from "../numbers.js";

interface IngestCliOptions {
  readonly db?: string;
  readonly jobs: number;
  readonly retryFailed?: boolean;
  readonly quiet?: boolean;
  readonly hostInterval: number;
  readonly timeout: number;
  readonly maxBytes: number;
  readonly queue?: boolean;
  readonly redis?: string;
  readonly queueName?: string;
  readonly attempts: number;
  /** False with --no-refine. */
  readonly refine: boolean;
}

/** A cheap total for the ETA: JSONL line counts; other sources are open-ended. */
async function estimateTotal(sources: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const s of sources) {
    if (!/\.(jsonl|ndjson)(\.gz)?$/i.test(s)) return undefined;
    total += await countJsonl(s);
  }
  return total || undefined;
}

function fetchOptions(o: IngestCliOptions) {
  return { hostIntervalMs: o.hostInterval, timeoutMs: o.timeout, maxBytes: o.maxBytes };
}

/** The end-of-batch story passes (src/corpus/ingest/refine.ts, merge.ts) are on unless --no-refine. */
function refineOption(cmd: Command): Command {
  return cmd.option(
    "--no-refine",
    "skip the end-of-batch passes that split a touched story whose articles are about two events and merge one " +
      "that belongs with another story (`sift stories --refine` runs them later)",
  );
}

function networkOptions(cmd: Command): Command {
  return cmd
    .option("--host-interval <ms>", "minimum milliseconds between requests to one host", wholeNumber, 1000)
    .option("--timeout <ms>", "per-request timeout in milliseconds", positiveWholeNumber, 20000)
    .option("--max-bytes <n>", "largest page accepted, in bytes", positiveWholeNumber, 5 * 1024 * 1024);
}

/** `sift ingest --queue`: expand the sources into jobs; workers do the rest. */
async function enqueue(cmd: Command, sources: readonly string[], o: IngestCliOptions): Promise<void> {
  if (sources.length === 0)
    cmd.error("give at least one source to enqueue (retry dead-lettered jobs with `sift queue --retry-failed`)");
  if (o.retryFailed) cmd.error("--retry-failed does not combine with --queue; use `sift queue --retry-failed`");
  if (!Number.isInteger(o.attempts) || o.attempts < 1) cmd.error("--attempts must be a positive integer");
  const location = queueLocation(o);
  let stop = false;
  const onSigint = (): void => {
    stop = true;
  };
  process.once("SIGINT", onSigint);
  try {
    const s = await enqueueSources(sources, {
      location,
      attempts: o.attempts,
      fetch: fetchOptions(o),
      shouldStop: () => stop,
      log: (line) => {
        if (!o.quiet) process.stderr.write(`${line}\n`);
      },
    });
    process.stdout.write(
      `queue ${location.queueName} on ${redactedUrl(location.redisUrl)}: ${s.added} jobs added, ` +
        `${s.alreadyQueued} already queued, ${s.failures} of them failed inputs to record (${s.seen} items read)\n`,
    );
  } catch (err) {
    process.stderr.write(`sift: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  } finally {
    process.off("SIGINT", onSigint);
  }
}

export function register(program: Command): void {
  const ingestCmd = program
    .command("ingest")
    .description(
      "Analyse articles and store them in the corpus. SOURCES are files (.html .htm .txt .json), folders, JSONL " +
        "(.jsonl, .jsonl.gz), WARC (.warc, .warc.gz), feeds (RSS/Atom/RDF file or URL), OPML, or URL lists (.urls, " +
        "or a .txt of URLs). Re-running is safe: known content is skipped, changed content at a known URL becomes " +
        "a new version. Failures are recorded (see `sift errors`) and never stop the batch.",
    )
    .argument("[sources...]", "files, folders or URLs to ingest")
    .option("-j, --jobs <n>", "analysis worker threads (1 = analyse on the main thread)", positiveWholeNumber, 1)
    .option("--retry-failed", "retry the inputs recorded as failed (in addition to any SOURCES)")
    .option("-q, --quiet", "no progress output")
    .option("--queue", "enqueue one job per item for `sift worker` processes instead of ingesting here")
    .option("--redis <url>", "with --queue: Redis holding the queue (default: $SIFT_REDIS or redis://127.0.0.1:6379)")
    .option("--queue-name <name>", "with --queue: queue to fill (default: $SIFT_QUEUE or sift-ingest)")
    .option("--attempts <n>", "with --queue: attempts per job before it is dead-lettered", positiveWholeNumber, 3);
  withDb(networkOptions(refineOption(ingestCmd))).action(async (sources: string[], o: IngestCliOptions) => {
    if (o.queue) return enqueue(ingestCmd, sources, o);
    if (sources.length === 0 && !o.retryFailed) ingestCmd.error("give at least one source, or --retry-failed");
    const store = await openCorpus(o);
    let stop = false;
    const onSigint = (): void => {
      if (stop) process.exit(130);
      stop = true;
      process.stderr.write("\nstopping after the current article (Ctrl-C again to quit now)\n");
    };
    process.on("SIGINT", onSigint);
    try {
      const common = {
        store,
        jobs: o.jobs,
        fetch: fetchOptions(o),
        shouldStop: () => stop,
        ...(o.refine ? {} : { refine: false as const, merge: false as const }),
      };
      if (o.retryFailed) await retryFailed({ ...common, progress: new Progress(process.stderr, undefined, o.quiet) });
      if (sources.length > 0)
        await ingest(sources, {
          ...common,
          progress: new Progress(process.stderr, await estimateTotal(sources), o.quiet),
        });
      const c = await store.counts();
      process.stdout.write(
        `corpus: ${c.articles} articles, ${c.duplicates} duplicates, ${c.versions} new versions, ${c.stories} stories, ${c.failures} unresolved failures\n`,
      );
    } finally {
      process.off("SIGINT", onSigint);
      await store.close();
    }
  });

  const watchCmd = program
    .command("watch")
    .description(
      "Poll feeds (an OPML file, feed files or feed URLs) and ingest new articles as they appear; Ctrl-C stops.",
    )
    .argument("<feeds...>", "OPML file, feed file or feed URL")
    .option("--every <seconds>", "seconds between polls", positiveNumber, 900)
    .option("--once", "poll once and exit")
    .option("-j, --jobs <n>", "analysis worker threads", positiveWholeNumber, 1)
    .option("-q, --quiet", "no progress output");
  withDb(networkOptions(refineOption(watchCmd))).action(
    async (feeds: string[], o: IngestCliOptions & { every: number; once?: boolean }) => {
      const store = await openCorpus(o);
      const controller = new AbortController();
      process.once("SIGINT", () => controller.abort());
      try {
        await watchFeeds(feeds, {
          store,
          jobs: o.jobs,
          fetch: fetchOptions(o),
          ...(o.refine ? {} : { refine: false as const, merge: false as const }),
          everyMs: o.every * 1000,
          once: o.once === true,
          signal: controller.signal,
          log: (line) => {
            if (!o.quiet) process.stderr.write(`${line}\n`);
          },
        });
      } finally {
        await store.close();
      }
    },
  );
}
