/**
 * A day named without its year and followed by a year reference ("Christmas Day last year", "Election Day this
 * year", "March 4 next year") is in that year, whatever the nearest-year guess chose. Runs after anchoring, on
 * finished values; the year reference keeps its own expression.
 */
import type { Timex } from "../../../core/document.js";
import { formatDate } from "../calendar.js";
import { holidayIn } from "../recognisers/holidays.js";
import type { RefineContext } from "../types.js";

/** What may stand between the day and its year: spaces, or a comma ("March 4, last year" is rare but written). */
const BETWEEN = /^,?\s+$/;
const YEAR_REFERENCE = /^(?:this|last|next)\s+year$/i;
const DAY_VALUE = /^\d{4}(-\d{2}-\d{2}(?:T.*)?)$/;

export function yearAfterDay(times: readonly Timex[], context: RefineContext): Timex[] {
  const sorted = [...times].sort((a, b) => a.start - b.start);
  const byStart = new Map<Timex, Timex>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const day = sorted[i] as Timex;
    const year = sorted[i + 1] as Timex;
    const suffix = DAY_VALUE.exec(day.value)?.[1];
    if (!suffix || !/^\d{4}$/.test(year.value)) continue;
    if (!BETWEEN.test(context.text.slice(day.end, year.start))) continue;
    if (!YEAR_REFERENCE.test(context.text.slice(year.start, year.end))) continue;
    // The day's own year was a guess only when the text does not write one inside it.
    if (/\b\d{4}\b/.test(context.text.slice(day.start, day.end))) continue;
    // A named day that moves with the calendar ("Election Day", "Thanksgiving") is worked out again for that year.
    const named = holidayIn(context.text.slice(day.start, day.end), Number(year.value));
    const value = named && suffix.length === 6 ? formatDate(named) : `${year.value}${suffix}`;
    byStart.set(day, { ...day, value });
  }
  return times.map((t) => byStart.get(t) ?? t);
}
