/**
 * Turns an input's bytes into a Document with its text, metadata, blocks and boilerplate: the first stage of every
 * analysis. Refuses input that is not an article (empty, binary, too large) with a SiftError naming the problem.
 */
import { createHash } from "node:crypto";
import type { Document, Metadata, SourceInfo } from "../core/document.js";
import { SiftError } from "../core/errors.js";
import { decode, looksBinary } from "./decode.js";
import { readHtml, sniffHtml } from "./html-basic.js";
import { readScrapedText } from "./text/index.js";

/** Largest input analysed by default: far above any real article, small enough to keep memory bounded. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  readonly name?: string;
  readonly mediaType?: "text/plain" | "text/html";
  readonly contentType?: string;
  readonly maxBytes?: number;
}

export function readDocument(input: Uint8Array | string, options: ReadOptions = {}): Document {
  const name = options.name ?? "input";
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new SiftError("E_EMPTY", name, "the input is empty");
  if (bytes.length > maxBytes) {
    throw new SiftError(
      "E_TOO_LARGE",
      name,
      `the input is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`,
    );
  }
  if (looksBinary(bytes)) throw new SiftError("E_BINARY", name, "the input is binary data, not text or HTML");

  const httpCharset = /charset=([^;\s]+)/i.exec(options.contentType ?? "")?.[1];
  const isHtml = options.mediaType
    ? options.mediaType === "text/html"
    : /html/i.test(options.contentType ?? "") || sniffHtml(bytes, name);
  const decoded = decode(bytes, {
    name,
    ...(httpCharset ? { httpCharset } : {}),
    ...(isHtml ? { declaredCharset: sniffMetaCharset(bytes) } : {}),
  });
  const source: SourceInfo = {
    name,
    mediaType: isHtml ? "text/html" : "text/plain",
    encoding: decoded.encoding,
    encodingSource: decoded.encodingSource,
    byteLength: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
  const reading = isHtml ? readHtml(decoded.text) : { text: decoded.text, ...readScrapedText(decoded.text) };
  if (!/[\p{L}\p{N}]/u.test(reading.text)) throw new SiftError("E_NO_TEXT", name, "the input has no readable text");
  return {
    id: createHash("sha256").update(reading.text).digest("hex").slice(0, 16),
    source,
    bytes,
    text: reading.text,
    body: reading.body,
    metadata: reading.metadata as Metadata,
    layers: { blocks: reading.blocks, boilerplate: reading.boilerplate },
    diagnostics: reading.diagnostics,
  };
}

/** <meta charset="…"> or http-equiv Content-Type in the first bytes of an HTML page. */
function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`;
}
