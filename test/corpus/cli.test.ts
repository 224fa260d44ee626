/**
 * The corpus commands end to end, as a user runs them: BASIL dev articles of 2010 (6 triplets, one event each in
 * NYT, Fox and HuffPost) ingested from the shared data folder, then stories, story --compare, search and export.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { sharedData } from "../../src/core/paths.js";
import { bcubed } from "../../src/eval/cluster-metric.js";
import { tempDir } from "./helpers.js";

const CLI = fileURLToPath(new URL("./cli.ts", import.meta.url));
const BASIL_2010 = join(sharedData, "basil/dev/articles/2010");
let db = "";
const FILES = readdirSync(BASIL_2010).filter((f) => f.endsWith(".json")).length;

function sift(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args, "--db", db], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  db = join(tempDir("cli"), "c.db");
  const r = sift("ingest", BASIL_2010, "--quiet");
  assert.equal(r.code, 0, r.stderr);
});

interface StoryJson {
  id: number;
  members: { id: number; source: string; input: string; outlet: string | null; date: string | null }[];
}

test("stories --format json: each BASIL triplet is one story", () => {
  const r = sift("stories", "--format", "json");
  assert.equal(r.code, 0, r.stderr);
  const stories = JSON.parse(r.stdout) as StoryJson[];
  const predicted: number[] = [];
  const gold: string[] = [];
  for (const s of stories) {
    for (const m of s.members) {
      assert.ok(m.outlet && m.date && m.source, "members carry outlet, date and source");
      predicted.push(s.id);
      gold.push(basename(m.input).replace(/_\d\.json$/, ""));
    }
  }
  assert.equal(predicted.length, FILES);
  assert.ok(bcubed(predicted, gold).f1 >= 0.8, `B-cubed F1 ${bcubed(predicted, gold).f1}`);
});

test("story --compare: one view per outlet with what only that outlet says", () => {
  const stories = JSON.parse(sift("stories", "--format", "json").stdout) as StoryJson[];
  const biggest = stories[0];
  assert.ok(biggest);
  const r = sift("story", String(biggest.id), "--compare", "--format", "json");
  assert.equal(r.code, 0, r.stderr);
  const cmp = JSON.parse(r.stdout) as { outlets: { outlet: string; only: { sentences: string[] } }[] };
  assert.ok(cmp.outlets.length >= 2);
  assert.ok(cmp.outlets.some((o) => o.only.sentences.length > 0));
});

test("search: hits with snippets; a malformed query exits 2 without a stack trace", () => {
  const ok = sift("search", "president", "--format", "json");
  assert.equal(ok.code, 0, ok.stderr);
  const res = JSON.parse(ok.stdout) as { total: number; hits: { snippet: string }[]; facets: { outlet: unknown[] } };
  assert.ok(res.total > 0 && res.hits[0]?.snippet.includes("«"));
  assert.ok(res.facets.outlet.length >= 2);
  const bad = sift("search", '"unbalanced');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /malformed search query/);
  assert.doesNotMatch(bad.stderr, /at .*\.ts/);
});

test("export csv: a header and one row per article", () => {
  const r = sift("export", "--format", "csv");
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^id,url,title,outlet/);
  assert.match(r.stderr, new RegExp(`exported ${FILES} article`));
});
