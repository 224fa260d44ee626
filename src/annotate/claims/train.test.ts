import assert from "node:assert/strict";
import { test } from "node:test";
import { type ScoredSentence, tuneThreshold } from "./train.js";

const scored = (rows: [number, 0 | 1][]): ScoredSentence[] =>
  rows.map(([probability, label]) => ({ probability, label }));

test("tuneThreshold: picks the grid threshold with the best positive-class F1", () => {
  const rows: [string, ScoredSentence[], number][] = [
    // Separable at any threshold in (0.3, 0.7]: the lowest such grid point wins the tie.
    [
      "separable",
      scored([
        [0.9, 1],
        [0.7, 1],
        [0.3, 0],
        [0.1, 0],
      ]),
      0.31,
    ],
    // A negative at 0.6 above a positive at 0.55: a cut above 0.6 loses that positive (F1 4/5), a cut in (0.2, 0.55]
    // keeps all three positives and admits the one negative (F1 6/7), so the lowest grid point above 0.2 wins.
    [
      "one negative above a positive",
      scored([
        [0.8, 1],
        [0.7, 1],
        [0.6, 0],
        [0.55, 1],
        [0.2, 0],
      ]),
      0.21,
    ],
  ];
  for (const [name, input, expected] of rows) assert.equal(tuneThreshold(input), expected, name);
});
