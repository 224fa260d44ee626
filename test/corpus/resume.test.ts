/**
 * Crash safety: an ingest child process is killed with SIGKILL mid-run, then rerun. The resumed corpus must hold
 * exactly the articles of a clean run (same count, same content hashes, no duplicates, nothing half-written).
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openSqliteStore } from "../../src/corpus/store/sqlite.js";
import { SAMPLE, sampleLines, tempDir } from "./helpers.js";

const CLI = fileURLToPath(new URL("./cli.ts", import.meta.url));

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on("exit", (code) => resolve(code)));
}

/** Articles committed so far, read through a separate connection as another process would. */
function committed(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return Number((conn.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n);
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

async function snapshot(db: string): Promise<{ count: number; hashes: string[]; orphans: number }> {
  const store = openSqliteStore(db);
  const hashes = await store.contentHashes();
  const count = (await store.counts()).articles;
  // Nothing half-written: every article has its provenance and its story, every index row its article.
  const orphans = Number(
    (
      store.db
        .prepare(
          `SELECT (SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM provenance p WHERE p.article_id = a.id))
                + (SELECT count(*) FROM articles WHERE story_id IS NULL)
                + (SELECT count(*) FROM lsh l WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = l.article_id)) AS n`,
        )
        .get() as { n: number }
    ).n,
  );
  await store.close();
  return { count, hashes, orphans };
}

test("SIGKILL mid-ingest, then resume: same articles and hashes as a clean run", async () => {
  const dir = tempDir("resume");
  const input = join(dir, "in.jsonl");
  writeFileSync(input, `${sampleLines(SAMPLE, 100).join("\n")}\n`);
  const clean = join(dir, "clean.db");
  assert.equal(await exited(run(["ingest", input, "--db", clean, "--quiet"])), 0);

  const crashed = join(dir, "crashed.db");
  const child = run(["ingest", input, "--db", crashed, "--quiet"]);
  const done = exited(child);
  // Kill once a few articles are committed but well before the end.
  for (let i = 0; i < 600 && committed(crashed) < 5; i++) await new Promise((r) => setTimeout(r, 50));
  child.kill("SIGKILL");
  await done;
  const partial = committed(crashed);
  assert.ok(partial > 0 && partial < SAMPLE, `killed after ${partial} of ${SAMPLE} articles`);

  assert.equal(await exited(run(["ingest", input, "--db", crashed, "--quiet"])), 0);
  const a = await snapshot(clean);
  const b = await snapshot(crashed);
  assert.equal(a.count, SAMPLE);
  assert.equal(b.count, a.count);
  assert.deepEqual(b.hashes, a.hashes);
  assert.equal(b.orphans, 0);
  // A third run changes nothing.
  assert.equal(await exited(run(["ingest", input, "--db", crashed, "--quiet"])), 0);
  assert.equal((await snapshot(crashed)).count, SAMPLE);
});
