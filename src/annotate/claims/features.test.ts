import assert from "node:assert/strict";
import { test } from "node:test";
import { extractFeatures } from "./features.js";

test("the first-person cue: the pronouns, not the country written 'US'", () => {
  const rows: [string, boolean][] = [
    ["The US sent three more ferries to the harbour.", false],
    ["The US economy grew 3 percent last year.", false],
    ["They told us the plant would close.", true],
    ["Us? We never saw the letter.", true],
    ["We cut taxes for 4 million families.", true],
  ];
  for (const [sentence, fires] of rows) {
    assert.equal(extractFeatures(sentence).cues.includes("first-person"), fires, sentence);
  }
});
