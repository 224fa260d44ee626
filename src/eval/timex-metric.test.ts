import assert from "node:assert/strict";
import { test } from "node:test";
import { breakdownByType, normaliseValue, pairTimexes, scoreTimexes } from "./timex-metric.js";

const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

/*
 * Gold: four expressions. System: four expressions.
 *   g1 [0,10) DATE 2017-12-06   s1 [0,10) DATE 2017-12-06   exact span, right value
 *   g2 [20,30) DATE 2017-12-11  s2 [20,26) DATE 2017-11-11  overlap only, wrong value
 *   g3 [40,50) DURATION P2W     s3 [40,50) DATE P2W         exact span, wrong type, right value
 *   g4 [60,70) SET P1W          —                           missed
 *                               s4 [80,90) DATE 2017        spurious
 * strict: 2 of 4 system spans and 2 of 4 gold spans → P = R = F1 = 0.5
 * relaxed: 3 of 4 each way → P = R = F1 = 0.75
 * over the 3 pairs: type right 2/3, value right 2/3 → value F1 = 0.75 × 2/3 = 0.5
 */
const gold = [
  { start: 0, end: 10, type: "DATE", value: "2017-12-06" },
  { start: 20, end: 30, type: "DATE", value: "2017-12-11" },
  { start: 40, end: 50, type: "DURATION", value: "P2W" },
  { start: 60, end: 70, type: "SET", value: "P1W" },
];
const system = [
  { start: 0, end: 10, type: "DATE", value: "2017-12-06" },
  { start: 20, end: 26, type: "DATE", value: "2017-11-11" },
  { start: 40, end: 50, type: "DATE", value: "P2W" },
  { start: 80, end: 90, type: "DATE", value: "2017" },
];

test("TempEval-3 scores on a hand-made case", () => {
  const s = scoreTimexes([{ gold, system }]);
  close(s.strict.precision, 0.5);
  close(s.strict.recall, 0.5);
  close(s.strict.f1, 0.5);
  close(s.relaxed.precision, 0.75);
  close(s.relaxed.recall, 0.75);
  close(s.relaxed.f1, 0.75);
  close(s.typeAccuracy, 2 / 3);
  close(s.valueAccuracy, 2 / 3);
  close(s.valueF1, 0.5);
  close(s.typeF1, 0.5);
});

test("counts pool over documents", () => {
  const s = scoreTimexes([
    { gold: gold.slice(0, 2), system: system.slice(0, 2) },
    { gold: gold.slice(2), system: system.slice(2) },
  ]);
  close(s.relaxed.f1, 0.75);
  close(s.valueF1, 0.5);
});

test("no system output scores zero, not NaN", () => {
  const s = scoreTimexes([{ gold, system: [] }]);
  assert.equal(s.relaxed.precision, 0);
  assert.equal(s.relaxed.recall, 0);
  assert.equal(s.valueF1, 0);
});

test("pairs one system span with at most one gold span, exact matches first", () => {
  const g = [
    { start: 0, end: 5, type: "DATE", value: "a" },
    { start: 6, end: 10, type: "DATE", value: "b" },
  ];
  const sys = [
    { start: 0, end: 10, type: "DATE", value: "ab" },
    { start: 6, end: 10, type: "DATE", value: "b" },
  ];
  const pairs = pairTimexes(g, sys);
  assert.deepEqual(
    pairs.map((p) => [p.gold.value, p.system.value]),
    [
      ["a", "ab"],
      ["b", "b"],
    ],
  );
});

test("values compare case-blind, with two-digit weeks", () => {
  assert.equal(normaliseValue("2000-W7"), "2000-W07");
  assert.equal(normaliseValue("2000-w07"), "2000-W07");
  assert.equal(normaliseValue("1998-W12"), "1998-W12");
});

test("per-type breakdown", () => {
  const rows = breakdownByType([{ gold, system }]);
  const date = rows.find((r) => r.type === "DATE")!;
  assert.equal(date.gold, 2);
  assert.equal(date.found, 2);
  assert.equal(date.system, 4);
  close(date.precision, 0.75);
  close(date.valueAccuracy, 0.5);
  const set = rows.find((r) => r.type === "SET")!;
  assert.equal(set.found, 0);
});
