import assert from "node:assert/strict";
import { test } from "node:test";
import { FactCheckIndex, topK } from "./factcheck-index.js";
import { porterStem } from "./stem.js";
import { numbers, terms } from "./text.js";
import type { FactCheck } from "./types.js";

const fc = (url: string, claimReviewed: string, extra: Partial<FactCheck> = {}): FactCheck => ({
  url,
  claimReviewed,
  rating: "False",
  ...extra,
});

const COLLECTION: FactCheck[] = [
  fc("u1", "More than 1,000 settlements were liberated in the eastern offensive."),
  fc("u2", "A photograph shows wedding rings taken from Holocaust victims."),
  fc("u3", "The unemployment rate fell to 3.5 percent, the lowest in 50 years.", {
    claimant: "Donald Trump",
    claimDate: "2019-09-10",
  }),
  fc("u4", "The unemployment rate rose to 9 percent under the previous administration.", {
    claimant: "Joe Biden",
    claimDate: "2012-05-01",
  }),
  fc("u5", "Koalas are functionally extinct because of the bushfires in Australia."),
];

test("match finds the fact-check that verifies a reworded claim", () => {
  const index = new FactCheckIndex(COLLECTION);
  const rows: [string, string][] = [
    ["Over 1000 settlements have been liberated during the offensive in the east", "u1"],
    ["Picture of engagement rings removed from the fingers of Holocaust victims", "u2"],
    ["We now have the lowest unemployment rate in 50 years: 3.5%!", "u3"],
    ["Koala populations are functionally extinct after the Australian bushfire season", "u5"],
  ];
  for (const [claim, url] of rows) {
    const [best] = index.match(claim, 3);
    assert.equal(best?.factCheck.url, url, claim);
  }
  assert.equal(index.match("anything at all", 2).length, 2);
  const scores = index.match("unemployment rate", 5).map((m) => m.score);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => b - a),
  );
});

test("claimant and date break a tie between two similar fact-checks", () => {
  const index = new FactCheckIndex(COLLECTION);
  const claim = "the unemployment rate in percent";
  assert.equal(index.match(claim, 1, { claimant: "BIDEN", date: "2012-05-03" })[0]?.factCheck.url, "u4");
  assert.equal(index.match(claim, 1, { claimant: "TRUMP", date: "2019-09-12" })[0]?.factCheck.url, "u3");
});

test("text helpers: stems, numbers and topK", () => {
  const stems: [string, string][] = [
    ["liberated", "liber"],
    ["liberation", "liber"],
    ["ponies", "poni"],
    ["hopping", "hop"],
    ["relational", "relat"],
  ];
  for (const [w, s] of stems) assert.equal(porterStem(w), s, w);
  assert.deepEqual([...numbers("1,000 people and 3.5% of 1000")], ["1000", "3.5"]);
  assert.deepEqual(terms("The rings were removed #HolocaustVictims"), ["ring", "remov", "holocaust", "victim"]);
  assert.deepEqual(topK(Float64Array.from([0.1, 0.9, 0.5, 0.9]), 3), [1, 3, 2]);
});
