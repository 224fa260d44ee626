/**
 * Opens a corpus store from one location string, so every command takes the same `--db`: a file path (or
 * ":memory:") opens the embedded SQLite store, the default; a `postgres://` or `postgresql://` URL opens the
 * PostgreSQL store of the scale-out mode. The PostgreSQL adapter is loaded only when asked for, so the embedded
 * default never loads a network driver.
 */
import { openSqliteStore } from "./sqlite.js";
import type { CorpusStore } from "./types.js";

/** The corpus location when neither --db nor $SIFT_DB is given. */
export const DEFAULT_DB = "sift.db";

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** --db, else $SIFT_DB, else ./sift.db. */
export function corpusLocation(db: string | undefined): string {
  return db ?? process.env.SIFT_DB ?? DEFAULT_DB;
}

export async function openStore(location: string): Promise<CorpusStore> {
  if (isPostgresLocation(location)) {
    const { openPostgresStore } = await import("./postgres.js");
    return openPostgresStore(location);
  }
  return openSqliteStore(location);
}
