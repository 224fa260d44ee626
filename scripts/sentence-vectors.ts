/**
 * Sentence-encoder vectors for the evaluation and training sets of fact-check matching, cached on disk: encoding the
 * 10,375 Snopes fact-checks takes ~15 minutes on one core, and each rerun of `npm run eval:matching` or
 * `npx tsx scripts/train-matching.ts` needs the same vectors again. The cache is keyed by the SHA-1 of the exact
 * text the encoder reads, so a changed text is encoded afresh; it lives under the system's temporary folder (or
 * SIFT_VECTOR_CACHE), never in the repository. Deleting it only costs time.
 */
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ClaimsEncoderTraining } from "../src/annotate/claims/train.js";
import {
  CLAIMS_ENCODER_NAME,
  encoderInput,
  loadClaimsEncoder,
  loadMatchingEncoder,
  loadSentenceEncoder,
  MATCHING_ENCODER_NAME,
  SENTENCE_ENCODER_NAME,
  SENTENCE_VECTOR_DIMENSIONS,
  type SentenceEncoder,
} from "../src/factcheck/sentence-encoder.js";

/**
 * Which encoder: the package's (the framing refinement), the one fine-tuned for fact-check matching, or the one
 * fine-tuned for check-worthiness (the claims refinement).
 */
export type EncoderChoice = "shipped" | "matching" | "claims";
const ENCODERS: Record<EncoderChoice, { readonly name: string; readonly load: () => Promise<SentenceEncoder> }> = {
  shipped: { name: SENTENCE_ENCODER_NAME, load: loadSentenceEncoder },
  matching: { name: MATCHING_ENCODER_NAME, load: loadMatchingEncoder },
  claims: { name: CLAIMS_ENCODER_NAME, load: loadClaimsEncoder },
};

const KEY_BYTES = 20;
const RECORD_BYTES = KEY_BYTES + SENTENCE_VECTOR_DIMENSIONS * 4;

/**
 * A cache file by encoder name: one of ENCODERS, or a cross-fitted encoder that exists only as its vectors (which
 * `npm run train:matching-encoder` writes into the same folder).
 */
const cacheFileOf = (encoderName: string, suffix = ".bin"): string => {
  const dir = process.env.SIFT_VECTOR_CACHE ?? join(tmpdir(), "sift-sentence-vectors");
  mkdirSync(dir, { recursive: true });
  return join(dir, `${encoderName}${suffix}`);
};
const cacheFile = (choice: EncoderChoice): string => cacheFileOf(ENCODERS[choice].name);

/**
 * The cross-fitted matching encoders' names: scripts/python/train_matching_encoder.py fine-tunes one per fold of the
 * train tweets, without that fold, and stores its vectors of every fact-check and of the fold's tweets under this name.
 */
export const CROSS_FIT_FOLDS = 4;
export const crossFitEncoderName = (fold: number): string => `${MATCHING_ENCODER_NAME}-fold-${fold}`;

/**
 * The vectors an encoder that is not shipped stored in the cache, by text (undefined where it stored none). Throws,
 * naming the file and the command that writes it, when there is no cache file at all.
 */
export function storedVectors(texts: readonly string[], encoderName: string): (Float32Array | undefined)[] {
  const path = cacheFileOf(encoderName);
  if (!existsSync(path)) {
    throw new Error(`${path}: no stored vectors of ${encoderName}; \`npm run train:matching-encoder\` writes them`);
  }
  const cache = readCache(path);
  return texts.map((t) => cache.get(vectorKey(t)));
}

/**
 * What `npm run train:claims-encoder` stored beside its vectors for scripts/train-claims.ts: the head trained with the
 * encoder and the out-of-fold logits of the ClaimBuster training sentences, here by text (`texts`: the sentences
 * wanted; one the file has no logit for is left out, and training then stops naming it). Throws, naming the file
 * and the command, when there is no such file.
 */
export function storedClaimsEncoderTraining(texts: readonly string[]): ClaimsEncoderTraining {
  const path = cacheFileOf(CLAIMS_ENCODER_NAME, "-training.json");
  if (!existsSync(path)) throw new Error(`${path}: not found; \`npm run train:claims-encoder\` writes it`);
  const file = JSON.parse(readFileSync(path, "utf8")) as {
    encoder?: string;
    head?: { weights: number[]; bias: number };
    outOfFold?: Record<string, number>;
  };
  const { head, outOfFold } = file;
  if (file.encoder !== CLAIMS_ENCODER_NAME || head === undefined || outOfFold === undefined)
    throw new Error(`${path}: not the training output of ${CLAIMS_ENCODER_NAME}`);
  const logits = new Map<string, number>();
  for (const t of texts) {
    const z = outOfFold[vectorKey(t)];
    if (z !== undefined) logits.set(t, z);
  }
  return { head: { weights: Float32Array.from(head.weights), bias: head.bias }, outOfFold: logits };
}

export const vectorKey = (text: string): string =>
  createHash("sha1")
    .update(encoderInput(text))
    .digest("hex")
    .slice(0, KEY_BYTES * 2);

/** Each cache file's vectors, read once per process; vectors encoded later are added as they are stored. */
const loaded = new Map<string, Map<string, Float32Array>>();

function readCache(path: string): Map<string, Float32Array> {
  const known = loaded.get(path);
  if (known) return known;
  const cache = new Map<string, Float32Array>();
  loaded.set(path, cache);
  if (!existsSync(path)) return cache;
  const bytes = readFileSync(path);
  for (let at = 0; at + RECORD_BYTES <= bytes.length; at += RECORD_BYTES) {
    const key = bytes.subarray(at, at + KEY_BYTES).toString("hex");
    const copy = new Uint8Array(SENTENCE_VECTOR_DIMENSIONS * 4);
    copy.set(bytes.subarray(at + KEY_BYTES, at + RECORD_BYTES));
    cache.set(key, new Float32Array(copy.buffer));
  }
  return cache;
}

/** Appends vectors to the encoder's cache file (records of key + float32 vector). */
export function storeVectors(
  entries: readonly (readonly [string, Float32Array])[],
  choice: EncoderChoice = "shipped",
): void {
  if (entries.length === 0) return;
  const out = Buffer.alloc(entries.length * RECORD_BYTES);
  entries.forEach(([key, v], i) => {
    Buffer.from(key, "hex").copy(out, i * RECORD_BYTES);
    Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(out, i * RECORD_BYTES + KEY_BYTES);
  });
  const path = cacheFile(choice);
  appendFileSync(path, out);
  for (const [key, v] of entries) loaded.get(path)?.set(key, v);
}

/** The unit-length vector of each text, from the cache or encoded now (progress on stderr). */
export async function sentenceVectors(
  texts: readonly string[],
  label: string,
  choice: EncoderChoice = "shipped",
): Promise<Float32Array[]> {
  const cache = readCache(cacheFile(choice));
  const keys = texts.map(vectorKey);
  const missing = [...new Set(keys.map((k, i) => (cache.has(k) ? -1 : i)).filter((i) => i >= 0))];
  if (missing.length > 0) {
    const encoder = await ENCODERS[choice].load();
    const started = Date.now();
    const CHUNK = 512;
    for (let i = 0; i < missing.length; i += CHUNK) {
      const ids = missing.slice(i, i + CHUNK);
      const vectors = await encoder.embed(ids.map((k) => texts[k] ?? ""));
      const entries = ids.map((k, j) => [keys[k] ?? "", vectors[j] ?? new Float32Array(0)] as const);
      storeVectors(entries, choice);
      const s = Math.round((Date.now() - started) / 1000);
      process.stderr.write(`${label}: encoded ${Math.min(i + CHUNK, missing.length)}/${missing.length} (${s} s)\n`);
    }
  }
  return keys.map((k) => cache.get(k) ?? new Float32Array(SENTENCE_VECTOR_DIMENSIONS));
}
