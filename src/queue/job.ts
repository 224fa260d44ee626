/**
 * What a queue job carries. The enqueuer expands sources (folders, JSONL lines, feeds, URL lists, WARC records)
 * into one job per item, of four kinds:
 *   item    — the item itself, bytes gzipped inline: any worker on any machine can process it with no shared disk.
 *             Used for every item up to the inline limit (256 KB by default; news pages are ~10–200 KB).
 *   local   — a locator (the file and the item's input id) for a bigger item: the worker re-reads the file, so
 *             workers need the same path (a shared mount). Keeps multi-megabyte pages out of Redis memory.
 *   page    — a URL (a feed entry, a URL-list line) to fetch in the worker, under the shared per-host rate limit.
 *   failure — an input that failed while expanding (unreadable file, invalid JSON line): the worker records it
 *             in the store so `sift errors` shows it, and the enqueuer needs no database.
 * The job id is a hash of (source, input, and the content hash when the bytes are known), so enqueueing the same
 * inputs twice adds nothing while a job with that id is still queued or kept, and an edited file is a new job.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { AnalyzeOptions } from "../analyze.js";
import type { ItemMeta, PageRef, SourceFailure, SourceItem } from "../corpus/ingest/item.js";
import { sha256Hex } from "../corpus/text/normalize.js";

/** The AnalyzeOptions a source sets; all JSON-able (the pipeline and timings never travel). */
type JobAnalyzeOptions = Pick<AnalyzeOptions, "name" | "published" | "outlet" | "url" | "mediaType" | "contentType">;

export interface ItemJob {
  readonly kind: "item";
  readonly source: string;
  readonly input: string;
  /** SHA-256 of the bytes: part of the job id, and lets the worker skip known content before unpacking. */
  readonly contentHash: string;
  /** The original bytes, gzipped, base64. */
  readonly gz: string;
  /** What analyze() reads when it is not the bytes (the text field of a JSON record), gzipped, base64. */
  readonly gzText?: string;
  readonly options: JobAnalyzeOptions;
  readonly meta: ItemMeta;
  readonly fetchedAt: string;
}

export interface LocalJob {
  readonly kind: "local";
  readonly source: string;
  readonly input: string;
  /** The file to re-open to find the item (a path, or a JSONL/WARC/JSON file holding the record). */
  readonly file: string;
  readonly contentHash: string;
}

export interface PageJob extends Omit<PageRef, "kind"> {
  readonly kind: "page";
}

export interface FailureJob extends Omit<SourceFailure, "kind"> {
  readonly kind: "failure";
}

export type IngestJob = ItemJob | LocalJob | PageJob | FailureJob;

/** BullMQ job name: one processor handles every kind, the name only shows in tools such as `sift queue --failed`. */
export const JOB_NAME = "ingest";

/** Items larger than this travel as a locator (LocalJob) instead of inline bytes. */
export const DEFAULT_INLINE_MAX_BYTES = 256 * 1024;

export function jobId(job: IngestJob): string {
  const content = job.kind === "item" || job.kind === "local" ? job.contentHash : "";
  // BullMQ ids must not contain ':' nor be integers; a hex hash is neither.
  return sha256Hex(`${job.kind}\0${job.source}\0${job.input}\0${content}`).slice(0, 40);
}

/** The file holding an item: the input itself, or the container before a `:line`, `#offset` or `[index]` suffix. */
export function containerOf(input: string): string {
  return input.replace(/(:\d+|#\d+|\[\d+\])$/, "");
}

const gzip64 = (data: Uint8Array | string): string => gzipSync(data).toString("base64");
const gunzip64 = (data: string): Buffer => gunzipSync(Buffer.from(data, "base64"));

export function itemJob(item: SourceItem, inlineMaxBytes = DEFAULT_INLINE_MAX_BYTES): ItemJob | LocalJob {
  const contentHash = sha256Hex(item.bytes);
  if (item.bytes.byteLength > inlineMaxBytes)
    return { kind: "local", source: item.source, input: item.input, file: containerOf(item.input), contentHash };
  const o = item.options;
  return {
    kind: "item",
    source: item.source,
    input: item.input,
    contentHash,
    gz: gzip64(item.bytes),
    gzText: typeof item.analyzeInput === "string" ? gzip64(item.analyzeInput) : undefined,
    options: {
      name: o.name,
      published: o.published,
      outlet: o.outlet,
      url: o.url,
      mediaType: o.mediaType,
      contentType: o.contentType,
    },
    meta: item.meta,
    fetchedAt: item.fetchedAt,
  };
}

export function itemOf(job: ItemJob): SourceItem {
  const bytes = new Uint8Array(gunzip64(job.gz));
  return {
    kind: "item",
    source: job.source,
    input: job.input,
    bytes,
    analyzeInput: job.gzText === undefined ? bytes : gunzip64(job.gzText).toString("utf8"),
    options: job.options,
    meta: job.meta,
    fetchedAt: job.fetchedAt,
  };
}

/** A one-line description of a job for logs and `sift queue --failed`. */
export function describeJob(job: IngestJob): string {
  return job.kind === "page" ? `${job.input} (page of ${job.source})` : job.input;
}
