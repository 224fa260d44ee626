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
function startWorker(): Worker {
  const js = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

export class WorkerPool implements Analyzer {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Array<() => void> = [];
  private readonly pending = new Map<number, { resolve: (d: Document) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private broken: Error | undefined;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      w.on("message", (res: AnalyzeResponse) => {
        const p = this.pending.get(res.seq);
        this.pending.delete(res.seq);
        this.release(w);
        if (!p) return;
        if ("doc" in res) p.resolve(res.doc);
        else p.reject(new Error(res.error));
      });
      w.on("error", (err) => {
        // A worker that fails to start or crashes makes the whole pool unusable: fail fast instead of hanging.
        this.broken = err;
        for (const p of this.pending.values()) p.reject(err);
        for (const next of this.queue.splice(0)) next();
        this.pending.clear();
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  private release(w: Worker): void {
    const next = this.queue.shift();
    this.idle.push(w);
    next?.();
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    if (w) return Promise.resolve(w);
    return new Promise((resolve) => this.queue.push(() => resolve(this.idle.pop() as Worker)));
  }

  async analyze(input: Uint8Array | string, options: AnalyzeOptions): Promise<Document> {
    if (this.broken) throw this.broken;
    const w = await this.acquire();
    if (this.broken) throw this.broken;
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      const req: AnalyzeRequest = { seq, input, options };
      w.postMessage(req);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export function makeAnalyzer(jobs: number): Analyzer {
  return jobs > 1 ? new WorkerPool(jobs) : new InlineAnalyzer();
}
