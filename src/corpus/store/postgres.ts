/**
 * The PostgreSQL adapter of CorpusStore (the scale-out mode): a node-postgres Pool, the schema migrated on open
 * under an advisory lock (postgres-schema.ts), one transaction per article (postgres-write.ts), tsvector search
 * (postgres-query.ts). Every call is retried whole on transient connection errors (postgres-retry.ts), so a
 * server restart mid-ingest delays writes instead of losing or half-writing them.
 *
 * `openPostgresStore("postgres://user@host:5432/db?schema=name")`: the optional `schema` keeps the corpus in its
 * own schema (created if missing), e.g. one per tenant or per test.
 */
import pg from "pg";
import { SiftError } from "../../core/errors.js";
import { unpack, unpackJson } from "./compress.js";
import { filterSql, Params, PG_SUMMARY_COLUMNS, PostgresQueries, type Row } from "./postgres-query.js";
import { DEFAULT_RETRY, isTransientError, type RetryPolicy, withRetry } from "./postgres-retry.js";
import { migrate, quoteIdent } from "./postgres-schema.js";
import { insertArticle, mergeStoryRows, prepareWrite, splitStoryRows } from "./postgres-write.js";
import { storyOf, str, summaryOf } from "./rows.js";
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
  ProvenanceInput,
  SearchFilters,
  SearchQuery,
  SearchResult,
  StoredArticle,
  StoryMergeInput,
  StoryRow,
  StorySplitInput,
  TimelineBucket,
} from "./types.js";

export interface PostgresStoreOptions {
  /** Keep the corpus in this schema (created if missing) instead of the connection's default. */
  readonly schema?: string;
  /** Connections in the pool (default 4, or $SIFT_PG_POOL). */
  readonly poolSize?: number;
  readonly retry?: RetryPolicy;
  /** Hears each transient failure that is about to be retried. */
  readonly onRetry?: (err: unknown, attempt: number) => void;
}

const DEFAULT_POOL_SIZE = 4;
/** Articles per page when iterating. */
const ITERATE_PAGE = 200;
const FULL_COLUMNS = `${PG_SUMMARY_COLUMNS}, a.text, a.bytes, a.media_type, a.analysis`;
const INT8_OID = 20;

/** bigint ids and counts as JavaScript numbers (ids stay far below 2^53), for this pool only. */
const TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, "$1:***@");
}

function splitSchema(url: string): { connectionString: string; schema?: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}

export class PostgresCorpusStore implements CorpusStore {
  readonly pool: pg.Pool;
  readonly schema: string | undefined;
  private readonly queries: PostgresQueries;
  private readonly policy: RetryPolicy;
  private readonly onRetry?: (err: unknown, attempt: number) => void;

  constructor(url: string, options: PostgresStoreOptions = {}) {
    const { connectionString, schema } = splitSchema(url);
    this.schema = options.schema ?? schema;
    this.policy = options.retry ?? DEFAULT_RETRY;
    this.onRetry = options.onRetry;
    this.pool = new pg.Pool({
      connectionString,
      max: options.poolSize ?? (Number(process.env.SIFT_PG_POOL) || DEFAULT_POOL_SIZE),
      types: TYPES,
      // The search_path is a startup parameter, so every connection (including reconnects) lands in the schema.
      options: this.schema === undefined ? undefined : `-c search_path=${quoteIdent(this.schema)},public`,
      connectionTimeoutMillis: 10_000,
      // An idle pool never keeps the process alive, even if a caller forgets close().
      allowExitOnIdle: true,
    });
    // An idle connection dropped by a server restart emits here; the pool discards it and the next call reconnects.
    this.pool.on("error", () => undefined);
    // Every connection also keeps a listener of its own from the moment it exists. The pool hands a new connection
    // over inside the driver's "ready" callback, and a server that is stopping sends its admin-shutdown error in the
    // same packet as "ready": that error is emitted before an awaited pool.connect() resumes, and with no listener
    // it would crash the process. The failure still reaches the caller as a failed query and is retried.
    this.pool.on("connect", (client) => client.on("error", () => undefined));
    this.queries = new PostgresQueries((sql, params) => this.rows(sql, params));
  }

  /** Creates or upgrades the schema; called once by openPostgresStore. */
  async open(): Promise<this> {
    await this.withClient((client) => migrate(client, this.schema));
    return this;
  }

  private retry<T>(attempt: () => Promise<T>): Promise<T> {
    return withRetry(attempt, this.policy, this.onRetry);
  }

  private rows(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.retry(async () => (await this.pool.query(sql, params as unknown[])).rows as Row[]);
  }

  /** Runs `fn` on one checked-out connection (retried whole); a connection that failed is discarded, not reused. */
  private withClient<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.retry(async () => {
      const client = await this.pool.connect();
      let failure: unknown;
      try {
        return await fn(client);
      } catch (err) {
        failure = err;
        throw err;
      } finally {
        client.release(isTransientError(failure) ? (failure as Error) : undefined);
      }
    });
  }

  /** One transaction, retried whole: an interrupted attempt was rolled back by the server. */
  private transaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      await client.query("BEGIN");
      try {
        const result = await fn(client);
        await client.query("COMMIT");
        return result;
      } catch (err) {
        if (!isTransientError(err)) await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      }
    });
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return (await this.rows("SELECT 1 FROM articles WHERE content_hash = $1", [contentHash])).length > 0;
  }

  async findByTextHash(textHash: string): Promise<ArticleSummary | undefined> {
    const r = await this.rows(
      `SELECT ${PG_SUMMARY_COLUMNS} FROM articles a WHERE a.text_hash = $1 ORDER BY a.id LIMIT 1`,
      [textHash],
    );
    return r[0] && summaryOf(r[0]);
  }

  async latestByUrl(url: string): Promise<ArticleSummary | undefined> {
    const r = await this.rows(
      `SELECT ${PG_SUMMARY_COLUMNS} FROM articles a WHERE a.url = $1 ORDER BY a.id DESC LIMIT 1`,
      [url],
    );
    return r[0] && summaryOf(r[0]);
  }

  async articleSummary(id: number): Promise<ArticleSummary | undefined> {
    const r = await this.rows(`SELECT ${PG_SUMMARY_COLUMNS} FROM articles a WHERE a.id = $1`, [id]);
    return r[0] && summaryOf(r[0]);
  }

  async getStory(id: number): Promise<StoryRow | undefined> {
    const r = await this.rows("SELECT * FROM stories WHERE id = $1", [id]);
    return r[0] && storyOf(r[0]);
  }

  async lshCandidates(
    keys: readonly string[],
  ): Promise<{ id: number; minhash: Uint32Array; duplicateOf?: number; storyId?: number }[]> {
    if (keys.length === 0) return [];
    const rows = await this.rows(
      `SELECT a.id, a.minhash, a.duplicate_of, a.story_id FROM articles a
       WHERE a.id IN (SELECT article_id FROM lsh WHERE key = ANY($1::text[])) ORDER BY a.id`,
      [[...keys]],
    );
    return rows.map((r) => {
      const buf = r.minhash as Buffer;
      return {
        id: Number(r.id),
        minhash: new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)),
        duplicateOf: r.duplicate_of == null ? undefined : Number(r.duplicate_of),
        storyId: r.story_id == null ? undefined : Number(r.story_id),
      };
    });
  }

  async putArticle(a: ArticleInput): Promise<{ id: number; storyId: number; created: boolean }> {
    const prepared = prepareWrite(a);
    return this.transaction((client) => insertArticle(client, a, prepared));
  }

  async getArticle(id: number): Promise<StoredArticle | undefined> {
    const rows = await this.rows(`SELECT ${FULL_COLUMNS} FROM articles a WHERE a.id = $1`, [id]);
    return (await this.fullOf(rows))[0];
  }

  /** Whole articles from rows of FULL_COLUMNS, with their provenance fetched in one query. */
  private async fullOf(rows: readonly Row[]): Promise<StoredArticle[]> {
    if (rows.length === 0) return [];
    const provenance = new Map<number, ProvenanceInput[]>();
    const prov = await this.rows(
      "SELECT article_id, source, input, url, fetched_at FROM provenance WHERE article_id = ANY($1::bigint[]) ORDER BY id",
      [rows.map((r) => Number(r.id))],
    );
    for (const p of prov) {
      const list = provenance.get(Number(p.article_id)) ?? [];
      list.push({
        source: str(p.source) ?? "",
        input: str(p.input) ?? "",
        url: str(p.url),
        fetchedAt: str(p.fetched_at) ?? "",
      });
      provenance.set(Number(p.article_id), list);
    }
    return rows.map((r) => ({
      ...summaryOf(r),
      text: str(r.text) ?? "",
      bytes: new Uint8Array(unpack(r.bytes as Buffer)),
      mediaType: str(r.media_type) ?? "",
      analysis: unpackJson(r.analysis as Buffer),
      provenance: provenance.get(Number(r.id)) ?? [],
    }));
  }

  async versions(url: string): Promise<ArticleSummary[]> {
    const rows = await this.rows(`SELECT ${PG_SUMMARY_COLUMNS} FROM articles a WHERE a.url = $1 ORDER BY a.id`, [url]);
    return rows.map(summaryOf);
  }

  async counts(): Promise<CorpusCounts> {
    const [r] = await this.rows(
      `SELECT (SELECT count(*) FROM articles) AS articles,
         (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
         (SELECT count(*) FROM stories) AS stories,
         (SELECT count(*) FROM failures WHERE NOT resolved) AS failures,
         (SELECT count(*) FROM articles WHERE previous_version IS NOT NULL) AS versions`,
    );
    return {
      articles: Number(r?.articles ?? 0),
      duplicates: Number(r?.duplicates ?? 0),
      stories: Number(r?.stories ?? 0),
      failures: Number(r?.failures ?? 0),
      versions: Number(r?.versions ?? 0),
    };
  }

  async contentHashes(): Promise<string[]> {
    const rows = await this.rows('SELECT content_hash FROM articles ORDER BY content_hash COLLATE "C"');
    return rows.map((r) => str(r.content_hash) ?? "");
  }

  async documentFrequencies(keys: readonly string[]): Promise<{ total: number; df: Map<string, number> }> {
    const [totalRows, dfRows] = await Promise.all([
      this.rows("SELECT count(*) AS n FROM articles"),
      keys.length === 0
        ? Promise.resolve([])
        : this.rows("SELECT term, df FROM term_df WHERE term = ANY($1::text[])", [[...keys]]),
    ]);
    const df = new Map<string, number>();
    for (const r of dfRows) df.set(str(r.term) ?? "", Number(r.df));
    return { total: Number(totalRows[0]?.n ?? 0), df };
  }

  async recentStories(limit: number): Promise<StoryRow[]> {
    return (await this.rows("SELECT * FROM stories ORDER BY updated_seq DESC LIMIT $1", [limit])).map(storyOf);
  }

  async listStories(options: { limit?: number; minSize?: number } = {}): Promise<StoryRow[]> {
    const rows = await this.rows("SELECT * FROM stories WHERE size >= $1 ORDER BY size DESC, id LIMIT $2", [
      options.minSize ?? 1,
      options.limit ?? null,
    ]);
    return rows.map(storyOf);
  }

  async storyMembers(storyId: number): Promise<StoredArticle[]> {
    const rows = await this.rows(
      `SELECT ${FULL_COLUMNS} FROM articles a WHERE a.story_id = $1 ORDER BY a.published COLLATE "C" NULLS FIRST, a.id`,
      [storyId],
    );
    return this.fullOf(rows);
  }

  async splitStory(split: StorySplitInput): Promise<number | undefined> {
    return this.transaction((client) => splitStoryRows(client, split));
  }

  async mergeStories(merge: StoryMergeInput): Promise<boolean> {
    return this.transaction((client) => mergeStoryRows(client, merge));
  }

  async recordFailure(f: FailureInput): Promise<void> {
    const now = new Date().toISOString();
    await this.rows(
      `INSERT INTO failures(source, input, stage, reason, first_at, last_at) VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (source, input) DO UPDATE SET stage = excluded.stage, reason = excluded.reason,
         attempts = failures.attempts + 1, last_at = excluded.last_at, resolved = false`,
      [f.source, f.input, f.stage, f.reason, now],
    );
  }

  async resolveFailure(source: string, input: string): Promise<void> {
    await this.rows("UPDATE failures SET resolved = true WHERE source = $1 AND input = $2", [source, input]);
  }

  async listFailures(options: { includeResolved?: boolean } = {}): Promise<FailureRow[]> {
    const rows = await this.rows(
      `SELECT * FROM failures ${options.includeResolved ? "" : "WHERE NOT resolved"} ORDER BY id`,
    );
    return rows.map((r) => ({
      id: Number(r.id),
      source: str(r.source) ?? "",
      input: str(r.input) ?? "",
      stage: (str(r.stage) ?? "read") as FailureRow["stage"],
      reason: str(r.reason) ?? "",
      attempts: Number(r.attempts),
      firstAt: str(r.first_at) ?? "",
      lastAt: str(r.last_at) ?? "",
      resolved: r.resolved === true,
    }));
  }

  async getHttpCache(url: string): Promise<{ etag?: string; lastModified?: string } | undefined> {
    const [r] = await this.rows("SELECT etag, last_modified FROM http_cache WHERE url = $1", [url]);
    return r && { etag: str(r.etag), lastModified: str(r.last_modified) };
  }

  async putHttpCache(url: string, etag: string | undefined, lastModified: string | undefined): Promise<void> {
    await this.rows(
      `INSERT INTO http_cache(url, etag, last_modified, checked_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         checked_at = excluded.checked_at`,
      [url, etag ?? null, lastModified ?? null, new Date().toISOString()],
    );
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.queries.search(query);
  }

  entity(name: string, limit = 20): Promise<EntityReport> {
    return this.queries.entity(name, limit);
  }

  timeline(options: SearchFilters & { text?: string; by?: "day" | "month" | "year" }): Promise<TimelineBucket[]> {
    return this.queries.timeline(options);
  }

  listArticles(options: SearchFilters & { limit?: number; offset?: number } = {}): Promise<Page<ArticleSummary>> {
    return this.queries.listArticles(options);
  }

  places(options: SearchFilters & { limit?: number } = {}): Promise<PlaceCount[]> {
    return this.queries.places(options);
  }

  network(options: SearchFilters & { limit?: number; minCount?: number } = {}): Promise<EntityNetwork> {
    return this.queries.network(options);
  }

  async *iterateArticles(filters: SearchFilters = {}): AsyncIterable<StoredArticle> {
    // Page by id instead of holding a cursor (and a connection) open between the caller's steps.
    let after = 0;
    for (;;) {
      const p = new Params();
      const conds = [`a.id > ${p.add(after)}`, ...filterSql(filters, p)];
      const rows = await this.rows(
        `SELECT ${FULL_COLUMNS} FROM articles a WHERE ${conds.join(" AND ")} ORDER BY a.id LIMIT ${ITERATE_PAGE}`,
        p.values,
      );
      if (rows.length === 0) return;
      yield* await this.fullOf(rows);
      after = Number(rows[rows.length - 1]?.id ?? after);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Opens (and migrates) the PostgreSQL store at `url`; a server that stays unreachable fails after the retry window. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresCorpusStore> {
  const store = new PostgresCorpusStore(url, options);
  try {
    return await store.open();
  } catch (err) {
    await store.close().catch(() => undefined);
    const reason = err instanceof Error ? err.message : String(err);
    // A SiftError: a --db the CLI cannot reach is the user's configuration, reported in one line.
    throw Object.assign(new SiftError("E_READ", redactUrl(url), `cannot open the PostgreSQL store: ${reason}`), {
      cause: err,
    });
  }
}
