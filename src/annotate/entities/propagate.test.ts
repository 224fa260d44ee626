import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Mention } from "../../core/document.js";
import { seededRandom } from "../../core/random.js";
import { escapeRegExp } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { propagateNames } from "./refiners.js";

const mention = (text: string, name: string, nth = 0): Mention => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(name, at + 1);
  assert.ok(at >= 0, `${name} not in text`);
  return { start: at, end: at + name.length, type: "person", form: "name", rule: "entities:ner", score: 0.9 };
};

/** The definition: one regex alternation of the names, longest first, whole words, over each range. */
function byRegex(mentions: readonly Mention[], text: string, ranges: readonly Span[]): [number, number][] {
  const names = [
    ...new Set(
      mentions
        .filter((m) => m.form === "name" && m.end - m.start >= 4 && /^\p{Lu}/u.test(text.slice(m.start, m.end)))
        .map((m) => text.slice(m.start, m.end)),
    ),
  ].sort((a, b) => b.length - a.length);
  const covered = new Uint8Array(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${names.map(escapeRegExp).join("|")})(?![\p{L}\p{N}])`, "gu");
  const out: [number, number][] = [];
  for (const r of ranges)
    for (const m of text.slice(r.start, r.end).matchAll(re)) {
      const start = r.start + m.index;
      const end = start + m[0].length;
      if (covered.subarray(start, end).some((c) => c === 1)) continue;
      covered.fill(1, start, end);
      out.push([start, end]);
    }
  return out;
}

const added = (mentions: readonly Mention[], text: string, ranges: readonly Span[]): [number, number][] =>
  propagateNames(mentions, text, ranges)
    .filter((m) => m.rule === "entities:name-propagation")
    .map((m) => [m.start, m.end]);

describe("name propagation", () => {
  const cases: [string, string, string[], Span[] | undefined][] = [
    [
      "every uncovered whole-word copy",
      "Bashar Assad spoke. Later Bashar Assad left; Assadi stayed.",
      ["Bashar Assad"],
      undefined,
    ],
    ["longest name first", "John Smith met Smith. John Smith and Smithers.", ["John Smith", "Smith"], undefined],
    [
      "ranges bound words",
      "Merkel|Merkel's aide. Merkelism",
      ["Merkel"],
      [
        { start: 0, end: 6 },
        { start: 7, end: 30 },
      ],
    ],
    ["letters outside the BMP count as letters", "Obama 𝐀Obama Obama𝐀 Obama.", ["Obama"], undefined],
    [
      "accents and digits are word characters",
      "Zoë Ball, Zoë Ballé, 2Zoë Ball, Zoë Ball3, Zoë Ball.",
      ["Zoë Ball"],
      undefined,
    ],
  ];
  for (const [name, text, names, ranges] of cases) {
    it(name, () => {
      const ms = names.map((n) => mention(text, n));
      const rs = ranges ?? [{ start: 0, end: text.length }];
      assert.deepEqual(added(ms, text, rs), byRegex(ms, text, rs));
      assert.ok(added(ms, text, rs).length > 0);
    });
  }

  it("agrees with the regex definition on generated texts", () => {
    const random = seededRandom(7);
    const words = ["Anna Lee", "Lee", "Anna", "Leeds", "ANNA", "Anna Leeson", "the", "and", "Lee-Anna", "x", "é"];
    for (let trial = 0; trial < 200; trial++) {
      const parts: string[] = [];
      for (let i = 0; i < 30; i++) parts.push(words[Math.floor(random() * words.length)] ?? "");
      const text = parts.join(random() < 0.5 ? " " : ", ");
      const ms = ["Anna Lee", "Leeds", "Anna Leeson"].filter((n) => text.includes(n)).map((n) => mention(text, n));
      const cut = Math.floor(random() * text.length);
      const rs = [
        { start: 0, end: cut },
        { start: cut, end: text.length },
      ];
      assert.deepEqual(added(ms, text, rs), byRegex(ms, text, rs), text);
    }
  });
});
