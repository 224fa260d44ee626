/**
 * `npm run bench`: speed figures, each next to a peer measured in the same run (ratios, since machines are noisy).
 *
 *   npm run bench                       analysis + extraction (+ corpus when its benchmark is present)
 *   npm run bench -- --articles 1000    analysis on 1,000 articles (default 1,000)
 *   npm run bench -- analysis           only the analysis throughput
 *   npm run bench -- api                only the API latency (SIFT_BENCH_API_SECONDS=5 for a short run)
 *   npm run bench -- scale              only the scale-out figures (needs SIFT_BENCH_REDIS/SIFT_TEST_REDIS and
 *                                       SIFT_BENCH_PG/SIFT_TEST_PG; SIFT_BENCH_SCALE_ARTICLES, default 200)
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatEvalTable } from "../src/eval/report.js";
import { runAnalysisBench } from "./bench-analyze.js";

const argv = process.argv.slice(2);
const at = argv.indexOf("--articles");
const articles = at >= 0 ? Number(argv[at + 1]) : 1000;
const only = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--articles");
const run = (name: string) => only.length === 0 || only.includes(name);

if (run("analysis")) console.log(`${runAnalysisBench(articles).table}\n`);

if (run("extract")) {
  const { runExtractEval } = await import("./bench-extract.js");
  console.log(`HTML extraction (npm run bench:extract):\n${formatEvalTable(await runExtractEval())}\n`);
}

if (run("api")) {
  const { runApiBench } = await import("./bench-api.js");
  console.log(`${(await runApiBench()).table}\n`);
}

const corpusBench = fileURLToPath(new URL("./bench-corpus.ts", import.meta.url));
if (run("corpus") && existsSync(corpusBench)) {
  const { spawnSync } = await import("node:child_process");
  // The corpus benchmark manages its own child processes and output.
  spawnSync(process.execPath, ["--import", "tsx", corpusBench], { stdio: "inherit" });
}

if (run("scale")) {
  const { runScaleBench } = await import("./bench-scale.js");
  const n = process.env.SIFT_BENCH_SCALE_ARTICLES;
  console.log(`${(await runScaleBench(n ? Number(n) : undefined)).table}\n`);
}
