import assert from "node:assert/strict";
import { test } from "node:test";
import type { Document, Sentence } from "../../core/document.js";
import { testDocument } from "../../core/test-document.js";
import { claimsAnnotator, claimsAnnotatorWith, claimUnitTexts } from "./index.js";
import { type LinearModel, loadClaimsModel, parseModel, serialiseModel, sigmoid } from "./model.js";
import { blendFor, claimLogitParts, isCheckWorthy, scoreClaim } from "./score.js";

const DIMENSIONS = 512;
/** A vector of the encoder's size with `first` in its first component and 0 elsewhere. */
const vectorWith = (first: number, length = DIMENSIONS): Float32Array => {
  const v = new Float32Array(length);
  v[0] = first;
  return v;
};

/**
 * A hand-set model: no hashed weights (its lexical logit is the offsets alone), and an encoder head that reads the
 * vector's first component: encoder logit = 2 · v[0] + 0.25.
 */
const MODEL: LinearModel = {
  bits: 4,
  weights: new Float32Array(16),
  threshold: 0.5,
  encoder: {
    head: { weights: vectorWith(2), bias: 0.25 },
    blend: { hashed: 1, mlp: 0, encoder: 1, bias: -0.5 },
    threshold: 0.7,
  },
};

test("scoreClaim: the encoder refinement applies only with a vector of the encoder's size", () => {
  const sentence = "Unemployment fell to 3.5% in March.";
  const { offset } = claimLogitParts(sentence, MODEL);
  const rows: [string, Float32Array | undefined, number][] = [
    ["no vector: the lexical logit (offsets only)", undefined, offset],
    ["a vector the head reads as 1.5: 2 × 1.5 + 0.25 − 0.5", vectorWith(1.5), 2 * 1.5 + 0.25 - 0.5 + offset],
    ["a vector the head reads as −1: 2 × −1 + 0.25 − 0.5", vectorWith(-1), -2 + 0.25 - 0.5 + offset],
    ["a vector of another encoder's size: lexical", vectorWith(1.5, 100), offset],
  ];
  for (const [name, vector, z] of rows)
    assert.ok(Math.abs(scoreClaim(sentence, MODEL, undefined, vector).score - sigmoid(z)) < 1e-9, name);
});

test("blendFor and isCheckWorthy: the encoder refinement has its own blend and threshold", () => {
  assert.equal(blendFor(MODEL).threshold, 0.5);
  assert.equal(blendFor(MODEL, vectorWith(1)).threshold, 0.7);
  assert.equal(blendFor(MODEL, vectorWith(1)).blend?.encoder, 1);
  const rows: [number, boolean, boolean][] = [
    [0.6, false, true],
    [0.6, true, false],
    [0.75, true, true],
    [0.4, false, false],
  ];
  for (const [score, withEncoder, expected] of rows)
    assert.equal(isCheckWorthy(score, MODEL, withEncoder), expected, `${score} ${withEncoder}`);
});

test("the encoder refinement survives serialisation", () => {
  const back = parseModel(serialiseModel(MODEL, "test"));
  assert.deepEqual(back.encoder?.blend, MODEL.encoder?.blend);
  assert.equal(back.encoder?.threshold, 0.7);
  assert.deepEqual([...(back.encoder?.head.weights ?? [])], [...vectorWith(2)]);
  assert.equal(back.encoder?.head.bias, 0.25);
  assert.equal(parseModel(serialiseModel({ ...MODEL, encoder: undefined } as LinearModel, "t")).encoder, undefined);
});

test("the shipped model has an encoder refinement for 512-d vectors", () => {
  const model = loadClaimsModel();
  assert.equal(model.encoder?.head.weights.length, DIMENSIONS);
  assert.ok((model.encoder?.blend.encoder ?? 0) > 0, "the encoder's logit has weight in its blend");
});

/** A hand-built document: sentences split at . ! ? followed by space, everything is body. */
function makeDoc(text: string): Document {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?](?=\s|$)/g)) {
    const end = m.index + m[0].length;
    const start = from + (text.slice(from, end).length - text.slice(from, end).trimStart().length);
    sentences.push({ start, end, block: 0 });
    from = end;
  }
  return testDocument(text, { layers: { sentences, quotes: [], boilerplate: [] } });
}

const TEXT =
  "The council spent 4 million dollars on the new bridge last year. The mayor smiled at the crowd. " +
  "Rents in the district have doubled since 2015.";

test("claims stage: vectors change the scores, not the units", async () => {
  const doc = makeDoc(TEXT);
  const lexical = claimsAnnotator.annotate(doc, {});
  const texts = claimUnitTexts(doc);
  assert.deepEqual([...texts].sort(), lexical.map((c) => TEXT.slice(c.start, c.end)).sort());
  const vectors = new Map(texts.map((t) => [t, vectorWith(1)] as const));
  const refined = claimsAnnotatorWith(vectors).annotate(doc, {});
  const spans = (cs: typeof lexical) => cs.map((c) => `${c.start}:${c.end}`).sort();
  assert.deepEqual(spans(refined), spans(lexical));
  assert.ok(
    refined.some((c) => !lexical.some((l) => l.start === c.start && l.score === c.score)),
    "some score changes",
  );
});
