/**
 * A rough tense reading: which way the verbs near an expression point, so "Friday" in "shares fell Friday" is the
 * Friday before the anchor and in "the board will meet Friday" the one after. The nearest cue in the same
 * sentence wins, a cue before the expression counting a little closer than one after it.
 */
import { execAll } from "../../core/regexp.js";
import type { Direction } from "./types.js";

const FUTURE_CUES =
  /\b(?:will|would|won't|wo n't|shall|'ll|going to|plans? to|planned to|planning to|plans? an?|planned an?|intends? to|scheduled|slated|expected to|expects? to|due to|set to|is to|are to|next(?!\s+to)|upcoming|tomorrow|hopes? to|aims? to|to be held|to take effect|payable|effective|as soon as|postponed until)\b/gi;

const PAST_CUES =
  /\b(?:was|were|had|did|said|told|ago|last|yesterday|earlier|came|went|took|made|rose|fell|gave|got|began|became|left|met|paid|sold|bought|won|lost|held|led|saw|knew|thought|found|spent|sent|brought|kept|struck|ended|since|fled|grew|drew|shot|hit|quit|cut|set off|broke|ran|spoke|wrote|flew|stood|[a-z]{2,}[^e\s]ed|[a-z]{2,}ied)\b/gi;
/** The same cues, tested anywhere in a piece of text (no global state between calls). */
const PAST_CUE_IN = new RegExp(PAST_CUES.source, "i");

/**
 * Verbs of scheduled events in the simple present or the present progressive ("Acme reports earnings Wednesday",
 * "the council votes Tuesday", "the House is voting Friday"): news copy uses them for what is planned, so a weekday
 * or month they govern lies ahead; so does the end of what is under way ("voting ends Friday", "the offer expires
 * Monday"). Counted only before the expression, in its clause; after a determiner the -s form
 * is a noun ("the reports", "its votes"). "says" is left out: it reports, it schedules nothing.
 */
const SCHEDULED_PRESENT =
  /\b(?:(?:is|are)\s+(?:\w+ly\s+)?(?:voting|meeting|holding|hosting|opening|releasing|reporting|playing|facing|launching|travell?ing|visiting|testifying)|reports|releases|opens|begins|starts|meets|votes|hosts|faces|plays|holds|visits|kicks\s+off|resumes|launches|debuts|premieres|testifies|convenes|hears|returns|travels|heads|ends|closes|expires|concludes)\b/gi;
/** How far before the expression a scheduled present may stand, and nothing that closes its clause between. */
const SCHEDULED_REACH = 60;
const DETERMINER_BEFORE_VERB = /\b(?:a|an|the|its|their|his|her|our|this|that|these|those|whose|of)\s+$/i;

const REPORTING = /^(?:said|told|added|announced|reported|stated|explained|noted|insisted|declared|predicted|warned)$/i;

/** Words ending in -ed that are not past-tense verbs, or that point forward ("scheduled"). */
const NOT_PAST = new Set([
  "scheduled",
  "expected",
  "planned",
  "slated",
  "proposed",
  "needed",
  "based",
  "related",
  "limited",
  "united",
  "interested",
  "concerned",
  "hundred",
  "indeed",
  "speed",
  "proceed",
  "succeed",
  "exceed",
  "supposed",
  "anticipated",
  "unexpected",
  "estimated",
  "continued",
  "detailed",
  "advanced",
  "proceeds",
]);

/**
 * What after "was"/"were" makes them the auxiliary of a plan still being made ("were planning to", "was preparing
 * to"); "was expected to" is left a past cue, as the expectation has often come due.
 */
const AUXILIARY_OF_PLAN = /^\s+(?:\w+ly\s+)?(?:planning|preparing|hoping)\s+to\b/i;

/** The past perfect before a future cue ("had been scheduled to", "had planned to"). */
const FUTURE_IN_PAST = /\bhad\s+(?:\w+ly\s+)?(?:been\s+)?$/i;

/** A deadline preposition just before the expression. */
const DEADLINE_BEFORE = /\b(?:by|until|till|through|before)\s+$/i;

/** How near a past-tense verb overrides a deadline preposition: "sales fell 5% through Sept. 30". */
const NEAR_PAST_VERB = 15;

/** The end of a range whose start the text gives: "this year through August", "from May until". */
const RANGE_BEFORE = /\b(?:year|month|week|\d{4}|from\s+\S+(?:\s+\S+)?)\s+(?:through|until|till|to)\s+$/i;

/**
 * What may stand before an expression that opens its sentence as a fronted adjunct ("In September, it announced"),
 * where the main verb after it dates the expression even when that verb reports.
 */
const FRONTED_ADJUNCT =
  /^\s*["“`']*\s*(?:(?:and|but|also|then|in|on|at|by|during|early|late|earlier|later|since|until|as\s+of)\s+)*$/i;

/**
 * Abbreviations written with a dot that a capitalised word may follow inside a sentence: titles ("Gen. Powell"),
 * company and place words ("Corp.", "St. Louis"), month and weekday short forms, and US state abbreviations. A short
 * word that is not one of them ("in June.", "said Bush.") ends its sentence.
 */
const ABBREVIATIONS = new Set(
  (
    "Mr Mrs Ms Messrs Dr Prof Gen Sen Rep Gov Lt Col Sgt Capt Maj Adm Cmdr Cpl Pvt Rev Fr Msgr St Ste Jr Sr Mt Ft " +
    "Pres Supt Atty Inc Co Cos Corp Ltd Bros Plc Assn Dept Univ No Nos Vol Ave Blvd Rd Hwy " +
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun " +
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore " +
    "Pa Tenn Tex Va Vt Wash Wis Wyo"
  ).split(" "),
);

/** True when the dot at `dot` closes an abbreviation ("Dec.", "Mr.", "U.S.", "J.") rather than a sentence. */
function isAbbreviationDot(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && /[A-Za-z.]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  return ABBREVIATIONS.has(word) || /^(?:[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]?)$/.test(word);
}

/** The sentence around [start, end): back to the previous sentence end or paragraph break, forward likewise. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0) {
    const c = text[s - 1]!;
    if (c === "\n" && (text[s - 2] === "\n" || s - start < -400)) break;
    if (
      (c === " " || c === "\n") &&
      /[.!?]["'”’)]?$/.test(text.slice(Math.max(0, s - 3), s - 1)) &&
      /[A-Z"“`]/.test(text[s] ?? "")
    ) {
      // "Dec. 6" and "U.S. officials" are not sentence ends.
      if (text[s - 2] !== "." || !isAbbreviationDot(text, s - 2)) break;
    }
    if (start - s > 400) break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const c = text[e]!;
    if (c === "\n" && text[e + 1] === "\n") break;
    if ((c === "." || c === "!" || c === "?") && /\s/.test(text[e + 1] ?? " ")) {
      if (c !== "." || !isAbbreviationDot(text, e)) break;
    }
    if (e - end > 400) break;
    e++;
  }
  return { start: s, end: e };
}

/**
 * Whether the sentence is in the past perfect where the expression stands: a "had" anywhere in it ("Until Thursday,
 * they had not called him") — unless an infinitive comes between the "had" and the expression, which then governs it
 * ("the sale, which had been expected, is part of a program to pay down the loan by February").
 */
function pastPerfectGoverns(sentence: string, at: number): boolean {
  const hads = execAll(/\bhad\b/gi, sentence);
  if (hads.length === 0) return false;
  const lastBefore = hads.filter((h) => h.index < at).at(-1);
  if (lastBefore === undefined) return true;
  return !/\bto\s+[a-z]{2,}\b/i.test(sentence.slice(lastBefore.index + 3, at));
}

/**
 * The quoted stretches of a sentence ("…" or “…”, both marks inside it). Words in a quotation are the speaker's and keep
 * the speaker's tense: in 'She said "we will win" on Monday' the "will" dates nothing outside the quote.
 */
function quotationsIn(text: string, from: number, to: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const sentence = text.slice(from, to);
  for (const m of execAll(/“[^“”]*”|"[^"]*"/g, sentence)) found.push([from + m.index, from + m.index + m[0].length]);
  return found;
}

/** The direction the nearest tense cue in the sentence points to, or "unknown" when there is none. */
export function guessDirection(text: string, start: number, end: number): Direction {
  const sentence = sentenceAround(text, start, end);
  let best: { distance: number; direction: Direction } | undefined;
  const opensSentence = FRONTED_ADJUNCT.test(text.slice(sentence.start, start));
  // Quotations that do not hold the expression: their cues are the speaker's tense, not the reporting clause's.
  const otherQuotations = quotationsIn(text, sentence.start, sentence.end).filter(
    ([qs, qe]) => !(qs <= start && end <= qe),
  );
  const consider = (re: RegExp, direction: Direction) => {
    re.lastIndex = sentence.start;
    const slice = text.slice(0, sentence.end);
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const mStart = m.index;
      const mEnd = mStart + m[0].length;
      if (mEnd > start && mStart < end) continue; // inside the expression itself ("last Friday")
      if (otherQuotations.some(([qs, qe]) => qs < mStart && mEnd < qe)) continue;
      if (direction === "past" && NOT_PAST.has(m[0].toLowerCase())) continue;
      // "were planning to drive Saturday": the auxiliary carries the plan's tense; the plan's object lies ahead.
      if (direction === "past" && /^(?:was|were)$/i.test(m[0]) && AUXILIARY_OF_PLAN.test(text.slice(mEnd, mEnd + 30)))
        continue;
      // "will be named", "is expected": a participle after a form of "be" carries no tense of its own, nor does one
      // used as an adjective after a determiner ("a still unspecified date", "the proposed merger").
      const justBefore = text.slice(Math.max(0, mStart - 20), mStart);
      if (direction === "past" && /\b(?:be|been|being|is|are|am|get|gets)\s+(?:\w+ly\s+)?$/i.test(justBefore)) continue;
      if (
        direction === "past" &&
        /ed$/i.test(m[0]) &&
        /\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s+(?:\w+ly\s+|still\s+)?$/i.test(justBefore)
      )
        continue;
      // "…will leave at 4 a.m. Thursday,'' Castro said": a reporting verb after the expression frames the quote and
      // does not date what is reported — unless the expression opens the sentence ("In September, it announced").
      if (direction === "past" && mStart >= end && REPORTING.test(m[0]) && !opensSentence) continue;
      // "had been due to expire Friday": a plan seen from the past perfect has already come due; so has a change
      // that "was effective Jan. 1".
      const cueBefore = text.slice(Math.max(0, mStart - 25), mStart);
      const pointsTo =
        direction === "future" &&
        (FUTURE_IN_PAST.test(cueBefore) || (/^effective$/i.test(m[0]) && /\b(?:was|were|became)\s+$/i.test(cueBefore)))
          ? "past"
          : direction;
      // A cue before the expression governs it more often than one after it.
      const distance = mEnd <= start ? start - mEnd : (mStart - end) * 1.5 + 5;
      if (best === undefined || distance < best.distance) best = { distance, direction: pointsTo };
    }
  };
  consider(FUTURE_CUES, "future");
  consider(PAST_CUES, "past");
  // A scheduled present close before the expression in its clause: "reports earnings Wednesday" lies ahead.
  SCHEDULED_PRESENT.lastIndex = Math.max(sentence.start, start - SCHEDULED_REACH);
  const scheduledSlice = text.slice(0, start);
  for (let m = SCHEDULED_PRESENT.exec(scheduledSlice); m !== null; m = SCHEDULED_PRESENT.exec(scheduledSlice)) {
    const mEnd = m.index + m[0].length;
    if (/[,;:()—–]/.test(text.slice(mEnd, start))) continue;
    if (otherQuotations.some(([qs, qe]) => qs < m.index && mEnd < qe)) continue;
    if (DETERMINER_BEFORE_VERB.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "had filed compliance reports by Wednesday": after a past verb in its clause the -s form is that verb's object.
    const clauseBefore = text.slice(sentence.start, m.index).split(/[,;:]/).at(-1) ?? "";
    if (PAST_CUE_IN.test(clauseBefore)) continue;
    const distance = start - mEnd;
    if (best === undefined || distance < best.distance) best = { distance, direction: "future" };
  }
  // "pay down the loan by February", "loans through January": a deadline preposition points ahead, unless a verb
  // near the expression says otherwise ("prices rose through March"), the sentence is in the past perfect ("had purchased shares through
  // Sept. 29", "Until Thursday, they had not called him") or the preposition closes a range ("this year through
  // August").
  const before = text.slice(Math.max(0, start - 40), start);
  if (
    DEADLINE_BEFORE.test(before) &&
    !RANGE_BEFORE.test(before) &&
    !pastPerfectGoverns(text.slice(sentence.start, sentence.end), start - sentence.start) &&
    (best === undefined || best.distance > (best.direction === "past" ? NEAR_PAST_VERB : 3))
  )
    return "future";
  return best?.direction ?? "unknown";
}
