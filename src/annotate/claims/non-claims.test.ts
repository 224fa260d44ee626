import assert from "node:assert/strict";
import { test } from "node:test";
import { nonClaimRule } from "./non-claims.js";
import { wordCount } from "./units.js";

test("nonClaimRule: refusals to comment, not the claims beside them", () => {
  // [unit, the rule that drops it (undefined: a claim it may be)]
  const rows: [string, string | undefined][] = [
    ["The ministry declined to comment on the report.", "no-comment"],
    ["A spokeswoman for the airline did not immediately respond to a request for comment.", "no-comment"],
    ["Representatives for the band haven't returned messages seeking comment.", "no-comment"],
    ["The mayor could not be reached on Sunday.", "no-comment"],
    ["The senator was not available for comment.", "no-comment"],
    // A refusal inside a longer sentence that also says something else stays.
    [
      "The firm, which lost $2.1 billion in the first nine months of the year and cut 2,400 jobs across its offices in Europe, declined to comment.",
      undefined,
    ],
    ["The court refused to hear the appeal in March.", undefined],
    ["Prices rose 20 percent last year, the minister said", undefined],
    ["Budget-Vote-2019-40-percent-cut-1160x768.jpg.", "one-word"],
  ];
  for (const [surface, rule] of rows) {
    const words = wordCount(surface, { start: 0, end: surface.length });
    assert.equal(nonClaimRule({ surface, words, wholeLine: false }), rule, surface);
  }
});

test("nonClaimRule: a line that does not end as prose does is a headline, a teaser or a label", () => {
  // [the whole line, the rule that drops it (undefined: a claim it may be)]
  const rows: [string, string | undefined][] = [
    ["3 Injured After Wrong-Way Crash on Interstate 35", "line-not-prose"],
    ["> 12 new flu cases recorded in the district", "line-not-prose"],
    ["Singer leaves most of his $40 million fortune to charity", "line-not-prose"],
    ["Man hurt after car crashed into concrete wall...", "line-not-prose"],
    ["Filed under city council, elections", "line-not-prose"],
    ["The county recorded 12 new flu cases in the week to Friday.", undefined],
    ["“The county recorded 12 new flu cases,” the official said.", undefined],
    ["The committee heard three proposals:", undefined],
  ];
  for (const [surface, rule] of rows) {
    const words = wordCount(surface, { start: 0, end: surface.length });
    assert.equal(nonClaimRule({ surface, words, wholeLine: true }), rule, surface);
    // The same words inside a paragraph are judged on what they say.
    assert.equal(nonClaimRule({ surface, words, wholeLine: false }), undefined, surface);
  }
});
