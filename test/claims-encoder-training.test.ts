// What `npm run train:claims-encoder` leaves in the sentence-vector cache for scripts/train-claims.ts: the head and
// the out-of-fold logits by cache key, read back by text (scripts/sentence-vectors.ts storedClaimsEncoderTraining).
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { storedClaimsEncoderTraining, vectorKey } from "../scripts/sentence-vectors.js";
import { CLAIMS_ENCODER_NAME } from "../src/factcheck/sentence-encoder.js";
import { withVectorCache } from "./helpers.js";

const file = (dir: string) => join(dir, `${CLAIMS_ENCODER_NAME}-training.json`);

test("the head and each sentence's out-of-fold logit, by text; a sentence without one is left out", () => {
  const dir = mkdtempSync(join(tmpdir(), "sift-claims-encoder-"));
  const texts = ["The tax rose by 4 percent.", "Good evening, everyone.", "Nobody encoded this one."];
  writeFileSync(
    file(dir),
    JSON.stringify({
      encoder: CLAIMS_ENCODER_NAME,
      head: { weights: [0.5, -1, 2], bias: -0.25 },
      outOfFold: { [vectorKey(texts[0] ?? "")]: 2.5, [vectorKey(texts[1] ?? "")]: -3 },
    }),
  );
  const training = withVectorCache(dir, () => storedClaimsEncoderTraining(texts));
  assert.deepEqual([...training.head.weights], [0.5, -1, 2]);
  assert.equal(training.head.bias, -0.25);
  assert.deepEqual(
    [...training.outOfFold],
    [
      [texts[0], 2.5],
      [texts[1], -3],
    ],
  );
});

test("refuses a missing file, naming it and the command that writes it, and another encoder's file", () => {
  const dir = mkdtempSync(join(tmpdir(), "sift-claims-encoder-"));
  assert.throws(
    () => withVectorCache(dir, () => storedClaimsEncoderTraining([])),
    (e: Error) => e.message.includes(file(dir)) && e.message.includes("npm run train:claims-encoder"),
  );
  writeFileSync(file(dir), JSON.stringify({ encoder: "another", head: { weights: [], bias: 0 }, outOfFold: {} }));
  assert.throws(() => withVectorCache(dir, () => storedClaimsEncoderTraining([])), /not the training output/);
});
