/** Named days: "Christmas", "Thanksgiving Day", "New Year's Day", "Election Day", "Easter" — but not greetings. */
import { addDays, formatDate, formatWeek, isoWeekday, type Ymd } from "../calendar.js";
import { nearestYear } from "../resolve.js";
import { B, E, group, matchSpan, recogniser, rx } from "./helpers.js";

/** The nth weekday (ISO 1–7) of a month; n = −1 is the last. */
function nthWeekday(year: number, month: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { year, month, day: 1 };
    const shift = (wd - isoWeekday(first) + 7) % 7;
    return addDays(first, shift + 7 * (n - 1));
  }
  const last = addDays({ year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
  const fixedLast = month === 12 ? { year, month: 12, day: 31 } : last;
  return addDays(fixedLast, -((isoWeekday(fixedLast) - wd + 7) % 7));
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const HOLIDAYS: Record<string, (year: number) => Ymd> = {
  christmas: (year) => ({ year, month: 12, day: 25 }),
  "christmas day": (year) => ({ year, month: 12, day: 25 }),
  "christmas eve": (year) => ({ year, month: 12, day: 24 }),
  "new year's day": (year) => ({ year, month: 1, day: 1 }),
  "new year's eve": (year) => ({ year, month: 12, day: 31 }),
  thanksgiving: (year) => nthWeekday(year, 11, 4, 4),
  "thanksgiving day": (year) => nthWeekday(year, 11, 4, 4),
  "election day": (year) => addDays(nthWeekday(year, 11, 1, 1), 1),
  "independence day": (year) => ({ year, month: 7, day: 4 }),
  "labor day": (year) => nthWeekday(year, 9, 1, 1),
  "memorial day": (year) => nthWeekday(year, 5, 1, -1),
  "veterans day": (year) => ({ year, month: 11, day: 11 }),
  easter: easter,
  "easter sunday": easter,
  "easter monday": (year) => addDays(easter(year), 1),
  halloween: (year) => ({ year, month: 10, day: 31 }),
  "valentine's day": (year) => ({ year, month: 2, day: 14 }),
  "boxing day": (year) => ({ year, month: 12, day: 26 }),
};

/** The date of a named day in a given year ("Election Day", 2016 → 2016-11-08), or undefined for another name. */
export function holidayIn(name: string, year: number): Ymd | undefined {
  const key = name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ");
  return HOLIDAYS[key]?.(year);
}

/** Greetings name a holiday without dating anything: "Happy New Year", "Merry Christmas". */
export const GREETING_BEFORE = /\b(?:happy|merry|blessed|joyous|joyful|season['’]s)\s+$/i;

/** Nouns after a holiday's name that name a kind of thing rather than the day or an event on it. */
const SEASONAL_THING_AFTER =
  /^\s+(?:cards?|spirit|shopping|carols?|music|movies?|films?|songs?|sweaters?|decorations?|lights|ornaments?|stockings?|eggs?|bunny|candy|costumes?|wish\s+lists?|bonus(?:es)?)\b/;

export const holiday = recogniser(
  "holiday",
  rx(
    `${B}(?:(?<rel>last|next|this)\\s+)?(?<name>Christmas(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?|New\\s+Year['’]s\\s+(?:Day|Eve)|Election\\s+Day|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Veterans['’]?\\s+Day|Easter(?:\\s+(?:Sunday|Monday))?|Halloween|Valentine['’]s\\s+Day|Boxing\\s+Day)(?<week>\\s+[Ww]eek)?(?:,?\\s+(?:in\\s+|of\\s+)?(?<year>\\d{4}))?${E}`,
    true,
  ),
  (m, text, rule) => {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (GREETING_BEFORE.test(before)) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "Christmas tree", "Thanksgiving dinner": the holiday as a noun modifier still dates it, but "Christmas Island" does not.
    if (/^\s+(?:Island|Carol|Story|Seal|Mountains?)\b/.test(after)) return null;
    // "Christmas card list", "the Christmas spirit", "Easter eggs": things of the season, which date no day.
    if (SEASONAL_THING_AFTER.test(after)) return null;
    const name = group(m, "name")!
      .toLowerCase()
      .replace(/\s+/g, " ")
      .replace(/’/g, "'")
      .replace(/^veterans' day$/, "veterans day");
    const dateIn = HOLIDAYS[name];
    if (dateIn === undefined) return null;
    const year = group(m, "year");
    const span = matchSpan(m);
    // "Easter week", "Christmas week": the (ISO) week holding the day.
    const week = group(m, "week") !== undefined;
    const format = week ? formatWeek : formatDate;
    if (year !== undefined) return { ...span, type: "DATE", value: format(dateIn(Number(year))), rule, day: !week };
    const rel = group(m, "rel")?.toLowerCase();
    return {
      ...span,
      type: "DATE",
      resolve: (ctx) => {
        const a = ctx.anchor;
        if (a === undefined) {
          if (week) return "XXXX-WXX";
          const d = dateIn(2001);
          return /easter|thanksgiving|election|labor|memorial/.test(name)
            ? "XXXX-XX-XX"
            : `XXXX-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
        }
        if (rel === "last") return format(nearestYear({ ...ctx, direction: () => "past" }, dateIn));
        if (rel === "next") return format(nearestYear({ ...ctx, direction: () => "future" }, dateIn));
        return format(nearestYear(ctx, dateIn));
      },
      rule,
      day: !week,
    };
  },
);

/**
 * Words that make "Sept. 11" or "9/11" the name of the 2001 attacks rather than a day of the current year: "the
 * Sept. 11 attacks", "families of 9/11 victims", "the 9/11 Commission", "post-9/11 wars". Not "anniversary": "the
 * Sept. 11 anniversary" is this year's day.
 */
const ATTACKS_NOUN_AFTER =
  /^\s+(?:attacks?|terror(?:ism|ist)?(?:\s+attacks?)?|hijack(?:ers?|ings?)|victims?|families|widows?|survivors|first\s+responders|responders|commission|memorial|museum|era|plots?|plotters|suspects?|bill|law|lawsuits?|generation|wars?|world)\b/i;

/**
 * "September 11" as the name of the attacks on the United States of 11 September 2001, which news stories use as
 * a name for years after: read as a day of the publication year, "families of Sept. 11 victims" in a 2016 story
 * would date 2016-09-11. "9/11" without a year is the attacks wherever it stands ("since 9/11"); the month-day
 * forms only before a word that names them or after "post-"/"pre-". It outranks the plain month-day reading of
 * the same words.
 */
export const septemberEleventh = recogniser(
  "september-eleventh",
  rx(`(?:${B}(?<pre>(?:post|pre)-)|${B})(?:(?<slash>9/11)(?![/\\d])|(?:Sept?\\.|September)\\s+11(?:th)?${E})`, true),
  (m, text, rule) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const named = group(m, "slash") !== undefined || group(m, "pre") !== undefined || ATTACKS_NOUN_AFTER.test(after);
    if (!named) return null;
    const pre = group(m, "pre")?.length ?? 0;
    const span = matchSpan(m);
    return { start: span.start + pre, end: span.end, type: "DATE", value: "2001-09-11", rule, day: true, priority: 1 };
  },
);

export const holidayRecognisers = [holiday, septemberEleventh];
