import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { sharedData } from "../../core/paths.js";
import { analyseArticle, tokenFeatures } from "./features.js";
import { featureRow } from "./hashing.js";
import { logitScore } from "./logistic.js";
import { lineSpans } from "./ptc.js";
import { splitSentences } from "./testing.js";
import { tokenLogitsOf, tokenRowsOf } from "./token-rows.js";

const DIM = 1 << 20;

/** The readable definition: every feature string of every token, hashed. */
const byStrings = (text: string, firstIsTitle: boolean, spans: readonly { start: number; end: number }[]) => {
  const info = analyseArticle(text, spans, firstIsTitle);
  return {
    info,
    rows: info.sentences.map((s) => s.tokens.map((_, k) => tokenFeatures(info, s, k).map((f) => featureRow(f, DIM)))),
  };
};

describe("token rows without strings equal the string features, hashed", () => {
  const texts: [string, string][] = [
    [
      "edge cases",
      'Shocking! "Treason," they say — the BIGGEST lie ever.\nWhat about the greatest, finest best-est nation?\nOk',
    ],
    ["repetition", "Fake news, fake news, fake news. The fake news media lies. Lies and lies again!"],
    ["one token", "Yes"],
    ["quotes and numbers", "He said “we will never, ever surrender” in 1940, and 75% agreed. Déjà vu."],
  ];
  const ptc = join(sharedData, "propaganda/ptc/articles");
  let files: string[] = [];
  try {
    files = readdirSync(ptc).sort().slice(0, 12);
  } catch {
    // Without the shared data the hand-written texts still check every template.
  }
  for (const f of files) texts.push([f, readFileSync(join(ptc, f), "utf8")]);
  for (const [name, text] of texts) {
    it(name, () => {
      const spans = name.startsWith("article") ? lineSpans(text) : splitSentences(text);
      const { info, rows } = byStrings(text, name.startsWith("article"), spans);
      const fast = info.sentences.map((s) => tokenRowsOf(info, s, DIM).map((r) => [...r]));
      assert.deepEqual(fast, rows);
    });
  }
});

describe("token logits without rows equal the logit of each row", () => {
  const text = 'Shocking! "Treason," they say — the BIGGEST lie ever.\nFake news, fake news. He said “never” in 1940.';
  const info = analyseArticle(text, splitSentences(text), true);
  // Weights that differ at every row, so a row reduced differently or summed in another order changes the score.
  const dim = 1 << 12;
  const weights = Float32Array.from({ length: dim }, (_, i) => Math.sin(i * 12.9898) * 0.5);
  for (const s of info.sentences)
    it(text.slice(s.start, s.end), () => {
      const expected = tokenRowsOf(info, s, dim).map((r) => logitScore(weights, r));
      assert.deepEqual(tokenLogitsOf(info, s, weights, dim), expected);
    });
});
