/**
 * Summed weight rows of feature groups that depend on one small integer key (a case context, a pair of previous
 * tags), for a frozen (Int16, compact) model. A key has at most a few thousand values, so its features' rows are
 * summed once, on first use, into one small array that stays in the CPU cache; a token then reads one row instead
 * of hashing and looking up several rows scattered over the table. The table holds integers, so the sums are exact
 * and the scores come out the same bit for bit (as with word-sums.ts).
 */
import type { BucketIndex } from "./bucket-index.js";
import { LABEL_COUNT } from "./labels.js";

/** Writes the row offsets of a key's features into `out` from 0; returns how many. */
export type KeyFeatures = (key: number, mask: number, out: Int32Array) => number;

export class KeyedRows {
  /** sums[key * LABEL_COUNT + label], valid where filled[key] is 1. */
  readonly #sums: Int32Array;
  readonly #filled: Uint8Array;
  readonly #feats: Int32Array;
  readonly #table: Int16Array;
  readonly #rows: BucketIndex;
  readonly #mask: number;
  readonly #features: KeyFeatures;

  /** `keys`: the number of keys (0 ≤ key < keys); `maxFeatures`: the most features a key has. */
  constructor(
    table: Int16Array,
    rows: BucketIndex,
    bits: number,
    keys: number,
    maxFeatures: number,
    features: KeyFeatures,
  ) {
    this.#sums = new Int32Array(keys * LABEL_COUNT);
    this.#filled = new Uint8Array(keys);
    this.#feats = new Int32Array(maxFeatures);
    this.#table = table;
    this.#rows = rows;
    this.#mask = (1 << bits) - 1;
    this.#features = features;
  }

  /** Adds the summed weights of the key's features into scores[at .. at + LABEL_COUNT). */
  addTo(key: number, scores: Float64Array, at: number): void {
    if (this.#filled[key] !== 1) this.#fill(key);
    const from = key * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) scores[at + l] = (scores[at + l] ?? 0) + (this.#sums[from + l] ?? 0);
  }

  #fill(key: number): void {
    const count = this.#features(key, this.#mask, this.#feats);
    const at = key * LABEL_COUNT;
    for (let f = 0; f < count; f++) {
      const row = this.#rows.rowOf((this.#feats[f] ?? 0) / LABEL_COUNT);
      for (let l = 0; l < LABEL_COUNT; l++)
        this.#sums[at + l] = (this.#sums[at + l] ?? 0) + (this.#table[row + l] ?? 0);
    }
    this.#filled[key] = 1;
  }
}
