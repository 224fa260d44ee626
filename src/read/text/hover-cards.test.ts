import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findHoverCards } from "./hover-cards.js";
import { readScrapedText } from "./index.js";

const cards = (text: string): string[] => findHoverCards(text, 0, text.length).map((c) => text.slice(c.start, c.end));

describe("findHoverCards", () => {
  const rows: [string, string, string[]][] = [
    [
      "after the article's own mention of the name",
      "The plan was praised by Sen. Ann Velde Ann Marie VeldeSenators clash over farm bill Velde: 'We will not back down' MORE (D-Ore.) on Monday.",
      ["Ann Marie VeldeSenators clash over farm bill Velde: 'We will not back down' MORE"],
    ],
    [
      "with a nickname in brackets and a Mc surname",
      "Speaker Tom McAllen Thomas (Tom) Reid McAllenHouse passes budget MORE said no.",
      ["Thomas (Tom) Reid McAllenHouse passes budget MORE"],
    ],
    [
      "two cards in one sentence",
      "Both Ann Velde Ann Marie VeldeFarm bill stalls MORE and Tom Reid Thomas Edward ReidBudget talks resume MORE agreed.",
      ["Ann Marie VeldeFarm bill stalls MORE", "Thomas Edward ReidBudget talks resume MORE"],
    ],
    [
      "a headline that opens with an acronym",
      "said Chairman Tom Reid Thomas Edward ReidGOP leaders balk at schedule MORE (D-Md.) on Monday.",
      ["Thomas Edward ReidGOP leaders balk at schedule MORE"],
    ],
    ["no card: an ordinary sentence", "She asked for MORE time, said Ann Velde of the Farm Union.", []],
    ["no card: a brand written in camel case", "The YouTube video drew MORE views than expected.", []],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(cards(text), expected));
});

describe("scraped text with a pop-up card", () => {
  it("keeps the card as related furniture inside the paragraph", () => {
    const text =
      "Farm bill stalls\n\nThe plan was praised by Sen. Ann Velde Ann Marie VeldeSenators clash over farm bill Velde: 'We will not back down' MORE (D-Ore.) on Monday.\n\nThe vote is next week.\n";
    const card = readScrapedText(text).boilerplate.find((b) => b.rule === "boilerplate:hover-card");
    assert.equal(card?.kind, "related");
    assert.ok(card && text.slice(card.start, card.end).startsWith("Ann Marie Velde"));
  });
});
