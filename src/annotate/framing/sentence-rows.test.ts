import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { sharedData } from "../../core/paths.js";
import { analyseArticle, sentenceFeatures } from "./features.js";
import { featureRow } from "./hashing.js";
import { lineSpans } from "./ptc.js";
import { sentenceRowsOf } from "./sentence-rows.js";
import { splitSentences } from "./testing.js";

const DIM = 1 << 20;

describe("sentence rows without strings equal the string features, hashed", () => {
  const texts: [string, string][] = [
    [
      "edge cases",
      'Shocking! "Treason," they say — the BIGGEST lie ever.\nWhat about the greatest, finest best-est nation?\nOk',
    ],
    ["repetition", "Fake news, fake news, fake news. The fake news media lies. Lies and lies again!"],
    ["one token", "Yes"],
    ["quotes and numbers", "He said “we will NEVER, ever surrender” in 1940, and 75% agreed. Déjà vu?  "],
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
      const isArticle = name.startsWith("article");
      const info = analyseArticle(text, isArticle ? lineSpans(text) : splitSentences(text), isArticle);
      const expected = info.sentences.map((s) => sentenceFeatures(info, s).map((f) => featureRow(f, DIM)));
      assert.deepEqual(
        info.sentences.map((s) => [...sentenceRowsOf(info, s, DIM)]),
        expected,
      );
    });
  }
});
