import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import type { Mention } from "../../core/document.js";
import { headlineNamesFromBody } from "./headline.js";

/** Person, organisation and place names of the whole analysis, in reading order. */
function names(text: string): string[] {
  const doc = analyze(text, { mediaType: "text/plain" });
  return (doc.layers.entities ?? []).filter((e) => e.type !== "misc").map((e) => e.name);
}

/** Table rows: test name, text, names that must be found, names that must not. */
type NamesRow = [string, string, string[], string[]];

function namesTable(rows: readonly NamesRow[]): void {
  for (const [name, text, present, absent] of rows)
    it(name, () => {
      const found = names(text);
      for (const p of present) assert.ok(found.includes(p), `${p} missing from ${found.join(", ")}`);
      for (const a of absent) assert.ok(!found.includes(a), `${a} found in ${found.join(", ")}`);
    });
}

describe("names in a Title Case headline are read as the body writes them", () => {
  const rows: NamesRow[] = [
    [
      "a word swept into a body name is cut off",
      "The Night Bernie Sanders’s ‘Political Revolution’ Died\n\nBernie Sanders spoke to delegates on Monday. Sanders urged unity.",
      ["Bernie Sanders"],
      ["Night Bernie Sanders", "Revolution’ Died"],
    ],
    [
      "a phrase the body never names is no name",
      "Revealed: The Massive New Liberal Plan to Remake American Politics\n\nA coalition of unions and green groups met in Washington to plan a campaign.",
      [],
      ["Massive New Liberal Plan", "Remake American Politics"],
    ],
    [
      "Title Case lines inside the text (a list of links) are read the same way",
      "Port strike ends\n\nDock workers in Gdansk went back to work, Anna Holm said on Monday.\n\nREAD MORE:\n\nDock Union Faces the Ire of Shipping Bosses Over Wages\n\nThe Tiny Deals Behind Anna Holm’s Bid to Take on Maersk",
      ["Anna Holm", "Gdansk"],
      ["Dock Union", "Tiny Deals", "Take"],
    ],
    [
      "a line of names and outlets is a credit, not a title",
      "Port strike ends\n\nDock workers in Gdansk went back to work on Monday.\n\nRod Lane, The Baltic Courier",
      ["Rod Lane", "Baltic Courier"],
      [],
    ],
  ];
  namesTable(rows);

  it("a headline mention cut to a body name takes the type the body gives it", () => {
    const doc = analyze(
      "Norway Ends Its Inquiry Into Fraud Claim Against Ola Nordmann\n\nNorway has ended its inquiry into a fraud claim against Ola Nordmann. Nordmann denied it.",
      { mediaType: "text/plain" },
    );
    const types = (doc.layers.entities ?? []).filter((e) => e.name.includes("Nordmann")).map((e) => e.type);
    assert.deepEqual([...new Set(types)], ["person"]);
  });
  it("a sentence-case headline is read as it is", () => {
    const found = names("Macron meets Scholz in Berlin\n\nThe two leaders discussed trade.");
    for (const p of ["Macron", "Scholz", "Berlin"])
      assert.ok(found.includes(p), `${p} missing from ${found.join(", ")}`);
  });
  it("a listed name in a Title Case headline stays even when the body does not repeat it", () => {
    const found = names(
      "Emmanuel Macron Orders Troops Home From Mali\n\nThe withdrawal starts on Monday, officials said.",
    );
    assert.ok(found.includes("Emmanuel Macron"), found.join(", "));
    assert.ok(found.includes("Mali"), found.join(", "));
  });
});

describe("a listed name in a Title Case headline", () => {
  it("loses a headline word a refiner joined to it", () => {
    const found = names(
      "Macron Meets Scholz In Berlin For Talks On Trade\n\nThe two leaders discussed trade on Monday.",
    );
    assert.ok(found.includes("Scholz"), found.join(", "));
    assert.ok(!found.includes("Meets Scholz"), found.join(", "));
  });
});

describe("a name glued to more capitalised words in a sentence-case headline", () => {
  it("is cut to the name the body uses", () => {
    const found = names(
      "Senator calls Susan Rice Inauguration Day email on Russia 'disturbing'\n\nSusan Rice wrote the email to herself on January 20. Rice said it was routine.",
    );
    assert.ok(found.includes("Susan Rice"), found.join(", "));
    assert.ok(!found.includes("Susan Rice Inauguration Day"), found.join(", "));
  });
});

describe("what makes a headline Title Case", () => {
  const rows: NamesRow[] = [
    [
      "a listed person's full name stays whole though the body gives the surname only",
      "How the Party Elite Lost Its Voters to Donald Trump\n\nMr. Trump won the primary on Tuesday.",
      ["Donald Trump"],
      [],
    ],
    [
      "short verbs and pronouns may stay small",
      "Velde Keeps it Short: Her Rival Is a Borrow and Spend Moderate\n\nAnn Velde spoke to voters in Ohio on Monday.",
      ["Ann Velde"],
      ["Spend Moderate", "Velde Keeps"],
    ],
    [
      "the letters of a headline decoded in the wrong charset do not count",
      "Velde Campaign Admits Voter Monitoring System Ã¢â‚¬ËœHad Its ChallengesÃ¢â‚¬â„¢\n\nAnn Velde's campaign said on Monday that its app had failed.",
      ["Ann Velde"],
      ["Velde Campaign Admits Voter Monitoring", "Velde Campaign Admits Voter Monitoring System"],
    ],
  ];
  namesTable(rows);
});

describe("the word opening a sentence-case headline", () => {
  const rows: NamesRow[] = [
    [
      "is cut from the body name after it",
      "Anxious State Department staff brace for cuts\n\nThe State Department will cut 2,000 jobs, officials said.",
      ["State Department"],
      ["Anxious State Department"],
    ],
    [
      "is cut from a person's name when it is a participle",
      "Disappointed Velde concedes the race\n\nAnn Velde conceded on Monday. Velde thanked her staff.",
      ["Ann Velde"],
      ["Disappointed Velde"],
    ],
    [
      "stays on a person's name when it may be a first name",
      "Marta Velde's assistant tests positive\n\nAn assistant to Velde tested positive on Monday, Velde's office said.",
      ["Marta Velde"],
      [],
    ],
    [
      "stays when the body capitalises it inside a sentence",
      "Baltic Dockers Union calls a strike\n\nDockers Union leaders met on Monday in the Baltic port of Gdansk.",
      ["Baltic Dockers Union"],
      [],
    ],
  ];
  namesTable(rows);
});

/** A place mention of `name` at its first occurrence in `text` from `from` on, found by `rule`. */
function placeAt(text: string, name: string, rule: string, from = 0): Mention {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, type: "place", form: "name", rule, score: 0.4 };
}

describe("an abbreviation opening a sentence-case headline", () => {
  it("is no word capitalised for opening it", () => {
    const text =
      "US Embassy under siege in Baghdad\n\nCrowds broke through the gate. The Embassy said its staff were safe.";
    const headline = { start: 0, end: text.indexOf("\n") };
    const mentions = [
      placeAt(text, "US Embassy", "entities:ner-LOC"),
      placeAt(text, "Embassy", "entities:ner-LOC", 12),
    ];
    const kept = headlineNamesFromBody(mentions, text, headline);
    assert.deepEqual(
      kept.map((m) => text.slice(m.start, m.end)),
      ["US Embassy", "Embassy"],
    );
  });
});

describe("a place the gazetteer finds in a Title Case headline", () => {
  const text = "From Scandal to Success, Velde Flies to Berlin\n\nAnn Velde left on Monday.";
  const place = (name: string): Mention => placeAt(text, name, "entities:gazetteer-place");
  const kept = headlineNamesFromBody([place("Success"), place("Berlin")], text, { start: 0, end: text.indexOf("\n") });
  it("is a word when only a village bears its name and the body does not name it", () => {
    assert.ok(!kept.some((m) => text.slice(m.start, m.end) === "Success"));
  });
  it("is kept when it is a major place", () => {
    assert.ok(kept.some((m) => text.slice(m.start, m.end) === "Berlin"));
  });
});
