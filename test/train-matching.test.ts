// The tweets re-ranker learns from cross-fitted vectors (scripts/train-matching.ts crossFittedTweets): each train
// tweet and the fact-checks it is scored against come from the fold encoder that never saw that tweet.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { Collection, Query } from "../scripts/eval-matching.js";
import { CROSS_FIT_FOLDS, crossFitEncoderName, vectorKey } from "../scripts/sentence-vectors.js";
import { crossFittedTweets } from "../scripts/train-matching.js";
import { SENTENCE_VECTOR_DIMENSIONS } from "../src/factcheck/sentence-encoder.js";
import { encoderText, factCheckText } from "../src/factcheck/text.js";
import { withVectorCache } from "./helpers.js";

const collection: Collection = {
  ids: ["f1", "f2"],
  factChecks: [
    { url: "https://example.org/1", claimReviewed: "The river bridge was sold to a casino", rating: "False" },
    { url: "https://example.org/2", claimReviewed: "Parks will close on Sundays", rating: "False", title: "No" },
  ],
};
const tweets: Query[] = ["bridge sold?", "parks closing sundays", "casino owns the bridge", "sunday parks"].map(
  (text, i) => ({ id: `t${i}`, text, options: {} }),
);

/** A vector whose first value names who wrote it: fold * 10 + item. */
const marked = (value: number): Float32Array => {
  const v = new Float32Array(SENTENCE_VECTOR_DIMENSIONS);
  v[0] = value;
  return v;
};

/** Writes each fold's cache file as the training script does: every fact-check, plus the tweets held out. */
function writeFolds(heldOut: readonly (readonly number[])[]): string {
  const dir = mkdtempSync(join(tmpdir(), "sift-cross-fit-"));
  heldOut.forEach((held, fold) => {
    const texts = [...collection.factChecks.map(factCheckText), ...held.map((t) => encoderText(tweets[t]?.text ?? ""))];
    const records = texts.map((text, i) =>
      Buffer.concat([Buffer.from(vectorKey(text), "hex"), Buffer.from(marked(fold * 10 + i).buffer)]),
    );
    writeFileSync(join(dir, `${crossFitEncoderName(fold)}.bin`), Buffer.concat(records));
  });
  return dir;
}

test("each fold's part holds its own tweets and every fact-check, with that fold encoder's vectors", () => {
  assert.equal(CROSS_FIT_FOLDS, 4);
  const dir = writeFolds([[2], [0], [3], [1]]);
  const parts = withVectorCache(dir, () => crossFittedTweets(collection, tweets));
  assert.deepEqual(
    parts.map((p) => p.queries.map((q) => q.id)),
    [["t2"], ["t0"], ["t3"], ["t1"]],
  );
  parts.forEach((part, fold) => {
    assert.deepEqual(
      part.collection.factChecks.map((f) => f.vector?.[0]),
      [fold * 10, fold * 10 + 1],
    );
    assert.equal(part.queries[0]?.options.vector?.[0], fold * 10 + 2);
    assert.deepEqual(part.collection.ids, collection.ids);
  });
});

test("a tweet no fold held out, or a missing fold file, stops the training with the reason", () => {
  const uncovered = writeFolds([[2], [0], [3], []]);
  assert.throws(
    () => withVectorCache(uncovered, () => crossFittedTweets(collection, tweets)),
    /cover 3 of 4 train tweets/,
  );
  const threeFolds = writeFolds([[2], [0], [3, 1]]);
  assert.throws(
    () => withVectorCache(threeFolds, () => crossFittedTweets(collection, tweets)),
    /use-lite-snopes-1-fold-3\.bin: no stored vectors .*npm run train:matching-encoder/,
  );
});
