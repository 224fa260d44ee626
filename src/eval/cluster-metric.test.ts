import assert from "node:assert/strict";
import { test } from "node:test";
import { adjustedRand, bcubed, pairScores } from "./cluster-metric.js";

const close = (a: number, b: number): void => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

test("bcubed: table of hand-computed cases", () => {
  const rows: Array<[string, string[], string[], number, number]> = [
    // Perfect clustering.
    ["perfect", ["a", "a", "b"], ["x", "x", "y"], 1, 1],
    // All in one cluster: P = (2/3·2 + 1/3)/3 = 5/9, R = 1.
    ["one cluster", ["a", "a", "a"], ["x", "x", "y"], 5 / 9, 1],
    // All singletons: P = 1, R = (1/2 + 1/2 + 1)/3 = 2/3.
    ["singletons", ["a", "b", "c"], ["x", "x", "y"], 1, 2 / 3],
    // Amigó et al. style: predicted {1,2,3}{4,5}; gold {1,2}{3,4,5}.
    // P: items 1,2 → 2/3; item 3 → 1/3; items 4,5 → 1 ⇒ (2/3+2/3+1/3+1+1)/5 = 11/15.
    // R: items 1,2 → 1; item 3 → 1/3; items 4,5 → 2/3 ⇒ (1+1+1/3+2/3+2/3)/5 = 11/15.
    ["mixed", ["a", "a", "a", "b", "b"], ["x", "x", "y", "y", "y"], 11 / 15, 11 / 15],
  ];
  for (const [name, pred, gold, p, r] of rows) {
    const s = bcubed(pred, gold);
    close(s.precision, p);
    close(s.recall, r);
    close(s.f1, (2 * p * r) / (p + r));
    assert.ok(name);
  }
});

test("adjustedRand: identical partitions score 1, label names do not matter", () => {
  close(adjustedRand(["a", "a", "b", "b"], ["x", "x", "y", "y"]), 1);
  close(adjustedRand([1, 1, 2, 2], ["y", "y", "x", "x"]), 1);
});

test("adjustedRand: a known value", () => {
  // Contingency [[2,1],[0,2]]: index = 1+0+0+1 = 2; sumP = C(3,2)+C(2,2) = 4; sumG = 1+3 = 4; expected = 16/10;
  // max = 4 ⇒ ARI = (2 - 1.6)/(4 - 1.6) = 1/6.
  close(adjustedRand(["a", "a", "a", "b", "b"], ["x", "x", "y", "y", "y"]), 1 / 6);
});

test("pairScores counts true and false pairs", () => {
  const s = pairScores(new Set(["1|2", "1|3"]), new Set(["1|2", "4|5"]));
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 1]);
  close(s.f1, 0.5);
});
