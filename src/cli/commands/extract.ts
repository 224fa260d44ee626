/** `sift extract page.html`: the article a page holds, without the analysis — as JSON, plain text or Markdown. */
import type { Command } from "commander";
import { isSiftError, SiftError } from "../../core/errors.js";
import { toMarkdown } from "../../output/markdown.js";
import { readDocument } from "../../read/index.js";
import { readInput } from "../input.js";

interface ExtractFlags {
  format: "json" | "text" | "markdown";
  url?: string;
  sourceMap?: boolean;
  maxBytes: string;
}

const FORMATS = ["json", "text", "markdown"];

export function register(program: Command): void {
  program
    .command("extract")
    .description(
      "extract the article from HTML pages (or scraped text): body, structure, boilerplate and metadata with provenance",
    )
    .argument("<inputs...>", "pages to read (.html, .html.gz), or - for standard input")
    .option(
      "-f, --format <format>",
      "json (everything, with where each metadata field came from), text (the body), markdown",
      "json",
    )
    .option("--url <url>", "the page's URL (URL dates, canonical URL)")
    .option(
      "--source-map",
      "with --format json: include, for each character of the text, its offset in the decoded page",
    )
    .option("--max-bytes <n>", "largest page accepted, in bytes", String(10 * 1024 * 1024))
    .addHelpText(
      "after",
      "\nExamples:\n  sift extract page.html --format markdown\n  sift extract page.html.gz --format json --url https://example.org/story",
    )
    .action((inputs: string[], flags: ExtractFlags) => {
      process.exitCode = runExtract(inputs, flags);
    });
}

export function runExtract(inputs: readonly string[], flags: ExtractFlags): number {
  if (!FORMATS.includes(flags.format)) {
    process.stderr.write(`sift: unknown format "${flags.format}" (use ${FORMATS.join(", ")})\n`);
    return 2;
  }
  const maxBytes = Number(flags.maxBytes);
  let failed = 0;
  for (const input of inputs) {
    try {
      const doc = readDocument(readInput(input, maxBytes), {
        name: input,
        maxBytes,
        ...(flags.url ? { url: flags.url } : {}),
      });
      if (flags.format === "text") process.stdout.write(`${doc.text.slice(doc.body.start, doc.body.end)}\n`);
      else if (flags.format === "markdown") process.stdout.write(toMarkdown(doc));
      else {
        const { bytes: _bytes, sourceMap, layers, ...rest } = doc;
        const out = {
          ...rest,
          blocks: layers.blocks ?? [],
          boilerplate: layers.boilerplate ?? [],
          ...(flags.sourceMap && sourceMap ? { sourceMap: Array.from(sourceMap) } : {}),
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      }
    } catch (e) {
      failed++;
      const err = isSiftError(e) ? e : new SiftError("E_PARSE", input, (e as Error).message);
      process.stderr.write(`sift: ${err.toLine()}\n`);
      if (flags.format === "json") process.stdout.write(`${JSON.stringify(err.toJSON())}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
