import assert from "node:assert/strict";
import { test } from "node:test";
import { chunksOf, NerScorer } from "./ner-metric.js";

test("chunksOf reads IOB2 chunks and opens a chunk on a stray I- (conlleval)", () => {
  const rows: [string[], string[]][] = [
    [
      ["B-PER", "I-PER", "O", "B-LOC"],
      ["PER:0-2", "LOC:3-4"],
    ],
    [
      ["I-PER", "I-PER", "O", "I-LOC", "B-LOC"],
      ["PER:0-2", "LOC:3-4", "LOC:4-5"],
    ],
    [
      ["B-ORG", "I-LOC", "I-LOC"],
      ["ORG:0-1", "LOC:1-3"],
    ],
    [["O", "O"], []],
  ];
  for (const [tags, expected] of rows) {
    assert.deepEqual(
      chunksOf(tags).map((c) => `${c.type}:${c.start}-${c.end}`),
      expected,
      tags.join(" "),
    );
  }
});

test("scorer: exact match of type and both boundaries, micro P/R/F1 known by hand", () => {
  const s = new NerScorer();
  // gold: PER(0,2) LOC(3,4) ORG(5,7); predicted: PER(0,2) right, ORG(3,4) wrong type, ORG(5,6) wrong end.
  s.add(["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG"], ["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O"]);
  // second sentence: one missed MISC, one spurious LOC.
  s.add(["B-MISC", "O"], ["O", "B-LOC"]);
  const all = s.score();
  assert.equal(all.predicted, 4);
  assert.equal(all.gold, 4);
  assert.equal(all.precision, 1 / 4);
  assert.equal(all.recall, 1 / 4);
  assert.equal(all.f1, 1 / 4);
  const core = s.score(["PER", "ORG", "LOC"]);
  assert.equal(core.precision, 1 / 4);
  assert.equal(core.recall, 1 / 3);
  assert.ok(Math.abs(core.f1 - 2 / 7) < 1e-12);
  assert.deepEqual([s.score(["PER"]).f1, s.score(["ORG"]).f1, s.score(["LOC"]).f1, s.score(["MISC"]).f1], [1, 0, 0, 0]);
});
