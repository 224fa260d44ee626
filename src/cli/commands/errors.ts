/** `sift errors`: the inputs that failed during ingest, with the stage and reason. */
import type { Command } from "commander";
import { formatOption, printJson, withDb, withStore } from "../../corpus/cli/common.js";

export function register(program: Command): void {
  const cmd = program
    .command("errors")
    .description("List ingest failures (input, stage, reason, attempts). Retry them with `sift ingest --retry-failed`.")
    .option("--all", "include failures that a later run resolved");
  withDb(formatOption(cmd)).action(async (o: { db?: string; all?: boolean; format: string }) =>
    withStore(o, async (store) => {
      const rows = await store.listFailures({ includeResolved: o.all === true });
      if (o.format === "json") return printJson(rows);
      if (rows.length === 0) {
        process.stdout.write("no failures\n");
        return;
      }
      for (const f of rows) {
        const state = f.resolved ? " (resolved)" : "";
        process.stdout.write(`${f.input}\t${f.stage}\t${f.reason}\tattempts=${f.attempts}${state}\n`);
      }
      process.stdout.write(`${rows.length} failure(s)\n`);
    }),
  );
}
