/** JSONL sources: one article record per line (field mapping in record-fields.ts); `.gz` files are gunzipped. */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { errorMessage, failure, type SourceEvent } from "../item.js";
import { mapRecord } from "./record-fields.js";

const encoder = new TextEncoder();

export function readMaybeGzip(path: string): Buffer {
  const raw = readFileSync(path);
  return path.endsWith(".gz") ? gunzipSync(raw) : raw;
}

/** A record as an item: the line's bytes are the original; analyze() reads the text field. */
export function recordItem(source: string, input: string, raw: Uint8Array, value: unknown): SourceEvent {
  try {
    const { text, meta } = mapRecord(value);
    return {
      kind: "item",
      source,
      input,
      bytes: raw,
      analyzeInput: text,
      options: { name: input, url: meta.url, published: meta.published, outlet: meta.outlet, mediaType: "text/plain" },
      meta,
      fetchedAt: new Date().toISOString(),
    };
  } catch (err) {
    return failure(source, input, "parse", errorMessage(err));
  }
}

export function* readJsonl(path: string, source = path): Generator<SourceEvent> {
  let content: string;
  try {
    content = readMaybeGzip(path).toString("utf8");
  } catch (err) {
    yield failure(source, path, "read", errorMessage(err));
    return;
  }
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    const input = `${path}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield failure(source, input, "parse", `invalid JSON: ${errorMessage(err)}`);
      continue;
    }
    yield recordItem(source, input, encoder.encode(line), value);
  }
}

/** Counts records without parsing them, for the progress ETA. */
export function countJsonl(path: string): number {
  try {
    return readMaybeGzip(path)
      .toString("utf8")
      .split("\n")
      .filter((l) => l.trim() !== "").length;
  } catch {
    return 0;
  }
}
