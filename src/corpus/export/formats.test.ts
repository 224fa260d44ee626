import assert from "node:assert/strict";
import { test } from "node:test";
import type { Document } from "../../core/document.js";
import { bratAnnotations, csvField } from "./formats.js";

test("csvField quotes only what needs quoting", () => {
  const rows: Array<[unknown, string]> = [
    ["plain", "plain"],
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["two\nlines", '"two\nlines"'],
    [undefined, ""],
    [42, "42"],
  ];
  for (const [input, expected] of rows) assert.equal(csvField(input), expected);
});

test("bratAnnotations: entity, quote with speaker note, claim; spans across lines become fragments", () => {
  const text = "Ann Lee said:\n“We lost everything.” Prices rose 40%.";
  const q = { start: text.indexOf("said"), end: text.indexOf("” ") + 1 };
  const c = { start: text.indexOf("Prices"), end: text.length };
  const layers: Document["layers"] = {
    entities: [
      {
        id: "e1",
        type: "person",
        name: "Ann Lee",
        roles: [],
        mentions: [{ start: 0, end: 7, form: "name", certainty: "stated" }],
      },
    ],
    quotes: [
      {
        id: "q1",
        kind: "direct",
        ...q,
        speaker: "e1",
        speakerInferred: false,
        marks: { open: true, close: true },
        rule: "t",
      },
    ],
    claims: [{ id: "c1", ...c, score: 0.9, cues: ["number"] }],
  };
  const ann = bratAnnotations({ text, layers }).trim().split("\n");
  assert.deepEqual(ann, [
    "T1\tPerson 0 7\tAnn Lee",
    `T2\tQuote ${q.start} 13;14 ${q.end}\tsaid: “We lost everything.”`,
    "#1\tAnnotatorNotes T2\tspeaker: Ann Lee",
    `T3\tClaim ${c.start} ${c.end}\tPrices rose 40%.`,
    "#2\tAnnotatorNotes T3\tscore: 0.90; cues: number",
  ]);
});
