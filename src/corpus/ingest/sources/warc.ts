/**
 * WARC 1.0/1.1 reader (ISO 28500): each record is a version line, header lines, a blank line, a block of exactly
 * Content-Length bytes and two CRLFs. `response` records hold an HTTP message whose body is the page; `resource`
 * records hold the document itself. A record cut short (a truncated file) becomes a recorded failure.
 */
import { readFileSync } from "node:fs";
import { constants, gunzipSync } from "node:zlib";
import { errorMessage, failure, type SourceEvent } from "../item.js";

export interface WarcRecord {
  readonly offset: number;
  readonly headers: Map<string, string>;
  readonly block: Buffer;
  readonly truncated: boolean;
}

const CRLF2 = Buffer.from("\r\n\r\n");

function parseHeaderLines(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Splits a WARC byte stream into records; stops at the first record that is cut short or unreadable. */
export function* parseWarc(data: Buffer): Generator<WarcRecord | { readonly offset: number; readonly error: string }> {
  let pos = 0;
  while (pos < data.length) {
    // Skip stray line breaks between records.
    while (pos < data.length && (data[pos] === 0x0d || data[pos] === 0x0a)) pos++;
    if (pos >= data.length) return;
    const offset = pos;
    const headEnd = data.indexOf(CRLF2, pos);
    if (headEnd < 0) {
      yield { offset, error: "truncated record: headers never end" };
      return;
    }
    const head = data.subarray(pos, headEnd).toString("latin1");
    if (!/^WARC\/1\.[01]/.test(head)) {
      yield { offset, error: `not a WARC record (starts with ${JSON.stringify(head.slice(0, 20))})` };
      return;
    }
    const headers = parseHeaderLines(head.slice(head.indexOf("\n") + 1));
    const length = Number(headers.get("content-length"));
    if (!Number.isInteger(length) || length < 0) {
      yield { offset, error: "record has no valid Content-Length" };
      return;
    }
    const start = headEnd + 4;
    const end = start + length;
    const truncated = end > data.length;
    yield { offset, headers, block: data.subarray(start, Math.min(end, data.length)), truncated };
    if (truncated) return;
    pos = end;
  }
}

/** Decodes an HTTP/1.x chunked body. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const lineEnd = body.indexOf("\r\n", pos);
    if (lineEnd < 0) break;
    const size = Number.parseInt(body.subarray(pos, lineEnd).toString("latin1"), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    pos = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

export interface HttpMessage {
  readonly status: number;
  readonly headers: Map<string, string>;
  readonly body: Buffer;
}

export function parseHttpResponse(block: Buffer): HttpMessage {
  const headEnd = block.indexOf(CRLF2);
  if (headEnd < 0) throw new Error("HTTP response without a header end");
  const head = block.subarray(0, headEnd).toString("latin1");
  const status = Number(/^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(head)?.[1]);
  if (!Number.isInteger(status)) throw new Error("no HTTP status line");
  const headers = parseHeaderLines(head.slice(head.indexOf("\n") + 1));
  let body: Buffer = block.subarray(headEnd + 4);
  if (/chunked/i.test(headers.get("transfer-encoding") ?? "")) body = dechunk(body);
  if (/gzip/i.test(headers.get("content-encoding") ?? "")) body = gunzipSync(body);
  return { status, headers, body };
}

/** Media types worth analysing; images, scripts and the like in a crawl are skipped silently. */
const TEXTUAL = /^(text\/html|application\/xhtml\+xml|text\/plain)/i;

/** Reads a .warc or .warc.gz file; a truncated gzip stream yields what was readable, then a failure. */
export function* readWarc(path: string, source = path): Generator<SourceEvent> {
  let data: Buffer;
  try {
    const raw = readFileSync(path);
    // Z_SYNC_FLUSH returns the bytes decoded so far instead of throwing on a truncated member.
    data = path.endsWith(".gz") ? gunzipSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }) : raw;
  } catch (err) {
    yield failure(source, path, "read", errorMessage(err));
    return;
  }
  for (const rec of parseWarc(data)) {
    const input = `${path}#${rec.offset}`;
    if ("error" in rec) {
      yield failure(source, input, "parse", rec.error);
      return;
    }
    const type = rec.headers.get("warc-type") ?? "";
    if (type !== "response" && type !== "resource") continue;
    const url = rec.headers.get("warc-target-uri")?.replace(/^<|>$/g, "");
    if (rec.truncated) {
      yield failure(
        source,
        input,
        "read",
        `truncated ${type} record for ${url ?? "?"}: block shorter than Content-Length`,
      );
      return;
    }
    try {
      let body = rec.block;
      let contentType = rec.headers.get("content-type") ?? "";
      if (type === "response") {
        const http = parseHttpResponse(rec.block);
        if (http.status < 200 || http.status >= 300) continue;
        body = http.body;
        contentType = http.headers.get("content-type") ?? "";
      }
      if (!TEXTUAL.test(contentType)) continue;
      const fetchedAt = rec.headers.get("warc-date") ?? new Date().toISOString();
      yield {
        kind: "item",
        source,
        input,
        bytes: new Uint8Array(body),
        analyzeInput: new Uint8Array(body),
        options: {
          name: url ?? input,
          url,
          contentType,
          mediaType: /plain/i.test(contentType) ? "text/plain" : "text/html",
        },
        meta: { url },
        fetchedAt,
      };
    } catch (err) {
      yield failure(source, input, "parse", errorMessage(err));
    }
  }
}

/** Writes WARC records (used by tests and the benchmark to build WARC files). */
export function warcRecord(
  type: "response" | "resource" | "warcinfo",
  uri: string,
  block: Buffer,
  date: string,
): Buffer {
  const head = [
    "WARC/1.0",
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${crypto.randomUUID()}>`,
    `WARC-Date: ${date}`,
    `WARC-Target-URI: ${uri}`,
    `Content-Type: ${type === "response" ? "application/http; msgtype=response" : "text/html"}`,
    `Content-Length: ${block.length}`,
  ].join("\r\n");
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from("\r\n\r\n")]);
}

export function httpResponseBlock(html: string): Buffer {
  const body = Buffer.from(html);
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`),
    body,
  ]);
}
