/** Sparse vectors as plain records (they go to JSON in the story table as they are). */
export type SparseVector = Record<string, number>;

export function norm(v: Readonly<SparseVector>): number {
  let s = 0;
  for (const x of Object.values(v)) s += x * x;
  return Math.sqrt(s);
}

export function cosine(a: Readonly<SparseVector>, b: Readonly<SparseVector>): number {
  const [small, large] = Object.keys(a).length <= Object.keys(b).length ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of Object.entries(small)) {
    const y = large[k];
    if (y !== undefined) dot += x * y;
  }
  const n = norm(a) * norm(b);
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
