import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeWordVectors, encodeWordVectors, loadWordVectors, meanUnitVector } from "./word-vectors.js";

describe("word vectors", () => {
  const words = ["up", "down", "left"];
  const vectors = [
    [3, 4],
    [-3, -4],
    [4, -3],
  ];
  const table = decodeWordVectors(encodeWordVectors(words, vectors, 2), "test");

  it("round-trips words and directions through the byte format", () => {
    assert.equal(table.size, 3);
    assert.equal(table.dimensions, 2);
    assert.equal(table.rowOf("down"), 1);
    assert.equal(table.rowOf("Down"), -1);
    assert.equal(table.wordAt(2), "left");
    assert.ok(Math.abs(table.norm(0) - 5) < 0.05);
    for (const [a, b, cosine] of [
      [0, 1, -1],
      [0, 2, 0],
      [0, 0, 1],
    ] as const)
      assert.ok(Math.abs(table.cosine(a, b) - cosine) < 0.01, `${a}·${b}`);
  });

  it("averages unit vectors of the words it knows, lower-casing them", () => {
    const { vector, count } = meanUnitVector(table, ["UP", "left", "unknown"]);
    assert.equal(count, 2);
    assert.ok(Math.abs((vector[0] as number) - 0.99) < 0.01 && Math.abs((vector[1] as number) - 0.14) < 0.01);
    assert.deepEqual([...meanUnitVector(table, ["none"]).vector], [0, 0]);
  });

  it("names the input when the bytes are not a vector file or are cut short", () => {
    assert.throws(() => decodeWordVectors(Buffer.from("nope"), "x.bin"), /x\.bin: not a Sift word-vector file/);
    const whole = encodeWordVectors(words, vectors, 2);
    assert.throws(() => decodeWordVectors(whole.subarray(0, 20), "y.bin"), /y\.bin: truncated/);
  });

  it("ships GloVe vectors in which related words are near", () => {
    const glove = loadWordVectors();
    assert.equal(glove.dimensions, 100);
    const near = glove.cosine(glove.rowOf("president"), glove.rowOf("minister"));
    const far = glove.cosine(glove.rowOf("president"), glove.rowOf("banana"));
    assert.ok(near > far + 0.3, `${near} vs ${far}`);
  });
});
