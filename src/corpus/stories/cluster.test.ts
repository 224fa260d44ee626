import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterIncrementally } from "./batch.js";
import { DEFAULT_CLUSTER_OPTIONS, dateGap, joinStory, nameAndFigureCosines, similarity } from "./cluster.js";
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

test("nameAndFigureCosines: names and figures are separate channels, absent when either side lacks them", () => {
  const rows: Array<[Record<string, number>, Record<string, number>, number, boolean, number, boolean]> = [
    // [article, story, names cosine, names present, figures cosine, figures present]
    [{ klitschko: 1, "#2008": 1 }, { klitschko: 1, "#2001": 1 }, 1, true, 0, true],
    [{ klitschko: 1, "#2008": 1 }, { klitschko: 1 }, 1, true, 0, false],
    [{ "#6.1": 1 }, { paris: 1, "#6.1": 2 }, 0, false, 1, true],
    [{ paris: 3, cannes: 4 }, { paris: 1 }, 0.6, true, 0, false],
  ];
  for (const [a, b, names, namesPresent, figures, figuresPresent] of rows) {
    const c = nameAndFigureCosines(a, b);
    assert.ok(Math.abs(c.names.cosine - names) < 1e-9, `names ${JSON.stringify([a, b])}`);
    assert.equal(c.names.present, namesPresent);
    assert.ok(Math.abs(c.figures.cosine - figures) < 1e-9, `figures ${JSON.stringify([a, b])}`);
    assert.equal(c.figures.present, figuresPresent);
  }
});

test("similarity: conflicting figures lower the score, figures on one side only leave it as names and terms give", () => {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, figureWeight: 0.25 };
  const story = joinStory(undefined, { terms: { fight: 1 }, names: { klitschko: 1, "#2008": 1 }, title: "" });
  const base = { terms: { fight: 1 }, title: "" };
  const same = similarity({ ...base, names: { klitschko: 1, "#2008": 1 } }, story, o);
  const oneSided = similarity({ ...base, names: { klitschko: 1 } }, story, o);
  const conflicting = similarity({ ...base, names: { klitschko: 1, "#2001": 1 } }, story, o);
  assert.ok(Math.abs(same - 1) < 1e-3);
  assert.ok(Math.abs(oneSided - 1) < 1e-3);
  assert.ok(conflicting < oneSided, `${conflicting} < ${oneSided}`);
});
