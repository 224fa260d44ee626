import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { QuoteKind } from "../../core/document.js";
import { testDocument } from "../../core/test-document.js";
import { findHeadlineDrafts, headlineSpan } from "./headline.js";

/** A document whose first line is its headline block, as the plain-text reader makes it. */
function withHeadline(headline: string, body = "The body follows."): ReturnType<typeof testDocument> {
  const text = `${headline}\n\n${body}`;
  const bodyStart = headline.length + 2;
  return testDocument(text, {
    body: { start: bodyStart, end: text.length },
    layers: {
      blocks: [
        { start: 0, end: headline.length, kind: "headline" },
        { start: bodyStart, end: text.length, kind: "paragraph" },
      ],
    },
  });
}

function kinds(headline: string): [string, QuoteKind][] {
  const doc = withHeadline(headline);
  return findHeadlineDrafts(doc).map((d) => [doc.text.slice(d.start, d.end), d.kind]);
}

describe("quotations in the headline", () => {
  const rows: [string, string, [string, QuoteKind][]][] = [
    [
      "after a colon, speech",
      "Warren to Wells Fargo CEO: ‘You Should Be Criminally Investigated.’",
      [["You Should Be Criminally Investigated.", "direct"]],
    ],
    ["opening the headline, attribution after", "‘We Will Win,’ Says Mayor", [["We Will Win,", "direct"]]],
    [
      "inside the headline's sentence, a fragment whatever its capitals",
      "Obama Says Museum Will Tell of ‘Suffering and Delight’",
      [["Suffering and Delight", "partial"]],
    ],
    [
      "opening the headline with more headline after it, not speech",
      "‘ISIS Truther’ Donald Trump Is Like A Lawyer’s Client",
      [["ISIS Truther", "name"]],
    ],
    ["no marks, no quotations", "Poll: Wealthy Voters Abandon Party", []],
  ];
  for (const [name, headline, expected] of rows) it(name, () => assert.deepEqual(kinds(headline), expected));

  it("marks every headline draft as the headline's, before the first paragraph", () => {
    const [d] = findHeadlineDrafts(withHeadline("Trump: ‘I Am the Worst Thing for Them’"));
    assert.ok(d);
    assert.equal(d.paragraph, -1);
    assert.match(d.rule, /^headline\+/);
  });

  it("reads no headline inside the body", () => {
    const doc = testDocument("“We will win,” she said.", { body: { start: 0, end: 24 } });
    assert.equal(headlineSpan(doc), undefined);
  });
});

describe("a speaker's claim after a colon in the headline", () => {
  /** The headline with one person's mention at the given name, as the entity layer makes it. */
  function claims(headline: string, name: string, type = "person"): [string, string][] {
    const doc = withHeadline(headline);
    const at = headline.indexOf(name);
    const entities = [
      {
        id: "e1",
        type,
        name,
        roles: [],
        mentions: [{ start: at, end: at + name.length, form: "name", certainty: "stated" }],
      },
    ];
    const withEntities = { ...doc, layers: { ...doc.layers, entities } } as unknown as typeof doc;
    return findHeadlineDrafts(withEntities)
      .filter((d) => d.kind === "indirect")
      .map((d) => [
        doc.text.slice(d.start, d.end),
        doc.text.slice(d.attribution?.source?.start, d.attribution?.source?.end),
      ]);
  }
  const rows: [string, string, string, string, [string, string][]][] = [
    [
      "a person's name, then a claim",
      "Lane: Budget Cuts Will Hurt Rural Schools",
      "Lane",
      "person",
      [["Budget Cuts Will Hurt Rural Schools", "Lane"]],
    ],
    [
      "a label before a dash is not the speaker",
      "EXCLUSIVE – Ana Lane: Voters Are Tired of Waiting",
      "Ana Lane",
      "person",
      [["Voters Are Tired of Waiting", "Ana Lane"]],
    ],
    ["a topic joined by and is no speaker", "Lane and Ortiz: Two Rivals Are Meeting Again", "Ortiz", "person", []],
    [
      "a noun phrase with no verb is a topic's subtitle",
      "Ana Lane: Reformer or Career Politician",
      "Ana Lane",
      "person",
      [],
    ],
    [
      "a description set off by a comma after an article is no claim",
      "Ana Lane: the sister of the mayor, fast becoming a power broker",
      "Ana Lane",
      "person",
      [],
    ],
    ["a place before the colon is no speaker", "Ohio: Voters Are Heading to the Polls", "Ohio", "place", []],
  ];
  for (const [name, headline, speaker, type, expected] of rows)
    it(name, () => assert.deepEqual(claims(headline, speaker, type), expected));
});
