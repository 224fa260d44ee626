import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isAlsoWrittenAsWord, isInsideLongerName, isWordOrNamePartOnly, standsAloneIn } from "./mention-context.js";

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

describe("isInsideLongerName", () => {
  const span = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
  const rows: [string, string, boolean][] = [
    ["Freedom Caucus Chairman Mark Meadows spoke.", "Freedom", true],
    ["a veteran of Americans for Prosperity, as director", "Prosperity", true],
    // Not a longer name: a comma, a lower-case word, a person and the town he is from, a line break.
    ["in Freedom, California, on Monday", "Freedom", false],
    ["the Ferguson police said", "Ferguson", false],
    ["Lillian Campbell of Somerville said", "Somerville", false],
    ["protests in Ferguson\nThe next day", "Ferguson", false],
  ];
  for (const [text, name, expected] of rows)
    it(`${name} in ${JSON.stringify(text)}`, () => assert.equal(isInsideLongerName(text, span(text, name)), expected));
});

describe("isWordOrNamePartOnly", () => {
  const spans = (text: string, name: string) =>
    [...text.matchAll(new RegExp(`\\b${name}\\b`, "g"))].map((m) => ({ start: m.index, end: m.index + name.length }));
  const rows: [string, string, boolean][] = [
    ["Freedom Caucus members met. Freedom Caucus leaders spoke.", "Freedom", true],
    ["Orange refers to nominations; the orange bars are longer.", "Orange", true],
    // A place cue in any mention keeps the town.
    ["The Freedom Caucus met in Freedom, far away.", "Freedom", false],
    ["Orange refers to the chart.", "Orange", false],
  ];
  for (const [text, name, expected] of rows)
    it(`${name} in ${JSON.stringify(text)}`, () =>
      assert.equal(isWordOrNamePartOnly(text, spans(text, name)), expected));
});
