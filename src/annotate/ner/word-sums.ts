/**
 * Per-word cache of summed weights for a frozen (Int16, compact) model. A third of a token's forty-odd features
 * depend on the token alone (`wordFeatures`), and news text repeats its words, so their summed weight row is
 * looked up once per distinct word instead of hashing affixes and reading fifteen random table rows per token.
 * The table holds integers (units of `scale`), so the sums are exact and adding them in another order or grouping
 * gives the same scores bit for bit.
 */
import type { BucketIndex } from "./bucket-index.js";
import { WORD_FEATURES_MAX, wordFeatures } from "./features.js";
import { LABEL_COUNT } from "./labels.js";

/** Distinct words kept before the cache starts over: bounds memory (about 2.4 MB) in a long-running server. */
const WORD_SUMS_CAPACITY = 1 << 16;

export class WordSums {
  readonly #slots = new Map<string, number>();
  readonly #sums = new Int32Array(WORD_SUMS_CAPACITY * LABEL_COUNT);
  readonly #feats = new Int32Array(WORD_FEATURES_MAX);
  readonly #table: Int16Array;
  readonly #rows: BucketIndex;
  readonly #mask: number;

  constructor(table: Int16Array, rows: BucketIndex, bits: number) {
    this.#table = table;
    this.#rows = rows;
    this.#mask = (1 << bits) - 1;
  }

  /** Writes the summed weights of `word`'s word-only features into scores[at .. at + LABEL_COUNT). */
  writeTo(word: string, scores: Float64Array, at: number): void {
    let slot = this.#slots.get(word);
    if (slot === undefined) slot = this.#add(word);
    for (let l = 0; l < LABEL_COUNT; l++) scores[at + l] = this.#sums[slot + l] ?? 0;
  }

  #add(word: string): number {
    if (this.#slots.size === WORD_SUMS_CAPACITY) this.#slots.clear();
    const slot = this.#slots.size * LABEL_COUNT;
    const n = wordFeatures(word, this.#mask, this.#feats);
    this.#sums.fill(0, slot, slot + LABEL_COUNT);
    for (let f = 0; f < n; f++) {
      const row = this.#rows.rowOf((this.#feats[f] ?? 0) / LABEL_COUNT);
      for (let l = 0; l < LABEL_COUNT; l++)
        this.#sums[slot + l] = (this.#sums[slot + l] ?? 0) + (this.#table[row + l] ?? 0);
    }
    this.#slots.set(word, slot);
    return slot;
  }
}

const cacheOf = new WeakMap<object, WordSums>();

/** The cache for a frozen model's table (one per table, made on first use). */
export function wordSumsFor(table: Int16Array, rows: BucketIndex, bits: number): WordSums {
  let sums = cacheOf.get(table);
  if (sums === undefined) {
    sums = new WordSums(table, rows, bits);
    cacheOf.set(table, sums);
  }
  return sums;
}
