/**
 * Readers for the shared evaluation sets used by the corpus evaluation (never copied into the project):
 * ECB+ dev documents, BASIL dev triplets and the AllSides dev sample.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { sharedData } from "../../core/paths.js";

export interface LabelledArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly date?: string;
  readonly outlet?: string;
  readonly url?: string;
  /** Gold story label (subtopic / triplet). */
  readonly story: string;
  /** Coarser gold label (ECB+ topic), when there is one. */
  readonly topic?: string;
}

function jsonLines(path: string): unknown[] {
  return gunzipSync(readFileSync(path))
    .toString("utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as unknown);
}

interface EcbRow {
  doc_id: string;
  topic: number;
  subtopic: string;
  url: string | null;
  text: string;
}

export function loadEcbPlus(): LabelledArticle[] {
  return (jsonLines(join(sharedData, "ecbplus/dev/documents.jsonl.gz")) as EcbRow[]).map((r) => {
    const lines = r.text.split("\n");
    return {
      id: r.doc_id,
      title: lines[0] ?? "",
      text: r.text,
      url: r.url ?? undefined,
      outlet: r.url ? new URL(r.url).host.replace(/^www\./, "") : undefined,
      story: r.subtopic,
      topic: String(r.topic),
    };
  });
}

interface BasilArticle {
  title: string;
  date: string;
  url?: string;
  source: string;
  "triplet-uuid": string;
  uuid: string;
  "body-paragraphs": string[][];
}

export function basilBody(a: { "body-paragraphs": string[][] }): string {
  return a["body-paragraphs"].map((p) => p.join(" ")).join("\n\n");
}

export function loadBasil(): LabelledArticle[] {
  const root = join(sharedData, "basil/dev/articles");
  const out: LabelledArticle[] = [];
  for (const year of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, year)).sort()) {
      const a = JSON.parse(readFileSync(join(root, year, file), "utf8")) as BasilArticle;
      out.push({
        id: file.replace(/\.json$/, ""),
        title: a.title.trim(),
        text: basilBody(a),
        date: a.date,
        outlet: a.source.toLowerCase(),
        url: a.url,
        story: a["triplet-uuid"],
      });
    }
  }
  return out;
}

export interface AllSidesRow {
  readonly ID?: string;
  readonly title: string;
  readonly source: string;
  readonly url: string;
  readonly date: string;
  readonly authors: string;
  readonly topic: string;
  readonly content_original: string;
}

export function loadAllSides(limit = Number.POSITIVE_INFINITY): AllSidesRow[] {
  const rows = jsonLines(join(sharedData, "allsides-news/dev/articles.jsonl.gz")) as AllSidesRow[];
  return rows.slice(0, limit);
}

/** The raw JSONL lines of the AllSides sample (for ingest tests and benchmarks, read in place). */
export function allSidesLines(limit = Number.POSITIVE_INFINITY): string[] {
  return gunzipSync(readFileSync(join(sharedData, "allsides-news/dev/articles.jsonl.gz")))
    .toString("utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, limit);
}
