/**
 * A time of day standing apart from its date ("at about 10:35 a.m. (0735 GMT) Friday", "will leave at 4 in the
 * morning (4 a.m. EDT Thursday)") takes the day named in the same sentence rather than the anchor's day. Runs after
 * anchoring, on finished values.
 */
import type { Timex } from "../../../core/document.js";
import { sentenceAround } from "../tense.js";
import type { RefineContext } from "../types.js";

const BARE_CLOCK_RULES = new Set(["times:clock", "times:clock-24", "times:noon", "times:oclock"]);
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;

export function attachClocksToSentenceDates(times: readonly Timex[], context: RefineContext): Timex[] {
  return times.map((t) => {
    if (t.type !== "TIME" || !BARE_CLOCK_RULES.has(t.rule) || t.certainty !== "inferred") return t;
    const sentence = sentenceAround(context.text, t.start, t.end);
    let best: Timex | undefined;
    for (const d of times) {
      if (d === t || BARE_CLOCK_RULES.has(d.rule) || !DAY_VALUE.test(d.value)) continue;
      if (d.start < sentence.start || d.end > sentence.end) continue;
      const distance = d.start > t.end ? d.start - t.end : t.start - d.end;
      const bestDistance =
        best === undefined ? Number.POSITIVE_INFINITY : best.start > t.end ? best.start - t.end : t.start - best.end;
      if (distance < bestDistance) best = d;
    }
    if (best === undefined) return t;
    return { ...t, value: `${best.value.slice(0, 10)}${t.value.slice(t.value.indexOf("T"))}` };
  });
}
