import assert from "node:assert/strict";
import { test } from "node:test";
import { findToponyms } from "./find.js";

const names = (text: string, opts?: Parameters<typeof findToponyms>[1]) => findToponyms(text, opts).map((t) => t.name);

test("findToponyms (gazetteer matcher) finds multi-word names and skips common words", () => {
  const text =
    "The ministers met in New Delhi and Rio de Janeiro. It was cold in Bosnia and Herzegovina. Reading is fun.";
  const found = names(text, { ner: false });
  assert.ok(found.includes("New Delhi"), found.join("|"));
  assert.ok(found.includes("Rio de Janeiro"), found.join("|"));
  assert.ok(found.includes("Bosnia and Herzegovina"), found.join("|"));
  assert.ok(!found.includes("It") && !found.includes("Reading") && !found.includes("The"), found.join("|"));
});

test("findToponyms splits hyphenated pairs and handles possessives and abbreviations", () => {
  const text = "Russia-Turkey ties improved, Syria's envoy said in Columbia, Ky. on Monday.";
  const found = findToponyms(text, { ner: false });
  const got = found.map((t) => t.name);
  assert.ok(got.includes("Russia") && got.includes("Turkey") && got.includes("Syria"), got.join("|"));
  assert.ok(got.includes("Ky."), got.join("|"));
  for (const t of found) assert.equal(text.slice(t.start, t.end), t.name);
});

test("findToponyms counts adjectival demonyms only when asked", () => {
  const text = "Syrian forces and the Russians entered Palmyra.";
  assert.ok(!names(text, { ner: false }).includes("Syrian"));
  const adj = names(text, { ner: false, demonyms: "adjectives" });
  assert.ok(adj.includes("Syrian"), adj.join("|"));
  assert.ok(!adj.includes("Russians"), adj.join("|"));
});

test("findToponyms with the NER model keeps LOC spans", () => {
  const text = "Protesters gathered in Ankara while officials in Moscow and Damascus watched.";
  const found = names(text);
  for (const n of ["Ankara", "Moscow", "Damascus"]) assert.ok(found.includes(n), found.join("|"));
});

test("findToponyms takes whole named features and cleans the model's spans", () => {
  const cases: readonly {
    title: string;
    text: string;
    opts?: Parameters<typeof findToponyms>[1];
    has: string[];
    not: string[];
  }[] = [
    {
      title: "a county, a valley and a lake are one toponym each",
      text: "Officials in Orange County and the Salinas Valley said water from Lake Erie was safe.",
      has: ["Orange County", "Salinas Valley", "Lake Erie"],
      not: ["Orange", "Salinas", "Erie"],
    },
    {
      title: "streets and buildings keep their whole names",
      text: "He was taken to Colchester General Hospital after a crash on Royal Street in the city.",
      has: ["Colchester General Hospital", "Royal Street"],
      not: ["Colchester"],
    },
    {
      title: "a compass word joins a region's name, not a sentence start",
      text: "Storms hit South Florida on Monday.",
      has: ["South Florida"],
      not: ["Florida"],
    },
    {
      title: "a list without its comma is split, and a swallowed 'The' is dropped",
      text: "Jobs in countries such as Cyprus, Greece Italy or Spain. They went to Portugal The pair will celebrate.",
      has: ["Greece", "Italy", "Portugal"],
      not: ["Greece Italy", "Portugal The"],
    },
    {
      title: "a place inside a hyphenated compound is found",
      text: "The Berlin-based company and a Calgary-based rival signed the deal.",
      opts: { embedded: true },
      has: ["Berlin", "Calgary"],
      not: [],
    },
    {
      title: "a two-word demonym is one adjectival toponym",
      text: "A South Korean court ruled on Friday.",
      opts: { demonyms: "adjectives" },
      has: ["South Korean"],
      not: ["Korean"],
    },
  ];
  for (const c of cases) {
    const got = names(c.text, c.opts);
    for (const n of c.has) assert.ok(got.includes(n), `${c.title}: missing ${n} in ${got.join("|")}`);
    for (const n of c.not) assert.ok(!got.includes(n), `${c.title}: unexpected ${n} in ${got.join("|")}`);
  }
});

test("findToponyms repeats a place found once at its other mentions, but not a person's surname", () => {
  const text =
    "The project began in Hinton last year. Hinton has cheap heat. Jim Amin spoke, and Amin left for Amin Street.";
  const got = findToponyms(text).filter((t) => t.name === "Hinton");
  assert.equal(got.length, 2, JSON.stringify(got));
  assert.ok(!names(text).includes("Amin"), names(text).join("|"));
});
