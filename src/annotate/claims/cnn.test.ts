import assert from "node:assert/strict";
import { test } from "node:test";
import { seededRandom } from "../../core/random.js";
import {
  accumulateGradient,
  averageCnns,
  type CnnExample,
  type CnnOptions,
  cnnLogit,
  cnnLogitOfWords,
  initialCnn,
  type SentenceCnn,
  trainCnn,
  wordMatrix,
  zeroGradient,
} from "./cnn.js";
import { hashFeatures } from "./features.js";
import { type LinearModel, loadClaimsModel, parseModel, serialiseModel, sigmoid } from "./model.js";
import { claimLogitParts, combineLogit, scoreClaim } from "./score.js";

/**
 * Two-dimensional words. Width 1, one filter: −x0 + x1. Width 2, one filter: x0 of the first word + x1 of the
 * second, bias −3. Output −0.2 × the first pooled feature + 0.5 × the second, bias 1.
 */
const HAND: SentenceCnn = {
  dimensions: 2,
  widths: [1, 2],
  filters: 1,
  kernels: [Float32Array.from([-1, 1]), Float32Array.from([1, 0, 0, 1])],
  biases: [Float32Array.from([0]), Float32Array.from([-3])],
  output: Float32Array.from([-0.2, 0.5]),
  bias: 1,
};

test("cnnLogitOfWords: the max over windows, ReLU, then a linear output (hand-computed)", () => {
  const rows: [string, number[][], number][] = [
    // Width 1: 1, −4, 5 → 5. Width 2: 1 + (−1) = 0, 3 + 5 = 8 → relu(8 − 3) = 5. 1 − 0.2·5 + 0.5·5 = 2.5.
    [
      "three words",
      [
        [1, 2],
        [3, -1],
        [0, 5],
      ],
      2.5,
    ],
    // Width 1: max(1, 0) = 1 (the padding word counts as a zero vector). Width 2: relu(1 + 0 − 3) = 0. 1 − 0.2.
    [
      "one word, padded",
      [
        [1, 2],
        [0, 0],
      ],
      0.8,
    ],
    // Width 1: max(−2, −3) = −2 → relu 0. Width 2: relu(2 + 1 − 3) = 0. Only the bias is left.
    [
      "nothing fires",
      [
        [2, 0],
        [4, 1],
      ],
      1,
    ],
  ];
  for (const [name, words, expected] of rows) {
    const z = cnnLogitOfWords(HAND, Float32Array.from(words.flat()), words.length);
    assert.ok(Math.abs(z - expected) < 1e-6, `${name}: ${z} vs ${expected}`);
  }
});

const OPTIONS: CnnOptions = {
  widths: [2, 3, 4],
  filters: 6, // not a multiple of four: both the four-at-once and the single-filter loops run
  maxEpochs: 1,
  patience: 1,
  learningRate: 1e-3,
  dropout: 0.5,
  batch: 8,
  seed: 3,
};

test("cnnLogit from word responses gives cnnLogitOfWords' number on real sentences", () => {
  const cnn = initialCnn(100, OPTIONS);
  for (const sentence of [
    "We created 2 million jobs last year.",
    "Hi",
    "Qqqxqqq zzzvvv",
    "The unemployment rate fell by 3 percent in 2015, the lowest since 2008.",
  ]) {
    const { rows } = hashFeatures(sentence);
    const { words, length } = wordMatrix(rows, 4);
    const direct = cnnLogitOfWords(cnn, words, length);
    // Twice: the second time every word's responses come from the table.
    for (let k = 0; k < 2; k++) assert.ok(Math.abs(cnnLogit(cnn, rows) - direct) < 1e-4, sentence);
  }
});

/** The weighted log loss of one example, as accumulateGradient differentiates it (no dropout). */
const lossOf = (cnn: SentenceCnn, ex: CnnExample): number => {
  const p = sigmoid(cnnLogitOfWords(cnn, ex.words, ex.length));
  return -ex.weight * Math.log(ex.label === 1 ? p : 1 - p);
};

test("accumulateGradient matches central differences of the loss", () => {
  const random = seededRandom(11);
  const dims = 5;
  const options = { ...OPTIONS, widths: [1, 2, 3], filters: 5 };
  const cnn = initialCnn(dims, options);
  // Non-zero biases and output bias, so every parameter kind is exercised away from its start.
  for (const b of cnn.biases) for (let i = 0; i < b.length; i++) b[i] = random() * 0.4 - 0.2;
  const net: SentenceCnn = { ...cnn, bias: 0.3 };
  const length = 6;
  for (const label of [0, 1] as const) {
    const ex: CnnExample = {
      words: Float32Array.from({ length: length * dims }, () => random() * 2 - 1),
      length,
      label,
      weight: 1.5,
    };
    const keep = new Float32Array(options.widths.length * options.filters).fill(1);
    const gradient = zeroGradient(net);
    accumulateGradient(net, ex, keep, gradient);
    const step = 1e-3;
    const check = (name: string, values: Float32Array, analytic: Float32Array) => {
      for (let i = 0; i < values.length; i += 3) {
        const saved = values[i] as number;
        values[i] = saved + step;
        const up = lossOf(net, ex);
        const upBy = (values[i] as number) - saved;
        values[i] = saved - step;
        const down = lossOf(net, ex);
        const downBy = saved - (values[i] as number);
        values[i] = saved;
        const numeric = (up - down) / (upBy + downBy);
        const exact = analytic[i] as number;
        assert.ok(
          Math.abs(numeric - exact) < 2e-3 + 2e-2 * Math.abs(exact),
          `${name}[${i}], label ${label}: numeric ${numeric} vs analytic ${exact}`,
        );
      }
    };
    net.kernels.forEach((k, wi) => {
      check(`kernel ${wi}`, k, gradient.kernels[wi] as Float32Array);
    });
    net.biases.forEach((b, wi) => {
      check(`bias ${wi}`, b, gradient.biases[wi] as Float32Array);
    });
    check("output", net.output, gradient.output);
    const up = lossOf({ ...net, bias: net.bias + step }, ex);
    const down = lossOf({ ...net, bias: net.bias - step }, ex);
    assert.ok(Math.abs((up - down) / (2 * step) - gradient.bias) < 1e-3, `output bias, label ${label}`);
  }
});

test("accumulateGradient: a dropped pooled feature passes no gradient to its filter", () => {
  const cnn = initialCnn(3, { ...OPTIONS, widths: [2], filters: 4 });
  const ex: CnnExample = { words: Float32Array.from([1, 0, 2, -1, 3, 1, 0, 2, 1]), length: 3, label: 1, weight: 1 };
  const keep = Float32Array.from([0, 2, 2, 2]);
  const gradient = zeroGradient(cnn);
  accumulateGradient(cnn, ex, keep, gradient);
  assert.ok((gradient.kernels[0] as Float32Array).subarray(0, 6).every((g) => g === 0));
  assert.equal(gradient.output[0], 0);
});

/**
 * Two words, a = (1, 0) and b = (0, 1), in sentences of six; the label is 1 when some "a" is straight followed by a
 * "b". Sentences with the same counts of each word can have either label, so no bag of words can learn it.
 */
function orderTask(count: number, seed: number): CnnExample[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const tokens = Array.from({ length: 6 }, () => (random() < 0.5 ? "a" : "b"));
    const label = tokens.join("").includes("ab") ? 1 : 0;
    const words = Float32Array.from(tokens.flatMap((t) => (t === "a" ? [1, 0] : [0, 1])));
    return { words, length: 6, label, weight: 1 } as CnnExample;
  });
}

test("trainCnn learns a word-order rule a bag of words cannot, and the same data gives the same weights", () => {
  const options: CnnOptions = {
    ...OPTIONS,
    widths: [2],
    filters: 8,
    dropout: 0.1,
    maxEpochs: 40,
    patience: 5,
    learningRate: 0.01,
  };
  const train = orderTask(600, 1);
  const valid = orderTask(100, 2);
  const test = orderTask(200, 3);
  const fitted = trainCnn(train, valid, 2, options);
  const correct = test.filter((ex) => (cnnLogitOfWords(fitted.cnn, ex.words, ex.length) > 0 ? 1 : 0) === ex.label);
  assert.ok(correct.length / test.length >= 0.95, `accuracy ${correct.length / test.length}`);
  const again = trainCnn(train, valid, 2, options);
  assert.deepEqual([...(again.cnn.kernels[0] as Float32Array)], [...(fitted.cnn.kernels[0] as Float32Array)]);
  assert.equal(again.epochs, fitted.epochs);
});

test("averageCnns: the joined network's logit is the mean of the networks' logits", () => {
  const a = initialCnn(100, { ...OPTIONS, seed: 1 });
  const b = initialCnn(100, { ...OPTIONS, seed: 2 });
  const both = averageCnns([a, b]);
  assert.equal(both.filters, 2 * OPTIONS.filters);
  for (const sentence of ["Taxes went up by 20 percent.", "Thank you."]) {
    const { words, length } = wordMatrix(hashFeatures(sentence).rows, 4);
    const mean = (cnnLogitOfWords(a, words, length) + cnnLogitOfWords(b, words, length)) / 2;
    assert.ok(Math.abs(cnnLogitOfWords(both, words, length) - mean) < 1e-5, sentence);
  }
});

test("a model with a convolutional network survives serialisation; one whose weights do not fit is refused", () => {
  const model: LinearModel = {
    bits: 4,
    threshold: 0.4,
    weights: Float32Array.from({ length: 16 }, (_, i) => (i % 3) * 0.25),
    cnn: HAND,
    blend: { hashed: 0.6, mlp: 0, cnn: 0.3, bias: 0.2 },
  };
  const back = parseModel(serialiseModel(model, "test"));
  assert.deepEqual(back.blend, model.blend);
  assert.deepEqual(back.cnn?.widths, HAND.widths);
  assert.deepEqual([...(back.cnn?.kernels[1] ?? [])], [...(HAND.kernels[1] as Float32Array)]);
  assert.deepEqual([...(back.cnn?.output ?? [])], [...HAND.output]);
  const file = JSON.parse(serialiseModel(model, "test")) as { cnn: { filters: number } };
  file.cnn.filters = 2;
  assert.throws(() => parseModel(JSON.stringify(file)), /convolutional weights do not fit/);
});

test("scoring uses a model's convolutional network, weighted by its blend", () => {
  const shipped = loadClaimsModel();
  const model: LinearModel = {
    ...shipped,
    cnn: initialCnn(100, { ...OPTIONS, seed: 7 }),
    blend: { hashed: 0.6, mlp: 0.3, cnn: 0.4, bias: 0.2 },
  };
  const sentence = "Unemployment fell to 3.5 percent in March, the lowest rate in 50 years.";
  const parts = claimLogitParts(sentence, model);
  assert.equal(parts.cnn, cnnLogit(model.cnn as SentenceCnn, hashFeatures(sentence).rows));
  assert.notEqual(parts.cnn, 0);
  const score = scoreClaim(sentence, model).score;
  assert.ok(Math.abs(score - sigmoid(combineLogit(parts, model.blend))) < 1e-12);
  assert.notEqual(score, sigmoid(combineLogit({ ...parts, cnn: 0 }, model.blend)));
  // A model without the network (as trained with CNN_RUNS = 0 in train.ts) scores as before: its part is 0.
  const { cnn: _, ...withoutCnn } = model;
  assert.equal(claimLogitParts(sentence, withoutCnn).cnn, 0);
});
