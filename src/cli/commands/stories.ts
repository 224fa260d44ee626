/** `sift stories`: the story clusters, largest first, with their member articles; `--refine` re-checks them. */
import type { Command } from "commander";
import { formatOption, printJson, withDb, withStore } from "../../corpus/cli/common.js";
import { MERGE_POOL, mergeStories } from "../../corpus/ingest/merge.js";
import { refineStories, smallestSplittable } from "../../corpus/ingest/refine.js";
import type { CorpusStore } from "../../corpus/store/types.js";
import { wholeNumber } from "../numbers.js";

/**
 * `sift stories --refine`: the refine pass over every story big enough to split, then the merge pass over the
 * recent stories (the window ingest places articles in), for corpora ingested before ingest refined and merged (or
 * with --no-refine). Safe to repeat: both passes are pure functions of the stored members, and they agree.
 */
async function refineAll(store: CorpusStore, format: string): Promise<void> {
  const ids = (await store.listStories({ minSize: smallestSplittable() })).map((s) => s.id);
  const report = await refineStories(store, ids);
  const text = format !== "json";
  if (text)
    for (const s of report.splits)
      process.stdout.write(`story ${s.storyId} split: ${s.kept} articles stay, ${s.left} form story ${s.newStoryId}\n`);
  const recent = (await store.recentStories(MERGE_POOL)).map((s) => s.id);
  // Each merge is printed as it commits: on a large corpus the pass over every recent story takes a while.
  const merged = await mergeStories(store, recent, {
    onMerge: (m) => {
      if (text) process.stdout.write(`story ${m.absorbedId} joined story ${m.storyId} (${m.size} articles)\n`);
    },
  });
  if (!text) return printJson({ ...report, merges: merged.merges, mergeError: merged.error });
  for (const e of report.errors) process.stderr.write(`sift: story ${e.storyId} not checked: ${e.reason}\n`);
  if (merged.error) process.stderr.write(`sift: merge pass stopped early: ${merged.error}\n`);
  process.stdout.write(
    `refine: ${report.checked} stories checked, ${report.splits.length} split; ${merged.merges.length} merged\n`,
  );
  if (report.errors.length > 0 || merged.error) process.exitCode = 1;
}

export function register(program: Command): void {
  const cmd = program
    .command("stories")
    .description("List stories (clusters of articles about one event), largest first, each with its members.")
    .option("--min-size <n>", "only stories with at least this many articles", wholeNumber, 1)
    .option("--limit <n>", "at most this many stories", wholeNumber, 100)
    .option(
      "--refine",
      `instead of listing, re-check every story of at least ${smallestSplittable()} articles and split those ` +
        "whose articles are about two events, then merge recent stories that are about one (ingest does both at " +
        "the end of each batch; use it for corpora ingested before, or with --no-refine)",
    );
  withDb(formatOption(cmd)).action(
    async (o: { db?: string; minSize: number; limit: number; format: string; refine?: boolean }) =>
      withStore(o, async (store) => {
        if (o.refine) return refineAll(store, o.format);
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
