import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { framingAnnotator } from "./annotator.js";
import { entity, find, makeDoc } from "./testing.js";

// A small story built by hand: a headline outside the body, a body with loaded wording, an absolutist claim,
// an opinion marker, a scare quote, two Russian officials quoted, and a newsletter box (boilerplate) inside the body.
const headline = "Army wins glorious battle\n\n";
const body =
  "The heroic defenders brilliantly demonstrated their resolve and won a complete victory. " +
  'Russian Defense Minister Sergei Shoigu said: "The disastrous enemy offensive has failed completely." ' +
  'Foreign Ministry spokeswoman Maria Zakharova said the West "must stop lying." ' +
  'The so-called "liberation" of the town was never in doubt. ' +
  "In summary: the operation succeeded. " +
  "Sign up for our heroic newsletter to get all the news.";
const text = headline + body;
const bodySpan = { start: headline.length, end: text.length };

const doc = makeDoc(text, {
  body: bodySpan,
  entities: [
    entity("e1", "Sergei Shoigu", ["Russian Defense Minister"]),
    entity("e2", "Maria Zakharova", ["Russian Foreign Ministry spokeswoman"]),
  ],
  quotes: [
    { text: "The disastrous enemy offensive has failed completely.", kind: "direct", speaker: "e1" },
    { text: "must stop lying.", kind: "partial", speaker: "e2" },
    { text: "liberation", kind: "scare" },
  ],
  boilerplate: [{ text: "Sign up for our heroic newsletter to get all the news.", kind: "newsletter" }],
});

describe("framingAnnotator on a hand-built document", () => {
  const cues = framingAnnotator.annotate(doc, {});
  const at = (kind: string) => cues.filter((c) => c.kind === kind).map((c) => text.slice(c.start, c.end));
  const boiler = find(text, "Sign up for our heroic newsletter to get all the news.");
  const direct = find(text, "The disastrous enemy offensive has failed completely.");

  it("declares its layer contract", () => {
    assert.equal(framingAnnotator.produces, "framing");
    assert.deepEqual([...framingAnnotator.requires].sort(), [
      "boilerplate",
      "entities",
      "quotes",
      "sentences",
      "tokens",
    ]);
  });
  it("finds the author's loaded language, as phrases", () => {
    const loaded = at("loaded-language");
    for (const phrase of ["heroic defenders", "brilliantly demonstrated", "complete victory", "so-called"]) {
      assert.ok(loaded.includes(phrase), `missing ${phrase} in ${JSON.stringify(loaded)}`);
    }
  });
  it("reports the scare quote at its span", () => assert.deepEqual(at("scare-quote"), ["liberation"]));
  it("finds the absolutist word in the author's assertion", () => assert.ok(at("absolutist").includes("never")));
  it("finds the summary marker", () => assert.ok(at("opinion").includes("In summary:")));
  it("flags one-sided sourcing with both Russian voices", () => {
    const doc1 = cues.filter((c) => c.kind === "one-sided-sourcing");
    assert.equal(doc1.length, 1);
    assert.equal(doc1[0]?.start, undefined);
    assert.match(doc1[0]?.note ?? "", /Sergei Shoigu.*Maria Zakharova/);
  });
  it("never charges quoted words to the author (except scare quotes)", () => {
    for (const c of cues) {
      if (c.start === undefined || c.end === undefined || c.kind === "scare-quote") continue;
      assert.ok(
        c.end <= direct.start || c.start >= direct.end || c.rule === "framing:propaganda-model",
        `${c.rule} inside the quote: ${text.slice(c.start, c.end)}`,
      );
    }
    assert.ok(!at("loaded-language").some((s) => s.includes("disastrous")));
    assert.ok(!at("opinion").includes("must"), "the partial quote's 'must' is the speaker's");
  });
  it("stays in the body and out of the boilerplate", () => {
    for (const c of cues) {
      if (c.start === undefined || c.end === undefined) continue;
      assert.ok(c.start >= bodySpan.start && c.end <= bodySpan.end, `${c.rule} outside the body`);
      assert.ok(
        c.end <= boiler.start || c.start >= boiler.end,
        `${c.rule} in the boilerplate: ${text.slice(c.start, c.end)}`,
      );
    }
  });
  it("names the rule and explains every cue", () => {
    for (const c of cues) {
      assert.match(c.rule, /^framing:/);
      assert.ok(c.note.length > 0);
    }
  });
});

describe("the propaganda model inside the annotator", () => {
  it("flags a plainly propagandistic paragraph and not a plain report", () => {
    const loud =
      "These traitors and their corrupt, evil regime want to destroy our great nation! " +
      "Wake up, patriots: the radical globalist elites are lying to you every single day! " +
      "Only a fool would believe the fake news media, the enemy of the people!";
    const plain =
      "The council met on Tuesday to discuss the budget. The meeting lasted two hours. A vote is planned for May.";
    const modelCues = (t: string) =>
      framingAnnotator.annotate(makeDoc(t), {}).filter((c) => c.rule === "framing:propaganda-model");
    assert.ok(modelCues(loud).length > 0, "expected model cues on the loud paragraph");
    assert.equal(modelCues(plain).length, 0);
  });
});

describe("framingAnnotator on a text in another language", () => {
  // The same story, as if the reader had found it to be in German: the English lexicons and model stay silent,
  // the cues that read quotation marks and sources remain. An English regional tag keeps everything.
  const inLanguage = (value: string) => ({
    ...doc,
    metadata: { ...doc.metadata, language: { value, provenance: { source: "detected" as const, confidence: 0.9 } } },
  });
  const kinds = (language: string) =>
    [...new Set(framingAnnotator.annotate(inLanguage(language), {}).map((c) => c.kind))].sort();
  const cases: [string, string[]][] = [
    ["de", ["one-sided-sourcing", "scare-quote"]],
    ["pt-BR", ["one-sided-sourcing", "scare-quote"]],
  ];
  for (const [language, expected] of cases)
    it(`runs only the language-neutral rules on ${language}`, () => assert.deepEqual(kinds(language), expected));
  it("runs every rule on English with a region", () => {
    const english = kinds("en-GB");
    for (const kind of ["loaded-language", "absolutist", "opinion", "scare-quote", "one-sided-sourcing"] as const)
      assert.ok(english.includes(kind), `${kind} missing from ${JSON.stringify(english)}`);
  });
});
