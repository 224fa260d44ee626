/** The write side of the SQLite adapter: one article, with all its rows, inside the caller's transaction. */
import type Database from "better-sqlite3";
import { pack, packJson } from "./compress.js";
import { num } from "./rows.js";
import type { ArticleInput, ProvenanceInput, StoryMergeInput, StorySplitInput, StoryState } from "./types.js";

type Row = Record<string, unknown>;

export function insertArticle(
  db: Database.Database,
  a: ArticleInput,
): { id: number; storyId: number; created: boolean } {
  const existing = db.prepare("SELECT id, story_id FROM articles WHERE content_hash = ?").get(a.contentHash) as
    | Row
    | undefined;
  if (existing) {
    const id = num(existing.id) ?? 0;
    insertProvenance(db, id, a.provenance, a.contentHash);
    return { id, storyId: num(existing.story_id) ?? 0, created: false };
  }
  const now = new Date().toISOString();
  const sig = Buffer.from(a.minhash.buffer, a.minhash.byteOffset, a.minhash.byteLength);
  const info = db
    .prepare(
      `INSERT INTO articles (content_hash, text_hash, doc_id, url, title, outlet, authors, published, media_type, text,
        bytes, analysis, minhash, ingested_at, previous_version, duplicate_of, duplicate_kind, duplicate_similarity)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
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
      pack(a.bytes),
      packJson(a.analysis),
      sig,
      now,
      a.previousVersion ?? null,
      a.duplicateOf?.id ?? null,
      a.duplicateOf?.kind ?? null,
      a.duplicateOf?.similarity ?? null,
    );
  const id = Number(info.lastInsertRowid);
  const storyId = upsertStory(db, a.story, id);
  db.prepare("UPDATE articles SET story_id = ? WHERE id = ?").run(storyId, id);
  db.prepare("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)").run(id, a.title ?? "", a.text);
  insertProvenance(db, id, a.provenance, a.contentHash);
  const author = db.prepare("INSERT INTO authors(article_id, name) VALUES (?, ?)");
  for (const name of a.authors) author.run(id, name);
  const entity = db.prepare(
    "INSERT INTO entities(article_id, name, type, mentions, lat, lon, country) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  for (const e of a.entities)
    entity.run(id, e.name, e.type, e.mentions, e.lat ?? null, e.lon ?? null, e.country ?? null);
  const quote = db.prepare(
    "INSERT INTO quotes(article_id, key, text, kind, speaker, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const quoteFts = db.prepare("INSERT INTO quotes_fts(rowid, text, speaker) VALUES (?, ?, ?)");
  for (const q of a.quotes) {
    const qi = quote.run(id, q.key, q.text, q.kind, q.speaker ?? null, q.start, q.end);
    quoteFts.run(qi.lastInsertRowid, q.text, q.speaker ?? "");
  }
  const claim = db.prepare(
    "INSERT INTO claims(article_id, key, text, score, claimant, cues, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const claimFts = db.prepare("INSERT INTO claims_fts(rowid, text, claimant) VALUES (?, ?, ?)");
  for (const c of a.claims) {
    const ci = claim.run(id, c.key, c.text, c.score, c.claimant ?? null, JSON.stringify(c.cues), c.start, c.end);
    claimFts.run(ci.lastInsertRowid, c.text, c.claimant ?? "");
  }
  const lsh = db.prepare("INSERT INTO lsh(key, article_id) VALUES (?, ?)");
  for (const k of a.lshKeys) lsh.run(k, id);
  const df = db.prepare("INSERT INTO term_df(term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1");
  for (const k of new Set(a.dfKeys)) df.run(k);
  return { id, storyId, created: true };
}

function upsertStory(db: Database.Database, story: ArticleInput["story"], seq: number): number {
  if (story.id !== undefined && rewriteStory(db, story.id, story.state, seq)) return story.id;
  return insertStory(db, story.state, seq);
}

function insertProvenance(db: Database.Database, id: number, p: ProvenanceInput, contentHash: string): void {
  db.prepare(
    "INSERT OR IGNORE INTO provenance(article_id, source, input, url, fetched_at, content_hash) VALUES (?, ?, ?, ?, ?, ?)",
  ).run(id, p.source, p.input, p.url ?? null, p.fetchedAt, contentHash);
}

/** Articles in a story. */
function countMembers(db: Database.Database, storyId: number): number {
  return num((db.prepare("SELECT count(*) AS n FROM articles WHERE story_id = ?").get(storyId) as Row).n) ?? 0;
}

/** Past the corpus's latest sequence number: a story written with it ranks as just updated. */
function nextStorySeq(db: Database.Database): number {
  return (num((db.prepare("SELECT max(updated_seq) AS s FROM stories").get() as Row).s) ?? 0) + 1;
}

/** Rewrites a story row with a new state and sequence number; true when the row exists. */
function rewriteStory(db: Database.Database, storyId: number, state: StoryState, seq: number): boolean {
  return (
    db
      .prepare(
        "UPDATE stories SET title = ?, size = ?, first_date = ?, last_date = ?, state = ?, updated_seq = ? WHERE id = ?",
      )
      .run(...storyColumns(state), seq, storyId).changes === 1
  );
}

/** A new story row; returns its id. */
function insertStory(db: Database.Database, state: StoryState, seq: number): number {
  const info = db
    .prepare("INSERT INTO stories(title, size, first_date, last_date, state, updated_seq) VALUES (?, ?, ?, ?, ?, ?)")
    .run(...storyColumns(state), seq);
  return Number(info.lastInsertRowid);
}

/** The refine pass's split (CorpusStore.splitStory), inside the caller's transaction. */
export function splitStoryRows(db: Database.Database, split: StorySplitInput): number | undefined {
  const { storyId, keptState, leaving, leavingState } = split;
  if (leaving.length === 0) return undefined;
  const leavingIds = JSON.stringify([...new Set(leaving)]);
  const members = countMembers(db, storyId);
  const present = num(
    (
      db
        .prepare("SELECT count(*) AS n FROM articles WHERE story_id = ? AND id IN (SELECT value FROM json_each(?))")
        .get(storyId, leavingIds) as Row
    ).n,
  );
  if (members !== keptState.size + leavingState.size || present !== leaving.length)
    return members === keptState.size ? appliedSplit(db, split, leavingIds) : undefined;
  // Both parts rank as just updated (article ids are the sequence).
  const seq = nextStorySeq(db);
  if (!rewriteStory(db, storyId, keptState, seq)) return undefined;
  const newId = insertStory(db, leavingState, seq);
  db.prepare("UPDATE articles SET story_id = ? WHERE story_id = ? AND id IN (SELECT value FROM json_each(?))").run(
    newId,
    storyId,
    leavingIds,
  );
  return newId;
}

/** The story the leaving articles already form on their own, when this split was applied before. */
function appliedSplit(db: Database.Database, split: StorySplitInput, leavingIds: string): number | undefined {
  const homes = db
    .prepare("SELECT DISTINCT story_id FROM articles WHERE id IN (SELECT value FROM json_each(?))")
    .all(leavingIds) as Row[];
  const home = homes.length === 1 ? num(homes[0]?.story_id) : undefined;
  if (home === undefined || home === split.storyId) return undefined;
  return countMembers(db, home) === split.leaving.length ? home : undefined;
}

/** The merge pass's merge (CorpusStore.mergeStories), inside the caller's transaction. */
export function mergeStoryRows(db: Database.Database, merge: StoryMergeInput): boolean {
  const { storyId, absorbedId, mergedState } = merge;
  if (storyId === absorbedId) return false;
  const exists = (id: number): boolean => db.prepare("SELECT 1 FROM stories WHERE id = ?").get(id) !== undefined;
  if (!exists(storyId)) return false;
  // Applied before (a retry after a lost reply): the absorbed story is gone and the story holds both.
  if (!exists(absorbedId)) return countMembers(db, storyId) === mergedState.size;
  if (countMembers(db, storyId) + countMembers(db, absorbedId) !== mergedState.size) return false;
  rewriteStory(db, storyId, mergedState, nextStorySeq(db));
  db.prepare("UPDATE articles SET story_id = ? WHERE story_id = ?").run(storyId, absorbedId);
  db.prepare("DELETE FROM stories WHERE id = ?").run(absorbedId);
  return true;
}

function storyColumns(s: StoryState): [string, number, string | null, string | null, string] {
  return [s.title, s.size, s.firstDate ?? null, s.lastDate ?? null, JSON.stringify(s)];
}
