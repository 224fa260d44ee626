/**
 * Analysis off the main thread: N worker_threads each run analyze(); jobs = 1 analyses inline. Results come
 * back as promises; the caller writes them in input order.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type AnalyzeOptions, analyze } from "../../analyze.js";
import type { Document } from "../../core/document.js";

export interface AnalyzeRequest {
  readonly seq: number;
  readonly input: Uint8Array | string;
  readonly options: AnalyzeOptions;
}

export type AnalyzeResponse =
  | { readonly seq: number; readonly doc: Document }
  | { readonly seq: number; readonly error: string };

export interface Analyzer {
  analyze(input: Uint8Array | string, options: AnalyzeOptions): Promise<Document>;
  close(): Promise<void>;
}

export class InlineAnalyzer implements Analyzer {
  async analyze(input: Uint8Array | string, options: AnalyzeOptions): Promise<Document> {
    return analyze(input, options);
  }
  async close(): Promise<void> {}
}

/** The worker script beside this file: .js once built; under tsx the .ts source, with tsx's loader registered in
 * the worker too (loader hooks are per thread in Node 20, so workers do not inherit them). */
function startWorker(o: PoolOptions): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: o.heapMb ?? WORKER_HEAP_MB };
  if (o.script) return new Worker(o.script, { resourceLimits });
  const js = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { resourceLimits });
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/**
 * Each analysis thread's old-generation heap cap. Without one, V8 sizes every thread's heap for this machine's
 * memory and lets garbage pile up to it, so a long ingest's RSS kept growing; one article, even a 50 MB page,
 * needs far less. A thread that still runs out fails only its article and is replaced.
 */
export const WORKER_HEAP_MB = 768;
/** Workers that die before finishing any article this many times in a row mean the pool cannot work at all. */
const MAX_FAILED_STARTS = 3;

export interface PoolOptions {
  /** The worker script (tests give their own); by default worker.js beside this file. */
  readonly script?: URL;
  /** Old-generation heap cap per thread, in MB. */
  readonly heapMb?: number;
}

interface Slot {
  worker: Worker;
  /** The request being analysed, if any. */
  job?: { readonly seq: number; readonly name: string };
  /** Whether this worker has finished an article (so a crash is the article's fault, not the start-up's). */
  served: boolean;
}

export class WorkerPool implements Analyzer {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  private readonly queue: Array<() => void> = [];
  private readonly pending = new Map<number, { resolve: (d: Document) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private broken: Error | undefined;
  private failedStarts = 0;
  private closing = false;

  constructor(
    size: number,
    private readonly options: PoolOptions = {},
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.options), served: false };
    const { worker } = slot;
    worker.on("message", (res: AnalyzeResponse) => {
      const p = this.pending.get(res.seq);
      this.pending.delete(res.seq);
      slot.job = undefined;
      slot.served = true;
      this.failedStarts = 0;
      this.release(slot);
      if (!p) return;
      if ("doc" in res) p.resolve(res.doc);
      else p.reject(new Error(res.error));
    });
    let failed = false;
    const fail = (reason: string): void => {
      if (failed || this.closing) return;
      failed = true;
      this.replace(slot, reason);
    };
    worker.on("error", (err) => fail(err.message));
    worker.on("exit", (code) => fail(`analysis thread exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  /** A worker died: its article fails with the reason, and a fresh worker takes its place. */
  private replace(slot: Slot, reason: string): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    const idleAt = this.idle.indexOf(slot);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    void slot.worker.terminate();
    if (slot.job) {
      const p = this.pending.get(slot.job.seq);
      this.pending.delete(slot.job.seq);
      const oom = /out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(reason);
      p?.reject(
        new Error(
          oom
            ? `analysis ran out of memory (thread heap capped at ${this.options.heapMb ?? WORKER_HEAP_MB} MB) on ${slot.job.name}`
            : `analysis thread crashed on ${slot.job.name}: ${reason}`,
        ),
      );
    }
    if (!slot.served && ++this.failedStarts >= MAX_FAILED_STARTS) {
      // Start-up itself fails (a missing build, a broken loader): fail fast instead of respawning forever.
      this.broken = new Error(`analysis threads cannot start: ${reason}`);
      for (const p of this.pending.values()) p.reject(this.broken);
      this.pending.clear();
      for (const next of this.queue.splice(0)) next();
      return;
    }
    this.release(this.spawn());
  }

  private release(slot: Slot): void {
    this.idle.push(slot);
    this.queue.shift()?.();
  }

  private acquire(): Promise<Slot | undefined> {
    const s = this.idle.pop();
    if (s) return Promise.resolve(s);
    return new Promise((resolve) => this.queue.push(() => resolve(this.idle.pop())));
  }

  async analyze(input: Uint8Array | string, options: AnalyzeOptions): Promise<Document> {
    if (this.broken) throw this.broken;
    const slot = await this.acquire();
    if (this.broken || !slot) throw this.broken ?? new Error("analysis pool closed");
    const seq = this.seq++;
    slot.job = { seq, name: options.name ?? "article" };
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      const req: AnalyzeRequest = { seq, input, options };
      slot.worker.postMessage(req);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

export function makeAnalyzer(jobs: number): Analyzer {
  return jobs > 1 ? new WorkerPool(jobs) : new InlineAnalyzer();
}
