/**
 * The words time expressions are built from: month and weekday names, number words, calendar units, seasons and
 * parts of the day, each as a regex source to splice into the recognisers' patterns and a lookup to read a match.
 */
import { ownEntry } from "../../core/lookup.js";

/** Month names and their abbreviations, longest first so "Sept." wins over "Sep". */
const MONTHS: readonly [string, number][] = [
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sept", 9],
  ["sep", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
];

const MONTH_INDEX = new Map(MONTHS);

/**
 * A capitalised month name: the full name, or an abbreviation with its dot ("Dec.") or followed by a digit ("Dec 6").
 * Lower-case "may" and "march" are a verb and a noun far more often than a month, so the pattern is case-sensitive.
 */
export const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|(?=\\s+\\d))|" +
  "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";

export function monthNumber(word: string): number | undefined {
  return MONTH_INDEX.get(word.toLowerCase().replace(/\.$/, ""));
}

const WEEKDAYS: readonly [string, number][] = [
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
  ["sunday", 7],
];
const WEEKDAY_INDEX = new Map(WEEKDAYS);

export const WEEKDAY =
  "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";

/** ISO weekday number (Monday 1 … Sunday 7). */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAY_INDEX.get(
    word
      .toLowerCase()
      .replace(/['’]s$/, "")
      .replace(/s$/, ""),
  );
}

const UNITS_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SMALL =
  "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

/** A number written in words up to the hundreds ("twenty four", "twenty-four", "a hundred", "two thousand"). */
export const NUMBER_WORDS = `(?:(?:${TENS}(?:[- ]${SMALL})?|${SMALL}|a|one)(?:[- ](?:hundred|thousand))?|${TENS}|hundreds|thousands)`;

/** Digits ("48", "1,000", "2.5", "2 1/2") or a number in words. */
export const NUMBER = `(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1/2)?|${NUMBER_WORDS})`;

/** Vague amounts that TIMEX3 writes as X: "several years" → PXY. */
export const VAGUE_AMOUNT =
  "(?:several|a\\s+few|few|some|many|a\\s+couple\\s+of|a\\s+number\\s+of|a\\s+couple|couple\\s+of)";
const VAGUE_AMOUNT_WHOLE = new RegExp(`^${VAGUE_AMOUNT}$`, "i");

/** Whether an amount is a vague one as a whole ("several", "a couple of"), not a number. */
export function isVagueAmount(amount: string): boolean {
  return VAGUE_AMOUNT_WHOLE.test(amount);
}

/** Reads a number written in digits or words; undefined when it is not one. Halves come back as x.5. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.toLowerCase().trim().replace(/\s+/g, " ");
  const digits = /^(\d+(?:,\d{3})*(?:\.\d+)?)(?: 1\/2)?$/.exec(s);
  if (digits !== null) return Number(digits[1]!.replace(/,/g, "")) + (s.endsWith("1/2") ? 0.5 : 0);
  if (s === "a" || s === "an") return 1;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of s.split(/[- ]/)) {
    if (word === "and") continue;
    const unit = ownEntry(UNITS_WORDS, word);
    const tens = ownEntry(TENS_WORDS, word);
    if (unit !== undefined) current += unit;
    else if (tens !== undefined) current += tens;
    else if (word === "hundred") current = (current || 1) * 100;
    else if (word === "thousand") {
      total += (current || 1) * 1000;
      current = 0;
    } else if (word === "a") current = current || 1;
    else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** Calendar units and their TIMEX3 letters. "P2W" is two weeks; "PT48H" is 48 hours (clock units go after a T). */
export type Unit =
  | "second"
  | "minute"
  | "hour"
  | "day"
  | "week"
  | "weekend"
  | "month"
  | "quarter"
  | "year"
  | "decade"
  | "century"
  | "millennium";

export const UNIT =
  "(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|yrs?|decades?|centuries|century|millenni(?:um|a))";

export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase();
  if (w.startsWith("sec")) return "second";
  if (w.startsWith("min")) return "minute";
  if (w.startsWith("hour")) return "hour";
  if (w.startsWith("day") || w.startsWith("night")) return "day";
  if (w.startsWith("weekend")) return "weekend";
  if (w.startsWith("week")) return "week";
  if (w.startsWith("month")) return "month";
  if (w.startsWith("quarter")) return "quarter";
  if (w.startsWith("y")) return "year";
  if (w.startsWith("decade")) return "decade";
  if (w.startsWith("centur")) return "century";
  if (w.startsWith("millenni")) return "millennium";
  return undefined;
}

/** The duration letter of a unit, and whether it is a clock unit (written after "T"). */
export const UNIT_CODE: Record<Unit, { code: string; clock: boolean }> = {
  second: { code: "S", clock: true },
  minute: { code: "M", clock: true },
  hour: { code: "H", clock: true },
  day: { code: "D", clock: false },
  week: { code: "W", clock: false },
  weekend: { code: "WE", clock: false },
  month: { code: "M", clock: false },
  quarter: { code: "Q", clock: false },
  year: { code: "Y", clock: false },
  decade: { code: "DE", clock: false },
  century: { code: "CE", clock: false },
  millennium: { code: "ML", clock: false },
};

/** A TIMEX3 duration value: durationValue(2, "week") = "P2W", durationValue(48, "hour") = "PT48H", undefined amount → PXW. */
export function durationValue(amount: number | undefined, unit: Unit): string {
  const { code, clock } = UNIT_CODE[unit];
  const prefix = clock ? "PT" : "P";
  if (amount === undefined) return `${prefix}X${code}`;
  if (!Number.isInteger(amount)) {
    // 2 1/2 years → P2Y6M; 5 1/2 hours → PT5H30M; other halves fall back to the smaller unit.
    const whole = Math.floor(amount);
    const half: Partial<Record<Unit, string>> = { year: "6M", hour: "30M", minute: "30S", day: "T12H", month: "15D" };
    const rest = half[unit];
    if (rest !== undefined) return `${prefix}${whole === 0 ? "" : `${whole}${code}`}${rest}`;
  }
  if (unit === "decade") return `P${amount * 10}Y`;
  if (unit === "century") return `P${amount * 100}Y`;
  if (unit === "millennium") return `P${amount * 1000}Y`;
  if (unit === "weekend") return `P${amount * 2}D`;
  return `${prefix}${amount}${code}`;
}

export const SEASONS: Record<string, string> = {
  spring: "SP",
  summer: "SU",
  fall: "FA",
  autumn: "FA",
  winter: "WI",
};
export const SEASON = "(?:spring|summer|fall|autumn|winter)";

/** Parts of the day and their TIMEX3 codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  tonight: "NI",
  overnight: "NI",
  midday: "T12:00",
  noon: "T12:00",
  midnight: "T24:00",
};
export const PART_OF_DAY = "(?:morning|afternoon|evening|night)";

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
  thirtieth: 30,
  "thirty-first": 31,
  last: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};

/** "first" → 1, "21st" → 21. */
export function ordinalNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  const n = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (n !== null) return Number(n[1]);
  return ownEntry(ORDINALS, w);
}

/** Year written in words: "nineteen ninety-six" → 1996, "two thousand" → 2000. */
export function parseYearWords(raw: string): number | undefined {
  const s = raw.toLowerCase().replace(/\s+/g, " ").trim();
  const m = /^(nineteen|eighteen|twenty) (.+)$/.exec(s);
  if (m !== null && !/^(?:hundred|thousand)/.test(m[2]!)) {
    const hi = UNITS_WORDS[m[1]!] ?? TENS_WORDS[m[1]!];
    const lo = parseNumber(m[2]!);
    if (hi !== undefined && lo !== undefined && lo < 100) return hi * 100 + lo;
  }
  const n = parseNumber(s);
  return n !== undefined && n >= 1000 && n < 2100 ? n : undefined;
}
