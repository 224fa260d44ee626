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
