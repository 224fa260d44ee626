import assert from "node:assert/strict";
import { test } from "node:test";
import { authorMatches, countSnippets, scoreCorpus, scorePage, shingles, snippetScore } from "./extract-metric.js";

test("shingles: 4-token windows, short texts give one shingle, empty gives none", () => {
  const rows: [string, string[]][] = [
    ["a b, c. d e", ["a b c d", "b c d e"]],
    ["only two", ["only two"]],
    ["  ,;  ", []],
  ];
  for (const [text, expected] of rows) assert.deepEqual([...shingles(text).keys()], expected, text);
});

test("scorePage + scoreCorpus on a hand-made two-page case with a known score", () => {
  // Page 1: gold shingles {abcd, bcde}, predicted {abcd, bcdx} → tp 1, fp 1, fn 1 → P = R = 0.5.
  // Page 2: identical token sequences (punctuation differs) → P = R = 1, exact.
  const pages = [
    scorePage("a b c d e", "a b c d x"),
    scorePage("One two three four five.", "One, two three four five"),
  ];
  assert.ok(Math.abs((pages[0]?.tp ?? 0) - 1 / 3) < 1e-12);
  const s = scoreCorpus(pages);
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 0.75);
  assert.equal(s.f1, 0.75);
  assert.equal(s.accuracy, 0.5);
});

test("an empty prediction scores recall 0 and is left out of precision", () => {
  const s = scoreCorpus([scorePage("a b c d e", ""), scorePage("a b c d e", "a b c d e")]);
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 0.5);
});

test("snippet counts and author rule", () => {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  countSnippets("The  cat\nsat on the mat.", ["cat sat", "dog"], ["the mat", "footer"], c);
  assert.deepEqual(c, { tp: 1, fp: 1, fn: 1, tn: 1 });
  assert.equal(snippetScore(c).accuracy, 0.5);
  assert.equal(authorMatches("Jane Doe;John Roe", "By JANE DOE and John Roe"), true);
  assert.equal(authorMatches("Jane Doe;John Roe", "Jane Doe"), false);
});
