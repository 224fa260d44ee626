import assert from "node:assert/strict";
import { test } from "node:test";
import {
  averagePrecision,
  averagePrecisionAt,
  mean,
  precisionAt,
  rankByScore,
  reciprocalRank,
  rPrecision,
} from "./ranking-metric.js";

const T = true;
const F = false;
const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test("average precision on hand-made rankings", () => {
  const rows: [boolean[], number, number][] = [
    [[T, F, T, F], 2, (1 + 2 / 3) / 2],
    [[F, F, T], 1, 1 / 3],
    [[T, T, T], 3, 1],
    [[F, F, F], 2, 0],
    [[T, F], 3, 1 / 3], // two relevant items never returned still count
    [[], 0, 0],
  ];
  for (const [ranked, rel, expected] of rows) close(averagePrecision(ranked, rel), expected);
});

test("AP@k divides by min(k, relevant)", () => {
  const rows: [boolean[], number, number, number][] = [
    [[F, T, F, F, F, F], 1, 5, 1 / 2],
    [[F, F, F, F, F, T], 1, 5, 0], // found only at rank 6
    [[T, F, T], 2, 5, (1 + 2 / 3) / 2],
    [[T, T], 4, 1, 1],
  ];
  for (const [ranked, rel, k, expected] of rows) close(averagePrecisionAt(ranked, rel, k), expected);
});

test("precision@k, R-precision and reciprocal rank", () => {
  close(precisionAt([T, F, T, F], 2), 0.5);
  close(precisionAt([T], 10), 0.1);
  close(rPrecision([T, F, T, F], 2), 0.5);
  close(rPrecision([F, T, T], 3), 2 / 3);
  close(reciprocalRank([F, F, T]), 1 / 3);
  close(reciprocalRank([F, F]), 0);
  close(mean([0.5, 1]), 0.75);
  close(mean([]), 0);
});

test("rankByScore orders by score, stable on ties", () => {
  const items = [
    { s: 0.1, r: T },
    { s: 0.9, r: F },
    { s: 0.5, r: T },
    { s: 0.5, r: F },
  ];
  assert.deepEqual(
    rankByScore(
      items,
      (x) => x.s,
      (x) => x.r,
    ),
    [F, T, F, T],
  );
});
