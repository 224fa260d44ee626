import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize } from "../tokens/tokenize.js";
import { parseGazetteer } from "./gazetteer.js";
import { createDocContext, loadNerModel, type NerSpan, recognize } from "./index.js";
import { trimTitles } from "./model.js";

/** Obvious news sentences and the entities any usable model must find in them. */
const ROWS: [string, string[]][] = [
  ["Angela Merkel met executives of Siemens in Berlin on Tuesday.", ["Angela Merkel/PER", "Siemens/ORG", "Berlin/LOC"]],
  ["The United Nations sent food to Somalia last week.", ["United Nations/ORG", "Somalia/LOC"]],
  ["Police in Paris arrested two men, a spokesman said on Sunday.", ["Paris/LOC"]],
  ["Microsoft shares rose in New York after Bill Gates spoke.", ["Microsoft/ORG", "New York/LOC", "Bill Gates/PER"]],
];

test("recognize finds the obvious entities with character offsets", () => {
  for (const [text, expected] of ROWS) {
    const got = recognize(text).map((s) => `${text.slice(s.start, s.end)}/${s.label}`);
    assert.deepEqual(got, expected, text);
  }
});

test("tag returns token spans with scores in (0, 1]", () => {
  const text = ROWS[0]?.[0] ?? "";
  const words = tokenize(text).map((t) => text.slice(t.start, t.end));
  const spans = loadNerModel().tag(words, createDocContext([words]));
  assert.deepEqual(
    spans.map((s) => [words.slice(s.startToken, s.endToken).join(" "), s.label]),
    [
      ["Angela Merkel", "PER"],
      ["Siemens", "ORG"],
      ["Berlin", "LOC"],
    ],
  );
  for (const s of spans) assert.ok(s.score > 0 && s.score <= 1, String(s.score));
  assert.deepEqual(loadNerModel().tag([]), []);
});

test("the model is loaded once", () => {
  assert.equal(loadNerModel(), loadNerModel());
});

test("recognize keeps offsets when given sentence ranges", () => {
  const text = "Talks stalled.  Officials from Japan met Boris Johnson in London.";
  const second = text.indexOf("Officials");
  const got = recognize(text, [
    { start: 0, end: second - 2 },
    { start: second, end: text.length },
  ]).map((s) => `${text.slice(s.start, s.end)}/${s.label}`);
  assert.deepEqual(got, ["Japan/LOC", "Boris Johnson/PER", "London/LOC"]);
});

test("a listed title opening a PER span is trimmed, other spans are kept", () => {
  const gazetteer = parseGazetteer("honorific\tmr.\nhonorific\tsen.\ncity\tparis\n");
  const words = ["Mr.", "Smith", "met", "Sen.", "Jones", "in", "Paris"];
  const spans: NerSpan[] = [
    { startToken: 0, endToken: 2, label: "PER", score: 0.9 },
    { startToken: 3, endToken: 5, label: "ORG", score: 0.9 },
    { startToken: 6, endToken: 7, label: "LOC", score: 0.9 },
  ];
  assert.deepEqual(
    trimTitles(words, spans, gazetteer).map((s) => [s.startToken, s.endToken, s.label]),
    [
      [1, 2, "PER"],
      [3, 5, "ORG"],
      [6, 7, "LOC"],
    ],
  );
});
