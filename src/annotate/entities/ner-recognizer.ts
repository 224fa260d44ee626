/** The trained NER model as a mention recogniser: PER/ORG/LOC spans become person/organization/place mentions. */
import type { EntityType, Mention } from "../../core/document.js";
import { execAll, wholeWordPattern } from "../../core/regexp.js";
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
    const text = input.doc.text;
    const spans = listedAmongOrganisations(text, recognize(text, sentences, undefined, input.doc.layers.tokens));
    for (const span of spans) {
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
        rule: `entities:ner-${span.label}${cut}${span.listed ? LISTED_RULE : ""}`,
        score: span.score,
      });
    }
    return out;
  },
};

/** The rule suffix of a doubtful span that a list of organisations made one. */
export const LISTED_RULE = "+listed-with-organisations";

/** A doubtful span at least this likely is read again by its list; below it the model saw no name at all. */
const LISTED_MIN_SCORE = 0.25;
/** A list item the model is this sure is an organisation vouches for a doubtful item beside it. */
const SURE_ORGANISATION = 0.7;
/** What stands between two items of a list: a comma, "and" or "or", or both. */
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;
/** One capitalised word, hyphens and "&" inside it allowed: "Mercedes-Benz", "AT&T". */
const ONE_NAME_WORD = /^\p{Lu}[\p{L}\p{N}&'’.-]*$/u;

/**
 * "Mercedes-Benz, Hyundai and Honda", "Starbucks, Target, Wendy's and Kroger": a one-word name the model doubted
 * (any label, below MIN_SCORE), listed with two or more names it is sure are organisations and with nothing else,
 * is an organisation too. A list inside a body's name ("Bureau of Alcohol, Tobacco, Firearms and Explosives") and
 * a word the text also writes in lower case ("Science, Journalism") are left alone.
 */
export function listedAmongOrganisations<T extends { start: number; end: number; label: string; score: number }>(
  text: string,
  spans: readonly T[],
): (T & { listed?: true })[] {
  const out: (T & { listed?: true })[] = [...spans];
  const joined = (a: T, b: T) => LIST_GAP.test(text.slice(a.end, b.start));
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as T;
    if (s.score >= MIN_SCORE || s.score < LISTED_MIN_SCORE) continue;
    const word = text.slice(s.start, s.end);
    if (!ONE_NAME_WORD.test(word)) continue;
    // The whole list around the doubtful item: its neighbours, as far as the gaps are a list's.
    let first = i;
    while (first > 0 && joined(spans[first - 1] as T, spans[first] as T)) first--;
    let last = i;
    while (last < spans.length - 1 && joined(spans[last] as T, spans[last + 1] as T)) last++;
    const others = spans.slice(first, last + 1).filter((_, k) => k + first !== i);
    const sure = (o: T) =>
      o.label === "ORG" && o.score >= SURE_ORGANISATION && !/\sof\s/.test(text.slice(o.start, o.end));
    if (others.length < 2 || !others.every(sure)) continue;
    // Last, as it reads the whole text: a word the text also writes in lower case is a word, not a name.
    if (wholeWordPattern(word.toLowerCase()).test(text)) continue;
    out[i] = { ...s, label: "ORG", score: MIN_SCORE, listed: true };
  }
  return out;
}

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
