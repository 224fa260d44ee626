/**
 * Anchoring: the functions that turn a partial or relative expression into a TIMEX3 value against the anchor.
 * Each takes the ResolveContext and writes X for whatever the anchor would have supplied when there is none
 * ("December 6" without an anchor → XXXX-12-06).
 */
import {
  type Anchor,
  addDays,
  addMonths,
  daysBetween,
  formatClock,
  formatDate,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  isoWeekday,
  quarterOf,
  type Ymd,
} from "./calendar.js";
import type { Unit } from "./lexicon.js";
import { sentenceAround } from "./tense.js";
import type { ResolveContext } from "./types.js";

const pad = (n: number): string => String(n).padStart(2, "0");

/** The anchor's day plus `days` ("yesterday" = −1). */
export function dayOffset(ctx: ResolveContext, days: number): string {
  const a = ctx.anchor;
  return a === undefined ? "XXXX-XX-XX" : formatDate(addDays(a, days));
}

/** A month and day without a year ("December 6"): the year that puts it nearest the anchor (see nearestYear). */
export function monthDay(ctx: ResolveContext, month: number, day: number): string {
  if (ctx.anchor === undefined) return `XXXX-${pad(month)}-${pad(day)}`;
  return formatDate(nearestYear(ctx, (year) => ({ year, month, day })));
}

/**
 * How much nearer a future date must be than the past one to win when nothing in the sentence points forward: news
 * mostly reports what happened, so "Oct. 23" in May is last October, but "Dec. 21" in late October is this December.
 */
const FUTURE_PENALTY = 3;

/**
 * The occurrence of a yearly date (given per year by `dateIn`) that the text most likely means: the next one on or
 * after the anchor when a modal or "next" points forward, else the last one on or before it unless the next is more
 * than three times nearer. (Past-tense cues are not used: "-ed" words are too often participles.)
 */
export function nearestYear(ctx: ResolveContext, dateIn: (year: number) => Ymd): Ymd {
  const a = ctx.anchor!;
  const options = [a.year - 1, a.year, a.year + 1].map((year) => {
    const date = dateIn(year);
    return { date, d: daysBetween(a, date) };
  });
  const dir = ctx.direction();
  const past = options.filter((o) => o.d <= 0).at(-1) ?? options[0]!;
  const next = options.find((o) => o.d > 0) ?? options[2]!;
  if (dir === "future") return (past.d === 0 || (next.d > 300 && -past.d < 30) ? past : next).date;
  return (next.d * FUTURE_PENALTY < -past.d ? next : past).date;
}

/**
 * A reporting verb just before an expression ("said in March": when it was said), or a few words before it after a
 * listener ("told the council in March"). Not "said a cut in March": there the month belongs to what was said,
 * which may lie ahead.
 */
const REPORTED_BEFORE =
  /(?:\b(?:told|informed|assured|briefed)\b(?:\s+[\p{L}'’]+){0,3}\s+(?:in|on|last)|\b(?:said|announced|stated|declared|wrote|testified)\s+(?:in|on|last))\s*$/iu;

/** Words of an election or vote in the sentence around a bare month. */
const ELECTION_WORDS =
  /\b(?:elections?|electoral|ballots?|votes?|voting|voters|polls|midterms?|re-?election|primary|primaries|caucus(?:es)?|referendum|nominee)\b/i;

/** How far ahead an election month may lie and still be the coming one. */
const ELECTION_AHEAD_MONTHS = 6;

function sentenceText(ctx: ResolveContext): string {
  const s = sentenceAround(ctx.text, ctx.start, ctx.end);
  return ctx.text.slice(s.start, s.end);
}

/** A month without a year ("in March"): the last such month up to the anchor's, or the next as for nearestYear. */
export function monthOnly(ctx: ResolveContext, month: number): string {
  const a = ctx.anchor;
  if (a === undefined) return `XXXX-${pad(month)}`;
  const back = (a.month - month + 12) % 12;
  const ahead = (month - a.month + 12) % 12;
  const dir = ctx.direction();
  // "join in April … the summit in April": with no tense of its own, a month named again means the one just named.
  const again = dir === "unknown" ? sameMonthNamedBefore(ctx, month) : undefined;
  if (again !== undefined) return again;
  // "told the council in March": a reporting verb just before the month dates what was said, so it lies behind the
  // anchor however near the next March is. (General past-tense cues are too noisy for this; see nearestYear.)
  const reported = REPORTED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));
  // "winning in November", "on the ballot in November": with no tense to say otherwise, an election or vote in a
  // month within half a year is the coming one, as voters and candidates look ahead to it.
  const vote =
    dir === "unknown" && ahead > 0 && ahead <= ELECTION_AHEAD_MONTHS && ELECTION_WORDS.test(sentenceText(ctx));
  const future =
    dir === "future" ? ahead > 0 || back > 0 : vote || (!reported && ahead > 0 && ahead * FUTURE_PENALTY < back);
  if (back === 0) return formatMonth(a.year, month);
  return formatMonth(future ? (month > a.month ? a.year : a.year + 1) : month < a.month ? a.year : a.year - 1, month);
}

/** How far back (in characters) a bare month looks for the same month named without a year: a paragraph or two. */
const SAME_MONTH_REACH = 600;

/**
 * The value of the same month named a little earlier, also without a year ("in April"), or undefined. Only an
 * inferred mention counts: after "March 1988", a bare "March" is as often this year's.
 */
function sameMonthNamedBefore(ctx: ResolveContext, month: number): string | undefined {
  for (let i = ctx.previous.length - 1; i >= 0; i--) {
    const prev = ctx.previous[i]!;
    if (ctx.start - prev.end > SAME_MONTH_REACH) return undefined;
    if (prev.certainty !== "inferred" || prev.type !== "DATE") continue;
    const m = /^(\d{4})-(\d{2})$/.exec(prev.value);
    if (m !== null && Number(m[2]) === month) return prev.value;
  }
  return undefined;
}

/**
 * A weekday ("Friday"): within the week around the anchor, the latest on or before it in the past tense, the next on
 * or after it in the future. `shift` −1 is "last Friday" (strictly before the anchor), +1 "next Friday".
 */
export function weekday(ctx: ResolveContext, wd: number, shift: -1 | 0 | 1 = 0): string {
  const a = ctx.anchor;
  if (a === undefined) return `XXXX-WXX-${wd}`;
  const today = isoWeekday(a);
  const back = (today - wd + 7) % 7;
  const ahead = (wd - today + 7) % 7;
  if (shift === -1) return formatDate(addDays(a, -(back === 0 ? 7 : back)));
  if (shift === 1) return formatDate(addDays(a, ahead === 0 ? 7 : ahead));
  const dir = ctx.direction();
  if (dir === "future") return formatDate(addDays(a, ahead));
  return formatDate(addDays(a, -back));
}

/** The anchor shifted by `n` units, written at that unit's granularity: "last week" → 2017-W49, "next year" → 2018. */
export function unitShift(ctx: ResolveContext, unit: Unit, n: number): string {
  const a = ctx.anchor;
  switch (unit) {
    case "day":
      return dayOffset(ctx, n);
    case "week":
    case "weekend": {
      if (a === undefined) return unit === "weekend" ? "XXXX-WXX-WE" : "XXXX-WXX";
      const w = formatWeek(addDays(a, 7 * n));
      return unit === "weekend" ? `${w}-WE` : w;
    }
    case "month": {
      if (a === undefined) return "XXXX-XX";
      const d = addMonths(a, n);
      return formatMonth(d.year, d.month);
    }
    case "quarter": {
      if (a === undefined) return "XXXX-QX";
      const index = a.year * 4 + quarterOf(a.month) - 1 + n;
      return formatQuarter(Math.floor(index / 4), (index % 4) + 1);
    }
    case "year":
      return a === undefined ? "XXXX" : formatYear(a.year + n);
    case "decade":
      return a === undefined ? "XXX" : String(Math.floor(a.year / 10) + n);
    case "century":
      return a === undefined ? "XX" : String(Math.floor(a.year / 100) + n);
    case "millennium":
      return a === undefined ? "X" : String(Math.floor(a.year / 1000) + n);
    case "hour":
    case "minute":
    case "second": {
      if (a === undefined) return "XXXX-XX-XXTXX:XX";
      return timeShift(a, unit, n);
    }
  }
}

function timeShift(a: Anchor, unit: "hour" | "minute" | "second", n: number): string {
  if (a.hour === undefined) return formatDate(addDays(a, unit === "hour" ? Math.trunc(n / 24) : 0));
  const minutes =
    a.hour * 60 + (a.minute ?? 0) + (unit === "hour" ? n * 60 : unit === "minute" ? n : Math.trunc(n / 60));
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  const d = addDays(a, days);
  return `${formatDate(d)}T${formatClock(Math.floor(rest / 60), rest % 60)}`;
}

/**
 * `n` units before (negative) or after the anchor at the unit's granularity: "two weeks ago" → the week two weeks
 * back, "11 days ago" → that day, "42 years ago" → that year, "two decades ago" → that year.
 */
export function agoValue(ctx: ResolveContext, unit: Unit, n: number): string {
  const a = ctx.anchor;
  if (unit === "decade" || unit === "century" || unit === "millennium") {
    const years = n * (unit === "decade" ? 10 : unit === "century" ? 100 : 1000);
    return a === undefined ? "XXXX" : formatYear(a.year + Math.trunc(years));
  }
  if (!Number.isInteger(n)) {
    // "two and a half years ago": step down to months or days.
    if (unit === "year") return agoValue(ctx, "month", Math.round(n * 12));
    if (unit === "month") return agoValue(ctx, "day", Math.round(n * 30));
    if (unit === "week") return agoValue(ctx, "day", Math.round(n * 7));
  }
  if (unit === "quarter") return unitShift(ctx, "quarter", n);
  return unitShift(ctx, unit, n);
}

/** A season: "this summer" → 2017-SU, "last fall" → the fall before the anchor. */
export function season(ctx: ResolveContext, code: string, shift: number | "nearest"): string {
  const a = ctx.anchor;
  if (a === undefined) return `XXXX-${code}`;
  // The month each season is mostly in; winter is counted to the year it starts in.
  const mid: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 12 };
  const current = seasonOf(a.month);
  if (shift === "nearest") {
    const dir = ctx.direction();
    if (code === current.code) return `${formatYear(current.year(a.year))}-${code}`;
    let year = a.year;
    const m = mid[code]!;
    if (dir === "past" && m > a.month) year--;
    else if (dir === "future" && m < a.month) year++;
    return `${formatYear(year)}-${code}`;
  }
  // last/next: step whole years from this year's season of that name.
  const m = mid[code]!;
  let year = a.year;
  if (shift < 0 && m >= a.month) year--;
  if (shift > 0 && m <= a.month) year++;
  if (shift === 0) year = code === "WI" && a.month <= 2 ? a.year - 1 : a.year;
  return `${formatYear(year)}-${code}`;
}

function seasonOf(month: number): { code: string; year: (y: number) => number } {
  if (month >= 3 && month <= 5) return { code: "SP", year: (y) => y };
  if (month >= 6 && month <= 8) return { code: "SU", year: (y) => y };
  if (month >= 9 && month <= 11) return { code: "FA", year: (y) => y };
  return { code: "WI", year: (y) => (month <= 2 ? y - 1 : y) };
}

/**
 * A quarter without a year ("the third quarter", "Q3"): the one nearest the anchor, a tie going to the past; earnings
 * news speaks of the quarter just ended.
 */
export function quarter(ctx: ResolveContext, q: number): string {
  const a = ctx.anchor;
  if (a === undefined) return `XXXX-Q${q}`;
  const current = quarterOf(a.month);
  // The latest such quarter up to the anchor's own: "expects to report third-quarter results" in October is about
  // the quarter just ended, whatever the tense; a later quarter needs "next year's".
  return formatQuarter(q <= current ? a.year : a.year - 1, q);
}

/** A half year: "the first half" → 2017-H1, nearest the anchor like quarters. */
export function half(ctx: ResolveContext, h: number): string {
  const a = ctx.anchor;
  if (a === undefined) return `XXXX-H${h}`;
  const current = a.month <= 6 ? 1 : 2;
  const year = h > current && ctx.direction() !== "future" ? a.year - 1 : a.year;
  return `${formatYear(year)}-H${h}`;
}

/** The anchor's date with a time of day: "3 p.m." → 2017-12-12T15:00, "this morning" → 2017-12-12TMO. */
export function withClock(dateValue: string, clock: string): string {
  return `${dateValue}${clock.startsWith("T") ? clock : `T${clock}`}`;
}

/** The anchor's year, or XXXX. */
export function anchorYear(ctx: ResolveContext): number | undefined {
  return ctx.anchor?.year;
}

export function ymdOf(a: Anchor): Ymd {
  return { year: a.year, month: a.month, day: a.day };
}
