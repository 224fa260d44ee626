/** Shared pieces of the corpus commands: the --db option, opening the store, output helpers. */
import type { Command } from "commander";
import { wholeNumber } from "../../cli/numbers.js";
import { corpusLocation, openStore } from "../store/open.js";
import { type CorpusStore, QueryError, type SearchFilters } from "../store/types.js";

export function withDb(cmd: Command): Command {
  return cmd.option(
    "--db <path|url>",
    "corpus: a SQLite file, or a postgres:// URL for the scale-out store (default: $SIFT_DB or ./sift.db)",
  );
}

/** The corpus named by --db, else $SIFT_DB, else ./sift.db. */
export function openCorpus(options: { readonly db?: string }): Promise<CorpusStore> {
  return openStore(corpusLocation(options.db));
}

export function withFilters(cmd: Command): Command {
  return cmd
    .option("--outlet <name>", "only articles from this outlet (case-insensitive)")
    .option("--author <name>", "only articles with an author matching this name")
    .option("--from <date>", "published on or after this date (YYYY-MM-DD)")
    .option("--to <date>", "published on or before this date (YYYY-MM-DD)")
    .option("--entity <name>", "only articles naming this entity")
    .option("--place <name>", "only articles naming this place")
    .option("--speaker <name>", "only articles (or quotes) with this speaker")
    .option("--story <id>", "only articles of this story", wholeNumber);
}

export interface FilterOptions {
  readonly outlet?: string;
  readonly author?: string;
  readonly from?: string;
  readonly to?: string;
  readonly entity?: string;
  readonly place?: string;
  readonly speaker?: string;
  readonly story?: number;
}

export function filtersOf(o: FilterOptions): SearchFilters {
  for (const d of [o.from, o.to]) {
    if (d !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d))
      throw new QueryError(`invalid date "${d}": use YYYY-MM-DD`);
  }
  return {
    outlet: o.outlet,
    author: o.author,
    from: o.from,
    to: o.to,
    entity: o.entity,
    place: o.place,
    speaker: o.speaker,
    storyId: o.story,
  };
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Runs a command body with the store open; a QueryError becomes a message and exit status 2. */
export async function withStore(
  options: { readonly db?: string },
  fn: (store: CorpusStore) => Promise<void>,
): Promise<void> {
  const store = await openCorpus(options);
  try {
    await fn(store);
  } catch (err) {
    if (err instanceof QueryError) {
      process.stderr.write(`sift: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw err;
  } finally {
    await store.close();
  }
}

export function formatOption(cmd: Command, formats: readonly string[] = ["text", "json"]): Command {
  return cmd.option("--format <format>", `output format: ${formats.join(" | ")}`, formats[0]);
}
