// Where the analysis's time goes: CPU time per stage (reading, then each annotator of the default pipeline) over the
// first N AllSides dev articles, the articles the throughput benchmark (bench-analyze.ts) reads, on the built library,
// with the heap settings of the `sift` command, and the collector's share from its pause entries.
//
//   node --max-semi-space-size=8 scripts/bench-stages.mjs 1000
//
// CPU time (process.cpuUsage, the collector's helper threads included) rather than the wall clock: on a machine other
// work shares, the wall clock also counts the time the process waited for a core. A stage's figure includes the
// collections that ran during it.
import { dirname, join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { readBenchArticles } from "./bench-articles.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const count = Number(process.argv[2] ?? "1000");

const articles = await readBenchArticles(count);

const { analyze, keepHeapCompact } = await import(join(root, "dist/index.js"));
const { DEFAULT_PIPELINE } = await import(join(root, "dist/pipeline/configuration.js"));
const { analysisContext, runPipeline } = await import(join(root, "dist/pipeline/run.js"));
keepHeapCompact();

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const perStage = new Map([["read", 0], ...DEFAULT_PIPELINE.map((a) => [a.name, 0])]);
/** One article, as analyze() runs it, stage by stage. */
function run(a, record) {
  let t = cpuMs();
  // analyze() with no stages is the reading (and the caller's metadata) alone.
  let doc = analyze(a.text, {
    name: a.id,
    mediaType: "text/plain",
    ...(a.date ? { published: a.date } : {}),
    pipeline: [],
  });
  const context = analysisContext(doc);
  const lap = (stage) => {
    const now = cpuMs();
    if (record) perStage.set(stage, (perStage.get(stage) ?? 0) + now - t);
    t = now;
  };
  lap("read");
  for (const annotator of DEFAULT_PIPELINE) {
    doc = runPipeline(doc, [annotator], context);
    lap(annotator.name);
  }
}
// Warm up on one article so model loading is not counted.
if (articles[0]) run(articles[0], false);

let gcMs = 0;
const gc = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
});
gc.observe({ entryTypes: ["gc"] });
const wall0 = performance.now();
const cpu0 = cpuMs();
for (const a of articles) run(a, true);
const cpu = cpuMs() - cpu0;
const wall = performance.now() - wall0;
await new Promise((resolve) => setTimeout(resolve, 10)); // the last pause entries
gc.disconnect();

const n = articles.length;
const lines = [
  `${n} AllSides dev articles: ${(cpu / 1000).toFixed(1)} CPU s (${(n / (cpu / 1000)).toFixed(1)} articles per CPU second), ${(wall / 1000).toFixed(1)} s wall; collector pauses ${(gcMs / 1000).toFixed(1)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  "| stage | CPU ms per article | share |",
  "|---|---:|---:|",
  ...[...perStage].map(([stage, ms]) => `| ${stage} | ${(ms / n).toFixed(2)} | ${((100 * ms) / cpu).toFixed(1)}% |`),
];
console.log(lines.join("\n"));
