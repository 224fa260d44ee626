import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConll2003, parseWikiNeural } from "./corpus.js";

test("CoNLL-2003: documents split at -DOCSTART-, sentences at blank lines, IOB1 → IOB2", () => {
  const text = [
    "-DOCSTART- -X- -X- O",
    "",
    "EU NNP B-NP I-ORG",
    "rejects VBZ B-VP O",
    "German JJ B-NP I-MISC",
    "",
    "Peter NNP B-NP I-PER",
    "Blackburn NNP I-NP I-PER",
    "-DOCSTART- -X- -X- O",
    "",
    "BRUSSELS NNP B-NP I-LOC",
    "",
  ].join("\n");
  const docs = parseConll2003(text);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0]?.sentences[0], { words: ["EU", "rejects", "German"], tags: ["B-ORG", "O", "B-MISC"] });
  assert.deepEqual(docs[0]?.sentences[1], { words: ["Peter", "Blackburn"], tags: ["B-PER", "I-PER"] });
  assert.deepEqual(docs[1]?.sentences, [{ words: ["BRUSSELS"], tags: ["B-LOC"] }]);
});

test("WikiNEuRal: one document per sentence", () => {
  const docs = parseWikiNeural("0\tHer\tO\n1\tTuvalu\tB-LOC\n\n0\tOslo\tB-LOC\n");
  assert.deepEqual(
    docs.map((d) => d.sentences.map((s) => s.tags.join(" "))),
    [["O B-LOC"], ["B-LOC"]],
  );
});
