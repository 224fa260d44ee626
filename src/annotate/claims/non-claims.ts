/**
 * Units that read like statements of fact to the model but assert nothing a fact-checker could check: a source's
 * refusal to comment ("The company declined to comment on the report."), a file name or link left in the body, and a
 * line that is no prose (a related story's headline, a teaser cut off with "…", "Filed under …"). The model was
 * trained on debate sentences, where none of these occurs, and scores them high (a named organisation, a past-tense
 * verb, digits); news pages hold several of each, and they took top-ten places from real claims. Each rule is named
 * so a test can show which one dropped a unit.
 */

/** A unit as the rules see it: its text, its word count and whether it is a whole line of the page. */
export interface UnitView {
  readonly surface: string;
  readonly words: number;
  /** The unit is all there is on its line (space aside): a paragraph, a heading, a list item or a link. */
  readonly wholeLine: boolean;
}

export interface NonClaimRule {
  readonly name: string;
  readonly test: (unit: UnitView) => boolean;
}

/** A no-comment line longer than this carries something else too ("…, which lost $2 billion last year, …"). */
const MAX_NO_COMMENT_WORDS = 25;

/** A refusal or silence whose object is a comment, a request or a message. */
const NO_COMMENT =
  /\b(?:(?:declined|declines|refused|refuses)\s+(?:to\s+)?(?:immediately\s+)?comment|(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|could not|couldn['’]t|would not|wouldn['’]t)\s+(?:immediately\s+)?(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?)\b[^.;]*\b(?:comment|requests?|messages?|e-?mails?|calls?|inquir(?:y|ies)|questions?)|could not (?:immediately )?be reached|(?:was|were|is|are) not (?:immediately )?available (?:for|to) comment)\b/i;

/**
 * How a sentence ends: a stop, a question or exclamation mark, a colon or semicolon, each perhaps followed by a
 * closing mark. A line that ends otherwise is a headline, a teaser link, a label or a tag list, not prose.
 */
const SENTENCE_END = /[.!?:;]["”’»)\]]*\s*$/;
/** A line cut off with an ellipsis: a teaser for another page ("Man hurt after car hits wall..."). */
const CUT_OFF = /(?:\.\.\.|…)["”’»)\]]*\s*$/;

/**
 * A unit without a space inside: an image's file name ("WEB19-Student-Test-1160x768.jpg"), a link or a hashtag left
 * in the body by the page, which asserts nothing; its digits made it score like a statistic.
 */
const ONE_WORD = /^\s*\S+\s*$/;

export const NON_CLAIM_RULES: readonly NonClaimRule[] = [
  { name: "no-comment", test: (u) => u.words <= MAX_NO_COMMENT_WORDS && NO_COMMENT.test(u.surface) },
  { name: "one-word", test: (u) => ONE_WORD.test(u.surface) },
  { name: "line-not-prose", test: (u) => u.wholeLine && (!SENTENCE_END.test(u.surface) || CUT_OFF.test(u.surface)) },
];

/** The name of the first rule that finds the unit no claim, or undefined when it may be one. */
export function nonClaimRule(unit: UnitView): string | undefined {
  return NON_CLAIM_RULES.find((r) => r.test(unit))?.name;
}
