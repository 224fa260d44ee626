/**
 * Known fact-checks kept in the corpus database (table `factchecks`), so `sift analyze --db` and ingest can match
 * claims against them offline. Importing the same review twice is a no-op (unique URL + claim).
 */
import Database from "better-sqlite3";
import { SiftError } from "../core/errors.js";
import { isPostgresLocation } from "../corpus/store/open.js";
import { type SentenceEncoder, vectorFromBytes, vectorToBytes } from "./sentence-encoder.js";
import { factCheckText } from "./text.js";
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
  vector BLOB,
  vector_model TEXT,
  UNIQUE (url, claim_reviewed)
);`;

/** Columns added after the first release: a corpus made before them gains them when opened. */
const ADDED_COLUMNS: readonly (readonly [string, string])[] = [
  ["vector", "BLOB"],
  ["vector_model", "TEXT"],
];

interface Row {
  url: string;
  claim_reviewed: string;
  rating: string;
  publisher: string | null;
  date: string | null;
  title: string | null;
  claimant: string | null;
  claim_date: string | null;
  vector: Uint8Array | null;
  vector_model: string | null;
}

export interface FactCheckStore {
  /** Adds fact-checks in one transaction; returns how many were new. */
  add(factChecks: readonly FactCheck[]): { readonly added: number; readonly skipped: number };
  /** Every fact-check; with its sentence vector when one was stored by the encoder named (sentence-encoder.ts). */
  all(encoder?: string): FactCheck[];
  /** Fact-checks that have no vector from this encoder yet, by row id, with the text to encode. */
  withoutVectors(encoder: string): { readonly id: number; readonly text: string }[];
  /** Stores vectors by row id (one transaction). */
  setVectors(encoder: string, vectors: readonly { readonly id: number; readonly vector: Float32Array }[]): void;
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
  const have = new Set((db.prepare("PRAGMA table_info(factchecks)").all() as { name: string }[]).map((c) => c.name));
  for (const [name, type] of ADDED_COLUMNS)
    if (!have.has(name)) db.exec(`ALTER TABLE factchecks ADD COLUMN ${name} ${type}`);
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
    all(encoder) {
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
        ...(encoder && r.vector && r.vector_model === encoder ? { vector: vectorFromBytes(r.vector) } : {}),
      }));
    },
    withoutVectors(encoder) {
      const rows = db
        .prepare(
          "SELECT id, claim_reviewed, title FROM factchecks WHERE vector IS NULL OR vector_model IS NOT ? ORDER BY id",
        )
        .all(encoder) as { id: number; claim_reviewed: string; title: string | null }[];
      return rows.map((r) => ({
        id: r.id,
        text: factCheckText({ claimReviewed: r.claim_reviewed, ...(r.title ? { title: r.title } : {}) }),
      }));
    },
    setVectors(encoder, vectors) {
      const update = db.prepare("UPDATE factchecks SET vector = ?, vector_model = ? WHERE id = ?");
      db.transaction(() => {
        for (const { id, vector } of vectors) update.run(vectorToBytes(vector), encoder, id);
      })();
    },
    count() {
      return (db.prepare("SELECT count(*) AS n FROM factchecks").get() as { n: number }).n;
    },
    close() {
      db.close();
    },
  };
}

/** Fact-checks encoded per transaction: an interrupted run keeps what it finished. */
const VECTOR_BATCH = 256;

/**
 * Encodes the stored fact-checks that have no vector from this encoder (new imports, or a corpus made before
 * vectors) and stores the vectors, a batch at a time. Returns how many were encoded.
 */
export async function storeMissingVectors(
  store: FactCheckStore,
  encoder: SentenceEncoder,
  progress?: (done: number, total: number) => void,
): Promise<number> {
  const todo = store.withoutVectors(encoder.name);
  for (let i = 0; i < todo.length; i += VECTOR_BATCH) {
    const batch = todo.slice(i, i + VECTOR_BATCH);
    const vectors = await encoder.embed(batch.map((f) => f.text));
    store.setVectors(
      encoder.name,
      batch.map((f, j) => ({ id: f.id, vector: vectors[j] ?? new Float32Array(0) })),
    );
    progress?.(i + batch.length, todo.length);
  }
  return todo.length;
}
