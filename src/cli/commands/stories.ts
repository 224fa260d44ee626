/** `sift stories`: the story clusters, largest first, with their member articles. */
import type { Command } from "commander";
import { formatOption, printJson, withDb, withStore } from "../../corpus/cli/common.js";

export function register(program: Command): void {
  const cmd = program
    .command("stories")
    .description("List stories (clusters of articles about one event), largest first, each with its members.")
    .option("--min-size <n>", "only stories with at least this many articles", (v) => Number(v), 1)
    .option("--limit <n>", "at most this many stories", (v) => Number(v), 100);
  withDb(formatOption(cmd)).action(async (o: { db?: string; minSize: number; limit: number; format: string }) =>
    withStore(o, async (store) => {
      const stories = await store.listStories({ minSize: o.minSize, limit: o.limit });
      const out = [];
      for (const s of stories) {
        const members = (await store.storyMembers(s.id)).map((m) => ({
          id: m.id,
          source: m.url ?? m.input,
          input: m.input,
          outlet: m.outlet ?? null,
          date: m.published ?? null,
          title: m.title ?? null,
          duplicateOf: m.duplicateOf ?? null,
        }));
        out.push({
          id: s.id,
          title: s.title,
          size: s.size,
          firstDate: s.firstDate ?? null,
          lastDate: s.lastDate ?? null,
          members,
        });
      }
      if (o.format === "json") return printJson(out);
      for (const s of out) {
        process.stdout.write(`story ${s.id}: ${s.title} (${s.size} article${s.size === 1 ? "" : "s"})\n`);
        for (const m of s.members) {
          const dup = m.duplicateOf ? ` [duplicate of #${m.duplicateOf}]` : "";
          process.stdout.write(
            `   #${m.id} ${m.date?.slice(0, 10) ?? "????-??-??"} ${m.outlet ?? "?"} — ${m.source}${dup}\n`,
          );
        }
      }
    }),
  );
}
