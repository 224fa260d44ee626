/**
 * `npm run eval`: every quality evaluation in one table — Sift's figure, a peer or baseline measured in the same
 * run, and the target. Each task also has its own script (npm run eval:ner, eval:time, …) with more detail.
 *
 *   npm run eval                 all tasks
 *   npm run eval -- ner time     only these tasks
 */
import { type EvalRow, formatEvalTable } from "../src/eval/report.js";

type Evaluator = () => Promise<EvalRow[]>;

/** Task name → loader; loaded lazily so one task's data is read only when it runs. */
const TASKS: Record<string, () => Promise<Evaluator>> = {
  ner: async () => (await import("./eval-ner.js")).runNerEval,
  time: async () => (await import("./eval-time.js")).runTimeEval,
  geo: async () => (await import("./eval-geo.js")).runGeoEval,
  quotes: async () => (await import("./eval-quotes.js")).runQuotesEval,
  claims: async () => (await import("./eval-claims.js")).runClaimsEval,
  matching: async () => (await import("./eval-matching.js")).runMatchingEval,
  framing: async () => (await import("./eval-framing.js")).runFramingEval,
  extract: async () => {
    const { runExtractEval } = await import("./bench-extract.js");
    return () => runExtractEval();
  },
  corpus: async () => (await import("./eval-corpus.js")).runCorpusEval,
  scraped: async () => {
    const { runScrapedEval } = await import("./eval-scraped.js");
    return () => runScrapedEval({ log: (line) => process.stderr.write(`${line}\n`) });
  },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = wanted.length > 0 ? wanted : Object.keys(TASKS);
const rows: EvalRow[] = [];
const failed: string[] = [];
for (const name of names) {
  const load = TASKS[name];
  if (!load) {
    console.error(`eval: unknown task "${name}" (tasks: ${Object.keys(TASKS).join(", ")})`);
    process.exit(2);
  }
  const t0 = performance.now();
  process.stderr.write(`eval: ${name}…\n`);
  try {
    rows.push(...(await (await load())()));
    process.stderr.write(`eval: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  } catch (e) {
    failed.push(name);
    process.stderr.write(`eval: ${name} failed: ${(e as Error).message}\n`);
  }
}
console.log(formatEvalTable(rows));
if (failed.length > 0) {
  console.error(`eval: ${failed.length} task(s) failed: ${failed.join(", ")}`);
  process.exitCode = 1;
}
