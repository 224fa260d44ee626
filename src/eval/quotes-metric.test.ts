import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  exactSpanCounts,
  goldDirectQuotes,
  isEnclosed,
  mergeAdjacent,
  normalizeQuoteSpan,
  parseBrat,
  prf,
  speakerCorrect,
  tokenCounts,
} from "./quotes-metric.js";

const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" not in text`);
  return { start, end: start + part.length };
};

describe("prf", () => {
  const rows: [number, number, number, number, number, number][] = [
    [2, 1, 1, 2 / 3, 2 / 3, 2 / 3],
    [0, 0, 0, 0, 0, 0],
    [3, 0, 1, 1, 0.75, 6 / 7],
  ];
  for (const [tp, fp, fn, p, r, f] of rows) {
    it(`tp=${tp} fp=${fp} fn=${fn}`, () => {
      const s = prf(tp, fp, fn);
      assert.ok(Math.abs(s.precision - p) < 1e-9 && Math.abs(s.recall - r) < 1e-9 && Math.abs(s.f1 - f) < 1e-9);
    });
  }
});

describe("brat parsing and gold direct quotations", () => {
  const text = "“We will win,” Smith said. Jones said taxes would fall. “A. B.” he added.";
  const q1 = span(text, "“We will win,”");
  const a = span(text, "“A.");
  const b = span(text, "B.”");
  const ann = [
    `T1\tContent ${q1.start} ${q1.end}\t…`,
    `T2\tSource ${span(text, "Smith").start} ${span(text, "Smith").end}\tSmith`,
    `T3\tCue ${span(text, "said").start} ${span(text, "said").end}\tsaid`,
    "E1\tAttribution:T9 Content:T1 Source:T2 Cue:T3",
    `T4\tContent ${span(text, "taxes would fall").start} ${span(text, "taxes would fall").end}\t…`,
    `T5\tSource ${span(text, "Jones").start} ${span(text, "Jones").end}\tJones`,
    "E2\tContent:T4 Source:T5",
    `T6\tContent ${a.start} ${a.end};${b.start} ${b.end}\t…`,
    "E3\tContent:T6",
  ].join("\n");

  it("reads events with their roles, discontinuous spans as parts", () => {
    const atts = parseBrat(ann);
    assert.equal(atts.length, 3);
    assert.deepEqual(atts[0]?.source, [span(text, "Smith")]);
    assert.equal(atts[2]?.content.length, 2);
  });
  it("keeps enclosed content only, merging parts cut per sentence", () => {
    const gold = goldDirectQuotes(text, parseBrat(ann));
    assert.deepEqual(
      gold.map((g) => text.slice(g.span.start, g.span.end)),
      ["We will win", "A. B"],
    );
    assert.equal(isEnclosed(text, span(text, "taxes would fall")), false);
    assert.deepEqual(mergeAdjacent(text, [b, a]), [{ start: a.start, end: b.end }]);
  });
  it("normalises marks and edge punctuation away", () => {
    assert.equal(text.slice(...(Object.values(normalizeQuoteSpan(text, q1)) as [number, number])), "We will win");
  });
});

describe("a Content part is inside quotation marks", () => {
  // [case, text, the Content part as written in the text, whether it is a direct quotation]
  const rows: [string, string, string, boolean][] = [
    ["marks inside the part", "“We will win,” she said.", "“We will win,”", true],
    ["opening mark left just outside", "She said. “We will win.” Then she left.", "We will win.”", true],
    ["straight mark left just outside", 'Then: "We will win," she said.', 'We will win,"', true],
    ["both marks left outside", "He called them “deplorables.” Then he left.", "deplorables", true],
    ["reported speech with a quoted end", "She said that Trump was “unfit.”", "that Trump was “unfit.”", false],
    [
      "a quoted start, then the reporter's words",
      "“You squeezed them” to drive up the price.",
      "“You squeezed them” to drive up the price",
      false,
    ],
    [
      "a paragraph of a quotation reopened in the next",
      "“The first part of it.\n\n“The second part,” she said.",
      "“The first part of it.",
      true,
    ],
    [
      "an open mark the paragraph closes later",
      "“Trump is a fraud. He said so,” Moore said.",
      "“Trump is a fraud.",
      false,
    ],
    [
      "an open quotation the next paragraph does not reopen",
      "“The first part of it.\n\nThe report ends.",
      "“The first part of it.",
      false,
    ],
    ["a closing mark after a space is no opening", 'It was "safe" and then it was not.', "and then it was not", false],
    [
      "a quoted transcript turn after its speaker label",
      'As follows:\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not."',
      "Will she be there?",
      true,
    ],
    [
      "a turn of two capitalised names",
      'As follows:\n\n"Chris Matthews: It sounds great.\n\n"But then I ask."',
      "It sounds great.",
      true,
    ],
    [
      "a pull quote closed after its credit line",
      'Intro.\n\n"We will enter the next recession without it.\nJosh Bivens, Economic Policy Institute."\n\nNext.',
      '"We will enter the next recession without it.',
      true,
    ],
    [
      "a long line after the part is no credit line",
      'Intro.\n\n"We will enter the next recession.\nThe economists at the institute said so in a report that was long."',
      '"We will enter the next recession.',
      false,
    ],
    [
      "several quotations joined by the reporter's words",
      "Trump went on about “how the system is rigged,” and “wounded families” and “our citizens,” she said.",
      "how the system is rigged,” and “wounded families” and “our citizens",
      false,
    ],
    ["straight marks joined by the reporter's words", 'He calls people "losers" and "sad."', 'losers" and "sad', false],
    ["quotations with no words between them", "He said: “One.” “Two.” Then he left.", "“One.” “Two.”", true],
    [
      "double marks set wrong inside a single quotation stay one quotation",
      "“As he said ‘So poor.” And that’s all he has “the root of it’.” ― Jane Doe.",
      "“As he said ‘So poor.” And that’s all he has “the root of it’.”",
      true,
    ],
    ["one capitalised word is no speaker label", "“Look: we will win,” she said.", "we will win,”", false],
    [
      "a reopened paragraph whose mark the annotator left outside",
      'As follows:\n\n"But the truth is that.\n\n"More words."',
      "But the truth is that.",
      true,
    ],
  ];
  for (const [name, text, part, expected] of rows)
    it(name, () => assert.equal(isEnclosed(text, span(text, part)), expected));
});

describe("a transcript turn's speaker label is not compared", () => {
  const text = 'As follows:\n\n"RAMOS: Did you lie to them?\n\n"CLINTON: No."';
  const aside = 'She wrote, "NOTE: Read this first."';
  const rows: [string, string, string, string][] = [
    ["a label inside the span is skipped", text, '"RAMOS: Did you lie to them?', "Did you lie to them"],
    ["a span without its label is kept", text, "Did you lie to them?", "Did you lie to them"],
    ["a label mid-paragraph is part of what was said", aside, '"NOTE: Read this first."', "NOTE: Read this first"],
  ];
  for (const [name, t, part, expected] of rows)
    it(name, () => {
      const n = normalizeQuoteSpan(t, span(t, part));
      assert.equal(t.slice(n.start, n.end), expected);
    });
  it("exact matching treats both conventions alike", () => {
    const s = exactSpanCounts(text, [span(text, "Did you lie to them?")], [span(text, '"RAMOS: Did you lie to them?')]);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 0]);
  });
});

describe("span scores", () => {
  const text = "“One two three,” he said. “Four five.” Six seven.";
  const gold = [span(text, "One two three"), span(text, "Four five")];
  it("exact: one right, one wrong boundary", () => {
    const s = exactSpanCounts(text, [span(text, "One two three,"), span(text, "Four")], gold);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 1, 1]);
  });
  it("token overlap counts word tokens, not characters or marks", () => {
    const s = tokenCounts(
      text,
      [span(text, "One two three"), span(text, "Four five.” Six")],
      [span(text, "One two three"), span(text, "Four five")],
    );
    assert.deepEqual([s.tp, s.fp, s.fn], [5, 1, 0]);
    const t = tokenCounts(text, [span(text, "two three"), span(text, "Four five.” Six seven")], gold);
    assert.deepEqual([t.tp, t.fp, t.fn], [4, 2, 1]);
  });
});

describe("speaker correctness", () => {
  const text = "Donald Trump spoke. “Yes,” he said. Later, President Obama spoke.";
  const he = span(text, "he");
  const rows: [string, Parameters<typeof speakerCorrect>[1], string[], boolean][] = [
    ["source span overlaps the gold source", [span(text, "he said")], [], true],
    ["a coreferent name", [], ["Trump"], true],
    ["a shared title is not enough", [], ["President Obama"], false],
    ["a different span and name", [span(text, "Obama")], ["Barack Obama"], false],
  ];
  for (const [name, spans, names, expected] of rows)
    it(name, () => assert.equal(speakerCorrect(text, spans, names, [he, span(text, "Donald Trump")]), expected));
});
