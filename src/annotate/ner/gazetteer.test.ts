import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { modelsDir } from "../../core/paths.js";
import { GAZ_MAX_TOKENS, GAZ_POS, type Gazetteer, matchGazetteer, parseGazetteer, phraseHash } from "./gazetteer.js";
import { hashString } from "./hash.js";
import { readModel } from "./weights-file.js";

/** The definition: every window of up to GAZ_MAX_TOKENS tokens looked up in the phrase map, no filters. */
function matchByDefinition(gaz: Gazetteer, lower: Int32Array): Uint16Array {
  const n = lower.length;
  const out = new Uint16Array(4 * n);
  for (let i = 0; i < n; i++) {
    for (let len = 1; len <= GAZ_MAX_TOKENS && i + len <= n; len++) {
      const cats = gaz.phrases.get(phraseHash(lower, i, i + len)) ?? 0;
      if (cats === 0) continue;
      const add = (at: number): void => {
        out[at] = (out[at] ?? 0) | cats;
      };
      if (len === 1) add(GAZ_POS.U * n + i);
      else {
        add(GAZ_POS.B * n + i);
        for (let k = i + 1; k < i + len - 1; k++) add(GAZ_POS.I * n + k);
        add(GAZ_POS.L * n + i + len - 1);
      }
    }
  }
  return out;
}

const hashesOf = (words: readonly string[]) => Int32Array.from(words, (w) => hashString(w.toLowerCase()));

const SENTENCES = [
  "He flew from New York City to New York and then to York , New Jersey .",
  "Bosnia and Herzegovina , Mr. Bill Clinton and Bill of Rights in Los Angeles Lakers country .",
  "the united states of america and the United Kingdom of Great Britain and Northern Ireland",
  "new new new york york city city",
];

test("matchGazetteer finds what looking up every window finds", () => {
  const small = parseGazetteer(
    "city\tnew york city\ncity\tnew york\ncity\tyork\nregion\tnew jersey\nperson\tbill clinton\nhonorific\tmr.\n" +
      "country\tunited states of america\ncountry\tbosnia and herzegovina\nsports-team\tlos angeles lakers\n",
  );
  const shipped = readModel(join(modelsDir, "ner")).weights.gazetteer;
  let matched = 0;
  for (const gaz of shipped === undefined ? [small] : [small, shipped]) {
    for (const sentence of SENTENCES) {
      const lower = hashesOf(sentence.split(" "));
      const expected = matchByDefinition(gaz, lower);
      assert.deepEqual(matchGazetteer(gaz, lower), expected, sentence);
      matched += expected.filter((m) => m !== 0).length;
    }
  }
  assert.ok(matched > 20, `the sentences hold listed phrases (${matched})`);
});
