import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterIncrementally } from "./batch.js";
import { dateGap, joinStory } from "./cluster.js";
import { cheapNames, rawFeatures } from "./features.js";

const STORIES = [
  [
    "Flood",
    "Heavy rain flooded the Ardmore river valley and forced families from homes near the Ardmore dam. Rescue crews worked through the night.",
  ],
  [
    "Flood",
    "Rescue crews in the Ardmore valley evacuated families as the river burst its banks after heavy rain near the dam.",
  ],
  [
    "Vote",
    "The Lakeside election commission counted ballots as governor Jane Moss conceded defeat to her rival Tom Reyes.",
  ],
  [
    "Vote",
    "Governor Jane Moss conceded the Lakeside election to Tom Reyes after the commission finished counting ballots.",
  ],
  [
    "Flood",
    "Families returned to the Ardmore valley as the flooded river fell and engineers inspected the dam for damage.",
  ],
] as const;

test("clusterIncrementally: articles on one event group together, different events apart", () => {
  const features = STORIES.map(([, text]) => rawFeatures(text, "", cheapNames(text)));
  const labels = clusterIncrementally(features);
  assert.equal(labels[0], labels[1]);
  assert.equal(labels[0], labels[4]);
  assert.equal(labels[2], labels[3]);
  assert.notEqual(labels[0], labels[2]);
});

test("dateGap: days outside a story's date range", () => {
  const s = joinStory(joinStory(undefined, { terms: {}, names: {}, title: "", date: "2024-01-10" }), {
    terms: {},
    names: {},
    title: "",
    date: "2024-01-12",
  });
  const rows: Array<[string | undefined, number]> = [
    ["2024-01-11", 0],
    ["2024-01-15", 3],
    ["2024-01-01", 9],
    [undefined, 0],
  ];
  for (const [date, gap] of rows) assert.equal(dateGap(date, s), gap);
});
