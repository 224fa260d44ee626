import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitLines, wordCount } from "./lines.js";

/** The definition `wordCount` stands in for. */
const byPattern = (value: string): number => value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

describe("wordCount", () => {
  const cases: [string, string, number][] = [
    ["empty", "", 0],
    ["plain words", "Hello, world 42", 3],
    ["apostrophe and hyphen split words", "don't re-elect", 4],
    ["accented letters", "Ḩamāh and São Paulo", 4],
    ["a combining mark ends a word", "e\u0301te", 2],
    ["a letter outside the basic plane", "𝒜bc 𐐨x", 2],
    ["a lone high surrogate is no letter", "ab\ud835cd", 2],
    ["a lone low surrogate is no letter", "ab\udc9ccd", 2],
    ["non-Latin scripts and digits", "北京 ٣٤ Москва", 3],
    ["only punctuation", "— … !", 0],
  ];
  for (const [name, value, expected] of cases) {
    it(name, () => {
      assert.equal(wordCount(value), expected);
      assert.equal(wordCount(value), byPattern(value));
    });
  }
});

describe("splitLines", () => {
  it("counts each line's words", () => {
    const lines = splitLines("  First line here \n\nSecond: one\n");
    assert.deepEqual(
      lines.map((l) => [l.value, l.words, l.afterBlank]),
      [
        ["First line here", 3, true],
        ["Second: one", 2, true],
      ],
    );
  });
});
