import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { sharedData } from "../../core/paths.js";
import { tokenize } from "../tokens/tokenize.js";
import { extractFeatures, hashFeatures, TokenSurfaces } from "./features.js";
import {
  featureIndices,
  HASH_BITS,
  hashBucket,
  hashFeature,
  type LinearModel,
  loadClaimsModel,
  logit,
  logitOfHashes,
} from "./model.js";
import { tokenRangeOfSpan } from "./units.js";

const SENTENCES = [
  "Unemployment fell to 3.5 percent in 2019, the lowest rate in 50 years.",
  "Thank you. Thank you. Thank you very much.",
  "We will never, ever surrender; we will fight and we will win, win, win.",
  "“I think we should,” said Sen. O’Neill on Dec. 11, adding: ",
  "",
];

function sentencesOfArticles(): string[] {
  try {
    return gunzipSync(readFileSync(join(sharedData, "allsides-news/dev/articles.jsonl.gz")))
      .toString("utf8")
      .split("\n", 20)
      .filter(Boolean)
      .flatMap((l) => (JSON.parse(l) as { content_original: string }).content_original.split(/(?<=[.!?])\s+/));
  } catch {
    return []; // the hand-written sentences still exercise every template
  }
}

test("hashFeatures gives the hashes of extractFeatures' strings, in order, with the same cues", () => {
  for (const s of [...SENTENCES, ...sentencesOfArticles()]) {
    const strings = extractFeatures(s);
    const hashed = hashFeatures(s);
    assert.deepEqual(
      hashed.hashes.map((h) => hashBucket(h, HASH_BITS)),
      strings.features.map((f) => hashFeature(f)),
      s,
    );
    assert.deepEqual(hashed.cues, strings.cues);
  }
});

test("logitOfHashes equals the logit over de-duplicated feature indices", () => {
  // The shipped model, and a small one whose every bucket has a weight (so duplicates are sure to collide).
  const dense: LinearModel = {
    bits: 6,
    threshold: 0.5,
    weights: Float32Array.from({ length: 64 }, (_, i) => (i % 9 === 0 ? 0 : Math.sin(i * 7.1))),
  };
  for (const model of [loadClaimsModel(), dense])
    for (const s of SENTENCES) {
      const expected = logit(model, featureIndices(extractFeatures(s).features, model.bits));
      assert.equal(logitOfHashes(model, hashFeatures(s).hashes), expected, s);
      assert.equal(logitOfHashes(model, hashFeatures(s).hashes), expected, `${s} (again)`);
    }
});

test("hashFeatures with a text's token surfaces gives what it gives on the slice alone", () => {
  const text =
    "Unemployment fell to 3.5 percent in 2019. “I think we should,” said Sen. O’Neill; prices rose, and rose.";
  const all = tokenize(text);
  const surfaces = new TokenSurfaces(text, all);
  let compared = 0;
  for (let start = 0; start < text.length; start++)
    for (let end = start + 1; end <= text.length; end++) {
      const range = tokenRangeOfSpan(text, all, start, end);
      if (range === undefined) continue;
      compared++;
      const slice = text.slice(start, end);
      assert.deepEqual(hashFeatures(slice, surfaces.slice(range.first, range.end)), hashFeatures(slice), slice);
    }
  assert.ok(compared > 100, `only ${compared} spans compared`);
});
