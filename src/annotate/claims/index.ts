/**
 * The claims annotator: every body sentence outside page furniture, every asserting quotation's content and every
 * clause of a long sentence is scored for check-worthiness; questions are dropped; the layer is sorted best first.
 */
import type { Claim, Quote } from "../../core/document.js";
import { layer } from "../../core/document.js";
import { overlaps } from "../../core/span.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { claimantOf } from "./claimant.js";
import { scoreClaim } from "./score.js";
import { sentenceUnits } from "./units.js";

export { isCheckWorthy, scoreClaim } from "./score.js";

const QUESTION = /\?\s*["”’»)]*\s*$/;

export const claimsAnnotator = defineAnnotator({
  name: "claims",
  requires: ["sentences", "quotes", "boilerplate"],
  produces: "claims",
  annotate(doc) {
    const { text, body } = doc;
    const furniture = layer(doc, "boilerplate");
    const quotes = layer(doc, "quotes");
    const entities = doc.layers.entities;
    const drafts: Omit<Claim, "id">[] = [];
    const seen = new Set<string>();
    for (const sentence of layer(doc, "sentences")) {
      if (!overlaps(sentence, body) || furniture.some((b) => overlaps(b, sentence))) continue;
      const inSentence: Quote[] = quotes.filter((q) => overlaps(q, sentence));
      for (const unit of sentenceUnits(text, sentence, inSentence)) {
        const surface = text.slice(unit.start, unit.end);
        const key = `${unit.start}:${unit.end}`;
        if (QUESTION.test(surface) || seen.has(key)) continue;
        seen.add(key);
        const { score, cues } = scoreClaim(surface);
        const claimant = unit.quote
          ? (unit.quote.speaker ?? unit.quote.attributedTo)
          : claimantOf(text, unit, entities);
        drafts.push({
          start: unit.start,
          end: unit.end,
          score,
          cues,
          rule: unit.rule,
          ...(claimant !== undefined ? { claimant } : {}),
          ...(unit.quote ? { quote: unit.quote.id } : {}),
        });
      }
    }
    drafts.sort((a, b) => b.score - a.score || a.start - b.start);
    return drafts.map((d, i) => ({ id: `c${i + 1}`, ...d }));
  },
});
