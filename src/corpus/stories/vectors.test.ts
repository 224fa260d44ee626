import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MIN_NAMES_TO_DIFFER, nameAndFigureCosines } from "./cluster.js";
import { FIGURE_PREFIX, TIME_PREFIX } from "./features.js";
import { cosine, type SparseVector } from "./vectors.js";

/** The definitions, recomputed from scratch on every call. */
function plainCosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = Object.keys(a).length <= Object.keys(b).length ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of Object.entries(small)) dot += x * (large[k] ?? 0);
  const n = Math.hypot(...Object.values(a)) * Math.hypot(...Object.values(b));
  return n === 0 ? 0 : dot / n;
}

/** A small deterministic generator, so the vectors are the same on every run. */
function vectors(seed: number, count: number): SparseVector[] {
  let x = seed;
  const next = (): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    const v: SparseVector = {};
    const n = Math.floor(next() * 12);
    for (let i = 0; i < n; i++) {
      const r = next();
      const key =
        r < 0.3
          ? `${FIGURE_PREFIX}${Math.floor(next() * 5)}`
          : r < 0.45
            ? `${TIME_PREFIX}${Math.floor(next() * 4)}`
            : `k${Math.floor(next() * 15)}`;
      v[key] = Math.round(next() * 1000) / 100;
    }
    return v;
  });
}

describe("vector similarities with remembered norms equal the definitions", () => {
  const vs = vectors(7, 40);
  it("cosine, every pair, twice (the second time from remembered stats)", () => {
    for (let round = 0; round < 2; round++)
      for (const a of vs)
        for (const b of vs) assert.ok(Math.abs(cosine(a, b) - plainCosine(a, b)) < 1e-12, JSON.stringify([a, b]));
  });
  it("name, figure and time-anchor channels, every pair", () => {
    const channel = (k: string): string =>
      k.startsWith(FIGURE_PREFIX) ? "figures" : k.startsWith(TIME_PREFIX) ? "times" : "names";
    const split = (v: SparseVector, c: string): SparseVector =>
      Object.fromEntries(Object.entries(v).filter(([k]) => channel(k) === c));
    for (const a of vs)
      for (const b of vs) {
        const { names, figures, times } = nameAndFigureCosines(a, b);
        for (const [got, c] of [
          [names, "names"],
          [figures, "figures"],
          [times, "times"],
        ] as const) {
          const sa = split(a, c);
          const sb = split(b, c);
          let present = Object.values(sa).some((x) => x !== 0) && Object.values(sb).some((x) => x !== 0);
          // No name in common counts only between sides with enough names (MIN_NAMES_TO_DIFFER).
          const fewest = Math.min(Object.keys(sa).length, Object.keys(sb).length);
          if (c === "names" && present && plainCosine(sa, sb) === 0 && fewest < MIN_NAMES_TO_DIFFER) present = false;
          assert.equal(got.present, present);
          if (present) assert.ok(Math.abs(got.cosine - plainCosine(sa, sb)) < 1e-12);
        }
      }
  });
});
