/**
 * The library's front door: bytes in, an analysed Document out. Reads the input (text or HTML), applies what the
 * caller knows (publication date, outlet, URL) where the input is silent, then runs the annotators in order.
 */
import type { Document, Metadata } from "./core/document.js";
import type { Annotator } from "./pipeline/annotator.js";
import { DEFAULT_PIPELINE } from "./pipeline/configuration.js";
import { analysisContext, runPipeline, type StageTiming } from "./pipeline/run.js";
import { readDocument } from "./read/index.js";

export interface AnalyzeOptions {
  /** A name for the input in messages and provenance: a path, a URL or "-". */
  readonly name?: string;
  /** Publication date (ISO 8601); it anchors relative dates. Overrides a date found in the input. */
  readonly published?: string;
  /** Outlet name; overrides one found in the input. */
  readonly outlet?: string;
  readonly url?: string;
  /** Force the reader; by default sniffed from the bytes and the name. */
  readonly mediaType?: "text/plain" | "text/html";
  /** HTTP Content-Type header, when the bytes came over HTTP (it may name the charset). */
  readonly contentType?: string;
  /** Largest input accepted, in bytes. */
  readonly maxBytes?: number;
  /** The stages to run; the full analysis by default. */
  readonly pipeline?: readonly Annotator[];
  /** Filled with each stage's time when given. */
  readonly timings?: StageTiming[];
}

/** Reads and annotates one article. Throws SiftError (src/core/errors.ts) for input that cannot be read. */
export function analyze(input: Uint8Array | string, options: AnalyzeOptions = {}): Document {
  const read = readDocument(input, {
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.mediaType ? { mediaType: options.mediaType } : {}),
    ...(options.contentType ? { contentType: options.contentType } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.url ? { url: options.url } : {}),
  });
  const doc = { ...read, metadata: withCallerMetadata(read.metadata, options) };
  return runPipeline(doc, options.pipeline ?? DEFAULT_PIPELINE, analysisContext(doc), options.timings);
}

/** What the caller states wins over what the reader guessed: the person running Sift knows the source. */
function withCallerMetadata(meta: Metadata, options: AnalyzeOptions): Metadata {
  const cli = { source: "caller", confidence: 1 } as const;
  return {
    ...meta,
    ...(options.published ? { published: { value: options.published, provenance: cli } } : {}),
    ...(options.outlet ? { outlet: { value: { name: options.outlet }, provenance: cli } } : {}),
    ...(options.url ? { url: { value: options.url, provenance: cli } } : {}),
  };
}
