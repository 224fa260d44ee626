import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as chrono from "chrono-node";
import { pinRebuiltPatterns } from "./chrono-patterns.js";

/** A fresh strict parser of each language, as chrono's own `strict` instances are built, so pinning one leaves the others. */
const FRESH = {
  de: () => new chrono.de.Chrono(chrono.de.createConfiguration(true)),
  fr: () => new chrono.fr.Chrono(chrono.fr.createConfiguration(true)),
  nl: () => new chrono.nl.Chrono(chrono.nl.createConfiguration(true)),
  es: () => new chrono.es.Chrono(chrono.es.createConfiguration(true)),
};

const REFERENCE = new Date("2021-06-15T12:00:00Z");

describe("pinRebuiltPatterns", () => {
  it("pins the parsers that rebuilt their pattern, and no other", () => {
    assert.equal(pinRebuiltPatterns(FRESH.de()), 1);
    assert.equal(pinRebuiltPatterns(FRESH.fr()), 2);
    assert.equal(pinRebuiltPatterns(FRESH.nl()), 1);
    assert.equal(pinRebuiltPatterns(FRESH.es()), 0);
  });

  it("leaves every parser answering with one pattern object", () => {
    const instance = FRESH.fr();
    pinRebuiltPatterns(instance);
    const context = { option: {}, text: "", reference: {} } as never;
    for (const parser of instance.parsers) assert.equal(parser.pattern(context), parser.pattern(context));
  });

  it("is idempotent", () => {
    const instance = FRESH.de();
    pinRebuiltPatterns(instance);
    assert.equal(pinRebuiltPatterns(instance), 0);
  });

  const cases: Array<[keyof typeof FRESH, string]> = [
    ["de", "Veröffentlicht am 3. März 2019, in 2 Wochen"],
    ["de", "für drei Tage ab dem 14. Mai 2020"],
    ["fr", "Publié le 12 février 2020 il y a 3 jours"],
    ["fr", "pendant 2 semaines à partir du 4 avril 2021"],
    ["nl", "binnen 5 dagen na 7 januari 2018"],
    ["es", "4 de mayo de 2022 en 3 días"],
  ];
  for (const [language, text] of cases) {
    it(`parses "${text}" as before`, () => {
      const plain = FRESH[language]();
      const pinned = FRESH[language]();
      pinRebuiltPatterns(pinned);
      const read = (c: chrono.Chrono) =>
        c.parse(text, REFERENCE).map((r) => ({ index: r.index, text: r.text, date: r.start.date().toISOString() }));
      // Twice: the second parse is the one that met the rebuilt pattern.
      assert.deepEqual(read(pinned), read(plain));
      assert.deepEqual(read(pinned), read(plain));
    });
  }
});
