import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Span } from "../../core/span.js";
import { analyseArticle } from "./features.js";
import { featureRow } from "./hashing.js";
import { framingModels } from "./model-store.js";
import { spanFeatures } from "./span-features.js";
import { spanRowsOf } from "./span-rows.js";
import { findSpans } from "./span-scorer.js";
import { featureRowsTestTexts } from "./testing.js";

const DIM = 1 << 18;

/**
 * Spans that exercise the templates: what the model finds, every sentence, every token, and every run of two and
 * five tokens (nested in the sentence spans, containing the token spans, repeated words among them).
 */
function testSpans(info: ReturnType<typeof analyseArticle>): Span[] {
  const spans: Span[] = findSpans(framingModels().spans, info).map(({ start, end }) => ({ start, end }));
  for (const s of info.sentences) {
    spans.push({ start: s.start, end: s.end });
    s.tokens.forEach((t, k) => {
      spans.push({ start: t.start, end: t.end });
      const two = s.tokens[k + 1];
      if (two) spans.push({ start: t.start, end: two.end });
      const five = s.tokens[k + 4];
      if (five) spans.push({ start: t.start, end: five.end });
    });
  }
  return spans;
}

describe("span rows without strings equal the string features, hashed", () => {
  for (const { name, text, isArticle, spans } of featureRowsTestTexts()) {
    it(name, () => {
      const info = analyseArticle(text, spans, isArticle);
      const all = testSpans(info);
      // The repetition features compare each span with the others: a handful of others keeps the test quick.
      const others = all.filter((_, i) => i % 7 === 0);
      for (const span of all) {
        const expected = spanFeatures(info, span, others).map((f) => featureRow(f, DIM));
        assert.deepEqual([...spanRowsOf(info, span, DIM, others)], expected, text.slice(span.start, span.end));
      }
    });
  }
});
