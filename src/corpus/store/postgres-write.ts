/**
 * The write side of the PostgreSQL adapter: one article with all its rows, inside the caller's transaction, in a
 * handful of round trips (child rows go in as arrays through unnest). Idempotent on the content hash even when two
 * processes race: INSERT … ON CONFLICT DO NOTHING makes the loser wait for the winner's commit and then return the
 * winner's id; the loser writes no story and no child rows.
 */
import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import { pack, packJson } from "./compress.js";
import type { ArticleInput, ProvenanceInput, StoryMergeInput, StorySplitInput, StoryState } from "./types.js";

/** A story row's title, size, first and last date and state, in the stories table's column order. */
const storyParams = (s: StoryState): unknown[] => [
  s.title,
  s.size,
  s.firstDate ?? null,
  s.lastDate ?? null,
  JSON.stringify(s),
];

export interface PutResult {
  readonly id: number;
  readonly storyId: number;
  readonly created: boolean;
}

const INSERT_ARTICLE = `INSERT INTO articles (content_hash, text_hash, doc_id, url, title, outlet, authors, published,
    media_type, text, bytes, analysis, minhash, ingested_at, previous_version, duplicate_of, duplicate_kind,
    duplicate_similarity, write_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
  ON CONFLICT (content_hash) DO NOTHING RETURNING id`;

const INSERT_PROVENANCE = `INSERT INTO provenance(article_id, source, input, url, fetched_at, content_hash)
  VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (article_id, source, input) DO NOTHING`;

/**
 * Everything hanging off a new article, in one statement (data-modifying CTEs all run to completion, and one
 * statement is one round trip): the story updated — or founded when it has no id or is gone — and linked, then
 * provenance, authors, entities, quotes, claims, LSH keys and document frequencies. The statement returns the
 * story id. Document-frequency keys go in one fixed order, so concurrent writers lock the shared term rows in the
 * same order and cannot deadlock on them.
 */
const INSERT_REST = `WITH
  updated AS (UPDATE stories SET title = $29, size = $30, first_date = $31, last_date = $32, state = $33,
      updated_seq = $1 WHERE id = $7 RETURNING id),
  founded AS (INSERT INTO stories(title, size, first_date, last_date, state, updated_seq)
    SELECT $29, $30, $31, $32, $33, $1 WHERE NOT EXISTS (SELECT 1 FROM updated) RETURNING id),
  story AS (SELECT id FROM updated UNION ALL SELECT id FROM founded),
  link AS (UPDATE articles SET story_id = (SELECT id FROM story) WHERE id = $1),
  prov AS (INSERT INTO provenance(article_id, source, input, url, fetched_at, content_hash)
    VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (article_id, source, input) DO NOTHING),
  au AS (INSERT INTO authors(article_id, name) SELECT $1, n FROM unnest($8::text[]) AS t(n)),
  en AS (INSERT INTO entities(article_id, name, type, mentions, lat, lon, country)
    SELECT $1, * FROM unnest($9::text[], $10::text[], $11::int[], $12::float8[], $13::float8[], $14::text[])),
  qu AS (INSERT INTO quotes(article_id, key, text, kind, speaker, start_offset, end_offset)
    SELECT $1, * FROM unnest($15::text[], $16::text[], $17::text[], $18::text[], $19::int[], $20::int[])),
  cl AS (INSERT INTO claims(article_id, key, text, score, claimant, cues, start_offset, end_offset)
    SELECT $1, * FROM unnest($21::text[], $22::text[], $23::float8[], $24::text[], $25::text[], $26::int[], $27::int[])),
  lsh_keys AS (INSERT INTO lsh(key, article_id) SELECT k, $1 FROM unnest($28::text[]) AS t(k)),
  df AS (INSERT INTO term_df(term, df) SELECT t, 1 FROM unnest($34::text[]) AS u(t) ORDER BY t COLLATE "C"
    ON CONFLICT (term) DO UPDATE SET df = term_df.df + 1)
  SELECT id FROM story`;

const provenanceParams = (p: ProvenanceInput, contentHash: string): unknown[] => [
  p.source,
  p.input,
  p.url ?? null,
  p.fetchedAt,
  contentHash,
];

/**
 * What one putArticle call prepares before taking a connection, once however often it retries: the compressed
 * blobs, and a random write id that lets a retry recognise its own earlier attempt.
 */
export interface PreparedWrite {
  readonly bytes: Buffer;
  readonly analysis: Buffer;
  readonly writeId: string;
}

export function prepareWrite(a: ArticleInput): PreparedWrite {
  return { bytes: pack(a.bytes), analysis: packJson(a.analysis), writeId: randomUUID() };
}

export async function insertArticle(client: PoolClient, a: ArticleInput, prepared: PreparedWrite): Promise<PutResult> {
  const sig = Buffer.from(a.minhash.buffer, a.minhash.byteOffset, a.minhash.byteLength);
  const inserted = await client.query<{ id: number }>(INSERT_ARTICLE, [
    a.contentHash,
    a.textHash,
    a.docId,
    a.url ?? null,
    a.title ?? null,
    a.outlet ?? null,
    JSON.stringify(a.authors),
    a.published ?? null,
    a.mediaType,
    a.text,
    prepared.bytes,
    prepared.analysis,
    sig,
    new Date().toISOString(),
    a.previousVersion ?? null,
    a.duplicateOf?.id ?? null,
    a.duplicateOf?.kind ?? null,
    a.duplicateOf?.similarity ?? null,
    prepared.writeId,
  ]);
  const id = inserted.rows[0]?.id;
  if (id === undefined) return existingArticle(client, a, prepared.writeId);

  const state = a.story.state;
  const rest = await client.query<{ id: number }>(INSERT_REST, [
    id,
    ...provenanceParams(a.provenance, a.contentHash),
    a.story.id ?? null,
    a.authors,
    a.entities.map((e) => e.name),
    a.entities.map((e) => e.type),
    a.entities.map((e) => e.mentions),
    a.entities.map((e) => e.lat ?? null),
    a.entities.map((e) => e.lon ?? null),
    a.entities.map((e) => e.country ?? null),
    a.quotes.map((q) => q.key),
    a.quotes.map((q) => q.text),
    a.quotes.map((q) => q.kind),
    a.quotes.map((q) => q.speaker ?? null),
    a.quotes.map((q) => q.start),
    a.quotes.map((q) => q.end),
    a.claims.map((c) => c.key),
    a.claims.map((c) => c.text),
    a.claims.map((c) => c.score),
    a.claims.map((c) => c.claimant ?? null),
    a.claims.map((c) => JSON.stringify(c.cues)),
    a.claims.map((c) => c.start),
    a.claims.map((c) => c.end),
    [...a.lshKeys],
    ...storyParams(state),
    [...new Set(a.dfKeys)],
  ]);
  const storyId = rest.rows[0]?.id;
  if (storyId === undefined) throw new Error(`storing article ${a.contentHash} returned no story id`);
  return { id, storyId, created: true };
}

/**
 * The content is already stored (perhaps by a racing process a moment ago): add this provenance, return its id.
 * If the stored row carries this call's write id, an earlier attempt of this very call committed (its reply lost
 * to a dropped connection), so the article counts as created.
 */
async function existingArticle(client: PoolClient, a: ArticleInput, writeId: string): Promise<PutResult> {
  const r = await client.query<{ id: number; story_id: number | null; write_id: string | null }>(
    "SELECT id, story_id, write_id FROM articles WHERE content_hash = $1",
    [a.contentHash],
  );
  const row = r.rows[0];
  if (!row) throw new Error(`article ${a.contentHash} conflicted on insert but cannot be found`);
  await client.query(INSERT_PROVENANCE, [row.id, ...provenanceParams(a.provenance, a.contentHash)]);
  return { id: row.id, storyId: row.story_id ?? 0, created: row.write_id === writeId };
}

const countMembers = async (client: PoolClient, storyId: number): Promise<number> =>
  Number(
    (await client.query<{ n: string }>("SELECT count(*) AS n FROM articles WHERE story_id = $1", [storyId])).rows[0]
      ?.n ?? 0,
  );

/** Past the corpus's latest sequence number: a story written with it ranks as just updated. */
async function nextStorySeq(client: PoolClient): Promise<number> {
  const latest = (await client.query<{ s: string | null }>("SELECT max(updated_seq) AS s FROM stories")).rows[0]?.s;
  return Number(latest ?? 0) + 1;
}

/** Rewrites a story row with a new state and sequence number. */
async function rewriteStory(client: PoolClient, storyId: number, state: StoryState, seq: number): Promise<void> {
  await client.query(
    "UPDATE stories SET title = $1, size = $2, first_date = $3, last_date = $4, state = $5, updated_seq = $6 WHERE id = $7",
    [...storyParams(state), seq, storyId],
  );
}

/**
 * The refine pass's split (CorpusStore.splitStory), inside the caller's transaction. The story row is locked first,
 * so a concurrent article write to the story waits for the split and the member count cannot change under it.
 */
export async function splitStoryRows(client: PoolClient, split: StorySplitInput): Promise<number | undefined> {
  const { storyId, keptState, leaving, leavingState } = split;
  const ids = [...new Set(leaving)];
  if (ids.length === 0) return undefined;
  const locked = await client.query("SELECT id FROM stories WHERE id = $1 FOR UPDATE", [storyId]);
  if (locked.rowCount !== 1) return undefined;
  const members = await countMembers(client, storyId);
  const present = Number(
    (
      await client.query<{ n: string }>(
        "SELECT count(*) AS n FROM articles WHERE story_id = $1 AND id = ANY($2::bigint[])",
        [storyId, ids],
      )
    ).rows[0]?.n ?? 0,
  );
  if (members !== keptState.size + leavingState.size || present !== leaving.length)
    return members === keptState.size ? appliedSplit(client, storyId, ids) : undefined;
  // Both parts rank as just updated (article ids are the sequence).
  const seq = await nextStorySeq(client);
  await rewriteStory(client, storyId, keptState, seq);
  const founded = await client.query<{ id: string }>(
    "INSERT INTO stories(title, size, first_date, last_date, state, updated_seq) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    [...storyParams(leavingState), seq],
  );
  const newId = Number(founded.rows[0]?.id);
  await client.query("UPDATE articles SET story_id = $1 WHERE story_id = $2 AND id = ANY($3::bigint[])", [
    newId,
    storyId,
    ids,
  ]);
  return newId;
}

/**
 * The merge pass's merge (CorpusStore.mergeStories), inside the caller's transaction. Both story rows are locked
 * first (in id order, so two merges cannot deadlock), so concurrent article writes to either wait for the merge.
 */
export async function mergeStoryRows(client: PoolClient, merge: StoryMergeInput): Promise<boolean> {
  const { storyId, absorbedId, mergedState } = merge;
  if (storyId === absorbedId) return false;
  const locked = await client.query<{ id: string }>(
    "SELECT id FROM stories WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE",
    [[storyId, absorbedId]],
  );
  const present = new Set(locked.rows.map((r) => Number(r.id)));
  if (!present.has(storyId)) return false;
  // Applied before (a retry after a lost reply): the absorbed story is gone and the story holds both.
  if (!present.has(absorbedId)) return (await countMembers(client, storyId)) === mergedState.size;
  if ((await countMembers(client, storyId)) + (await countMembers(client, absorbedId)) !== mergedState.size)
    return false;
  await rewriteStory(client, storyId, mergedState, await nextStorySeq(client));
  await client.query("UPDATE articles SET story_id = $1 WHERE story_id = $2", [storyId, absorbedId]);
  await client.query("DELETE FROM stories WHERE id = $1", [absorbedId]);
  return true;
}

/** The story the leaving articles already form on their own, when this split was applied before (a retry). */
async function appliedSplit(client: PoolClient, storyId: number, ids: readonly number[]): Promise<number | undefined> {
  const homes = await client.query<{ story_id: string | null }>(
    "SELECT DISTINCT story_id FROM articles WHERE id = ANY($1::bigint[])",
    [ids],
  );
  const home = homes.rows.length === 1 && homes.rows[0]?.story_id != null ? Number(homes.rows[0].story_id) : undefined;
  if (home === undefined || home === storyId) return undefined;
  return (await countMembers(client, home)) === ids.length ? home : undefined;
}
