import assert from "node:assert/strict";
import { test } from "node:test";
import { allowedAfter, iob1ToIob2, tagId } from "./labels.js";

test("IOB1 → IOB2: every chunk starts with B-", () => {
  const rows: [string[], string[]][] = [
    [
      ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"],
      ["B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG"],
    ],
    [
      ["O", "I-MISC", "I-MISC"],
      ["O", "B-MISC", "I-MISC"],
    ],
    [
      ["B-LOC", "I-LOC"],
      ["B-LOC", "I-LOC"],
    ],
  ];
  for (const [iob1, iob2] of rows) assert.deepEqual(iob1ToIob2(iob1), iob2);
});

test("I-X may only follow B-X or I-X", () => {
  const rows: [string, string, boolean][] = [
    ["B-PER", "I-PER", true],
    ["I-PER", "I-PER", true],
    ["O", "I-PER", false],
    ["B-ORG", "I-PER", false],
    ["O", "B-LOC", true],
    ["I-LOC", "O", true],
  ];
  for (const [prev, next, ok] of rows) assert.equal(allowedAfter(tagId(prev), tagId(next)), ok, `${prev} → ${next}`);
});
