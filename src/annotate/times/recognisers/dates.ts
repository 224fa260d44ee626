/**
 * Calendar dates written out: "December 12, 2017", "Dec. 6", "6 December", "March 1996", "in March", "2017",
 * "the 1990s", "the 20th century", "2017-12-12", "12/6/2017", "nineteen ninety-six".
 */
import { daysInMonth, formatDate, formatMonth, formatYear } from "../calendar.js";
import { MONTH, monthNumber, NUMBER_WORDS, ordinalNumber, parseYearWords, WEEKDAY } from "../lexicon.js";
import { monthDay, monthOnly, unitShift } from "../resolve.js";
import type { Candidate } from "../types.js";
import { anaphoricUnit } from "./anaphora.js";
import { B, E, group, groupSpan, isCapitalised, matchSpan, modOf, recogniser, rx } from "./helpers.js";

const DAY_ORDINAL_WORDS =
  "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first)";

/** A year in words, as transcripts write it: "nineteen ninety-six", "two thousand". */
export const YEAR_WORDS = `(?:(?:nineteen|eighteen|twenty)[- ](?:${NUMBER_WORDS.replace(/\|a\|one/, "")})|two\\s+thousand(?:\\s+and\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;

/** Modifiers that make a month or year fuzzy at one end ("early 1990", "the end of November"). */
const DATE_MOD =
  "(?:early-?|late-?|mid-?|the\\s+(?:beginning|end|middle|start|close)\\s+of|the\\s+(?:early|latter)\\s+part\\s+of)";

function validDay(year: number | undefined, month: number, day: number): boolean {
  return (
    day >= 1 &&
    day <=
      (year === undefined ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]! : daysInMonth(year, month))
  );
}

function readYear(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (/^\d{4}$/.test(raw)) return Number(raw);
  return parseYearWords(raw);
}

function dayOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  return /^\d/.test(raw) ? Number.parseInt(raw, 10) : ordinalNumber(raw);
}

/** "December 12, 2017", "Dec. 6", "Monday, Oct. 26", "March eighth", "May 26, 1980". */
export const monthDayYear = recogniser(
  "month-day-year",
  rx(
    `${B}(?:(?<wd>${WEEKDAY}),?\\s+(?:the\\s+)?)?(?<month>${MONTH})\\s*(?:the\\s+)?(?<day>\\d{1,2}(?:st|nd|rd|th)?|${DAY_ORDINAL_WORDS})(?!\\d|:\\d|,\\d{3}|\\.\\d|\\s*%)` +
      `(?:(?:,\\s*|\\s+)(?:of\\s+)?(?<year>\\d{4}|${YEAR_WORDS})(?![\\d,]\\d))?(?![\\w-])`,
  ),
  (m, _text, rule) => {
    const monthWord = group(m, "month")!;
    if (!isCapitalised(monthWord)) return null;
    if (group(m, "wd") !== undefined && !isCapitalised(group(m, "wd"))) return null;
    const month = monthNumber(monthWord)!;
    const day = dayOf(group(m, "day"));
    const year = readYear(group(m, "year"));
    if (day === undefined || !validDay(year, month, day)) return null;
    if (/^[A-Za-z]/.test(group(m, "day")!) && year === undefined && /^(?:May|March)$/.test(monthWord)) return null;
    const span = matchSpan(m);
    if (year !== undefined) return { ...span, type: "DATE", value: formatDate({ year, month, day }), rule, day: true };
    return { ...span, type: "DATE", resolve: (ctx) => monthDay(ctx, month, day), rule, day: true };
  },
);

/** "6 December 2017", "the 6th of December", "Monday 4 November" (the weekday joins the date, as in "Monday, Nov. 4"). */
export const dayMonthYear = recogniser(
  "day-month-year",
  rx(
    `${B}(?:(?<wd>${WEEKDAY}),?\\s+)?(?:the\\s+)?(?<day>\\d{1,2}(?:st|nd|rd|th)?|${DAY_ORDINAL_WORDS})\\s+(?:of\\s+)?(?<month>${MONTH})(?:,?\\s+(?<year>\\d{4}))?${E}`,
  ),
  (m, text, rule) => {
    const monthWord = group(m, "month")!;
    if (!isCapitalised(monthWord)) return null;
    const month = monthNumber(monthWord)!;
    const day = dayOf(group(m, "day"));
    const year = readYear(group(m, "year"));
    if (day === undefined || !validDay(year, month, day)) return null;
    // "2 May" reads as a date; "the fifth of May" too; a bare "5 March" after a number word is more likely a count.
    if (/^\d/.test(group(m, "day")!) && /\d[\s,]*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
    const span = matchSpan(m);
    if (year !== undefined) return { ...span, type: "DATE", value: formatDate({ year, month, day }), rule, day: true };
    return { ...span, type: "DATE", resolve: (ctx) => monthDay(ctx, month, day), rule, day: true };
  },
);

/** "March 1996", "June 1994", "February of 1947", "early December 1999", "the end of November 1989". */
export const monthYear = recogniser(
  "month-year",
  rx(
    `${B}(?:(?<mod>${DATE_MOD})\\s*)?(?<month>${MONTH}),?\\s+(?:of\\s+)?(?<year>\\d{4}|${YEAR_WORDS})(?![\\d,]\\d)${E}`,
  ),
  (m, _text, rule) => {
    const monthWord = group(m, "month")!;
    if (!isCapitalised(monthWord)) return null;
    const year = readYear(group(m, "year"));
    if (year === undefined) return null;
    const mod = modOf(group(m, "mod")?.replace(/-$/, ""));
    return { ...matchSpan(m), type: "DATE", value: formatMonth(year, monthNumber(monthWord)!), mod, rule };
  },
);

/** "June last year", "January this year", "July of last year". */
export const monthRelativeYear = recogniser(
  "month-relative-year",
  rx(
    `${B}(?:(?<mod>${DATE_MOD})\\s*)?(?<month>${MONTH}),?\\s+(?:of\\s+)?(?<rel>last|this|next|that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+prior)\\s+year${E}`,
  ),
  (m, _text, rule) => {
    const monthWord = group(m, "month")!;
    if (!isCapitalised(monthWord)) return null;
    const month = monthNumber(monthWord)!;
    const rel = group(m, "rel")!.toLowerCase().replace(/\s+/g, " ");
    const shift = /last|previous|prior/.test(rel) ? -1 : /next|following/.test(rel) ? 1 : 0;
    // "in August that year", "March the following year": the year counts from the one the text last named.
    const anaphoric = rel !== "last" && rel !== "this" && rel !== "next";
    const mod = modOf(group(m, "mod")?.replace(/-$/, ""));
    return {
      ...matchSpan(m),
      type: "DATE",
      resolve: (ctx) => {
        const y = anaphoric ? anaphoricUnit(ctx, "year", shift) : unitShift(ctx, "year", shift);
        return y === "XXXX" ? `XXXX-${String(month).padStart(2, "0")}` : `${y}-${String(month).padStart(2, "0")}`;
      },
      mod,
      rule,
    };
  },
);

/** Words before a bare month name that make it a date: "in March", "since May", "last April", "early December". */
const MONTH_CONTEXT_BEFORE =
  /(?:\b(?:in|since|by|until|till|through|thru|during|from|before|after|between|to|and|or|of|on|for|late|early|mid|last|next|this|that|each|every|the|until|around|about|throughout|starting|beginning|ending|as\s+of|in\s+early|in\s+late)|mid-)\s*$/i;

/** How many months before the anchor's "last <month>" must be to fall in the anchor's year. */
const LAST_MONTH_MIN_GAP = 2;

/** Bare months: "in March", "last April", "early December", "this September". */
export const monthAlone = recogniser(
  "month",
  rx(
    `${B}(?:(?<rel>last|next|this|this\\s+past|this\\s+coming|(?<mod>${DATE_MOD}))\\s*)?(?<month>${MONTH})(?![\\w-]|\\.\\w|\\s+\\d)`,
  ),
  (m, text, rule) => {
    const monthWord = group(m, "month")!.replace(/\.$/, "");
    if (!isCapitalised(monthWord)) return null;
    if (/^[A-Z][a-z]{2,3}$/.test(monthWord) && monthWord.length < 5 && !/^(?:May|June|July)$/.test(monthWord)) {
      // "Dec." alone is fine, "Mar" and "Jan" alone are names.
      if (!/\.$/.test(group(m, "month")!)) return null;
    }
    const month = monthNumber(monthWord)!;
    const rel = group(m, "rel")?.toLowerCase().replace(/\s+/g, " ");
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // A capitalised word after the month makes it a name ("August Busch", "April Glaspie", "May Day").
    if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:[A-Z][a-z]+day|The|A|In|On|At|But|And)\b/.test(after)) return null;
    // "the March for Life", "the March on Washington": a named march, not the month.
    if (/^\s+(?:for|on|against)\s+[A-Z]/.test(after) && /\bthe\s+$/i.test(before)) return null;
    if (/^\s*['’]s\b/.test(after) && rel === undefined && !MONTH_CONTEXT_BEFORE.test(before)) {
      if (/^(?:May|March|June|April|August)$/.test(monthWord)) return null;
    }
    const hasContext = rel !== undefined || MONTH_CONTEXT_BEFORE.test(before);
    // "May" is a modal verb and "March" a verb and a noun; "April", "June" and "August" are also names.
    if (!hasContext && /^(?:May|March|MAY|MARCH)$/.test(monthWord)) return null;
    if (!hasContext && /^(?:April|June|August)$/.test(monthWord) && !/^[\s,.;:)]/.test(after)) return null;
    if (
      monthWord === "May" &&
      /^\s+(?:be|have|not|also|well|soon|still|never|even|help|want|need|take|make|find|get|do|seem|prove|face|lose|include|become|come|go|see|use|allow)\b/.test(
        after,
      )
    ) {
      return null;
    }
    const mod = modOf(group(m, "mod")?.replace(/-$/, ""));
    let resolve: Candidate["resolve"];
    if (rel === "last" || rel === "this past") {
      // The month just before the anchor's is "last month"; "last February" written in March is a year earlier.
      const latest = rel === "last" ? LAST_MONTH_MIN_GAP : 1;
      resolve = (ctx) => {
        const a = ctx.anchor;
        if (a === undefined) return `XXXX-${String(month).padStart(2, "0")}`;
        return formatMonth(a.month - month >= latest ? a.year : a.year - 1, month);
      };
    } else if (rel === "next" || rel === "this coming") {
      resolve = (ctx) => {
        const a = ctx.anchor;
        if (a === undefined) return `XXXX-${String(month).padStart(2, "0")}`;
        return formatMonth(month > a.month ? a.year : a.year + 1, month);
      };
    } else if (rel === "this") {
      resolve = (ctx) =>
        ctx.anchor === undefined ? `XXXX-${String(month).padStart(2, "0")}` : formatMonth(ctx.anchor.year, month);
    } else {
      resolve = (ctx) => monthOnly(ctx, month);
    }
    return { ...matchSpan(m), type: "DATE", resolve, mod, rule };
  },
);

/** Words after a four-digit number that show it counts things rather than names a year ("2,000 troops" is caught by the comma). */
const QUANTITY_AFTER =
  /^\s*(?:%|percent|per\s*cent|[a-z]+s\b|people|feet|foot|meters?|metres?|miles?|kilometers?|tons?|pounds?|dollars?|yen|marks|francs|shares|points?|barrels?|acres?|men|women|children|persons?|troops|times|or\s+so\s+[a-z]+s)/;

/** Words before it that make it a quantity ("about 2000", "$1990", "No. 1990"). */
const QUANTITY_BEFORE =
  /(?:[$£€#]|\b(?:about|some|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|than|only|just|approximately|roughly|around|No\.|no\.|number|Flight|flight|Route|route|Room|room|Highway|Boeing|Airbus|Model|model|Suite|suite|Box|box|page|Page|at|to|by|rank|ranked|Ch\.|Channel|Interstate|I-))\s*$/;

/** Words before a four-digit number that show it names a year. */
const YEAR_BEFORE =
  /\b(?:in|since|of|by|during|until|till|through|from|year|years|fiscal|FY|and|or|between|before|after|the|early|late|mid|spring|summer|fall|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December|around|circa|ca\.|as\s+of|for|as\s+early\s+as|as\s+late\s+as|back\s+to|back\s+in|season|class\s+of|vintage|election|elections|campaign|budget|census|Olympics|Games|'s)\s*$/i;

/** A capitalised word inside a sentence (after a lower-case word or a comma) right before the number: a name. */
const NAME_BEFORE = /[a-z,]\s+[A-Z][\w&-]*\s+$/;

/** A four-digit year: "in 2017", "1990", "early 1990", "mid-1996", "post-1959" — never "1,000 settlements" or "2000 troops". */
export const yearAlone = recogniser(
  "year",
  rx(
    `(?<![\\w'’$#.,/-])(?:(?<mod>${DATE_MOD}|post-|pre-)\\s*)?(?<year>1[0-9]\\d\\d|20\\d\\d)(?![\\w%/]|[.,:-]\\d|['’]s\\b|\\s*(?:%|percent\\b))`,
  ),
  (m, text, rule) => {
    const year = Number(group(m, "year"));
    const yearSpan = groupSpan(m, "year")!;
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    const after = text.slice(yearSpan.end, yearSpan.end + 25);
    const modRaw = group(m, "mod");
    // "from 1991 to 1997", "dating to 1994": "to" after a year or "dating" still names a year.
    const yearContext =
      YEAR_BEFORE.test(before) ||
      modRaw !== undefined ||
      /(?:\b1\d{3}|\b20\d\d|\bdating(?:\s+back)?|\bback)\s+(?:to|through|until|and|or)\s*$/i.test(before);
    if (!yearContext) {
      if (QUANTITY_BEFORE.test(before)) return null;
      // "a venture called Orion 1980", "Windows 2000": a year that ends a name is part of the name, not a date.
      if (NAME_BEFORE.test(before)) return null;
      if (
        QUANTITY_AFTER.test(after) &&
        !/^\s*(?:was|has|saw|brings?|marks?|is|became|ends?|began|begins?|levels?|figures?|results?|sales|earnings|profits?|levels|elections?|prices|rates|costs)\b/i.test(
          after,
        )
      ) {
        return null;
      }
      // Outside year context, numbers far from now are more likely amounts or names.
      if (year < 1800 || year > 2100) return null;
    } else if (
      QUANTITY_BEFORE.test(before) &&
      !/\b(?:in|since|of|by|during|until|from|year|fiscal|to)\s*$/i.test(before)
    ) {
      return null;
    }
    // A phone number, a range of pages, a score: "1990-91" keeps the first year only when the next is a year too.
    if (/^\s*[-–]\s*\d{1,3}\b/.test(after) && !/^\s*[-–]\s*\d{2}\b/.test(after)) return null;
    const mod = modRaw === "post-" ? "AFTER" : modRaw === "pre-" ? "BEFORE" : modOf(modRaw?.replace(/-$/, ""));
    return { ...matchSpan(m), type: "DATE", value: formatYear(year), mod, rule };
  },
);

/** A year in words: "nineteen ninety-six", "the year two thousand". */
export const yearWords = recogniser(
  "year-words",
  rx(`${B}(?:the\\s+year\\s+)?(?<year>${YEAR_WORDS})${E}`),
  (m, text, rule) => {
    const year = parseYearWords(group(m, "year")!);
    if (year === undefined) return null;
    const hasThe = /^the/i.test(m[0]);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (!hasThe && !/^(?:nineteen|eighteen)/i.test(group(m, "year")!) && !YEAR_BEFORE.test(before)) return null;
    // "nineteen people" is not a year; "nineteen ninety-six" is.
    if (!/[\s-]/.test(group(m, "year")!.trim())) return null;
    return { ...matchSpan(m), type: "DATE", value: formatYear(year), rule };
  },
);

const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** Decades: "the 1990s" → 199, "the '80s" → 198, "the early 1980s" → 198 (START), "the nineties". */
export const decade = recogniser(
  "decade",
  rx(
    `${B}(?:the\\s+)?(?:(?<mod>early|late|mid-?|middle|the\\s+(?:beginning|end|middle|start)\\s+of\\s+the)\\s*)?` +
      `(?:(?<full>1[0-9]\\d0|20\\d0)['’]?s|['’](?<short>\\d0)['’]?s|(?<words>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\\w'’])`,
  ),
  (m, _text, rule) => {
    const full = group(m, "full");
    const short = group(m, "short");
    const words = group(m, "words");
    if (words !== undefined && !/^the\b/i.test(m[0])) return null; // "in her forties" is an age
    let value: string;
    if (full !== undefined) value = full.slice(0, 3);
    else if (short !== undefined) value = `19${short[0]}`;
    else value = `19${DECADE_WORDS[words!.toLowerCase()]}`;
    const mod = modOf(
      group(m, "mod")
        ?.replace(/-$/, "")
        .replace(/\s+the$/, ""),
    );
    return { ...matchSpan(m), type: "DATE", value, mod, rule };
  },
);

/** Centuries: "the 20th century" → 19, "the eleventh century" → 10, "this century", "the last century". */
export const century = recogniser(
  "century",
  rx(
    `${B}(?:the\\s+)?(?:(?<mod>early|late|mid-?|the\\s+(?:beginning|end|middle|start|turn)\\s+of\\s+the)\\s*)?(?:(?<ord>\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)|(?<rel>this|last|next|the\\s+last|the\\s+next|the\\s+past|the\\s+previous|the\\s+current))[- ]century${E}`,
  ),
  (m, _text, rule) => {
    const ord = group(m, "ord");
    const mod = modOf(
      group(m, "mod")
        ?.replace(/-$/, "")
        .replace(/\s+the$/, ""),
    );
    if (ord !== undefined) {
      const n = ordinalNumber(ord);
      if (n === undefined) return null;
      return { ...matchSpan(m), type: "DATE", value: String(n - 1).padStart(2, "0"), mod, rule };
    }
    const rel = group(m, "rel")!
      .toLowerCase()
      .replace(/^the\s+/, "");
    const shift = rel === "last" || rel === "past" || rel === "previous" ? -1 : rel === "next" ? 1 : 0;
    return { ...matchSpan(m), type: "DATE", resolve: (ctx) => unitShift(ctx, "century", shift), mod, rule };
  },
);

/** ISO dates and date-times: "2017-12-12", "2017-12-12T15:30". */
export const isoDate = recogniser(
  "iso-date",
  rx(`${B}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:[T ](?<h>\\d{2}):(?<min>\\d{2}))?(?![\\w-])`),
  (m, _text, rule) => {
    const year = Number(group(m, "y"));
    const month = Number(group(m, "m"));
    const day = Number(group(m, "d"));
    if (month < 1 || month > 12 || !validDay(year, month, day)) return null;
    const date = formatDate({ year, month, day });
    const h = group(m, "h");
    if (h !== undefined) return { ...matchSpan(m), type: "TIME", value: `${date}T${h}:${group(m, "min")}`, rule };
    return { ...matchSpan(m), type: "DATE", value: date, rule, day: true };
  },
);

/** US numeric dates: "12/6/2017", "12/06/17". */
export const slashDate = recogniser(
  "slash-date",
  rx(`(?<![\\w/.-])(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})(?![\\w/.]|-\\d)`),
  (m, _text, rule) => {
    const month = Number(group(m, "m"));
    const day = Number(group(m, "d"));
    let year = Number(group(m, "y"));
    if (group(m, "y")!.length === 2) year += year < 50 ? 2000 : 1900;
    if (month < 1 || month > 12 || !validDay(year, month, day)) return null;
    return { ...matchSpan(m), type: "DATE", value: formatDate({ year, month, day }), rule, day: true };
  },
);

export const dateRecognisers = [
  monthDayYear,
  dayMonthYear,
  monthYear,
  monthRelativeYear,
  monthAlone,
  yearAlone,
  yearWords,
  decade,
  century,
  isoDate,
  slashDate,
];
