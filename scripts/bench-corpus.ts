/**
 * Corpus benchmark: ingest throughput with full analysis at --jobs 1 and --jobs 2 (articles/s), then one large
 * ingest (--size, at the last --jobs value) that reports the process's RSS every 10,000 articles (memory must stay
 * flat as the corpus grows), the store size per 1,000 articles and search latency (median and p95 over 100
 * queries) on the large store.
 *
 * Corpus: the AllSides dev sample (3,129 real articles, read in place from ../shared/data). For sizes above that,
 * articles are reused in rounds, each round's copy tagged with a distinct closing line so every record has new
 * content (they then also exercise near-duplicate detection and story clustering at scale). Usage:
 *   tsx scripts/bench-corpus.ts [--throughput-size 1000] [--jobs 1,2] [--size 3000] [--keep DIR]
 *   tsx scripts/bench-corpus.ts --search-only STORE.db     (only the search latency, on a store built before)
 * The issue's figure is `--size 100000` (about an hour at --jobs 2 on two cores).
 */
import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { allSidesLines } from "../src/corpus/evaldata/datasets.js";
import { ingest } from "../src/corpus/ingest/ingest.js";
import { Progress, type ProgressCounts } from "../src/corpus/ingest/progress.js";
import { openSqliteStore } from "../src/corpus/store/sqlite.js";
import { FACET_SAMPLE } from "../src/corpus/store/types.js";

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

/** Writes the benchmark corpus as JSONL, line by line (100,000 articles are 600 MB), and returns its path. */
function buildCorpus(dir: string, size: number, file: string): string {
  const base = allSidesLines();
  const path = join(dir, file);
  const fd = openSync(path, "w");
  for (let i = 0; i < size; i++) {
    const round = Math.floor(i / base.length);
    const row = JSON.parse(base[i % base.length] ?? "{}") as Record<string, string>;
    if (round > 0) {
      row.content_original = `${row.content_original}\n\n(Benchmark copy ${round}.)`;
      row.url = `${row.url}#copy${round}`;
    }
    writeSync(fd, `${JSON.stringify(row)}\n`);
  }
  closeSync(fd);
  return path;
}

interface ChildReport {
  readonly jobs: number;
  readonly articles: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  /** Articles read → the process's resident memory then (MB), every CHECKPOINT articles. */
  readonly rssAt: readonly { readonly articles: number; readonly rssMb: number; readonly peakRssMb: number }[];
}

/** How often the large run samples memory. */
const CHECKPOINT = 10_000;

/** Progress that only samples memory at checkpoints (the run's own output stays one JSON line). */
class MemoryCheckpoints extends Progress {
  readonly samples: { articles: number; rssMb: number; peakRssMb: number }[] = [];
  constructor(private readonly every: number) {
    super({ write: () => true }, undefined, true);
  }
  override update(c: ProgressCounts): void {
    const next = (this.samples.length + 1) * this.every;
    if (c.seen < next) return;
    this.samples.push({
      articles: next,
      rssMb: process.memoryUsage().rss / 1048576,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    });
    process.stderr.write(`bench: ${next} articles, RSS ${this.samples.at(-1)?.rssMb.toFixed(0)} MB\n`);
  }
}

/** One ingest run in this process (invoked as a child so each run's peak RSS is its own). */
async function child(corpus: string, db: string, jobs: number, every: number): Promise<void> {
  const store = openSqliteStore(db);
  const progress = new MemoryCheckpoints(every);
  const t0 = performance.now();
  const s = await ingest([corpus], { store, jobs, progress });
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  const report: ChildReport = {
    jobs,
    articles: s.stored,
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssAt: progress.samples,
  };
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

function runChild(corpus: string, db: string, jobs: number, every: number): ChildReport {
  rmSync(db, { force: true });
  const out = execFileSync(
    process.execPath,
    [
      "--import",
      "tsx",
      fileURLToPath(import.meta.url),
      "--child",
      "--corpus",
      corpus,
      "--db",
      db,
      "--jobs",
      String(jobs),
      "--every",
      String(every),
    ],
    { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(out) as ChildReport;
}

async function main(): Promise<void> {
  if (process.argv.includes("--child"))
    return child(arg("corpus", ""), arg("db", ""), Number(arg("jobs", "1")), Number(arg("every", String(CHECKPOINT))));
  if (process.argv.includes("--search-only")) return printSearchLatency(arg("search-only", ""));
  const size = Number(arg("size", "3000"));
  const throughputSize = Number(arg("throughput-size", "1000"));
  const jobsList = arg("jobs", "1,2").split(",").map(Number);
  const dir = process.argv.includes("--keep") ? arg("keep", "") : mkdtempSync(join(tmpdir(), "sift-bench-"));
  const rate = (r: ChildReport) => (r.articles / r.seconds).toFixed(2);
  console.log(`Corpus benchmark (AllSides dev articles as JSONL, full analysis per article; files in ${dir}):`);
  const small = buildCorpus(dir, throughputSize, "throughput.jsonl");
  for (const jobs of jobsList) {
    const r = runChild(small, join(dir, `jobs${jobs}.db`), jobs, CHECKPOINT);
    console.log(
      `ingest --jobs ${jobs}: ${r.articles} articles in ${r.seconds.toFixed(1)} s = ${rate(r)} articles/s; peak RSS ${r.peakRssMb.toFixed(0)} MB`,
    );
  }
  const jobs = jobsList.at(-1) ?? 1;
  const big = buildCorpus(dir, size, "corpus.jsonl");
  const bigDb = join(dir, "large.db");
  const r = runChild(big, bigDb, jobs, Math.min(CHECKPOINT, Math.max(1000, Math.floor(size / 4))));
  console.log(
    `large ingest (--jobs ${jobs}): ${r.articles} articles in ${r.seconds.toFixed(0)} s = ${rate(r)} articles/s; peak RSS ${r.peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `  RSS as the corpus grows: ${r.rssAt.map((x) => `${x.articles}: ${x.rssMb.toFixed(0)} MB (peak ${x.peakRssMb.toFixed(0)})`).join("; ")}`,
  );
  // Fold the write-ahead log into the main file so the size measured is the store's.
  const checkpoint = openSqliteStore(bigDb);
  checkpoint.db.pragma("wal_checkpoint(TRUNCATE)");
  await checkpoint.close();
  const bytes = statSync(bigDb).size;
  console.log(
    `store: ${(bytes / 1e6).toFixed(1)} MB for ${r.articles} articles = ${(((bytes / Math.max(1, r.articles)) * 1000) / 1e6).toFixed(1)} MB per 1,000 articles`,
  );
  await printSearchLatency(bigDb);
}

async function printSearchLatency(db: string): Promise<void> {
  const store = openSqliteStore(db);
  const { articles } = await store.counts();
  await store.close();
  const lat = await searchLatency(db);
  console.log(
    `search on ${articles} articles (100 one-word queries, top 20 with snippets, facets over the best ${FACET_SAMPLE}): median ${lat.median.toFixed(1)} ms, p95 ${lat.p95.toFixed(1)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
