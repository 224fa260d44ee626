/**
 * Corpus benchmark: ingest throughput with full analysis at --jobs 1 and --jobs 2 (articles/s), store size per
 * 1,000 articles, search latency (median and p95 over 100 queries) and peak RSS.
 *
 * Corpus: the AllSides dev sample (3,129 real articles, read in place from ../shared/data). For --size above
 * that, articles are reused in rounds, each round's copy tagged with a distinct closing line so every record has
 * new content (they then also exercise near-duplicate detection). Usage:
 *   tsx scripts/bench-corpus.ts [--size 2000] [--jobs 1,2] [--keep DIR]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { allSidesLines } from "../src/corpus/evaldata/datasets.js";
import { ingest } from "../src/corpus/ingest/ingest.js";
import { openSqliteStore } from "../src/corpus/store/sqlite.js";

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

/** Writes the benchmark corpus as JSONL and returns its path. */
function buildCorpus(dir: string, size: number): string {
  const base = allSidesLines();
  const out: string[] = [];
  for (let i = 0; i < size; i++) {
    const round = Math.floor(i / base.length);
    const row = JSON.parse(base[i % base.length] ?? "{}") as Record<string, string>;
    if (round > 0) {
      row.content_original = `${row.content_original}\n\n(Benchmark copy ${round}.)`;
      row.url = `${row.url}#copy${round}`;
    }
    out.push(JSON.stringify(row));
  }
  const path = join(dir, "corpus.jsonl");
  writeFileSync(path, `${out.join("\n")}\n`);
  return path;
}

interface ChildReport {
  readonly jobs: number;
  readonly articles: number;
  readonly seconds: number;
  readonly peakRssMb: number;
}

/** One ingest run in this process (invoked as a child so each run's peak RSS is its own). */
async function child(corpus: string, db: string, jobs: number): Promise<void> {
  const store = openSqliteStore(db);
  const t0 = performance.now();
  const s = await ingest([corpus], { store, jobs });
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  const report: ChildReport = { jobs, articles: s.stored, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(report));
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

async function searchLatency(db: string): Promise<{ median: number; p95: number }> {
  const store = openSqliteStore(db);
  const words = allSidesLines(400)
    .flatMap((l) => (JSON.parse(l) as { title: string }).title.toLowerCase().match(/[a-z]{5,}/g) ?? [])
    .filter((w, i, all) => all.indexOf(w) === i)
    .slice(0, 100);
  const times: number[] = [];
  for (const w of words) {
    const t0 = performance.now();
    await store.search({ text: w, limit: 20 });
    times.push(performance.now() - t0);
  }
  await store.close();
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

async function main(): Promise<void> {
  if (process.argv.includes("--child")) return child(arg("corpus", ""), arg("db", ""), Number(arg("jobs", "1")));
  const size = Number(arg("size", "2000"));
  const jobsList = arg("jobs", "1,2").split(",").map(Number);
  const dir = process.argv.includes("--keep") ? arg("keep", "") : mkdtempSync(join(tmpdir(), "sift-bench-"));
  const corpus = buildCorpus(dir, size);
  const self = fileURLToPath(import.meta.url);
  console.log(`corpus: ${size} AllSides dev articles (JSONL, full analysis per article), in ${dir}`);
  let lastDb = "";
  for (const jobs of jobsList) {
    const db = join(dir, `jobs${jobs}.db`);
    rmSync(db, { force: true });
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", self, "--child", "--corpus", corpus, "--db", db, "--jobs", String(jobs)],
      {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      },
    );
    const r = JSON.parse(out) as ChildReport;
    console.log(
      `ingest --jobs ${jobs}: ${r.articles} articles in ${r.seconds.toFixed(1)} s = ${(r.articles / r.seconds).toFixed(2)} articles/s; peak RSS ${r.peakRssMb.toFixed(0)} MB`,
    );
    lastDb = db;
  }
  // Fold the write-ahead log into the main file so the size measured is the store's.
  const checkpoint = openSqliteStore(lastDb);
  checkpoint.db.pragma("wal_checkpoint(TRUNCATE)");
  await checkpoint.close();
  const bytes = statSync(lastDb).size;
  console.log(
    `store: ${(bytes / 1e6).toFixed(1)} MB for ${size} articles = ${(((bytes / size) * 1000) / 1e6).toFixed(1)} MB per 1,000 articles`,
  );
  const lat = await searchLatency(lastDb);
  console.log(
    `search (100 one-word queries, top 20 with snippets and facets): median ${lat.median.toFixed(1)} ms, p95 ${lat.p95.toFixed(1)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
