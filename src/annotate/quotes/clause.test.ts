import assert from "node:assert/strict";
import { test } from "node:test";
import { hasFiniteVerb } from "./clause.js";

test("hasFiniteVerb: auxiliaries, negated ones included, show a clause", () => {
  const rows: [string, boolean][] = [
    ["the panel didn't approve any ferry", true],
    ["the plan won't pass", true],
    ["voters can't tell", true],
    ["the price isn't fixed", true],
    ["the plan for the schools", false],
    ["a don of the old school", false],
  ];
  for (const [phrase, finite] of rows)
    assert.equal(hasFiniteVerb(phrase, { start: 0, end: phrase.length }), finite, phrase);
});
