/**
 * Corpus exports: JSONL (every field and the analysis JSON), CSV (one row per article), GeoJSON (geocoded places
 * as points) and brat standoff (a .txt and .ann per article: entities, quotes, claims).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "../../core/document.js";
import { toAnalysisJson } from "../../output/json.js";
import type { CorpusStore, SearchFilters, StoredArticle } from "../store/types.js";

export type ExportFormat = "jsonl" | "csv" | "geojson" | "brat";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["jsonl", "csv", "geojson", "brat"];

type Write = (chunk: string) => void;

function documentOf(a: StoredArticle): Document {
  return { ...(a.analysis as Omit<Document, "bytes">), bytes: a.bytes };
}

function jsonlLine(a: StoredArticle): string {
  let analysis: unknown;
  try {
    analysis = toAnalysisJson(documentOf(a));
  } catch {
    analysis = a.analysis;
  }
  const { bytes: _b, analysis: _a, text: _t, ...meta } = a;
  return `${JSON.stringify({ ...meta, analysis })}\n`;
}

const CSV_COLUMNS = [
  "id",
  "url",
  "title",
  "outlet",
  "authors",
  "published",
  "story_id",
  "duplicate_of",
  "duplicate_kind",
  "input",
  "characters",
  "text",
];

export function csvField(v: unknown): string {
  const s = v === undefined || v === null ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(a: StoredArticle): string {
  return `${[
    a.id,
    a.url,
    a.title,
    a.outlet,
    a.authors.join("; "),
    a.published,
    a.storyId,
    a.duplicateOf,
    a.duplicateKind,
    a.input,
    a.text.length,
    a.text,
  ]
    .map(csvField)
    .join(",")}\n`;
}

function geoFeatures(a: StoredArticle): object[] {
  const doc = a.analysis as Partial<Document>;
  const entities = new Map((doc.layers?.entities ?? []).map((e) => [e.id, e]));
  return (doc.layers?.geocodes ?? []).map((g) => ({
    type: "Feature",
    geometry: { type: "Point", coordinates: [g.geo.lon, g.geo.lat] },
    properties: {
      article: a.id,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      place: entities.get(g.entity)?.name,
      country: g.geo.country,
      mentions: entities.get(g.entity)?.mentions.length ?? 0,
    },
  }));
}

const BRAT_TYPE: Record<string, string> = {
  person: "Person",
  organization: "Organization",
  place: "Location",
  misc: "Misc",
};

/** A brat text-bound span; spans crossing line breaks become fragments, as brat requires. */
function bratSpan(text: string, start: number, end: number): string {
  const frags: string[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if (text[i] === "\n") {
      if (i > s) frags.push(`${s} ${i}`);
      s = i + 1;
    }
  }
  if (end > s) frags.push(`${s} ${end}`);
  return frags.join(";");
}

export function bratAnnotations(doc: Pick<Document, "text" | "layers">): string {
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  const add = (type: string, start: number, end: number): string => {
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${bratSpan(doc.text, start, end)}\t${doc.text.slice(start, end).replace(/\n/g, " ")}`);
    return id;
  };
  for (const e of doc.layers.entities ?? [])
    for (const m of e.mentions) add(BRAT_TYPE[e.type] ?? "Misc", m.start, m.end);
  for (const q of doc.layers.quotes ?? []) {
    const id = add("Quote", q.start, q.end);
    const who = q.speaker ? (doc.layers.entities ?? []).find((e) => e.id === q.speaker)?.name : q.attributedTo;
    if (who) lines.push(`#${++n}\tAnnotatorNotes ${id}\tspeaker: ${who}`);
  }
  for (const c of doc.layers.claims ?? []) {
    const id = add("Claim", c.start, c.end);
    lines.push(`#${++n}\tAnnotatorNotes ${id}\tscore: ${c.score.toFixed(2)}; cues: ${c.cues.join(", ")}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** Streams the export; `brat` writes a folder at `out`, the others write through `write`. Returns the count. */
export async function exportCorpus(
  store: CorpusStore,
  format: ExportFormat,
  write: Write,
  options: { readonly out?: string; readonly filters?: SearchFilters } = {},
): Promise<number> {
  let count = 0;
  if (format === "csv") write(`${CSV_COLUMNS.join(",")}\n`);
  if (format === "geojson") write('{"type":"FeatureCollection","features":[');
  if (format === "brat") {
    if (!options.out) throw new Error("brat export needs --out DIR");
    mkdirSync(options.out, { recursive: true });
  }
  let firstFeature = true;
  for await (const a of store.iterateArticles(options.filters)) {
    count++;
    if (format === "jsonl") write(jsonlLine(a));
    else if (format === "csv") write(csvRow(a));
    else if (format === "geojson") {
      for (const f of geoFeatures(a)) {
        write(`${firstFeature ? "" : ","}\n${JSON.stringify(f)}`);
        firstFeature = false;
      }
    } else {
      const doc = a.analysis as Partial<Document>;
      const text = typeof doc.text === "string" ? doc.text : a.text;
      writeFileSync(join(options.out ?? ".", `${a.id}.txt`), text);
      writeFileSync(join(options.out ?? ".", `${a.id}.ann`), bratAnnotations({ text, layers: doc.layers ?? {} }));
    }
  }
  if (format === "geojson") write("\n]}\n");
  return count;
}
