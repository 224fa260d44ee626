import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type CharSpan, type LabelledSpan, mergeSpans, siScore, tcScore } from "./framing-metric.js";

const close = (actual: number, expected: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: expected ${expected}, got ${actual}`);

describe("mergeSpans", () => {
  const rows: [CharSpan[], CharSpan[]][] = [
    [[], []],
    [[{ start: 5, end: 10 }], [{ start: 5, end: 10 }]],
    [
      [
        { start: 5, end: 10 },
        { start: 0, end: 6 },
      ],
      [{ start: 0, end: 10 }],
    ],
    // touching spans stay apart: they share no character
    [
      [
        { start: 0, end: 5 },
        { start: 5, end: 8 },
      ],
      [
        { start: 0, end: 5 },
        { start: 5, end: 8 },
      ],
    ],
    [[{ start: 3, end: 3 }], []],
  ];
  for (const [input, expected] of rows) {
    it(JSON.stringify(input), () => assert.deepEqual(mergeSpans(input), expected));
  }
});

describe("siScore (SemEval-2020 Task 11 partial overlap)", () => {
  // [predicted, gold, precision, recall]
  const rows: [string, CharSpan[], CharSpan[], number, number][] = [
    ["exact match", [{ start: 0, end: 10 }], [{ start: 0, end: 10 }], 1, 1],
    ["half of the gold span", [{ start: 0, end: 5 }], [{ start: 0, end: 10 }], 1, 0.5],
    ["prediction twice the gold", [{ start: 0, end: 20 }], [{ start: 0, end: 10 }], 0.5, 1],
    ["disjoint", [{ start: 20, end: 30 }], [{ start: 0, end: 10 }], 0, 0],
    // P = (1 + 0)/2, R = 1/1
    [
      "one hit one miss",
      [
        { start: 0, end: 10 },
        { start: 50, end: 60 },
      ],
      [{ start: 0, end: 10 }],
      0.5,
      1,
    ],
    // one prediction covering two gold spans of 4 chars each, 10 chars long: P = 8/10, R = (1 + 1)/2
    [
      "one prediction over two gold spans",
      [{ start: 0, end: 10 }],
      [
        { start: 0, end: 4 },
        { start: 6, end: 10 },
      ],
      0.8,
      1,
    ],
    // overlapping gold spans are merged first: [0,10) ∪ [5,15) = [0,15); prediction [0,15) is exact
    [
      "overlapping gold merged",
      [{ start: 0, end: 15 }],
      [
        { start: 0, end: 10 },
        { start: 5, end: 15 },
      ],
      1,
      1,
    ],
    ["no prediction", [], [{ start: 0, end: 10 }], 0, 0],
  ];
  for (const [name, predicted, gold, p, r] of rows) {
    it(name, () => {
      const s = siScore([[predicted, gold]]);
      close(s.precision, p, "precision");
      close(s.recall, r, "recall");
      close(s.f1, p + r === 0 ? 0 : (2 * p * r) / (p + r), "f1");
    });
  }

  it("pools span counts over articles", () => {
    // article A: exact (P 1, R 1); article B: one miss prediction, one unfound gold. P = 1/2, R = 1/2.
    const s = siScore([
      [[{ start: 0, end: 4 }], [{ start: 0, end: 4 }]],
      [[{ start: 10, end: 12 }], [{ start: 0, end: 4 }]],
    ]);
    close(s.precision, 0.5, "precision");
    close(s.recall, 0.5, "recall");
  });
});

describe("tcScore", () => {
  const g = (article: string, start: number, end: number, label: string): LabelledSpan => ({
    article,
    start,
    end,
    label,
  });
  it("micro-F1 is accuracy when every gold span gets one prediction", () => {
    const gold = [g("a", 0, 5, "X"), g("a", 6, 9, "Y"), g("b", 0, 3, "X"), g("b", 4, 8, "Z")];
    const pred = [g("a", 0, 5, "X"), g("a", 6, 9, "X"), g("b", 0, 3, "X"), g("b", 4, 8, "Z")];
    const s = tcScore(pred, gold);
    close(s.micro.f1, 0.75, "micro f1");
    // X: tp 2, pred 3, gold 2 → P 2/3 R 1 F 0.8; Y: 0; Z: 1 → macro (0.8 + 0 + 1)/3
    close(s.macroF1, 1.8 / 3, "macro f1");
    assert.equal(s.perLabel.get("Y")?.support, 1);
  });
  it("a doubly-labelled gold span is matched as a multiset", () => {
    const gold = [g("a", 0, 5, "X"), g("a", 0, 5, "Y")];
    close(tcScore([g("a", 0, 5, "X"), g("a", 0, 5, "Y")], gold).micro.f1, 1, "both labels");
    close(tcScore([g("a", 0, 5, "X"), g("a", 0, 5, "X")], gold).micro.f1, 0.5, "same label twice counts once");
  });
});
