import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadWordVectors } from "../../core/word-vectors.js";
import { analyseArticle } from "./features.js";
import {
  SENTENCE_VECTOR_SCALE,
  SPAN_VECTOR_SCALE,
  sentenceVectorFeatures,
  sentenceVectorLength,
  spanVectorFeatures,
  spanVectorLength,
  tokenVectorFeatures,
  wordProjections,
} from "./word-vector-features.js";

const vectors = loadWordVectors();
const d = vectors.dimensions;
const unitOf = (word: string): Float32Array => {
  const out = new Float32Array(d);
  vectors.addUnit(out, vectors.rowOf(word));
  return out;
};
const close = (a: ArrayLike<number>, b: ArrayLike<number>, what: string) => {
  assert.equal(a.length, b.length, what);
  for (let k = 0; k < a.length; k++) assert.ok(Math.abs((a[k] as number) - (b[k] as number)) < 1e-5, `${what} [${k}]`);
};

const text = "Corrupt thugs, qwzxv!";
const info = analyseArticle(text, [{ start: 0, end: text.length }]);
const sentence = info.sentences[0];
const [corrupt, thugs, comma, unknown] = sentence?.tokens ?? [];

describe("word-vector features", () => {
  it("a token: its word's unit vector, zeros for a word the vectors lack", () => {
    assert.ok(corrupt && unknown);
    close(tokenVectorFeatures(info, corrupt), unitOf("corrupt"), "corrupt");
    assert.ok(tokenVectorFeatures(info, unknown).every((x) => x === 0));
  });
  it("a sentence: scaled mean and maximum of its words' vectors (punctuation left out)", () => {
    assert.ok(sentence && comma);
    const x = sentenceVectorFeatures(info, sentence);
    assert.equal(x.length, sentenceVectorLength());
    const a = unitOf("corrupt");
    const b = unitOf("thugs");
    const mean = a.map((v, k) => ((v + (b[k] as number)) / 2) * SENTENCE_VECTOR_SCALE);
    const max = a.map((v, k) => Math.max(v, b[k] as number) * SENTENCE_VECTOR_SCALE);
    close(x.subarray(0, d), mean, "mean");
    close(x.subarray(d), max, "max");
  });
  it("a span: mean, last word, maximum of the tokens inside it only", () => {
    assert.ok(thugs);
    const x = spanVectorFeatures(info, { start: thugs.start, end: thugs.end });
    assert.equal(x.length, spanVectorLength());
    const b = unitOf("thugs").map((v) => v * SPAN_VECTOR_SCALE);
    close(x.subarray(0, d), b, "mean");
    close(x.subarray(d, 2 * d), b, "last word");
    close(x.subarray(2 * d), b, "max");
  });
  it("a word's projection is its vector's dot product with the weights", () => {
    assert.ok(corrupt && unknown);
    const weights = Float32Array.from({ length: d }, (_, k) => (k % 3) - 1);
    const p = wordProjections(info, weights);
    const expected = unitOf("corrupt").reduce((z, v, k) => z + v * (weights[k] as number), 0);
    assert.ok(Math.abs((p[corrupt.word] as number) - expected) < 1e-5);
    assert.equal(p[unknown.word], 0);
  });
});
