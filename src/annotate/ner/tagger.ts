/**
 * Greedy left-to-right decoding over IOB2 with the hashed averaged-perceptron weights. Shared by training (which
 * updates the weights after each token) and run time (which only reads them).
 */
import type { BucketIndex } from "./bucket-index.js";
import type { DocContext } from "./doc-context.js";
import { recordHistory } from "./doc-context.js";
import {
  CAP_RUN_KEYS,
  CONTEXT_FEATURES_MAX,
  CONTEXT_KEYS,
  capRunFeatures,
  contextFeatures,
  DYNAMIC_PER_TOKEN,
  dynamicFeatures,
  extractFeatures,
  type FeatureGroups,
  featuresOf,
  HISTORY_PER_TOKEN,
  historyFeatures,
  type SentenceFeatures,
  TAG_PAIR_FEATURES,
  TAG_PAIR_KEYS,
  tagPairFeatures,
  tagWordFeatures,
} from "./features.js";
import type { Gazetteer } from "./gazetteer.js";
import { KeyedRows, type KeyFeatures } from "./keyed-rows.js";
import { allowedAfter, LABEL_COUNT, typesOf } from "./labels.js";
import { OUTSIDE, type PreparedSentence, wordSumsFor } from "./word-sums.js";

/** Previous-tag value before the first token (no real tag has this id). */
export const START_TAG = LABEL_COUNT;

export interface Weights {
  /**
   * bucket-major: weights[bucket * LABEL_COUNT + label], in units of `scale`. Training uses Float32; the shipped
   * model stays Int16 in memory (half of Float32), since only the argmax and the softmax need real units.
   */
  readonly table: Float32Array | Int16Array;
  /**
   * When present, `table` is compact: only the buckets with a non-zero weight keep a row, and rows.rowOf(bucket) is
   * that bucket's row offset in `table` (every all-zero bucket points at one shared zero row). Absent: `table` is
   * the full bucket-major table and a feature's row offset indexes it directly (training works on the full table).
   */
  readonly rows?: BucketIndex;
  /** Real weight = table value × scale (1 when absent). */
  readonly scale?: number;
  readonly bits: number;
  readonly gazetteer?: Gazetteer;
}

/**
 * Adds the weight rows of feats[from, to) of a full table (training's, or a model without a bucket index) into
 * scores (length LABEL_COUNT). A feature is a row offset into the table (bucket × LABEL_COUNT).
 */
export function addRows(
  table: Float32Array | Int16Array,
  feats: Int32Array,
  from: number,
  to: number,
  scores: Float64Array,
): void {
  for (let f = from; f < to; f++) {
    const row = feats[f] ?? 0;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] = (scores[l] ?? 0) + (table[row + l] ?? 0);
  }
}

/**
 * `addRows` for a frozen compact table (Int16, with `rows`), adding into scores[at .. at + LABEL_COUNT). Monomorphic
 * on Int16Array, and it skips the shared zero row (most hashed features of rare words land there), which adds
 * nothing: scores never hold -0, so skipping a +0 leaves them bit for bit the same.
 */
export function addCompactRows(
  table: Int16Array,
  rows: BucketIndex,
  feats: Int32Array,
  from: number,
  to: number,
  scores: Float64Array,
  at: number,
): void {
  for (let f = from; f < to; f++) {
    const row = rows.rowOf((feats[f] ?? 0) / LABEL_COUNT);
    if (row === 0) continue;
    for (let l = 0; l < LABEL_COUNT; l++) scores[at + l] = (scores[at + l] ?? 0) + (table[row + l] ?? 0);
  }
}

/** The frozen model's compact Int16 table (what `readModel` gives), or undefined for a training table. */
function frozenTable(w: Weights): { table: Int16Array; rows: BucketIndex } | undefined {
  return w.rows !== undefined && w.table instanceof Int16Array ? { table: w.table, rows: w.rows } : undefined;
}

/** A frozen model's memoised rows of the feature groups keyed by a small value (keyed-rows.ts). */
interface FrozenMemos {
  /** Case context and document forms (`contextFeatures`). */
  readonly context: KeyedRows;
  /** Position in a capitalised run (`capRunFeatures`). */
  readonly capRun: KeyedRows;
  /** The two previous tags (`tagPairFeatures`). */
  readonly tagPair: KeyedRows;
}

const memosOf = new WeakMap<object, FrozenMemos>();

/** The memoised rows of a frozen model's table (one set per table, made on first use). */
function frozenMemos(table: Int16Array, rows: BucketIndex, bits: number): FrozenMemos {
  let memos = memosOf.get(table);
  if (memos === undefined) {
    const keyed = (keys: number, maxFeatures: number, features: KeyFeatures): KeyedRows =>
      new KeyedRows(table, rows, bits, keys, maxFeatures, features);
    memos = {
      context: keyed(CONTEXT_KEYS, CONTEXT_FEATURES_MAX, contextFeatures),
      capRun: keyed(CAP_RUN_KEYS, 1, capRunFeatures),
      tagPair: keyed(TAG_PAIR_KEYS, TAG_PAIR_FEATURES, (key, mask, out) =>
        tagPairFeatures(key >>> 4, key & 15, mask, out, 0),
      ),
    };
    memosOf.set(table, memos);
  }
  return memos;
}

/** Whether label `l` may follow `prev` (a label or START_TAG) under IOB2. */
function isAllowed(prev: number, l: number): boolean {
  return prev === START_TAG ? l === 0 || l % 2 !== 0 : allowedAfter(prev, l);
}

/** isAllowed(prev, l) at [prev * LABEL_COUNT + l], START_TAG's row last: decoding asks it twice per label and token. */
const ALLOWED = Uint8Array.from({ length: (START_TAG + 1) * LABEL_COUNT }, (_, k) =>
  isAllowed(Math.floor(k / LABEL_COUNT), k % LABEL_COUNT) ? 1 : 0,
);

/** Best label allowed after `prev` under IOB2. */
export function argmaxAllowed(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  const allowed = prev * LABEL_COUNT;
  for (let l = 0; l < LABEL_COUNT; l++) {
    if (ALLOWED[allowed + l] === 0) continue;
    const s = scores[l] ?? 0;
    if (s > bestScore) {
      bestScore = s;
      best = l;
    }
  }
  return best;
}

export interface Decoded {
  readonly labels: Uint8Array;
  /**
   * Softmax probability of each chosen label over the allowed labels, at temperature `temperature`; with
   * `ENTITY_PROBS` only for the tokens labelled as part of an entity (0 for the others).
   */
  readonly probs: Float32Array;
}

/**
 * Which tokens get a probability: every token (`ALL_PROBS`: `decode`, whose probabilities calibrate the
 * temperature in training), or only those labelled as part of an entity (`ENTITY_PROBS`): entity spans read only
 * those (`spansOf`), and the softmax's nine exponentials for every "O" token were a good part of decoding.
 */
export type ProbsFor = "all" | "entities";
export const ALL_PROBS: ProbsFor = "all";
export const ENTITY_PROBS: ProbsFor = "entities";

/** Tags one sentence; when `ctx` is given and `record` holds, its history gets the result for later sentences. */
export function decode(
  words: readonly string[],
  ctx: DocContext | undefined,
  w: Weights,
  temperature: number,
  record = true,
): Decoded {
  return decodeFirstPass(words, ctx, w, temperature, record).decoded;
}

/**
 * What the first pass of a two-pass document tagging keeps for the second: the sentence's features and, per token,
 * the summed scores of every feature that does not depend on tagging history. The second pass then adds only the
 * history features (recomputed from the document's tags so far) and the tag features, instead of redoing the
 * forty-odd table look-ups per token that dominated tagging. The sums are the same additions in the same order,
 * so both passes score exactly as `decode` would.
 */
export interface FirstPass {
  readonly sf: SentenceFeatures;
  /** sums[i * LABEL_COUNT + l]. */
  readonly sums: Float64Array;
  /**
   * For a frozen model, the sentence's word slots in the per-word cache and the cache generation they belong to:
   * decoding reads a word's dynamic sums after an "O" tag from there while the generation holds.
   */
  readonly words?: { readonly slots: Int32Array; readonly generation: number };
  /** What pass one gave, with the weights, temperature and probabilities it used (see `decodeAgain`). */
  readonly first?: {
    readonly decoded: Decoded;
    readonly w: Weights;
    readonly temperature: number;
    readonly probsFor: ProbsFor;
  };
}

/**
 * For a frozen model, every sentence of a document looked up in the per-word cache at once (word-sums.ts), for
 * `decodeFirstPass` and `createDocContext` to read; undefined for other weights. Valid until the next call.
 */
export function prepareDocument(
  sentences: readonly (readonly string[])[],
  w: Weights,
): readonly PreparedSentence[] | undefined {
  const frozen = frozenTable(w);
  return frozen === undefined ? undefined : wordSumsFor(frozen.table, frozen.rows, w.bits).prepare(sentences);
}

/**
 * Pass one of `tagDocument`: tags like `decode` (recording history when `record`) and keeps what pass two reuses.
 * `prepared` is the sentence's entry of `prepareDocument`, if the caller has it.
 */
export function decodeFirstPass(
  words: readonly string[],
  ctx: DocContext | undefined,
  w: Weights,
  temperature: number,
  record = true,
  prepared?: PreparedSentence,
  probsFor: ProbsFor = ALL_PROBS,
): { decoded: Decoded; pass: FirstPass } {
  const frozen = frozenTable(w);
  const statics =
    frozen === undefined
      ? staticSums(words, ctx, w)
      : cachedStaticSums(words, ctx, w, frozen.table, frozen.rows, prepared);
  const { sf } = statics;
  const pastHistory = (i: number, out: Int32Array): number => {
    let k = 0;
    for (let f = sf.historyAt[i] ?? 0; f < (sf.starts[i + 1] ?? 0); f++) out[k++] = sf.feats[f] ?? 0;
    return k;
  };
  const decoded = decodeWith(statics, w, temperature, pastHistory, probsFor);
  if (ctx !== undefined && record) recordHistory(ctx, words, typesOf(decoded.labels), 1, sf);
  return { decoded, pass: { ...statics, first: { decoded, w, temperature, probsFor } } };
}

/** Per token, the summed weights of its features before the history ones: the plain definition (any table). */
function staticSums(
  words: readonly string[],
  ctx: DocContext | undefined,
  w: Weights,
): { sf: SentenceFeatures; sums: Float64Array } {
  const sf = extractFeatures(words, ctx, w);
  const sums = new Float64Array(sf.n * LABEL_COUNT);
  const scores = new Float64Array(LABEL_COUNT);
  for (let i = 0; i < sf.n; i++) {
    scores.fill(0);
    addRows(w.table, sf.feats, sf.starts[i] ?? 0, sf.historyAt[i] ?? 0, scores);
    sums.set(scores, i * LABEL_COUNT);
  }
  return { sf, sums };
}

/**
 * The features whose weights a frozen model adds from caches are left out of `sf`: the per-word cache's
 * (word-sums.ts) and the memoised rows of the context keys (`frozenMemos`).
 */
const UNCACHED_GROUPS: FeatureGroups = { word: false, neighbours: false, context: false };

/**
 * `staticSums` for a frozen model: the word-only and neighbour features' weights come from the per-word cache,
 * the case, capitalised-run and document-form features' from memoised rows by key, the rest from the table. The
 * same integers are added, so the sums are the same bit for bit.
 */
function cachedStaticSums(
  words: readonly string[],
  ctx: DocContext | undefined,
  w: Weights,
  table: Int16Array,
  rows: BucketIndex,
  prepared?: PreparedSentence,
): FirstPass {
  const cache = wordSumsFor(table, rows, w.bits);
  const slots = prepared?.slots ?? cache.slotsOf(words);
  const generation = prepared?.generation ?? cache.generation;
  const memos = frozenMemos(table, rows, w.bits);
  const sf = featuresOf(words, prepared?.values ?? cache.tokenValues(slots), ctx, w, UNCACHED_GROUPS);
  const keys = sf.contextKeys;
  if (keys === undefined) throw new Error("NER features: the context keys are missing");
  const sums = prepared?.sums ?? new Float64Array(sf.n * LABEL_COUNT);
  for (let i = 0; i < sf.n; i++) {
    const at = i * LABEL_COUNT;
    cache.writeTo(slots, i, sums, at);
    addCompactRows(table, rows, sf.feats, sf.starts[i] ?? 0, sf.historyAt[i] ?? 0, sums, at);
    memos.context.addTo(keys.context[i] ?? 0, sums, at);
    const capRun = keys.capRun[i] ?? 0;
    if (capRun !== 0) memos.capRun.addTo(capRun, sums, at);
  }
  return { sf, sums, words: { slots, generation } };
}

/**
 * Pass two: the kept sums plus history features from the context as it is now (no history is recorded). A token's
 * scores are a function of its sums, its history features, the two tags before it, the weights and the
 * temperature, so pass one's label and probability still hold for every token whose history features are the
 * ones pass one used and whose two previous tags came out as in pass one. Those are copied instead of decoded
 * again, and when no token's history changed (the rest of the document told nothing new about its words), pass
 * one's result is returned as it is.
 */
export function decodeAgain(
  pass: FirstPass,
  ctx: DocContext,
  w: Weights,
  temperature: number,
  probsFor: ProbsFor = ALL_PROBS,
): Decoded {
  const { sf, first } = pass;
  const mask = (1 << w.bits) - 1;
  const historyNow = (i: number, out: Int32Array): number =>
    historyFeatures(ctx.history.get(sf.lowerStr[i] ?? ""), sf.cls[i] ?? 0, mask, out, 0);
  // Pass one's probabilities serve if it gave every token one, or entity tokens are all that is asked for.
  const reusable =
    first !== undefined &&
    first.w === w &&
    first.temperature === temperature &&
    (first.probsFor === ALL_PROBS || probsFor === ENTITY_PROBS);
  if (!reusable) return decodeWith(pass, w, temperature, historyNow, probsFor);
  const changed = historyChanged(sf, historyNow);
  if (changed === undefined) return first.decoded;
  return decodeWith(pass, w, temperature, historyNow, probsFor, { decoded: first.decoded, changed });
}

const historyNowScratch = new Int32Array(HISTORY_PER_TOKEN);

/**
 * Per token, 1 when `historyNow` gives it other history features than pass one found in `sf`; undefined when no
 * token's changed.
 */
function historyChanged(
  sf: SentenceFeatures,
  historyNow: (i: number, out: Int32Array) => number,
): Uint8Array | undefined {
  const now = historyNowScratch;
  let changed: Uint8Array | undefined;
  for (let i = 0; i < sf.n; i++) {
    const from = sf.historyAt[i] ?? 0;
    const count = historyNow(i, now);
    let same = count === (sf.starts[i + 1] ?? 0) - from;
    for (let k = 0; k < count && same; k++) same = now[k] === sf.feats[from + k];
    if (same) continue;
    changed ??= new Uint8Array(sf.n);
    changed[i] = 1;
  }
  return changed;
}

/** Pass one's result for a sentence, and which of its tokens now have other history features. */
interface Earlier {
  readonly decoded: Decoded;
  readonly changed: Uint8Array;
}

/** Per-token work arrays of `decodeWith`, reused: they were a steady source of garbage (it never re-enters). */
const decodeScratch = {
  scores: new Float64Array(LABEL_COUNT),
  hist: new Int32Array(HISTORY_PER_TOKEN),
  dyn: new Int32Array(DYNAMIC_PER_TOKEN),
};

function decodeWith(
  pass: FirstPass,
  w: Weights,
  temperature: number,
  history: (i: number, out: Int32Array) => number,
  probsFor: ProbsFor,
  earlier?: Earlier,
): Decoded {
  const allProbs = probsFor === ALL_PROBS;
  const { sf, sums } = pass;
  const frozen = frozenTable(w);
  const memos = frozen && frozenMemos(frozen.table, frozen.rows, w.bits);
  const cache = frozen && wordSumsFor(frozen.table, frozen.rows, w.bits);
  // The word slots still name their words unless the cache started over since the first pass.
  const slots = cache !== undefined && pass.words?.generation === cache.generation ? pass.words.slots : undefined;
  const mask = (1 << w.bits) - 1;
  const labels = new Uint8Array(sf.n);
  const probs = new Float32Array(sf.n);
  const { scores, hist, dyn } = decodeScratch;
  let p1 = START_TAG;
  let p2 = START_TAG;
  for (let i = 0; i < sf.n; i++) {
    if (earlier !== undefined && scoredAsBefore(earlier, labels, i)) {
      labels[i] = earlier.decoded.labels[i] ?? 0;
      probs[i] = earlier.decoded.probs[i] ?? 0;
    } else {
      // A copy loop, not scores.set(sums.subarray(…)): a subarray view per token was a steady source of garbage.
      for (let l = 0; l < LABEL_COUNT; l++) scores[l] = sums[i * LABEL_COUNT + l] ?? 0;
      const nh = history(i, hist);
      if (frozen !== undefined && memos !== undefined) {
        addCompactRows(frozen.table, frozen.rows, hist, 0, nh, scores, 0);
        memos.tagPair.addTo(p1 * 16 + p2, scores, 0);
        if (p1 === OUTSIDE && slots !== undefined && cache !== undefined) cache.addAfterOutside(slots, i, scores, 0);
        else {
          const nw = tagWordFeatures(sf, i, p1, mask, dyn, 0);
          addCompactRows(frozen.table, frozen.rows, dyn, 0, nw, scores, 0);
        }
      } else {
        const nd = dynamicFeatures(sf, i, p1, p2, w.bits, dyn);
        addRows(w.table, hist, 0, nh, scores);
        addRows(w.table, dyn, 0, nd, scores);
      }
      const best = argmaxAllowed(scores, p1);
      labels[i] = best;
      if (allProbs || best !== 0) probs[i] = softmaxProb(scores, best, p1, temperature / (w.scale ?? 1));
    }
    p2 = p1;
    p1 = labels[i] ?? 0;
  }
  return { labels, probs };
}

/** Token i's history features and its two previous tags (in `labels`) are the ones it had in `earlier`. */
function scoredAsBefore(earlier: Earlier, labels: Uint8Array, i: number): boolean {
  const before = earlier.decoded.labels;
  return (
    earlier.changed[i] === 0 && (i < 1 || labels[i - 1] === before[i - 1]) && (i < 2 || labels[i - 2] === before[i - 2])
  );
}

function softmaxProb(scores: Float64Array, chosen: number, prev: number, temperature: number): number {
  const top = scores[chosen] ?? 0;
  let sum = 0;
  const allowed = prev * LABEL_COUNT;
  for (let l = 0; l < LABEL_COUNT; l++) {
    if (ALLOWED[allowed + l] === 0) continue;
    sum += Math.exp(((scores[l] ?? 0) - top) / temperature);
  }
  return 1 / sum;
}
