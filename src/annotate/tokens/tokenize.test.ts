import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize, tokenizeByGroups, tokensWithin } from "./tokenize.js";

const surfaces = (text: string, from?: number, to?: number) =>
  tokenize(text, from, to).map((t) => `${text.slice(t.start, t.end)}/${t.kind}`);

describe("tokenize", () => {
  const rows: [string, string[]][] = [
    ["Putin's U.S. visit", ["Putin/word", "'s/word", "U.S./word", "visit/word"]],
    ["cost $1,000.50 (3.5%)", ["cost/word", "$/symbol", "1,000.50/number", "(/punct", "3.5%/number", ")/punct"]],
    ["Mr. O'Brien don't", ["Mr./word", "O'Brien/word", "do/word", "n't/word"]],
    ["the 1990s — 5th", ["the/word", "1990s/number", "—/punct", "5th/number"]],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(surfaces(text), expected));

  it("tokenises a range without reading past its end", () => {
    const text = "First sentence here. Second one.";
    assert.deepEqual(surfaces(text, 21, 27), ["Second/word"]);
    assert.deepEqual(surfaces(text, 0, 3), ["Fir/word"]);
  });

  describe("tokensWithin equals tokenising the range afresh", () => {
    const text = "Gen. Smith said the U.S.The talks (in 2019) cost $1,000.50 — don't ask.  Mr. O'Brien's reply: “No.”";
    const all = tokenize(text);
    // Every range with both ends on or between tokens, plus ranges that cut a token ("U.S.The", "1,000.50").
    const ends = [...new Set([0, text.length, ...all.flatMap((t) => [t.start, t.end]), 22, 26, 51, 55])].sort(
      (a, b) => a - b,
    );
    it(`matches tokenize on all ${(ends.length * (ends.length - 1)) / 2} ranges`, () => {
      for (const [i, from] of ends.entries())
        for (const to of ends.slice(i + 1))
          assert.deepEqual(tokensWithin(text, all, from, to), tokenize(text, from, to), `range ${from}-${to}`);
    });
  });

  describe("equals its readable definition, tokenizeByGroups", () => {
    // Every branch, clitics, Unicode letters, marks, digits and spaces, astral letters and emoji, lone surrogates.
    const text =
      "Gen. Smith's U.S.-led talks (in 2019) cost $1,000.50 — don't ask…  Mr. O’Brien’s “reply”: No. 5th 1990s 3.5% " +
      "Sinn-Féin AT&T café ١٢٣ ²³ Ⅻ x\u00a0y\u2003z\u3000w \ufeffq 𝐀𝐁 😀👍🏽 e\u0301 \ud800 a\udc00 'twas ’s 'S « ok » [a] {b} ‽ § 1/2";
    it("on the whole text", () => assert.deepEqual(tokenize(text), tokenizeByGroups(text)));
    it("on every range starting and ending at a code point boundary", () => {
      const bounds = [...text.matchAll(/./gsu)].map((m) => m.index).concat(text.length);
      for (const from of bounds)
        for (const to of bounds.filter((b) => b > from))
          assert.deepEqual(tokenize(text, from, to), tokenizeByGroups(text, from, to), `range ${from}-${to}`);
    });
  });
});
