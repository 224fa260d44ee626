import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { modelsDir, sharedData } from "../../core/paths.js";
import { tokenize } from "../tokens/tokenize.js";
import { createDocContext, recordHistory } from "./doc-context.js";
import { typeOf } from "./labels.js";
import { ALL_PROBS, decode, decodeAgain, decodeFirstPass, ENTITY_PROBS, type ProbsFor } from "./tagger.js";
import { readModel } from "./weights-file.js";

const { weights, meta } = readModel(join(modelsDir, "ner"));

/** The definition of two-pass tagging: `decode` run twice, the second time with the other sentences' tags. */
function twoPassByDecode(sentences: string[][]) {
  const ctx = createDocContext(sentences);
  const first = sentences.map((w) => Array.from(decode(w, ctx, weights, meta.temperature).labels, typeOf));
  return sentences.map((w, s) => {
    recordHistory(ctx, w, first[s] ?? [], -1);
    const d = decode(w, ctx, weights, meta.temperature, false);
    recordHistory(ctx, w, first[s] ?? [], 1);
    return d;
  });
}

function twoPassReusing(sentences: string[][], probsFor: ProbsFor = ALL_PROBS) {
  const ctx = createDocContext(sentences);
  const first = sentences.map((w) => decodeFirstPass(w, ctx, weights, meta.temperature, true, undefined, probsFor));
  return sentences.map((w, s) => {
    const own = Array.from(first[s]?.decoded.labels ?? [], typeOf);
    recordHistory(ctx, w, own, -1);
    const d = decodeAgain(first[s]!.pass, ctx, weights, meta.temperature, probsFor);
    recordHistory(ctx, w, own, 1);
    return d;
  });
}

const sentencesOf = (text: string): string[][] =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => tokenize(s).map((t) => s.slice(t.start, t.end)))
    .filter((s) => s.length > 0);

function testTexts(): string[] {
  const texts = [
    "Sanders: no deal\nBernie Sanders said on Monday that Sanders would not back the deal. SANDERS WINS IN IOWA.",
    "Apple sued Samsung in Seoul. Samsung said Apple was wrong; Seoul courts agreed with Samsung Electronics.",
  ];
  const ptc = join(sharedData, "propaganda/ptc/articles");
  try {
    for (const f of readdirSync(ptc).sort().slice(0, 8)) texts.push(readFileSync(join(ptc, f), "utf8"));
  } catch {
    // The two texts above still exercise history features (repeated names in other sentences).
  }
  return texts;
}

test("the second pass reusing the first pass's sums tags and scores exactly as decoding afresh", () => {
  for (const text of testTexts()) {
    const sentences = sentencesOf(text);
    const expected = twoPassByDecode(sentences);
    const got = twoPassReusing(sentences);
    assert.deepEqual(
      got.map((d) => [[...d.labels], [...d.probs]]),
      expected.map((d) => [[...d.labels], [...d.probs]]),
    );
  }
});

test("asking for entity probabilities only gives the same labels and the same probability of every entity token", () => {
  for (const text of testTexts()) {
    const sentences = sentencesOf(text);
    const all = twoPassReusing(sentences, ALL_PROBS);
    const entities = twoPassReusing(sentences, ENTITY_PROBS);
    // What entity spans read: each token's label, and its probability where the label is not "O".
    const read = (d: { labels: Uint8Array; probs: Float32Array }) =>
      [...d.labels].map((l, i) => (l === 0 ? [l] : [l, d.probs[i]]));
    assert.deepEqual(entities.map(read), all.map(read));
    assert.ok(
      all.some((d) => d.labels.some((l) => l !== 0)),
      "the texts name entities",
    );
  }
});
