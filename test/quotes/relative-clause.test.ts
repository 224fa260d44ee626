/** A relative clause between the speaker and the cue ("X, who …, called it “…”") is not the source. */
import assert from "node:assert/strict";
import { it } from "node:test";
import { analyze } from "../../src/analyze.js";

it("attributes a quote past a relative clause to the subject before it", () => {
  const doc = analyze(
    'Mayor Linda Torres, who negotiated the deal with the owners, called the vote "a turning point for downtown."\n\nCouncilman Ray Dubois, who voted against the plan, said the city was taking on too much risk.',
    { mediaType: "text/plain" },
  );
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.name]));
  const quotes = doc.layers.quotes ?? [];
  const speakerOf = (content: string) =>
    entities.get(quotes.find((q) => doc.text.slice(q.start, q.end).includes(content))?.speaker ?? "");
  assert.equal(speakerOf("a turning point"), "Linda Torres");
  assert.equal(speakerOf("too much risk"), "Ray Dubois");
});

it("gives a quotation after “…, said X, who added that” to X, not to the sentence's subject", () => {
  const doc = analyze(
    "Those plans were the fulfillment of promises the adviser once wrote on a whiteboard, said Sam Ortiz, who added that the adviser’s shadow “still hovers over the West Wing.”",
    { mediaType: "text/plain" },
  );
  const quote = (doc.layers.quotes ?? []).find((q) => doc.text.slice(q.start, q.end).startsWith("still hovers"));
  assert.ok(quote?.source, "the partial quotation has a source");
  assert.equal(doc.text.slice(quote.source.start, quote.source.end), "Sam Ortiz");
  const speaker = (doc.layers.entities ?? []).find((e) => e.id === quote.speaker);
  assert.equal(speaker?.name, "Sam Ortiz");
});
