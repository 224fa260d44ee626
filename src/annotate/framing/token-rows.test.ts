import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseArticle, tokenFeatures } from "./features.js";
import { featureRow } from "./hashing.js";
import { logitScore } from "./logistic.js";
import { framingModels } from "./model-store.js";
import { featureRowsTestTexts, splitSentences } from "./testing.js";
import { MAX_TOKEN_TERMS, sumsExactly, tokenLogitsOf, tokenRowsOf, weightGrid } from "./token-rows.js";

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

describe("a weight table's sums are exact in any order when its grid and size allow (sumsExactly)", () => {
  const quantised = (values: readonly number[], scale: number) => Float32Array.from(values, (q) => q * scale);
  const rows: { name: string; weights: ArrayLike<number>; grid: { exponent: number; largest: number } | undefined }[] =
    [
      { name: "zeros", weights: new Float32Array(8), grid: { exponent: 0, largest: 0 } },
      { name: "integers", weights: [3, -7, 0, 12], grid: { exponent: 0, largest: 12 } },
      { name: "halves and quarters", weights: [0.5, -0.25, 1.75], grid: { exponent: 2, largest: 1.75 } },
      { name: "a non-finite weight", weights: [1, Number.NaN], grid: undefined },
      { name: "the smallest double", weights: [Number.MIN_VALUE, 1], grid: { exponent: 1074, largest: 1 } },
    ];
  for (const { name, weights, grid } of rows)
    it(`grid of ${name}`, () => {
      assert.deepEqual(weightGrid(weights), grid);
    });
  const exact: { name: string; weights: ArrayLike<number>; exact: boolean }[] = [
    { name: "a quantised float32 table", weights: quantised([-1000, 3, 982, 0, 17], 0.0017144), exact: true },
    {
      name: "arbitrary doubles",
      weights: Float64Array.from({ length: 64 }, (_, i) => Math.sin(i * 12.9898)),
      exact: false,
    },
    { name: "a coarse grid of huge weights", weights: [2 ** 60, 1], exact: false },
    { name: "a non-finite weight", weights: [0.5, Number.POSITIVE_INFINITY], exact: false },
    { name: "a subnormal weight", weights: [Number.MIN_VALUE, 0.5], exact: false },
  ];
  for (const row of exact)
    it(`${row.name}: ${row.exact ? "exact" : "not exact"}`, () => {
      assert.equal(sumsExactly(row.weights), row.exact);
    });
  it("the shipped token model is exact, so the runtime takes the shared-sum path", () => {
    assert.equal(sumsExactly(framingModels().spans.token), true);
  });
  it("exact means what it says: a quantised table's token sums come out the same in reverse order", () => {
    const weights = quantised(
      Array.from({ length: 1024 }, (_, i) => Math.round(Math.sin(i) * 1000)),
      0.0017144,
    );
    assert.equal(sumsExactly(weights), true);
    let compared = 0;
    for (let start = 0; start + MAX_TOKEN_TERMS <= weights.length; start += 7) {
      let forward = 0;
      for (let i = start; i < start + MAX_TOKEN_TERMS; i++) forward += weights[i] as number;
      let backward = 0;
      for (let i = start + MAX_TOKEN_TERMS - 1; i >= start; i--) backward += weights[i] as number;
      assert.equal(backward, forward);
      compared++;
    }
    assert.ok(compared > 0);
  });
});
