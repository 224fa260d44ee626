import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuotes } from "./index.js";
import { type EntitySpec, makeDoc } from "./testing.js";

interface Expected {
  readonly content: string;
  readonly speaker?: string;
  readonly inferred?: boolean;
  readonly attributedTo?: string;
  readonly cue?: string;
}

/** The first quotation whose content starts with `expected.content`, with its speaker's name. */
function check(text: string, entities: readonly EntitySpec[], expected: Expected): void {
  const doc = makeDoc(text, entities);
  const q = findQuotes(doc).find((x) => text.slice(x.start, x.end).startsWith(expected.content));
  assert.ok(q, `no quotation starting "${expected.content}"`);
  const name = doc.layers.entities?.find((e) => e.id === q.speaker)?.name;
  assert.equal(name, expected.speaker, "speaker");
  if (expected.inferred !== undefined) assert.equal(q.speakerInferred, expected.inferred, "speakerInferred");
  if (expected.attributedTo !== undefined) assert.equal(q.attributedTo, expected.attributedTo, "attributedTo");
  if (expected.cue !== undefined) assert.equal(q.cue && text.slice(q.cue.start, q.cue.end), expected.cue, "cue");
}

const people: EntitySpec[] = [
  { name: "Maria Lopez", roles: ["Finance Minister"] },
  { name: "John Carter", roles: ["President"] },
  { name: "Acme Corp", type: "organization" },
];

describe("speakers are resolved from the source phrase and the context", () => {
  const rows: [string, string, Expected][] = [
    [
      "name before the verb",
      "“Taxes will fall next year,” Lopez said.",
      { content: "Taxes", speaker: "Maria Lopez", inferred: false, cue: "said" },
    ],
    [
      "inverted: verb before the name",
      "“Taxes will fall next year,” said Maria Lopez.",
      { content: "Taxes", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "name and colon before",
      "John Carter told reporters: “We have a deal.”",
      { content: "We have a deal", speaker: "John Carter", cue: "told" },
    ],
    [
      "according to",
      "According to Lopez, “the budget is balanced.”",
      { content: "the budget", speaker: "Maria Lopez", cue: "According to" },
    ],
    [
      "the subject of an as-clause before the verb, not the adverb opening the sentence",
      "Yet, as Lopez noted at the time, the port had become “one of the busiest on the coast.”",
      { content: "one of the busiest", speaker: "Maria Lopez", cue: "noted" },
    ],
    [
      "pronoun goes to the recent subject",
      "Maria Lopez spoke at the summit on Monday.\n\n“We will not raise taxes,” she said.",
      { content: "We will not", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "description matched against roles",
      "John Carter met Maria Lopez in the capital.\n\n“The talks were frank,” the president said.",
      { content: "The talks", speaker: "John Carter", cue: "said" },
    ],
    [
      "head of state matched to a president",
      "John Carter arrived in the port city.\n\n“Our work here is done,” the head of state said.",
      { content: "Our work", speaker: "John Carter" },
    ],
    [
      "interrupted quotation keeps its speaker",
      "“The plan is ready,” Carter said. “We start on Monday.”",
      { content: "We start", speaker: "John Carter", inferred: true },
    ],
    [
      "quote-only paragraph after a paragraph about a visit is inferred",
      "John Carter flew to the border region on Tuesday. Carter came to thank the troops.\n\nAt the base, the leader talked with Maria Lopez and the generals.\n\n“The country is safe and the refugees are coming home.”",
      { content: "The country is safe", speaker: "John Carter", inferred: true },
    ],
    [
      "generic source goes to attributedTo",
      "“The numbers do not add up,” critics said.",
      { content: "The numbers", speaker: undefined, attributedTo: "critics" },
    ],
    [
      "a spokesman for an organisation speaks for it",
      "“We deny the claims,” a spokesman for Acme Corp said.",
      { content: "We deny", speaker: "Acme Corp", attributedTo: "a spokesman for Acme Corp" },
    ],
    [
      "dash byline",
      "“I will vote for the first time.” ― Maria Lopez",
      { content: "I will vote", speaker: "Maria Lopez", cue: "―" },
    ],
    [
      "speaker label of a quoted transcript turn",
      'John Carter asked Maria Lopez about taxes:\n\n"CARTER: Will taxes rise?\n\n"LOPEZ: No, they will fall next year."',
      { content: "No, they will fall", speaker: "Maria Lopez", inferred: false, cue: ":" },
    ],
    [
      "a paragraph with no label goes on with the turn before it",
      'Maria Lopez spoke to John Carter:\n\n"CARTER: Will taxes rise?\n\n"LOPEZ: No.\n\n"They will fall next year.\n\n"CARTER: Thank you."',
      { content: "They will fall", speaker: "Maria Lopez", cue: ":" },
    ],
    [
      "scare quote owned by critics",
      "The country avoided something like “the old trap”, as argued by critics.",
      { content: "the old trap", speaker: undefined, attributedTo: "critics" },
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => check(text, people, expected));

  it("answers of a Q/A interview go to the interviewee, inferred", () => {
    const text =
      "The finance minister, Maria Lopez, spoke to us about taxes.\n\nQ: Will taxes rise?\n\nA: No. We will keep them where they are.\n\nQ: What about John Carter's plan?\n\nA: It is his plan, not ours.";
    check(text, people, { content: "No. We will keep", speaker: "Maria Lopez", inferred: true });
    check(text, people, { content: "It is his plan", speaker: "Maria Lopez", inferred: true });
  });
  it("a paragraph that merely starts with A. is not an answer without questions", () => {
    const doc = makeDoc("A. The first point is cost.\n\nB. The second is time.", people);
    assert.deepEqual(
      findQuotes(doc).filter((q) => q.rule === "interview:answer"),
      [],
    );
  });
});
