/**
 * Fault test: PostgreSQL restarts (pg_ctl restart -m fast, which ends every session with 57P01) while a loop of
 * putArticle calls runs. The store retries whole transactions, so afterwards every article is present exactly
 * once, with all its rows. Needs SIFT_TEST_PG, SIFT_TEST_PGDATA and SIFT_TEST_PGBIN (`. .ci/services.sh start`) and
 * the right to act as the postgres user. Other tests sharing the server see one short outage, which they retry.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { fixtureArticle } from "../../src/corpus/store/fixtures.js";
import { openPostgresStore, type PostgresCorpusStore } from "../../src/corpus/store/postgres.js";
import {
  createTestDatabase,
  postgresUnavailable,
  servicesRequired,
  type TestDatabase,
} from "../../src/corpus/store/postgres-testing.js";
import type { ArticleInput } from "../../src/corpus/store/types.js";

const PGDATA = process.env.SIFT_TEST_PGDATA;
const PGBIN = process.env.SIFT_TEST_PGBIN;
/** Articles written after the restart has completed, so the loop demonstrably spans it. */
const AFTER_RESTART = 15;
/** Articles written before the restart starts. */
const BEFORE_RESTART = 10;
/** A bound on the loop in case the restart never completes. */
const MAX_ARTICLES = 2_000;
/** Concurrent writers sharing the store's pool, as a worker with concurrency 2. */
const WRITERS = 2;

function unavailable(): string | undefined {
  const pg = postgresUnavailable();
  if (pg) return pg;
  if (!PGDATA || !PGBIN) return "SIFT_TEST_PGDATA / SIFT_TEST_PGBIN are unset (`. .ci/services.sh start` sets them)";
  if (process.getuid?.() !== 0) return "restarting the server needs root (to run pg_ctl as the postgres user)";
  return undefined;
}

/** pg_ctl restart as the server's owner; the options of the running server are reused (postmaster.opts). */
function restartPostgres(): Promise<void> {
  const log = join(dirname(PGDATA ?? ""), "pg.log");
  const command = `${PGBIN}/pg_ctl -D ${PGDATA} -l ${log} -m fast -w restart`;
  return new Promise((resolve, reject) => {
    const child = spawn("su", ["postgres", "-c", command], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

/** An article with child rows of every kind, so a half-written one would show. */
function article(i: number): ArticleInput {
  return fixtureArticle({
    text: `Report ${i}: the harbour authority said ${i} ships were delayed as dock workers walked out over pay.`,
    title: `Harbour strike, day ${i}`,
    outlet: i % 2 === 0 ? "Daily" : "Herald",
    authors: ["Ann Lee"],
    published: "2024-03-04",
    entities: [
      { name: "Harbour Authority", type: "organization", mentions: 2 },
      { name: "Rotterdam", type: "place", mentions: 1, lat: 51.92, lon: 4.48, country: "NL" },
    ],
    quotes: [{ key: "q1", text: "We will not move", kind: "direct", speaker: "Piet de Vries", start: 0, end: 16 }],
    claims: [{ key: "c1", text: `${i} ships were delayed`, score: 0.7, cues: ["number"], start: 0, end: 20 }],
  });
}

const skip = unavailable();

if (skip !== undefined) {
  if (servicesRequired()) test("postgres restart", () => assert.fail(`SIFT_REQUIRE_SERVICES=1 but ${skip}`));
  else test("postgres restart", { skip }, () => undefined);
} else {
  let db: TestDatabase | undefined;
  let store: PostgresCorpusStore | undefined;
  let retries = 0;

  before(async () => {
    db = await createTestDatabase(process.env.SIFT_TEST_PG ?? "");
    store = await openPostgresStore(db.url, { onRetry: () => retries++ });
  });
  after(async () => {
    await store?.close();
    // The drop itself may meet the server still settling after the restart.
    await db?.drop();
  });

  test("postgres restart mid-ingest: every article stored exactly once, none half-written", async (t) => {
    const s = store;
    assert.ok(s);
    const startedAt = async (): Promise<string> =>
      String((await s.pool.query("SELECT pg_postmaster_start_time()::text AS t")).rows[0]?.t);
    const serverBefore = await startedAt();

    const written: ArticleInput[] = [];
    let next = 0;
    let restart: Promise<void> | undefined;
    let restarted = false;
    let writtenAtRestartEnd = Number.POSITIVE_INFINITY;
    const writer = async (): Promise<void> => {
      while (next < MAX_ARTICLES && written.length < writtenAtRestartEnd + AFTER_RESTART) {
        const a = article(next++);
        await s.putArticle(a);
        written.push(a);
        if (!restart && written.length >= BEFORE_RESTART) {
          restart = restartPostgres().then(() => {
            restarted = true;
            writtenAtRestartEnd = written.length;
          });
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    await restart;
    assert.ok(restarted, "the server was restarted");
    assert.notEqual(await startedAt(), serverBefore, "the postmaster is a new one");
    t.diagnostic(`${written.length} articles written by ${WRITERS} writers, ${retries} retried attempts`);
    assert.ok(retries > 0, "some writes met the outage and were retried");

    const counts = await s.counts();
    assert.equal(counts.articles, written.length, "every article present once");
    assert.equal(counts.stories, written.length, "one story each, none orphaned by a retried transaction");
    assert.deepEqual(await s.contentHashes(), written.map((a) => a.contentHash).sort());
    const incomplete = await s.pool.query(
      `SELECT a.id FROM articles a WHERE a.story_id IS NULL
         OR (SELECT count(*) FROM entities e WHERE e.article_id = a.id) <> 2
         OR (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) <> 1
         OR (SELECT count(*) FROM claims c WHERE c.article_id = a.id) <> 1
         OR (SELECT count(*) FROM authors au WHERE au.article_id = a.id) <> 1
         OR (SELECT count(*) FROM provenance p WHERE p.article_id = a.id) <> 1
         OR (SELECT count(*) FROM lsh l WHERE l.article_id = a.id) = 0`,
    );
    assert.deepEqual(incomplete.rows, [], "no article is missing rows or has them twice");
    const df = await s.documentFrequencies(["t:x"]);
    assert.equal(df.df.get("t:x"), written.length, "document frequencies counted once per article");
    assert.equal((await s.search({ text: "harbour strike" })).total, written.length, "all searchable");
  });
}
