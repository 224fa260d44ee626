import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  ENCODER_WEIGHTS_FORMAT,
  float16ToNumber,
  parseEncoderWeights,
  type WeightSpec,
  withOverrides,
} from "./encoder-weights.js";

/** An overrides file as the training script writes it: header length, JSON header, float16 values. */
function overridesFile(tensors: { name: string; shape: number[]; halves: number[] }[], header?: object): Uint8Array {
  const json = new TextEncoder().encode(
    JSON.stringify(
      header ?? {
        format: ENCODER_WEIGHTS_FORMAT,
        dtype: "float16",
        tensors: tensors.map(({ name, shape }) => ({ name, shape })),
      },
    ),
  );
  const halves = tensors.flatMap((t) => t.halves);
  const out = new Uint8Array(4 + json.length + 2 * halves.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, json.length, true);
  out.set(json, 4);
  halves.forEach((h, i) => {
    view.setUint16(4 + json.length + 2 * i, h, true);
  });
  return out;
}

describe("float16ToNumber", () => {
  const cases: [string, number, number][] = [
    ["zero", 0x0000, 0],
    ["one", 0x3c00, 1],
    ["minus two", 0xc000, -2],
    ["one half", 0x3800, 0.5],
    ["largest normal", 0x7bff, 65504],
    ["smallest subnormal", 0x0001, 2 ** -24],
    ["1/3 rounded", 0x3555, 0.333251953125],
  ];
  for (const [name, bits, value] of cases) test(name, () => assert.equal(float16ToNumber(bits), value));
  test("infinity and NaN", () => {
    assert.equal(float16ToNumber(0x7c00), Number.POSITIVE_INFINITY);
    assert.ok(Number.isNaN(float16ToNumber(0x7e00)));
  });
});

describe("parseEncoderWeights", () => {
  test("reads each tensor's values in header order", () => {
    const w = parseEncoderWeights(
      overridesFile([
        { name: "a", shape: [2], halves: [0x3c00, 0xc000] },
        { name: "b", shape: [1, 1], halves: [0x3800] },
      ]),
      "test.bin",
    );
    assert.deepEqual([...(w.tensors.get("a") ?? [])], [1, -2]);
    assert.deepEqual([...(w.tensors.get("b") ?? [])], [0.5]);
  });
  const bad: [string, Uint8Array, RegExp][] = [
    ["empty", new Uint8Array(0), /too short/],
    ["another format", overridesFile([], { format: "other", dtype: "float16", tensors: [] }), /not a sift-encoder/],
    ["float32 values", overridesFile([], { format: ENCODER_WEIGHTS_FORMAT, dtype: "float32", tensors: [] }), /float16/],
    [
      "truncated values",
      overridesFile([], { format: ENCODER_WEIGHTS_FORMAT, dtype: "float16", tensors: [{ name: "a", shape: [4] }] }),
      /truncated at tensor a/,
    ],
  ];
  for (const [name, bytes, message] of bad)
    test(`refuses ${name}, naming the file`, () =>
      assert.throws(
        () => parseEncoderWeights(bytes, "w.bin"),
        (e: Error) => /^w\.bin: /.test(e.message) && message.test(e.message),
      ));
});

describe("withOverrides", () => {
  const specs: WeightSpec[] = [
    { name: "kernel", shape: [2, 2], dtype: "float32" },
    { name: "axis", shape: [], dtype: "int32" },
    { name: "bias", shape: [2], dtype: "float32" },
  ];
  // kernel 1..4, axis (int32) 7, bias 5, 6
  const data = new ArrayBuffer(7 * 4);
  new Float32Array(data).set([1, 2, 3, 4, 0, 5, 6]);
  new Int32Array(data, 16, 1)[0] = 7;
  const weights = (entries: [string, number[]][]) => ({
    tensors: new Map(entries.map(([k, v]) => [k, Float32Array.from(v)])),
  });

  test("writes an override over its tensor's place and leaves the rest, the original untouched", () => {
    const out = withOverrides(specs, data, weights([["bias", [-1, -2]]]));
    assert.deepEqual([...new Float32Array(out, 0, 4)], [1, 2, 3, 4]);
    assert.equal(new Int32Array(out, 16, 1)[0], 7);
    assert.deepEqual([...new Float32Array(out, 20, 2)], [-1, -2]);
    assert.deepEqual([...new Float32Array(data, 20, 2)], [5, 6]);
  });
  const refused: [string, [string, number[]][], RegExp][] = [
    ["a tensor of another size", [["kernel", [1, 2]]], /kernel does not fit/],
    ["an integer tensor", [["axis", [1]]], /axis does not fit/],
    ["a name the graph lacks", [["other", [1]]], /other is not in the package's graph/],
  ];
  for (const [name, entries, message] of refused)
    test(`refuses ${name}`, () => assert.throws(() => withOverrides(specs, data, weights(entries)), message));
  test("refuses a manifest that does not cover the data", () =>
    assert.throws(() => withOverrides(specs.slice(0, 2), data, weights([])), /manifest does not match/));
});
