/**
 * Analysis throughput on real articles (the AllSides dev sample), next to compromise's people/places/organisations
 * extraction on the same texts in the same run. Each system runs in its own child process, one after the other,
 * so each has one core and its own peak RSS.
 *
 *   npm run bench -- --articles 1000
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MALLOC_ARENA_SETTING, SEMI_SPACE_FLAG } from "../src/core/heap.js";

export interface RunResult {
  readonly system: string;
  readonly articles: number;
  readonly seconds: number;
  /** CPU time (user + system) of the run's process, its collector threads included. */
  readonly cpuSeconds: number;
  readonly tokens: number;
  readonly maxRssMb: number;
}

function spawnRun(system: string, n: number): RunResult {
  const child = fileURLToPath(new URL("./bench-analyze-child.mjs", import.meta.url));
  // "sift" runs as the `sift` command starts Node (bin/sift.js): with the young-generation flag and the C allocator's
  // arena limit of src/core/heap.ts.
  const sift = system === "sift";
  const flags = sift ? [SEMI_SPACE_FLAG] : [];
  const env = sift ? { ...process.env, [MALLOC_ARENA_SETTING.name]: MALLOC_ARENA_SETTING.value } : process.env;
  const r = spawnSync(process.execPath, [...flags, child, system, String(n)], {
    encoding: "utf8",
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${system} benchmark failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}") as RunResult;
}

export function runAnalysisBench(n: number): { rows: RunResult[]; table: string } {
  const rows = [spawnRun("sift", n), spawnRun("compromise", n)];
  // The library under V8's default heap growth, which lets garbage pile up to several times the live heap
  // (src/core/heap.ts): shown so the effect of the `sift` command's heap setting is measured, not assumed.
  const defaultHeap = spawnRun("sift-default-heap", n);
  const [sift, peer] = rows as [RunResult, RunResult];
  const rate = (r: RunResult) => r.articles / r.seconds;
  const cpuRate = (r: RunResult) => r.articles / r.cpuSeconds;
  const lines = [
    `Analysis throughput on ${n} AllSides dev articles (one core each, same run):`,
    "| system | articles/s | articles per CPU second | tokens/s | peak RSS (MB) |",
    "|---|---:|---:|---:|---:|",
    ...[...rows, defaultHeap].map((r) => {
      const label =
        r.system === "sift"
          ? "Sift full analysis (heap as the sift command sets it)"
          : r.system === "sift-default-heap"
            ? "Sift full analysis, V8 default heap settings"
            : "compromise people/places/orgs";
      return `| ${label} | ${rate(r).toFixed(1)} | ${cpuRate(r).toFixed(1)} | ${Math.round(r.tokens / r.seconds)} | ${r.maxRssMb.toFixed(0)} |`;
    }),
    `Sift / compromise throughput: ${(rate(sift) / rate(peer)).toFixed(2)}× (target ≥ 3×), per CPU second ${(cpuRate(sift) / cpuRate(peer)).toFixed(2)}× (the one-core figure: the wall clock lets V8's collector threads use a second core, which Sift's heavier allocation gains more from); Sift peak RSS ${sift.maxRssMb.toFixed(0)} MB (target < 300 MB for 1,000 articles; ${defaultHeap.maxRssMb.toFixed(0)} MB under V8's default heap settings)`,
  ];
  return { rows, table: lines.join("\n") };
}

const argv = process.argv.slice(2);
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = argv.indexOf("--articles");
  const n = at >= 0 ? Number(argv[at + 1]) : 1000;
  console.log(runAnalysisBench(n).table);
}
