/**
 * The documented field mapping of JSON and JSONL article records (first present field wins):
 *   title     ← title | headline
 *   text      ← text | content | content_original | body | body-paragraphs (list of lists of sentences)
 *   url       ← url | link
 *   published ← date | published | pubDate
 *   outlet    ← source | outlet | publisher
 *   authors   ← authors | author (a list, or a comma-separated string)
 */
import type { ItemMeta } from "../item.js";

export interface MappedRecord {
  readonly text: string;
  readonly meta: ItemMeta;
}

const pick = (r: Record<string, unknown>, keys: readonly string[]): string | undefined => {
  for (const k of keys) {
    const v = r[k];
    if (typeof v === "string" && v.trim() !== "") return v.trim();
  }
  return undefined;
};

function authorsOf(r: Record<string, unknown>): string[] | undefined {
  const v = r.authors ?? r.author;
  if (Array.isArray(v))
    return v.filter((x): x is string => typeof x === "string" && x.trim() !== "").map((x) => x.trim());
  if (typeof v === "string" && v.trim() !== "") return v.split(/\s*,\s*|\s+and\s+/).filter((x) => x !== "");
  return undefined;
}

function paragraphs(v: unknown): string | undefined {
  if (!Array.isArray(v)) return undefined;
  return v.map((p) => (Array.isArray(p) ? p.filter((s) => typeof s === "string").join(" ") : String(p))).join("\n\n");
}

/** A valid ISO date (YYYY-MM-DD…) or undefined; malformed dates such as "7/23" are dropped, not guessed. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)))) return value;
  // RFC 822 (RSS pubDate) and other full dates with a four-digit year.
  if (/\b\d{4}\b/.test(value)) {
    const t = Date.parse(value);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  return undefined;
}

/** Maps a JSON record; throws when it has no text field. */
export function mapRecord(value: unknown): MappedRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error("record is not a JSON object");
  const r = value as Record<string, unknown>;
  const text = pick(r, ["text", "content", "content_original", "body"]) ?? paragraphs(r["body-paragraphs"]);
  if (text === undefined || text.trim() === "")
    throw new Error("record has no text field (text/content/content_original/body)");
  const outlet = pick(r, ["source", "outlet", "publisher"]);
  return {
    text,
    meta: {
      title: pick(r, ["title", "headline"]),
      url: pick(r, ["url", "link"]),
      published: isoDate(pick(r, ["date", "published", "pubDate"])),
      outlet,
      authors: authorsOf(r),
    },
  };
}
