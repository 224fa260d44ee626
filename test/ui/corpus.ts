/**
 * The small corpus the browser tests run against: the hand-made fixture articles, the seed article and two
 * BASIL triplets (one event covered by three outlets each, read in place from ../shared/data and written here as
 * JSONL records), ingested with the real `ingest()` into a temp SQLite file.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, sharedData } from "../../src/core/paths.js";
import { loadBasil } from "../../src/corpus/evaldata/datasets.js";
import { ingest } from "../../src/corpus/ingest/ingest.js";
import { openSqliteStore } from "../../src/corpus/store/sqlite.js";

export const SEED = join(sharedData, "..", "seed", "000_6878ee9bf43401a2.txt");
export const SEED_EXPECTED = join(sharedData, "..", "seed", "000_6878ee9bf43401a2.expected.json");
/** BASIL triplets to ingest: few enough to keep ingest to seconds, each one event told by three outlets. */
const TRIPLETS = 2;

export function fixtureArticles(): string[] {
  const root = join(repoRoot, "test", "fixtures", "articles");
  return readdirSync(root)
    .sort()
    .map((d) => join(root, d, "article.txt"));
}

/** The first `n` BASIL dev triplets as JSONL records (title, text, date, source), in a file under `dir`. */
export function writeTriplets(dir: string, n = TRIPLETS): { path: string; stories: string[] } {
  const byStory = new Map<string, ReturnType<typeof loadBasil>>();
  for (const a of loadBasil()) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);
  const chosen = [...byStory.entries()].filter(([, arts]) => arts.length >= 3).slice(0, n);
  const lines = chosen.flatMap(([, arts]) =>
    arts.map((a) => JSON.stringify({ title: a.title, text: a.text, date: a.date, source: a.outlet, url: a.url })),
  );
  const path = join(dir, "basil-triplets.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return { path, stories: chosen.map(([s]) => s) };
}

/**
 * Ingests the test corpus into `<temp>/corpus.db`, with `extra` files (name → content) written beside it and
 * ingested too; returns the database path and the temp folder.
 */
export async function buildCorpus(extra: Readonly<Record<string, string>> = {}): Promise<{ dir: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), "sift-ui-"));
  const db = join(dir, "corpus.db");
  const { path } = writeTriplets(dir);
  const extraPaths = Object.entries(extra).map(([name, content]) => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  });
  const store = openSqliteStore(db);
  try {
    const summary = await ingest([SEED, ...fixtureArticles(), path, ...extraPaths], { store, jobs: 1 });
    if (summary.stored === 0) throw new Error(`test corpus: nothing stored in ${db}`);
  } finally {
    await store.close();
  }
  return { dir, db };
}
