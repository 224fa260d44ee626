/**
 * The SQLite adapter of CorpusStore on better-sqlite3: one file, WAL journal (readers never block the writer and a
 * killed process loses at most the open transaction), one transaction per article.
 */
import Database from "better-sqlite3";
import { unpack, unpackJson } from "./compress.js";
import { num, SUMMARY_COLUMNS, storyOf, str, summaryOf } from "./rows.js";
import { MIGRATIONS } from "./schema.js";
import { SqliteQueries } from "./sqlite-query.js";
import { insertArticle, mergeStoryRows, splitStoryRows } from "./sqlite-write.js";
import type {
  ArticleInput,
  ArticleSummary,
  CorpusCounts,
  CorpusStore,
  EntityNetwork,
  EntityReport,
  FailureInput,
  FailureRow,
  Page,
  PlaceCount,
  SearchFilters,
  SearchQuery,
  SearchResult,
  StoredArticle,
  StoryMergeInput,
  StoryRow,
  StorySplitInput,
  TimelineBucket,
} from "./types.js";

type Row = Record<string, unknown>;

export class SqliteCorpusStore implements CorpusStore {
  readonly db: Database.Database;
  private readonly queries: SqliteQueries;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    // NORMAL in WAL mode is durable against process crashes (kill -9); only an OS crash can lose the last commit.
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("busy_timeout = 5000");
    this.migrate();
    this.queries = new SqliteQueries(this.db);
  }

  private migrate(): void {
    this.db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)",
    );
    const done = new Set(
      (this.db.prepare("SELECT version FROM schema_migrations").all() as Row[]).map((r) => num(r.version)),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db
          .prepare("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)")
          .run(m.version, m.name, new Date().toISOString());
      })();
    }
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return this.db.prepare("SELECT 1 FROM articles WHERE content_hash = ?").get(contentHash) !== undefined;
  }

  async findByTextHash(textHash: string): Promise<ArticleSummary | undefined> {
    const r = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.text_hash = ? ORDER BY a.id LIMIT 1`)
      .get(textHash) as Row | undefined;
    return r && summaryOf(r);
  }

  async latestByUrl(url: string): Promise<ArticleSummary | undefined> {
    const r = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.url = ? ORDER BY a.id DESC LIMIT 1`)
      .get(url) as Row | undefined;
    return r && summaryOf(r);
  }

  async articleSummary(id: number): Promise<ArticleSummary | undefined> {
    const r = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?`).get(id) as Row | undefined;
    return r && summaryOf(r);
  }

  async getStory(id: number): Promise<StoryRow | undefined> {
    const r = this.db.prepare("SELECT * FROM stories WHERE id = ?").get(id) as Row | undefined;
    return r && storyOf(r);
  }

  async lshCandidates(
    keys: readonly string[],
  ): Promise<{ id: number; minhash: Uint32Array; duplicateOf?: number; storyId?: number }[]> {
    if (keys.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT DISTINCT a.id, a.minhash, a.duplicate_of, a.story_id FROM lsh l JOIN articles a ON a.id = l.article_id
         WHERE l.key IN (SELECT value FROM json_each(?)) ORDER BY a.id`,
      )
      .all(JSON.stringify(keys)) as Row[];
    return rows.map((r) => {
      const buf = r.minhash as Buffer;
      return {
        id: num(r.id) ?? 0,
        minhash: new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)),
        duplicateOf: num(r.duplicate_of),
        storyId: num(r.story_id),
      };
    });
  }

  async putArticle(a: ArticleInput): Promise<{ id: number; storyId: number; created: boolean }> {
    return this.db.transaction(() => insertArticle(this.db, a))();
  }

  async getArticle(id: number): Promise<StoredArticle | undefined> {
    const r = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS}, a.text, a.bytes, a.media_type, a.analysis FROM articles a WHERE a.id = ?`)
      .get(id) as Row | undefined;
    return r && this.fullOf(r);
  }

  fullOf(r: Row): StoredArticle {
    const id = num(r.id) ?? 0;
    const provenance = (
      this.db
        .prepare("SELECT source, input, url, fetched_at FROM provenance WHERE article_id = ? ORDER BY rowid")
        .all(id) as Row[]
    ).map((p) => ({
      source: str(p.source) ?? "",
      input: str(p.input) ?? "",
      url: str(p.url),
      fetchedAt: str(p.fetched_at) ?? "",
    }));
    return {
      ...summaryOf(r),
      text: str(r.text) ?? "",
      bytes: new Uint8Array(unpack(r.bytes as Buffer)),
      mediaType: str(r.media_type) ?? "",
      analysis: unpackJson(r.analysis as Buffer),
      provenance,
    };
  }

  async versions(url: string): Promise<ArticleSummary[]> {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.url = ? ORDER BY a.id`)
      .all(url) as Row[];
    return rows.map(summaryOf);
  }

  async counts(): Promise<CorpusCounts> {
    const one = (sql: string): number => num((this.db.prepare(sql).get() as Row).n) ?? 0;
    return {
      articles: one("SELECT count(*) AS n FROM articles"),
      duplicates: one("SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL"),
      stories: one("SELECT count(*) AS n FROM stories"),
      failures: one("SELECT count(*) AS n FROM failures WHERE resolved = 0"),
      versions: one("SELECT count(*) AS n FROM articles WHERE previous_version IS NOT NULL"),
    };
  }

  async contentHashes(): Promise<string[]> {
    return (this.db.prepare("SELECT content_hash FROM articles ORDER BY content_hash").all() as Row[]).map(
      (r) => str(r.content_hash) ?? "",
    );
  }

  async documentFrequencies(keys: readonly string[]): Promise<{ total: number; df: Map<string, number> }> {
    const total = num((this.db.prepare("SELECT count(*) AS n FROM articles").get() as Row).n) ?? 0;
    const df = new Map<string, number>();
    if (keys.length > 0) {
      const rows = this.db
        .prepare("SELECT term, df FROM term_df WHERE term IN (SELECT value FROM json_each(?))")
        .all(JSON.stringify(keys)) as Row[];
      for (const r of rows) df.set(str(r.term) ?? "", num(r.df) ?? 0);
    }
    return { total, df };
  }

  async recentStories(limit: number): Promise<StoryRow[]> {
    const rows = this.db.prepare("SELECT * FROM stories ORDER BY updated_seq DESC LIMIT ?").all(limit) as Row[];
    return rows.map(storyOf);
  }

  async listStories(options: { limit?: number; minSize?: number } = {}): Promise<StoryRow[]> {
    const rows = this.db
      .prepare("SELECT * FROM stories WHERE size >= ? ORDER BY size DESC, id LIMIT ?")
      .all(options.minSize ?? 1, options.limit ?? -1) as Row[];
    return rows.map(storyOf);
  }

  async storyMembers(storyId: number): Promise<StoredArticle[]> {
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS}, a.text, a.bytes, a.media_type, a.analysis FROM articles a WHERE a.story_id = ? ORDER BY a.published, a.id`,
      )
      .all(storyId) as Row[];
    return rows.map((r) => this.fullOf(r));
  }

  async splitStory(split: StorySplitInput): Promise<number | undefined> {
    return this.db.transaction(() => splitStoryRows(this.db, split))();
  }

  async mergeStories(merge: StoryMergeInput): Promise<boolean> {
    return this.db.transaction(() => mergeStoryRows(this.db, merge))();
  }

  async recordFailure(f: FailureInput): Promise<void> {
    const now = new Date().toISOString();
    this.db
      .prepare(
        `INSERT INTO failures(source, input, stage, reason, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(source, input) DO UPDATE SET stage = excluded.stage, reason = excluded.reason,
           attempts = attempts + 1, last_at = excluded.last_at, resolved = 0`,
      )
      .run(f.source, f.input, f.stage, f.reason, now, now);
  }

  async resolveFailure(source: string, input: string): Promise<void> {
    this.db.prepare("UPDATE failures SET resolved = 1 WHERE source = ? AND input = ?").run(source, input);
  }

  async listFailures(options: { includeResolved?: boolean } = {}): Promise<FailureRow[]> {
    const rows = this.db
      .prepare(`SELECT * FROM failures ${options.includeResolved ? "" : "WHERE resolved = 0"} ORDER BY id`)
      .all() as Row[];
    return rows.map((r) => ({
      id: num(r.id) ?? 0,
      source: str(r.source) ?? "",
      input: str(r.input) ?? "",
      stage: (str(r.stage) ?? "read") as FailureRow["stage"],
      reason: str(r.reason) ?? "",
      attempts: num(r.attempts) ?? 0,
      firstAt: str(r.first_at) ?? "",
      lastAt: str(r.last_at) ?? "",
      resolved: num(r.resolved) === 1,
    }));
  }

  async getHttpCache(url: string): Promise<{ etag?: string; lastModified?: string } | undefined> {
    const r = this.db.prepare("SELECT etag, last_modified FROM http_cache WHERE url = ?").get(url) as Row | undefined;
    return r && { etag: str(r.etag), lastModified: str(r.last_modified) };
  }

  async putHttpCache(url: string, etag: string | undefined, lastModified: string | undefined): Promise<void> {
    this.db
      .prepare("INSERT OR REPLACE INTO http_cache(url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?)")
      .run(url, etag ?? null, lastModified ?? null, new Date().toISOString());
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.queries.search(query);
  }

  async entity(name: string, limit = 20): Promise<EntityReport> {
    return this.queries.entity(name, limit);
  }

  async timeline(options: SearchFilters & { text?: string; by?: "day" | "month" | "year" }): Promise<TimelineBucket[]> {
    return this.queries.timeline(options);
  }

  async listArticles(options: SearchFilters & { limit?: number; offset?: number } = {}): Promise<Page<ArticleSummary>> {
    return this.queries.listArticles(options);
  }

  async places(options: SearchFilters & { limit?: number } = {}): Promise<PlaceCount[]> {
    return this.queries.places(options);
  }

  async network(options: SearchFilters & { limit?: number; minCount?: number } = {}): Promise<EntityNetwork> {
    return this.queries.network(options);
  }

  async *iterateArticles(filters: SearchFilters = {}): AsyncIterable<StoredArticle> {
    const { where, params } = this.queries.filterSql(filters);
    // Page by id instead of holding a cursor open, so the caller may write to the store between articles.
    let after = 0;
    for (;;) {
      const rows = this.db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS}, a.text, a.bytes, a.media_type, a.analysis FROM articles a
           WHERE a.id > ? ${where ? `AND ${where}` : ""} ORDER BY a.id LIMIT 200`,
        )
        .all(after, ...params) as Row[];
      if (rows.length === 0) return;
      for (const r of rows) yield this.fullOf(r);
      after = num(rows[rows.length - 1]?.id) ?? after;
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

export function openSqliteStore(path: string): SqliteCorpusStore {
  return new SqliteCorpusStore(path);
}
