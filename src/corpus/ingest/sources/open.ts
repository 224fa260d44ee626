/**
 * Turns what the user gave to `sift ingest` into a stream of items: files and folders (html, htm, txt, json,
 * jsonl, warc, warc.gz, opml, xml/rss/atom feeds), http(s) feed or page URLs, and text files of URLs (.urls, or
 * .txt whose lines are all URLs).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { PoliteFetcher } from "../fetcher.js";
import { errorMessage, failure, type ItemMeta, type PageRef, type SourceEvent } from "../item.js";
import { looksLikeFeed, parseFeed, parseOpml } from "./feeds.js";
import { readJsonl, recordItem } from "./jsonl.js";
import { readWarc } from "./warc.js";

export interface SourceContext {
  readonly fetcher: PoliteFetcher;
  /** Yield article pages as PageRefs instead of fetching them (the queue fetches them in its workers). */
  readonly deferPages?: boolean;
}

/** What expanding a source yields: items and failures, and, when pages are deferred, the pages to fetch. */
export type ExpandEvent = SourceEvent | PageRef;

const ARTICLE_EXT = new Set([".html", ".htm", ".txt", ".json"]);
const CONTAINER_EXT = new Set([".jsonl", ".ndjson", ".warc", ".opml", ".rss", ".atom", ".xml", ".urls"]);

function kindOf(path: string): string {
  const lower = path.toLowerCase();
  if (lower.endsWith(".warc.gz")) return ".warc";
  if (lower.endsWith(".jsonl.gz")) return ".jsonl";
  return extname(lower);
}

/** Every ingestible file under a folder, sorted so runs are reproducible. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) out.push(...walk(path));
    else if (ARTICLE_EXT.has(kindOf(path)) || CONTAINER_EXT.has(kindOf(path))) out.push(path);
  }
  return out;
}

const URL_LINE = /^https?:\/\/\S+$/;

function isUrlList(content: string): boolean {
  const lines = content
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  return lines.length > 0 && lines.every((l) => URL_LINE.test(l));
}

function fileItem(source: string, path: string, bytes: Buffer): SourceEvent {
  const html = /\.html?$/i.test(path);
  return {
    kind: "item",
    source,
    input: path,
    bytes: new Uint8Array(bytes),
    analyzeInput: new Uint8Array(bytes),
    options: { name: path, mediaType: html ? "text/html" : "text/plain" },
    meta: {},
    fetchedAt: new Date().toISOString(),
  };
}

async function* fromFile(source: string, path: string, ctx: SourceContext): AsyncGenerator<ExpandEvent> {
  const kind = kindOf(path);
  if (kind === ".jsonl" || kind === ".ndjson") return yield* readJsonl(path, source);
  if (kind === ".warc") return yield* readWarc(path, source);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    yield failure(source, path, "read", errorMessage(err));
    return;
  }
  const text = bytes.toString("utf8");
  if (kind === ".opml") {
    try {
      for (const url of parseOpml(text)) yield* fromFeedUrl(url, url, ctx);
    } catch (err) {
      yield failure(source, path, "parse", errorMessage(err));
    }
    return;
  }
  if (kind === ".rss" || kind === ".atom" || (kind === ".xml" && looksLikeFeed(text))) {
    return yield* fromFeedText(source, path, text, ctx);
  }
  if (kind === ".urls" || (kind === ".txt" && isUrlList(text))) {
    for (const line of text.split(/\r?\n/)) {
      const url = line.trim();
      if (URL_LINE.test(url)) yield* fromPageUrl(source, url, {}, ctx);
    }
    return;
  }
  if (kind === ".json") {
    try {
      const value = JSON.parse(text) as unknown;
      const records = Array.isArray(value) ? value : [value];
      for (let i = 0; i < records.length; i++) {
        const input = records.length === 1 ? path : `${path}[${i}]`;
        const raw = records.length === 1 ? new Uint8Array(bytes) : new TextEncoder().encode(JSON.stringify(records[i]));
        yield recordItem(source, input, raw, records[i]);
      }
    } catch (err) {
      yield failure(source, path, "parse", `invalid JSON: ${errorMessage(err)}`);
    }
    return;
  }
  if (kind === ".xml") {
    yield failure(source, path, "parse", "XML file is not an RSS, Atom or RDF feed");
    return;
  }
  yield fileItem(source, path, bytes);
}

async function* fromPageUrl(
  source: string,
  url: string,
  meta: ItemMeta,
  ctx: SourceContext,
  fallback?: string,
): AsyncGenerator<ExpandEvent> {
  if (ctx.deferPages) {
    yield { kind: "page", source, input: url, meta, fallback };
    return;
  }
  const event = await fetchPage({ kind: "page", source, input: url, meta, fallback }, ctx.fetcher);
  if (event) yield event;
}

/** Fetches an article page; a failed fetch falls back to the feed's own content when it has some. */
export async function fetchPage(page: PageRef, fetcher: PoliteFetcher): Promise<SourceEvent | undefined> {
  const { source, input: url, meta, fallback } = page;
  const res = await fetcher.get(url, false);
  if (res.status === "ok") {
    return {
      kind: "item",
      source,
      input: url,
      bytes: res.bytes,
      analyzeInput: res.bytes,
      options: { name: res.url, url: res.url, contentType: res.contentType, published: meta.published },
      meta: { ...meta, url: res.url },
      fetchedAt: res.fetchedAt,
    };
  }
  if (res.status === "error") {
    if (fallback && fallback.length > 0) {
      const bytes = new TextEncoder().encode(fallback);
      return {
        kind: "item",
        source,
        input: url,
        bytes,
        analyzeInput: bytes,
        options: { name: url, url, mediaType: "text/html", published: meta.published },
        meta,
        fetchedAt: new Date().toISOString(),
      };
    }
    return failure(source, url, res.stage, res.reason);
  }
  return undefined;
}

async function* fromFeedText(
  source: string,
  input: string,
  xml: string,
  ctx: SourceContext,
): AsyncGenerator<ExpandEvent> {
  let entries: ReturnType<typeof parseFeed>["entries"];
  try {
    entries = parseFeed(xml).entries;
  } catch (err) {
    yield failure(source, input, "parse", errorMessage(err));
    return;
  }
  for (const e of entries) {
    if (!e.link) {
      yield failure(source, `${input}#${e.meta.title ?? "untitled"}`, "parse", "feed item without a link");
      continue;
    }
    yield* fromPageUrl(source, e.link, e.meta, ctx, e.content);
  }
}

async function* fromFeedUrl(source: string, url: string, ctx: SourceContext): AsyncGenerator<ExpandEvent> {
  const res = await ctx.fetcher.get(url, true);
  if (res.status === "not-modified") return;
  if (res.status === "error") {
    yield failure(source, url, res.stage, res.reason);
    return;
  }
  const text = new TextDecoder().decode(res.bytes);
  if (looksLikeFeed(text)) return yield* fromFeedText(source, url, text, ctx);
  yield* fromPageUrl(source, url, {}, ctx);
}

/** Opens one source (a path or URL) as a stream of items and failures; article pages are fetched here. */
export async function* openSource(spec: string, ctx: SourceContext): AsyncGenerator<SourceEvent> {
  for await (const ev of expandSource(spec, { ...ctx, deferPages: false })) if (ev.kind !== "page") yield ev;
}

/** Like openSource, but with `ctx.deferPages` article pages come out as PageRefs, unfetched. */
export async function* expandSource(spec: string, ctx: SourceContext): AsyncGenerator<ExpandEvent> {
  if (/^https?:\/\//i.test(spec)) return yield* fromFeedUrl(spec, spec, ctx);
  let isDir: boolean;
  try {
    isDir = statSync(spec).isDirectory();
  } catch (err) {
    yield failure(spec, spec, "read", errorMessage(err));
    return;
  }
  if (!isDir) return yield* fromFile(spec, spec, ctx);
  for (const path of walk(spec)) yield* fromFile(spec, path, ctx);
}
