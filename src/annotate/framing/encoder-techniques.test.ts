import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SENTENCE_VECTOR_DIMENSIONS } from "../../factcheck/sentence-encoder.js";
import {
  ENCODER_SENTENCE_SCALE,
  ENCODER_SPAN_SCALE,
  ENCODER_VALUES,
  encoderTexts,
  encoderValues,
} from "./encoder-techniques.js";
import { analyseArticle } from "./features.js";
import { rankTechniques, TECHNIQUES, type TechniqueModel } from "./technique-classifier.js";
import { find, splitSentences } from "./testing.js";
import { spanVectorLength } from "./word-vector-features.js";

const text = "The mayor opened the new bridge on Monday. Critics called the plan a reckless gamble with public money.";
const article = analyseArticle(text, splitSentences(text), false);
const span = find(text, "reckless gamble");
const secondSentence = "Critics called the plan a reckless gamble with public money.";

/** A vector with `value` at place `at` and zeros elsewhere. */
const basis = (at: number, value = 1, length = SENTENCE_VECTOR_DIMENSIONS): Float32Array => {
  const v = new Float32Array(length);
  v[at] = value;
  return v;
};

describe("encoderTexts", () => {
  const rows: [string, string, string][] = [
    ["a span inside the second sentence", "reckless gamble", secondSentence],
    ["a span inside the first sentence", "opened the new bridge", "The mayor opened the new bridge on Monday."],
    ["a whole sentence", secondSentence, secondSentence],
  ];
  for (const [name, phrase, sentence] of rows) {
    it(name, () => assert.deepEqual(encoderTexts(article, find(text, phrase)), { span: phrase, sentence }));
  }
});

describe("encoderValues", () => {
  const rows: [string, [string, Float32Array][], boolean][] = [
    [
      "both vectors known",
      [
        ["reckless gamble", basis(0)],
        [secondSentence, basis(1)],
      ],
      true,
    ],
    ["the sentence's vector missing", [["reckless gamble", basis(0)]], false],
    ["the span's vector missing", [[secondSentence, basis(1)]], false],
    [
      "a vector of another encoder (other length)",
      [
        ["reckless gamble", basis(0, 1, 8)],
        [secondSentence, basis(1)],
      ],
      false,
    ],
  ];
  for (const [name, entries, known] of rows) {
    it(name, () => {
      const values = encoderValues(new Map(entries), article, span);
      if (!known) return assert.equal(values, undefined);
      assert.equal(values?.length, ENCODER_VALUES);
      // The span's vector first, scaled; then the sentence's.
      assert.equal(values?.[0], ENCODER_SPAN_SCALE);
      assert.equal(values?.[SENTENCE_VECTOR_DIMENSIONS + 1], ENCODER_SENTENCE_SCALE);
      assert.equal(
        values?.reduce((a, b) => a + b, 0),
        ENCODER_SPAN_SCALE + ENCODER_SENTENCE_SCALE,
      );
    });
  }
});

describe("rankTechniques with the encoder's values", () => {
  // A model with no hashed or word-vector weights: only the encoder's first value moves a technique (Doubt) up.
  const classes = TECHNIQUES.length;
  const doubt = TECHNIQUES.indexOf("Doubt");
  const dense = new Float32Array((spanVectorLength() + ENCODER_VALUES) * classes);
  dense[spanVectorLength() * classes + doubt] = 2;
  const model: TechniqueModel = { dim: 16, weights: new Float32Array(16 * classes), dense };
  const rows: [string, Float32Array | undefined, string][] = [
    ["no encoder values: a tie, broken by name", undefined, TECHNIQUES[0]],
    ["the encoder value that the model weighs", basis(0, 1, ENCODER_VALUES), "Doubt"],
    ["an encoder value the model does not weigh", basis(5, 1, ENCODER_VALUES), TECHNIQUES[0]],
  ];
  for (const [name, extra, top] of rows) {
    it(name, () => assert.equal(rankTechniques(model, article, span, [], extra)[0]?.technique, top));
  }
});
