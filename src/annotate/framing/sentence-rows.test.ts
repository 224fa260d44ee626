import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseArticle, sentenceFeatures } from "./features.js";
import { featureRow } from "./hashing.js";
import { sentenceRowsOf } from "./sentence-rows.js";
import { featureRowsTestTexts } from "./testing.js";

const DIM = 1 << 20;

describe("sentence rows without strings equal the string features, hashed", () => {
  for (const { name, text, isArticle, spans } of featureRowsTestTexts()) {
    it(name, () => {
      const info = analyseArticle(text, spans, isArticle);
      const expected = info.sentences.map((s) => sentenceFeatures(info, s).map((f) => featureRow(f, DIM)));
      assert.deepEqual(
        info.sentences.map((s) => [...sentenceRowsOf(info, s, DIM)]),
        expected,
      );
    });
  }
});
