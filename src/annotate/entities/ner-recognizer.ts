/** The trained NER model as a mention recogniser: PER/ORG/LOC spans become person/organization/place mentions. */
import type { EntityType, Mention } from "../../core/document.js";
import { execAll } from "../../core/regexp.js";
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
      const trimmed = withoutEdgePunctuation(input.doc.text, span);
      const { start, end } = type === "organization" ? withoutTitleTail(input.doc.text, trimmed) : trimmed;
      if (end <= start) continue;
      const cut = end < trimmed.end ? TITLE_TAIL_RULE : "";
      out.push({
        start,
        end,
        type,
        form: "name",
        rule: `entities:ner-${span.label}${cut}`,
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

/**
 * Titles that follow an organisation's name when the text names its officer: "Federal Reserve Chairman Jerome
 * Powell", "Microsoft President Brad Smith". The model often runs the organisation's span over the title (and the
 * name), and the titled-person rule, which outranks it, then took the whole span, so the organisation was lost.
 */
const TITLE_TAIL = new Set([
  "Chairman",
  "Chairwoman",
  "Chair",
  "President",
  "CEO",
  "Director",
  "Director-General",
  "Secretary",
  "Secretary-General",
  "Spokesman",
  "Spokeswoman",
  "Spokesperson",
  "Minister",
  "Governor",
  "Commissioner",
  "Chief",
  "Administrator",
  "Founder",
  "Co-founder",
  "Analyst",
  "Editor",
  "Coach",
]);

/** The rule suffix of an organisation's span cut before its officer's title. */
export const TITLE_TAIL_RULE = "+title-tail";

/** Words an organisation's name does not end with: the title tail after them is part of the name. */
const OPENS_MORE = /^(?:of|the|for|and|&|on|in|to)$/i;

/**
 * An organisation's span cut before a title that ends it or stands before a capitalised name: "Federal Reserve
 * Chairman" → "Federal Reserve". A title followed by "of" is part of the name ("Office of the Director of National
 * Intelligence").
 */
export function withoutTitleTail(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const words = execAll(/\S+/g, text.slice(span.start, span.end));
  for (let i = 1; i < words.length; i++) {
    const word = words[i]?.[0] ?? "";
    if (!TITLE_TAIL.has(word)) continue;
    const next = words[i + 1]?.[0];
    const previous = words[i - 1]?.[0] ?? "";
    if ((next !== undefined && !/^\p{Lu}/u.test(next)) || /^Of$/.test(next ?? "") || OPENS_MORE.test(previous))
      return span;
    const last = words[i - 1] as RegExpMatchArray;
    return { start: span.start, end: span.start + (last.index ?? 0) + previous.length };
  }
  return span;
}
