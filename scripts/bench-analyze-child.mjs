// One benchmark run in a process of its own, on the built library (dist/), so the peak RSS is the analysis's own,
// with no TypeScript loader in the process. Usage: node bench-analyze-child.mjs sift|sift-default-heap|compromise N
// "sift" runs with the heap setting the `sift` command applies (keepHeapCompact, src/core/heap.ts);
// "sift-default-heap" is the library under V8's default heap growth, for comparison.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readBenchArticles } from "./bench-articles.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [system = "sift", count = "300"] = process.argv.slice(2);

const articles = await readBenchArticles(Number(count));

let tokens = 0;
let run;
if (system === "sift" || system === "sift-default-heap") {
  const { analyze, keepHeapCompact } = await import(join(root, "dist/index.js"));
  if (system === "sift") keepHeapCompact();
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
// Warm up on one article so model loading is not counted as throughput.
if (articles[0]) run(articles[0]);
tokens = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (const a of articles) run(a);
const seconds = (performance.now() - t0) / 1000;
// CPU time of the whole process (the collector's helper threads included): the wall clock lets those threads run on a
// second core, and on a machine other work shares it also counts the time the process waited for a core.
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(
  `${JSON.stringify({ system, articles: articles.length, seconds, cpuSeconds, tokens, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
