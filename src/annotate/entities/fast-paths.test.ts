/** The entity rules' fast paths find exactly what the patterns they stand in for find. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { detached } from "../../core/detached.js";
import { lowerCaseWordBefore } from "./recognizers.js";
import { listedNameMatches } from "./refiners.js";

const NAMES = ["Green New Deal", "New Deal", "Sunni", "Sunnis", "Fox & Friends", "Me Too", "MeToo", "Facebook"];
/** What `listedNameMatches` stands in for. */
const LISTED_AT = new RegExp(String.raw`(?<![\p{L}#@])(?:${NAMES.join("|")})(?![\p{L}])`, "gu");

test("listed names are matched as the look-behind alternation matches them", () => {
  const texts = [
    "The Green New Deal is no New Deal, said a Sunni (Sunnis agree).",
    "#Facebook and @Facebook are tags; Facebook’s page, Facebooks, MyFacebook, Facebook1 and Facebook.",
    "Fox & Friends hosts said #MeToo, Me Tool and Me Too; ÉFacebook, éFacebook, 𝐀Facebook and Facebookß.",
    "New Deal New Deal Green New Dealer Sunni",
    "none of them",
    "",
  ];
  for (const text of texts) {
    const expected = Array.from(text.matchAll(LISTED_AT), (m) => ({ index: m.index, text: m[0] }));
    assert.deepEqual(listedNameMatches(text, NAMES), expected, text);
  }
});

/** What `lowerCaseWordBefore` rules out. */
const CAPITALISED_WORD_BEFORE = /(?<![\p{L}.])(\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{L}'’-]*) $/u;

test("a lower-case word before a candidate rules out a capitalised word there", () => {
  const text =
    "in Paris, and the Big Apple near Lake Como. said O'Brien-x visited de Gaulle’s Élysée: a-b 'c yes\nno in-law Xy Zy é z";
  let ruledOut = 0;
  for (let to = 0; to <= text.length; to++) {
    for (const back of [1, 2, 5, 30]) {
      const from = Math.max(0, to - back);
      if (!lowerCaseWordBefore(text, from, to)) continue;
      ruledOut++;
      assert.equal(CAPITALISED_WORD_BEFORE.exec(text.slice(from, to)), null, JSON.stringify(text.slice(from, to)));
    }
  }
  assert.ok(ruledOut > 20, "the check rules out most positions after a lower-case word");
  assert.equal(lowerCaseWordBefore("in Paris ", 0, 9), false, "a capitalised word is left to the pattern");
});

test("a detached memo key is the same text", () => {
  const article = "In the Democratic Republic of the Congo, 𝐀 names: Black Lives Matter.";
  for (const [start, end] of [
    [7, 39],
    [0, 2],
    [42, 44],
    [54, 72],
    [0, 0],
  ] as const) {
    const name = article.slice(start, end);
    assert.equal(detached(name), name);
  }
});
