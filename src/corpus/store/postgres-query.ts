/**
 * Read-side queries of the PostgreSQL store, the counterpart of sqlite-query.ts: tsvector search ranked by ts_rank
 * (negated, so lower is better as with bm25) with ts_headline snippets, facets, entity reports, timelines, places and
 * the entity network. Name comparisons are case-insensitive through lower(), served by expression and pg_trgm
 * indexes; ordering of names is bytewise (COLLATE "C") as SQLite's, whatever the database's collation.
 */

import { parseSearchQuery, tsqueryExpression } from "./postgres-tsquery.js";
import { summaryOf } from "./rows.js";
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

export type Row = Record<string, unknown>;

/** Runs one statement (retrying transient failures) and returns its rows. */
export type RowsOf = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/** Title matches weigh five times body matches (weights D, C, B, A), as in the SQLite store's bm25. */
const RANK_WEIGHTS = "{0.2, 0.2, 0.4, 1.0}";
/** ts_rank normalisation 1: divide by 1 + log(length), so long articles do not win by length alone. */
const RANK_NORMALIZATION = 1;
/** Words of context in snippets, about SQLite's 16 tokens. */
const SNIPPET_OPTIONS = 'StartSel="«", StopSel="»", MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=" … "';
const FACET_LIMIT = 10;

/** Columns of an article summary, with its first provenance input. */
export const PG_SUMMARY_COLUMNS = `a.id, a.content_hash, a.text_hash, a.doc_id, a.url, a.title, a.outlet, a.authors,
  a.published, a.ingested_at, a.story_id, a.previous_version, a.duplicate_of, a.duplicate_kind,
  (SELECT p.input FROM provenance p WHERE p.article_id = a.id ORDER BY p.id LIMIT 1) AS input`;

/** Placeholders for one statement's parameters. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface LayerSql {
  /** Joined tables; `x` is the searched row, `a` its article. */
  readonly from: string;
  /** The text snippets are cut from. */
  readonly body: string;
  readonly extra: string;
  readonly order: string;
}

const LAYERS: Record<SearchLayer, LayerSql> = {
  articles: { from: "articles a", body: "a.text", extra: "NULL::text AS key, NULL::text AS speaker", order: "a.id" },
  quotes: {
    from: "quotes x JOIN articles a ON a.id = x.article_id",
    body: "x.text",
    extra: "x.key AS key, x.speaker AS speaker",
    order: "x.id",
  },
  claims: {
    from: "claims x JOIN articles a ON a.id = x.article_id",
    body: "x.text",
    extra: "x.key AS key, x.claimant AS speaker",
    order: "x.id",
  },
};

const tsvOf = (layer: SearchLayer): string => (layer === "articles" ? "a.tsv" : "x.tsv");

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const facetOf = (r: Row): FacetCount => ({ value: String(r.value), count: Number(r.count) });

/** WHERE conditions over `a` (articles; `x` for the quote of the quotes layer) for the filters. */
export function filterSql(f: SearchFilters, p: Params, layer: SearchLayer = "articles"): string[] {
  const conds: string[] = [];
  if (f.outlet) conds.push(`lower(a.outlet) = lower(${p.add(f.outlet)})`);
  if (f.author)
    conds.push(
      `EXISTS (SELECT 1 FROM authors au WHERE au.article_id = a.id AND lower(au.name) LIKE lower(${p.add(`%${f.author}%`)}))`,
    );
  if (f.from) conds.push(`substr(a.published, 1, 10) >= ${p.add(f.from.slice(0, 10))}`);
  if (f.to) conds.push(`substr(a.published, 1, 10) <= ${p.add(f.to.slice(0, 10))}`);
  if (f.entity)
    conds.push(
      `EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND lower(e.name) = lower(${p.add(f.entity)}))`,
    );
  if (f.place)
    conds.push(
      `EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.type = 'place' AND lower(e.name) = lower(${p.add(f.place)}))`,
    );
  if (f.speaker) {
    const pattern = `lower(${p.add(`%${f.speaker}%`)})`;
    if (layer === "quotes") conds.push(`lower(x.speaker) LIKE ${pattern}`);
    else
      conds.push(`EXISTS (SELECT 1 FROM quotes qs WHERE qs.article_id = a.id AND lower(qs.speaker) LIKE ${pattern})`);
  }
  if (f.storyId !== undefined) conds.push(`a.story_id = ${p.add(f.storyId)}`);
  return conds;
}

const whereOf = (conds: readonly string[]): string => (conds.length > 0 ? `WHERE ${conds.join(" AND ")}` : "");

/** The tsquery of FTS5-style text as SQL, its values registered in `p`; QueryError when malformed. */
function tsquerySql(text: string, p: Params): string {
  if (text.trim() === "") throw new QueryError("empty search query");
  return tsqueryExpression(parseSearchQuery(text), (v) => p.add(v));
}

export class PostgresQueries {
  constructor(private readonly rows: RowsOf) {}

  async search(q: SearchQuery): Promise<SearchResult> {
    const layer = q.layer ?? "articles";
    const sql = LAYERS[layer];
    const p = new Params();
    const tsq = tsquerySql(q.text, p);
    const conds = [`${tsvOf(layer)} @@ qq.tsq`, ...filterSql(q, p, layer)];
    const matched = `FROM (SELECT ${tsq} AS tsq) qq, ${sql.from} ${whereOf(conds)}`;
    const base = p.values;
    const page = new Params();
    page.values.push(...base);
    const limit = page.add(q.limit ?? 20);
    const offset = page.add(q.offset ?? 0);
    const snippetOptions = page.add(SNIPPET_OPTIONS);
    const facetParams = new Params();
    facetParams.values.push(...base);
    const sampleParam = facetParams.add(Math.max(0, q.facetSample ?? FACET_SAMPLE));
    const [hitRows, totalRows, facetRows] = await Promise.all([
      this.rows(
        `WITH hits AS (
           SELECT a.id, a.title, a.outlet, a.published, ${sql.body} AS body, ${sql.extra}, qq.tsq, ${sql.order} AS seq,
             -ts_rank('${RANK_WEIGHTS}', ${tsvOf(layer)}, qq.tsq, ${RANK_NORMALIZATION}) AS score
           ${matched} ORDER BY score, seq LIMIT ${limit} OFFSET ${offset})
         SELECT h.id, h.title, h.outlet, h.published, h.key, h.speaker, h.score,
           ts_headline('english', h.body, h.tsq, ${snippetOptions}) AS snip,
           (SELECT p.input FROM provenance p WHERE p.article_id = h.id ORDER BY p.id LIMIT 1) AS input
         FROM hits h ORDER BY h.score, h.seq`,
        page.values,
      ),
      this.rows(`SELECT count(*) AS n, count(DISTINCT a.id) AS articles ${matched}`, base),
      this.rows(
        // The facet sample: the best-ranked matched articles (an article ranks by its best hit), as in SQLite.
        `WITH m AS MATERIALIZED (
           SELECT a.id ${matched} GROUP BY a.id
           ORDER BY min(-ts_rank('${RANK_WEIGHTS}', ${tsvOf(layer)}, qq.tsq, ${RANK_NORMALIZATION})), a.id
           LIMIT ${sampleParam}),
         f AS (
           SELECT 'outlet' AS facet, a.outlet AS value, count(*) AS count FROM m JOIN articles a ON a.id = m.id
             WHERE a.outlet IS NOT NULL GROUP BY a.outlet
           UNION ALL SELECT 'author', au.name, count(*) FROM m JOIN authors au ON au.article_id = m.id GROUP BY au.name
           UNION ALL SELECT 'entity', e.name, count(*) FROM m JOIN entities e ON e.article_id = m.id
             WHERE e.type <> 'place' GROUP BY e.name
           UNION ALL SELECT 'place', e.name, count(*) FROM m JOIN entities e ON e.article_id = m.id
             WHERE e.type = 'place' GROUP BY e.name
           UNION ALL SELECT 'month', substr(a.published, 1, 7), count(*) FROM m JOIN articles a ON a.id = m.id
             WHERE a.published IS NOT NULL GROUP BY substr(a.published, 1, 7))
         SELECT facet, value, count FROM (
           SELECT f.*, row_number() OVER (PARTITION BY facet ORDER BY count DESC, value COLLATE "C") AS rank FROM f) r
         WHERE rank <= ${FACET_LIMIT} ORDER BY facet, rank`,
        facetParams.values,
      ),
    ]);
    const facets = (name: string): FacetCount[] => facetRows.filter((r) => r.facet === name).map(facetOf);
    const hits: SearchHit[] = hitRows.map((r) => ({
      articleId: Number(r.id),
      title: str(r.title),
      outlet: str(r.outlet),
      published: str(r.published),
      input: String(r.input ?? ""),
      score: Number(r.score),
      snippet: String(r.snip ?? ""),
      layer,
      key: str(r.key),
      speaker: typeof r.speaker === "string" && r.speaker !== "" ? r.speaker : undefined,
    }));
    const matchedArticles = Number(totalRows[0]?.articles ?? 0);
    return {
      total: Number(totalRows[0]?.n ?? 0),
      hits,
      matchedArticles,
      facetsOver: Math.min(matchedArticles, Math.max(0, q.facetSample ?? FACET_SAMPLE)),
      facets: {
        outlet: facets("outlet"),
        author: facets("author"),
        entity: facets("entity"),
        place: facets("place"),
        month: facets("month"),
      },
    };
  }

  async entity(name: string, limit: number): Promise<EntityReport> {
    const [types, articles, cooccurring, quotes] = await Promise.all([
      this.rows(
        `SELECT type AS value, count(*) AS count FROM entities WHERE lower(name) = lower($1)
         GROUP BY type ORDER BY count DESC, type`,
        [name],
      ),
      this.rows(
        `SELECT ${PG_SUMMARY_COLUMNS} FROM articles a
         WHERE a.id IN (SELECT article_id FROM entities WHERE lower(name) = lower($1))
         ORDER BY a.published COLLATE "C" NULLS FIRST, a.id LIMIT $2`,
        [name, limit],
      ),
      this.rows(
        `SELECT o.name AS value, count(DISTINCT o.article_id) AS count FROM entities e
         JOIN entities o ON o.article_id = e.article_id AND lower(o.name) <> lower(e.name)
         WHERE lower(e.name) = lower($1) GROUP BY o.name ORDER BY count DESC, o.name COLLATE "C" LIMIT $2`,
        [name, limit],
      ),
      this.rows(
        `SELECT article_id, text FROM quotes WHERE lower(speaker) = lower($1)
         ORDER BY article_id, start_offset LIMIT $2`,
        [name, limit],
      ),
    ]);
    return {
      name,
      types: types.map(facetOf),
      articles: articles.map(summaryOf),
      cooccurring: cooccurring.map(facetOf),
      quotes: quotes.map((r) => ({ articleId: Number(r.article_id), text: String(r.text) })),
    };
  }

  async timeline(o: SearchFilters & { text?: string; by?: "day" | "month" | "year" }): Promise<TimelineBucket[]> {
    const width = o.by === "day" ? 10 : o.by === "year" ? 4 : 7;
    const p = new Params();
    const conds = ["a.published IS NOT NULL"];
    if (o.text) conds.push(`a.tsv @@ ${tsquerySql(o.text, p)}`);
    conds.push(...filterSql(o, p));
    const rows = await this.rows(
      `SELECT substr(a.published, 1, ${width}) AS period, count(*) AS count FROM articles a ${whereOf(conds)}
       GROUP BY 1 ORDER BY 1`,
      p.values,
    );
    return rows.map((r) => ({ period: String(r.period), count: Number(r.count) }));
  }

  async listArticles(o: SearchFilters & { limit?: number; offset?: number }): Promise<Page<ArticleSummary>> {
    const p = new Params();
    const where = whereOf(filterSql(o, p));
    const page = new Params();
    page.values.push(...p.values);
    const [total, items] = await Promise.all([
      this.rows(`SELECT count(*) AS n FROM articles a ${where}`, p.values),
      this.rows(
        `SELECT ${PG_SUMMARY_COLUMNS} FROM articles a ${where} ORDER BY a.id DESC
         LIMIT ${page.add(o.limit ?? 20)} OFFSET ${page.add(o.offset ?? 0)}`,
        page.values,
      ),
    ]);
    return { total: Number(total[0]?.n ?? 0), items: items.map(summaryOf) };
  }

  async places(o: SearchFilters & { limit?: number }): Promise<PlaceCount[]> {
    const p = new Params();
    const conds = ["e.type = 'place'", "e.lat IS NOT NULL", "e.lon IS NOT NULL", ...filterSql(o, p)];
    const limit = o.limit ?? 500;
    // One geocode per name: the most frequent coordinates win, so a stray disambiguation does not split a place.
    const rows = await this.rows(
      `SELECT e.name, e.lat, e.lon, min(e.country) AS country, count(DISTINCT e.article_id) AS count
       FROM entities e JOIN articles a ON a.id = e.article_id ${whereOf(conds)}
       GROUP BY e.name, e.lat, e.lon ORDER BY count DESC, e.name COLLATE "C" LIMIT ${p.add(limit * 2)}`,
      p.values,
    );
    return rows
      .filter((r, i, all) => all.findIndex((x) => x.name === r.name) === i)
      .slice(0, limit)
      .map((r) => ({
        name: String(r.name),
        lat: Number(r.lat),
        lon: Number(r.lon),
        country: str(r.country),
        count: Number(r.count),
      }));
  }

  async network(o: SearchFilters & { limit?: number; minCount?: number }): Promise<EntityNetwork> {
    const p = new Params();
    const conds = filterSql(o, p);
    const nodes = (
      await this.rows(
        `SELECT e.name, e.type, count(DISTINCT e.article_id) AS count
         FROM entities e JOIN articles a ON a.id = e.article_id ${whereOf(conds)}
         GROUP BY e.name, e.type ORDER BY count DESC, e.name COLLATE "C" LIMIT ${p.add(o.limit ?? 50)}`,
        p.values,
      )
    ).map((r) => ({ name: String(r.name), type: String(r.type) as EntityKind, count: Number(r.count) }));
    const names = [...new Set(nodes.map((n) => n.name))];
    if (names.length < 2) return { nodes, edges: [] };
    const q = new Params();
    const edgeConds = filterSql(o, q);
    const list = q.add(names);
    edgeConds.push(`x.name = ANY(${list}::text[])`, `y.name = ANY(${list}::text[])`);
    const edges = (
      await this.rows(
        `SELECT x.name AS source, y.name AS target, count(DISTINCT x.article_id) AS count
         FROM entities x JOIN entities y ON y.article_id = x.article_id AND x.name COLLATE "C" < y.name COLLATE "C"
         JOIN articles a ON a.id = x.article_id ${whereOf(edgeConds)}
         GROUP BY x.name, y.name HAVING count(DISTINCT x.article_id) >= ${q.add(o.minCount ?? 2)}
         ORDER BY count DESC, x.name COLLATE "C", y.name COLLATE "C"`,
        q.values,
      )
    ).map((r) => ({ source: String(r.source), target: String(r.target), count: Number(r.count) }));
    return { nodes, edges };
  }
}
