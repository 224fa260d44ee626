import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Mention } from "../../core/document.js";
import { TITLE_TAIL_RULE, withoutTitleTail } from "./ner-recognizer.js";
import { dropTitleFronts } from "./refiners.js";

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

describe("dropTitleFronts: an organisation cut before a title stays unless it is the title's front", () => {
  const rows: [string, string, boolean][] = [
    ["Harbour Reserve Chairman Dana Ruiz spoke.", "Harbour Reserve", true],
    ["Senate Minority Leader Dana Ruiz spoke.", "Senate Minority", false],
    ["Campaign Communications Director Dana Ruiz spoke.", "Campaign Communications", false],
    ["Housing and Urban Renewal Secretary Dana Ruiz spoke.", "Urban Renewal", false],
  ];
  for (const [text, name, kept] of rows)
    it(`${name}: ${kept ? "kept" : "dropped"}`, () => {
      const start = text.indexOf(name);
      const m: Mention = {
        start,
        end: start + name.length,
        type: "organization",
        form: "name",
        rule: `entities:ner-ORG${TITLE_TAIL_RULE}`,
        score: 0.9,
      };
      assert.equal(dropTitleFronts([m], text, [{ start: 0, end: text.length }]).length, kept ? 1 : 0);
    });
});
