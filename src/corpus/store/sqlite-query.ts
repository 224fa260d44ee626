/** Read-side queries of the SQLite store: FTS5 search with bm25 and snippets, facets, entity reports, timelines. */
import type Database from "better-sqlite3";
import { SUMMARY_COLUMNS, summaryOf } from "./rows.js";
import {
  type ArticleSummary,
  type EntityKind,
  type EntityNetwork,
  type EntityReport,
  FACET_SAMPLE,
  type FacetCount,
  type Page,
  type PlaceCount,
  QueryError,
  type SearchFilters,
  type SearchHit,
  type SearchLayer,
  type SearchQuery,
  type SearchResult,
  type TimelineBucket,
} from "./types.js";

type Row = Record<string, unknown>;
type Param = string | number;

/** Title matches weigh five times body matches in bm25: a word in the headline says what the article is about. */
const TITLE_WEIGHT = 5;
/** Tokens of context on each side of a hit in snippets. */
const SNIPPET_TOKENS = 16;
const FACET_LIMIT = 10;

interface LayerSql {
  readonly from: string;
  readonly fts: string;
  readonly score: string;
  readonly snippet: string;
  readonly extra: string;
}

const LAYERS: Record<SearchLayer, LayerSql> = {
  articles: {
    from: "articles_fts JOIN articles a ON a.id = articles_fts.rowid",
    fts: "articles_fts",
    score: `bm25(articles_fts, ${TITLE_WEIGHT}, 1)`,
    snippet: `snippet(articles_fts, 1, '«', '»', '…', ${SNIPPET_TOKENS})`,
    extra: "NULL AS key, NULL AS speaker",
  },
  quotes: {
    from: "quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id",
    fts: "quotes_fts",
    score: "bm25(quotes_fts)",
    snippet: `snippet(quotes_fts, 0, '«', '»', '…', ${SNIPPET_TOKENS})`,
    extra: "q.key AS key, q.speaker AS speaker",
  },
  claims: {
    from: "claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id",
    fts: "claims_fts",
    score: "bm25(claims_fts)",
    snippet: `snippet(claims_fts, 0, '«', '»', '…', ${SNIPPET_TOKENS})`,
    extra: "c.key AS key, c.claimant AS speaker",
  },
};

/** SQLite's messages for a query FTS5 cannot parse; they are the user's mistake, not a crash. */
const FTS_SYNTAX = /fts5|syntax error|no such column|unterminated|unknown special query/i;

export class SqliteQueries {
  constructor(private readonly db: Database.Database) {}

  /** WHERE conditions over `a` (articles) for the filters, with their parameters. */
  filterSql(f: SearchFilters, layer: SearchLayer = "articles"): { where: string; params: Param[] } {
    const conds: string[] = [];
    const params: Param[] = [];
    if (f.outlet) {
      conds.push("a.outlet = ? COLLATE NOCASE");
      params.push(f.outlet);
    }
    if (f.author) {
      conds.push("EXISTS (SELECT 1 FROM authors au WHERE au.article_id = a.id AND au.name LIKE ?)");
      params.push(`%${f.author}%`);
    }
    if (f.from) {
      conds.push("substr(a.published, 1, 10) >= ?");
      params.push(f.from.slice(0, 10));
    }
    if (f.to) {
      conds.push("substr(a.published, 1, 10) <= ?");
      params.push(f.to.slice(0, 10));
    }
    if (f.entity) {
      conds.push("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.name = ? COLLATE NOCASE)");
      params.push(f.entity);
    }
    if (f.place) {
      conds.push(
        "EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.type = 'place' AND e.name = ? COLLATE NOCASE)",
      );
      params.push(f.place);
    }
    if (f.speaker) {
      if (layer === "quotes") conds.push("q.speaker LIKE ?");
      else conds.push("EXISTS (SELECT 1 FROM quotes qs WHERE qs.article_id = a.id AND qs.speaker LIKE ?)");
      params.push(`%${f.speaker}%`);
    }
    if (f.storyId !== undefined) {
      conds.push("a.story_id = ?");
      params.push(f.storyId);
    }
    return { where: conds.join(" AND "), params };
  }

  private run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (FTS_SYNTAX.test(message)) throw new QueryError(`malformed search query: ${message}`);
      throw err;
    }
  }

  /**
   * One ranked pass over the matches gives the total, the page and the facet sample; the page's rows (with their
   * snippets) are then read by rowid, and the facets count the sample through json_each. Before, the match ran
   * seven times (page, count and each facet), each over every hit.
   */
  search(q: SearchQuery): SearchResult {
    const layer = q.layer ?? "articles";
    const sql = LAYERS[layer];
    if (q.text.trim() === "") throw new QueryError("empty search query");
    const { where, params } = this.filterSql(q, layer);
    const whereAll = `${sql.fts} MATCH ?${where ? ` AND ${where}` : ""}`;
    const all: Param[] = [q.text, ...params];
    return this.run(() => {
      const ranked = this.db
        .prepare(
          `SELECT ${sql.fts}.rowid AS hit, a.id AS article FROM ${sql.from} WHERE ${whereAll}
           ORDER BY ${sql.score}, ${sql.fts}.rowid`,
        )
        .raw()
        .all(...all) as [number, number][];
      const offset = q.offset ?? 0;
      const page = ranked.slice(offset, offset + (q.limit ?? 20)).map(([hit]) => hit);
      const rows = page.length === 0 ? [] : this.pageRows(sql, q.text, page);
      const articles = [...new Set(ranked.map(([, article]) => article))];
      const sample = articles.slice(0, Math.max(0, q.facetSample ?? FACET_SAMPLE));
      const sampleJson = JSON.stringify(sample);
      const facet = (select: string): FacetCount[] =>
        (
          this.db
            .prepare(
              `WITH m(id) AS (SELECT value FROM json_each(?)) ${select} GROUP BY value
               ORDER BY count DESC, value LIMIT ${FACET_LIMIT}`,
            )
            .all(sampleJson) as Row[]
        ).map((r) => ({ value: String(r.value), count: Number(r.count) }));
      const hits: SearchHit[] = rows.map((r) => ({
        articleId: Number(r.id),
        title: typeof r.title === "string" ? r.title : undefined,
        outlet: typeof r.outlet === "string" ? r.outlet : undefined,
        published: typeof r.published === "string" ? r.published : undefined,
        input: String(r.input ?? ""),
        score: Number(r.score),
        snippet: String(r.snip ?? ""),
        layer,
        key: typeof r.key === "string" ? r.key : undefined,
        speaker: typeof r.speaker === "string" && r.speaker !== "" ? r.speaker : undefined,
      }));
      return {
        total: ranked.length,
        hits,
        matchedArticles: articles.length,
        facetsOver: sample.length,
        facets: {
          outlet: facet(
            "SELECT a.outlet AS value, count(*) AS count FROM m JOIN articles a ON a.id = m.id WHERE a.outlet IS NOT NULL",
          ),
          author: facet("SELECT au.name AS value, count(*) AS count FROM m JOIN authors au ON au.article_id = m.id"),
          entity: facet(
            "SELECT e.name AS value, count(*) AS count FROM m JOIN entities e ON e.article_id = m.id WHERE e.type <> 'place'",
          ),
          place: facet(
            "SELECT e.name AS value, count(*) AS count FROM m JOIN entities e ON e.article_id = m.id WHERE e.type = 'place'",
          ),
          month: facet(
            "SELECT substr(a.published, 1, 7) AS value, count(*) AS count FROM m JOIN articles a ON a.id = m.id WHERE a.published IS NOT NULL",
          ),
        },
      };
    });
  }

  /** The page's rows with score and snippet (both need the MATCH), in the ranked order of `page`. */
  private pageRows(sql: LayerSql, text: string, page: readonly number[]): Row[] {
    const rows = this.db
      .prepare(
        `SELECT ${sql.fts}.rowid AS hit, a.id, a.title, a.outlet, a.published, ${sql.score} AS score,
           ${sql.snippet} AS snip, ${sql.extra},
           (SELECT p.input FROM provenance p WHERE p.article_id = a.id ORDER BY p.rowid LIMIT 1) AS input
         FROM ${sql.from} WHERE ${sql.fts} MATCH ? AND ${sql.fts}.rowid IN (SELECT value FROM json_each(?))`,
      )
      .all(text, JSON.stringify(page)) as Row[];
    const at = new Map(page.map((hit, i) => [hit, i]));
    return rows.sort((x, y) => (at.get(Number(x.hit)) ?? 0) - (at.get(Number(y.hit)) ?? 0));
  }

  entity(name: string, limit: number): EntityReport {
    const types = (
      this.db
        .prepare(
          "SELECT type AS value, count(*) AS count FROM entities WHERE name = ? COLLATE NOCASE GROUP BY type ORDER BY count DESC",
        )
        .all(name) as Row[]
    ).map((r) => ({ value: String(r.value), count: Number(r.count) }));
    const articles = (
      this.db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id IN
             (SELECT article_id FROM entities WHERE name = ? COLLATE NOCASE) ORDER BY a.published, a.id LIMIT ?`,
        )
        .all(name, limit) as Row[]
    ).map(summaryOf);
    const cooccurring = (
      this.db
        .prepare(
          `SELECT o.name AS value, count(DISTINCT o.article_id) AS count FROM entities e
           JOIN entities o ON o.article_id = e.article_id AND o.name <> e.name COLLATE NOCASE
           WHERE e.name = ? COLLATE NOCASE GROUP BY o.name ORDER BY count DESC, o.name LIMIT ?`,
        )
        .all(name, limit) as Row[]
    ).map((r) => ({ value: String(r.value), count: Number(r.count) }));
    const quotes = (
      this.db
        .prepare(
          "SELECT article_id, text FROM quotes WHERE speaker = ? COLLATE NOCASE ORDER BY article_id, start LIMIT ?",
        )
        .all(name, limit) as Row[]
    ).map((r) => ({ articleId: Number(r.article_id), text: String(r.text) }));
    return { name, types, articles, cooccurring, quotes };
  }

  timeline(o: SearchFilters & { text?: string; by?: "day" | "month" | "year" }): TimelineBucket[] {
    const width = o.by === "day" ? 10 : o.by === "year" ? 4 : 7;
    const { where, params } = this.filterSql(o);
    const conds = ["a.published IS NOT NULL"];
    const all: Param[] = [];
    if (o.text) {
      conds.push("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
      all.push(o.text);
    }
    if (where) conds.push(where);
    all.push(...params);
    return this.run(() =>
      (
        this.db
          .prepare(
            `SELECT substr(a.published, 1, ${width}) AS period, count(*) AS count FROM articles a
             WHERE ${conds.join(" AND ")} GROUP BY period ORDER BY period`,
          )
          .all(...all) as Row[]
      ).map((r) => ({ period: String(r.period), count: Number(r.count) })),
    );
  }

  listArticles(o: SearchFilters & { limit?: number; offset?: number }): Page<ArticleSummary> {
    const { where, params } = this.filterSql(o);
    const w = where ? `WHERE ${where}` : "";
    const total = Number((this.db.prepare(`SELECT count(*) AS n FROM articles a ${w}`).get(...params) as Row).n);
    const items = (
      this.db
        .prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${w} ORDER BY a.id DESC LIMIT ? OFFSET ?`)
        .all(...params, o.limit ?? 20, o.offset ?? 0) as Row[]
    ).map(summaryOf);
    return { total, items };
  }

  places(o: SearchFilters & { limit?: number }): PlaceCount[] {
    const { where, params } = this.filterSql(o);
    // One geocode per name: the most frequent coordinates win, so a stray disambiguation does not split a place.
    // Unfiltered, a plain scan of the entity rows beats any index here (3.5 million rows on 100,000 articles: the
    // planner's index walk took twice as long); filters join the articles.
    return (
      this.db
        .prepare(
          `SELECT e.name AS name, e.lat AS lat, e.lon AS lon, e.country AS country, count(DISTINCT e.article_id) AS count
           FROM entities e ${where ? "JOIN articles a ON a.id = e.article_id" : "NOT INDEXED"}
           WHERE e.type = 'place' AND e.lat IS NOT NULL AND e.lon IS NOT NULL ${where ? `AND ${where}` : ""}
           GROUP BY e.name, e.lat, e.lon ORDER BY count DESC, e.name LIMIT ?`,
        )
        .all(...params, (o.limit ?? 500) * 2) as Row[]
    )
      .filter((r, i, all) => all.findIndex((x) => x.name === r.name) === i)
      .slice(0, o.limit ?? 500)
      .map((r) => ({
        name: String(r.name),
        lat: Number(r.lat),
        lon: Number(r.lon),
        country: typeof r.country === "string" ? r.country : undefined,
        count: Number(r.count),
      }));
  }

  network(o: SearchFilters & { limit?: number; minCount?: number }): EntityNetwork {
    const { where, params } = this.filterSql(o);
    const w = where ? `AND ${where}` : "";
    const nodes = (
      this.db
        .prepare(
          `SELECT e.name AS name, e.type AS type, count(DISTINCT e.article_id) AS count
           FROM entities e ${where ? "JOIN articles a ON a.id = e.article_id" : ""} WHERE 1 = 1 ${w}
           GROUP BY e.name, e.type ORDER BY count DESC, e.name LIMIT ?`,
        )
        .all(...params, o.limit ?? 50) as Row[]
    ).map((r) => ({ name: String(r.name), type: String(r.type) as EntityKind, count: Number(r.count) }));
    const names = [...new Set(nodes.map((n) => n.name))];
    if (names.length < 2) return { nodes, edges: [] };
    // Pairs are counted here rather than by a self-join: on 100,000 articles (3.5 million entity rows) the join
    // took ten seconds, while reading the top names' rows once and pairing them per article takes one.
    const marks = names.map(() => "?").join(", ");
    const rows = this.db
      .prepare(
        `SELECT e.article_id AS article, e.name AS name
         FROM entities e ${where ? "JOIN articles a ON a.id = e.article_id" : ""} WHERE e.name IN (${marks}) ${w}`,
      )
      .raw()
      .all(...names, ...params) as [number, string][];
    const byArticle = new Map<number, Set<string>>();
    for (const [article, name] of rows) {
      const set = byArticle.get(article) ?? new Set<string>();
      set.add(name);
      byArticle.set(article, set);
    }
    // Names in plain code-unit order (the same as SQLite's binary collation for every name outside the astral planes).
    const byName = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
    const pairs = new Map<string, { source: string; target: string; count: number }>();
    for (const set of byArticle.values()) {
      const list = [...set].sort(byName);
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const key = `${list[i]}\u0000${list[j]}`;
          const pair = pairs.get(key);
          if (pair) pair.count++;
          else pairs.set(key, { source: list[i] as string, target: list[j] as string, count: 1 });
        }
    }
    const edges = [...pairs.values()]
      .filter((e) => e.count >= (o.minCount ?? 2))
      .sort((a, b) => b.count - a.count || byName(a.source, b.source) || byName(a.target, b.target));
    return { nodes, edges };
  }
}
