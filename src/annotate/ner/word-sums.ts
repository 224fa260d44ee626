/**
 * Per-word cache for a frozen (Int16, compact) model. Most of a token's forty-odd features depend on one word
 * alone: its own word, shape and affixes (`wordFeatures`), and the words one and two to either side of it
 * (`neighbourFeatures`, what the tagger reads of a neighbour). News text repeats its words, so for each distinct
 * word the cache keeps five summed weight rows, its own and the one it gives each neighbouring position, and a
 * token's share of them is read from five cache rows instead of hashing affixes and reading about twenty-five
 * random table rows. It also keeps the word's hashes, case class and lower case (`TokenValues`), so tagging does
 * not redo them (nor allocate a lower-cased copy) for every token.
 * The table holds integers (units of `scale`), so the sums are exact and adding them in another order or grouping
 * gives the same scores bit for bit.
 */
import { detached } from "../../core/detached.js";
import type { BucketIndex } from "./bucket-index.js";
import {
  boundaryHash,
  NEIGHBOUR_FEATURES_MAX,
  NEIGHBOUR_ROLES,
  type NeighbourRole,
  neighbourFeatures,
  TAG_WORD_FEATURES_MAX,
  type TokenValues,
  tagNextWordFeatures,
  tagOwnWordFeatures,
  WORD_FEATURES_MAX,
  wordFeatures,
  wordValues,
} from "./features.js";
import { LABEL_COUNT } from "./labels.js";

/**
 * Summed rows kept per word: its own features, what it gives a token as each neighbour role, and the dynamic
 * features it takes part in after an "O" tag (most tokens follow one): its own (`afterOutside`) and the one it
 * gives the token before it as that token's next word (`nextAfterOutside`).
 */
const PART: Readonly<Record<"self" | NeighbourRole | "afterOutside" | "nextAfterOutside", number>> = {
  self: 0,
  prev1: 1,
  prev2: 2,
  next1: 3,
  next2: 4,
  afterOutside: 5,
  nextAfterOutside: 6,
};
const SLOT_SIZE = 7 * LABEL_COUNT;

/** The "O" label: the previous tag of `PART.afterOutside` and `PART.nextAfterOutside`. */
export const OUTSIDE = 0;

/** Pseudo-words standing for every position before a sentence's first token and after its last. */
const BOS_SLOT = 0;
const EOS_SLOT = 1;
const FIRST_WORD_SLOT = 2;

/**
 * Distinct words kept before the cache starts over: bounds memory (about 18 MB when full) in a long-running
 * server. Storage grows as words arrive, so a short run only holds its vocabulary.
 */
const WORD_SUMS_CAPACITY = 1 << 16;
const INITIAL_SLOTS = 1 << 12;

export class WordSums {
  readonly #slots = new Map<string, number>();
  #nextSlot = FIRST_WORD_SLOT;
  #generation = 0;
  /** sums[slot * SLOT_SIZE + PART[part] * LABEL_COUNT + label]. */
  #sums = new Int32Array(INITIAL_SLOTS * SLOT_SIZE);
  #lower = new Int32Array(INITIAL_SLOTS);
  #raw = new Int32Array(INITIAL_SLOTS);
  #shortShape = new Int32Array(INITIAL_SLOTS);
  #cls = new Uint8Array(INITIAL_SLOTS);
  readonly #lowerStr: string[] = [];
  /** `prepare`'s buffers, grown to the longest document so far. */
  #documentInts = new Int32Array(0);
  #documentClasses = new Uint8Array(0);
  #documentSums = new Float64Array(0);
  readonly #feats = new Int32Array(Math.max(WORD_FEATURES_MAX, NEIGHBOUR_FEATURES_MAX, TAG_WORD_FEATURES_MAX));
  readonly #table: Int16Array;
  readonly #rows: BucketIndex;
  readonly #mask: number;
  readonly #capacity: number;

  /** `capacity`: distinct words kept before the cache starts over (a small one lets tests see it start over). */
  constructor(table: Int16Array, rows: BucketIndex, bits: number, capacity = WORD_SUMS_CAPACITY) {
    this.#table = table;
    this.#rows = rows;
    this.#mask = (1 << bits) - 1;
    this.#capacity = capacity;
    this.#fillNeighbourParts(BOS_SLOT, boundaryHash("bos"), boundaryHash("bos"), boundaryHash("bos"));
    this.#fillNeighbourParts(EOS_SLOT, boundaryHash("eos"), boundaryHash("eos"), boundaryHash("eos"));
    this.#sumRows(
      EOS_SLOT,
      PART.nextAfterOutside,
      tagNextWordFeatures(OUTSIDE, boundaryHash("eos"), this.#mask, this.#feats, 0),
    );
  }

  /**
   * Changes whenever the cache starts over: slots handed out under another generation no longer hold their words.
   */
  get generation(): number {
    return this.#generation;
  }

  /**
   * The cache slot of each word of a sentence. Slots stay valid until the next call here or to `prepare`: the cache
   * starts over only at such a call, never in the middle of a sentence.
   */
  slotsOf(words: readonly string[]): Int32Array {
    this.#makeRoom(words.length);
    return this.#slotsOf(words);
  }

  /**
   * The slots and per-token values of every sentence of a document, at once, and room for the tagger's sums. All
   * of it stays valid until the next call here (which reuses the buffers) or to `slotsOf`.
   */
  prepare(sentences: readonly (readonly string[])[]): PreparedSentence[] {
    const total = sentences.reduce((n, words) => n + words.length, 0);
    this.#makeRoom(total);
    // One buffer per kind for the whole document, cut into per-sentence views: a typed array of its own for each
    // sentence and kind cost an allocation outside the heap each, a good part of tagging a short sentence. The
    // buffers are kept for the next document (every entry a document uses is written before it is read).
    if (this.#documentInts.length < 4 * total) {
      this.#documentInts = new Int32Array(4 * total);
      this.#documentClasses = new Uint8Array(total);
      this.#documentSums = new Float64Array(total * LABEL_COUNT);
    }
    const ints = this.#documentInts;
    const classes = this.#documentClasses;
    const sums = this.#documentSums;
    let at = 0;
    return sentences.map((words) => {
      const n = words.length;
      const view = (kind: number): Int32Array => ints.subarray(kind * total + at, kind * total + at + n);
      const prepared: PreparedSentence = {
        generation: this.#generation,
        slots: view(0),
        values: { lower: view(1), raw: view(2), shortShape: view(3), cls: classes.subarray(at, at + n), lowerStr: [] },
        sums: sums.subarray(at * LABEL_COUNT, (at + n) * LABEL_COUNT),
      };
      this.#slotsOf(words, prepared.slots);
      this.#valuesOf(prepared.slots, prepared.values);
      at += n;
      return prepared;
    });
  }

  /** Starts the cache over unless `words` more words fit (bounds memory in a long-running server). */
  #makeRoom(words: number): void {
    if (this.#nextSlot + words <= FIRST_WORD_SLOT + this.#capacity) return;
    this.#slots.clear();
    this.#nextSlot = FIRST_WORD_SLOT;
    this.#generation++;
  }

  #slotsOf(words: readonly string[], slots: Int32Array = new Int32Array(words.length)): Int32Array {
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? "";
      slots[i] = this.#slots.get(word) ?? this.#add(word);
    }
    return slots;
  }

  /** The per-token values of a sentence whose word slots are `slots`. */
  tokenValues(slots: Int32Array): TokenValues {
    const n = slots.length;
    return this.#valuesOf(slots, {
      lower: new Int32Array(n),
      raw: new Int32Array(n),
      shortShape: new Int32Array(n),
      cls: new Uint8Array(n),
      lowerStr: [],
    });
  }

  /** Fills `tv` (arrays of the sentence's length) with the values of the words in `slots`. */
  #valuesOf(slots: Int32Array, tv: TokenValues): TokenValues {
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] ?? 0;
      tv.lower[i] = this.#lower[slot] ?? 0;
      tv.raw[i] = this.#raw[slot] ?? 0;
      tv.shortShape[i] = this.#shortShape[slot] ?? 0;
      tv.cls[i] = this.#cls[slot] ?? 0;
      tv.lowerStr[i] = this.#lowerStr[slot] ?? "";
    }
    return tv;
  }

  /**
   * Writes into scores[at .. at + LABEL_COUNT) the summed weights of token i's `word` and `neighbours` features
   * (see FeatureGroups), for the sentence whose word slots are `slots`.
   */
  writeTo(slots: Int32Array, i: number, scores: Float64Array, at: number): void {
    const n = slots.length;
    const self = (slots[i] ?? 0) * SLOT_SIZE;
    const prev1 = (i >= 1 ? (slots[i - 1] ?? 0) : BOS_SLOT) * SLOT_SIZE + PART.prev1 * LABEL_COUNT;
    const prev2 = (i >= 2 ? (slots[i - 2] ?? 0) : BOS_SLOT) * SLOT_SIZE + PART.prev2 * LABEL_COUNT;
    const next1 = (i + 1 < n ? (slots[i + 1] ?? 0) : EOS_SLOT) * SLOT_SIZE + PART.next1 * LABEL_COUNT;
    const next2 = (i + 2 < n ? (slots[i + 2] ?? 0) : EOS_SLOT) * SLOT_SIZE + PART.next2 * LABEL_COUNT;
    const sums = this.#sums;
    for (let l = 0; l < LABEL_COUNT; l++) {
      scores[at + l] =
        (sums[self + l] ?? 0) +
        (sums[prev1 + l] ?? 0) +
        (sums[prev2 + l] ?? 0) +
        (sums[next1 + l] ?? 0) +
        (sums[next2 + l] ?? 0);
    }
  }

  /**
   * Adds into scores[at .. at + LABEL_COUNT) the summed weights of token i's dynamic features with its own and the
   * next word (`tagOwnWordFeatures`, `tagNextWordFeatures`) when the previous tag is "O", for the sentence whose
   * word slots are `slots`.
   */
  addAfterOutside(slots: Int32Array, i: number, scores: Float64Array, at: number): void {
    const own = (slots[i] ?? 0) * SLOT_SIZE + PART.afterOutside * LABEL_COUNT;
    const next =
      (i + 1 < slots.length ? (slots[i + 1] ?? 0) : EOS_SLOT) * SLOT_SIZE + PART.nextAfterOutside * LABEL_COUNT;
    const sums = this.#sums;
    for (let l = 0; l < LABEL_COUNT; l++)
      scores[at + l] = (scores[at + l] ?? 0) + ((sums[own + l] ?? 0) + (sums[next + l] ?? 0));
  }

  #add(sliced: string): number {
    // The word is kept across articles: as a string of its own, not a view that keeps its article alive.
    const word = detached(sliced);
    const slot = this.#nextSlot++;
    if (slot >= this.#lower.length) this.#grow(slot + 1);
    const v = wordValues(word);
    this.#lower[slot] = v.lower;
    this.#raw[slot] = v.raw;
    this.#shortShape[slot] = v.shortShape;
    this.#cls[slot] = v.cls;
    this.#lowerStr[slot] = v.lowerStr;
    this.#sumRows(slot, PART.self, wordFeatures(word, this.#mask, this.#feats));
    this.#fillNeighbourParts(slot, v.lower, v.raw, v.shortShape);
    const mask = this.#mask;
    this.#sumRows(slot, PART.afterOutside, tagOwnWordFeatures(OUTSIDE, v.lower, v.shortShape, mask, this.#feats, 0));
    this.#sumRows(slot, PART.nextAfterOutside, tagNextWordFeatures(OUTSIDE, v.lower, mask, this.#feats, 0));
    this.#slots.set(word, slot);
    return slot;
  }

  #fillNeighbourParts(slot: number, lower: number, raw: number, shortShape: number): void {
    for (const role of NEIGHBOUR_ROLES)
      this.#sumRows(slot, PART[role], neighbourFeatures(role, lower, raw, shortShape, this.#mask, this.#feats));
  }

  /** Sums the table rows of this.#feats[0, count) into the slot's part. */
  #sumRows(slot: number, part: number, count: number): void {
    const at = slot * SLOT_SIZE + part * LABEL_COUNT;
    this.#sums.fill(0, at, at + LABEL_COUNT);
    for (let f = 0; f < count; f++) {
      const row = this.#rows.rowOf((this.#feats[f] ?? 0) / LABEL_COUNT);
      for (let l = 0; l < LABEL_COUNT; l++)
        this.#sums[at + l] = (this.#sums[at + l] ?? 0) + (this.#table[row + l] ?? 0);
    }
  }

  /** Grows the per-slot arrays to hold at least `slots` slots (doubling, so growth costs little overall). */
  #grow(slots: number): void {
    const size = Math.max(slots, this.#lower.length * 2);
    this.#sums = grownInt32(this.#sums, size * SLOT_SIZE);
    this.#lower = grownInt32(this.#lower, size);
    this.#raw = grownInt32(this.#raw, size);
    this.#shortShape = grownInt32(this.#shortShape, size);
    const cls = new Uint8Array(size);
    cls.set(this.#cls);
    this.#cls = cls;
  }
}

function grownInt32(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

/** A sentence's word slots in a `WordSums` and the per-token values they give. */
export interface PreparedSentence {
  /** The cache generation the slots belong to (`WordSums.generation`). */
  readonly generation: number;
  readonly slots: Int32Array;
  readonly values: TokenValues;
  /** Room for the tagger's per-token sums of the sentence (LABEL_COUNT per token). */
  readonly sums: Float64Array;
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
