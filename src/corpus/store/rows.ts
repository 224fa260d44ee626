/** Row decoding shared by the SQLite adapter's write and read sides. */
import type { ArticleSummary, StoryRow, StoryState } from "./types.js";

export type Row = Record<string, unknown>;

export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
export const num = (v: unknown): number | undefined =>
  typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : undefined;

export function summaryOf(r: Row): ArticleSummary {
  const kind = str(r.duplicate_kind);
  return {
    id: num(r.id) ?? 0,
    contentHash: str(r.content_hash) ?? "",
    textHash: str(r.text_hash) ?? "",
    docId: str(r.doc_id) ?? "",
    url: str(r.url),
    title: str(r.title),
    outlet: str(r.outlet),
    authors: JSON.parse(str(r.authors) ?? "[]") as string[],
    published: str(r.published),
    ingestedAt: str(r.ingested_at) ?? "",
    storyId: num(r.story_id),
    previousVersion: num(r.previous_version),
    duplicateOf: num(r.duplicate_of),
    duplicateKind: kind === "exact" || kind === "near" ? kind : undefined,
    input: str(r.input) ?? "",
  };
}

export function storyOf(r: Row): StoryRow {
  return {
    id: num(r.id) ?? 0,
    title: str(r.title) ?? "",
    size: num(r.size) ?? 0,
    firstDate: str(r.first_date),
    lastDate: str(r.last_date),
    state: JSON.parse(str(r.state) ?? "{}") as StoryState,
  };
}

/** Columns of an article summary, with its first provenance input. */
export const SUMMARY_COLUMNS = `a.id, a.content_hash, a.text_hash, a.doc_id, a.url, a.title, a.outlet, a.authors, a.published,
  a.ingested_at, a.story_id, a.previous_version, a.duplicate_of, a.duplicate_kind,
  (SELECT p.input FROM provenance p WHERE p.article_id = a.id ORDER BY p.rowid LIMIT 1) AS input`;
