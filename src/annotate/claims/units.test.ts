import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Quote } from "../../core/document.js";
import { tokenize } from "../tokens/tokenize.js";
import { sentenceUnits, tokenRangeOfSpan, tokensOfSpan, WordCounter, wordCount } from "./units.js";

/** Texts whose spans start and end inside words, on marks, on digits and inside surrogate pairs. */
const TEXTS = [
  "Refugees are returning, the mayor said; 3,000 homes were rebuilt in 2019.",
  "Ça va? Élodie's naïve café — “Quoted,” she said… 😀 emoji😀word 𝒜lpha 𝒜 and e\u0301t\u0301e\u0301.",
  "\ud83d lone high, lone low \ude00, and 12ab34 — 😀😀 end𝒜",
  "",
];

describe("WordCounter counts every span's words as wordCount does", () => {
  for (const text of TEXTS) {
    it(JSON.stringify(text.slice(0, 30)), () => {
      const counter = new WordCounter(text);
      for (let start = 0; start <= text.length; start++)
        for (let end = start - 1; end <= text.length; end++) {
          const span = { start, end };
          assert.equal(counter.count(span), wordCount(text, span), `${start}..${end}`);
        }
    });
  }
});

describe("tokensOfSpan gives tokenize(slice)'s tokens whenever it gives any", () => {
  const texts = [
    "Mr. Smith's aides met in the U.S. on Monday; they'd left U.S.A. by 3:30 p.m. — “Quoted,” he said.",
    "The bill's author, Sen. Jane Doe, said 1,000.5 units (U.N.) weren't enough!U.S.The end 'tis.",
    "ab'sMr. x_Mr.y 12th 1990s 5% Sinn-Féin O'Brien AT&T 😀emoji e\u0301t\u0301e\u0301",
  ];
  for (const text of texts) {
    it(JSON.stringify(text.slice(0, 30)), () => {
      const all = tokenize(text);
      let given = 0;
      for (let start = 0; start <= text.length; start++)
        for (let end = start; end <= text.length; end++) {
          const got = tokensOfSpan(text, all, start, end);
          const range = tokenRangeOfSpan(text, all, start, end);
          assert.deepEqual(range && all.slice(range.first, range.end), got, `range ${start}..${end}`);
          if (got === undefined) continue;
          given++;
          const expected = tokenize(text.slice(start, end)).map((t) => ({
            ...t,
            start: t.start + start,
            end: t.end + start,
          }));
          assert.deepEqual(got, expected, `${start}..${end}`);
        }
      assert.ok(given > text.length, "most spans between tokens are given");
    });
  }
});

describe("the attribution of a direct quotation beside it is no unit of its own", () => {
  /** A direct quotation of the words in marks, with `cue` as its cue and `source` as its source. */
  const direct = (text: string, cue: string, source: string): Quote => {
    const open = text.indexOf("“") + 1;
    const at = text.indexOf(cue);
    const from = text.indexOf(source);
    return {
      id: "q1",
      start: open,
      end: text.indexOf("”", open),
      kind: "direct",
      speakerInferred: false,
      cue: { start: at, end: at + cue.length },
      source: { start: from, end: from + source.length },
      marks: { open: true, close: true },
      rule: "test",
    };
  };
  const rows: [string, string, [string, string], string[]][] = [
    [
      "a long frame before the quotation",
      "In a statement issued on Tuesday, Jo Roe, the party's chief spokesman and adviser, said, “Each state submitted its plan last year.”",
      ["said", "Jo Roe, the party's chief spokesman and adviser"],
      ["Each state submitted its plan last year.", "“Each state submitted its plan last year.”"],
    ],
    [
      "a clause of the author's before the frame stays",
      "The party sent 40 plans to the campaigns last year, and Jo Roe, the party's spokesman, later said, “Each state submitted its plan.”",
      ["said", "Jo Roe, the party's spokesman"],
      [
        "Each state submitted its plan.",
        "The party sent 40 plans to the campaigns last year, and Jo Roe, the party's spokesman, later said",
        "“Each state submitted its plan.”",
      ],
    ],
    [
      "an apposition between the source and the cue is part of the frame",
      "Jo Roe (left), pictured here with the party's chair and its treasurer, said on Monday, “Each state submitted its plan last year.”",
      ["said", "Jo Roe"],
      ["Each state submitted its plan last year.", "“Each state submitted its plan last year.”"],
    ],
    [
      "a predicate between commas after the source is the author's claim",
      "Jo Roe, who was praised for the count, has lifted the state's order on the vote, saying, “Each state submitted its plan.”",
      ["saying", "Jo Roe"],
      [
        "Each state submitted its plan.",
        "Jo Roe, who was praised for the count, has lifted the state's order on the vote, saying",
        "“Each state submitted its plan.”",
      ],
    ],
    [
      "a predicate between the source and the cue is the author's claim",
      "Jo Roe backed a far larger plan in 2017 and the year after, writing in a post, “Each state submitted its plan.”",
      ["writing", "Jo Roe"],
      [
        "Each state submitted its plan.",
        "Jo Roe backed a far larger plan in 2017 and the year after, writing in a post",
        "“Each state submitted its plan.”",
      ],
    ],
  ];
  for (const [name, text, [cue, source], expected] of rows)
    it(name, () => {
      const units = sentenceUnits(text, { start: 0, end: text.length, block: 0 }, [direct(text, cue, source)]);
      assert.deepEqual(
        units.map((u) => text.slice(u.start, u.end)),
        expected,
      );
    });
});
