import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import Database from "better-sqlite3";
import { loadClaimsModel } from "../annotate/claims/model.js";
import { headLogit } from "../annotate/claims/score.js";
import { FactCheckIndex } from "./factcheck-index.js";
import { RERANK_FEATURES } from "./rerank.js";
import {
  CLAIMS_ENCODER_NAME,
  cosine,
  encoderInput,
  loadClaimsEncoder,
  loadMatchingEncoder,
  loadSentenceEncoder,
  MATCHING_ENCODER_NAME,
  rememberingEncoder,
  SENTENCE_VECTOR_DIMENSIONS,
  type SentenceEncoder,
  unitLength,
  vectorFromBytes,
  vectorToBytes,
} from "./sentence-encoder.js";
import { openFactCheckStore, storeMissingVectors } from "./store.js";
import { encoderText, factCheckText } from "./text.js";

describe("vector helpers", () => {
  test("unitLength, cosine and the byte round trip", () => {
    const rows: [number[], number[], number][] = [
      [[3, 4], [3, 4], 1],
      [[1, 0], [0, 2], 0],
      [[1, 1], [-1, -1], -1],
      [[0, 0], [1, 0], 0],
    ];
    for (const [a, b, expected] of rows) {
      const c = cosine(unitLength(a), unitLength(b));
      assert.ok(Math.abs(c - expected) < 1e-6, `${a} · ${b} = ${c}`);
    }
    assert.equal(cosine(unitLength([1, 0]), unitLength([1, 0, 0])), 0, "vectors of other encoders never compare");
    const v = unitLength([0.5, -2, 7, 1e-3]);
    assert.deepEqual(vectorFromBytes(vectorToBytes(v)), v);
  });

  test("the encoder's input is never empty and is cut to a bounded length", () => {
    assert.equal(encoderInput(""), ".");
    assert.equal(encoderInput("  \n "), ".");
    assert.equal(encoderInput("A claim."), "A claim.");
    assert.ok(encoderInput("word ".repeat(1000)).length <= 600);
    assert.equal(factCheckText({ claimReviewed: "X did Y." }), "X did Y.");
    assert.equal(factCheckText({ claimReviewed: "X did Y.", title: "Did X do Y?" }), "X did Y. Did X do Y?");
  });
});

describe("rememberingEncoder", () => {
  // A stand-in encoder that records what it is asked and gives each text a vector of its length.
  const counting = (asked: string[][]): SentenceEncoder => ({
    name: "counting",
    embed: async (texts) => {
      asked.push([...texts]);
      return texts.map((t) => Float32Array.of(t.length));
    },
  });
  test("asks the inner encoder only for texts it has not seen, once each, and keeps the order", async () => {
    const rows: [string[], string[] | undefined][] = [
      [
        ["a b", "cd", "a b"],
        ["a b", "cd"],
      ],
      [["cd", "efg"], ["efg"]],
      [["a b", "cd", "efg"], undefined],
      [["", "  "], ["."]], // what the model reads: the empty text is "."
    ];
    const asked: string[][] = [];
    const encoder = rememberingEncoder(counting(asked));
    for (const [texts, expectedAsk] of rows) {
      const before = asked.length;
      const vectors = await encoder.embed(texts);
      assert.deepEqual(
        vectors.map((v) => v[0]),
        texts.map((t) => encoderInput(t).length),
      );
      assert.deepEqual(asked.length > before ? asked.at(-1) : undefined, expectedAsk, texts.join("|"));
    }
  });
  test("forgets the least recently used text beyond its capacity", async () => {
    const asked: string[][] = [];
    const encoder = rememberingEncoder(counting(asked), 2);
    await encoder.embed(["one", "two"]);
    await encoder.embed(["one"]); // "two" is now the least recently used
    await encoder.embed(["three"]);
    await encoder.embed(["one", "two"]);
    assert.deepEqual(asked, [["one", "two"], ["three"], ["two"]]);
  });
});

describe("the shipped sentence encoder", () => {
  test("a paraphrase is nearer than a sentence on another topic, whatever the batch order", async () => {
    const encoder = await loadSentenceEncoder();
    const texts = [
      "The city council voted to close three public libraries next year.",
      "Three of the town's libraries will shut after a council vote.",
      "Heavy rain flooded the coastal highway on Tuesday morning, and several drivers had to be rescued by boat.",
    ];
    const [a, b, c] = await encoder.embed(texts);
    assert.ok(a && b && c);
    assert.equal(a.length, SENTENCE_VECTOR_DIMENSIONS);
    for (const v of [a, b, c]) assert.ok(Math.abs(cosine(v, v) - 1) < 1e-4, "unit length");
    assert.ok(cosine(a, b) > cosine(a, c) + 0.1, `paraphrase ${cosine(a, b)} vs other topic ${cosine(a, c)}`);
    // The encoder sorts by length into batches: each vector must still come back in its text's place.
    const [c2, a2] = await encoder.embed([texts[2] ?? "", texts[0] ?? ""]);
    assert.ok(c2 && a2 && cosine(c2, c) > 0.999 && cosine(a2, a) > 0.999);
  });
});

describe("the encoder fine-tuned for matching", () => {
  test("loads the shipped weights over the package's graph: other vectors than the package's, the same shape", async () => {
    const [base, matching] = await Promise.all([loadSentenceEncoder(), loadMatchingEncoder()]);
    assert.equal(matching.name, MATCHING_ENCODER_NAME);
    assert.notEqual(matching.name, base.name);
    const texts = [
      "The governor signed a law that bans phones in every classroom of the state.",
      "A new state law keeps phones out of classrooms, signed by the governor.",
      "The county fair opens on Friday with a pie contest and a tractor parade.",
    ];
    const [a, b, c] = await matching.embed(texts);
    const [a0] = await base.embed(texts.slice(0, 1));
    assert.ok(a && b && c && a0);
    for (const v of [a, b, c]) assert.ok(Math.abs(cosine(v, v) - 1) < 1e-4, "unit length");
    // Fine-tuning moved the vectors (the file is not the package's weights again) but kept them in its space.
    assert.ok(cosine(a, a0) < 0.999 && cosine(a, a0) > 0.5, `cosine with the package's vector ${cosine(a, a0)}`);
    assert.ok(cosine(a, b) > cosine(a, c) + 0.1, `paraphrase ${cosine(a, b)} vs other topic ${cosine(a, c)}`);
  });
});

describe("the encoder fine-tuned for check-worthiness", () => {
  test("loads its weights over the package's graph, and with the shipped head ranks a checkable figure above small talk", async () => {
    const [base, claims] = await Promise.all([loadSentenceEncoder(), loadClaimsEncoder()]);
    assert.equal(claims.name, CLAIMS_ENCODER_NAME);
    const texts = [
      "Unemployment in the county fell from 9 percent to 4 percent in the last three years.",
      "Thank you all for coming out tonight, it is wonderful to see so many friends.",
    ];
    const [figure, thanks] = await claims.embed(texts);
    const [figure0] = await base.embed(texts.slice(0, 1));
    assert.ok(figure && thanks && figure0);
    assert.ok(Math.abs(cosine(figure, figure) - 1) < 1e-4, "unit length");
    assert.ok(cosine(figure, figure0) < 0.999, "other vectors than the package's");
    const head = loadClaimsModel().encoder?.head;
    assert.ok(head, "the shipped claims model has the encoder's head");
    assert.ok(
      headLogit(head, figure) > headLogit(head, thanks) + 1,
      `figure ${headLogit(head, figure)} vs thanks ${headLogit(head, thanks)}`,
    );
  });
});

describe("semantic re-ranker features", () => {
  const at = (name: string) => RERANK_FEATURES.indexOf(name as (typeof RERANK_FEATURES)[number]);
  const unit = (x: number[]) => unitLength([...x, ...new Array(SENTENCE_VECTOR_DIMENSIONS - x.length).fill(0)]);
  const factChecks = [
    { url: "a", claimReviewed: "The mayor closed the libraries.", rating: "False", vector: unit([1, 0]) },
    { url: "b", claimReviewed: "The mayor opened the libraries.", rating: "True", vector: unit([0.6, 0.8]) },
    { url: "c", claimReviewed: "The mayor sold the libraries.", rating: "False" },
  ];
  const index = new FactCheckIndex(factChecks);
  const features = (vector?: Float32Array) => {
    const { docs, features } = index.candidates("The mayor shut the libraries", vector ? { vector } : {});
    return new Map(docs.map((d, i) => [factChecks[d]?.url, features[i]]));
  };

  test("cosine, gap to the best and rank among the candidates; a fact-check without a vector ranks last", () => {
    const f = features(unit([0.8, 0.6]));
    const rows: [string, number, number, number][] = [
      // url, cosine, gap to the best, 1/(1+rank)
      ["a", 0.8, -0.16, 0.5],
      ["b", 0.96, 0, 1],
      ["c", 0, -0.96, 0],
    ];
    for (const [url, cos, gap, rank] of rows) {
      const x = f.get(url);
      assert.ok(x, url);
      assert.ok(Math.abs((x[at("semantic")] ?? 0) - cos) < 1e-5, `${url} cosine ${x[at("semantic")]}`);
      assert.ok(Math.abs((x[at("semanticGap")] ?? 0) - gap) < 1e-5, `${url} gap ${x[at("semanticGap")]}`);
      assert.equal(x[at("semanticRank")], rank, url);
    }
  });

  test("without a claim vector the semantic features are 0 for every candidate", () => {
    for (const x of features().values())
      for (const name of ["semantic", "semanticGap", "semanticRank"]) assert.equal(x?.[at(name)], 0, name);
  });
});

describe("stored vectors", () => {
  test("a corpus made before vectors gains the columns; vectors are stored once per encoder", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "sift-vectors-")), "old.db");
    const old = new Database(path);
    old.exec(`CREATE TABLE factchecks (id INTEGER PRIMARY KEY, url TEXT NOT NULL, claim_reviewed TEXT NOT NULL,
      rating TEXT NOT NULL, publisher TEXT, date TEXT, title TEXT, claimant TEXT, claim_date TEXT,
      imported_at TEXT NOT NULL DEFAULT 'x', UNIQUE (url, claim_reviewed));
      INSERT INTO factchecks (url, claim_reviewed, rating, title) VALUES ('u1', 'Bridges fell down.', 'False', 'Did they?');`);
    old.close();
    const store = openFactCheckStore(path);
    try {
      assert.deepEqual(store.withoutVectors("fake-2"), [{ id: 1, text: "Bridges fell down. Did they?" }]);
      const fake = {
        name: "fake-2",
        embed: async (texts: readonly string[]) => texts.map((t) => unitLength([t.length, 1])),
      };
      assert.equal(await storeMissingVectors(store, fake), 1);
      assert.equal(await storeMissingVectors(store, fake), 0, "already encoded");
      const [withVector] = store.all("fake-2");
      assert.deepEqual(withVector?.vector, unitLength(["Bridges fell down. Did they?".length, 1]));
      assert.equal(store.all("another-encoder")[0]?.vector, undefined, "another encoder's vectors are not used");
      assert.equal(store.all()[0]?.vector, undefined);
      assert.equal(store.withoutVectors("another-encoder").length, 1);
    } finally {
      store.close();
    }
  });
});

describe("encoderText: a claim as the encoder reads it", () => {
  const rows: [string, string, string][] = [
    // why, input, expected
    ["plain sentence unchanged", "The bridge was closed on Monday.", "The bridge was closed on Monday."],
    ["embed signature dropped", "The bridge was closed. — Sam Lee (@samlee) March 3, 2021", "The bridge was closed."],
    [
      "links dropped, also glued ones",
      "Look at this https://t.co/abc and thispic.twitter.com/xyz",
      "Look at this and this",
    ],
    ["retweet prefix dropped", "RT @newsdesk: Flooding closes the bridge", "Flooding closes the bridge"],
    [
      "hashtags and handles split into words",
      "Fires again #AustralianFires via @bob @city_council",
      "Fires again Australian Fires city council",
    ],
    ["emoji dropped", "Great news 🎉🇮🇸 for the town", "Great news for the town"],
    ["a sentence glued to the next gets its space", "It rained.Then it snowed", "It rained. Then it snowed"],
    ["shouting lower-cased", "BREAKING: MAYOR BANS ALL CARS downtown", "breaking: mayor bans all cars downtown"],
    ["an acronym or two capital words stay", "The FBI and NASA SAID so", "The FBI and NASA SAID so"],
    ["&amp; decoded", "salt &amp; pepper", "salt & pepper"],
  ];
  for (const [why, input, expected] of rows) test(why, () => assert.equal(encoderText(input), expected));
});

describe("dense candidates", () => {
  const unit = (x: number[]) => unitLength([...x, ...new Array(SENTENCE_VECTOR_DIMENSIONS - x.length).fill(0)]);
  // Many fact-checks share the claim's words; one shares none of them but is nearest by meaning.
  const factChecks = [
    ...Array.from({ length: 60 }, (_, i) => ({
      url: `w${i}`,
      claimReviewed: `The council closed library number ${i} downtown.`,
      rating: "False",
      vector: unit([0, 1]),
    })),
    { url: "meaning", claimReviewed: "Reading rooms were shut by the city.", rating: "True", vector: unit([1, 0.1]) },
    { url: "novector", claimReviewed: "Reading rooms opened again.", rating: "True" },
  ];
  const index = new FactCheckIndex(factChecks);
  const urls = (options: { vector?: Float32Array }, dense?: number) =>
    index
      .candidates("council closed library downtown", options, 5, undefined, dense)
      .docs.map((d) => factChecks[d]?.url);
  const rows: [string, { vector?: Float32Array }, number | undefined, boolean][] = [
    // why, options, dense candidates, is the wordless but nearest fact-check a candidate?
    ["the nearest by vector joins the word-based candidates", { vector: unit([1, 0]) }, undefined, true],
    ["not without a claim vector", {}, undefined, false],
    ["not when dense retrieval is off", { vector: unit([1, 0]) }, 0, false],
  ];
  for (const [why, options, dense, expected] of rows)
    test(why, () => {
      const got = urls(options, dense);
      assert.equal(got.includes("meaning"), expected);
      assert.ok(!got.includes("novector"), "a fact-check without a vector is never a dense candidate");
    });
});
