import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { splitLines } from "./context.js";
import { scanMarks } from "./marks.js";
import { findRegions } from "./regions.js";

function regions(text: string): { content: string; open: boolean; close: boolean; rule: string }[] {
  return findRegions(text, splitLines(text, { start: 0, end: text.length })).map((r) => ({
    content: text.slice(r.start, r.end),
    open: r.marks.open,
    close: r.marks.close,
    rule: r.rule,
  }));
}

describe("quotation marks are paired into regions", () => {
  const rows: [string, string, { content: string; open: boolean; close: boolean; rule: string }[]][] = [
    [
      "curly double",
      "She said “we will win” today.",
      [{ content: "we will win", open: true, close: true, rule: "marks:paired" }],
    ],
    [
      "straight double",
      'He said "no comment" and left.',
      [{ content: "no comment", open: true, close: true, rule: "marks:paired" }],
    ],
    ["guillemets", "Il a dit «jamais» hier.", [{ content: "jamais", open: true, close: true, rule: "marks:paired" }]],
    [
      "doubled straight singles",
      "''This isn't reform,'' said the economist.",
      [{ content: "This isn't reform,", open: true, close: true, rule: "marks:paired" }],
    ],
    [
      "nested single inside double",
      "“They told me ‘go home’ twice,” she said.",
      [
        { content: "They told me ‘go home’ twice,", open: true, close: true, rule: "marks:paired" },
        { content: "go home", open: true, close: true, rule: "marks:paired" },
      ],
    ],
    [
      "newswire continuation over paragraphs",
      "“The first part of the statement.\n\n“The second part,” the mayor said.",
      [
        { content: "The first part of the statement.", open: true, close: false, rule: "marks:continued" },
        { content: "The second part,", open: true, close: true, rule: "marks:continued" },
      ],
    ],
    [
      "a straight mark after a comma and before a space closes a quotation carried from the paragraph before",
      '"The first part of the post.\n\nThe second part," the mayor wrote.\n\n"Another post!"',
      [
        { content: "The first part of the post.", open: true, close: false, rule: "marks:continued" },
        { content: "The second part,", open: false, close: true, rule: "marks:continued" },
        { content: "Another post!", open: true, close: true, rule: "marks:paired" },
      ],
    ],
    [
      "a straight mark glued after a comma still opens a quotation",
      'He said,"We will go." Then he left.',
      [{ content: "We will go.", open: true, close: true, rule: "marks:paired" }],
    ],
    [
      "missing opening mark after a colon cue",
      "The ministry made an announcement: \n\nAll the bridges are repaired, the roads are open.” Traffic resumed.",
      [
        {
          content: "All the bridges are repaired, the roads are open.",
          open: false,
          close: true,
          rule: "marks:missing-open",
        },
      ],
    ],
    [
      "a left mark set where a right one belongs",
      "“We will win,“ she said.",
      [{ content: "We will win,", open: true, close: true, rule: "marks:paired" }],
    ],
    [
      "triple straight marks close a single inside a double",
      "''He told me, 'no daylight,''' she recalled.",
      [
        { content: "He told me, 'no daylight,'", open: true, close: true, rule: "marks:paired" },
        { content: "no daylight,", open: true, close: true, rule: "marks:paired" },
      ],
    ],
    [
      "doubled straight singles closing after a space",
      "''They built coalitions, '' said Mr. Gunnels.",
      [{ content: "They built coalitions,", open: true, close: true, rule: "marks:paired" }],
    ],
    [
      "a left mark set where a right one belongs, before a bracketed source",
      "Pollster: “Turnout was high.“[HuffPost.]",
      [{ content: "Turnout was high.", open: true, close: true, rule: "marks:paired" }],
    ],
    [
      "a left single mark used as an apostrophe leaves later quotations on top",
      "The Review‘s founding “aristocratic conservatism” is back. “The market has not failed,” he mocks.",
      [
        { content: "aristocratic conservatism", open: true, close: true, rule: "marks:paired" },
        { content: "The market has not failed,", open: true, close: true, rule: "marks:paired" },
      ],
    ],
    [
      "a credit line closing the quotation above is not speech",
      '"We will enter the next recession without a consensus.\nJosh Bivens, Economic Policy Institute."',
      [
        {
          content: "We will enter the next recession without a consensus.",
          open: true,
          close: false,
          rule: "marks:missing-close",
        },
      ],
    ],
    [
      "a double quotation closed by a single mark set wrong",
      "Schumer tweeted: “Let’s go. We can win.’ She starred in “Trainwreck.”",
      [
        { content: "Let’s go. We can win.", open: true, close: true, rule: "marks:paired" },
        { content: "Trainwreck.", open: true, close: true, rule: "marks:paired" },
      ],
    ],
    [
      "a stray single mark is no close when a double mark closes later",
      "“He said no.’ Then he left,” she said.",
      [{ content: "He said no.’ Then he left,", open: true, close: true, rule: "marks:paired" }],
    ],
    [
      "a paragraph credited by a dash byline is one quotation when its inner single marks were set wrong",
      "“Our town deserves better. As my father said ‘You reap what you sow.” And we reaped “a bitter harvest’.” ― Maria Lopez.",
      [
        {
          content:
            "Our town deserves better. As my father said ‘You reap what you sow.” And we reaped “a bitter harvest’.",
          open: true,
          close: true,
          rule: "marks:paired",
        },
        { content: "a bitter harvest’.", open: true, close: true, rule: "marks:paired" },
      ],
    ],
    [
      "without a dash byline, a single mark closed by a double one still ends the quotation there",
      "“We came to work. As Mom said ‘Keep going.” Then it rained.",
      [{ content: "We came to work. As Mom said ‘Keep going.", open: true, close: true, rule: "marks:paired" }],
    ],
    [
      "a credit line of a name and a title in lower case is not speech",
      '"Our efforts have been insufficient.\nAmy Pope, deputy homeland security advisor."',
      [
        {
          content: "Our efforts have been insufficient.",
          open: true,
          close: false,
          rule: "marks:missing-close",
        },
      ],
    ],
    [
      "no missing opening mark guessed when the sentence runs on after the close",
      'Oz took Trump through a cursory review of [his] systems" including his heart.',
      [],
    ],
    [
      "missing closing mark runs to the paragraph end",
      "“We are not done yet, she said\n\nNext paragraph.",
      [{ content: "We are not done yet, she said", open: true, close: false, rule: "marks:missing-close" }],
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(regions(text), expected));
});

describe("apostrophes, primes and elisions are not quotation marks", () => {
  const rows: [string, string][] = [
    ["possessive", "Smith's visit and the voters' choice were news."],
    ["curly possessive", "The senator’s aide and the voters’ choice."],
    ["contraction", "We don't know and can't say."],
    ["feet and inches", 'The guard is 5\'11" tall and the screen is 27" wide.'],
    ["rock 'n' roll", "They played rock 'n' roll all night."],
    ["decade elision", "Back in the '90s and the ‘80s it was different."],
  ];
  for (const [name, text] of rows) {
    it(name, () => {
      assert.deepEqual(regions(text), []);
      assert.deepEqual(
        scanMarks(text, 0, text.length).filter((m) => m.family !== "single" || m.role === "close"),
        [],
      );
    });
  }
});

describe("how deep a quotation is nested", () => {
  const topLevel = (text: string): string[] =>
    findRegions(text, splitLines(text, { start: 0, end: text.length }))
      .filter((r) => r.depth === 0)
      .map((r) => text.slice(r.start, r.end));
  const rows: [string, string, string[]][] = [
    ["single inside double", "“They told me ‘go home’ twice,” she said.", ["They told me ‘go home’ twice,"]],
    ["double after a left mark used as an apostrophe", "The Review‘s “old guard” left.", ["old guard"]],
    ["double after a stray unclosed single", "Its 'best days are over. “We are done,” she said.", ["We are done,"]],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(topLevel(text), expected));
});

describe("a left single mark between letters is an apostrophe set wrong", () => {
  const rows: [string, string, number][] = [
    ["between letters", "The National Review‘s founders met.", 0],
    ["opening a quotation", "He said ‘no’ twice.", 2],
  ];
  for (const [name, text, marks] of rows) it(name, () => assert.equal(scanMarks(text, 0, text.length).length, marks));
});
