import assert from "node:assert/strict";
import { test } from "node:test";
import { InvalidArgumentError } from "commander";
import { positiveNumber, positiveWholeNumber, wholeNumber } from "./numbers.js";

const cases: [string, (v: string) => number, string, number | undefined][] = [
  ["whole", wholeNumber, "20", 20],
  ["whole", wholeNumber, "0", 0],
  ["whole", wholeNumber, "ten", undefined],
  ["whole", wholeNumber, "", undefined],
  ["whole", wholeNumber, "2.5", undefined],
  ["whole", wholeNumber, "-1", undefined],
  ["positive whole", positiveWholeNumber, "2", 2],
  ["positive whole", positiveWholeNumber, "0", undefined],
  ["positive", positiveNumber, "0.5", 0.5],
  ["positive", positiveNumber, "0", undefined],
  ["positive", positiveNumber, "Infinity", undefined],
];

for (const [kind, parse, value, expected] of cases)
  test(`${kind} number option: ${JSON.stringify(value)} → ${expected ?? "error"}`, () => {
    if (expected === undefined) assert.throws(() => parse(value), InvalidArgumentError);
    else assert.equal(parse(value), expected);
  });
