import assert from "node:assert/strict";
import { test } from "node:test";
import { errorScores, greatCircleKm, spanScores } from "./geo-metric.js";

test("span scores count exact boundaries only", () => {
  const gold = [
    { start: 0, end: 5 },
    { start: 10, end: 16 },
    { start: 20, end: 25 },
  ];
  const predicted = [
    { start: 0, end: 5 }, // exact
    { start: 10, end: 15 }, // boundary off by one: a false positive and a miss
    { start: 30, end: 35 }, // spurious
  ];
  const s = spanScores(gold, predicted);
  assert.equal(s.tp, 1);
  assert.equal(s.fp, 2);
  assert.equal(s.fn, 2);
  assert.equal(s.precision, 1 / 3);
  assert.equal(s.recall, 1 / 3);
  assert.ok(Math.abs(s.f1 - 1 / 3) < 1e-12);
});

test("great-circle distance: one degree of latitude is about 111 km; Paris–London about 344 km", () => {
  assert.ok(Math.abs(greatCircleKm(0, 0, 1, 0) - 111.195) < 0.01);
  assert.ok(Math.abs(greatCircleKm(48.8566, 2.3522, 51.5074, -0.1278) - 343.6) < 1);
});

test("error scores on a hand-made case", () => {
  // Errors in km: e^0-1 = 0, e^1-1, e^2-1, 20038 (= e^ln(20039) - 1).
  const errors = [0, Math.E - 1, Math.E ** 2 - 1, 20038];
  const s = errorScores(errors);
  assert.equal(s.n, 4);
  assert.equal(s.accuracy161, 0.75);
  assert.ok(Math.abs(s.medianKm - (Math.E - 1 + Math.E ** 2 - 1) / 2) < 1e-9);
  // Sorted logs 0, 1, 2, L with L = ln(20039): trapezoids (0+1)/2 + (1+2)/2 + (2+L)/2 = 3 + L/2, over 3L.
  const L = Math.log(20039);
  assert.ok(Math.abs(s.auc - (3 + L / 2) / (3 * L)) < 1e-12);
  // A perfect geocoder scores AUC 0.
  assert.equal(errorScores([0, 0, 0]).auc, 0);
});
