/**
 * Expressions that point back at one the text already used: "that year", "the same day", "the quarter", and the
 * earnings-report habit of comparing with "a year earlier" (the reported quarter a year back).
 */
import { addDays, formatDate, formatYear, quarterOf } from "../calendar.js";
import type { Unit } from "../lexicon.js";
import { dayOffset, unitShift } from "../resolve.js";
import type { ResolveContext } from "../types.js";

/** Granularity of a TIMEX3 date value, to find the last mention "that year" or "the same day" points back to. */
export function granularityOf(value: string): Unit | undefined {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return "day";
  if (/^\d{4}-W\d{2}$/.test(value)) return "week";
  if (/^\d{4}-\d{2}$/.test(value)) return "month";
  if (/^\d{4}-Q\d$/.test(value)) return "quarter";
  if (/^\d{4}$/.test(value)) return "year";
  return undefined;
}

/**
 * "that year", "the same month", "the following year": the last mention of that granularity, else the anchor's.
 * With `skipComparisons`, mentions that only count back from the text's period ("a year ago") are passed over:
 * "delayed earlier in the year" after "higher than a year ago" is still the current year.
 */
export function anaphoricUnit(
  ctx: ResolveContext,
  unit: Unit,
  n: number,
  range = 2000,
  skipComparisons = false,
): string {
  for (let i = ctx.previous.length - 1; i >= 0; i--) {
    const prev = ctx.previous[i]!;
    if (ctx.start - prev.end > range) break;
    if (prev.type !== "DATE" && prev.type !== "TIME") continue;
    if (skipComparisons && DERIVED_RULES.has(prev.rule)) continue;
    const v = prev.value;
    const year = /^(\d{4})/.exec(v)?.[1];
    if (year === undefined) continue;
    if (unit === "year") return formatYear(Number(year) + n);
    const g = granularityOf(v);
    if (unit === "quarter" && g === "quarter") {
      const q = Number(v.slice(6)) - 1 + n;
      return `${Number(year) + Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    }
    if (unit === "month" && (g === "month" || g === "day")) {
      const index = Number(year) * 12 + Number(v.slice(5, 7)) - 1 + n;
      return `${formatYear(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, "0")}`;
    }
    if (unit === "day" && g === "day" && n === 0) return v.slice(0, 10);
  }
  return unitShift(ctx, unit, n);
}

/**
 * "that day", "the next morning": the day last mentioned (with a day in its value), else the anchor's. When the
 * last date mentioned is a month ("killed last October … crossed out that same day"), "that day" is a day of that
 * month whose number the text does not give: 1998-10-XX.
 */
export function anaphoricDay(ctx: ResolveContext, n: number): string {
  for (let i = ctx.previous.length - 1; i >= 0; i--) {
    const prev = ctx.previous[i]!;
    const v = prev.value;
    if (/^\d{4}-\d{2}-\d{2}/.test(v)) {
      return formatDate(
        addDays({ year: Number(v.slice(0, 4)), month: Number(v.slice(5, 7)), day: Number(v.slice(8, 10)) }, n),
      );
    }
    if (n === 0 && prev.type === "DATE" && granularityOf(v) === "month" && ctx.start - prev.end <= SAME_DAY_REACH)
      return `${v}-XX`;
    if (ctx.start - prev.end > 1500) break;
  }
  return dayOffset(ctx, n);
}

/** How far back a month may stand and still be the one "that same day" falls in: the sentence before, roughly. */
const SAME_DAY_REACH = 250;

/** "the quarter": the last quarter mentioned, else the one before the anchor's (earnings are reported after it ends). */
export function anaphoricQuarter(ctx: ResolveContext): string {
  return lastQuarter(ctx, Number.POSITIVE_INFINITY) ?? unitShift(ctx, "quarter", -1);
}

/** Rules whose quarter values point back a year; "the quarter" must not take them as the quarter the text is about. */
const DERIVED_RULES = new Set([
  "times:units-ago",
  "times:year-earlier",
  "times:year-earlier-period",
  "times:year-period",
]);

/** A money or earnings word: the sentence reports results, where "a year earlier" means the same quarter a year back. */
const FINANCIAL =
  /\$|\bcents?\b|\bshares?\b|\bnet\b|\bearn|\bprofit|\bloss|\brevenue|\bsales\b|\bincome\b|\bpence\b|\byen\b|\bmarks\b|\bC\$/i;

/**
 * The quarter the text last reported on, if within `range` characters: not one already counted back a year, and
 * not one still to come ("the third quarter of 1990" in 1989 is a forecast, not the period reported).
 */
export function lastQuarter(ctx: ResolveContext, range: number): string | undefined {
  const a = ctx.anchor;
  const now = a === undefined ? Number.POSITIVE_INFINITY : a.year * 4 + quarterOf(a.month) - 1;
  for (let i = ctx.previous.length - 1; i >= 0; i--) {
    const prev = ctx.previous[i]!;
    if (ctx.start - prev.end > range) break;
    if (DERIVED_RULES.has(prev.rule)) continue;
    const q = /^(\d{4})-Q(\d)$/.exec(prev.value);
    // A reported quarter has ended, and not more than a year before the report.
    const index = q === null ? undefined : Number(q[1]) * 4 + Number(q[2]) - 1;
    if (index !== undefined && index <= now && now - index < 4) return prev.value;
  }
  return undefined;
}

/** Totals over several quarters that earnings reports give after the quarter: "the first nine months", "the half". */
const MULTI_QUARTER_TOTAL = /^P(?:9M|6M|3Q|2Q)$/;

/**
 * True when the last period the text spoke of, since its last reported quarter, is a total over several quarters
 * ("In the nine months, net was $306 million, against a loss in the 1988 period"): a comparison then reaches back
 * to that total, which TimeML dates by its year.
 */
export function speaksOfMultiQuarterTotal(ctx: ResolveContext): boolean {
  for (let i = ctx.previous.length - 1; i >= 0; i--) {
    const prev = ctx.previous[i]!;
    if (ctx.start - prev.end > 1500) return false;
    if (prev.type === "DURATION" && MULTI_QUARTER_TOTAL.test(prev.value)) return true;
    if (!DERIVED_RULES.has(prev.rule) && /^\d{4}-Q\d$/.test(prev.value)) return false;
  }
  return false;
}

/**
 * Earnings reports compare a quarter with "a year earlier": when the sentence reports results and the text has been
 * speaking of a quarter, the value is that quarter a year back (1988-Q3), as TimeBank writes it.
 */
export function quarterContext(ctx: ResolveContext): string | undefined {
  const sentence = ctx.text.slice(Math.max(0, ctx.start - 200), ctx.end + 50);
  if (!FINANCIAL.test(sentence)) return undefined;
  if (speaksOfMultiQuarterTotal(ctx)) return undefined;
  const q = lastQuarter(ctx, 1500);
  if (q === undefined) return undefined;
  return `${Number(q.slice(0, 4)) - 1}-Q${q.slice(6)}`;
}

/** How far back a stated year may stand and still be the one "two years earlier" counts from: the sentence before. */
const EARLIER_REACH = 300;

/**
 * "In 2004 he was sentenced for a killing two years earlier": "earlier" counts back from the time the narrative
 * stands at, not from the day of writing ("ago" does that). The last date the text states itself (not one worked
 * out from the anchor), within the sentence before, gives the year; with none, the caller falls back to the anchor.
 */
export function yearsBeforeStatedDate(ctx: ResolveContext, years: number): string | undefined {
  for (let i = ctx.previous.length - 1; i >= 0; i--) {
    const prev = ctx.previous[i]!;
    if (ctx.start - prev.end > EARLIER_REACH) return undefined;
    if (prev.type !== "DATE" || prev.certainty !== "stated" || DERIVED_RULES.has(prev.rule)) continue;
    const year = /^(\d{4})(?:$|-\d{2}(?:$|-\d{2}$))/.exec(prev.value)?.[1];
    if (year !== undefined) return formatYear(Number(year) - years);
  }
  return undefined;
}
