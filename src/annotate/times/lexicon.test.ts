import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isVagueAmount } from "./lexicon.js";

describe("isVagueAmount", () => {
  const cases: Array<[string, boolean]> = [
    ["several", true],
    ["a few", true],
    ["A  Couple of", true],
    ["a number of", true],
    ["many", true],
    ["two", false],
    ["12", false],
    ["several more", false],
    ["few ", false],
  ];
  for (const [amount, vague] of cases) it(`"${amount}" → ${vague}`, () => assert.equal(isVagueAmount(amount), vague));
});
