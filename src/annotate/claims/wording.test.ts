import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordingOf } from "./index.js";

describe("wordingOf", () => {
  const reference = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const rows = [
    "The deficit rose 4% in 2023.",
    "  Émile's café — 100% “yes”  ",
    "İstanbul and ǅ",
    "٣ apples, 𝒳 and 😀 hi 😀",
    "a\u0301b",
    "",
    "...!",
  ];
  for (const text of rows)
    it(JSON.stringify(text), () => {
      assert.equal(wordingOf(text), reference(text));
    });
  it("joins two wordings that differ only in case and punctuation", () => {
    assert.equal(wordingOf("Taxes rose, sharply."), wordingOf("taxes rose — sharply"));
  });
});
