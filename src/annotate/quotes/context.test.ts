import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { sharedData } from "../../core/paths.js";
import { seededRandom } from "../../core/random.js";
import { type Word, wordCountOf, wordsOf } from "./context.js";

/** The definition `wordsOf` implements by scanning. */
function wordsByRegex(text: string, span: { start: number; end: number }): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
  const slice = text.slice(span.start, span.end);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice))
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] });
  return out;
}

test("wordsOf finds exactly the regex's words, on every span of tricky text", () => {
  const texts = [
    "O'Brien’s U.S.-based co-op -- 3.5% of 1,000 'quoted' words... café naïve",
    "e\u0301clair a\u0301 \u0301x 𝒜𝒷𝒸-𝒹 x𝒜 日本語 ١٢٣ Ⅻ ½ ² '-'-a-'",
    "‘Hello,’ he said — “no.” - . ' ’x’ ",
  ];
  for (const text of texts)
    for (let start = 0; start <= text.length; start++)
      for (let end = start; end <= text.length; end++) {
        const expected = wordsByRegex(text, { start, end });
        assert.deepEqual(wordsOf(text, { start, end }), expected, `${start}..${end}`);
        assert.equal(wordCountOf(text, { start, end }), expected.length, `count ${start}..${end}`);
      }
});

test("wordsOf finds exactly the regex's words on random spans of news articles", (t) => {
  let lines: string[];
  try {
    lines = gunzipSync(readFileSync(join(sharedData, "allsides-news/dev/articles.jsonl.gz")))
      .toString("utf8")
      .split("\n", 40)
      .filter(Boolean);
  } catch {
    t.skip("shared AllSides data not available");
    return;
  }
  const random = seededRandom(5);
  for (const line of lines) {
    const text = (JSON.parse(line) as { content_original: string }).content_original;
    for (let k = 0; k < 50; k++) {
      const start = Math.floor(random() * text.length);
      const end = Math.min(text.length, start + Math.floor(random() * 400));
      const expected = wordsByRegex(text, { start, end });
      assert.deepEqual(wordsOf(text, { start, end }), expected);
      assert.equal(wordCountOf(text, { start, end }), expected.length);
    }
  }
});
