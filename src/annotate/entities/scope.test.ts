import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { testDocument } from "../../core/test-document.js";
import { readableRanges } from "./scope.js";

describe("readableRanges: the lines the entity rules read", () => {
  const text =
    "Subscribe to our newsletter\nJane Roe, the health minister, at a briefing on Monday.\nThe minister spoke.";
  const newsletter = { start: 0, end: text.indexOf("\n"), kind: "newsletter" as const, rule: "test" };
  const captionStart = text.indexOf("Jane");
  const caption = {
    start: captionStart,
    end: text.indexOf("\n", captionStart),
    kind: "caption" as const,
    rule: "test",
  };
  const read = (kinds: (typeof newsletter | typeof caption)[]) =>
    readableRanges(testDocument(text, { layers: { boilerplate: kinds } })).map((r) => text.slice(r.start, r.end));

  it("skips furniture such as a newsletter prompt", () => {
    assert.deepEqual(read([newsletter]), [text.slice(captionStart, caption.end), "The minister spoke."]);
  });

  it("skips a photo caption: its credits name photographers and agencies", () => {
    assert.deepEqual(read([newsletter, caption]), ["The minister spoke."]);
  });
});
