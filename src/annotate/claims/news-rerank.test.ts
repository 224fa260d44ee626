import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractFeatures } from "./features.js";
import { RERANK_RULES, type RerankView, rerankOffset, shiftScore } from "./news-rerank.js";

/** A unit as the claims stage hands it over: its cue families read by features.ts. */
const view = (surface: string, rule = "claims:sentence", quoted = false): RerankView => ({
  surface,
  rule,
  quoted,
  signals: extractFeatures(surface).cues,
});

describe("news re-ranking rules", () => {
  const rows: [string, RerankView, string[]][] = [
    [
      "a dependent clause split off its sentence",
      view("when the council declined to fund the bridge", "claims:clause"),
      ["dependent-clause"],
    ],
    [
      "a dependent clause opened by a conjunction",
      view("and now that the trial has ended", "claims:clause"),
      ["dependent-clause"],
    ],
    [
      "a whole sentence opening with 'when' is no split clause",
      view("When the council met, it cut the budget by $2 million."),
      [],
    ],
    [
      "a split clause with no finite verb",
      view("over 12 auditors and $4 million later", "claims:clause"),
      ["verbless-part"],
    ],
    ["a split clause with its own verb stays", view("the county spent $4 million on the audit", "claims:clause"), []],
    [
      "a quoted part with no verb",
      view("three counts of fraud and one of perjury", "claims:quote-clause", true),
      ["verbless-part"],
    ],
    [
      "the writer's own anecdote in the first person singular",
      view("At last count, I own 27 umbrellas from 2019."),
      ["writer-first-person"],
    ],
    [
      "a speaker's 'I' inside a quotation is that speaker's claim",
      view("I signed the contract in 2019 for $4 million.", "claims:quote", true),
      [],
    ],
    ["the pronoun 'US' is not the first person singular", view("The US army spent 12 days in the region."), []],
    [
      "a plain sentence of the report: a named party, a past event, no view",
      view("The council of Portville approved the new budget on Tuesday."),
      ["plain-event"],
    ],
    ["a forecast is no plain event", view("The council of Portville will approve the budget on Tuesday."), []],
    ["a hedged sentence is no plain event", view("The council of Portville may have approved the budget."), []],
    [
      "a quotation's content is the speaker's, not the report's plain sentence",
      view("The council of Portville approved the new budget on Tuesday.", "claims:quote", true),
      [],
    ],
  ];
  for (const [name, unit, expected] of rows) it(name, () => assert.deepEqual(rerankOffset(unit).rules, expected));

  it("each rule's offset is applied once, and summed", () => {
    const unit = view("when I was 12 years old", "claims:clause");
    const { offset, rules } = rerankOffset(unit);
    const expected = RERANK_RULES.filter((r) => rules.includes(r.name)).reduce((sum, r) => sum + r.offset, 0);
    assert.deepEqual(rules, ["dependent-clause", "writer-first-person"]);
    assert.equal(offset, expected);
  });
});

describe("shiftScore", () => {
  it("moves a score by logits and keeps it inside (0, 1)", () => {
    assert.equal(shiftScore(0.5, 0), 0.5);
    assert.ok(Math.abs(shiftScore(0.5, Math.log(3)) - 0.75) < 1e-12);
    assert.ok(shiftScore(1, -2) < 1 && shiftScore(1, -2) > 0.5);
    assert.ok(shiftScore(0, 2) > 0 && shiftScore(0, 2) < 0.5);
  });
});
