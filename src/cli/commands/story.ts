/** `sift story ID`: one story's articles; with --compare, outlet by outlet. */
import type { Command } from "commander";
import { formatOption, printJson, withDb, withStore } from "../../corpus/cli/common.js";
import { compareOutlets, formatComparison } from "../../corpus/stories/compare.js";

export function register(program: Command): void {
  const cmd = program
    .command("story")
    .description(
      "Show one story. With --compare: for each outlet, who is quoted, which claims and numbers appear, framing " +
        "cues, and what that outlet says (speakers, numbers, names, sentences) that the others do not.",
    )
    .argument("<id>", "story id (see `sift stories`)")
    .option("--compare", "compare the outlets covering the story");
  withDb(formatOption(cmd)).action(async (id: string, o: { db?: string; compare?: boolean; format: string }) =>
    withStore(o, async (store) => {
      const story = await store.getStory(Number(id));
      if (!story) {
        process.stderr.write(`sift: no story ${id}\n`);
        process.exitCode = 1;
        return;
      }
      const members = await store.storyMembers(story.id);
      if (o.compare) {
        const views = compareOutlets(members);
        if (o.format === "json") printJson({ id: story.id, title: story.title, outlets: views });
        else process.stdout.write(formatComparison(story.title, views));
        return;
      }
      const list = members.map((m) => ({
        id: m.id,
        source: m.url ?? m.input,
        outlet: m.outlet ?? null,
        date: m.published ?? null,
        title: m.title ?? null,
      }));
      if (o.format === "json") return printJson({ id: story.id, title: story.title, members: list });
      process.stdout.write(`story ${story.id}: ${story.title}\n`);
      for (const m of list)
        process.stdout.write(
          `   #${m.id} ${m.date?.slice(0, 10) ?? "????-??-??"} ${m.outlet ?? "?"} — ${m.title ?? ""} <${m.source}>\n`,
        );
    }),
  );
}
