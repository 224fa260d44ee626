import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readDocument } from "./index.js";
import { detectLanguage, primaryLanguage } from "./language.js";

// Fixtures written for these tests: a few sentences of ordinary news prose in each language, long enough to decide.
const ENGLISH =
  "The city council voted on Tuesday to close the old bridge over the river for repairs that are expected to last " +
  "until the end of next year. Drivers will have to use the northern crossing, which adds about ten minutes to the " +
  "trip. The mayor said the decision was difficult but that the safety of residents had to come first, and that " +
  "the work would be paid for from the regional budget.";
const GERMAN =
  "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss für Reparaturen zu sperren, die bis " +
  "zum Ende des nächsten Jahres dauern sollen. Autofahrer müssen die nördliche Querung nutzen, was die Fahrt um " +
  "etwa zehn Minuten verlängert. Die Bürgermeisterin sagte, die Entscheidung sei schwierig gewesen, aber die " +
  "Sicherheit der Bewohner gehe vor.";
const SPANISH =
  "El ayuntamiento votó el martes cerrar el viejo puente sobre el río para hacer reparaciones que durarán hasta " +
  "finales del próximo año. Los conductores tendrán que usar el cruce del norte, lo que añade unos diez minutos al " +
  "viaje. La alcaldesa dijo que la decisión fue difícil, pero que la seguridad de los vecinos era lo primero.";

const detect = (text: string) => detectLanguage({ text, body: { start: 0, end: text.length }, layers: {} });

describe("detectLanguage", () => {
  const rows: Array<[string, string, string | undefined]> = [
    ["English prose", ENGLISH, "en"],
    ["German prose", GERMAN, "de"],
    ["Spanish prose", SPANISH, "es"],
    // Too little text to tell: no guess rather than a wrong one.
    ["one short sentence", "The bridge is closed.", undefined],
  ];
  for (const [what, text, expected] of rows)
    it(`${what} → ${expected ?? "undecided"}`, () => assert.equal(detect(text)?.value, expected));

  it("reads the body without its boilerplate: an English menu does not make a German article English", () => {
    const menu = `${ENGLISH}\n`.repeat(3);
    const text = `${menu}${GERMAN}`;
    const doc = {
      text,
      body: { start: 0, end: text.length },
      layers: { boilerplate: [{ start: 0, end: menu.length, kind: "navigation" as const, rule: "test" }] },
    };
    assert.equal(detectLanguage(doc)?.value, "de");
  });

  it("says the language was detected, not declared", () => {
    assert.equal(detect(GERMAN)?.provenance.source, "detected");
  });
});

describe("readDocument language", () => {
  it("detects the language of scraped text", () => {
    assert.equal(
      readDocument(`Brücke gesperrt\n\n${GERMAN}`, { mediaType: "text/plain" }).metadata.language?.value,
      "de",
    );
  });

  it("keeps the language an HTML page declares", () => {
    const html = `<html lang="pt-BR"><head><title>Ponte</title></head><body><article><p>${ENGLISH}</p></article></body></html>`;
    assert.equal(readDocument(html, { mediaType: "text/html" }).metadata.language?.value, "pt-BR");
  });
});

describe("primaryLanguage", () => {
  const rows: Array<[string, string]> = [
    ["en-US", "en"],
    ["pt_BR", "pt"],
    ["DE", "de"],
  ];
  for (const [tag, primary] of rows) it(`${tag} → ${primary}`, () => assert.equal(primaryLanguage(tag), primary));
});
