/**
 * "the day before last Tuesday's hearing", "the day after Dec. 6": a day counted from a named day is one expression
 * whose value is that day shifted by one; "the week of March 6" is the ISO week holding that day. Runs after
 * anchoring, on finished values.
 */
import type { Timex } from "../../../core/document.js";
import { addDays, daysInMonth, formatDate, formatWeek } from "../calendar.js";
import type { RefineContext } from "../types.js";

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_BEFORE_AFTER = /\b(?:the\s+)?day\s+(before|after)\s+$/i;
const WEEK_OF = /\bthe\s+week\s+of\s+$/i;
/** How far back from a day expression "the day before" may start. */
const LOOKBEHIND = 20;

export function relateToNamedDay(times: readonly Timex[], context: RefineContext): Timex[] {
  return times.map((t) => {
    const day = DAY_ONLY.exec(t.value);
    if (day === null) return t;
    const from = Math.max(0, t.start - LOOKBEHIND);
    const before = context.text.slice(from, t.start);
    const date = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
    const week = WEEK_OF.exec(before);
    if (week !== null) return { ...t, start: from + week.index, value: formatWeek(date), rule: "times:week-of" };
    const m = DAY_BEFORE_AFTER.exec(before);
    if (m === null) return t;
    const value = formatDate(addDays(date, m[1]!.toLowerCase() === "before" ? -1 : 1));
    return { ...t, start: from + m.index, value, rule: "times:day-before-after" };
  });
}

/** "April 24 and 25", "Dec. 6 to 8": a second day number after a month and day, not followed by a unit or amount. */
const SECOND_DAY = /^\s*(?:and|to|through|-|–)\s*(\d{1,2})(?=\s*[,.;:)]|\s+(?:in|at|on|of|when|with)\b|\s*$)/;

/**
 * The second day of a range written with one month ("the summit on April 24 and 25") is an expression of its own
 * in the same month. Runs after anchoring, on finished values.
 */
export function addSecondDayOfRange(times: readonly Timex[], context: RefineContext): Timex[] {
  const out: Timex[] = [];
  for (const t of times) {
    out.push(t);
    const day = DAY_ONLY.exec(t.value);
    if (day === null) continue;
    const [year, month, first] = [Number(day[1]), Number(day[2]), Number(day[3])];
    // The expression must end on its day number ("April 24", not "Dec. 6, 1999").
    const lastNumber = /(\d+)$/.exec(context.text.slice(t.start, t.end))?.[1];
    if (lastNumber === undefined || Number(lastNumber) !== first) continue;
    const m = SECOND_DAY.exec(context.text.slice(t.end, t.end + 16));
    if (m === null) continue;
    const second = Number(m[1]);
    if (second <= first || second > daysInMonth(year, month)) continue;
    const end = t.end + m.index + m[0].length;
    const start = end - m[1]!.length;
    if (times.some((o) => o.start < end && start < o.end)) continue;
    out.push({ ...t, start, end, value: formatDate({ year, month, day: second }), rule: "times:second-day" });
  }
  return out;
}
