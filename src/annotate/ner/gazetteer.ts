/**
 * Name lists as tagger features: each token learns whether it begins, continues, ends or is a whole listed phrase
 * of a category (first name, country, city, …). The lists are built at training time (gazetteer-sources.ts) and
 * shipped as models/ner/ner-gazetteer.tsv.gz; lookups go by a hash of the lowercased tokens, so matching costs a
 * few Map reads per token.
 */
import { hashString, mix } from "./hash.js";

/** Categories in file order; a token's matches are a bitmask over them. */
export const GAZ_CATEGORIES = [
  "first-name",
  "last-name",
  "person",
  "country",
  "region",
  "city",
  "place",
  "organization",
  "sports-team",
  "demonym",
  "honorific",
  // Words written in lower case in the training text: "VISITS" in an all-caps headline is a verb, not a name.
  "common-word",
  // Names seen as entities in the training data (jackknifed during training: a document never sees its own).
  "train-per",
  "train-org",
  "train-loc",
  "train-misc",
] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

/** Longest phrase looked up, in tokens (longer list entries are dropped). */
export const GAZ_MAX_TOKENS = 5;

export interface Gazetteer {
  /** Hash of the lowercased token sequence → bitmask of categories. */
  readonly phrases: Map<number, number>;
}

export function phraseHash(lowerHashes: ArrayLike<number>, from: number, to: number): number {
  let h = 0x2545f491;
  for (let i = from; i < to; i++) h = mix(h, lowerHashes[i] ?? 0);
  return h;
}

/** Parses `category<TAB>token token …` lines. */
export function parseGazetteer(text: string): Gazetteer {
  const phrases = new Map<number, number>();
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const cat = GAZ_CATEGORIES.indexOf(line.slice(0, tab) as GazCategory);
    const tokens = line.slice(tab + 1).split(" ");
    if (cat < 0 || tokens.length > GAZ_MAX_TOKENS) continue;
    const hashes = tokens.map((t) => hashString(t.toLowerCase()));
    const h = phraseHash(hashes, 0, hashes.length);
    phrases.set(h, (phrases.get(h) ?? 0) | (1 << cat));
  }
  return { phrases };
}

/** Bits of the phrase filter: 2^18 bits (32 KB) leave about one look-up in twenty for the 15,000 listed phrases. */
const FILTER_BITS = 18;
const FILTER_WORD_MASK = (1 << (FILTER_BITS - 5)) - 1;
const phraseFilters = new WeakMap<Gazetteer, Uint32Array>();

/**
 * A bitmap with the bit of every listed phrase hash set (its low FILTER_BITS bits). Almost every window of tokens
 * `matchGazetteer` tries is not a listed phrase, and the bitmap says so without a Map look-up; a set bit only
 * means "maybe", so the Map still decides, and matches are exactly the Map's.
 */
function phraseFilterOf(gaz: Gazetteer): Uint32Array {
  let filter = phraseFilters.get(gaz);
  if (filter === undefined) {
    filter = new Uint32Array(1 << (FILTER_BITS - 5));
    for (const h of gaz.phrases.keys()) {
      const word = (h >>> 5) & FILTER_WORD_MASK;
      filter[word] = (filter[word] ?? 0) | (1 << (h & 31));
    }
    phraseFilters.set(gaz, filter);
  }
  return filter;
}

const mayBeListed = (filter: Uint32Array, h: number): boolean =>
  ((filter[(h >>> 5) & FILTER_WORD_MASK] ?? 0) & (1 << (h & 31))) !== 0;

/** Position of a token inside a matched phrase: Begin, Inside, Last, Unit (one-token phrase). */
export const GAZ_POS = { B: 0, I: 1, L: 2, U: 3 } as const;

/**
 * For each token and position, the categories of listed phrases covering it: out[pos * n + i] is a bitmask.
 * Written into `room` (its first 4n entries) when it is long enough, else into a new array.
 * Every listed phrase is matched, overlapping ones included; the tagger weighs them. Every window is looked up,
 * even where no listed phrase starts with its first words: a window whose hash equals a listed phrase's by chance
 * matches too (the model was trained that way), so stopping early would change the tags.
 */
export function matchGazetteer(gaz: Gazetteer, lowerHashes: Int32Array, room?: Uint16Array): Uint16Array {
  const n = lowerHashes.length;
  const out = room !== undefined && room.length >= 4 * n ? room.fill(0, 0, 4 * n) : new Uint16Array(4 * n);
  const filter = phraseFilterOf(gaz);
  for (let i = 0; i < n; i++) {
    let h = 0x2545f491;
    for (let len = 1; len <= GAZ_MAX_TOKENS && i + len <= n; len++) {
      h = mix(h, lowerHashes[i + len - 1] ?? 0);
      if (!mayBeListed(filter, h)) continue;
      const cats = gaz.phrases.get(h);
      if (cats === undefined) continue;
      if (len === 1) {
        out[GAZ_POS.U * n + i] = (out[GAZ_POS.U * n + i] ?? 0) | cats;
        continue;
      }
      out[GAZ_POS.B * n + i] = (out[GAZ_POS.B * n + i] ?? 0) | cats;
      for (let k = i + 1; k < i + len - 1; k++) out[GAZ_POS.I * n + k] = (out[GAZ_POS.I * n + k] ?? 0) | cats;
      out[GAZ_POS.L * n + i + len - 1] = (out[GAZ_POS.L * n + i + len - 1] ?? 0) | cats;
    }
  }
  return out;
}
