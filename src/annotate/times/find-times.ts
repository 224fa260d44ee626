/**
 * findTimes: the recognisers run over the text, each match becomes a candidate, and the refiners check, merge,
 * de-duplicate and anchor the candidates into TIMEX3 values (chrono's parsers + refiners, with TimeML output).
 */
import type { Timex } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { parseAnchor } from "./calendar.js";
import { clockRecognisers } from "./recognisers/clock.js";
import { dateRecognisers } from "./recognisers/dates.js";
import { dayRecognisers } from "./recognisers/days.js";
import { durationRecognisers } from "./recognisers/durations.js";
import { holidayRecognisers } from "./recognisers/holidays.js";
import { quarterRecognisers } from "./recognisers/quarters.js";
import { referenceRecognisers } from "./recognisers/references.js";
import { setRecognisers } from "./recognisers/sets.js";
import { TRIGGERS } from "./recognisers/triggers.js";
import { unitRecognisers } from "./recognisers/units.js";
import { anchorCandidates } from "./refiners/anchor.js";
import { attachClocksToSentenceDates } from "./refiners/clock-date.js";
import { dropNegatives } from "./refiners/drop-negatives.js";
import { mergeDateAndTime } from "./refiners/merge-date-time.js";
import { addSecondDayOfRange, relateToNamedDay } from "./refiners/relative-to-day.js";
import { removeOverlaps } from "./refiners/remove-overlaps.js";
import { yearAfterDay } from "./refiners/year-after-day.js";
import type { Candidate, Recogniser, RefineContext, Refiner } from "./types.js";

export interface FindTimesOptions {
  /** ISO date or date-time the relative expressions count from: the document's creation or publication date. */
  readonly anchor?: string;
  /** Only expressions wholly inside these ranges are returned (e.g. the body); the default is the whole text. */
  readonly spans?: readonly Span[];
  /**
   * What `recognise(text)` gives, when the caller has it already: the candidates depend on the text alone (and are
   * never changed), so a text read twice, with two anchors or spans, is recognised once.
   */
  readonly recognised?: readonly Candidate[];
}

/** Every recogniser, in no particular order: the refiners decide between overlapping candidates. */
export const RECOGNISERS: readonly Recogniser[] = [
  ...dateRecognisers,
  ...dayRecognisers,
  ...unitRecognisers,
  ...quarterRecognisers,
  ...durationRecognisers,
  ...setRecognisers,
  ...clockRecognisers,
  ...referenceRecognisers,
  ...holidayRecognisers,
];

/** The refiners that run before anchoring, in order. */
export const REFINERS: readonly Refiner[] = [dropNegatives, mergeDateAndTime, removeOverlaps];

/**
 * Whether a recogniser's trigger (triggers.ts) is in `text`; true for one without a trigger. Several recognisers
 * share one trigger (the month names, the weekdays), and each test scans the whole text, so each trigger is tested
 * once per text.
 */
function triggerTester(text: string): (recogniser: string) => boolean {
  const found = new Map<RegExp, boolean>();
  return (recogniser) => {
    const trigger = TRIGGERS.get(recogniser);
    if (trigger === undefined) return true;
    let hit = found.get(trigger);
    if (hit === undefined) {
      hit = trigger.test(text);
      found.set(trigger, hit);
    }
    return hit;
  };
}

/** Runs every recogniser over the text and collects their candidates. */
export function recognise(text: string, recognisers: readonly Recogniser[] = RECOGNISERS): Candidate[] {
  const out: Candidate[] = [];
  const triggered = triggerTester(text);
  for (const r of recognisers) {
    // A recogniser whose required words are not in the text cannot match (see triggers.ts).
    if (!triggered(r.name)) continue;
    // The recogniser's own global pattern, rewound: a copy per text cost more than the scan of a short text.
    const pattern = r.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const found = r.extract(m, text);
      if (found === null) continue;
      for (const c of Array.isArray(found) ? found : [found as Candidate]) {
        if (c.end > c.start) out.push(c);
      }
    }
  }
  return out;
}

/** Finds the time expressions in `text` and gives each its TIMEX3 type and value. */
export function findTimes(text: string, options: FindTimesOptions = {}): Timex[] {
  const context: RefineContext = { text, anchor: parseAnchor(options.anchor) };
  let candidates: readonly Candidate[] = options.recognised ?? recognise(text);
  if (options.spans !== undefined) {
    const spans = options.spans;
    candidates = candidates.filter((c) => spans.some((s) => s.start <= c.start && c.end <= s.end));
  }
  for (const refine of REFINERS) candidates = refine(candidates, context);
  const anchored = attachClocksToSentenceDates(anchorCandidates(candidates, context), context);
  return yearAfterDay(addSecondDayOfRange(relateToNamedDay(anchored, context), context), context);
}
