/**
 * The PostgreSQL store against the shared contract suite, plus what only a networked store has to get right:
 * concurrent migrations, two processes racing on one article, and search syntax meaning the same as on SQLite.
 * Needs SIFT_TEST_PG (see .ci/services.sh); every run works in its own throwaway database.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { runStoreContract } from "./contract.js";
import { fixtureArticle } from "./fixtures.js";
import { openPostgresStore, type PostgresCorpusStore } from "./postgres.js";
import { PG_MIGRATIONS } from "./postgres-schema.js";
import { createTestDatabase, postgresUnavailable, servicesRequired, type TestDatabase } from "./postgres-testing.js";
import { insertArticle, prepareWrite } from "./postgres-write.js";
import { openSqliteStore } from "./sqlite.js";
import type { CorpusStore } from "./types.js";

const unavailable = postgresUnavailable();

if (unavailable !== undefined) {
  if (servicesRequired()) test("postgres store", () => assert.fail(`SIFT_REQUIRE_SERVICES=1 but ${unavailable}`));
  else test("postgres store", { skip: unavailable }, () => undefined);
} else {
  let db: TestDatabase | undefined;
  let schemas = 0;
  /** A fresh, empty store: its own schema in this run's database. */
  const freshStore = (schema = `s${++schemas}`): Promise<PostgresCorpusStore> => {
    if (!db) throw new Error("the test database was not created");
    return openPostgresStore(db.url, { schema });
  };

  before(async () => {
    db = await createTestDatabase(process.env.SIFT_TEST_PG ?? "");
  });
  after(async () => {
    await db?.drop();
  });

  runStoreContract(() => freshStore(), "postgres");

  test("postgres: stores opening together on a new schema migrate it once", async () => {
    const stores = await Promise.all([1, 2, 3].map(() => freshStore("migrate_race")));
    try {
      const r = await stores[0]?.pool.query("SELECT version FROM schema_migrations ORDER BY version");
      assert.deepEqual(
        r?.rows.map((x) => x.version),
        PG_MIGRATIONS.map((m) => m.version),
      );
      await stores[1]?.putArticle(fixtureArticle({ text: "A harbour strike closed the port on Tuesday." }));
      assert.equal((await stores[2]?.counts())?.articles, 1);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test("postgres: two stores (two pools) racing on the same articles store each once", async () => {
    const [one, two] = await Promise.all([freshStore("put_race"), freshStore("put_race")]);
    try {
      const articles = Array.from({ length: 12 }, (_, i) =>
        fixtureArticle({
          text: `Article ${i}: the council voted on the budget after a long debate about the harbour.`,
          title: `Budget ${i}`,
          entities: [{ name: "Harbour Council", type: "organization", mentions: 2 }],
        }),
      );
      const results = await Promise.all(articles.flatMap((a) => [one.putArticle(a), two.putArticle(a)]));
      for (let i = 0; i < articles.length; i++) {
        const [a, b] = [results[2 * i], results[2 * i + 1]];
        assert.equal(a?.id, b?.id, `article ${i}: both writers report one id`);
        assert.equal(Number(a?.created) + Number(b?.created), 1, `article ${i}: exactly one writer created it`);
        assert.equal(a?.storyId, b?.storyId);
      }
      const counts = await one.counts();
      assert.equal(counts.articles, articles.length);
      assert.equal(counts.stories, articles.length, "the losing writer founded no story");
      const entityRows = await one.pool.query("SELECT count(*)::int AS n FROM entities");
      assert.equal(entityRows.rows[0]?.n, articles.length, "the losing writer wrote no child rows");
      assert.deepEqual(await two.contentHashes(), articles.map((a) => a.contentHash).sort());
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  test("postgres: a retry finding its own committed write reports it created; another writer's, not", async () => {
    const s = await freshStore("write_id");
    const client = await s.pool.connect();
    try {
      const a = fixtureArticle({ text: "The ferry service resumed after the storm passed the strait." });
      const prepared = prepareWrite(a);
      const first = await insertArticle(client, a, prepared);
      // As after a COMMIT whose reply was lost: the same call runs again and meets its own row.
      assert.deepEqual(await insertArticle(client, a, prepared), first);
      assert.equal(first.created, true);
      assert.deepEqual(await insertArticle(client, a, prepareWrite(a)), { ...first, created: false });
      assert.equal((await s.counts()).stories, 1);
    } finally {
      client.release();
      await s.close();
    }
  });

  test("postgres: a reopened store keeps its data and does not rerun migrations", async () => {
    const first = await freshStore("reopen");
    await first.putArticle(fixtureArticle({ text: "The port authority reopened the harbour after the strike." }));
    await first.close();
    const second = await freshStore("reopen");
    try {
      assert.equal((await second.counts()).articles, 1);
      const r = await second.pool.query("SELECT count(*)::int AS n FROM schema_migrations");
      assert.equal(r.rows[0]?.n, PG_MIGRATIONS.length);
    } finally {
      await second.close();
    }
  });

  const CORPUS = [
    { title: "River floods", text: "Heavy rain flooded the river valley and forced families from their homes." },
    { title: "Election night", text: "The election commission counted ballots as the governor conceded defeat." },
    { title: "Dam repairs", text: "Engineers repaired the dam on the river before the flood season began." },
    { title: "Budget vote", text: "The council voted on the flood defence budget after the election." },
  ];

  /** Totals must agree between the stores: the PostgreSQL translation means what FTS5 means. */
  const QUERIES = [
    "river",
    "flood",
    "flood*",
    "elect*",
    '"river valley"',
    "river AND dam",
    "river dam",
    "river OR election",
    "flood NOT election",
    "(flood OR ballots) NOT dam",
    "flood OR ballots AND governor",
    '"flood season" OR "election commission"',
  ];

  test("postgres: search syntax matches the same articles as on SQLite", async () => {
    const pgStore = await freshStore("syntax");
    const sqlite = openSqliteStore(":memory:");
    const stores: CorpusStore[] = [pgStore, sqlite];
    try {
      for (const s of stores) for (const a of CORPUS) await s.putArticle(fixtureArticle(a));
      for (const text of QUERIES) {
        const [p, l] = await Promise.all(stores.map((s) => s.search({ text })));
        assert.deepEqual(
          p?.hits.map((h) => h.title).sort(),
          l?.hits.map((h) => h.title).sort(),
          `query ${text}: same articles on both stores`,
        );
        assert.ok((l?.total ?? 0) > 0, `query ${text} matches something (or the comparison proves nothing)`);
      }
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test("postgres: a URL's ?schema= selects the schema", async () => {
    const url = new URL(db?.url ?? "");
    url.searchParams.set("schema", "from_url");
    const s = await openPostgresStore(url.toString());
    try {
      assert.equal(s.schema, "from_url");
      const r = await s.pool.query("SELECT current_schema() AS s");
      assert.equal(r.rows[0]?.s, "from_url");
    } finally {
      await s.close();
    }
  });
}
