import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { modelsDir, sharedData } from "../../core/paths.js";
import { tokenize } from "../tokens/tokenize.js";
import { createDocContext } from "./doc-context.js";
import { extractFeatures, featuresOf } from "./features.js";
import { LABEL_COUNT } from "./labels.js";
import { nerModelFrom } from "./model.js";
import { addCompactRows, addRows, type Weights } from "./tagger.js";
import { fullTable, readModel } from "./weights-file.js";
import { WordSums } from "./word-sums.js";

const { weights, meta } = readModel(join(modelsDir, "ner"));
/** The shipped weights as a plain full table: tagging then takes the plain definition (no per-word cache). */
const plainWeights: Weights = {
  table: fullTable(weights),
  bits: weights.bits,
  ...(weights.scale === undefined ? {} : { scale: weights.scale }),
  ...(weights.gazetteer === undefined ? {} : { gazetteer: weights.gazetteer }),
};

const sentencesOf = (text: string): string[][] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => tokenize(s).map((t) => s.slice(t.start, t.end)))
    .filter((s) => s.length > 0);

const TEXTS = [
  "Sanders: no deal\nBernie Sanders said on Monday that Sanders would not back the deal. SANDERS WINS IN IOWA.",
  "Apple sued Samsung in Seoul. Samsung said Apple was wrong; Seoul courts agreed with Samsung Electronics.",
  "Mr. Macron met President Xi Jinping in Beijing . A B C ! Hi",
];

function documents(): string[] {
  const texts = [...TEXTS];
  try {
    const ptc = join(sharedData, "propaganda/ptc/articles");
    for (const f of readdirSync(ptc).sort().slice(0, 6)) texts.push(readFileSync(join(ptc, f), "utf8"));
  } catch {
    // The texts above still cover boundaries, repeated words and history.
  }
  return texts;
}

test("the per-word cache sums each token's static features exactly as the plain definition, across restarts", () => {
  if (weights.rows === undefined || !(weights.table instanceof Int16Array)) assert.fail("the model is compact");
  const { table, rows } = weights;
  // A capacity of 40 words makes the cache start over many times, and a long sentence makes it grow past that.
  const cache = new WordSums(table, rows, weights.bits, 40);
  const sentences = documents().flatMap(sentencesOf);
  sentences.push(sentences.flat().slice(0, 120));
  const ctx = createDocContext(sentences);
  const plain = new Float64Array(LABEL_COUNT);
  const cached = new Float64Array(LABEL_COUNT);
  for (const words of sentences) {
    const slots = cache.slotsOf(words);
    const all = extractFeatures(words, ctx, plainWeights);
    const rest = featuresOf(words, cache.tokenValues(slots), ctx, weights, { word: false, neighbours: false });
    for (let i = 0; i < words.length; i++) {
      plain.fill(0);
      addRows(plainWeights.table, all.feats, all.starts[i] ?? 0, all.historyAt[i] ?? 0, plain);
      cache.writeTo(slots, i, cached, 0);
      addCompactRows(table, rows, rest.feats, rest.starts[i] ?? 0, rest.historyAt[i] ?? 0, cached, 0);
      assert.deepEqual(cached, plain, `${words.join(" ")} @${i}`);
    }
  }
});

test("the shipped model tags documents exactly as the plain full table does", () => {
  const fast = nerModelFrom(weights, meta);
  const plain = nerModelFrom(plainWeights, meta);
  let spans = 0;
  for (const text of documents()) {
    const sentences = sentencesOf(text);
    const expected = plain.tagDocument(sentences);
    assert.deepEqual(fast.tagDocument(sentences), expected);
    spans += expected.flat().length;
  }
  assert.ok(spans > 5, "the texts have entities");
});
