/** `sift entity NAME`: where an entity appears, what it co-occurs with, and what it is quoted saying. */
import type { Command } from "commander";
import { formatOption, printJson, withDb, withStore } from "../../corpus/cli/common.js";
import { wholeNumber } from "../numbers.js";

export function register(program: Command): void {
  const cmd = program
    .command("entity")
    .description("Report on a named entity: its types, the articles naming it, co-occurring entities and its quotes.")
    .argument("<name>", "entity name as analysed (case-insensitive)")
    .option("--limit <n>", "rows per section", wholeNumber, 20);
  withDb(formatOption(cmd)).action(async (name: string, o: { db?: string; limit: number; format: string }) =>
    withStore(o, async (store) => {
      const r = await store.entity(name, o.limit);
      if (o.format === "json") return printJson(r);
      const lines = [`${r.name}: ${r.types.map((t) => `${t.value} (${t.count})`).join(", ") || "not found"}`];
      lines.push(`articles (${r.articles.length}):`);
      for (const a of r.articles)
        lines.push(
          `   #${a.id} ${a.published?.slice(0, 10) ?? "????-??-??"} ${a.outlet ?? "?"} — ${a.title ?? a.input}`,
        );
      if (r.cooccurring.length > 0)
        lines.push(`appears with: ${r.cooccurring.map((c) => `${c.value} (${c.count})`).join(", ")}`);
      if (r.quotes.length > 0) lines.push("quoted:");
      for (const q of r.quotes) lines.push(`   #${q.articleId} ${q.text.replace(/\s+/g, " ")}`);
      process.stdout.write(`${lines.join("\n")}\n`);
    }),
  );
}
