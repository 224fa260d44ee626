import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seededRandom } from "../../core/random.js";
import { reluNetworkLogit } from "../../core/relu-network.js";
import { networkLogit, trainSentenceNetwork } from "./sentence-network.js";

/** Positives have both inputs on the same side of zero: no single linear weight separates them (XOR). */
const xorExamples = Array.from({ length: 200 }, (_, i) => {
  const a = i % 2 ? 1 : -1;
  const b = i % 4 < 2 ? 1 : -1;
  return { x: [a, b], gold: a === b ? 1 : 0 };
});
const training = { hidden: 8, epochs: 200, rate: 0.05, seed: 3 };

describe("sentence network", () => {
  it("learns a problem a linear model cannot (XOR)", () => {
    const net = trainSentenceNetwork(xorExamples, training);
    const rows: [number[], boolean][] = [
      [[1, 1], true],
      [[-1, -1], true],
      [[1, -1], false],
      [[-1, 1], false],
    ];
    for (const [x, positive] of rows) assert.equal(networkLogit(net, x) > 0, positive, `input ${x.join(",")}`);
  });
  it("is the same network for the same seed", () => {
    const a = trainSentenceNetwork(xorExamples, { ...training, epochs: 3 });
    const b = trainSentenceNetwork(xorExamples, { ...training, epochs: 3 });
    assert.deepEqual(Array.from(a.inputWeights), Array.from(b.inputWeights));
    assert.equal(a.outputBias, b.outputBias);
  });
});

describe("networkLogit on single-precision weights (the shipped model)", () => {
  // The unrolled loop must give the plain loop's number to the last bit: the propaganda spans depend on it.
  const random = seededRandom(11);
  const values = (n: number) => Float32Array.from({ length: n }, () => random() * 2 - 1);
  for (const hidden of [3, 8, 13, 40]) {
    it(`${hidden} hidden units`, () => {
      const inputs = 30;
      const net = {
        inputs,
        hidden,
        inputWeights: values(hidden * inputs),
        hiddenBias: values(hidden),
        outputWeights: values(hidden),
        outputBias: -0.2,
      };
      const plain = { ...net, inputWeights: [...net.inputWeights], hiddenBias: [...net.hiddenBias] };
      for (let k = 0; k < 10; k++) {
        const x = values(inputs);
        assert.equal(networkLogit(net, x), reluNetworkLogit(plain, x));
      }
    });
  }
});
