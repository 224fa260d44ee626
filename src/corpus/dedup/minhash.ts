/**
 * MinHash signatures over word shingles and LSH banding (Broder 1997; Leskovec et al., Mining of Massive Datasets
 * ch. 3). Two texts whose shingle sets have Jaccard similarity s share at least one band with probability
 * 1 - (1 - s^r)^b, so with b bands of r rows the curve rises steeply near (1/b)^(1/r).
 */
import { words } from "../text/normalize.js";

/** Shingle width: 5 words is long enough that unrelated news texts rarely share shingles. */
export const SHINGLE_WORDS = 5;
/** 128 permutations give a Jaccard estimate with standard error about 0.044. */
export const PERMUTATIONS = 128;
/** 32 bands of 4 rows: the LSH threshold (1/32)^(1/4) ≈ 0.42, so pairs at Jaccard ≥ 0.6 collide with p > 0.98. */
export const BANDS = 32;
export const ROWS = PERMUTATIONS / BANDS;

/** FNV-1a 32-bit hash of a string; fast and good enough to spread shingles. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Fixed pseudo-random coefficients (a, b) for the hash family h(x) = (a·x + b) mod 2^32, seeded for stability. */
const COEFFICIENTS: ReadonlyArray<readonly [number, number]> = (() => {
  let seed = 0x9e3779b9;
  const next = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  return Array.from({ length: PERMUTATIONS }, () => [next() | 1, next()] as const);
})();

/** The set of hashed word shingles of a text (texts shorter than a shingle give one shingle of all their words). */
export function shingles(text: string, width = SHINGLE_WORDS): Set<number> {
  const ws = words(text);
  const out = new Set<number>();
  if (ws.length === 0) return out;
  if (ws.length < width) out.add(fnv1a(ws.join(" ")));
  for (let i = 0; i + width <= ws.length; i++) out.add(fnv1a(ws.slice(i, i + width).join(" ")));
  return out;
}

/** The MinHash signature: for each hash function, the minimum over the shingles. */
export function minhash(shingleSet: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const x of shingleSet) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const [a, b] = COEFFICIENTS[i] ?? [1, 0];
      const h = (Math.imul(a, x) + b) >>> 0;
      if (h < (sig[i] ?? 0)) sig[i] = h;
    }
  }
  return sig;
}

export function signatureOf(text: string): Uint32Array {
  return minhash(shingles(text));
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/** One key per band ("band:hash"); documents sharing a key are near-duplicate candidates. */
export function lshKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) {
      h ^= sig[band * ROWS + r] ?? 0;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    keys.push(`${band}:${h.toString(36)}`);
  }
  return keys;
}

/** Exact Jaccard of two shingle sets, used in tests to check the estimate. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}
