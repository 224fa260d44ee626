import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withoutTitleTail } from "./ner-recognizer.js";

describe("withoutTitleTail: an organisation's span ends before its officer's title", () => {
  const rows: [string, string][] = [
    ["Harbour Reserve Chairman Dana Ruiz", "Harbour Reserve"],
    ["Lumora President Karim Haddad", "Lumora"],
    ["World Rowing Organization Director-General", "World Rowing Organization"],
    ["Harbour Council Spokeswoman", "Harbour Council"],
    // The title is part of the name: "of" after it, or a word that asks for more before it.
    ["Office of the Director of Harbour Intelligence", "Office of the Director of Harbour Intelligence"],
    ["Association of Chief Police Officers", "Association of Chief Police Officers"],
    ["Harbour Chief executives", "Harbour Chief executives"],
    // A title as the first word is the name's own.
    ["Chairman's Club", "Chairman's Club"],
  ];
  for (const [text, want] of rows)
    it(`${text} → ${want}`, () => {
      const span = withoutTitleTail(text, { start: 0, end: text.length });
      assert.equal(text.slice(span.start, span.end), want);
    });
});
