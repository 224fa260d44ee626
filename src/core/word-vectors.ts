/**
 * Pre-trained word vectors (GloVe 6B, 100 dimensions, lower-cased words; see models/embeddings/README.md), shared by
 * the trained models that need word meaning beyond the words seen in their own small training sets: two sentences
 * that say the same thing in different words, or an insult the training data never used.
 *
 * The file (`glove-100d.bin`, written by scripts/build-embeddings.ts) is:
 *   "SWV1" · uint32 words · uint32 dimensions · float32 scale per word · int8 values (word-major) · words, "\n"-joined
 * Values stay as bytes in memory (6.4 MB for 64,000 words); a vector is value × its word's scale.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fnv1a } from "./fnv.js";
import { modelsDir } from "./paths.js";

const MAGIC = "SWV1";
const HEADER_BYTES = 12;
/** Bytes keep the largest |value| of each vector at 127, so the relative rounding error is at most 1/254. */
const BYTE_RANGE = 127;

export interface WordVectors {
  readonly dimensions: number;
  readonly size: number;
  /** The row of a word (looked up as given: the vectors' words are lower case), or -1 when it has none. */
  rowOf(word: string): number;
  /** Adds weight × the row's vector scaled to unit length into `into`. */
  addUnit(into: Float32Array, row: number, weight?: number): void;
  /** Cosine similarity of two rows. */
  cosine(a: number, b: number): number;
  /** The length of the row's GloVe vector (frequent function words are short, rare content words long). */
  norm(row: number): number;
  /** The word of a row. */
  wordAt(row: number): string;
}

/** Serialises vectors (one per word, each of `dimensions` values) into the file format above. */
export function encodeWordVectors(words: readonly string[], vectors: readonly number[][], dimensions: number): Buffer {
  const count = words.length;
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, "latin1");
  header.writeUInt32LE(count, 4);
  header.writeUInt32LE(dimensions, 8);
  const scales = new Float32Array(count);
  const values = new Int8Array(count * dimensions);
  for (let w = 0; w < count; w++) {
    const vector = vectors[w] ?? [];
    let largest = 0;
    for (const v of vector) largest = Math.max(largest, Math.abs(v));
    const scale = largest > 0 ? largest / BYTE_RANGE : 1;
    scales[w] = scale;
    for (let d = 0; d < dimensions; d++) values[w * dimensions + d] = Math.round((vector[d] ?? 0) / scale);
  }
  return Buffer.concat([
    header,
    Buffer.from(scales.buffer),
    Buffer.from(values.buffer),
    Buffer.from(words.join("\n"), "utf8"),
  ]);
}

/** Reads the file format above; `source` names the input in errors. */
export function decodeWordVectors(bytes: Buffer, source: string): WordVectors {
  if (bytes.length < HEADER_BYTES || bytes.toString("latin1", 0, 4) !== MAGIC)
    throw new Error(`${source}: not a Sift word-vector file (no ${MAGIC} header)`);
  const size = bytes.readUInt32LE(4);
  const dimensions = bytes.readUInt32LE(8);
  const valuesAt = HEADER_BYTES + size * 4;
  const wordsAt = valuesAt + size * dimensions;
  if (bytes.length < wordsAt) throw new Error(`${source}: truncated (${bytes.length} bytes, ${wordsAt} expected)`);
  // Views on the file's bytes, not copies (6.4 MB of values): bytes need no alignment, and the scales are copied only
  // when the Buffer sits at an offset that a Float32Array cannot view.
  const scalesAt = bytes.byteOffset + HEADER_BYTES;
  const scales =
    scalesAt % 4 === 0
      ? new Float32Array(bytes.buffer, scalesAt, size)
      : new Float32Array(bytes.buffer.slice(scalesAt, scalesAt + size * 4));
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + valuesAt, size * dimensions);
  // The words stay one string with their start offsets, found through an open-addressing table of FNV-1a hashes:
  // 64,000 separate strings in a Map cost several megabytes more of the analysis's memory.
  const blob = bytes.toString("utf8", wordsAt);
  const starts = new Uint32Array(size + 1);
  let at = 0;
  for (let w = 0; w < size; w++) {
    starts[w] = at;
    const next = blob.indexOf("\n", at);
    const last = w === size - 1;
    if (last ? next >= 0 : next < 0) throw new Error(`${source}: the word list does not hold ${size} words`);
    at = last ? blob.length + 1 : next + 1;
  }
  starts[size] = blob.length + 1;
  const wordAt = (row: number): string => blob.slice(starts[row], (starts[row + 1] as number) - 1);
  let capacity = 1;
  while (capacity < size * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  for (let w = 0; w < size; w++) {
    const word = wordAt(w);
    let i = fnv1a(word) & mask;
    while (slots[i] !== -1 && wordAt(slots[i] as number) !== word) i = (i + 1) & mask;
    if (slots[i] === -1) slots[i] = w;
  }
  const rowOf = (word: string): number => {
    for (let i = fnv1a(word) & mask; ; i = (i + 1) & mask) {
      const row = slots[i] as number;
      if (row === -1) return -1;
      const start = starts[row] as number;
      if ((starts[row + 1] as number) - 1 - start === word.length && blob.startsWith(word, start)) return row;
    }
  };
  // Per row, the factor that turns its bytes into a unit vector.
  const unit = new Float32Array(size);
  for (let w = 0; w < size; w++) {
    let sum = 0;
    for (let d = w * dimensions; d < (w + 1) * dimensions; d++) sum += (values[d] as number) ** 2;
    unit[w] = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  }
  return {
    dimensions,
    size,
    rowOf,
    addUnit(into, row, weight = 1) {
      const factor = (unit[row] as number) * weight;
      const base = row * dimensions;
      for (let d = 0; d < dimensions; d++) into[d] = (into[d] as number) + (values[base + d] as number) * factor;
    },
    norm: (row) => (scales[row] as number) / ((unit[row] as number) || 1),
    wordAt,
    cosine(a, b) {
      let dot = 0;
      for (let d = 0; d < dimensions; d++)
        dot += (values[a * dimensions + d] as number) * (values[b * dimensions + d] as number);
      return dot * (unit[a] as number) * (unit[b] as number);
    },
  };
}

let shipped: WordVectors | undefined;

/** The shipped vectors, read from models/embeddings on first use and cached. */
export function loadWordVectors(): WordVectors {
  if (shipped === undefined) {
    const path = join(modelsDir, "embeddings", "glove-100d.bin");
    shipped = decodeWordVectors(readFileSync(path), path);
  }
  return shipped;
}

/**
 * The mean of the unit vectors of the words that have one (lower-cased here), itself scaled to unit length; all
 * zeros when no word has a vector. `count` in the result says how many words contributed.
 */
export function meanUnitVector(vectors: WordVectors, words: Iterable<string>): { vector: Float32Array; count: number } {
  const vector = new Float32Array(vectors.dimensions);
  let count = 0;
  for (const word of words) {
    const row = vectors.rowOf(word.toLowerCase());
    if (row < 0) continue;
    vectors.addUnit(vector, row);
    count++;
  }
  let norm = 0;
  for (const v of vector) norm += v * v;
  if (norm > 0) {
    const inverse = 1 / Math.sqrt(norm);
    for (let d = 0; d < vector.length; d++) vector[d] = (vector[d] as number) * inverse;
  }
  return { vector, count };
}
