/** `sift factchecks import|list|export`: the fact-checks claims are matched against, kept in the corpus database. */
import type { Command } from "commander";
import { SiftError } from "../../core/errors.js";
import { parseClaimReview, toClaimReviewJsonLd } from "../../factcheck/index.js";
import { loadMatchingEncoder } from "../../factcheck/sentence-encoder.js";
import { openFactCheckStore, storeMissingVectors } from "../../factcheck/store.js";
import { readInput } from "../input.js";

/** Below this many fact-checks to encode, no progress lines (a few seconds at most). */
const VECTOR_PROGRESS_MIN = 1000;

/** The corpus file: --db, else $SIFT_DB, else sift.db in the working folder (as every corpus command). */
export function dbPath(db: string | undefined): string {
  return db ?? process.env.SIFT_DB ?? "sift.db";
}

/** Reads ClaimReview JSON, JSON-LD or JSONL (one object per line). */
export function readFactCheckFile(path: string): unknown[] {
  const text = new TextDecoder().decode(readInput(path, 512 * 1024 * 1024)).trim();
  if (text === "") throw new SiftError("E_EMPTY", path, "the file is empty");
  try {
    return [JSON.parse(text)];
  } catch {
    // Not one JSON document: try one per line.
  }
  return text.split("\n").map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch (e) {
      throw new SiftError("E_PARSE", path, `line ${i + 1} is not valid JSON: ${(e as Error).message}`);
    }
  });
}

export function register(program: Command): void {
  const group = program
    .command("factchecks")
    .description("known fact-checks (ClaimReview) that claims are matched against");
  group
    .command("import")
    .description("import ClaimReview JSON-LD, a fact-check feed's JSON, or JSONL of either")
    .argument("<files...>", "files to import")
    .option("--db <path>", "corpus database file (default: $SIFT_DB or ./sift.db)")
    .addHelpText(
      "after",
      "\nExample:\n  sift factchecks import politifact.jsonl --db news.db\n  sift analyze article.txt --db news.db   # claims now show matching fact-checks",
    )
    .action(async (files: string[], flags: { db?: string }) => {
      const store = openFactCheckStore(dbPath(flags.db));
      let failed = 0;
      try {
        for (const file of files) {
          try {
            const found = readFactCheckFile(file).flatMap((doc) => parseClaimReview(doc));
            if (found.length === 0)
              throw new SiftError("E_PARSE", file, "no ClaimReview with a URL and a claim was found");
            const { added, skipped } = store.add(found);
            process.stderr.write(`${file}: ${added} fact-checks imported, ${skipped} already known\n`);
          } catch (e) {
            failed++;
            process.stderr.write(`sift: ${e instanceof SiftError ? e.toLine() : `${file}: ${(e as Error).message}`}\n`);
          }
        }
        process.stderr.write(`${store.count()} fact-checks in ${dbPath(flags.db)}\n`);
        // Sentence vectors now, once per fact-check, so matching compares meanings without encoding them each time.
        try {
          const encoder = await loadMatchingEncoder();
          const n = await storeMissingVectors(store, encoder, (done, total) => {
            if (total > VECTOR_PROGRESS_MIN) process.stderr.write(`encoding fact-checks: ${done}/${total}\n`);
          });
          if (n > 0) process.stderr.write(`${n} fact-checks encoded for matching by meaning\n`);
        } catch (e) {
          process.stderr.write(
            `sift: warning: fact-checks not encoded (matched on words only): ${(e as Error).message}\n`,
          );
        }
      } finally {
        store.close();
      }
      process.exitCode = failed > 0 ? 1 : 0;
    });
  group
    .command("list")
    .description("list the imported fact-checks")
    .option("--db <path>", "corpus database file (default: $SIFT_DB or ./sift.db)")
    .option("-f, --format <format>", "text or json", "text")
    .action((flags: { db?: string; format: string }) => {
      const store = openFactCheckStore(dbPath(flags.db));
      const all = store.all();
      store.close();
      if (flags.format === "json") process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
      else for (const f of all) process.stdout.write(`[${f.rating}] ${f.claimReviewed} — ${f.url}\n`);
    });
  group
    .command("export")
    .description("write the imported fact-checks as schema.org ClaimReview JSON-LD")
    .option("--db <path>", "corpus database file (default: $SIFT_DB or ./sift.db)")
    .action((flags: { db?: string }) => {
      const store = openFactCheckStore(dbPath(flags.db));
      process.stdout.write(`${JSON.stringify(toClaimReviewJsonLd(store.all()), null, 2)}\n`);
      store.close();
    });
}
