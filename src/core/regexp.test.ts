import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { execAll, wholeWordPattern } from "./regexp.js";

describe("execAll lists the matches matchAll lists", () => {
  const rows: [RegExp, string][] = [
    [/,\s+/g, "one, two,  three,four"],
    [/\b\w+\b/gu, "Ein Wort, zwei Wörter"],
    [/x*/g, "axxb"],
    [/(?:)/gu, "a😀b"],
    [/(?:)/g, "a😀b"],
    [/(\p{Lu})(\p{Ll}+)/gu, "Paris and Lyon"],
    [/z/g, "no match here"],
    [/a/dg, "banana"],
  ];
  for (const [re, text] of rows)
    it(`${re} in ${JSON.stringify(text)}`, () => {
      const expected = [...text.matchAll(re)].map((m) => [m.index, [...m], m.indices?.map((p) => [...(p ?? [])])]);
      const got = execAll(re, text).map((m) => [m.index, [...m], m.indices?.map((p) => [...(p ?? [])])]);
      assert.deepEqual(got, expected);
      assert.equal(re.lastIndex, 0);
    });

  it("refuses a pattern without the global flag", () => assert.throws(() => execAll(/a/, "a"), TypeError));
});

describe("wholeWordPattern", () => {
  const rows: [string, string, boolean][] = [
    ["Harbour", "News from Harbour Post", true],
    ["Harbour", "News from Harbourside", false],
    ["HNN", "Watch HNN2 live", false],
    ["Harbour (Saltby)", "Harbour (Saltby) Ltd.", true],
  ];
  for (const [phrase, text, want] of rows)
    it(`${phrase} in "${text}"`, () => assert.equal(wholeWordPattern(phrase).test(text), want));
});
