import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isAlsoWrittenAsWord, standsAloneIn } from "./mention-context.js";

/** The definition `standsAloneIn` keeps: the word with no letter right before or after it. */
const byPattern = (text: string, word: string): boolean =>
  new RegExp(String.raw`(?<![\p{L}])${word}(?![\p{L}])`, "u").test(text);

describe("standsAloneIn finds a word where the look-around pattern does", () => {
  const rows: [string, string[]][] = [
    ["Stay home, homeless homes; home's value (home)", ["home", "homes", "ome", "value"]],
    ["Safer at Home: e\u0301home homee\u0301 𝒜home home𝒜 😀home", ["home", "e\u0301home"]],
    ["liberal\ud835 \udcb6liberal ILLIBERAL liberal", ["liberal", "illiberal"]],
    ["i\u0307stanbul and İstanbul", ["i\u0307stanbul", "istanbul"]],
    ["", ["home"]],
  ];
  for (const [text, words] of rows)
    for (const word of words)
      it(`${JSON.stringify(word)} in ${JSON.stringify(text.slice(0, 24))}`, () => {
        assert.equal(standsAloneIn(text, word), byPattern(text, word));
      });
});

describe("isAlsoWrittenAsWord", () => {
  const rows: [string, string, boolean][] = [
    ["Safer at Home. Stay home.", "Home", true],
    ["Safer at Home. Homeless people.", "Home", false],
    ["Liberal, Kan. — liberal policies", "Liberal", true],
    ["Bush said", "Bush", false],
    ["the US said us", "US", false],
  ];
  for (const [text, name, expected] of rows)
    it(`${name} in ${JSON.stringify(text)}`, () => assert.equal(isAlsoWrittenAsWord(text, name), expected));
});
