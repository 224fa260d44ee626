/**
 * The shipped model: models/ner/ner-model.json (metadata) + models/ner/ner-weights.i16.gz (the hashed weight table,
 * Int16 little-endian, gzip). Weights are quantised linearly: value = int16 × scale. The many tiny averaged weights
 * of rare features round to 0, which cost nothing on dev (F1 moved by < 0.001) and lets gzip shrink the 38 MB
 * table to under 1 MB. In memory the table stays Int16 and compact (`compactTable`); the tagger applies `scale` only
 * where real units matter.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { BucketIndex } from "./bucket-index.js";
import { parseGazetteer } from "./gazetteer.js";
import { LABEL_COUNT, TAGS } from "./labels.js";
import type { Weights } from "./tagger.js";

export const META_FILE = "ner-model.json";
export const WEIGHTS_FILE = "ner-weights.i16.gz";
export const GAZETTEER_FILE = "ner-gazetteer.tsv.gz";

export interface NerModelMeta {
  readonly format: "sift-ner-hashed-perceptron/1";
  readonly bits: number;
  readonly scale: number;
  /** Softmax temperature turning perceptron scores into the 0..1 span scores (fitted on dev log-loss). */
  readonly temperature: number;
  readonly tags: readonly string[];
  readonly [extra: string]: unknown;
}

export function quantise(table: Float32Array | Int16Array): { data: Int16Array; scale: number } {
  let maxAbs = 0;
  for (let i = 0; i < table.length; i++) maxAbs = Math.max(maxAbs, Math.abs(table[i] ?? 0));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const data = new Int16Array(table.length);
  for (let i = 0; i < table.length; i++) data[i] = Math.round((table[i] ?? 0) / scale);
  return { data, scale };
}

/**
 * Keeps only the buckets with a non-zero weight. Averaging and Int16 rounding leave about one bucket in twenty
 * non-zero, so the compact rows plus a bitmap index (`BucketIndex`) take about 2.4 MB of resident memory instead
 * of the full table's 38 MB, and the look-ups touch a smaller, more cache-friendly table. Row 0 is the shared
 * zero row.
 */
export function compactTable(full: Int16Array): { table: Int16Array; rows: BucketIndex } {
  const buckets = full.length / LABEL_COUNT;
  // Which buckets keep a row, found once (the index, the count and the copy all need it).
  const keeps = new Uint8Array(buckets);
  let kept = 1;
  for (let b = 0; b < buckets; b++)
    for (let l = 0; l < LABEL_COUNT; l++)
      if (full[b * LABEL_COUNT + l] !== 0) {
        keeps[b] = 1;
        kept++;
        break;
      }
  const rows = new BucketIndex(buckets, (b) => keeps[b] === 1);
  const table = new Int16Array(kept * LABEL_COUNT);
  let next = LABEL_COUNT;
  for (let b = 0; b < buckets; b++) {
    if (keeps[b] !== 1) continue;
    table.set(full.subarray(b * LABEL_COUNT, (b + 1) * LABEL_COUNT), next);
    next += LABEL_COUNT;
  }
  return { table, rows };
}

/** The full bucket-major table of `weights`, expanding a compact one. */
export function fullTable(weights: Weights): Float32Array | Int16Array {
  const { table, rows } = weights;
  if (rows === undefined) return table;
  const full = new Int16Array(rows.buckets * LABEL_COUNT);
  for (let b = 0; b < rows.buckets; b++) {
    const row = rows.rowOf(b);
    if (row !== 0) full.set(table.subarray(row, row + LABEL_COUNT), b * LABEL_COUNT);
  }
  return full;
}

export function saveModel(
  dir: string,
  weights: Weights,
  gazetteerLines: readonly string[] | undefined,
  meta: { readonly temperature: number; readonly [extra: string]: unknown },
): void {
  const { data, scale } = quantise(fullTable(weights));
  mkdirSync(dir, { recursive: true });
  if (gazetteerLines !== undefined) {
    writeFileSync(join(dir, GAZETTEER_FILE), gzipSync(Buffer.from(`${gazetteerLines.join("\n")}\n`), { level: 9 }));
  }
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  writeFileSync(join(dir, WEIGHTS_FILE), gzipSync(bytes, { level: 9 }));
  const full: NerModelMeta = {
    format: "sift-ner-hashed-perceptron/1",
    bits: weights.bits,
    scale,
    tags: TAGS,
    gazetteer: gazetteerLines !== undefined,
    ...meta,
    temperature: meta.temperature,
  };
  writeFileSync(join(dir, META_FILE), `${JSON.stringify(full, null, 2)}\n`);
}

export function readModel(dir: string): { weights: Weights; meta: NerModelMeta } {
  const meta = JSON.parse(readFileSync(join(dir, META_FILE), "utf8")) as NerModelMeta;
  if (meta.format !== "sift-ner-hashed-perceptron/1")
    throw new Error(`unknown NER model format ${String(meta.format)}`);
  if (meta.tags.join(" ") !== TAGS.join(" ")) throw new Error("NER model was trained with another tag set");
  const expected = (1 << meta.bits) * LABEL_COUNT;
  // Inflate into one output chunk of the known size: with zlib's default 16 KB chunks, thousands of small blocks
  // plus their concatenation briefly doubled the 38 MB table, and the allocator kept that memory resident.
  const raw = gunzipSync(readFileSync(join(dir, WEIGHTS_FILE)), { chunkSize: expected * 2 + 1 });
  if (raw.byteLength !== expected * 2)
    throw new Error(`NER weights: ${raw.byteLength} bytes, expected ${expected * 2}`);
  // Copy out of the Buffer only when it is not 2-byte aligned (a large Buffer is its own allocation, so rarely).
  const full =
    raw.byteOffset % 2 === 0
      ? new Int16Array(raw.buffer, raw.byteOffset, expected)
      : new Int16Array(new Uint8Array(raw).buffer, 0, expected);
  const gazPath = join(dir, GAZETTEER_FILE);
  const gazetteer =
    meta.gazetteer === true && existsSync(gazPath)
      ? parseGazetteer(gunzipSync(readFileSync(gazPath)).toString("utf8"))
      : undefined;
  if (meta.gazetteer === true && gazetteer === undefined) throw new Error(`NER gazetteer missing: ${gazPath}`);
  return { weights: { ...compactTable(full), scale: meta.scale, bits: meta.bits, gazetteer }, meta };
}
