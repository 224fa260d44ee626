/**
 * The PostgreSQL schema as ordered migrations, the counterpart of schema.ts. `schema_migrations` records which ran;
 * they run in one transaction under an advisory lock, so workers starting together neither race nor see a
 * half-built schema. Never edit a shipped migration: append a new one.
 *
 * Search: each searchable table carries a generated `tsv` column (english stemming; the article title weighted A
 * over the body's D) with a GIN index. Names that filters match case-insensitively or by substring (authors,
 * speakers, entities) have pg_trgm GIN indexes on lower(name).
 */
import type { PoolClient } from "pg";
import type { Migration } from "./schema.js";

/** The advisory lock key serialising migrations: "SIFT" in ASCII. */
export const MIGRATION_LOCK_KEY = 0x53494654;

/** Replaced by the schema-qualified pg_trgm operator class, wherever the extension lives in this database. */
const TRGM = "{{trgm_ops}}";

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "initial",
    sql: `
CREATE TABLE stories (
  id BIGSERIAL PRIMARY KEY,
  title TEXT NOT NULL,
  size INTEGER NOT NULL,
  first_date TEXT,
  last_date TEXT,
  state TEXT NOT NULL,
  updated_seq BIGINT NOT NULL
);
CREATE INDEX stories_updated ON stories(updated_seq);
CREATE INDEX stories_size ON stories(size);

CREATE TABLE articles (
  id BIGSERIAL PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  text_hash TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  url TEXT,
  title TEXT,
  outlet TEXT,
  authors TEXT NOT NULL DEFAULT '[]',
  published TEXT,
  media_type TEXT NOT NULL,
  text TEXT NOT NULL,
  bytes BYTEA NOT NULL,
  analysis BYTEA NOT NULL,
  minhash BYTEA NOT NULL,
  ingested_at TEXT NOT NULL,
  previous_version BIGINT REFERENCES articles(id),
  duplicate_of BIGINT REFERENCES articles(id),
  duplicate_kind TEXT,
  duplicate_similarity DOUBLE PRECISION,
  story_id BIGINT REFERENCES stories(id),
  -- Names the putArticle call that wrote the row, so a retry after a commit whose reply was lost knows it won.
  write_id TEXT,
  tsv TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'D')
  ) STORED
);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_outlet ON articles(lower(outlet));
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_tsv ON articles USING gin(tsv);

CREATE TABLE provenance (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id),
  source TEXT NOT NULL,
  input TEXT NOT NULL,
  url TEXT,
  fetched_at TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  UNIQUE(article_id, source, input)
);

CREATE TABLE authors (article_id BIGINT NOT NULL REFERENCES articles(id), name TEXT NOT NULL);
CREATE INDEX authors_article ON authors(article_id);
CREATE INDEX authors_name_trgm ON authors USING gin(lower(name) ${TRGM});

CREATE TABLE entities (
  article_id BIGINT NOT NULL REFERENCES articles(id),
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_name ON entities(lower(name));
CREATE INDEX entities_name_trgm ON entities USING gin(lower(name) ${TRGM});

CREATE TABLE quotes (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id),
  key TEXT NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', text), 'A') || setweight(to_tsvector('english', coalesce(speaker, '')), 'B')
  ) STORED
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(lower(speaker));
CREATE INDEX quotes_speaker_trgm ON quotes USING gin(lower(speaker) ${TRGM});
CREATE INDEX quotes_tsv ON quotes USING gin(tsv);

CREATE TABLE claims (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id),
  key TEXT NOT NULL,
  text TEXT NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  claimant TEXT,
  cues TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', text), 'A') || setweight(to_tsvector('english', coalesce(claimant, '')), 'B')
  ) STORED
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_tsv ON claims USING gin(tsv);

CREATE TABLE lsh (key TEXT NOT NULL, article_id BIGINT NOT NULL REFERENCES articles(id));
CREATE INDEX lsh_key ON lsh(key);

CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL);

CREATE TABLE failures (
  id BIGSERIAL PRIMARY KEY,
  source TEXT NOT NULL,
  input TEXT NOT NULL,
  stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 1,
  first_at TEXT NOT NULL,
  last_at TEXT NOT NULL,
  resolved BOOLEAN NOT NULL DEFAULT false,
  UNIQUE(source, input)
);

CREATE TABLE http_cache (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL);
`,
  },
];

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The schema-qualified gin_trgm_ops, creating pg_trgm first if this database lacks it. */
async function trigramOpclass(client: PoolClient): Promise<string> {
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
  const r = await client.query<{ schema: string }>(
    "SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'",
  );
  const schema = r.rows[0]?.schema;
  if (!schema) throw new Error("the pg_trgm extension could not be created (install postgresql-contrib)");
  return `${quoteIdent(schema)}.gin_trgm_ops`;
}

/**
 * Brings the schema up to date on `client` (a connection whose search_path starts with the target schema, when one
 * is given). Idempotent; concurrent callers wait on the advisory lock and then find the work done.
 */
export async function migrate(client: PoolClient, schema: string | undefined): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    if (schema !== undefined) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}, public`);
    }
    await client.query(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const done = new Set(
      (await client.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version),
    );
    const pending = PG_MIGRATIONS.filter((m) => !done.has(m.version));
    if (pending.length > 0) {
      const trgm = await trigramOpclass(client);
      for (const m of pending) {
        await client.query(m.sql.replaceAll(TRGM, trgm));
        await client.query("INSERT INTO schema_migrations(version, name, applied_at) VALUES ($1, $2, $3)", [
          m.version,
          m.name,
          new Date().toISOString(),
        ]);
      }
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  }
}
