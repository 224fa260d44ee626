/**
 * Calendar arithmetic for TIMEX3 values: the anchor, day/month/week/quarter shifts and ISO 8601 week numbers.
 * Everything works on plain {year, month, day} records in UTC so no local time zone can move a date.
 */

/** The date (and, when known, the time) that relative expressions are read against. */
export interface Anchor {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31. */
  readonly day: number;
  readonly hour?: number;
  readonly minute?: number;
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_ANCHOR = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2}))?/;

/**
 * Reads an ISO 8601 date or date-time ("2017-12-12", "2017-12-12T10:30:00+03:00", "19980108"). The date is taken as
 * written, without converting any offset, because the writer's calendar day is what "yesterday" counts from.
 */
export function parseAnchor(iso: string | undefined): Anchor | undefined {
  if (iso === undefined) return undefined;
  const m = ISO_ANCHOR.exec(iso.trim());
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (m[4] === undefined) return { year, month, day };
  return { year, month, day, hour: Number(m[4]), minute: Number(m[5]) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(d: Ymd): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}

function fromUtc(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Shifts by whole months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(d: Ymd, months: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: Ymd): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week (the week with the year's first Thursday is week 1). */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = toUtc({ year: thursday.year, month: 1, day: 1 });
  const ordinal = Math.round((toUtc(thursday).getTime() - jan1.getTime()) / 86_400_000);
  return { year: thursday.year, week: Math.floor(ordinal / 7) + 1 };
}

/** Days from a to b (b − a). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function formatYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

export function formatDate(d: Ymd): string {
  return `${formatYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${formatYear(w.year)}-W${pad(w.week)}`;
}

export function formatQuarter(year: number, quarter: number): string {
  return `${formatYear(year)}-Q${quarter}`;
}

/** A time of day as TIMEX3 writes it after the "T": "15:00", "09:30". */
export function formatClock(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`;
}
