/**
 * The corpus commands on the PostgreSQL store, as a user runs them: `sift ingest --db postgres://…` of a few of our
 * fixture articles, then search, stories, entity, timeline, errors and export against the same URL, and a clear
 * message from the SQLite-only fact-check commands. Needs SIFT_TEST_PG; works in a throwaway database.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  createTestDatabase,
  postgresUnavailable,
  servicesRequired,
  type TestDatabase,
} from "../../src/corpus/store/postgres-testing.js";

const CLI = fileURLToPath(new URL("../corpus/cli.ts", import.meta.url));
const ARTICLES = fileURLToPath(new URL("../fixtures/articles", import.meta.url));
const FIXTURES = ["wire-dateline", "op-ed", "press-release", "interview-qa"].map((f) =>
  join(ARTICLES, f, "article.txt"),
);

const skip = postgresUnavailable();

if (skip !== undefined) {
  if (servicesRequired()) test("postgres cli", () => assert.fail(`SIFT_REQUIRE_SERVICES=1 but ${skip}`));
  else test("postgres cli", { skip }, () => undefined);
} else {
  let db: TestDatabase | undefined;

  const sift = (...args: string[]): { code: number | null; stdout: string; stderr: string } => {
    const r = spawnSync(process.execPath, ["--import", "tsx", CLI, ...args, "--db", db?.url ?? ""], {
      encoding: "utf8",
      timeout: 120_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  before(async () => {
    db = await createTestDatabase(process.env.SIFT_TEST_PG ?? "");
    const r = sift("ingest", ...FIXTURES, "--quiet");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /corpus: 4 articles/);
  });
  after(async () => {
    await db?.drop();
  });

  test("postgres cli: ingesting the same files again stores nothing new", () => {
    const r = sift("ingest", ...FIXTURES, "--quiet");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /corpus: 4 articles/);
  });

  test("postgres cli: search finds the article, stemmed, with a marked snippet", () => {
    const r = sift("search", "truce talk", "--format", "json");
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout) as { total: number; hits: { title?: string; snippet: string }[] };
    assert.equal(result.total, 1);
    assert.match(result.hits[0]?.title ?? "", /Yemen truce talks/);
    assert.match(result.hits[0]?.snippet ?? "", /«talks?»/);
  });

  test("postgres cli: a malformed query exits 2 with a message", () => {
    const r = sift("search", '"unbalanced');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /malformed search query/);
  });

  test("postgres cli: stories, entity, timeline, errors and export read the same store", () => {
    const stories = sift("stories", "--format", "json");
    assert.equal(stories.code, 0, stories.stderr);
    const first = (JSON.parse(stories.stdout) as { id: number }[])[0];
    assert.ok(first, "at least one story");
    const compare = sift("story", String(first.id), "--compare");
    assert.equal(compare.code, 0, compare.stderr);
    const entity = sift("entity", "Grundberg", "--format", "json");
    assert.equal(entity.code, 0, entity.stderr);
    const timeline = sift("timeline", "--by", "year", "--format", "json");
    assert.equal(timeline.code, 0, timeline.stderr);
    const errors = sift("errors", "--format", "json");
    assert.equal(errors.code, 0, errors.stderr);
    assert.deepEqual(JSON.parse(errors.stdout), []);
    const exported = sift("export", "--format", "jsonl");
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal(exported.stdout.trim().split("\n").length, 4);
  });

  test("postgres cli: fact-check commands say they need a SQLite corpus", () => {
    const r = sift("factchecks", "list");
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /fact-checks are kept in a SQLite corpus/);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, "a message, not a stack trace");
  });
}
