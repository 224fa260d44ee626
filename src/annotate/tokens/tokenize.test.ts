import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { tokenize } from "./tokenize.js";

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
});
