import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseArticle, tokenFeatures } from "./features.js";
import { featureRow } from "./hashing.js";
import { logitScore } from "./logistic.js";
import { framingModels } from "./model-store.js";
import { featureRowsTestTexts, splitSentences } from "./testing.js";
import { tokenLogitsOf, tokenRowsOf } from "./token-rows.js";

const DIM = 1 << 20;

/** The readable definition: every feature string of every token, hashed. */
const byStrings = (text: string, firstIsTitle: boolean, spans: readonly { start: number; end: number }[]) => {
  const info = analyseArticle(text, spans, firstIsTitle);
  return {
    info,
    rows: info.sentences.map((s) => s.tokens.map((_, k) => tokenFeatures(info, s, k).map((f) => featureRow(f, DIM)))),
  };
};

describe("token rows without strings equal the string features, hashed", () => {
  for (const { name, text, isArticle, spans } of featureRowsTestTexts()) {
    it(name, () => {
      const { info, rows } = byStrings(text, isArticle, spans);
      const fast = info.sentences.map((s) => tokenRowsOf(info, s, DIM).map((r) => [...r]));
      assert.deepEqual(fast, rows);
    });
  }
});

describe("token logits without rows equal the logit of each row", () => {
  const text = 'Shocking! "Treason," they say — the BIGGEST lie ever.\nFake news, fake news. He said “never” in 1940.';
  const info = analyseArticle(text, splitSentences(text), true);
  // Weights that differ at every row, so a row reduced differently or summed in another order changes the score.
  const dim = 1 << 12;
  const weights = Float32Array.from({ length: dim }, (_, i) => Math.sin(i * 12.9898) * 0.5);
  for (const s of info.sentences)
    it(text.slice(s.start, s.end), () => {
      const expected = tokenRowsOf(info, s, dim).map((r) => logitScore(weights, r));
      assert.deepEqual(tokenLogitsOf(info, s, weights, dim), expected);
    });
});

describe("token logits under the shipped model equal the logit of each row, on real articles", () => {
  const { token, dim } = framingModels().spans;
  for (const { name, text, isArticle, spans } of featureRowsTestTexts()) {
    it(name, () => {
      const info = analyseArticle(text, spans, isArticle);
      for (const s of info.sentences) {
        const expected = tokenRowsOf(info, s, dim).map((r) => logitScore(token, r));
        assert.deepEqual(tokenLogitsOf(info, s, token, dim), expected);
      }
    });
  }
});
