/**
 * Whether the text says an event happened: asserted, negated ("has not returned"), hypothetical (a modal, an
 * intention or a condition: "should wait", "plans to visit", "if he resigned") or reported only (someone else's
 * account: "officials say Smith met …", "reportedly", "according to").
 */
import type { EventModality } from "../../core/document.js";
import { CONDITIONAL_OPENERS, type Trigger } from "./trigger.js";

/** How many words before the verb its auxiliaries and negation may stand ("has not yet fully returned"). */
const AUX_WINDOW_WORDS = 6;
const NEGATION = /\b(?:not|never|no longer|neither|nor|(?:failed|refused|declined)\s+to)\b|n[’']t\b/i;
/** A modal, a future or an intention right before the verb, with only auxiliaries and adverbs between. */
const HYPOTHETICAL =
  /(?:\b(?:will|would|could|should|may|might|must|can|shall|to)|[’']ll|[’']d)\s+(?:(?:\p{L}+ly|not|never|be|been|have|has|also|still|yet|soon|then)\s+)*$/iu;
/** Speech and report verbs whose complement clause holds the event: "officials say Smith met …". */
const REPORTING_BEFORE =
  /\b(?:said|says|say|told|tells|claimed|claims|alleged|alleges|reported|reports|according to|believes?|believed|thinks?|suggested|suggests|insisted|insists)\b/i;
/** Hedges before the verb that put the account on someone else ("reportedly met", "is said to have met"). */
const HEDGE =
  /\b(?:reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were)\s+(?:said|believed|thought|rumou?red)\s+to)\b/i;
/** "…, officials said." after the verb. */
const REPORTING_AFTER = /,\s*(?:[^,]{0,60}\s)?(?:said|says|told|reported|according to)\b[^,]*[.!?”"]*\s*$/i;

export function modalityOf(sentence: string, trigger: Trigger): EventModality {
  const before = sentence.slice(trigger.clauseStart, trigger.index);
  const near = before
    .split(/\s+/)
    .slice(-AUX_WINDOW_WORDS - 1)
    .join(" ");
  const after = sentence.slice(trigger.index + trigger.word.length);
  if (NEGATION.test(near)) return "negated";
  if (HYPOTHETICAL.test(before) || (trigger.subordinator && CONDITIONAL_OPENERS.has(trigger.subordinator))) {
    return "hypothetical";
  }
  const upToVerb = sentence.slice(0, trigger.index);
  if (HEDGE.test(upToVerb) || REPORTING_BEFORE.test(upToVerb) || REPORTING_AFTER.test(after)) {
    return "reported";
  }
  return "asserted";
}
