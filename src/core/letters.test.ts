import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isWholeWordAt } from "./letters.js";

describe("isWholeWordAt: no letter or digit touches the span", () => {
  const rows: [string, string, boolean][] = [
    ["many analysts", "many", true],
    ["(many)", "many", true],
    ["Germany rose", "many", false],
    ["many2", "many", false],
    ["émany", "many", false],
    // A letter outside the Basic Multilingual Plane (a surrogate pair) is a letter too.
    ["\u{1D49C}many", "many", false],
    ["many\u{1D49C}", "many", false],
  ];
  for (const [text, word, whole] of rows)
    it(`${JSON.stringify(text)} / ${word}`, () => {
      const at = text.indexOf(word);
      assert.equal(isWholeWordAt(text, at, at + word.length), whole);
    });
});
