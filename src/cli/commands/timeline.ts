/** `sift timeline`: article counts per day, month or year, optionally for a query, entity or outlet. */
import type { Command } from "commander";
import {
  type FilterOptions,
  filtersOf,
  formatOption,
  printJson,
  withDb,
  withFilters,
  withStore,
} from "../../corpus/cli/common.js";

/** Width of the widest bar in the text chart. */
const BAR = 40;

export function register(program: Command): void {
  const cmd = program
    .command("timeline")
    .description(
      "Count articles by publication date (day, month or year), optionally matching a search query and filters.",
    )
    .argument("[query]", "FTS5 query to restrict the articles")
    .option("--by <period>", "day | month | year", "month");
  withDb(formatOption(withFilters(cmd))).action(
    async (query: string | undefined, o: FilterOptions & { db?: string; by: string; format: string }) =>
      withStore(o, async (store) => {
        const by = o.by === "day" || o.by === "year" ? o.by : "month";
        const rows = await store.timeline({ ...filtersOf(o), text: query, by });
        if (o.format === "json") return printJson(rows);
        const max = Math.max(1, ...rows.map((r) => r.count));
        for (const r of rows)
          process.stdout.write(
            `${r.period}\t${String(r.count).padStart(5)} ${"█".repeat(Math.ceil((r.count / max) * BAR))}\n`,
          );
      }),
  );
}
