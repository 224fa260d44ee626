/** Offsets are UTF-16 code units, as JavaScript strings index: emoji and accents before a span must not shift it. */
import assert from "node:assert/strict";
import { it } from "node:test";
import { analyze } from "../src/analyze.js";
import { toAnalysisJson } from "../src/output/json.js";
import { schemaErrors, spanErrors } from "./helpers.js";

it("keeps every span on its words after emoji and accented letters", () => {
  const text =
    "🔥🇫🇷 Incendie à Paris 🔥\n\nMayor Anne Hidalgo said on Monday that 1,200 residents of Montmartre had been evacuated. “We are safe,” said Élodie Durand, 34.";
  const doc = analyze(text, { mediaType: "text/plain", published: "2024-05-06" });
  const json = toAnalysisJson(doc);
  assert.deepEqual(spanErrors(json), []);
  assert.deepEqual(schemaErrors(JSON.parse(JSON.stringify(json))), []);
  const surfaces = (doc.layers.entities ?? []).flatMap((e) => e.mentions.map((m) => doc.text.slice(m.start, m.end)));
  assert.ok(surfaces.includes("Anne Hidalgo"), surfaces.join(" | "));
  assert.ok(surfaces.includes("Élodie Durand"), surfaces.join(" | "));
  const monday = (doc.layers.times ?? []).find((t) => doc.text.slice(t.start, t.end) === "Monday");
  assert.equal(monday?.value, "2024-05-06");
  const quote = (doc.layers.quotes ?? []).find((q) => q.kind === "direct");
  assert.equal(quote && doc.text.slice(quote.start, quote.end), "We are safe,");
});
