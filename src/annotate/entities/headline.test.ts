import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";

/** Person, organisation and place names of the whole analysis, in reading order. */
function names(text: string): string[] {
  const doc = analyze(text, { mediaType: "text/plain" });
  return (doc.layers.entities ?? []).filter((e) => e.type !== "misc").map((e) => e.name);
}

describe("names in a Title Case headline are read as the body writes them", () => {
  const rows: [string, string, string[], string[]][] = [
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
  for (const [name, text, present, absent] of rows)
    it(name, () => {
      const found = names(text);
      for (const p of present) assert.ok(found.includes(p), `${p} missing from ${found.join(", ")}`);
      for (const a of absent) assert.ok(!found.includes(a), `${a} found in ${found.join(", ")}`);
    });

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
