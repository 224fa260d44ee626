import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { runStoreContract } from "./contract.js";
import { fixtureArticle } from "./fixtures.js";
import { openSqliteStore } from "./sqlite.js";

runStoreContract(() => openSqliteStore(":memory:"), "sqlite");

test("sqlite: a reopened file keeps its data and does not rerun migrations", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "sift-store-")), "c.db");
  const s1 = openSqliteStore(path);
  await s1.putArticle(fixtureArticle({ text: "A short article about the harbour strike and the port authority." }));
  await s1.close();
  const s2 = openSqliteStore(path);
  assert.equal((await s2.counts()).articles, 1);
  assert.equal(s2.db.prepare("SELECT count(*) AS n FROM schema_migrations").get() !== undefined, true);
  assert.equal(s2.db.pragma("journal_mode", { simple: true }), "wal");
  await s2.close();
});
