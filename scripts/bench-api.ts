/**
 * API latency under a bounded loopback load: `sift serve` runs in its own process over a corpus of real articles
 * (the AllSides dev sample, ingested here), and autocannon drives POST /api/analyze (the seed article) and
 * GET /api/search (a cycle of queries) with 10 connections each, one after the other. Next to them, the CLI's
 * per-article time on the same article, measured in the same run: the analysis alone (in process, warm) and a
 * whole `sift analyze` run (process start and model loading included).
 *
 *   npx tsx scripts/bench-api.ts                         30 s per endpoint
 *   SIFT_BENCH_API_SECONDS=5 npx tsx scripts/bench-api.ts
 *   SIFT_BENCH_API_ARTICLES=500 …                        corpus size (default 200)
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/analyze.js";
import { repoRoot } from "../src/core/paths.js";
import { allSidesLines } from "../src/corpus/evaldata/datasets.js";
import { ingest } from "../src/corpus/ingest/ingest.js";
import { openSqliteStore } from "../src/corpus/store/sqlite.js";

export const DEFAULT_SECONDS = 30;
export const DEFAULT_CONNECTIONS = 10;
const DEFAULT_ARTICLES = 200;
const SEED = join(repoRoot, "../shared/seed/000_6878ee9bf43401a2.txt");
const SEED_PUBLISHED = "2017-12-12";
/** In-process analyses of the seed for the CLI's per-article time (after one warm-up run). */
const CLI_RUNS = 20;
/** Long enough for a queued analysis under 10 connections on a slow, shared machine. */
const REQUEST_TIMEOUT_S = 120;
const START_TIMEOUT_MS = 120_000;
/** Searches cycled by each connection: words, a phrase, boolean operators, a prefix. */
const SEARCH_QUERIES = ["president", '"white house"', "tax OR taxes", "immigra*", "climate AND policy", "court"];

export interface ApiBenchRow {
  readonly name: string;
  readonly requests: number;
  readonly perSecond?: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly failed: number;
}

export interface ApiBenchOptions {
  readonly seconds?: number;
  readonly connections?: number;
  readonly articles?: number;
}

// autocannon ships no type declarations; this is the part of its API used here.
interface AutocannonRequest {
  readonly method?: string;
  readonly path?: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}
interface AutocannonResult {
  readonly requests: { readonly total: number; readonly average: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}
interface AutocannonInstance {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    timeout: number;
    requests: readonly AutocannonRequest[];
  },
  done: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** The q-quantile of the values (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

function load(url: string, name: string, requests: readonly AutocannonRequest[], o: Required<ApiBenchOptions>) {
  return new Promise<ApiBenchRow>((resolve, reject) => {
    const latencies: number[] = [];
    let failedStatus = 0;
    const instance = autocannon(
      { url, connections: o.connections, duration: o.seconds, timeout: REQUEST_TIMEOUT_S, requests },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          name,
          requests: latencies.length,
          perSecond: result.requests.average,
          medianMs: quantile(latencies, 0.5),
          p95Ms: quantile(latencies, 0.95),
          failed: failedStatus + result.errors + result.timeouts,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else failedStatus++;
    });
  });
}

/** `sift serve` in its own process, so the load generator does not share its event loop. */
async function startServe(db: string): Promise<{ url: string; child: ChildProcess }> {
  const cli = join(repoRoot, "src/cli/main.ts");
  const child = spawn(process.execPath, ["--import", "tsx", cli, "serve", "--port", "0", "--db", db], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, SIFT_API_TOKEN: "" },
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("sift serve did not start")), START_TIMEOUT_MS);
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/\S+?) /.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("exit", (code) => reject(new Error(`sift serve exited with ${code}`)));
  });
  return { url, child };
}

async function warmUp(url: string, analyseBody: string): Promise<void> {
  const analysed = await fetch(`${url}/api/analyze`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: analyseBody,
  });
  const searched = await fetch(`${url}/api/search?q=${encodeURIComponent(SEARCH_QUERIES[0] ?? "news")}`);
  for (const r of [analysed, searched]) {
    if (!r.ok) throw new Error(`warm-up ${r.url} failed: HTTP ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  }
}

function cliPerArticle(seed: Uint8Array): ApiBenchRow {
  analyze(seed, { published: SEED_PUBLISHED });
  const times: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    const t0 = performance.now();
    analyze(seed, { published: SEED_PUBLISHED });
    times.push(performance.now() - t0);
  }
  return {
    name: "CLI analysis per article (in process, warm)",
    requests: CLI_RUNS,
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
    failed: 0,
  };
}

function cliWholeRun(): ApiBenchRow {
  const cli = join(repoRoot, "src/cli/main.ts");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", cli, "analyze", SEED, "--format", "json"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  return {
    name: "CLI `sift analyze seed --format json` (whole process)",
    requests: 1,
    medianMs: ms,
    p95Ms: ms,
    failed: r.status === 0 ? 0 : 1,
  };
}

export function formatApiBenchTable(rows: readonly ApiBenchRow[], o: Required<ApiBenchOptions>): string {
  const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  return [
    `API latency under load (${o.connections} connections, ${o.seconds} s per endpoint, loopback, corpus of ${o.articles} AllSides dev articles):`,
    "| measure | requests | req/s | median (ms) | p95 (ms) | failed |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.requests} | ${r.perSecond === undefined ? "—" : r.perSecond.toFixed(1)} | ${ms(r.medianMs)} | ${ms(r.p95Ms)} | ${r.failed} |`,
    ),
  ].join("\n");
}

export async function runApiBench(options: ApiBenchOptions = {}): Promise<{ rows: ApiBenchRow[]; table: string }> {
  const o: Required<ApiBenchOptions> = {
    seconds: options.seconds ?? Number(process.env.SIFT_BENCH_API_SECONDS ?? DEFAULT_SECONDS),
    connections: options.connections ?? DEFAULT_CONNECTIONS,
    articles: options.articles ?? Number(process.env.SIFT_BENCH_API_ARTICLES ?? DEFAULT_ARTICLES),
  };
  const dir = mkdtempSync(join(tmpdir(), "sift-bench-api-"));
  let server: ChildProcess | undefined;
  try {
    const db = join(dir, "corpus.db");
    const jsonl = join(dir, "articles.jsonl");
    writeFileSync(jsonl, `${allSidesLines(o.articles).join("\n")}\n`);
    const store = openSqliteStore(db);
    await ingest([jsonl], { store });
    await store.close();

    const seed = new Uint8Array(readFileSync(SEED));
    const running = await startServe(db);
    server = running.child;
    const analyseBody = JSON.stringify({ text: Buffer.from(seed).toString("utf8"), published: SEED_PUBLISHED });
    const json = { "content-type": "application/json" };
    // Models load on first use: one request of each kind first, so the figures are the warm server's.
    await warmUp(running.url, analyseBody);
    const rows = [
      await load(
        running.url,
        "API POST /api/analyze (the seed article)",
        [{ method: "POST", path: "/api/analyze", body: analyseBody, headers: json }],
        o,
      ),
      await load(
        running.url,
        `API GET /api/search (${SEARCH_QUERIES.length} queries in turn)`,
        SEARCH_QUERIES.map((q) => ({ method: "GET", path: `/api/search?q=${encodeURIComponent(q)}&limit=20` })),
        o,
      ),
      cliPerArticle(seed),
      cliWholeRun(),
    ];
    return { rows, table: formatApiBenchTable(rows, o) };
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log((await runApiBench()).table);
}
