/**
 * Words that are also names of Object.prototype's members ("constructor", "toString", "valueOf", "__proto__") are
 * ordinary words in news text. A table written as an object literal and read with `table[word]` finds a function
 * for them, which once made the mentions stage fail for the whole article (E_STAGE_FAILED) and put functions among
 * the fact-check index terms. Every stage must treat them as words.
 */
import assert from "node:assert/strict";
import { it } from "node:test";
import { analyze } from "../src/analyze.js";
import { ordinalNumber, parseNumber } from "../src/annotate/times/lexicon.js";
import { ownEntry } from "../src/core/lookup.js";
import { terms } from "../src/factcheck/text.js";
import { toAnalysisJson } from "../src/output/json.js";
import { textDate } from "../src/read/html/metadata/dates.js";
import { decodeEntities } from "../src/read/html/metadata/jsonld.js";
import { schemaErrors, spanErrors } from "./helpers.js";

const PROTOTYPE_WORDS = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "isPrototypeOf"];

it("analyses an article full of prototype member names without a failed stage", () => {
  const text = [
    "Constructor Says Stadium Is Late",
    "",
    "The constructor of the new stadium, Acme Builders, said on Monday that the contract was worth $3 million.",
    `"The toString of it is simple," said John Smith, the project's engineer, in Springfield. Critics called the valueOf hasOwnProperty __proto__ isPrototypeOf plan a "constructor" problem.`,
    "It is the constructor day of the strike.",
  ].join("\n");
  const doc = analyze(text, { mediaType: "text/plain", published: "2024-03-05" });
  assert.deepEqual(doc.diagnostics, []);
  const json = toAnalysisJson(doc);
  assert.deepEqual(spanErrors(json), []);
  assert.deepEqual(schemaErrors(JSON.parse(JSON.stringify(json))), []);
  const names = (doc.layers.entities ?? []).map((e) => e.name);
  assert.ok(names.includes("John Smith"), names.join(" | "));
  assert.ok(names.includes("Springfield"), names.join(" | "));
  const surfaces = (doc.layers.times ?? []).map((t) => doc.text.slice(t.start, t.end));
  assert.ok(!surfaces.some((s) => /constructor/i.test(s)), `"the constructor day" is no ordinal: ${surfaces}`);
});

it("reads only a table's own entries", () => {
  for (const w of PROTOTYPE_WORDS) {
    assert.equal(ownEntry({ one: 1 }, w), undefined, w);
    assert.equal(ordinalNumber(w), undefined, w);
    assert.equal(parseNumber(w.toLowerCase()), undefined, w);
  }
  assert.equal(parseNumber("twenty-one"), 21);
  assert.equal(ownEntry({ one: 1 }, "one"), 1);
  assert.equal(ordinalNumber("third"), 3);
  for (const t of terms(`The ${PROTOTYPE_WORDS.join(" ")} said twelve`)) assert.equal(typeof t, "string", String(t));
  assert.ok(terms("twelve constructors").includes("12"));
  assert.equal(textDate("constructor 12, 2020"), undefined);
  assert.equal(decodeEntities("a &constructor; b &amp; c"), "a &constructor; b & c");
});
