import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import { tokensAnnotator } from "../tokens/index.js";
import { sentencesAnnotator } from "./index.js";

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
