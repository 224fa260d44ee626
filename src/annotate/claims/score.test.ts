import assert from "node:assert/strict";
import { test } from "node:test";
import { scoreClaim } from "./score.js";

/** Sentences a fact-checker would want first, each with a cue family it must show. */
const CHECK_WORTHY: [string, string][] = [
  ["More than 1,000 settlements have been liberated since the start of the offensive.", "number"],
  ["Unemployment fell to 3.5% in March, the lowest rate in 50 years.", "percentage"],
  ["Crime has gone up 40 percent since the new law was passed.", "number"],
  ["The company laid off 4,000 workers in Ohio last year.", "number"],
  ["All the bridges in the region are destroyed.", "absolute"],
  ["The city was completely freed from the occupiers last week.", "absolute"],
  ["The drought caused food prices to double across the country.", "causal"],
];

/** Sentences that are not claims: opinion, greetings, calls to action, narrative. */
const NOT_CLAIMS: string[] = [
  "I think this is a beautiful day.",
  "In my opinion, the policy is a disaster.",
  "Thank you all for coming tonight.",
  "Good evening, everyone.",
  "Subscribe to our newsletter for the latest updates.",
  "Click here to read more.",
  "Share this article with your friends.",
  "We must stand together.",
  "She walked slowly down the street and looked at the sky.",
  "He paused, smiled, and opened the door.",
];

test("every check-worthy sentence outranks every non-claim", () => {
  const lowestClaim = Math.min(...CHECK_WORTHY.map(([s]) => scoreClaim(s).score));
  for (const s of NOT_CLAIMS) {
    const { score } = scoreClaim(s);
    assert.ok(score < lowestClaim, `"${s}" scored ${score.toFixed(3)}, above a claim at ${lowestClaim.toFixed(3)}`);
  }
});

test("scores lie in [0, 1] and the expected cue is reported", () => {
  for (const [sentence, cue] of CHECK_WORTHY) {
    const { score, cues } = scoreClaim(sentence);
    assert.ok(score >= 0 && score <= 1);
    assert.ok(cues.includes(cue), `"${sentence}" lacks cue ${cue}: ${cues.join(",")}`);
  }
});

test("a number makes the same sentence more check-worthy", () => {
  const rows: [string, string][] = [
    ["Many people lost their jobs in the region.", "About 12,000 people lost their jobs in the region."],
    ["Prices went up this year.", "Prices went up by 8% this year."],
  ];
  for (const [vague, specific] of rows) assert.ok(scoreClaim(specific).score > scoreClaim(vague).score, specific);
});
