/**
 * Document-level re-ranking of a news page's claim units, after the sentence model has scored them. The model
 * (scoreClaim) was trained on debate sentences, where every unit is a whole spoken sentence; on a news page the
 * clause splitter, quotations and the writer's own asides hand it units of kinds debates never contain, and they
 * took top-ten places from plain factual sentences of the report. Each rule names one such kind and moves its units
 * by a fixed logit offset; the sentence scores the claim evaluations read (scoreClaim) are untouched, and the rules
 * that fired are appended to the claim's rule ("claims:clause+rerank:dependent-clause").
 */
import { hasFiniteVerb } from "../quotes/clause.js";

/** A scored unit as the rules see it. */
export interface RerankView {
  /** The unit's text as scored. */
  readonly surface: string;
  /** The unit rule of units.ts: "claims:sentence", "claims:clause", "claims:quote", "claims:quote-clause". */
  readonly rule: string;
  /** The unit is a quotation's content (a speaker's words, not the writer's). */
  readonly quoted: boolean;
  /** Every cue family of features.ts that fired on the unit, the ones a reader is not shown too (past-tense …). */
  readonly signals: readonly string[];
}

export interface RerankRule {
  readonly name: string;
  /** Logit offset added to the unit's score when the rule fires. */
  readonly offset: number;
  readonly test: (unit: RerankView) => boolean;
}

/** Conjunctions that open a dependent clause: on its own it says when or why, not what happened. */
const SUBORDINATOR =
  /^(?:(?:and|but|so|or)\s+)?(?:now\s+that|even\s+(?:though|if)|when|whenever|while|whereas|although|though|because|since|if|unless|until|before|after|once|as\s+soon\s+as)\b/i;

/** A clause split off a longer sentence (units.ts), not a sentence the writer closed. */
const isPart = (u: RerankView): boolean => u.rule === "claims:clause" || u.rule === "claims:quote-clause";

/**
 * The writer speaking of themselves in the first person singular outside quotation marks: a column's anecdote
 * ("At last count, I have 34") or aside ("I guess it was only a matter of time"), which numbers and names make the
 * model score like a statistic. A speaker's "I" inside a quotation is a claim of that speaker's and stays.
 */
const FIRST_PERSON_SINGULAR = /(?:^|[^\p{L}'’])(?:I|my|me|myself|I['’](?:m|ve|d|ll))(?=$|[^\p{L}'’])/u;

/** Cue families that make a sentence the writer's view, a forecast or an address to the reader. */
const NOT_PLAIN: ReadonlySet<string> = new Set([
  "first-person",
  "second-person",
  "opinion",
  "modal",
  "hedge",
  "future",
  "question",
  "exclamation",
]);

export const RERANK_RULES: readonly RerankRule[] = [
  // "Now that the inquiry has closed", "when the council declined to fund it": a dependent clause cut off its
  // sentence by the clause splitter; the assertion is in the main clause, scored as a unit of its own.
  { name: "dependent-clause", offset: -2, test: (u) => isPart(u) && SUBORDINATOR.test(u.surface.trimStart()) },
  // "Nine months, six hearings and $2 million later", "two counts of reckless driving (…)": a part with
  // no finite verb is a list or a phrase, which asserts nothing by itself.
  {
    name: "verbless-part",
    offset: -2,
    test: (u) => isPart(u) && !hasFiniteVerb(u.surface, { start: 0, end: u.surface.length }),
  },
  { name: "writer-first-person", offset: -1.5, test: (u) => !u.quoted && FIRST_PERSON_SINGULAR.test(u.surface) },
  // "The driver was fined and banned from driving for a year on Tuesday": a whole sentence of the
  // report telling what happened to someone named, with no view, forecast or hedge, is what a fact-checker reads
  // first; debates phrase claims otherwise, and the model ranked such sentences under quoted fragments and asides.
  {
    name: "plain-event",
    offset: 1,
    test: (u) =>
      u.rule === "claims:sentence" &&
      u.signals.includes("past-tense") &&
      u.signals.includes("named-entity") &&
      !u.signals.some((c) => NOT_PLAIN.has(c)),
  },
];

/** The names of the rules that fire on `unit`, and their summed offset. */
export function rerankOffset(
  unit: RerankView,
  rules: readonly RerankRule[] = RERANK_RULES,
): { offset: number; rules: string[] } {
  let offset = 0;
  const fired: string[] = [];
  for (const r of rules) {
    if (!r.test(unit)) continue;
    offset += r.offset;
    fired.push(r.name);
  }
  return { offset, rules: fired };
}

/** `score` moved by `offset` logits; a score in (0, 1) stays there. */
export function shiftScore(score: number, offset: number): number {
  if (offset === 0) return score;
  const p = Math.min(1 - 1e-12, Math.max(1e-12, score));
  return 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + offset)));
}
