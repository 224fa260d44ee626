/** Sparse vectors as plain records (they go to JSON in the story table as they are). */
export type SparseVector = Record<string, number>;

export function norm(v: Readonly<SparseVector>): number {
  let s = 0;
  for (const x of Object.values(v)) s += x * x;
  return Math.sqrt(s);
}

/** A vector's key count and norm. */
interface VectorStats {
  readonly size: number;
  readonly norm: number;
}

/**
 * Stats remembered per vector object. Every arriving article is compared with each story of the window (thousands),
 * so recounting keys and norms on both sides of every comparison was most of an ingest's main thread on a large
 * corpus. Vectors are never changed once built (`add`, `topK` and `normalize` make new ones), so a vector's stats
 * cannot go stale.
 */
const statsCache = new WeakMap<Readonly<SparseVector>, VectorStats>();

function statsOf(v: Readonly<SparseVector>): VectorStats {
  let s = statsCache.get(v);
  if (s === undefined) {
    s = { size: Object.keys(v).length, norm: norm(v) };
    statsCache.set(v, s);
  }
  return s;
}

export function cosine(a: Readonly<SparseVector>, b: Readonly<SparseVector>): number {
  const sa = statsOf(a);
  const sb = statsOf(b);
  // The dot product walks the smaller vector, in its key order (for…in gives the order Object.entries gives).
  const small = sa.size <= sb.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  for (const k in small) {
    const y = large[k];
    if (y !== undefined) dot += (small[k] as number) * y;
  }
  const n = sa.norm * sb.norm;
  return n === 0 ? 0 : dot / n;
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
