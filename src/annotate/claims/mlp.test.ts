import assert from "node:assert/strict";
import { test } from "node:test";
import { seededRandom } from "../../core/random.js";
import { reluNetworkLogit } from "../../core/relu-network.js";
import { loadWordVectors, meanUnitVector } from "../../core/word-vectors.js";
import { hashFeatures } from "./features.js";
import { type MlpExample, type MlpOptions, mlpLogit, type SentenceMlp, sentenceVector, trainMlp } from "./mlp.js";
import { type Blend, type LinearModel, parseModel, serialiseModel, sigmoid } from "./model.js";
import { combineLogit, type LogitParts } from "./score.js";
import { fitBlend, fitEncoderBlend, type OutOfFoldLogits } from "./train.js";

/** Two inputs, two hidden units: h0 = relu(x0 − x1), h1 = relu(x1 − x0); logit = h0 + h1 − 0.5 (|x0 − x1| − 0.5). */
const ABS_DIFFERENCE: SentenceMlp = {
  inputs: 2,
  hidden: 2,
  w1: Float32Array.from([1, -1, -1, 1]),
  b1: Float32Array.from([0, 0]),
  w2: Float32Array.from([1, 1]),
  b2: -0.5,
};

test("mlpLogit: ReLU hidden units, then a linear output", () => {
  const rows: [number[], number][] = [
    [[0, 0], -0.5],
    [[1, 0], 0.5],
    [[0, 1], 0.5],
    [[2, 0.5], 1],
    [[0.25, 0.25], -0.5],
  ];
  for (const [input, expected] of rows)
    assert.ok(Math.abs(mlpLogit(ABS_DIFFERENCE, Float32Array.from(input)) - expected) < 1e-6, input.join());
});

test("mlpLogit gives reluNetworkLogit's number to the last bit, for any count of hidden units", () => {
  const random = seededRandom(5);
  const values = (n: number) => Float32Array.from({ length: n }, () => random() * 2 - 1);
  for (const hidden of [1, 7, 8, 9, 17, 64]) {
    const inputs = 100;
    const mlp: SentenceMlp = {
      inputs,
      hidden,
      w1: values(hidden * inputs),
      b1: values(hidden),
      w2: values(hidden),
      b2: 0.3,
    };
    const core = {
      inputs,
      hidden,
      inputWeights: mlp.w1,
      hiddenBias: mlp.b1,
      outputWeights: mlp.w2,
      outputBias: mlp.b2,
    };
    for (let k = 0; k < 20; k++) {
      const x = values(inputs);
      assert.equal(mlpLogit(mlp, x), reluNetworkLogit(core, x), `hidden ${hidden}`);
    }
  }
});

/** XOR-like labels (positive when exactly one input is high), which no linear model separates. */
function xorExamples(n: number, seed: number): MlpExample[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const a = random() < 0.5 ? 1 : 0;
    const b = random() < 0.5 ? 1 : 0;
    const input = Float32Array.from([a + (random() - 0.5) * 0.2, b + (random() - 0.5) * 0.2]);
    return { input, label: a !== b ? 1 : 0, weight: 1 };
  });
}

const XOR_OPTIONS: MlpOptions = { hidden: 8, epochs: 60, learningRate: 0.02, l2: 0, batch: 16, seed: 3 };

test("trainMlp learns a non-linear rule and is deterministic for a seed", () => {
  const train = xorExamples(400, 1);
  const net = trainMlp(train, XOR_OPTIONS);
  const test = xorExamples(200, 2);
  const correct = test.filter((ex) => (mlpLogit(net, ex.input) > 0 ? 1 : 0) === ex.label).length;
  assert.ok(correct / test.length > 0.95, `accuracy ${correct / test.length}`);
  const again = trainMlp(train, XOR_OPTIONS);
  assert.deepEqual([...again.w1], [...net.w1]);
  assert.equal(again.b2, net.b2);
  const otherSeed = trainMlp(train, { ...XOR_OPTIONS, seed: 4 });
  assert.notDeepEqual([...otherSeed.w1], [...net.w1]);
});

test("trainMlp: no examples is an error that says so", () => {
  assert.throws(() => trainMlp([], XOR_OPTIONS), /no training examples/);
});

test("sentenceVector of hashFeatures' rows is core's mean unit vector of the lower-cased tokens", () => {
  const rows: [string, string[]][] = [
    ["Unemployment fell to 3.5 percent.", ["unemployment", "fell", "to", "3.5", "percent", "."]],
    ["Qqqxqqq Zzzvzzz", ["qqqxqqq", "zzzvzzz"]],
  ];
  for (const [sentence, tokens] of rows) {
    const fast = sentenceVector(hashFeatures(sentence).rows);
    const plain = meanUnitVector(loadWordVectors(), tokens).vector;
    assert.equal(fast.length, 100, sentence);
    for (let d = 0; d < fast.length; d++)
      assert.ok(Math.abs((fast[d] as number) - (plain[d] as number)) < 1e-6, sentence);
  }
  assert.ok(Math.abs(Math.hypot(...sentenceVector(hashFeatures("Prices rose.").rows)) - 1) < 1e-4);
  assert.ok(sentenceVector(hashFeatures("Qqqxqqq").rows).every((x) => x === 0));
});

test("sentenceVector into a reused vector: zeroed first, the same numbers as a fresh one", () => {
  const into = new Float32Array(100).fill(7);
  for (const sentence of ["Prices rose.", "Qqqxqqq", "Unemployment fell to 3.5 percent."]) {
    const { rows } = hashFeatures(sentence);
    assert.deepEqual([...sentenceVector(rows, into)], [...sentenceVector(rows)], sentence);
  }
});

test("a model with a network survives serialisation, and one without its blend is refused", () => {
  const model: LinearModel = {
    bits: 4,
    threshold: 0.4,
    weights: Float32Array.from({ length: 16 }, (_, i) => (i % 3) * 0.25),
    mlp: ABS_DIFFERENCE,
    blend: { hashed: 0.6, mlp: 0.45, bias: 0.2 },
  };
  const back = parseModel(serialiseModel(model, "test"));
  assert.deepEqual(back.blend, model.blend);
  assert.deepEqual([...(back.mlp?.w1 ?? [])], [...ABS_DIFFERENCE.w1]);
  assert.equal(back.mlp?.b2, ABS_DIFFERENCE.b2);
  const file = JSON.parse(serialiseModel(model, "test")) as Record<string, unknown>;
  delete file.blend;
  assert.throws(() => parseModel(JSON.stringify(file)), /without the blend/);
});

test("combineLogit: the blend weighs the logits, then the offsets are added; no blend is the hashed logit", () => {
  const parts: LogitParts = { hashed: 2, mlp: -1, cnn: 3, encoder: 4, offset: 0.5, cues: [], signals: [] };
  const rows: [string, Parameters<typeof combineLogit>[1], number][] = [
    ["blend", { hashed: 0.5, mlp: 2, bias: 0.25 }, 0.5 * 2 + 2 * -1 + 0.25 + 0.5],
    ["blend with the convolutional network", { hashed: 0.5, mlp: 2, cnn: 0.5, bias: 0.25 }, 1 - 2 + 1.5 + 0.25 + 0.5],
    ["no blend", undefined, 2 + 0.5],
  ];
  for (const [name, blend, expected] of rows) assert.equal(combineLogit(parts, blend), expected, name);
});

/**
 * 20,000 rows of random logits (each part uniform on ±3, the encoder's on ±4 where `withEncoder`), labelled by
 * sampling the probability the `truth` blend gives them.
 */
function rowsOf(seed: number, truth: Blend, withEncoder: boolean): OutOfFoldLogits[] {
  const random = seededRandom(seed);
  return Array.from({ length: 20000 }, () => {
    const parts: LogitParts = {
      hashed: random() * 6 - 3,
      mlp: random() * 6 - 3,
      cnn: withEncoder ? 0 : random() * 6 - 3,
      encoder: withEncoder ? random() * 8 - 4 : 0,
      offset: random() < 0.2 ? -1 : 0,
      cues: [],
      signals: [],
    };
    const p = sigmoid(combineLogit(parts, truth));
    return { parts, label: random() < p ? 1 : 0 };
  });
}

test("fitBlend recovers the weights that generated the labels", () => {
  const truth = { hashed: 0.5, mlp: 1.2, cnn: 0.8, bias: -0.4 };
  const fitted = fitBlend(rowsOf(9, truth, false));
  for (const key of ["hashed", "mlp", "cnn", "bias"] as const)
    assert.ok(Math.abs((fitted[key] ?? 0) - truth[key]) < 0.1, `${key}: ${fitted[key]} vs ${truth[key]}`);
});

test("fitEncoderBlend recovers the encoder head's weight beside the lexical ones", () => {
  const truth = { hashed: 0.3, mlp: 0.2, encoder: 0.7, bias: 0.25 };
  const fitted = fitEncoderBlend(rowsOf(11, truth, true));
  assert.equal(fitted.cnn, undefined, "no convolutional network, no weight for it");
  for (const key of ["hashed", "mlp", "encoder", "bias"] as const)
    assert.ok(Math.abs((fitted[key] ?? 0) - truth[key]) < 0.1, `${key}: ${fitted[key]} vs ${truth[key]}`);
});
