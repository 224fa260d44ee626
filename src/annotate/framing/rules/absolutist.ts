/**
 * Absolutist wording in the author's assertions: "all", "never", "always", "completely", "totally", "entire".
 * Such words leave no room for exceptions, which a careful report rarely can claim. Questions and quotes are
 * skipped (a question asserts nothing; a quote is the speaker's), and so are fixed phrases where the word is
 * not absolute at all ("at all", "after all", "all 12 passengers"). The list is written for Sift (origin as in
 * ../lexicon.ts).
 */
import type { FramingCue } from "../../../core/document.js";
import type { Span } from "../../../core/span.js";
import { compileLexicon } from "../lexicon.js";
import { type FramingContext, type FramingRule, isQuestion } from "./context.js";

// biome-ignore format: a word list reads best as a paragraph
export const ABSOLUTIST_WORDS = [
  "all", "completely", "never", "always", "totally", "entire", "entirely", "everyone", "everybody", "nobody",
  "no one", "wholly", "utterly", "absolutely", "forever", "without exception",
];

const LEXICON = compileLexicon("absolutist", ABSOLUTIST_WORDS);

/** Words before "all" that make an idiom, not a claim: "at all", "after all", "above all", "first of all", "for all". */
const IDIOM_BEFORE = new Set(["at", "after", "above", "of", "for", "once"]);
/** Words after "all" that make an idiom or a count: "all but", "all right", "all 12", "all along", "all-time". */
const IDIOM_AFTER = /^(but|right|along|told|in|of)$/;

const CAPITALISED = /^\p{Lu}/u;

/**
 * "the Stay All Day fair", "a Never Again rally": a capitalised word between two capitalised words, not opening the
 * sentence, is part of a name, and a name asserts nothing.
 */
function insideTitleCaseName(text: string, tokens: readonly Span[], a: number, b: number): boolean {
  const at = (t: Span | undefined) => (t === undefined ? "" : text.slice(t.start, t.end));
  return (
    a > 0 && CAPITALISED.test(at(tokens[a])) && CAPITALISED.test(at(tokens[a - 1])) && CAPITALISED.test(at(tokens[b]))
  );
}

function absolutistCues(ctx: FramingContext): FramingCue[] {
  const cues: FramingCue[] = [];
  for (const s of ctx.article.sentences) {
    if (isQuestion(ctx.text, s)) continue;
    const lowers = s.tokens.map((t) => t.lower);
    for (const [a, b] of ctx.lexiconHits(LEXICON, s)) {
      const first = s.tokens[a];
      const last = s.tokens[b - 1];
      if (!first || !last || ctx.speakerVoice(first)) continue;
      if (insideTitleCaseName(ctx.text, s.tokens, a, b)) continue;
      if (lowers[a] === "all") {
        const next = s.tokens[a + 1];
        if (IDIOM_BEFORE.has(lowers[a - 1] ?? "") || IDIOM_AFTER.test(lowers[a + 1] ?? "") || next?.kind === "number")
          continue;
      }
      const word = ctx.text.slice(first.start, last.end);
      cues.push({
        kind: "absolutist",
        start: first.start,
        end: last.end,
        note: `"${word}" admits no exception in the author's own assertion`,
        rule: "framing:absolutist",
      });
    }
  }
  return cues;
}

export const absolutistRule: FramingRule = { name: "absolutist", readsEnglish: true, apply: absolutistCues };
