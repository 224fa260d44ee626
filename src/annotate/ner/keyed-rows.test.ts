import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { modelsDir } from "../../core/paths.js";
import { tokenize } from "../tokens/tokenize.js";
import { createDocContext } from "./doc-context.js";
import {
  CAP_RUN_KEYS,
  CONTEXT_FEATURES_MAX,
  CONTEXT_KEYS,
  capRunFeatures,
  contextFeatures,
  extractFeatures,
  featuresOf,
} from "./features.js";
import { KeyedRows } from "./keyed-rows.js";
import { LABEL_COUNT } from "./labels.js";
import { addCompactRows } from "./tagger.js";
import { readModel } from "./weights-file.js";
import { WordSums } from "./word-sums.js";

const { weights } = readModel(join(modelsDir, "ner"));

const sentencesOf = (text: string): string[][] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => tokenize(s).map((t) => s.slice(t.start, t.end)))
    .filter((s) => s.length > 0);

const TEXT = [
  "SANDERS WINS IN IOWA",
  "Bernie Sanders said on Monday that Sanders would not back the deal with Bank of America Corp.",
  "Apple sued Samsung in Seoul; Samsung Electronics said Apple was wrong. apple pie",
  "Mr. Macron met President Xi Jinping in Beijing . A B C ! Hi",
].join("\n");

test("the context keys' memoised rows add up to the case, capitalised-run and document-form features", () => {
  if (weights.rows === undefined || !(weights.table instanceof Int16Array)) assert.fail("the model is compact");
  const { table, rows, bits } = weights;
  const context = new KeyedRows(table, rows, bits, CONTEXT_KEYS, CONTEXT_FEATURES_MAX, contextFeatures);
  const capRun = new KeyedRows(table, rows, bits, CAP_RUN_KEYS, 1, capRunFeatures);
  const cache = new WordSums(table, rows, bits);
  const sentences = sentencesOf(TEXT);
  for (const ctx of [createDocContext(sentences), undefined]) {
    let tokens = 0;
    for (const words of sentences) {
      const values = cache.tokenValues(cache.slotsOf(words));
      const withContext = featuresOf(words, values, ctx, weights, { word: false, neighbours: false });
      const keyed = featuresOf(words, values, ctx, weights, { word: false, neighbours: false, context: false });
      const keys = keyed.contextKeys;
      if (keys === undefined) assert.fail("context keys are given when the group is left out");
      assert.equal(extractFeatures(words, ctx, weights).contextKeys, undefined);
      for (let i = 0; i < words.length; i++) {
        const plain = new Float64Array(LABEL_COUNT);
        addCompactRows(
          table,
          rows,
          withContext.feats,
          withContext.starts[i] ?? 0,
          withContext.historyAt[i] ?? 0,
          plain,
          0,
        );
        const memoised = new Float64Array(LABEL_COUNT);
        addCompactRows(table, rows, keyed.feats, keyed.starts[i] ?? 0, keyed.historyAt[i] ?? 0, memoised, 0);
        context.addTo(keys.context[i] ?? 0, memoised, 0);
        capRun.addTo(keys.capRun[i] ?? 0, memoised, 0);
        assert.deepEqual(memoised, plain, `${words.join(" ")} @${i}`);
        tokens++;
      }
    }
    assert.ok(tokens > 40);
  }
});
