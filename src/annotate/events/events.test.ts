import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";

/** Each event as "who names: what", in text order. */
function eventsOf(text: string, published?: string): string[] {
  const doc = analyze(text, { mediaType: "text/plain", ...(published ? { published } : {}) });
  const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.name]));
  return (doc.layers.events ?? []).map((e) => `${e.who.map((id) => names.get(id)).join(", ")}: ${e.what}`);
}

describe("events: one per sentence with a participant and an event verb", () => {
  const rows: [string, string, string[]][] = [
    [
      "the verb and its clause",
      "Maria Lopez visited the Riverside air base on Monday.",
      ["Maria Lopez: visited the Riverside air base on Monday"],
    ],
    [
      "a verb form used as a noun is skipped for the verb after it",
      "After the meeting, Maria Lopez announced new taxes.",
      ["Maria Lopez: announced new taxes"],
    ],
    [
      "a participle opening the sentence is not its verb",
      "Meeting with world leaders in Geneva, John Carter warned of a trade war.",
      ["John Carter: warned of a trade war"],
    ],
    [
      "a participle describing a noun is not the verb",
      "The districts held by Maria Lopez's party voted against the plan.",
      ["Maria Lopez: voted against the plan"],
    ],
    ["a verb inside a quotation is what was said", "“We attacked nobody,” Maria Lopez said.", []],
    ["no event verb, no event", "Maria Lopez is the finance minister.", []],
    [
      "a title's dot does not end the clause",
      "Maria Lopez met Mr. Carter and Dr. Ruiz in Geneva.",
      ["Maria Lopez, Carter, Ruiz: met Mr. Carter and Dr. Ruiz in Geneva"],
    ],
    ["time left is no event", "With 11 months left in the term of Maria Lopez, nothing is certain.", []],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(eventsOf(text), expected));

  it("a sentence without a date happens when the paragraph's last dated sentence did", () => {
    const doc = analyze("On Monday, John Carter arrived in Geneva. He met Maria Lopez there.", {
      mediaType: "text/plain",
      published: "2017-12-12",
    });
    assert.deepEqual(
      (doc.layers.events ?? []).map((e) => e.when),
      ["2017-12-11", "2017-12-11"],
    );
  });
});
