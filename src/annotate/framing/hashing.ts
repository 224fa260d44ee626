/**
 * Feature hashing (Weinberger et al. 2009) and the compact form the weights are saved in. A feature string is
 * hashed to one of `dim` rows; each row holds one weight per class. Hashing keeps the model a fixed size without
 * a vocabulary file. Also the seeded shuffle that makes training deterministic.
 */
import { fnv1a } from "./ptc.js";

/**
 * `hash % dim` for the 32 bits of a hash, given unsigned or as a signed 32-bit integer (the tables of hashes are
 * Int32Arrays: a signed 32-bit number is a small integer to V8, where an unsigned one above 2^31 is a boxed
 * double). The models' dimensions are powers of two, where the remainder is the low bits: a mask, where `%` on a
 * number above 2^31 is a floating-point remainder, slow enough to show in every token's ~30 features.
 */
export const rowOf = (hash: number, dim: number): number =>
  dim > 0 && (dim & (dim - 1)) === 0 ? hash & (dim - 1) : (hash >>> 0) % dim;

/**
 * A reusable list of feature hashes (a token's, a sentence's), cleared by resetting `count`. It holds each hash's
 * 32 bits as a signed integer, as the tables of word-hashes.ts do (`rowOf` takes either form), and keeps its
 * storage from one use to the next.
 */
export class HashBuffer {
  items = new Int32Array(64);
  count = 0;
  add(h: number): void {
    if (this.count === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.count++] = h;
  }
}

/** Row of a feature string. */
export const featureRow = (feature: string, dim: number): number => rowOf(fnv1a(feature), dim);

/** What a saved model file holds: a sparse, quantised copy of the weights. */
export interface SavedWeights {
  readonly dim: number;
  readonly classes: number;
  /** Weights are stored as integers; multiply by `scale` to get them back. */
  readonly scale: number;
  /** Rows that have a weight, ascending, delta-encoded to keep the file small. */
  readonly rows: readonly number[];
  /** `classes` integers per row in `rows`. */
  readonly values: readonly number[];
}

/**
 * Sparse, quantised weights. Rows whose largest weight is below `minAbs` are dropped: such rows are rare
 * features whose few updates left them next to nothing.
 */
export function saveWeights(
  w: Float32Array | Float64Array,
  dim: number,
  classes: number,
  minAbs: number,
): SavedWeights {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  // 1,000 steps up to the largest weight: still finer than the noise in the weights (the held-out scores do not
  // move), and small integers keep the file small.
  const scale = max === 0 ? 1 : max / 1000;
  const rows: number[] = [];
  const values: number[] = [];
  let prev = 0;
  for (let r = 0; r < dim; r++) {
    let keep = false;
    for (let c = 0; c < classes; c++) if (Math.abs(w[r * classes + c] as number) >= minAbs) keep = true;
    if (!keep) continue;
    rows.push(r - prev);
    prev = r;
    for (let c = 0; c < classes; c++) values.push(Math.round((w[r * classes + c] as number) / scale));
  }
  return { dim, classes, scale, rows, values };
}

/** Loads as Float32: half the memory of the training table, and ample precision for scoring. */
export function loadWeights(saved: SavedWeights): Float32Array {
  const w = new Float32Array(saved.dim * saved.classes);
  let r = 0;
  for (let i = 0; i < saved.rows.length; i++) {
    r += saved.rows[i] as number;
    for (let c = 0; c < saved.classes; c++) {
      w[r * saved.classes + c] = (saved.values[i * saved.classes + c] as number) * saved.scale;
    }
  }
  return w;
}

/**
 * Only the rows that have weights, for a model with many classes per row: `rowIndex[row]` is the row's place in
 * `weights` (-1: no weights, so the row adds nothing). The technique model fills about 13% of its 262,144 rows,
 * so this holds 2 MB where the full table held 15 MB.
 */
export function loadCompactWeights(saved: SavedWeights): { rowIndex: Int32Array; weights: Float32Array } {
  const rowIndex = new Int32Array(saved.dim).fill(-1);
  const weights = new Float32Array(saved.rows.length * saved.classes);
  let r = 0;
  for (let i = 0; i < saved.rows.length; i++) {
    r += saved.rows[i] as number;
    rowIndex[r] = i;
    for (let c = 0; c < saved.classes; c++) {
      weights[i * saved.classes + c] = (saved.values[i * saved.classes + c] as number) * saved.scale;
    }
  }
  return { rowIndex, weights };
}

export { seededRandom } from "../../core/random.js";

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
