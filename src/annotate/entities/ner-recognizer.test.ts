import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Mention } from "../../core/document.js";
import { listedAmongOrganisations, TITLE_TAIL_RULE, withoutTitleTail } from "./ner-recognizer.js";
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

describe("listedAmongOrganisations: a doubtful name listed with sure organisations is one", () => {
  type S = { start: number; end: number; label: string; score: number };
  const span = (text: string, word: string, label: string, score: number): S => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, label, score };
  };
  const rows: [string, string, [string, string, number][], string, string][] = [
    [
      "between two sure organisations",
      "Plants run by Velde-Marl, Lumora and Brightwell closed.",
      [
        ["Velde-Marl", "MISC", 0.38],
        ["Lumora", "ORG", 0.9],
        ["Brightwell", "ORG", 0.95],
      ],
      "Velde-Marl",
      "ORG",
    ],
    [
      "with one other item only, it stays doubtful",
      "Plants run by Velde-Marl and Lumora closed.",
      [
        ["Velde-Marl", "MISC", 0.38],
        ["Lumora", "ORG", 0.9],
      ],
      "Velde-Marl",
      "MISC",
    ],
    [
      "a list inside a body's name is no list of bodies",
      "The Bureau of Harbours, Tolls, Ferries and Docks said so.",
      [
        ["Bureau of Harbours", "ORG", 0.9],
        ["Tolls", "ORG", 0.8],
        ["Ferries", "ORG", 0.4],
        ["Docks", "ORG", 0.8],
      ],
      "Ferries",
      "ORG:0.4",
    ],
    [
      "a word the text also writes in lower case is a common word",
      "Lumora, Brightwell, Harbour and a harbour closed.",
      [
        ["Lumora", "ORG", 0.9],
        ["Brightwell", "ORG", 0.9],
        ["Harbour", "LOC", 0.4],
      ],
      "Harbour",
      "LOC",
    ],
    [
      "a person among organisations is not vouched for",
      "Lumora, Dana Ruiz and Velde-Marl closed.",
      [
        ["Lumora", "ORG", 0.9],
        ["Dana Ruiz", "PER", 0.9],
        ["Velde-Marl", "MISC", 0.38],
      ],
      "Velde-Marl",
      "MISC",
    ],
  ];
  for (const [name, text, given, word, want] of rows)
    it(name, () => {
      const out = listedAmongOrganisations(
        text,
        given.map(([w, label, score]) => span(text, w, label, score)),
      );
      const got = out.find((s) => text.slice(s.start, s.end) === word);
      assert.ok(got);
      assert.equal(want.includes(":") ? `${got.label}:${got.score}` : got.label, want);
    });
});
