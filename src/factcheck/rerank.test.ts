import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { FactCheckIndex } from "./factcheck-index.js";
import {
  DEFAULT_RERANK_TRAINING,
  loadReranker,
  RERANK_FEATURES,
  type RerankGroup,
  rerankerPath,
  rerankScores,
  trainReranker,
  undatedCopies,
} from "./rerank.js";
import { splitCompounds, tweetBody } from "./text.js";
import type { FactCheck } from "./types.js";

const tmp = mkdtempSync(join(tmpdir(), "sift-rerank-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const D = RERANK_FEATURES.length;
const at = (name: (typeof RERANK_FEATURES)[number]) => RERANK_FEATURES.indexOf(name);

/** Groups of 6 candidates where the relevant one has the highest `dateWeek` but not the highest `lexical`. */
function syntheticGroups(n: number): RerankGroup[] {
  return Array.from({ length: n }, (_, g) => {
    const features = Array.from({ length: 6 }, (_, c) => {
      const x = new Float64Array(D);
      x[at("lexical")] = ((c + g) % 6) / 6;
      x[at("dateWeek")] = c === g % 6 ? 1 : 0.1 * ((c * 7 + g) % 5);
      return x;
    });
    return { features, relevant: features.map((_, c) => c === g % 6) };
  });
}

test("trainReranker learns which feature marks the relevant candidate, deterministically", () => {
  const groups = syntheticGroups(60);
  for (const hiddenUnits of [0, 2]) {
    const options = { ...DEFAULT_RERANK_TRAINING, hiddenUnits };
    const model = trainReranker(groups, options);
    assert.deepEqual(trainReranker(groups, options), model, `hidden ${hiddenUnits}: same data, same weights`);
    let top1 = 0;
    for (const g of groups) {
      const s = rerankScores(model, g.features);
      const best = s.indexOf(Math.max(...s));
      if (g.relevant[best]) top1++;
    }
    assert.equal(top1, groups.length, `hidden ${hiddenUnits}`);
    assert.ok((model.linear[at("dateWeek")] ?? 0) > 0);
  }
});

test("loadReranker refuses a model trained on other features", () => {
  const path = join(tmp, "old.json");
  const model = trainReranker(syntheticGroups(6));
  writeFileSync(path, JSON.stringify({ ...model, features: ["lexical", "chars"] }));
  assert.throws(() => loadReranker(path), /other features/);
  writeFileSync(path, JSON.stringify(model));
  assert.deepEqual(loadReranker(path).linear, model.linear);
});

test("the shipped re-rankers load and order a tiny collection", () => {
  const collection: FactCheck[] = [
    {
      url: "a",
      claimReviewed: "Kellogg's Corn Flakes were invented to curb desire.",
      rating: "False",
      date: "2019-08-17",
    },
    { url: "b", claimReviewed: "Google offices have slides and free food.", rating: "True", date: "2015-01-01" },
    { url: "c", claimReviewed: "A whale hologram appeared in a gym.", rating: "False" },
  ];
  for (const name of ["tweets", "debates"] as const) {
    const index = new FactCheckIndex(collection, {}, loadReranker(rerankerPath(name)));
    const got = index.match("Google “why were cornflakes invented” #cornflakes", 3, { date: "2019-08-16" });
    assert.equal(got.length, 3, name);
    assert.equal(got[0]?.factCheck.url, "a", name);
    const { docs, features } = index.candidates("whale hologram", {}, 2);
    assert.equal(docs.length, 2);
    assert.ok(features.every((f) => f.length === D));
  }
});

test("a fact-check published right after the claim is a candidate even without shared words", () => {
  const collection: FactCheck[] = [
    ...Array.from({ length: 60 }, (_, i) => ({ url: `n${i}`, claimReviewed: `Border patrol story ${i}`, rating: "" })),
    { url: "late", claimReviewed: "Immigration checks after the shooting.", rating: "", date: "2019-08-05" },
  ];
  const index = new FactCheckIndex(collection);
  const claim = "Border patrol agents returned to their regular duties";
  assert.ok(!index.candidates(claim, {}, 50).docs.includes(60));
  assert.ok(index.candidates(claim, { date: "2019-08-04" }, 50).docs.includes(60));
});

test("tweet text helpers: signatures and run-together hashtags", () => {
  assert.equal(tweetBody("No Collusion! — Donald J. Trump (@realDonaldTrump) March 24, 2019").trim(), "No Collusion!");
  const vocabulary = new Set(["corn", "flakes", "fyre", "festival", "martelli"]);
  const rows: [string, string][] = [
    ["why #cornflakes", "why #cornflakes corn flakes"],
    ["#Fyrefestival hoax", "#Fyrefestival hoax fyre festival"],
    ["cornflakes in text", "cornflakes in text"],
    ["#martelli", "#martelli"],
  ];
  for (const [text, want] of rows) assert.equal(splitCompounds(text, vocabulary), want, text);
});

test("undatedCopies drops the date of dated claims and skips undated ones", () => {
  const rows: [{ id: string; options: { date?: string; claimant?: string } }[], unknown[]][] = [
    [[], []],
    [[{ id: "a", options: {} }], []],
    [[{ id: "a", options: { date: "2019-08-04" } }], [{ id: "a", options: {} }]],
    [
      [
        { id: "a", options: { date: "2019-08-04", claimant: "X" } },
        { id: "b", options: { claimant: "Y" } },
      ],
      [{ id: "a", options: { claimant: "X" } }],
    ],
  ];
  for (const [queries, want] of rows) assert.deepEqual(undatedCopies(queries), want, JSON.stringify(queries));
});
