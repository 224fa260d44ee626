/**
 * Cheap pre-filters for the recognisers. Each recogniser scans the whole text with a long pattern that starts with
 * look-behinds and optional words, which the regex engine cannot skip through quickly, and most texts hold none of
 * the words a given recogniser needs (few news stories name a season, a holiday or a clock time). A trigger is a
 * short pattern copied from a part of the recogniser's pattern that every match must contain (never from an
 * optional group or one branch of an alternation), with the same case flag, so any text the full pattern matches
 * also matches the trigger: skipping the recogniser when its trigger finds nothing leaves the candidates the same.
 * Recognisers whose required words are in almost every story (units, "year", "the") have no trigger: there the
 * check would cost more than it saves. A trigger may join two required parts that stand side by side ("3 pm", "May
 * 2019"), which few texts hold even where each part is common; a common first part is better checked behind a rarer
 * second one with a look-behind, since scanning for the first is slow. Each trigger is tested once per text, however
 * many recognisers share it. triggers.test.ts checks each trigger matches inside every match found.
 */
import { MONTH, SEASON, WEEKDAY } from "../lexicon.js";

/** Case-insensitive, like the recognisers' `rx` patterns. */
const ci = (source: string): RegExp => new RegExp(source, "i");

/**
 * `ci(words)`, found by the words' endings: `ending` (which every one of `words` ends with) first, then the whole
 * word behind it. A scan for words that start with common letters tries each of them at most positions; the rarer
 * ending lets the scan skip ahead, and the look-behind keeps the matches the same.
 */
const endsIn = (ending: string, words: string): RegExp => ci(`${ending}(?<=${words})`);

const HAS_MONTH = ci(MONTH);
const HAS_WEEKDAY = ci(WEEKDAY);
const HAS_SPACED_DAY = ci("\\sday");
/** How a year after a month starts: four digits, or the first word of one written out (dates.ts YEAR_WORDS). */
const YEAR_START = "(?:\\d{4}|nineteen|eighteen|twenty|two)";
const RELATIVE_YEAR = "(?:last|this|next|that|same|following|previous|prior)\\s+year";

/** Recogniser name → a pattern that matches inside every match of that recogniser. */
export const TRIGGERS: ReadonlyMap<string, RegExp> = new Map([
  // (?<month>MONTH) is required in each of these.
  ["month-day-year", HAS_MONTH],
  // The day (digits, or an ordinal word: all end in "st", "nd", "rd" or "th"), then the month.
  ["day-month-year", ci(`(?:\\d|st|nd|rd|th)\\s+(?:of\\s+)?${MONTH}`)],
  // The month, then the year (four digits, or a first word of its "nineteen" … "two thousand"): the year is looked
  // for first and the month behind it, since a scan for month names is slow (they start with common letters).
  ["month-year", ci(`${YEAR_START}(?<=${MONTH},?\\s+(?:of\\s+)?${YEAR_START})`)],
  ["month-relative-year", ci(`${RELATIVE_YEAR}(?<=${MONTH},?\\s+(?:of\\s+)?(?:the\\s+)?${RELATIVE_YEAR})`)],
  ["month", HAS_MONTH],
  // (?<wd>WEEKDAY) is required.
  ["weekday", HAS_WEEKDAY],
  ["weekday-plural", HAS_WEEKDAY],
  ["weekday-plural-coordinated", HAS_WEEKDAY],
  ["season", ci(SEASON)],
  // The year of a decade ends "0s" / "0's"; its words all end "ties" ("twenties" … "nineties").
  ["decade", ci("0['’]?s|ties")],
  ["century", ci("century")],
  ["year-words", ci("nineteen|eighteen|twenty|two\\s+thousand")],
  ["iso-date", ci("\\d{4}-\\d{2}-\\d{2}")],
  ["slash-date", ci("\\d/\\d")],
  ["relative-day", ci("today|tonight|yesterday|tomorrow")],
  // Every branch ends in a part of the day ("overnight" holds "night"); found by its ending (`endsIn`).
  ["part-of-day", endsIn("(?:ning|noon|ight)", "morning|afternoon|evening|night")],
  ["that-day", HAS_SPACED_DAY],
  ["ordinal-day-now", HAS_SPACED_DAY],
  ["duration-and-a-half", ci("and\\s+a\\s+half")],
  ["unit-long", ci("-long")],
  ["a-while", ci("a\\s+while")],
  // Case-sensitive, like the recogniser: the holiday's name is required, and the ones not listed end in "Day".
  ["holiday", /Christmas|Thanksgiving|Easter|Halloween|New\s+Year|Day/],
  // Case-sensitive, like the recogniser.
  ["september-eleventh", /9\/11|Sept?\.|September/],
  ["quarter", ci("quarter")],
  ["year-earlier", ci("year-(?:earlier|ago)")],
  ["year-period", ci("quarter|period")],
  // A "year-earlier" word, or a quarter or period "a year ago" or "of last year".
  [
    "year-earlier-period",
    ci(
      "year(?:-earlier|-ago|\\s+earlier|\\s+ago|['’]s)|prior-year|(?:quarter|period)\\s+(?:a\\s+year|of\\s+|last\\s+year|the\\s+pr)",
    ),
  ],
  ["quarter-code", /Q[1-4]|[1-4]Q/],
  ["half-year", ci("half")],
  ["two-quarters-of-year", ci("two\\s+quarters")],
  ["fiscal-year", ci("FY|fiscal")],
  // The hour's (or minute's) last digit, then am / pm / a.m. / p.m.
  ["clock", ci("\\d\\s*[ap](?:\\.\\s?)?m")],
  ["noon", ci("noon|midnight|midday|mid-?day")],
  // One branch needs "o'clock", the other "in the morning/afternoon/evening" or "at night".
  ["oclock", ci("o['’]clock|in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night")],
  ["past-ref", ci("recently|lately|the\\s+past")],
  ["future-ref", endsIn("(?:ure|term|day|date|ahead)", "future|term|someday|one\\s+day|later\\s+date|ahead")],
  ["one-day-someday", ci("one\\s+day")],
  ["soon", ci("soon")],
  ["every", ci("every|each")],
  // "biweekly", "bimonthly" and "semi(-)annually" hold the shorter words.
  ["frequency", endsIn("ly", "daily|nightly|weekly|monthly|annually|yearly|hourly")],
]);
