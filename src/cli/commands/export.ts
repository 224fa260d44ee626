/** `sift export`: the corpus as JSONL, CSV, GeoJSON or brat standoff. */
import { createWriteStream } from "node:fs";
import type { Command } from "commander";
import { type FilterOptions, filtersOf, withDb, withFilters, withStore } from "../../corpus/cli/common.js";
import { EXPORT_FORMATS, type ExportFormat, exportCorpus } from "../../corpus/export/formats.js";
import { QueryError } from "../../corpus/store/types.js";
import { toClaimReviewJsonLd } from "../../factcheck/index.js";
import { openFactCheckStore } from "../../factcheck/store.js";

export function register(program: Command): void {
  const cmd = program
    .command("export")
    .description(
      "Export stored articles. jsonl: one JSON object per article with metadata, provenance and the analysis; " +
        "csv: one row per article; geojson: a FeatureCollection of geocoded places; brat: a folder of .txt/.ann " +
        "files (entities, quotes, claims) for the brat annotation tool; claimreview: the fact-checks in the " +
        "database (sift factchecks import) as schema.org ClaimReview JSON-LD.",
    )
    .requiredOption("--format <format>", `one of ${[...EXPORT_FORMATS, "claimreview"].join(" | ")}`)
    .option("-o, --out <path>", "output file (folder for brat); standard output when omitted");
  withDb(withFilters(cmd)).action(async (o: FilterOptions & { db?: string; format: string; out?: string }) => {
    if (o.format === "claimreview") {
      // Fact-checks live beside the articles in the same database file.
      const store = openFactCheckStore(o.db ?? process.env.SIFT_DB ?? "sift.db");
      const all = store.all();
      store.close();
      const json = `${JSON.stringify(toClaimReviewJsonLd(all), null, 2)}\n`;
      if (o.out) {
        const { writeFileSync } = await import("node:fs");
        writeFileSync(o.out, json);
      } else process.stdout.write(json);
      process.stderr.write(`exported ${all.length} fact-check(s)\n`);
      return;
    }
    return withStore(o, async (store) => {
      if (!EXPORT_FORMATS.includes(o.format as ExportFormat))
        throw new QueryError(`unknown format "${o.format}": use ${EXPORT_FORMATS.join(", ")}`);
      const format = o.format as ExportFormat;
      const file = o.out && format !== "brat" ? createWriteStream(o.out) : undefined;
      // A closed pipe (`sift export … | head`) ends the export quietly.
      process.stdout.on("error", (err: NodeJS.ErrnoException) => {
        if (err.code === "EPIPE") process.exit(0);
      });
      const write = (s: string): void => {
        if (file) file.write(s);
        else process.stdout.write(s);
      };
      const n = await exportCorpus(store, format, write, { out: o.out, filters: filtersOf(o) });
      if (file)
        await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
      process.stderr.write(`exported ${n} article(s)\n`);
    });
  });
}
