import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import type { EntityType, Mention } from "../../core/document.js";
import { namesInAnotherLanguage } from "./other-language.js";

/** One mention over the whole of `name`, as the rule `rule` would propose it. */
function kept(language: string | undefined, name: string, rule: string, type: EntityType = "person"): boolean {
  const mention: Mention = { start: 0, end: name.length, type, form: "name", rule, score: 0.9 };
  return namesInAnotherLanguage([mention], name, language).length === 1;
}

describe("namesInAnotherLanguage", () => {
  const rows: Array<[string | undefined, string, string, EntityType, boolean]> = [
    // German capitalises every noun: a tagger's one-word or noun-phrase "person" is no name.
    ["de", "Gesundheitswesen", "entities:ner-PER", "person", false],
    ["de", "Die Mutter", "entities:ner-PER", "person", false],
    // A listed first name and a surname is a person's name in any language, accents and all.
    ["de", "Klaus Meyerhoff", "entities:ner-PER", "person", true],
    ["es", "José Ortega", "entities:ner-PER", "person", true],
    ["es", "María de la Fuente", "entities:ner-PER", "person", true],
    // A byline's preposition glued to the name does not open a person's name.
    ["es", "Por Agencia Central", "entities:ner-PER", "person", false],
    // A person a refiner made of a tagger's proposal is the tagger's too (the rule keeps its prefix).
    ["de", "Verein Sonnenschein", "entities:ner-ORG+first-name", "person", false],
    // Other rules vouch for their names, and organisations and places are left alone.
    ["de", "Merkel", "entities:notable-person", "person", true],
    ["de", "Gutschein", "entities:ner-ORG", "organization", true],
    // English, or no language known: everything stays.
    ["en", "Gesundheitswesen", "entities:ner-PER", "person", true],
    ["en-GB", "Die Mutter", "entities:ner-PER", "person", true],
    [undefined, "Die Mutter", "entities:ner-PER", "person", true],
  ];
  for (const [language, name, rule, type, expected] of rows)
    it(`${language ?? "unknown"}: ${name} (${rule}) is ${expected ? "kept" : "dropped"}`, () =>
      assert.equal(kept(language, name, rule, type), expected));
});

describe("people in a German article (whole pipeline)", () => {
  // Written for this test: a short local news item in German.
  const text =
    "Neue Brücke für die Altstadt\n\n" +
    "Der Bau der neuen Brücke beginnt im Frühjahr. Die Mutter eines Schülers sagte, die Sicherheit der Kinder " +
    "gehe vor. Bürgermeister Klaus Meyerhoff erklärte, die Kosten lägen bei zwölf Millionen Euro. Die Arbeiten " +
    "sollen zwei Jahre dauern, und die Anwohner müssen mit Lärm rechnen. Klaus Meyerhoff versprach, die Stadt " +
    "werde die Anwohner regelmäßig informieren. Die Verwaltung prüft außerdem, ob der Fährbetrieb während der " +
    "Bauzeit verstärkt werden kann.";
  const doc = analyze(text, { mediaType: "text/plain" });
  const people = (doc.layers.entities ?? []).filter((e) => e.type === "person").map((e) => e.name);

  it("reads the article as German", () => assert.equal(doc.metadata.language?.value, "de"));
  it("keeps the named person", () => assert.ok(people.includes("Klaus Meyerhoff"), people.join("; ")));
  it("makes no person of a capitalised noun", () =>
    assert.deepEqual(
      people.filter((p) => p !== "Klaus Meyerhoff"),
      [],
    ));
});
