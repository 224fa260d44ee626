import assert from "node:assert/strict";
import { test } from "node:test";
import { estimateJaccard, jaccard, lshKeys, PERMUTATIONS, shingles, signatureOf } from "./minhash.js";

const BASE =
  "The city council voted on Tuesday to approve a new budget that raises spending on schools and road repairs, " +
  "after a long debate in which several members said the plan would force cuts to parks and libraries next year.";

test("minhash: the estimate tracks the exact Jaccard of the shingle sets", () => {
  const rows: Array<[string, string]> = [
    ["identical", BASE],
    ["one word changed", BASE.replace("Tuesday", "Monday")],
    ["tail dropped", BASE.slice(0, 120)],
    [
      "unrelated",
      "Heavy snow closed mountain passes and stranded hundreds of drivers overnight in the northern provinces.",
    ],
  ];
  for (const [name, other] of rows) {
    const exact = jaccard(shingles(BASE), shingles(other));
    const est = estimateJaccard(signatureOf(BASE), signatureOf(other));
    // Standard error of a 128-permutation estimate is at most 0.5/sqrt(128) ≈ 0.044; allow three of them.
    assert.ok(Math.abs(exact - est) < 0.14, `${name}: exact ${exact} vs estimate ${est}`);
  }
});

test("minhash: signatures are deterministic and normalisation-insensitive", () => {
  assert.equal(signatureOf(BASE).length, PERMUTATIONS);
  assert.deepEqual([...signatureOf(BASE)], [...signatureOf(BASE.toUpperCase().replace(/,/g, " ,"))]);
});

test("lsh: near copies share a band key, unrelated texts do not", () => {
  const a = new Set(lshKeys(signatureOf(BASE)));
  const near = lshKeys(signatureOf(BASE.replace("Tuesday", "Monday")));
  const far = lshKeys(
    signatureOf("Heavy snow closed mountain passes and stranded hundreds of drivers overnight in the north."),
  );
  assert.ok(near.some((k) => a.has(k)));
  assert.ok(!far.some((k) => a.has(k)));
});
