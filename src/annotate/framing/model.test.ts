import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseArticle } from "./features.js";
import { featureRow, loadWeights, saveWeights, seededRandom, shuffle } from "./hashing.js";
import { compileLexicon, FEATURE_LEXICONS, findHits, hasWord, LexiconSet } from "./lexicon.js";
import { binaryLogit, logitProbability, softmaxScores, trainLogistic } from "./logistic.js";
import { fnv1a, foldOf, isHeldOut, lineSpans } from "./ptc.js";
import { networkLogit } from "./sentence-network.js";
import { spanFeatures } from "./span-features.js";
import { contextFeatures, EDGE_LOGIT, sentenceSpan, sentenceSpans } from "./span-scorer.js";
import { averageSpanWeights, classifyGoldSpans, type SpanWeights } from "./train.js";

describe("lexicon matching", () => {
  const lex = compileLexicon("t", ["no one", "never", "disgrace*"]);
  const rows: [string, [number, number][]][] = [
    ["no one came", [[0, 2]]],
    ["they never did", [[1, 2]]],
    ["a disgraceful act", [[1, 2]]],
    ["one of none", []],
  ];
  for (const [words, hits] of rows) it(words, () => assert.deepEqual(findHits(lex, words.split(" ")), hits));
  it("finds prefixes shorter and longer than the prefix index key", () => {
    const short = compileLexicon("t", ["ab*", "x*", "slam*"]);
    assert.deepEqual(
      ["abc", "ab", "a", "xylophone", "slammed", "slam", "sla", "yab"].map((w) => hasWord(short, w)),
      [true, true, false, true, true, true, false, false],
    );
  });
});

describe("a lexicon set gives each word the bits of every list's hits", () => {
  /** The definition: each list's hits on its own, one bit per list. */
  const byLists = (lexicons: readonly ReturnType<typeof compileLexicon>[], words: string[]): number[] => {
    const out = new Array<number>(words.length).fill(0);
    lexicons.forEach((lex, i) => {
      for (const [a, b] of findHits(lex, words)) for (let k = a; k < b; k++) out[k] = (out[k] as number) | (1 << i);
    });
    return out;
  };
  // Overlapping phrases across lists, a phrase that wins over a word, a phrase cut off at the end, a prefix.
  const lists = [
    compileLexicon("a", ["no one", "one", "never ever", "ever"]),
    compileLexicon("b", ["one of", "of none", "disgrace*"]),
    compileLexicon("c", ["never", "ever after", "no"]),
  ];
  const rows = ["no one came", "one of none", "never ever after", "a disgraceful one of", "ever", "no", "never ever"];
  for (const row of rows)
    it(row, () => assert.deepEqual(new LexiconSet(lists).masks(row.split(" ")), byLists(lists, row.split(" "))));
  it("agrees with the feature lists on real words, twice (the same answers the second time)", () => {
    const words =
      "they said no one would ever dare to smash the corrupt regime , a total disgrace and utterly shameful lie".split(
        " ",
      );
    const set = new LexiconSet(FEATURE_LEXICONS);
    assert.deepEqual(set.masks(words), byLists(FEATURE_LEXICONS, words));
    assert.deepEqual(set.masks(words), byLists(FEATURE_LEXICONS, words));
    assert.ok(set.masks(words).some((m) => m !== 0));
  });
  it("refuses more lists than it has bits for", () => {
    assert.throws(() => new LexiconSet(Array.from({ length: 17 }, () => lists[0] as (typeof lists)[0])), /at most 16/);
  });
});

describe("corpus split", () => {
  it("is a fixed function of the id", () => {
    assert.equal(fnv1a("111111111"), fnv1a("111111111"));
    assert.notEqual(fnv1a("111111111"), fnv1a("111111112"));
  });
  it("holds out about a fifth and spreads the rest over every fold", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => String(700000000 + i * 7));
    const held = ids.filter(isHeldOut).length / ids.length;
    assert.ok(held > 0.17 && held < 0.23, `held-out share ${held}`);
    const perFold = [0, 1, 2, 3, 4].map((f) => ids.filter((id) => !isHeldOut(id) && foldOf(id, 5) === f).length);
    for (const n of perFold) assert.ok(n > 250 && n < 390, `fold sizes ${perFold}`);
  });
  it("reads lines as sentences", () => {
    const text = "Title\n\nFirst line.\nSecond.";
    assert.deepEqual(
      lineSpans(text).map((s) => text.slice(s.start, s.end)),
      ["Title", "First line.", "Second."],
    );
  });
});

describe("hashed weights", () => {
  it("survive saving and loading (up to quantisation) and drop tiny rows", () => {
    const w = new Float64Array([0, 0, 0.5, -1, 0.001, 0.0001, 2, 0]);
    const back = loadWeights(JSON.parse(JSON.stringify(saveWeights(w, 4, 2, 0.01))));
    for (const [i, v] of [0.5, -1, 2, 0].entries()) assert.ok(Math.abs((back[[2, 3, 6, 7][i] ?? 0] ?? 0) - v) < 1e-3);
    assert.equal(back[4], 0);
  });
  it("hash rows stay inside the table", () => assert.ok(featureRow("w=hello", 1024) < 1024));
  it("shuffles the same way for the same seed", () => {
    const a = shuffle([1, 2, 3, 4, 5, 6], seededRandom(7));
    const b = shuffle([1, 2, 3, 4, 5, 6], seededRandom(7));
    assert.deepEqual(a, b);
  });
});

describe("logistic regression", () => {
  it("learns a separable toy problem", () => {
    // row 1 marks positives, row 2 negatives, row 0 is a bias both share
    const examples = Array.from({ length: 40 }, (_, i) => ({ rows: Int32Array.from([0, i % 2 ? 1 : 2]), gold: i % 2 }));
    const logit = binaryLogit(trainLogistic(examples, { dim: 4, classes: 2, epochs: 5, rate: 0.5, l2: 0, seed: 1 }));
    assert.ok(logitProbability(logit, [0, 1]) > 0.8);
    assert.ok(logitProbability(logit, [0, 2]) < 0.2);
  });
  it("learns from dense values kept past the hashed rows", () => {
    // Only the sign of the one dense value tells the classes apart; the bias row is shared.
    const examples = Array.from({ length: 40 }, (_, i) => ({
      rows: Int32Array.from([0]),
      dense: Float32Array.from([i % 2 ? 1 : -1]),
      gold: i % 2,
    }));
    const table = trainLogistic(examples, { dim: 4, denseDim: 1, classes: 2, epochs: 5, rate: 0.5, l2: 0, seed: 1 });
    assert.equal(table.length, (4 + 1) * 2);
    const p = new Float64Array(2);
    const dense = (x: number) => ({ values: [x], weights: table, offset: 4 * 2 });
    softmaxScores(table, 2, [0], p, dense(1));
    assert.ok((p[1] as number) > 0.8);
    softmaxScores(table, 2, [0], p, dense(-1));
    assert.ok((p[1] as number) < 0.2);
  });
});

describe("span from token probabilities", () => {
  const text = "They are evil liars and thugs, he wrote.";
  const info = analyseArticle(text, [{ start: 0, end: text.length }]);
  const sentence = info.sentences[0];
  const rows: [string, number[], number, string][] = [
    ["hot run", [0, 0, 0.9, 0.8, 0.1, 0.7, 0, 0, 0, 0, 0], 0.5, "evil liars and thugs"],
    [
      "no hot token: the whole sentence, words only",
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      0.5,
      "They are evil liars and thugs, he wrote",
    ],
  ];
  for (const [name, probs, th, expected] of rows) {
    it(name, () => {
      assert.ok(sentence);
      const span = sentenceSpan(sentence, probs, th);
      assert.equal(span && text.slice(span.start, span.end), expected);
    });
  }
});

describe("spans from token probabilities, one per hot run", () => {
  const text = "They are evil liars and thugs, he wrote.";
  const info = analyseArticle(text, [{ start: 0, end: text.length }]);
  const sentence = info.sentences[0];
  // Tokens: They are evil liars and thugs , he wrote .
  const rows: [string, number[], string[]][] = [
    ["two runs", [0, 0, 0.9, 0.8, 0.1, 0.7, 0, 0, 0, 0], ["evil liars", "thugs"]],
    ["punctuation does not break a run", [0, 0, 0, 0, 0, 0.9, 0, 0.9, 0, 0], ["thugs, he"]],
    [
      "no hot word: the sentence's words",
      [0, 0, 0, 0, 0, 0, 0.9, 0, 0, 0.9],
      ["They are evil liars and thugs, he wrote"],
    ],
  ];
  for (const [name, probs, expected] of rows) {
    it(name, () => {
      assert.ok(sentence);
      assert.deepEqual(
        sentenceSpans(sentence, probs, 0.5).map((s) => text.slice(s.start, s.end)),
        expected,
      );
    });
  }
});

describe("sentence-in-context features", () => {
  it("see the neighbours and the article, with edge logits at the ends", () => {
    const scores = [1, -1, 3].map((s) => ({ sentenceLogit: s, tokenLogit: s / 2, vectorLogit: 2 * s, probs: [] }));
    const x = contextFeatures(scores, [4, 9, 0]);
    assert.deepEqual(x[0]?.slice(0, 7), [1, 1, 0.5, EDGE_LOGIT, -1, EDGE_LOGIT, -0.5]);
    assert.equal(x[1]?.[7], 1); // mean sentence logit
    assert.equal(x[1]?.[9], 3); // top quarter of three sentences: the best one
    assert.equal(x[1]?.[11], 3); // the larger neighbour
    assert.equal(x[2]?.[10], 0); // log(1 + 0 tokens)
    assert.deepEqual(x[1]?.slice(12), [-2, 2, 6]); // the word-vector network's logits: own, before, after
    assert.deepEqual(x[2]?.slice(12), [6, -2, EDGE_LOGIT]);
  });
});

describe("span features", () => {
  it("see repetition among the article's spans", () => {
    const text = "Crooked Hillary lied.\nCrooked Hillary again.";
    const info = analyseArticle(text, lineSpans(text), true);
    const spans = [
      { start: 0, end: 15 },
      { start: 22, end: 37 },
    ];
    const f = spanFeatures(info, spans[1] ?? { start: 0, end: 0 }, spans);
    assert.ok(f.includes("gdupbefore"));
    assert.ok(f.includes("seenbefore:1"));
  });
});

describe("technique scoring on gold spans (classifyGoldSpans)", () => {
  // One article in my own words: a span labelled twice and a span labelled once.
  const text = "The mayor is a total fraud.\nVote now or lose the town forever.";
  const article = {
    id: "1",
    text,
    siSpans: [],
    spans: [
      { start: 15, end: 26, technique: "Name_Calling,Labeling" },
      { start: 15, end: 26, technique: "Loaded_Language" },
      { start: 28, end: 62, technique: "Appeal_to_fear-prejudice" },
    ],
  };
  const rows: [string, string[], number, number][] = [
    // [case, ranked techniques the picker offers, precision, recall]
    [
      "all right: the twice-labelled span is asked for two",
      ["Loaded_Language", "Name_Calling,Labeling", "Appeal_to_fear-prejudice"],
      2 / 3,
      2 / 3,
    ],
    ["k limits the labels per span", ["Appeal_to_fear-prejudice", "Loaded_Language"], 2 / 3, 2 / 3],
    ["all wrong", ["Slogans", "Doubt"], 0, 0],
  ];
  for (const [name, ranked, precision, recall] of rows) {
    it(name, () => {
      const asked: number[] = [];
      const s = classifyGoldSpans([article], (_a, _info, _span, k) => {
        asked.push(k);
        return ranked.slice(0, k);
      });
      assert.deepEqual(asked, [2, 1]);
      assert.ok(Math.abs(s.micro.precision - precision) < 1e-9, `precision ${s.micro.precision}`);
      assert.ok(Math.abs(s.micro.recall - recall) < 1e-9, `recall ${s.micro.recall}`);
    });
  }
});

describe("the fold models as one (averageSpanWeights)", () => {
  // Two tiny stage-1 models written by hand: 3 hashed rows, 2 dense values, a network of 2 inputs.
  const model = (w: number[], dense: number[], hidden: number[], out: number[], outBias: number): SpanWeights => ({
    sentence: Float64Array.from(w),
    token: Float64Array.from(w.map((x) => -x)),
    sentenceDense: Float64Array.from(dense),
    tokenDense: Float64Array.from(dense.map((x) => 2 * x)),
    sentenceNetwork: {
      inputs: 2,
      hidden: hidden.length / 2,
      inputWeights: Float64Array.from(hidden),
      hiddenBias: Float64Array.from(out.map(() => 0.1)),
      outputWeights: Float64Array.from(out),
      outputBias: outBias,
    },
  });
  const a = model([1, -2, 0.5], [0.3, -0.4], [1, 0, 0, 1], [2, -1], 0.5);
  const b = model([3, 0, -0.5], [-0.1, 0.2], [0.5, -1, 1, 1, -2, 0.5], [1, 1, -3], -1.5);
  const avg = averageSpanWeights([a, b]);
  const linear = (w: ArrayLike<number>, x: number[]): number => x.reduce((z, v, j) => z + (w[j] as number) * v, 0);
  const rows: [string, number[], number[]][] = [
    // [case, hashed-row indicator values, dense values]
    ["all rows on", [1, 1, 1], [1, 1]],
    ["one row, negative dense values", [0, 1, 0], [-2, 0.5]],
    ["nothing on, one dense value", [0, 0, 0], [0, 3]],
  ];
  for (const [name, rows01, dense] of rows) {
    it(`${name}: every logit is the mean of the members' logits`, () => {
      const mean = (f: (m: SpanWeights) => number): number => (f(a) + f(b)) / 2;
      const close = (x: number, y: number, what: string): void =>
        assert.ok(Math.abs(x - y) < 1e-9, `${what}: ${x} vs ${y}`);
      close(
        linear(avg.sentence, rows01),
        mean((m) => linear(m.sentence, rows01)),
        "sentence rows",
      );
      close(
        linear(avg.token, rows01),
        mean((m) => linear(m.token, rows01)),
        "token rows",
      );
      close(
        linear(avg.sentenceDense, dense),
        mean((m) => linear(m.sentenceDense, dense)),
        "sentence dense",
      );
      close(
        linear(avg.tokenDense, dense),
        mean((m) => linear(m.tokenDense, dense)),
        "token dense",
      );
      close(
        networkLogit(avg.sentenceNetwork, dense),
        mean((m) => networkLogit(m.sentenceNetwork, dense)),
        "network",
      );
    });
  }
  it("the network holds every member's hidden units", () => assert.equal(avg.sentenceNetwork.hidden, 5));
});
