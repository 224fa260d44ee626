/** JSONL sources: one article record per line (field mapping in record-fields.ts); `.gz` files are gunzipped. */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { errorMessage, failure, type SourceEvent } from "../item.js";
import { mapRecord } from "./record-fields.js";

const encoder = new TextEncoder();

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

/** Lines of a (possibly gzipped) file, streamed: a 100k-article dump never sits in memory whole. */
async function* lines(path: string): AsyncGenerator<string> {
  const raw = createReadStream(path);
  const input = path.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  yield* createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

export async function* readJsonl(path: string, source = path): AsyncGenerator<SourceEvent> {
  let n = 0;
  try {
    for await (const line of lines(path)) {
      n++;
      if (line.trim() === "") continue;
      const input = `${path}:${n}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        yield failure(source, input, "parse", `invalid JSON: ${errorMessage(err)}`);
        continue;
      }
      yield recordItem(source, input, encoder.encode(line), value);
    }
  } catch (err) {
    yield failure(source, n === 0 ? path : `${path}:${n + 1}`, "read", errorMessage(err));
  }
}

/** Counts records without parsing them, for the progress ETA. */
export async function countJsonl(path: string): Promise<number> {
  let count = 0;
  try {
    for await (const line of lines(path)) if (line.trim() !== "") count++;
  } catch {
    // An unreadable file is reported by the ingest itself; the ETA just goes without it.
  }
  return count;
}
