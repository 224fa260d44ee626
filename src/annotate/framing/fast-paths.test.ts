/**
 * The framing layer's shortcuts agree with the plain definitions they stand for: the shape and the lower case of
 * a token without slicing or case-mapping it, the row of a hash by mask, lexicon hits from per-word flags, the article's word and pair counts,
 * and the rules' hits through the context.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseArticle, lowerCaseOf, pairCountOf, shape, shapeAt, wordCountOf } from "./features.js";
import { rowOf } from "./hashing.js";
import { compileLexicon, FEATURE_LEXICONS, findHits, hasWord, LexiconSet, wordFlags } from "./lexicon.js";
import { buildContext } from "./rules/context.js";
import { LOADED_LEXICON } from "./rules/loaded-language.js";
import { spanFeatures } from "./span-features.js";
import { featureRowsTestTexts, makeDoc, splitSentences } from "./testing.js";

describe("shapeAt is shape of the token's slice", () => {
  const cases = [
    "a",
    "A",
    "AB",
    "Ab",
    "A1",
    "A-B",
    "AÉ",
    "ÉCOLE",
    "École",
    "é",
    "ß",
    "9",
    "'s",
    ".",
    "“",
    "NATO's",
    "x",
  ];
  for (const c of cases) it(c, () => assert.equal(shapeAt(` ${c} `, 1, 1 + c.length), shape(c)));
  it("on every token of the test texts", () => {
    for (const { text, spans, isArticle } of featureRowsTestTexts()) {
      for (const s of analyseArticle(text, spans, isArticle).sentences)
        for (const t of s.tokens) assert.equal(shapeAt(text, t.start, t.end), shape(text.slice(t.start, t.end)));
    }
  });
});

describe("lowerCaseOf is the lower case of the token's slice", () => {
  const cases = ["abc", "ABC", "Abc", "ab1-c", "İstanbul", "ΟΔΟΣ", "straße", "École", "’s", "", "x"];
  for (const c of cases)
    it(c || "(empty)", () => assert.equal(lowerCaseOf(`“${c}”`, 1, 1 + c.length), c.toLowerCase()));
  it("on every token of the test texts", () => {
    for (const { text, spans, isArticle } of featureRowsTestTexts())
      for (const s of analyseArticle(text, spans, isArticle).sentences)
        for (const t of s.tokens) assert.equal(t.lower, text.slice(t.start, t.end).toLowerCase());
  });
});

describe("rowOf is the hash's unsigned value modulo dim", () => {
  const hashes = [0, 1, 0x7fffffff, 0x80000000, 0xdeadbeef, 0xffffffff, 123456789];
  for (const dim of [1, 2, 1 << 12, 1 << 20, 1 << 30, 3, 1000, 262_143])
    it(`dim ${dim}`, () => {
      for (const h of hashes) {
        assert.equal(rowOf(h, dim), h % dim);
        assert.equal(rowOf(h | 0, dim), h % dim, "the same 32 bits as a signed integer");
      }
    });
});

describe("findHits from per-word flags finds what it finds by looking words up", () => {
  const lexicons = [...FEATURE_LEXICONS, LOADED_LEXICON, compileLexicon("t", ["no one", "no", "ab*", "never ever"])];
  const rows = [
    "no one came and no , never ever",
    "a disgraceful , utterly shameful regime of thugs",
    "abc ab a no one of none",
    "in summary , it is clear that we must act",
  ];
  for (const row of rows)
    it(row, () => {
      const words = row.split(" ");
      for (const lex of lexicons) {
        const flags = words.map((w) => wordFlags(lex, w));
        assert.deepEqual(findHits(lex, words, flags), findHits(lex, words), lex.name);
      }
    });
  it("the context's hits are findHits over each sentence's words", () => {
    const text = "No one doubts the heroic, glorious regime. It is clear that the thugs must go. All in all, no.";
    const ctx = buildContext(makeDoc(text));
    for (const s of ctx.article.sentences)
      for (const lex of lexicons)
        assert.deepEqual(
          ctx.lexiconHits(lex, s),
          findHits(
            lex,
            s.tokens.map((t) => t.lower),
          ),
        );
  });
});

describe("a lexicon set's merged tables give each word the bits of every list", () => {
  it("on every word of the test texts and the lists' own entries", () => {
    const set = new LexiconSet(FEATURE_LEXICONS);
    const words = new Set<string>(["", "a", "dr.", "no", "terroristic", "ab"]);
    for (const { text, spans, isArticle } of featureRowsTestTexts())
      for (const s of analyseArticle(text, spans, isArticle).sentences) for (const t of s.tokens) words.add(t.lower);
    for (const lex of FEATURE_LEXICONS) {
      for (const w of lex.words) words.add(w);
      for (const p of lex.prefixes) words.add(p).add(`${p}ed`).add(p.slice(0, -1));
    }
    for (const w of words) {
      let expected = 0;
      FEATURE_LEXICONS.forEach((lex, i) => {
        if (hasWord(lex, w)) expected |= 1 << i;
        if (lex.phrasesByFirst.has(w)) expected |= 1 << (i + 16);
      });
      assert.equal(set.bitsOf(w), expected, w);
    }
  });
});

describe("the vocabulary counts words and word pairs as strings would", () => {
  for (const { name, text, spans, isArticle } of featureRowsTestTexts())
    it(name, () => {
      const info = analyseArticle(text, spans, isArticle);
      const words = new Map<string, number>();
      const pairs = new Map<string, number>();
      for (const s of info.sentences)
        s.tokens.forEach((t, k) => {
          assert.equal(info.vocabulary.words[t.word], t.lower);
          words.set(t.lower, (words.get(t.lower) ?? 0) + 1);
          const prev = s.tokens[k - 1];
          if (prev) pairs.set(`${prev.lower} ${t.lower}`, (pairs.get(`${prev.lower} ${t.lower}`) ?? 0) + 1);
          else assert.equal(t.pair, -1);
        });
      for (const [w, n] of words) assert.equal(wordCountOf(info, w), n, w);
      for (const s of info.sentences)
        for (let k = 1; k < s.tokens.length; k++) {
          const [a, b] = [s.tokens[k - 1]?.lower ?? "", s.tokens[k]?.lower ?? ""];
          assert.equal(pairCountOf(info, a, b), pairs.get(`${a} ${b}`));
          assert.equal(info.vocabulary.pairCounts[s.tokens[k]?.pair ?? -1], pairs.get(`${a} ${b}`));
        }
      assert.equal(wordCountOf(info, "no-such-word-here"), 0);
      assert.equal(pairCountOf(info, "</s>", "<s>"), 0);
    });
});

describe("span features remember a span's text only for the text it was taken from", () => {
  it("the same span objects over two texts", () => {
    const spans = [
      { start: 0, end: 4 },
      { start: 11, end: 15 },
    ];
    const features = (text: string) =>
      spanFeatures(analyseArticle(text, splitSentences(text)), spans[0] as (typeof spans)[0], spans);
    const repeated = features("Fake news, fake and more.");
    const different = features("Real news, fake and more.");
    assert.ok(repeated.includes("gdup=1"));
    assert.ok(different.includes("gdup=0"));
    assert.deepEqual(features("Real news, fake and more."), different);
  });
});
