/** The trained NER model as a mention recogniser: PER/ORG/LOC spans become person/organization/place mentions. */
import type { EntityType, Mention } from "../../core/document.js";
import { recognize } from "../ner/index.js";
import type { MentionRecognizer } from "./recognizers.js";
import { inRanges } from "./scope.js";

const TYPE_OF: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "place", MISC: "misc" };

/** Below this model confidence a span is too likely a capitalised common word to keep. */
const MIN_SCORE = 0.5;

export const nerRecognizer: MentionRecognizer = {
  name: "ner-model",
  priority: 5,
  recognize(input) {
    const sentences = (input.doc.layers.sentences ?? []).filter((s) => inRanges(input.ranges, s));
    const out: Mention[] = [];
    for (const span of recognize(input.doc.text, sentences, undefined, input.doc.layers.tokens)) {
      const type = TYPE_OF[span.label];
      if (!type || span.score < MIN_SCORE || !inRanges(input.ranges, span)) continue;
      // "Washington, D.C.": a comma the model took into a span is not part of the name.
      const { start, end } = withoutEdgePunctuation(input.doc.text, span);
      if (end <= start) continue;
      out.push({
        start,
        end,
        type,
        form: "name",
        rule: `entities:ner-${span.label}`,
        score: span.score,
      });
    }
    return out;
  },
};

/** A span without commas, semicolons, colons or spaces at either edge (a final dot may end an abbreviation). */
function withoutEdgePunctuation(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /[\s,;:.]/.test(text[start] ?? "")) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}
