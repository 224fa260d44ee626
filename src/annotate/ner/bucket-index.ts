/**
 * Which buckets of the hashed weight table keep a row in the compact table (weights-file.ts `compactTable`), as a
 * bitmap plus the number of kept rows before each 32-bucket word. For the shipped 2^21 buckets that is 512 KB
 * where an Int32 row offset per bucket took 8 MB: tagging looks buckets up at random, and the small index stays in
 * the CPU cache, so a look-up costs about a quarter less despite the bit count (and 8 MB less stays resident).
 */
import { LABEL_COUNT } from "./labels.js";

/** Buckets per bitmap word. */
const WORD_BITS = 32;

/** Set bits of a 32-bit integer (SWAR population count). */
function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export class BucketIndex {
  /** Number of buckets indexed. */
  readonly buckets: number;
  /**
   * Two entries per 32-bucket word: at 2w the bits (bit b % 32 set when bucket b keeps a row), at 2w + 1 the row
   * number of the word's first kept bucket (1 + kept buckets before it; row 0 is the zero row). Side by side, a
   * look-up reads one cache line where two separate arrays cost two misses.
   */
  readonly #words: Uint32Array;

  /** Indexes the buckets for which `keeps(bucket)` holds; they get rows 1, 2, … in bucket order. */
  constructor(buckets: number, keeps: (bucket: number) => boolean) {
    this.buckets = buckets;
    const words = Math.ceil(buckets / WORD_BITS);
    this.#words = new Uint32Array(2 * words);
    let row = 1;
    for (let w = 0; w < words; w++) {
      let bits = 0;
      for (let b = w * WORD_BITS; b < Math.min(buckets, (w + 1) * WORD_BITS); b++)
        if (keeps(b)) bits |= 1 << (b % WORD_BITS);
      this.#words[2 * w] = bits;
      this.#words[2 * w + 1] = row;
      row += popcount(bits);
    }
  }

  /** Offset of the bucket's row in the compact table: 0 (the shared zero row) when the bucket keeps none. */
  rowOf(bucket: number): number {
    const at = (bucket >>> 5) << 1;
    const bits = this.#words[at] ?? 0;
    const bit = 1 << (bucket & (WORD_BITS - 1));
    if ((bits & bit) === 0) return 0;
    return ((this.#words[at + 1] ?? 0) + popcount(bits & (bit - 1))) * LABEL_COUNT;
  }
}
