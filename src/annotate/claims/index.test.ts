import assert from "node:assert/strict";
import { test } from "node:test";
import type { Boilerplate, Document, Entity, Quote, Sentence } from "../../core/document.js";
import { testDocument } from "../../core/test-document.js";
import { claimsAnnotator, withoutNearRepeats, withoutNestedRepeats } from "./index.js";
import { loadClaimsModel, sigmoid } from "./model.js";
import { claimLogitParts, combineLogit } from "./score.js";
import { clauses } from "./units.js";

/** A hand-built document: sentences split at . ! ? followed by space, everything is body. */
function makeDoc(text: string, quotes: Quote[] = [], boilerplate: Boilerplate[] = [], entities?: Entity[]): Document {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?]["”]?(?=\s|$)/g)) {
    const end = m.index + m[0].length;
    const start = from + (text.slice(from, end).length - text.slice(from, end).trimStart().length);
    sentences.push({ start, end, block: 0 });
    from = end;
  }
  return testDocument(text, { layers: { sentences, quotes, boilerplate, ...(entities ? { entities } : {}) } });
}

const quoteOf = (text: string, content: string, id: string, speaker?: string): Quote => {
  const start = text.indexOf(content);
  return {
    id,
    start,
    end: start + content.length,
    kind: "direct",
    speakerInferred: false,
    ...(speaker ? { speaker } : {}),
    marks: { open: true, close: true },
    rule: "test",
  };
};

test("claims: quotes own their content, boilerplate and questions give none, ids follow the ranking", () => {
  const text =
    'The minister said: "More than 1,000 settlements have been liberated since the spring." ' +
    "The weather was pleasant on Tuesday. Will the offensive continue? " +
    "Subscribe to our newsletter for daily updates on the war.";
  const nl = text.indexOf("Subscribe");
  const quote = quoteOf(text, "More than 1,000 settlements have been liberated since the spring.", "q1", "e1");
  const doc = makeDoc(text, [quote], [{ start: nl, end: text.length, kind: "newsletter", rule: "test" }]);
  const claims = claimsAnnotator.annotate(doc, {});
  const surfaces = claims.map((c) => text.slice(c.start, c.end));
  assert.deepEqual(
    claims.map((c) => c.id),
    claims.map((_, i) => `c${i + 1}`),
  );
  for (let i = 1; i < claims.length; i++) assert.ok((claims[i - 1]?.score ?? 0) >= (claims[i]?.score ?? 0));
  assert.equal(claims[0]?.quote, "q1");
  assert.equal(claims[0]?.claimant, "e1");
  assert.ok(claims[0]?.cues.includes("number"));
  assert.ok(!surfaces.some((s) => s.includes("Subscribe")), "no claim from boilerplate");
  assert.ok(!surfaces.some((s) => s.endsWith("?")), "no claim from a question");
  assert.ok(surfaces.includes("The weather was pleasant on Tuesday."));
  assert.equal(claims.find((c) => text.slice(c.start, c.end).startsWith("The weather"))?.claimant, undefined);
});

test("claims: a reporting verb outside quotes names the claimant", () => {
  const text = "Officials at the Ministry of Health said that 40 percent of hospitals had closed since March.";
  const start = text.indexOf("Ministry");
  const entity: Entity = {
    id: "e7",
    type: "organization",
    name: "Ministry of Health",
    roles: [],
    mentions: [{ start, end: start + "Ministry of Health".length, form: "name", certainty: "stated" }],
  };
  const [claim] = claimsAnnotator.annotate(makeDoc(text, [], [], [entity]), {});
  assert.equal(claim?.claimant, "e7");
  const [bare] = claimsAnnotator.annotate(
    makeDoc("According to Reuters the port handled 2 million tonnes in May."),
    {},
  );
  assert.equal(bare?.claimant, "Reuters");
});

test("claims: a list marker is not part of the claim", () => {
  const text = "2) The army retained two bases on the coast after the withdrawal.";
  const [claim] = claimsAnnotator.annotate(makeDoc(text), {});
  assert.equal(
    text.slice(claim?.start ?? 0, claim?.end ?? 0),
    "The army retained two bases on the coast after the withdrawal.",
  );
});

test("claims: the same words again are one claim", () => {
  const text = "Unemployment fell to 4.1 percent in May. The mayor spoke. Unemployment fell to 4.1 percent in May.";
  const claims = claimsAnnotator.annotate(makeDoc(text), {});
  assert.deepEqual(
    claims.map((c) => text.slice(c.start, c.end)).filter((t) => t.startsWith("Unemployment")),
    ["Unemployment fell to 4.1 percent in May."],
  );
});

test("withoutNearRepeats: a unit whose words are nearly all a better one's is dropped", () => {
  const text = [
    "A video of the rescue of a kidnapped girl by the police was released Monday.",
    "A video of the rescue of a kidnapped girl by the police was released on Monday.",
    "A video of the rescue was shown to the jury in the trial of the man on Monday.",
    "The mayor declined.",
    "The mayor declined again.",
  ].join(" ");
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^.]+\./g)) spans.push({ start: m.index, end: m.index + m[0].length });
  const kept = withoutNearRepeats(text, spans).map((s) => text.slice(s.start, s.end).trim());
  assert.deepEqual(kept, [
    "A video of the rescue of a kidnapped girl by the police was released Monday.",
    "A video of the rescue was shown to the jury in the trial of the man on Monday.",
    "The mayor declined.",
    "The mayor declined again.",
  ]);
});

test("claims: an indirect quotation's claim opens with the frame that reports it", () => {
  const text = "The survey found that 23 percent of the households had cut back on heating since the autumn.";
  const content = "23 percent of the households had cut back on heating since the autumn.";
  const source = { start: 0, end: "The survey".length };
  const cueStart = text.indexOf("found");
  const indirect: Quote = {
    ...quoteOf(text, content, "q1"),
    kind: "indirect",
    source,
    cue: { start: cueStart, end: cueStart + "found".length },
  };
  const [claim] = claimsAnnotator.annotate(makeDoc(text, [indirect]), {});
  assert.equal(text.slice(claim?.start ?? 0, claim?.end ?? 0), text);
  assert.equal(claim?.quote, "q1");
  // A direct quotation keeps its content alone: its marks set it apart from the frame.
  const direct: Quote = { ...indirect, kind: "direct" };
  const [plain] = claimsAnnotator.annotate(makeDoc(text, [direct]), {});
  assert.equal(text.slice(plain?.start ?? 0, plain?.end ?? 0), content);
});

test("claims: a refusal to comment is no claim", () => {
  const text =
    "“We expect 4,000 job cuts by the end of March,” said the company's chair, Jane Roe, in an email to staff. " +
    "The company declined to comment on the report. " +
    "A spokesman for the city did not immediately respond to a request for comment. " +
    "The company employed 12,500 people at the end of June.";
  const quote = quoteOf(text, "We expect 4,000 job cuts by the end of March,", "q1");
  const surfaces = claimsAnnotator.annotate(makeDoc(text, [quote]), {}).map((c) => text.slice(c.start, c.end));
  assert.ok(surfaces.includes("The company employed 12,500 people at the end of June."), surfaces.join(" | "));
  assert.ok(!surfaces.some((s) => /comment/.test(s)), surfaces.join(" | "));
});

test("clauses: comma splices split anywhere, ';' and ', and' in long sentences; others stay whole", () => {
  const rows: [string, number][] = [
    ["Prices rose by ten percent last year.", 1],
    ["In the north, all the bridges are destroyed, the roads are closed to civilian traffic.", 2],
    ["At the summit, the leaders discussed trade, energy and security with their ministers.", 1],
    [
      "The army said it had destroyed all of the bridges along the eastern front over the past two weeks of fighting; " +
        "local officials reported that more than two hundred civilians had been evacuated from the villages nearby.",
      2,
    ],
    [
      "The government announced a new budget for schools and hospitals in the northern provinces this week, and " +
        "the opposition claimed the plan would cost more than four billion dollars over the next ten years.",
      2,
    ],
    // The last item of a list after ", and" has no verb: it is no clause of its own.
    [
      "On Tuesday, he took that argument a step further, saying Republican denunciations of his more bombastic " +
        "statements ring hollow from party leaders who continue to support his candidacy — notably House Speaker " +
        "Paul Ryan, Senate Majority Leader Mitch McConnell, and Arizona Sen. John McCain.",
      1,
    ],
    // A participle phrase after a comma qualifies the clause before it; it has no subject of its own.
    ["Exports grew by 4.2% in the second quarter, compared with 3.1% a year earlier.", 1],
    ["Turnout is expected to reach 61%, based on a survey of 900 voters taken last week.", 1],
    // A verb with an object after the comma is a second predicate of the same subject, a claim of its own.
    ["The company said 40 million accounts may have been exposed, suspended 300 more accounts, and closed its app.", 2],
    // A prepositional phrase opening the sentence frames the clause after it.
    ["With 11 months left in the governor's term, the council has plenty of time to act.", 1],
    // A subordinate clause and a relative clause lean on the clause they belong to.
    ["Although he did not mention Trump by name then, his remarks were clearly understood as a response.", 1],
    ["But as the Daily Harbour reported Thursday, it was the mayor's decision to close the bridge in the end.", 1],
    [
      "It was a response to his feud with Khizr Khan, whose son was killed in the Iraq war in 2004 and who spoke last week.",
      1,
    ],
    // A verb right after the comma has no subject of its own: the commas interrupted the clause before it.
    ["Such scarring, called pulmonary fibrosis by doctors, is permanent and cannot be reversed.", 1],
    ["The bridge plan, which the council approved in May, is the largest public project in the county.", 1],
    // A subordinate clause, a participle clause or a prepositional phrase after a comma leans on the clause before.
    ["Growth in the region slowed to its lowest rate in a decade, while the north barely avoided a recession.", 1],
    ["The flood swept through the valley in 1953, killing more than four hundred people in two nights.", 1],
    ["The state wants the court to hand over the banker, 52, over his alleged role in the fraud in 2011.", 1],
    // A reporting verb after the comma is the clause's inverted attribution, not a claim of its own.
    ["Job cuts will be announced later this month, said the group's new chair in an email to staff.", 1],
  ];
  for (const [sentence, n] of rows)
    assert.equal(clauses(sentence, { start: 0, end: sentence.length }).length, n, sentence);
});

test("claims: the annotator's score is scoreClaim's with the shipped model", () => {
  const text = "Unemployment fell to 3.5 percent in March, the lowest rate in 50 years.";
  const [claim] = claimsAnnotator.annotate(makeDoc(text), {});
  const model = loadClaimsModel();
  assert.ok(Math.abs((claim?.score ?? 0) - sigmoid(combineLogit(claimLogitParts(text, model), model.blend))) < 1e-9);
});

test("claims: a unit inside a better-scored one is dropped; a longer one scored lower stays", () => {
  // [why, units best first as [start, end], the spans kept]
  const rows: [string, [number, number][], [number, number][]][] = [
    [
      "a quotation's content inside its better-scored clause",
      [
        [0, 100],
        [10, 90],
      ],
      [[0, 100]],
    ],
    [
      "a clause scored below the quotation it nearly repeats",
      [
        [10, 90],
        [8, 92],
      ],
      [[10, 90]],
    ],
    [
      "a longer sentence scored below its best clause stays",
      [
        [40, 90],
        [0, 100],
      ],
      [
        [40, 90],
        [0, 100],
      ],
    ],
    [
      "units that share only a few words both stay",
      [
        [0, 50],
        [40, 100],
      ],
      [
        [0, 50],
        [40, 100],
      ],
    ],
  ];
  for (const [why, units, kept] of rows) {
    const got = withoutNestedRepeats(units.map(([start, end]) => ({ start, end })));
    assert.deepEqual(
      got.map((u) => [u.start, u.end]),
      kept,
      why,
    );
  }
});

test("claims: a unit without a space (an image's file name, a link) is no claim", () => {
  const text = "Budget-Vote-2019-40-percent-cut-1160x768.jpg. The council cut spending by 40 percent in 2019.";
  const claims = claimsAnnotator.annotate(makeDoc(text), {});
  const surfaces = claims.map((c) => text.slice(c.start, c.end));
  assert.ok(!surfaces.some((s) => s.includes("1160x768")), surfaces.join(" | "));
  assert.ok(surfaces.some((s) => s.startsWith("The council cut spending")));
});
