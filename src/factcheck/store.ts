/**
 * Known fact-checks kept in the corpus database (table `factchecks`), so `sift analyze --db` and ingest can match
 * claims against them offline. Importing the same review twice is a no-op (unique URL + claim).
 */
import Database from "better-sqlite3";
import { SiftError } from "../core/errors.js";
import { isPostgresLocation } from "../corpus/store/open.js";
import type { FactCheck } from "./types.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS factchecks (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL,
  claim_reviewed TEXT NOT NULL,
  rating TEXT NOT NULL,
  publisher TEXT,
  date TEXT,
  title TEXT,
  claimant TEXT,
  claim_date TEXT,
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (url, claim_reviewed)
);`;

interface Row {
  url: string;
  claim_reviewed: string;
  rating: string;
  publisher: string | null;
  date: string | null;
  title: string | null;
  claimant: string | null;
  claim_date: string | null;
}

export interface FactCheckStore {
  /** Adds fact-checks in one transaction; returns how many were new. */
  add(factChecks: readonly FactCheck[]): { readonly added: number; readonly skipped: number };
  all(): FactCheck[];
  count(): number;
  close(): void;
}

export function openFactCheckStore(path: string): FactCheckStore {
  if (isPostgresLocation(path))
    throw new SiftError(
      "E_USAGE",
      path.replace(/(\/\/[^:/@]*):[^@/]*@/, "$1:***@"),
      "fact-checks are kept in a SQLite corpus; the PostgreSQL store does not hold them yet (give --db a SQLite file)",
    );
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO factchecks (url, claim_reviewed, rating, publisher, date, title, claimant, claim_date)
     VALUES (@url, @claimReviewed, @rating, @publisher, @date, @title, @claimant, @claimDate)`,
  );
  const addMany = db.transaction((items: readonly FactCheck[]) => {
    let added = 0;
    for (const f of items) {
      const r = insert.run({
        url: f.url,
        claimReviewed: f.claimReviewed,
        rating: f.rating,
        publisher: f.publisher ?? null,
        date: f.date ?? null,
        title: f.title ?? null,
        claimant: f.claimant ?? null,
        claimDate: f.claimDate ?? null,
      });
      added += r.changes;
    }
    return added;
  });
  return {
    add(factChecks) {
      const added = addMany(factChecks);
      return { added, skipped: factChecks.length - added };
    },
    all() {
      const rows = db.prepare("SELECT * FROM factchecks ORDER BY id").all() as Row[];
      return rows.map((r) => ({
        url: r.url,
        claimReviewed: r.claim_reviewed,
        rating: r.rating,
        ...(r.publisher ? { publisher: r.publisher } : {}),
        ...(r.date ? { date: r.date } : {}),
        ...(r.title ? { title: r.title } : {}),
        ...(r.claimant ? { claimant: r.claimant } : {}),
        ...(r.claim_date ? { claimDate: r.claim_date } : {}),
      }));
    },
    count() {
      return (db.prepare("SELECT count(*) AS n FROM factchecks").get() as { n: number }).n;
    },
    close() {
      db.close();
    },
  };
}
