/**
 * Analysis throughput on real articles (the AllSides dev sample), next to compromise's people/places/organisations
 * extraction on the same texts in the same run. Each system runs in its own child process, one after the other,
 * so each has one core and its own peak RSS.
 *
 *   npm run bench -- --articles 1000
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { sharedData } from "../src/core/paths.js";

export interface BenchArticle {
  readonly id: string;
  readonly text: string;
  readonly date?: string;
}

/** The first `n` AllSides dev articles as scraped text: title, blank line, body. */
export function loadArticles(n: number): BenchArticle[] {
  const raw = gunzipSync(readFileSync(join(sharedData, "allsides-news/dev/articles.jsonl.gz"))).toString("utf8");
  const out: BenchArticle[] = [];
  for (const line of raw.split("\n")) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { ID: string; title: string; content_original: string; date?: string };
    out.push({ id: a.ID, text: `${a.title}\n\n${a.content_original}`, ...(a.date ? { date: a.date } : {}) });
    if (out.length >= n) break;
  }
  return out;
}

export interface RunResult {
  readonly system: string;
  readonly articles: number;
  readonly seconds: number;
  readonly tokens: number;
  readonly maxRssMb: number;
}

async function runOne(system: string, n: number): Promise<RunResult> {
  const articles = loadArticles(n);
  let tokens = 0;
  let run: (a: BenchArticle) => void;
  if (system === "sift") {
    const { analyze } = await import("../src/analyze.js");
    run = (a) => {
      const doc = analyze(a.text, { name: a.id, mediaType: "text/plain", ...(a.date ? { published: a.date } : {}) });
      tokens += doc.layers.tokens?.length ?? 0;
    };
  } else {
    const nlp = (await import("compromise")).default;
    run = (a) => {
      const doc = nlp(a.text);
      doc.people().out("array");
      doc.places().out("array");
      doc.organizations().out("array");
      tokens += doc.terms().length;
    };
  }
  // Warm up on one article so model loading is not counted as throughput (it is reported by the CLI timing).
  const first = articles[0];
  if (first) run(first);
  tokens = 0;
  const t0 = performance.now();
  for (const a of articles) run(a);
  const seconds = (performance.now() - t0) / 1000;
  return { system, articles: articles.length, seconds, tokens, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function spawnRun(system: string, n: number): RunResult {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ["--import", "tsx", self, "--child", system, String(n)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${system} benchmark failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}") as RunResult;
}

export function runAnalysisBench(n: number): { rows: RunResult[]; table: string } {
  const rows = [spawnRun("sift", n), spawnRun("compromise", n)];
  const [sift, peer] = rows as [RunResult, RunResult];
  const rate = (r: RunResult) => r.articles / r.seconds;
  const lines = [
    `Analysis throughput on ${n} AllSides dev articles (one core each, same run):`,
    "| system | articles/s | tokens/s | peak RSS (MB) |",
    "|---|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.system === "sift" ? "Sift full analysis" : "compromise people/places/orgs"} | ${rate(r).toFixed(1)} | ${Math.round(r.tokens / r.seconds)} | ${r.maxRssMb.toFixed(0)} |`,
    ),
    `Sift / compromise throughput: ${(rate(sift) / rate(peer)).toFixed(2)}× (target ≥ 3×); Sift peak RSS ${sift.maxRssMb.toFixed(0)} MB (target < 300 MB for 1,000 articles)`,
  ];
  return { rows, table: lines.join("\n") };
}

const argv = process.argv.slice(2);
if (argv[0] === "--child") {
  const result = await runOne(argv[1] ?? "sift", Number(argv[2] ?? 300));
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = argv.indexOf("--articles");
  const n = at >= 0 ? Number(argv[at + 1]) : 1000;
  console.log(runAnalysisBench(n).table);
}
