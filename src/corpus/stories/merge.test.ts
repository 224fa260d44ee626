import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_CLUSTER_OPTIONS, DEFAULT_REFINE_OPTIONS } from "./cluster.js";
import type { ArticleVectors } from "./features.js";
import {
  centroidSimilarity,
  DEFAULT_MERGE_OPTIONS,
  type Member,
  type MergeOptions,
  MergePlanner,
  meanLink,
  mergeLabels,
  mergeLink,
  rangeGap,
} from "./merge.js";
import { stateOf } from "./refine.js";

const article = (terms: Record<string, number>, names: Record<string, number>, date?: string): ArticleVectors => ({
  terms,
  names,
  title: "",
  date,
});
/** The names an article on a quake in `place` gives: enough that names it does not share count against a match. */
const namesOf = (place: string): Record<string, number> => ({
  [place]: 1,
  [`${place} mayor`]: 1,
  [`${place} police`]: 1,
});
/** Articles on a quake in one place: they share the event's words and each has one word of its own. */
const quake = (place: string, extra: readonly string[], date?: string): ArticleVectors[] =>
  extra.map((x) => article({ quake: 0.4, [place]: 0.7, [x]: 0.6 }, namesOf(place), date));
const members = (vectors: readonly ArticleVectors[], firstSeq = 0): Member[] =>
  vectors.map((v, i) => ({ seq: firstSeq + i, vectors: v }));

const C = DEFAULT_CLUSTER_OPTIONS;
const R = DEFAULT_REFINE_OPTIONS;
const M = DEFAULT_MERGE_OPTIONS;

test("meanLink: the mean similarity over all cross pairs", () => {
  const ankara = quake("ankara", ["mosque", "school"]);
  const rows: Array<[string, ArticleVectors[], ArticleVectors[], (x: number) => boolean]> = [
    ["one event", ankara, quake("ankara", ["bridge", "road"]), (x) => x > 0.7],
    ["two places", ankara, quake("santiago", ["port", "mine"]), (x) => x > 0 && x < 0.1],
    ["nothing shared", ankara, [article({ vote: 1 }, { moss: 1 })], (x) => x === 0],
    ["an empty side", ankara, [], (x) => x === 0],
  ];
  for (const [name, a, b, ok] of rows) assert.ok(ok(meanLink(a, b, C)), `${name}: ${meanLink(a, b, C)}`);
});

test("mergeLink: fragments of one event merge; other events, or parts the refine pass would split, do not", () => {
  const ankara = members(quake("ankara", ["mosque", "school", "bridge"]));
  const rows: Array<[string, Member[], Partial<MergeOptions>, Partial<typeof R>, boolean]> = [
    // [case, the other story's members, merge options, refine options, merges]
    ["the same event in other words", members(quake("ankara", ["road", "dam"]), 10), {}, {}, true],
    ["one more article on the event", members(quake("ankara", ["minaret"]), 10), {}, {}, true],
    ["another place", members(quake("santiago", ["port", "mine", "church"]), 10), {}, {}, false],
    // Linked enough for a low factor, but 3 + 3 barely linked members are what the refine pass splits.
    [
      "a low factor, refine would split",
      members(quake("santiago", ["port", "mine", "church"]), 10),
      { linkFactor: 0.3 },
      {},
      false,
    ],
    [
      "a low factor, parts of 4 needed to split",
      members(quake("santiago", ["port", "mine", "church"]), 10),
      { linkFactor: 0.3 },
      { minPart: 4 },
      true,
    ],
    ["a factor above every link", members(quake("ankara", ["road", "dam"]), 10), { linkFactor: 10 }, {}, false],
  ];
  for (const [name, other, merge, refine, merges] of rows) {
    const link = mergeLink(ankara, other, C, { ...R, ...refine }, { ...M, ...merge });
    assert.equal(link !== undefined, merges, name);
  }
});

test("centroidSimilarity: stories compare like an article with a story, damped by the gap between date ranges", () => {
  const story = (place: string, dates: string[]) =>
    stateOf(dates.map((d, i) => article({ quake: 0.4, [place]: 0.7, [`w${i}`]: 0.6 }, namesOf(place), d)));
  const base = story("ankara", ["2024-01-01", "2024-01-05"]);
  const rows: Array<[string, ReturnType<typeof story>, (x: number) => boolean]> = [
    ["same place, overlapping dates", story("ankara", ["2024-01-04", "2024-01-06"]), (x) => x > 0.5],
    ["same place, dates a year apart", story("ankara", ["2025-01-05"]), (x) => x < 0.01],
    ["another place, same dates", story("santiago", ["2024-01-02"]), (x) => x < 0.2],
  ];
  for (const [name, other, ok] of rows) {
    const sim = centroidSimilarity(base, other, C);
    assert.ok(ok(sim), `${name}: ${sim}`);
  }
  // The nearer end of a long range counts: a story just after its last date is close.
  const after = story("ankara", ["2024-01-07"]);
  assert.ok(centroidSimilarity(base, after, C) > 0.5);
  // Below the floor by its dates alone, a story is not compared at all.
  const monthLater = story("ankara", ["2024-02-05"]);
  assert.ok(centroidSimilarity(base, monthLater, C) > 0);
  assert.equal(centroidSimilarity(base, monthLater, C, 0.1), 0);
});

test("rangeGap: days between two date ranges; 0 when they overlap or either is undated", () => {
  const range = (...dates: string[]) => stateOf(dates.map((d) => article({ x: 1 }, {}, d)));
  const rows: Array<[string, ReturnType<typeof range>, ReturnType<typeof range>, number]> = [
    ["overlapping", range("2024-01-01", "2024-01-05"), range("2024-01-04", "2024-01-09"), 0],
    ["one inside the other", range("2024-01-01", "2024-01-31"), range("2024-01-10"), 0],
    ["later", range("2024-01-01", "2024-01-05"), range("2024-01-08", "2024-01-09"), 3],
    ["earlier", range("2024-01-10"), range("2024-01-01", "2024-01-04"), 6],
    ["undated", range("2024-01-10"), stateOf([article({ x: 1 }, {})]), 0],
  ];
  for (const [name, a, b, gap] of rows) {
    assert.equal(rangeGap(a, b), gap, name);
    assert.equal(rangeGap(b, a), gap, `${name}, reversed`);
  }
});

test("mergeLabels: fragments join the larger story's label; other stories keep theirs", () => {
  const ankara = quake("ankara", ["mosque", "school", "bridge", "road", "dam", "minaret"]);
  const santiago = quake("santiago", ["port", "mine", "church"]);
  const vectors = [
    ankara[0],
    santiago[0],
    ankara[1],
    ankara[2],
    santiago[1],
    ankara[3],
    ankara[4],
    santiago[2],
    ankara[5],
  ] as ArticleVectors[];
  // Ankara in three stories (3 articles, 2 and 1), Santiago in one.
  const labels = [-1, -2, -1, -1, -2, -3, -3, -2, -4];
  const merged = mergeLabels(labels, vectors, C, R, M);
  assert.deepEqual(merged, [-1, -2, -1, -1, -2, -1, -1, -2, -1]);
  assert.deepEqual(mergeLabels(merged, vectors, C, R, M), merged, "a second pass changes nothing");
});

test("MergePlanner: asks for the members it needs, proposes the best-linked pair first, takes refusals", () => {
  const ankara = members(quake("ankara", ["mosque", "school", "bridge"]), 0);
  const closeFragment = members(quake("ankara", ["road", "dam"]), 10);
  const farFragment = members([article({ quake: 0.4, ankara: 0.7, valley: 0.9 }, { ankara: 1, nato: 1 })], 20);
  const santiago = members(quake("santiago", ["port", "mine", "church"]), 30);
  const all = new Map([
    [1, ankara],
    [2, closeFragment],
    [3, farFragment],
    [4, santiago],
  ]);
  const pool = [...all].map(([id, m]) => ({ id, state: stateOf(m.map((x) => x.vectors)) }));
  const planner = new MergePlanner(pool, [2, 3], C, R, M);
  const needed = planner.missing().sort();
  assert.ok(needed.includes(2) && needed.includes(3) && needed.includes(1), `${needed}`);
  assert.throws(() => planner.next(), /members of story \d+ were not provided/);
  for (const id of needed) planner.provide(id, all.get(id) ?? []);

  const first = planner.next();
  assert.ok(first);
  assert.deepEqual([first.keep, first.gone], [1, 2], "the closest fragment first; the larger story keeps its id");
  assert.deepEqual(
    first.members.map((m) => m.seq),
    [0, 1, 2, 10, 11],
  );
  // The store refused (the story changed meanwhile): the pair is not proposed again.
  planner.refused(first);
  const second = planner.next();
  assert.ok(second);
  assert.equal(second.gone, 3, "the far fragment joins an Ankara story");
  assert.ok(second.keep === 1 || second.keep === 2);
  planner.applied(second, stateOf(second.members.map((m) => m.vectors)));
  for (const id of planner.missing()) planner.provide(id, all.get(id) ?? []);
  // A changed story is compared afresh; a merged-away story and the other event are never proposed.
  for (let step = planner.next(); step; step = planner.next()) {
    assert.ok(![step.keep, step.gone].includes(3) && ![step.keep, step.gone].includes(4), `${step.keep} ${step.gone}`);
    planner.applied(step, stateOf(step.members.map((m) => m.vectors)));
  }
});

test("mergeLabels: a dated and an undated story need a link as strong as joining; two dated ones half of it", () => {
  const ankara = quake("ankara", ["mosque", "school", "bridge"], "2024-03-01");
  // A storm story naming Ankara among its places: linked to the quake at about 0.19, between half the join
  // threshold (0.1) and the threshold (0.2).
  const storm = (date?: string): ArticleVectors[] =>
    ["road", "dam"].map((x) =>
      article({ quake: 0.1, [x]: 0.9, storm: 0.4 }, { ankara: 1, "storm office": 1, "rescue team": 1 }, date),
    );
  const link = meanLink(ankara, storm("2024-03-02"), C);
  assert.ok(link > M.linkFactor * C.threshold && link < M.undatedLinkFactor * C.threshold, `link ${link}`);
  const labels = [1, 1, 1, 2, 2];
  const rows: Array<[string, string | undefined, number[]]> = [
    ["both dated", "2024-03-02", [1, 1, 1, 1, 1]],
    ["one undated", undefined, labels],
  ];
  for (const [name, date, expected] of rows)
    assert.deepEqual(mergeLabels(labels, [...ankara, ...storm(date)], C, R, M), expected, name);
});
