/**
 * Turns an input's bytes into a Document with its text, metadata, blocks and boilerplate: the first stage of every
 * analysis. Refuses input that is not an article (empty, binary, too large) with a SiftError naming the problem.
 */
import { createHash } from "node:crypto";
import type { Document, SourceInfo } from "../core/document.js";
import { SiftError } from "../core/errors.js";
import { decode, looksBinary } from "./decode.js";
import { isGzip } from "./html/gzip.js";
import { extractHtml, InputTooLargeError } from "./html/index.js";
import { detectLanguage } from "./language.js";
import { sniffHtml } from "./sniff.js";
import { readScrapedText } from "./text/index.js";

/** Largest input analysed by default: far above any real article, small enough to keep memory bounded. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  readonly name?: string;
  readonly mediaType?: "text/plain" | "text/html";
  readonly contentType?: string;
  readonly maxBytes?: number;
  /** The page's URL, for URL dates and metadata. */
  readonly url?: string;
}

export function readDocument(input: Uint8Array | string, options: ReadOptions = {}): Document {
  const name = options.name ?? "input";
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new SiftError("E_EMPTY", name, "the input is empty");
  const gzipped = isGzip(bytes);
  if (bytes.length > maxBytes && !gzipped) {
    throw new SiftError(
      "E_TOO_LARGE",
      name,
      `the input is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`,
    );
  }
  if (!gzipped && looksBinary(bytes))
    throw new SiftError("E_BINARY", name, "the input is binary data, not text or HTML");
  const isHtml = options.mediaType
    ? options.mediaType === "text/html"
    : gzipped || /html/i.test(options.contentType ?? "") || sniffHtml(bytes, name);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const doc = isHtml
    ? readHtmlDocument(bytes, name, sha256, options, maxBytes)
    : readTextDocument(bytes, name, sha256, options);
  if (!/[\p{L}\p{N}]/u.test(doc.text)) throw new SiftError("E_NO_TEXT", name, "the input has no readable text");
  return doc;
}

function readTextDocument(bytes: Uint8Array, name: string, sha256: string, options: ReadOptions): Document {
  const httpCharset = /charset=([^;\s]+)/i.exec(options.contentType ?? "")?.[1];
  const decoded = decode(bytes, { name, ...(httpCharset ? { httpCharset } : {}) });
  const reading = readScrapedText(decoded.text);
  const source: SourceInfo = {
    name,
    mediaType: "text/plain",
    encoding: decoded.encoding,
    encodingSource: decoded.encodingSource,
    byteLength: bytes.length,
    sha256,
  };
  return newDocument(bytes, source, { text: decoded.text, ...reading });
}

/** What a reader found: the text and the reader's layers, metadata and diagnostics. */
interface Reading {
  readonly text: string;
  readonly body: Document["body"];
  readonly metadata: Document["metadata"];
  readonly blocks: NonNullable<Document["layers"]["blocks"]>;
  readonly boilerplate: NonNullable<Document["layers"]["boilerplate"]>;
  readonly diagnostics: Document["diagnostics"];
  readonly sourceMap?: Int32Array;
}

function newDocument(bytes: Uint8Array, source: SourceInfo, r: Reading): Document {
  // A language the page declares wins; otherwise the body says which it is.
  const language =
    r.metadata.language ?? detectLanguage({ text: r.text, body: r.body, layers: { boilerplate: r.boilerplate } });
  return {
    id: createHash("sha256").update(r.text).digest("hex").slice(0, 16),
    source,
    bytes,
    text: r.text,
    body: r.body,
    metadata: language ? { ...r.metadata, language } : r.metadata,
    layers: { blocks: r.blocks, boilerplate: r.boilerplate },
    diagnostics: r.diagnostics,
    ...(r.sourceMap ? { sourceMap: r.sourceMap } : {}),
  };
}

function readHtmlDocument(
  bytes: Uint8Array,
  name: string,
  sha256: string,
  options: ReadOptions,
  maxBytes: number,
): Document {
  let page: ReturnType<typeof extractHtml>;
  try {
    page = extractHtml(bytes, {
      maxBytes,
      ...(options.url ? { url: options.url } : {}),
      ...(options.contentType ? { contentType: options.contentType } : {}),
    });
  } catch (e) {
    if (e instanceof InputTooLargeError)
      throw new SiftError("E_TOO_LARGE", name, `${e.message} (raise it with --max-bytes)`);
    throw new SiftError("E_PARSE", name, `could not read the HTML: ${(e as Error).message}`);
  }
  const source: SourceInfo = {
    name,
    mediaType: "text/html",
    encoding: page.encoding,
    encodingSource: page.encodingSource,
    byteLength: bytes.length,
    sha256,
  };
  return newDocument(bytes, source, page);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
