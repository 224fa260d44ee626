import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { reluNetworkLogit } from "./relu-network.js";

describe("reluNetworkLogit", () => {
  // Two inputs, two hidden units: h0 = relu(x0 − x1), h1 = relu(x1 − x0 − 1); logit = 0.5 + 2·h0 − 3·h1.
  const net = {
    inputs: 2,
    hidden: 2,
    inputWeights: [1, -1, -1, 1],
    hiddenBias: [0, -1],
    outputWeights: [2, -3],
    outputBias: 0.5,
  };
  const rows: [number[], number, number[]][] = [
    [[3, 1], 4.5, [2, 0]],
    [[1, 3], -2.5, [0, 1]],
    [[1, 1], 0.5, [0, 0]],
  ];
  for (const [x, logit, hidden] of rows)
    it(`x = ${x.join(", ")}`, () => {
      const activations = new Float64Array(2);
      assert.equal(reluNetworkLogit(net, x, activations), logit);
      assert.deepEqual([...activations], hidden);
    });
});
