/**
 * Hashed features of a sentence for the greedy tagger. Static features (word, shape, affixes, neighbours ±2,
 * document context) are computed once per token; dynamic ones (the two previous predicted tags, alone and with the
 * word) are added while decoding left to right. A feature is a bucket in a weight table with one row of
 * LABEL_COUNT weights, so `feats` holds row offsets (bucket × LABEL_COUNT) ready to index the table.
 */
import { caseClass, type DocContext, FORM, isAllCapsSentence } from "./doc-context.js";
import { type Gazetteer, matchGazetteer } from "./gazetteer.js";
import { hashString, mix } from "./hash.js";
import { LABEL_COUNT } from "./labels.js";

/** Template ids: the first argument of every `mix`, so equal values under different templates land apart. */
const T = {
  bias: 1,
  word: 2,
  lower: 3,
  shape: 4,
  shortShape: 5,
  prefix: 6, // +k for k = 1..4 → 6..9
  suffix: 10, // +k → 10..13
  caseCtx: 14,
  prev1: 15,
  next1: 16,
  prev2: 17,
  next2: 18,
  prevShape1: 19,
  nextShape1: 20,
  prevShape2: 21,
  nextShape2: 22,
  bigramLeft: 23,
  bigramRight: 24,
  shapeTrigram: 25,
  chars: 26,
  lengthCase: 27,
  docForms: 28,
  docFormBit: 29,
  historyTop: 30,
  historyMask: 31,
  capRun: 32,
  prevWordShape: 33,
  shapeNextWord: 34,
  prevRaw: 35,
  nextRaw: 36,
  gaz: 37,
  gazCase: 38,
  gazNext: 39,
  tag1: 40,
  tag12: 41,
  tag1Word: 42,
  tag1Shape: 43,
  tag1Next: 44,
} as const;

export const STATIC_PER_TOKEN_MAX = 48;
/** Cap on gazetteer features per token (each position × category that matched, plain and with the case). */
const GAZ_PER_TOKEN_MAX = 24;
export const DYNAMIC_PER_TOKEN = 5;

/** The FORM bits in declaration order (hoisted: `Object.values` per token allocated an array each time). */
const FORM_BITS: readonly number[] = Object.values(FORM);

const BOS = hashString("<s>");
const EOS = hashString("</s>");

/** "McDonald's" → "XxXxxx'x": upper X, lower x, digit d, other kept; runs longer than 3 cut to 3 (long words alike). */
function shapes(w: string): [number, number] {
  let full = 0x811c9dc5;
  let short = 0x811c9dc5;
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let s: number;
    if (c >= 65 && c <= 90) s = 88;
    else if (c >= 97 && c <= 122) s = 120;
    else if (c >= 48 && c <= 57) s = 100;
    else if (c > 127) {
      const ch = w[i] ?? "";
      s = ch.toLowerCase() !== ch ? 88 : ch.toUpperCase() !== ch ? 120 : c;
    } else s = c;
    if (s === last) run++;
    else run = 1;
    if (run <= 3) full = Math.imul(full ^ s, 0x01000193);
    if (run === 1) short = Math.imul(short ^ s, 0x01000193);
    last = s;
  }
  return [full | 0, short | 0];
}

/** Bit flags of characters that mark names, numbers and codes. */
function charFlags(w: string): number {
  let f = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) f |= 1;
    else if (c === 45)
      f |= 2; // hyphen: "Bosnian-Serb", "pro-Western"
    else if (c === 46)
      f |= 4; // period: "U.S.", "Mr."
    else if (c === 38)
      f |= 8; // ampersand: "AT&T"
    else if (c === 39) f |= 16; // apostrophe: "O'Brien"
  }
  return f;
}

/** First features of a token that depend on the token alone: bias, word, lower case, shapes, affixes. */
function putWordHead(
  w: string,
  raw: number,
  lower: number,
  shape: number,
  shortShape: number,
  put: (h: number) => void,
): void {
  put(T.bias);
  put(mix(T.word, raw));
  put(mix(T.lower, lower));
  put(mix(T.shape, shape));
  put(mix(T.shortShape, shortShape));
  const len = w.length;
  for (let p = 1; p <= 4 && p <= len; p++) put(mix(T.prefix + p - 1, hashString(w, 0, p)));
  for (let p = 1; p <= 4 && p <= len; p++) put(mix(T.suffix + p - 1, hashString(w, len - p, len)));
}

/** Later features of a token that depend on the token alone (its characters and length, with its case class). */
function putWordTail(w: string, c: number, put: (h: number) => void): void {
  put(mix(T.chars, charFlags(w) * 8 + c));
  put(mix(T.lengthCase, Math.min(w.length, 8) * 8 + c));
}

/** Most features `wordFeatures` writes. */
export const WORD_FEATURES_MAX = 15;

/**
 * The row offsets of the features of `w` that depend on nothing but `w` (the `word` group of `featuresOf`),
 * written to `out` from 0; returns how many.
 */
export function wordFeatures(w: string, mask: number, out: Int32Array): number {
  let k = 0;
  const put = (h: number): void => {
    out[k++] = (h & mask) * LABEL_COUNT;
  };
  const [shape, shortShape] = shapes(w);
  putWordHead(w, hashString(w), hashString(w.toLowerCase()), shape, shortShape, put);
  putWordTail(w, caseClass(w), put);
  return k;
}

export interface SentenceFeatures {
  readonly n: number;
  /** Row offsets into the weight table, token by token. */
  readonly feats: Int32Array;
  /** Token i's features are feats[starts[i] .. starts[i+1]). */
  readonly starts: Int32Array;
  readonly lower: Int32Array;
  readonly shortShape: Int32Array;
  /**
   * Token i's features in feats[historyAt[i] .. starts[i+1]) depend on what the tagger gave the same word
   * elsewhere in the document (DocContext.history); all before them depend only on the document's words.
   */
  readonly historyAt: Int32Array;
  /** Lower-cased tokens and case classes: what `historyFeatures` needs to redo the history part. */
  readonly lowerStr: readonly string[];
  readonly cls: Uint8Array;
  /**
   * When the `context` group was left out: per token, the key of its case-context and document-form features
   * (`context`) and of its capitalised-run feature (`capRun`), for a caller that adds their weights from rows
   * memoised by key (see `contextFeatures`, `capRunFeatures`).
   */
  readonly contextKeys?: { readonly context: Int32Array; readonly capRun: Int32Array };
}

/** What feature extraction needs from the model besides the weights. */
export interface FeatureEnv {
  readonly bits: number;
  readonly gazetteer?: Gazetteer;
}

/** Per token, the values that depend on its word alone (hashes, short shape, case class, lower case). */
export interface TokenValues {
  readonly lower: Int32Array;
  readonly raw: Int32Array;
  readonly shortShape: Int32Array;
  readonly cls: Uint8Array;
  readonly lowerStr: string[];
}

/** The values of one word that `TokenValues` holds (what a per-word cache keeps). */
export function wordValues(w: string): {
  lowerStr: string;
  lower: number;
  raw: number;
  shortShape: number;
  cls: number;
} {
  const lowerStr = w.toLowerCase();
  return { lowerStr, lower: hashString(lowerStr), raw: hashString(w), shortShape: shapes(w)[1], cls: caseClass(w) };
}

function tokenValuesOf(words: readonly string[]): TokenValues {
  const n = words.length;
  const tv: TokenValues = {
    lower: new Int32Array(n),
    raw: new Int32Array(n),
    shortShape: new Int32Array(n),
    cls: new Uint8Array(n),
    lowerStr: new Array(n),
  };
  for (let i = 0; i < n; i++) {
    const v = wordValues(words[i] ?? "");
    tv.lowerStr[i] = v.lowerStr;
    tv.lower[i] = v.lower;
    tv.raw[i] = v.raw;
    tv.shortShape[i] = v.shortShape;
    tv.cls[i] = v.cls;
  }
  return tv;
}

/**
 * Which groups of features `featuresOf` writes. A caller that adds a group's weights from a per-word cache
 * (word-sums.ts) leaves it out: `word`, the features of the token alone (`wordFeatures`), and `neighbours`, those
 * of the words one and two to either side alone (`neighbourFeatures`).
 */
export interface FeatureGroups {
  readonly word: boolean;
  readonly neighbours: boolean;
  /**
   * The features of a few small values each: the case context, the position in a capitalised run and the
   * document forms. Left out (false), `featuresOf` gives their keys instead (`SentenceFeatures.contextKeys`).
   */
  readonly context?: boolean;
}

const ALL_GROUPS: FeatureGroups = { word: true, neighbours: true, context: true };

/** Every feature of every token of a sentence: the plain definition that training and an unfrozen model use. */
export function extractFeatures(
  words: readonly string[],
  ctx: DocContext | undefined,
  env: FeatureEnv,
): SentenceFeatures {
  return featuresOf(words, tokenValuesOf(words), ctx, env, ALL_GROUPS);
}

/**
 * Scratch for `featuresOf`: features are written here, then copied out at their real length, since the bound
 * (STATIC_PER_TOKEN_MAX + GAZ_PER_TOKEN_MAX per token) is several times what a token uses.
 */
let featsScratch = new Int32Array(0);
/** Scratch for the gazetteer matches of the sentence `featuresOf` is reading (read only there). */
let gazScratch = new Uint16Array(0);

/** The features of `groups` of each token of a sentence whose word values are `tv`. */
export function featuresOf(
  words: readonly string[],
  tv: TokenValues,
  ctx: DocContext | undefined,
  env: FeatureEnv,
  groups: FeatureGroups,
): SentenceFeatures {
  const { bits, gazetteer } = env;
  const n = words.length;
  const mask = (1 << bits) - 1;
  const { lower, raw, shortShape, cls, lowerStr } = tv;
  const headline = isAllCapsSentence(words, cls) ? 1 : 0;
  if (gazetteer !== undefined && gazScratch.length < 4 * n) gazScratch = new Uint16Array(4 * n);
  const gaz = gazetteer === undefined ? undefined : matchGazetteer(gazetteer, lower, gazScratch);
  const withKeys = groups.context === false;
  // One buffer for the per-token arrays, cut into views: a typed array of its own each cost an allocation outside
  // the heap per sentence and kind.
  const perToken = new Int32Array(2 * n + 1 + (withKeys ? 2 * n : 0));
  const starts = perToken.subarray(0, n + 1);
  const historyAt = perToken.subarray(n + 1, 2 * n + 1);
  const contextKeys = withKeys
    ? { context: perToken.subarray(2 * n + 1, 3 * n + 1), capRun: perToken.subarray(3 * n + 1) }
    : undefined;
  const bound = n * (STATIC_PER_TOKEN_MAX + GAZ_PER_TOKEN_MAX);
  if (featsScratch.length < bound) featsScratch = new Int32Array(bound);
  const feats = featsScratch;
  let k = 0;
  const put = (h: number): void => {
    feats[k++] = (h & mask) * LABEL_COUNT;
  };
  const at = (a: Int32Array, i: number): number => (i < 0 ? BOS : i >= n ? EOS : (a[i] ?? 0));
  for (let i = 0; i < n; i++) {
    starts[i] = k;
    const w = words[i] ?? "";
    const c = cls[i] ?? 0;
    const sentStart = i === 0 ? 1 : 0;
    const caseCtx = c * 4 + sentStart * 2 + headline;
    if (groups.word) {
      const [shape, short] = shapes(w);
      putWordHead(w, raw[i] ?? 0, lower[i] ?? 0, shape, short, put);
    }
    if (contextKeys === undefined) put(mix(T.caseCtx, caseCtx));
    if (groups.neighbours) {
      put(mix(T.prev1, at(lower, i - 1)));
      put(mix(T.next1, at(lower, i + 1)));
      put(mix(T.prev2, at(lower, i - 2)));
      put(mix(T.next2, at(lower, i + 2)));
      put(mix(T.prevRaw, at(raw, i - 1)));
      put(mix(T.nextRaw, at(raw, i + 1)));
      put(mix(T.prevShape1, at(shortShape, i - 1)));
      put(mix(T.nextShape1, at(shortShape, i + 1)));
      put(mix(T.prevShape2, at(shortShape, i - 2)));
      put(mix(T.nextShape2, at(shortShape, i + 2)));
    }
    put(mix(mix(T.bigramLeft, at(lower, i - 1)), lower[i] ?? 0));
    put(mix(mix(T.bigramRight, lower[i] ?? 0), at(lower, i + 1)));
    put(mix(mix(mix(T.shapeTrigram, at(shortShape, i - 1)), shortShape[i] ?? 0), at(shortShape, i + 1)));
    put(mix(mix(T.prevWordShape, at(lower, i - 1)), shortShape[i] ?? 0));
    put(mix(mix(T.shapeNextWord, shortShape[i] ?? 0), at(lower, i + 1)));
    if (groups.word) putWordTail(w, c, put);
    // Position in a run of capitalised words: "Bill" opens a two-word run, "Clinton" closes it.
    if (c === 2 || c === 3) {
      let a = i;
      while (a > 0 && ((cls[a - 1] ?? 0) === 2 || (cls[a - 1] ?? 0) === 3)) a--;
      let b = i + 1;
      while (b < n && ((cls[b] ?? 0) === 2 || (cls[b] ?? 0) === 3)) b++;
      const run = Math.min(b - a, 4) * 8 + Math.min(i - a, 3) * 2 + headline;
      if (contextKeys === undefined) put(mix(T.capRun, run));
      else contextKeys.capRun[i] = 1 + run;
    }
    if (gaz !== undefined) {
      let emitted = 0;
      for (let pos = 0; pos < 4 && emitted < GAZ_PER_TOKEN_MAX; pos++) {
        const m = gaz[pos * n + i] ?? 0;
        for (let cat = 0; m >> cat !== 0 && emitted < GAZ_PER_TOKEN_MAX; cat++) {
          if (((m >> cat) & 1) === 0) continue;
          put(mix(T.gaz, cat * 4 + pos));
          put(mix(T.gazCase, (cat * 4 + pos) * 8 + c));
          emitted += 2;
        }
      }
      // The next token's one-word matches: "Mr" before a first name, a city before "-based".
      if (i + 1 < n) {
        const next = gaz[3 * n + i + 1] ?? 0;
        if (next !== 0) put(mix(T.gazNext, next * 8 + c));
      }
    }
    if (ctx !== undefined && c !== 0) {
      const key = lowerStr[i] ?? "";
      const forms = ctx.forms.get(key) ?? 0;
      if (contextKeys === undefined) putDocForms(forms, caseCtx, put);
      else contextKeys.context[i] = contextKey(caseCtx, forms);
      historyAt[i] = k;
      k = historyFeatures(ctx.history.get(key), c, mask, feats, k);
    } else {
      if (contextKeys !== undefined) contextKeys.context[i] = contextKey(caseCtx, undefined);
      historyAt[i] = k;
    }
  }
  starts[n] = k;
  return {
    n,
    feats: feats.slice(0, k),
    starts,
    lower,
    shortShape,
    historyAt,
    lowerStr,
    cls,
    ...(contextKeys === undefined ? {} : { contextKeys }),
  };
}

/**
 * The document-form features of a token whose word has the FORM bits `forms`, in case context `caseCtx` (case
 * class × 4 + sentence start × 2 + headline).
 */
function putDocForms(forms: number, caseCtx: number, put: (h: number) => void): void {
  // (forms × 8 + case class) × 4 + sentence start × 2 + headline, as the model was trained.
  put(mix(T.docForms, forms * 32 + caseCtx));
  for (const bit of FORM_BITS) {
    if (forms & bit) put(mix(T.docFormBit, bit * 64 + caseCtx));
  }
}

/** Case contexts fit in 5 bits (case class 0..4 × 4 + sentence start × 2 + headline). */
const CASE_CONTEXT_BITS = 5;
/** FORM bits a word may have (six flags). */
const FORM_VALUES = 1 << FORM_BITS.length;

/** Keys `contextKey` gives: the case context, with the word's FORM bits plus one (0 when it has no forms feature). */
export const CONTEXT_KEYS = (FORM_VALUES + 1) << CASE_CONTEXT_BITS;
/** Most features `contextFeatures` writes: the case context, the document forms and one per FORM bit. */
export const CONTEXT_FEATURES_MAX = 2 + FORM_BITS.length;

/** The key of a token's case-context and document-form features; `forms` undefined: the token has no forms feature. */
function contextKey(caseCtx: number, forms: number | undefined): number {
  return ((forms === undefined ? 0 : forms + 1) << CASE_CONTEXT_BITS) | caseCtx;
}

/** The row offsets of the features of a context key (`SentenceFeatures.contextKeys.context`) into `out`; how many. */
export function contextFeatures(key: number, mask: number, out: Int32Array): number {
  let k = 0;
  const put = (h: number): void => {
    out[k++] = rowOffset(h, mask);
  };
  const caseCtx = key & ((1 << CASE_CONTEXT_BITS) - 1);
  put(mix(T.caseCtx, caseCtx));
  const formsPlusOne = key >>> CASE_CONTEXT_BITS;
  if (formsPlusOne > 0) putDocForms(formsPlusOne - 1, caseCtx, put);
  return k;
}

/** Keys of the capitalised-run feature: its value (under 64) plus one; 0 for a token outside a capitalised run. */
export const CAP_RUN_KEYS = 65;

/** The row offset of the capitalised-run feature of a key (`SentenceFeatures.contextKeys.capRun`) into `out`. */
export function capRunFeatures(key: number, mask: number, out: Int32Array): number {
  if (key === 0) return 0;
  out[0] = rowOffset(mix(T.capRun, key - 1), mask);
  return 1;
}

/** Where a neighbour stands from the token its features describe: one or two words before it, or after it. */
export const NEIGHBOUR_ROLES = ["prev1", "prev2", "next1", "next2"] as const;
export type NeighbourRole = (typeof NEIGHBOUR_ROLES)[number];

/** Most features `neighbourFeatures` writes. */
export const NEIGHBOUR_FEATURES_MAX = 3;

/**
 * The row offsets of the `neighbours` features a word with these values gives the token it stands `role` of
 * (its lower-case word, raw word and short shape), written to `out` from 0; returns how many. Before the first
 * token and after the last, the values are the sentence-boundary hashes (`boundaryHash`).
 */
export function neighbourFeatures(
  role: NeighbourRole,
  lower: number,
  raw: number,
  shortShape: number,
  mask: number,
  out: Int32Array,
): number {
  switch (role) {
    case "prev1":
      out[0] = rowOffset(mix(T.prev1, lower), mask);
      out[1] = rowOffset(mix(T.prevRaw, raw), mask);
      out[2] = rowOffset(mix(T.prevShape1, shortShape), mask);
      return 3;
    case "prev2":
      out[0] = rowOffset(mix(T.prev2, lower), mask);
      out[1] = rowOffset(mix(T.prevShape2, shortShape), mask);
      return 2;
    case "next1":
      out[0] = rowOffset(mix(T.next1, lower), mask);
      out[1] = rowOffset(mix(T.nextRaw, raw), mask);
      out[2] = rowOffset(mix(T.nextShape1, shortShape), mask);
      return 3;
    case "next2":
      out[0] = rowOffset(mix(T.next2, lower), mask);
      out[1] = rowOffset(mix(T.nextShape2, shortShape), mask);
      return 2;
  }
}

/** The weight-table row offset of a feature hash. */
function rowOffset(h: number, mask: number): number {
  return (h & mask) * LABEL_COUNT;
}

/** What stands for every word value before a sentence's first token ("bos") or after its last ("eos"). */
export function boundaryHash(side: "bos" | "eos"): number {
  return side === "bos" ? BOS : EOS;
}

/** Most history features a token has (`historyFeatures`). */
export const HISTORY_PER_TOKEN = 2;

/**
 * The history features of a token whose word the tagger gave entity types elsewhere in the document (`counts`,
 * per type), written to out[k..]; returns the new end. Tokens without letters (case class 0) have none.
 */
export function historyFeatures(
  counts: Uint16Array | undefined,
  c: number,
  mask: number,
  out: Int32Array,
  k: number,
): number {
  if (counts === undefined || c === 0) return k;
  let top = 0;
  let seen = 0;
  for (let t = 0; t < 4; t++) {
    if ((counts[t] ?? 0) > 0) seen |= 1 << t;
    if ((counts[t] ?? 0) > (counts[top] ?? 0)) top = t;
  }
  if (seen === 0) return k;
  out[k++] = (mix(T.historyTop, top * 8 + c) & mask) * LABEL_COUNT;
  out[k++] = (mix(T.historyMask, seen * 8 + c) & mask) * LABEL_COUNT;
  return k;
}

/** Writes the features that depend on the two previous predicted tags into `out`; returns how many. */
export function dynamicFeatures(
  sf: SentenceFeatures,
  i: number,
  p1: number,
  p2: number,
  bits: number,
  out: Int32Array,
): number {
  const mask = (1 << bits) - 1;
  tagPairFeatures(p1, p2, mask, out, 0);
  tagWordFeatures(sf, i, p1, mask, out, TAG_PAIR_FEATURES);
  return DYNAMIC_PER_TOKEN;
}

/** How many of the dynamic features depend on the two previous tags alone (`tagPairFeatures`). */
export const TAG_PAIR_FEATURES = 2;

/** Keys of `tagPairFeatures`: previous tag × 16 + the one before it (tags and the start tag are under 16). */
export const TAG_PAIR_KEYS = 16 * 16;

/** The dynamic features of the two previous tags alone, written to out[at..]: the first two of `dynamicFeatures`. */
export function tagPairFeatures(p1: number, p2: number, mask: number, out: Int32Array, at: number): number {
  out[at] = rowOffset(mix(T.tag1, p1), mask);
  out[at + 1] = rowOffset(mix(T.tag12, p1 * 16 + p2), mask);
  return TAG_PAIR_FEATURES;
}

/** The dynamic features of the previous tag with token i's word, shape and next word, written to out[at..]. */
export function tagWordFeatures(
  sf: SentenceFeatures,
  i: number,
  p1: number,
  mask: number,
  out: Int32Array,
  at: number,
): number {
  const next = i + 1 < sf.n ? (sf.lower[i + 1] ?? 0) : EOS;
  const own = tagOwnWordFeatures(p1, sf.lower[i] ?? 0, sf.shortShape[i] ?? 0, mask, out, at);
  return own + tagNextWordFeatures(p1, next, mask, out, at + own);
}

/** Most features `tagOwnWordFeatures` and `tagNextWordFeatures` write. */
export const TAG_WORD_FEATURES_MAX = 2;

/**
 * The dynamic features of the previous tag `p1` with the token's own word (lower-case hash `lower`) and short shape,
 * written to out[at..]; returns how many.
 */
export function tagOwnWordFeatures(
  p1: number,
  lower: number,
  shortShape: number,
  mask: number,
  out: Int32Array,
  at: number,
): number {
  out[at] = rowOffset(mix(mix(T.tag1Word, p1), lower), mask);
  out[at + 1] = rowOffset(mix(mix(T.tag1Shape, p1), shortShape), mask);
  return 2;
}

/**
 * The dynamic feature of the previous tag `p1` with the next word (lower-case hash `nextLower`; the "eos" boundary
 * hash after the last token), written to out[at]; returns how many.
 */
export function tagNextWordFeatures(p1: number, nextLower: number, mask: number, out: Int32Array, at: number): number {
  out[at] = rowOffset(mix(mix(T.tag1Next, p1), nextLower), mask);
  return 1;
}
