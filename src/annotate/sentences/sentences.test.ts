import assert from "node:assert/strict";
import { describe, it } from "node:test";
import sbd from "sbd";
import { analyze } from "../../analyze.js";
import { tokensAnnotator } from "../tokens/index.js";
import { sentencesAnnotator, splitSentences } from "./index.js";

const sentencesOf = (text: string) => {
  const doc = analyze(text, { pipeline: [tokensAnnotator, sentencesAnnotator], mediaType: "text/plain" });
  return (doc.layers.sentences ?? []).map((s) => doc.text.slice(s.start, s.end));
};

describe("sentences", () => {
  const rows: [string, string[]][] = [
    [
      "Dr. Smith met Gov. Jones in the U.S. capital. They talked.",
      ["Dr. Smith met Gov. Jones in the U.S. capital.", "They talked."],
    ],
    ["“It is over.” The talks ended.", ["“It is over.”", "The talks ended."]],
    ["A storm hit Tulsa, Okla. on Monday. Power failed.", ["A storm hit Tulsa, Okla. on Monday.", "Power failed."]],
    [
      "She said the U.S. Constitution is clear. He met U.S. Army officers.",
      ["She said the U.S. Constitution is clear.", "He met U.S. Army officers."],
    ],
    ["Prices fell in the U.S. The euro rose.", ["Prices fell in the U.S.", "The euro rose."]],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(sentencesOf(text), expected));

  it("keeps a wire dateline out of the first sentence", () => {
    const text =
      "Fire spreads\n\nPARADISE, Calif. (AP) — A wildfire forced 5,000 people to flee on Saturday. Winds rose.";
    assert.deepEqual(sentencesOf(text).slice(1), [
      "PARADISE, Calif. (AP) —",
      "A wildfire forced 5,000 people to flee on Saturday.",
      "Winds rose.",
    ]);
  });

  it("never joins two lines", () => {
    assert.deepEqual(sentencesOf("First line without a stop\nSecond line."), [
      "First line without a stop",
      "Second line.",
    ]);
  });
});

describe("splitSentences: a line without a stop, ! or ? is taken whole, as sbd takes it", () => {
  const lines = [
    "Breaking News",
    "  By Jane Doe and John Smith  ",
    "\u00a0Trump’s “deal” — what it means\u2003",
    "WATCH: <br> video <br/> here",
    "   ",
    "one",
  ];
  /** What sbd makes of the line, trimmed and placed as splitSentences places it. */
  const viaSbd = (line: string) =>
    sbd
      .sentences(line, {
        newline_boundaries: false,
        html_boundaries: false,
        sanitize: false,
        preserve_whitespace: true,
      })
      .map((p) => p.trim())
      .filter((p) => p !== "")
      .map((p) => ({ start: line.indexOf(p), end: line.indexOf(p) + p.length }));
  for (const line of lines)
    it(JSON.stringify(line), () => assert.deepEqual(splitSentences(line, 0, line.length), viaSbd(line)));
});
