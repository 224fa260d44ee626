import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterIncrementally } from "./batch.js";
import {
  DEFAULT_CLUSTER_OPTIONS,
  DEFAULT_REFINE_OPTIONS,
  dateGap,
  joinStory,
  nameAndFigureCosines,
  StoryWindow,
  similarity,
  timeAgreement,
} from "./cluster.js";
import { type ArticleVectors, cheapNames, type RawFeatures, rawFeatures } from "./features.js";
import { refineLabels, spectralBisection, splitStory, stateOf } from "./refine.js";

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
    // No name in common: counts only when both sides name at least MIN_NAMES_TO_DIFFER.
    [{ paris: 1, "#6.1": 1 }, { cannes: 1, nice: 1, lyon: 1 }, 0, false, 0, false],
    [{ paris: 1, cannes: 1, nice: 1 }, { lille: 1, metz: 1, lyon: 1 }, 0, true, 0, false],
  ];
  for (const [a, b, names, namesPresent, figures, figuresPresent] of rows) {
    // Time anchors on both sides are a channel of their own: they change neither the names nor the figures.
    const c = nameAndFigureCosines({ ...a, "@mon": 1 }, { ...b, "@tue": 1, "@m09": 1 });
    assert.ok(Math.abs(c.names.cosine - names) < 1e-9, `names ${JSON.stringify([a, b])}`);
    assert.equal(c.names.present, namesPresent);
    assert.ok(Math.abs(c.figures.cosine - figures) < 1e-9, `figures ${JSON.stringify([a, b])}`);
    assert.equal(c.figures.present, figuresPresent);
    assert.deepEqual(c.times, { cosine: 0, present: true });
  }
});

test("nameAndFigureCosines: the time-anchor channel, absent when either side has no anchor", () => {
  const rows: Array<[Record<string, number>, Record<string, number>, number, boolean]> = [
    // [article, story, times cosine, times present]
    [{ paris: 1, "@mon": 1, "@m09": 1 }, { paris: 1, "@mon": 2, "@m09": 2 }, 1, true],
    [{ paris: 1, "@thu": 1 }, { paris: 1, "@mon": 1, "@m09": 1 }, 0, true],
    [{ paris: 1, "@mon": 3, "@m09": 4 }, { "@mon": 1 }, 0.6, true],
    [{ paris: 1 }, { paris: 1, "@mon": 1 }, 0, false],
  ];
  for (const [a, b, cosine, present] of rows) {
    const { times } = nameAndFigureCosines(a, b);
    assert.ok(Math.abs(times.cosine - cosine) < 1e-9, `times ${JSON.stringify([a, b])}`);
    assert.equal(times.present, present);
  }
});

test("timeAgreement: 1 − p for anchors in conflict, 1 + p for the same anchors, 1 without anchors", () => {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, timeAgreement: 0.25 };
  const rows: Array<[number, boolean, number]> = [
    // [times cosine, present, factor]
    [0, true, 0.75],
    [1, true, 1.25],
    [0.5, true, 1],
    [0.8, false, 1],
  ];
  for (const [cosine, present, factor] of rows)
    assert.ok(Math.abs(timeAgreement({ cosine, present }, o) - factor) < 1e-9, `${cosine} ${present}`);
  assert.equal(timeAgreement({ cosine: 0, present: true }, { ...o, timeAgreement: 0 }), 1);
});

test("similarity: the same stated days raise it, other stated days lower it, one side without leaves it", () => {
  const o = DEFAULT_CLUSTER_OPTIONS;
  const story = joinStory(undefined, { terms: { quake: 1 }, names: { qeshm: 1, "@sun": 1, "@m09": 1 }, title: "" });
  const base = { terms: { quake: 1 }, title: "" };
  const same = similarity({ ...base, names: { qeshm: 1, "@sun": 1, "@m09": 1 } }, story, o);
  const none = similarity({ ...base, names: { qeshm: 1 } }, story, o);
  const other = similarity({ ...base, names: { qeshm: 1, "@mon": 1, "@m11": 1 } }, story, o);
  assert.ok(Math.abs(none - 1) < 1e-3);
  assert.ok(Math.abs(same - (1 + o.timeAgreement)) < 1e-3);
  assert.ok(Math.abs(other - (1 - o.timeAgreement)) < 1e-3);
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

/** A block similarity matrix: `sizes` groups, `inside` within a group, `across` between groups, 1 on the diagonal. */
function blocks(sizes: readonly number[], inside: number, across: number): number[][] {
  const group = sizes.flatMap((n, g) => new Array<number>(n).fill(g));
  return group.map((gi, i) => group.map((gj, j) => (i === j ? 1 : gi === gj ? inside : across)));
}

test("spectralBisection: cuts between the blocks; undefined when too small to hold two parts", () => {
  const rows: Array<[string, number[][], number, number[] | undefined]> = [
    // [case, similarities, minPart, sorted sizes of the parts (undefined: no split)]
    ["two blocks of 3", blocks([3, 3], 0.6, 0.05), 3, [3, 3]],
    ["blocks of 5 and 3", blocks([5, 3], 0.5, 0.1), 3, [3, 5]],
    ["blocks of 2 and 4, parts of 2 allowed", blocks([2, 4], 0.5, 0.1), 2, [2, 4]],
    ["five members cannot make two parts of 3", blocks([3, 2], 0.6, 0.05), 3, undefined],
  ];
  for (const [name, s, minPart, sizes] of rows) {
    const parts = spectralBisection(s, minPart);
    assert.deepEqual(
      parts?.map((p) => p.length).sort((a, b) => a - b),
      sizes,
      name,
    );
    if (!parts) continue;
    // Every part lies within one block: no pair across the cut is more similar than the across-block value.
    for (const part of parts) for (const i of part) for (const j of part) assert.ok((s[i]?.[j] ?? 0) > 0.3, name);
  }
});

const article = (terms: Record<string, number>, names: Record<string, number> = {}): ArticleVectors => ({
  terms,
  names,
  title: "",
});
/** Three articles on a quake in one place: they share the event's words and each has one word of its own. */
const quake = (place: string, extra: readonly string[]): ArticleVectors[] =>
  extra.map((x) => article({ quake: 0.4, [place]: 0.7, [x]: 0.6 }, { [place]: 1 }));

test("splitStory: chained groups split, the larger part stays; a cohesive story stays whole", () => {
  const ankara = quake("ankara", ["mosque", "school", "bridge"]);
  const santiago = quake("santiago", ["port", "mine", "church"]);
  const fourth = article({ quake: 0.4, ankara: 0.7, minaret: 0.6 }, { ankara: 1 });
  const rows: Array<[string, ArticleVectors[], number[] | undefined]> = [
    // [case, members in arrival order, indices that leave (undefined: no split)]
    ["3 + 3, tie: the part with the first member stays", [...ankara, ...santiago], [3, 4, 5]],
    ["3 + 4: the larger part stays though it came later", [...santiago, ...ankara, fourth], [0, 1, 2]],
    ["one event", [...ankara, fourth, ...quake("ankara", ["road", "dam"])], undefined],
    ["too few members for two parts of 3", [...ankara, ...santiago.slice(0, 2)], undefined],
  ];
  for (const [name, members, leave] of rows) {
    const split = splitStory(members, DEFAULT_CLUSTER_OPTIONS, DEFAULT_REFINE_OPTIONS);
    assert.deepEqual(split?.leave, leave, name);
    if (split) {
      assert.deepEqual([...split.keep, ...split.leave].sort(), [...members.keys()].sort(), `${name}: a partition`);
      assert.ok(split.between < split.within, name);
    }
  }
});

test("splitStory: the refine options decide", () => {
  const members = [
    ...quake("ankara", ["mosque", "school", "bridge"]),
    ...quake("santiago", ["port", "mine", "church"]),
  ];
  const rows: Array<[string, Partial<typeof DEFAULT_REFINE_OPTIONS>, boolean]> = [
    ["defaults", {}, true],
    ["parts of 4 required", { minPart: 4 }, false],
    ["a link factor so low that no pair is weakly linked enough", { linkFactor: 0 }, false],
    ["a cohesion ratio of 0", { cohesionRatio: 0 }, false],
  ];
  for (const [name, change, splits] of rows) {
    const split = splitStory(members, DEFAULT_CLUSTER_OPTIONS, { ...DEFAULT_REFINE_OPTIONS, ...change });
    assert.equal(split !== undefined, splits, name);
  }
});

test("refineLabels: the larger part keeps its label, the leaving part gets a new one; other stories untouched", () => {
  const ankara = quake("ankara", ["mosque", "school", "bridge", "road"]);
  const santiago = quake("santiago", ["port", "mine", "church"]);
  const other = quake("lisbon", ["tram", "fado"]);
  const vectors = [
    ankara[0],
    santiago[0],
    ankara[1],
    other[0],
    santiago[1],
    ankara[2],
    santiago[2],
    ankara[3],
    other[1],
  ];
  const labels = [-1, -1, -1, -2, -1, -1, -1, -1, -2];
  const refined = refineLabels(labels, vectors as ArticleVectors[], DEFAULT_CLUSTER_OPTIONS, DEFAULT_REFINE_OPTIONS);
  assert.deepEqual(refined, [-1, 1, -1, -2, 1, -1, 1, -1, -2]);
});

test("stateOf: rebuilds a story's state from its members", () => {
  const members = quake("ankara", ["mosque", "school"]);
  assert.deepEqual(
    stateOf(members),
    joinStory(joinStory(undefined, members[0] as ArticleVectors), members[1] as ArticleVectors),
  );
  assert.throws(() => stateOf([]), /at least one member/);
});

test("clusterIncrementally: a bridging article chains two events into one story; the refine pass splits them", () => {
  const raw = (terms: readonly string[], names: readonly string[]): RawFeatures => ({
    title: "",
    terms: new Map(terms.map((t) => [t, 2])),
    names: new Map(names.map((n) => [n, 2])),
  });
  const shared = ["quake", "rescue", "collapse", "rubble"];
  const ankara = [...shared, "ankara", "minaret"];
  const santiago = [...shared, "santiago", "andes"];
  // Three names per event, so that names one side lacks count against a match (MIN_NAMES_TO_DIFFER).
  const turkey = ["erdogan", "afad", "ankara governor"];
  const chile = ["pinera", "onemi", "valparaiso mayor"];
  const features = [
    raw(["election", "ballot", "vote"], ["moss"]),
    raw(["match", "goal", "league"], ["united"]),
    raw([...ankara, "mosque"], turkey),
    raw([...ankara, "school"], turkey),
    raw([...ankara, "bridge"], turkey),
    raw([...ankara, ...santiago], [...turkey, ...chile]),
    raw([...santiago, "port"], chile),
    raw([...santiago, "mine"], chile),
    raw([...santiago, "church"], chile),
    raw(["court", "judge", "verdict"], ["reyes"]),
  ];
  const chained = clusterIncrementally(features, DEFAULT_CLUSTER_OPTIONS, "batch", false);
  assert.equal(new Set(chained.slice(2, 9)).size, 1, "precondition: without refine the two quakes are one story");
  const refined = clusterIncrementally(features, DEFAULT_CLUSTER_OPTIONS, "batch");
  assert.equal(new Set(refined.slice(2, 5)).size, 1);
  assert.equal(new Set(refined.slice(5, 9)).size, 1);
  assert.notEqual(refined[2], refined[6]);
  assert.equal(refined[6], chained[6], "the larger part (the bridge and Santiago) keeps the story's label");
  assert.deepEqual(
    [refined[0], refined[1], refined[9]],
    [chained[0], chained[1], chained[9]],
    "other stories keep their labels",
  );
});

test("StoryWindow.forget: a story merged away no longer takes articles", () => {
  const window = new StoryWindow();
  const first = article({ quake: 0.4, ankara: 0.7, mosque: 0.6 }, { ankara: 1 });
  const placed = window.place(first);
  const id = window.commit(placed.id, placed.state);
  const next = article({ quake: 0.4, ankara: 0.7, school: 0.6 }, { ankara: 1 });
  assert.equal(window.place(next).id, id);
  window.forget(id);
  assert.equal(window.place(next).id, undefined, "founds a new story instead");
});
