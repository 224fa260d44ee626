/** `sift analyze <file|->…`: read and annotate articles, print JSON, JSONL or a readable report. */
import type { Command } from "commander";
import { analyze } from "../../analyze.js";
import { isSiftError, SiftError } from "../../core/errors.js";
import { openFactCheckMatcher } from "../../factcheck/matcher.js";
import { toAnalysisJson } from "../../output/json.js";
import { toTextReport } from "../../output/text.js";
import { analysisPlan, loadRefinementEncoders, type RefinementEncoders } from "../../pipeline/encoder.js";
import { STAGE_FAILED, type StageTiming } from "../../pipeline/run.js";
import { readInput } from "../input.js";

interface AnalyzeFlags {
  format: "json" | "jsonl" | "text";
  published?: string;
  outlet?: string;
  url?: string;
  html?: boolean;
  text?: boolean;
  maxBytes?: string;
  db?: string;
  encoder?: boolean;
  profile?: boolean;
}

const FORMATS = ["json", "jsonl", "text"];

export function register(program: Command): void {
  program
    .command("analyze")
    .description("analyse articles: text as scraped (with its boilerplate), an HTML page, or - for standard input")
    .argument("<inputs...>", "files to analyse, or - for standard input")
    .option(
      "-f, --format <format>",
      "output: text (a report), json (one object; an array for several inputs), jsonl (one line per input)",
      "text",
    )
    .option("--published <date>", "publication date (ISO 8601) when the input lacks one; it anchors relative dates")
    .option("--outlet <name>", "the outlet's name, when the input lacks one")
    .option("--url <url>", "the article's URL")
    .option("--html", "read every input as HTML")
    .option("--text", "read every input as plain text")
    .option("--max-bytes <n>", "largest input accepted, in bytes", String(10 * 1024 * 1024))
    .option("--db <path>", "match claims against the fact-checks imported into this corpus (sift factchecks import)")
    .option(
      "--encoder",
      "refine claims and propaganda techniques with the pre-trained sentence encoder (slower, ~15 ms a text; always on when --db loads it)",
    )
    .option(
      "--profile",
      "print how long reading and each stage took, per input, to standard error (the first input's times include loading the models)",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  sift analyze article.txt\n  sift analyze page.html --format json > analysis.json\n  curl -s URL | sift analyze - --html --url URL\n  sift analyze a.txt b.txt c.txt --format jsonl",
    )
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      process.exitCode = await runAnalyze(inputs, flags);
    });
}

/** Analyses each input in turn; a bad input is reported and skipped. Resolves to the exit code. */
export async function runAnalyze(inputs: readonly string[], flags: AnalyzeFlags): Promise<number> {
  if (!FORMATS.includes(flags.format)) {
    process.stderr.write(`sift: unknown format "${flags.format}" (use ${FORMATS.join(", ")})\n`);
    return 2;
  }
  const maxBytes = Number(flags.maxBytes ?? 10 * 1024 * 1024);
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
    process.stderr.write(`sift: --max-bytes must be a positive number, not "${flags.maxBytes}"\n`);
    return 2;
  }
  if (flags.published && Number.isNaN(Date.parse(flags.published))) {
    process.stderr.write(`sift: --published must be an ISO 8601 date such as 2017-12-12, not "${flags.published}"\n`);
    return 2;
  }
  const matching = flags.db
    ? await openFactCheckMatcher(flags.db, (line) => process.stderr.write(`sift: ${line}\n`))
    : undefined;
  if (flags.db && matching?.count === 0)
    process.stderr.write(`sift: ${flags.db} holds no fact-checks yet (import some with sift factchecks import)\n`);
  // Claims and framing are refined with their encoders whenever an encoder is loaded: asked for, or loaded for
  // matching by meaning (matching itself uses the encoder fine-tuned for it, matching.encoder).
  let encoder: RefinementEncoders | undefined;
  if (flags.encoder || matching?.encoder !== undefined) {
    try {
      encoder = await loadRefinementEncoders();
    } catch (e) {
      process.stderr.write(
        `sift: ${flags.encoder ? "--encoder: " : ""}the sentence encoder did not load: ${(e as Error).message}\n`,
      );
      return 2;
    }
  }
  // Without an encoder the stages run inside the pipeline; with one, the claims, framing and factchecks stages run
  // after it (the encoder is asynchronous: src/pipeline/encoder.ts).
  const { pipeline, afterPipeline } = analysisPlan(matching?.index, encoder, matching?.encoder);
  const results: unknown[] = [];
  const failed: string[] = [];
  for (const input of inputs) {
    try {
      const bytes = readInput(input, maxBytes);
      const timings: StageTiming[] | undefined = flags.profile ? [] : undefined;
      const t0 = performance.now();
      const analysed = analyze(bytes, {
        name: input,
        maxBytes,
        ...(timings ? { timings } : {}),
        ...(pipeline ? { pipeline } : {}),
        ...(flags.published ? { published: flags.published } : {}),
        ...(flags.outlet ? { outlet: flags.outlet } : {}),
        ...(flags.url ? { url: flags.url } : {}),
        ...(flags.html ? { mediaType: "text/html" as const } : flags.text ? { mediaType: "text/plain" as const } : {}),
      });
      const t1 = performance.now();
      const doc = afterPipeline ? await afterPipeline(analysed) : analysed;
      if (timings)
        process.stderr.write(
          `${profileLine(input, timings, t1 - t0, afterPipeline ? performance.now() - t1 : undefined)}\n`,
        );
      // A stage that failed left its layer empty: say so, since the output alone would look like "nothing found".
      for (const d of doc.diagnostics)
        if (d.code === STAGE_FAILED) process.stderr.write(`sift: warning: ${input}: ${d.message}\n`);
      if (flags.format === "text")
        process.stdout.write(`${inputs.length > 1 ? `== ${input}\n` : ""}${toTextReport(doc)}\n\n`);
      else if (flags.format === "jsonl") process.stdout.write(`${JSON.stringify(toAnalysisJson(doc))}\n`);
      else results.push(toAnalysisJson(doc));
    } catch (e) {
      const err = isSiftError(e) ? e : new SiftError("E_PARSE", input, `analysis failed: ${(e as Error).message}`);
      failed.push(input);
      process.stderr.write(`sift: ${err.toLine()}\n`);
      if (flags.format === "jsonl") process.stdout.write(`${JSON.stringify(err.toJSON())}\n`);
      else if (flags.format === "json") results.push(err.toJSON());
      if (!isSiftError(e) && process.env.SIFT_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    }
  }
  if (flags.format === "json")
    process.stdout.write(`${JSON.stringify(inputs.length === 1 ? results[0] : results, null, 2)}\n`);
  if (failed.length > 0 && inputs.length > 1)
    process.stderr.write(`sift: ${failed.length} of ${inputs.length} inputs failed: ${failed.join(", ")}\n`);
  return failed.length > 0 ? 1 : 0;
}

/**
 * One line of `--profile` for an input: reading (what `analyze` spent outside its stages), each stage in pipeline
 * order, the encoder refinement and matching that run after the pipeline when they do, and the total, in ms.
 */
export function profileLine(
  input: string,
  stages: readonly StageTiming[],
  analyzeMs: number,
  afterPipelineMs?: number,
): string {
  const inStages = stages.reduce((sum, s) => sum + s.ms, 0);
  const parts: [string, number][] = [
    ["read", Math.max(0, analyzeMs - inStages)],
    ...stages.map((s): [string, number] => [s.stage, s.ms]),
  ];
  if (afterPipelineMs !== undefined) parts.push(["after pipeline (encoder, matching)", afterPipelineMs]);
  const total = analyzeMs + (afterPipelineMs ?? 0);
  const ms = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));
  return `sift: profile ${input}: ${parts.map(([name, n]) => `${name} ${ms(n)}`).join(", ")}; total ${ms(total)} ms`;
}
