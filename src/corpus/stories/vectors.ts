/** Sparse vectors as plain records (they go to JSON in the story table as they are). */
export type SparseVector = Record<string, number>;

export function norm(v: Readonly<SparseVector>): number {
  let s = 0;
  for (const x of Object.values(v)) s += x * x;
  return Math.sqrt(s);
}

/**
 * A vector packed for fast comparison: its keys as integers in ascending order with their values, and its norm.
 * Every arriving article is compared with each story of the window (thousands), and a hash look-up per key on every
 * comparison was most of an ingest's main thread on a large corpus; a merge of two sorted integer arrays is several
 * times faster. Vectors are never changed once built (`add`, `topK` and `normalize` make new ones), so a packed
 * form cannot go stale; it is remembered per vector object.
 */
export interface PackedVector {
  /** The key-id table generation the ids belong to. */
  readonly generation: number;
  readonly ids: Int32Array;
  /** The keys in the same order as `ids`. */
  readonly keys: readonly string[];
  readonly values: Float64Array;
  readonly norm: number;
}

/** Key → small integer. Bounded: when full it starts afresh as a new generation, and packed forms of an older
 * generation are packed again on their next use, so a long-running ingest cannot grow it without limit. */
const MAX_KEY_IDS = 1_000_000;
let keyIds = new Map<string, number>();
let generation = 0;

function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyIds.size;
    keyIds.set(key, id);
  }
  return id;
}

const packedCache = new WeakMap<Readonly<SparseVector>, PackedVector>();

function packed(v: Readonly<SparseVector>): PackedVector {
  const known = packedCache.get(v);
  if (known !== undefined && known.generation === generation) return known;
  const keys = Object.keys(v);
  if (keyIds.size + keys.length > MAX_KEY_IDS) {
    keyIds = new Map();
    generation++;
  }
  const order = keys.map((k) => ({ key: k, id: keyId(k), value: v[k] as number })).sort((x, y) => x.id - y.id);
  const p: PackedVector = {
    generation,
    ids: Int32Array.from(order, (e) => e.id),
    keys: order.map((e) => e.key),
    values: Float64Array.from(order, (e) => e.value),
    norm: norm(v),
  };
  packedCache.set(v, p);
  return p;
}

/** Both vectors packed in one key-id generation (packing the second may start a new one). */
export function packedPair(a: Readonly<SparseVector>, b: Readonly<SparseVector>): [PackedVector, PackedVector] {
  let pa = packed(a);
  const pb = packed(b);
  if (pa.generation !== pb.generation) pa = packed(a);
  return [pa, pb];
}

/** Σ a[k]·b[k] over the keys both have. */
function dotPacked(a: PackedVector, b: PackedVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) dot += (a.values[i++] as number) * (b.values[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

export function cosine(a: Readonly<SparseVector>, b: Readonly<SparseVector>): number {
  const [pa, pb] = packedPair(a, b);
  const n = pa.norm * pb.norm;
  return n === 0 ? 0 : dotPacked(pa, pb) / n;
}

/** Scales to unit length. */
export function normalize(v: Readonly<SparseVector>): SparseVector {
  const n = norm(v);
  const out: SparseVector = {};
  if (n === 0) return out;
  for (const [k, x] of Object.entries(v)) out[k] = x / n;
  return out;
}

/** Keeps the `k` largest components, so stored story vectors stay bounded however big the story grows. */
export function topK(v: Readonly<SparseVector>, k: number): SparseVector {
  const entries = Object.entries(v);
  if (entries.length <= k) return { ...v };
  entries.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return Object.fromEntries(entries.slice(0, k));
}

export function add(a: Readonly<SparseVector>, b: Readonly<SparseVector>): SparseVector {
  const out: SparseVector = { ...a };
  for (const [k, x] of Object.entries(b)) out[k] = (out[k] ?? 0) + x;
  return out;
}
