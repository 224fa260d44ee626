/**
 * `sift worker`: takes ingest jobs from the queue and runs the same pipeline as `sift ingest` — fetch (pages, under
 * the shared per-host limit), analyse (on `concurrency` threads), then decide duplicates/versions/story and write,
 * one worker at a time per corpus (lock.ts). Delivery is at least once: a job whose worker dies is redone by
 * another after its BullMQ lock expires, and the redo is harmless because a known content hash is a no-op.
 *
 * Failures: bad input (a SiftError such as a binary or empty file, no article text, a 404, robots.txt) fails at
 * once; anything else (a crash, a store or network error) is retried with exponential backoff. A job that fails
 * for good lands in the dead-letter list (BullMQ's failed set, reason `stage: message`) and is recorded in the
 * store, so `sift errors` shows it next to the failures of single-process ingest.
 */
import { DelayedError, type Job, UnrecoverableError, WaitingError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { SiftError } from "../core/errors.js";
import { CorpusDecider } from "../corpus/ingest/decide.js";
import { DEFAULT_FETCH_OPTIONS, type FetchOptions, HostBusyError, PoliteFetcher } from "../corpus/ingest/fetcher.js";
import { ItemError, prepareAnalysed, type StoreOutcome, storePrepared } from "../corpus/ingest/ingest.js";
import { errorMessage, type SourceItem } from "../corpus/ingest/item.js";
import { mergeStories, type StoryMergeOutcome } from "../corpus/ingest/merge.js";
import { type Analyzer, makeAnalyzer } from "../corpus/ingest/pool.js";
import { refineStories, type StorySplitOutcome } from "../corpus/ingest/refine.js";
import { fetchPage, openSource } from "../corpus/ingest/sources/open.js";
import type { CorpusStore, FailureInput } from "../corpus/store/types.js";
import type { ClusterOptions, RefineOptions } from "../corpus/stories/cluster.js";
import type { MergeOptions } from "../corpus/stories/merge.js";
import { sha256Hex } from "../corpus/text/normalize.js";
import { KEY_PREFIX, type QueueLocation, siftKey, workerConnection } from "./connection.js";
import { hostGateKey } from "./enqueue.js";
import { RedisHostGate } from "./host-gate.js";
import { describeJob, type IngestJob, itemOf } from "./job.js";
import { RedisLock } from "./lock.js";
import { StorySync } from "./story-sync.js";
import { testDelay, testPoison } from "./test-hooks.js";

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

/** BullMQ's defaults: a job whose worker stops renewing its lock for 30 s is taken back and redone. */
export const DEFAULT_LOCK_DURATION_MS = 30_000;
export const DEFAULT_STALLED_INTERVAL_MS = 30_000;
/** How long SIGTERM waits for the current jobs before handing them back to the queue. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 30_000;
/**
 * A job taken back from dead workers this many times is dead-lettered by the next worker that gets it (an input
 * that kills the process, say by exhausting memory). The processor does it rather than BullMQ's stalled check so
 * the failure is recorded in the store; BullMQ's own limit is one higher, as a backstop.
 */
const MAX_WORKER_DEATHS = 3;
/** A fetch whose host is booked further ahead than this is deferred instead of holding the worker. */
export const HOST_MAX_WAIT_MS = 5000;
/** Connection errors while Redis is away are logged at most this often. */
const ERROR_LOG_INTERVAL_MS = 5000;

export interface WorkerOptions {
  readonly store: CorpusStore;
  readonly location: QueueLocation;
  /** Jobs processed at once (and analysis threads; 1 analyses on the main thread). */
  readonly concurrency?: number;
  readonly fetch?: Partial<FetchOptions>;
  /** A fetch whose host is booked further ahead than this is deferred (default HOST_MAX_WAIT_MS). */
  readonly hostMaxWaitMs?: number;
  readonly lockDurationMs?: number;
  readonly stalledIntervalMs?: number;
  readonly cluster?: ClusterOptions;
  /** The refine pass when the queue runs dry (src/corpus/ingest/refine.ts); false skips it. */
  readonly refine?: RefineOptions | false;
  /** The merge pass after it (src/corpus/ingest/merge.ts); false skips it. */
  readonly merge?: MergeOptions | false;
  readonly log?: (line: string) => void;
}

export type JobOutcome = "stored" | "known" | "not-modified" | "failure-recorded";

export interface WorkerCounts {
  stored: number;
  known: number;
  failed: number;
  retried: number;
  /** Jobs put off because their host was booked too far ahead. */
  deferred: number;
  /** Time spent holding the corpus lock (catch-up, decide, write) and waiting for it: the serial part of the work. */
  writeMs: number;
  lockWaitMs: number;
  writes: number;
  /** Stories the refine pass split. */
  storiesSplit: number;
  /** Stories the merge pass joined with another. */
  storiesMerged: number;
}

type Stage = FailureInput["stage"];

/** A failure at a known stage; `permanent` failures skip the remaining attempts. */
class StageFailure extends Error {
  constructor(
    readonly stage: Stage,
    readonly reason: string,
    readonly permanent: boolean,
  ) {
    super(`${stage}: ${reason}`);
  }
}

/** Fetch errors that another attempt will not fix. */
function permanentFetchError(reason: string): boolean {
  return (
    (/^HTTP 4\d\d/.test(reason) && !/^HTTP (408|425|429)/.test(reason)) ||
    /robots\.txt|unsupported protocol|larger than|redirects/.test(reason)
  );
}

export class IngestWorker {
  readonly counts: WorkerCounts = {
    stored: 0,
    known: 0,
    failed: 0,
    retried: 0,
    deferred: 0,
    writeMs: 0,
    lockWaitMs: 0,
    writes: 0,
    storiesSplit: 0,
    storiesMerged: 0,
  };
  private readonly worker: Worker<IngestJob, { outcome: JobOutcome; id?: number }, string>;
  private readonly analyzer: Analyzer;
  private readonly fetcher: PoliteFetcher;
  private readonly decider: CorpusDecider;
  private readonly lock: RedisLock;
  private readonly sync: StorySync;
  private lastErrorLog = 0;
  private closing: Promise<void> | undefined;
  /** Stories this worker created or grew since its last refine pass. */
  private readonly touched = new Set<number>();
  /** Jobs being processed, and whether the queue had no waiting job when last asked: together, the batch's end. */
  private active = 0;
  private queueDry = false;
  private refining: Promise<void> | undefined;

  private constructor(
    private readonly o: WorkerOptions,
    private readonly redis: Redis,
  ) {
    const { store } = o;
    const name = o.location.queueName;
    const concurrency = Math.max(1, o.concurrency ?? 1);
    this.analyzer = makeAnalyzer(concurrency);
    this.fetcher = new PoliteFetcher(
      { ...DEFAULT_FETCH_OPTIONS, ...o.fetch },
      store,
      new RedisHostGate(redis, hostGateKey, o.hostMaxWaitMs ?? HOST_MAX_WAIT_MS),
    );
    this.decider = new CorpusDecider(store, o.cluster);
    this.lock = new RedisLock(redis, siftKey(name, "corpus-lock"));
    this.sync = new StorySync(redis, siftKey(name, "story-log"), siftKey(name, "story-seq"));
    this.worker = new Worker(name, (job, token, signal) => this.process(job, token, signal), {
      connection: redis,
      prefix: KEY_PREFIX,
      concurrency,
      lockDuration: o.lockDurationMs ?? DEFAULT_LOCK_DURATION_MS,
      stalledInterval: o.stalledIntervalMs ?? DEFAULT_STALLED_INTERVAL_MS,
      maxStalledCount: MAX_WORKER_DEATHS + 1,
    });
    this.worker.on("drained", () => {
      this.queueDry = true;
      if (this.active === 0) this.refineTouched();
    });
    this.worker.on("error", (err) => this.logError(err));
    this.redis.on("error", (err) => this.logError(err));
    this.worker.on("failed", (job, err) => {
      if (!job) return;
      const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
      if (final) this.counts.failed++;
      else this.counts.retried++;
      this.log(`${final ? "dead-lettered" : "will retry"} ${describeJob(job.data)}: ${err.message}`);
    });
  }

  static async start(o: WorkerOptions): Promise<IngestWorker> {
    const w = new IngestWorker(o, workerConnection(o.location.redisUrl));
    await w.worker.waitUntilReady();
    return w;
  }

  private log(line: string): void {
    this.o.log?.(line);
  }

  private logError(err: Error): void {
    const now = Date.now();
    if (now - this.lastErrorLog < ERROR_LOG_INTERVAL_MS) return;
    this.lastErrorLog = now;
    this.log(`worker: ${err.message} (retrying)`);
  }

  /** Hands a job back to the queue untouched (shutdown): another worker takes it at once. */
  private async giveBack(job: Job<IngestJob>, token: string | undefined): Promise<never> {
    await job.moveToWait(token);
    throw new WaitingError();
  }

  private async process(
    job: Job<IngestJob>,
    token: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<{ outcome: JobOutcome; id?: number }> {
    this.active++;
    this.queueDry = false;
    try {
      return await this.processJob(job, token, signal);
    } finally {
      this.active--;
      if (this.active === 0 && this.queueDry) this.refineTouched();
    }
  }

  private async processJob(
    job: Job<IngestJob>,
    token: string | undefined,
    signal: AbortSignal | undefined,
  ): Promise<{ outcome: JobOutcome; id?: number }> {
    const data = job.data;
    if (data.kind === "failure") {
      await this.o.store.recordFailure({
        source: data.source,
        input: data.input,
        stage: data.stage,
        reason: data.reason,
      });
      return { outcome: "failure-recorded" };
    }
    try {
      if (job.stalledCounter >= MAX_WORKER_DEATHS)
        throw new StageFailure("analyze", `${job.stalledCounter} workers died processing it`, true);
      if (data.kind === "item" && (await this.o.store.hasContent(data.contentHash))) return await this.known(data);
      const item = await this.itemFor(data);
      if (!item) return { outcome: "not-modified" };
      // A redelivered page or shared-file job: known content is not analysed again.
      if (data.kind !== "item" && (await this.o.store.hasContent(sha256Hex(item.bytes)))) return await this.known(item);
      if (signal?.aborted) return await this.giveBack(job, token);
      const doc = await this.analyse(item);
      await testDelay(signal);
      if (signal?.aborted) return await this.giveBack(job, token);
      const res = await this.write(item, doc);
      if (res.created) this.counts.stored++;
      else this.counts.known++;
      await this.o.store.resolveFailure(item.source, item.input);
      return { outcome: res.created ? "stored" : "known", id: res.id };
    } catch (err) {
      if (err instanceof WaitingError || err instanceof DelayedError) throw err;
      if (err instanceof HostBusyError) {
        // The host is booked: come back when its slot is free (a deferral, not a failed attempt).
        this.counts.deferred++;
        await job.moveToDelayed(Date.now() + err.waitMs, token);
        throw new DelayedError();
      }
      const f =
        err instanceof StageFailure
          ? err
          : err instanceof ItemError
            ? new StageFailure(err.stage, err.message, err.stage === "analyze")
            : new StageFailure("store", errorMessage(err), false);
      const last = f.permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (last) await this.recordFailure(data, f);
      throw f.permanent ? new UnrecoverableError(f.message) : f;
    }
  }

  private async known(data: { source: string; input: string }): Promise<{ outcome: JobOutcome }> {
    this.counts.known++;
    await this.o.store.resolveFailure(data.source, data.input);
    return { outcome: "known" };
  }

  /** The item a job stands for: unpacked, re-read from the shared file, or fetched. */
  private async itemFor(data: Exclude<IngestJob, { kind: "failure" }>): Promise<SourceItem | undefined> {
    if (data.kind === "item") return itemOf(data);
    if (data.kind === "local") {
      for await (const ev of openSource(data.file, { fetcher: this.fetcher })) {
        if (ev.input !== data.input) continue;
        if (ev.kind === "failure") throw new StageFailure(ev.stage, ev.reason, true);
        return { ...ev, source: data.source };
      }
      throw new StageFailure("read", `${data.input} is no longer in ${data.file}`, true);
    }
    const ev = await fetchPage({ ...data, kind: "page" }, this.fetcher);
    if (ev?.kind === "failure") throw new StageFailure(ev.stage, ev.reason, permanentFetchError(ev.reason));
    return ev;
  }

  private async analyse(item: SourceItem) {
    try {
      testPoison(item.input);
      return await this.analyzer.analyze(item.analyzeInput, item.options);
    } catch (err) {
      // A SiftError is bad input (binary, empty, too large): deterministic, so retrying cannot help.
      const permanent = err instanceof SiftError || (err instanceof Error && err.name === "SiftError");
      throw new StageFailure("analyze", errorMessage(err), permanent);
    }
  }

  /**
   * Decide and write under the corpus lock, after catching up with the other workers' stories; the signatures
   * and features are computed before taking it, so the serial section holds only the corpus reads and the write.
   */
  private write(item: SourceItem, doc: Awaited<ReturnType<Analyzer["analyze"]>>): Promise<StoreOutcome> {
    const prepared = prepareAnalysed(item, doc);
    const asked = performance.now();
    return this.lock.withLock(async () => {
      const held = performance.now();
      this.counts.lockWaitMs += held - asked;
      try {
        await this.sync.catchUp(this.decider);
        const res = await storePrepared(this.o.store, this.decider, prepared);
        if (res.created) {
          await this.sync.wrote(res.storyId);
          this.touched.add(res.storyId);
        }
        return res;
      } finally {
        this.counts.writeMs += performance.now() - held;
        this.counts.writes++;
      }
    });
  }

  /**
   * The end-of-batch refine and merge passes, run when the queue is dry and this worker idle: the stories it touched
   * are re-checked under the corpus lock, and each split or merge is logged so every worker reloads both stories
   * (an absorbed story leaves their windows). Stories touched by other workers are theirs to check. A failed pass
   * keeps its stories for the next one.
   */
  private refineTouched(): void {
    if (this.o.refine === false || this.touched.size === 0 || this.refining || this.closing) return;
    const ids = [...this.touched];
    this.touched.clear();
    const onSplit = async (s: StorySplitOutcome): Promise<void> => {
      await this.decider.refresh([s.storyId, s.newStoryId]);
      await this.sync.wrote(s.storyId, s.newStoryId);
      this.counts.storiesSplit++;
      this.log(`refine: story ${s.storyId} split: ${s.kept} members stay, ${s.left} form story ${s.newStoryId}`);
    };
    const onMerge = async (m: StoryMergeOutcome): Promise<void> => {
      await this.decider.refresh([m.storyId, m.absorbedId]);
      await this.sync.wrote(m.storyId, m.absorbedId);
      this.counts.storiesMerged++;
      this.log(`merge: story ${m.absorbedId} joined story ${m.storyId} (${m.size} members)`);
    };
    this.refining = this.lock
      .withLock(async () => {
        await this.sync.catchUp(this.decider);
        const report = await refineStories(this.o.store, ids, {
          cluster: this.o.cluster,
          refine: this.o.refine || undefined,
          onSplit,
        });
        for (const e of report.errors) this.log(`refine: story ${e.storyId} not checked: ${e.reason}`);
        if (this.o.merge === false) return;
        const merged = await mergeStories(this.o.store, ids, {
          cluster: this.o.cluster,
          refine: this.o.refine || undefined,
          merge: this.o.merge,
          onMerge,
        });
        if (merged.error) this.log(`merge: stopped early: ${merged.error}`);
      })
      .then(
        () => {
          this.refining = undefined;
          // Stories touched while this pass ran, with the queue dry again since: their pass is now.
          if (this.active === 0 && this.queueDry) this.refineTouched();
        },
        (err: unknown) => {
          // Kept for the next pass (the next time the queue runs dry), not retried in a loop.
          this.refining = undefined;
          for (const id of ids) this.touched.add(id);
          this.logError(err instanceof Error ? err : new Error(String(err)));
        },
      );
  }

  private async recordFailure(data: Exclude<IngestJob, { kind: "failure" }>, f: StageFailure): Promise<void> {
    try {
      await this.o.store.recordFailure({ source: data.source, input: data.input, stage: f.stage, reason: f.reason });
    } catch (err) {
      // The store may be why the job failed; the dead-letter list still has the reason.
      this.log(`could not record the failure of ${data.input} in the store: ${errorMessage(err)}`);
    }
  }

  /**
   * Graceful stop: take no new jobs, let the current ones finish for up to `timeoutMs`, then hand the rest back to
   * the queue (they are redone by another worker), close the connections.
   */
  close(timeoutMs = DEFAULT_SHUTDOWN_TIMEOUT_MS): Promise<void> {
    this.closing ??= (async () => {
      const timer = setTimeout(() => this.worker.cancelAllJobs("worker shutting down"), timeoutMs);
      try {
        await this.worker.close();
      } finally {
        clearTimeout(timer);
        // A refine pass in flight finishes (each split is one transaction), unless Redis is away and it cannot.
        if (this.refining) await Promise.race([this.refining, sleep(timeoutMs)]);
        await this.analyzer.close();
        this.redis.disconnect();
      }
    })();
    return this.closing;
  }
}
