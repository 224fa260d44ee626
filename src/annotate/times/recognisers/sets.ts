/** Recurring times (TIMEX3 SET): "every week" → P1W, "annually" → P1Y, "each Thursday", "$5 a year", "Tuesday nights". */
import { MONTH, monthNumber, WEEKDAY, weekdayNumber } from "../lexicon.js";
import { guessDirection } from "../tense.js";
import { B, E, group, isCapitalised, matchSpan, recogniser, rx } from "./helpers.js";

const UNIT_SET: Record<string, string> = {
  second: "PT1S",
  minute: "PT1M",
  hour: "PT1H",
  day: "P1D",
  night: "P1D",
  week: "P1W",
  weekend: "P1W",
  month: "P1M",
  quarter: "P1Q",
  year: "P1Y",
  decade: "P10Y",
  century: "P100Y",
};

const PART: Record<string, string> = { morning: "TMO", afternoon: "TAF", evening: "TEV", night: "TNI" };

/** "every week", "each year", "every other month", "every Monday", "each July", "every morning". */
export const everyUnit = recogniser(
  "every",
  rx(
    `${B}(?<q>every|each)\\s+(?:(?<other>other|single)\\s+)?(?:(?<unit>second|minute|hour|day|night|week|weekend|month|quarter|year|decade|century)|(?<part>morning|afternoon|evening|night)|(?<wd>${WEEKDAY})|(?<month>${MONTH})|(?<n>two|three|four|five|six|ten|\\d+)\\s+(?<units>days|weeks|months|years|hours|minutes))${E}`,
  ),
  (m, _text, rule) => {
    const span = matchSpan(m);
    const unit = group(m, "unit")?.toLowerCase();
    if (unit !== undefined) {
      const base = UNIT_SET[unit]!;
      const value = group(m, "other") === "other" ? base.replace("1", "2") : base;
      return { ...span, type: "SET", value, rule };
    }
    const part = group(m, "part")?.toLowerCase();
    if (part !== undefined) return { ...span, type: "SET", value: `XXXX-XX-XX${PART[part]}`, rule };
    const wd = group(m, "wd");
    if (wd !== undefined)
      return isCapitalised(wd) ? { ...span, type: "SET", value: `XXXX-WXX-${weekdayNumber(wd)}`, rule } : null;
    const month = group(m, "month");
    if (month !== undefined) {
      return isCapitalised(month)
        ? { ...span, type: "SET", value: `XXXX-${String(monthNumber(month)).padStart(2, "0")}`, rule }
        : null;
    }
    const n = group(m, "n")!;
    const count = /^\d+$/.test(n)
      ? Number(n)
      : { two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 }[n.toLowerCase()]!;
    const u = group(m, "units")!.toLowerCase();
    const code = { days: "D", weeks: "W", months: "M", years: "Y", hours: "TH", minutes: "TM" }[u]!;
    const value = code.startsWith("T") ? `PT${count}${code.slice(1)}` : `P${count}${code}`;
    return { ...span, type: "SET", value, rule };
  },
);

/** "daily", "weekly", "annually", "hourly", "quarterly", "twice a year". */
/** What before "daily" makes it the noun for a newspaper when a name follows: "Communist Party daily Granma". */
const NEWSPAPER_BEFORE_NAME =
  /(?:[A-Z][\w'’-]*|\b(?:newspaper|business|financial|national|leading|regional|local|state-run|official|tabloid|conservative|liberal|popular))\s*,?\s+$/;

/** A newspaper named before the noun and closing its phrase: "the Charlie Hebdo weekly, whose". */
const NEWSPAPER_NAMED_BEFORE = /\bthe\s+(?:[A-Z][\w'’-]*\s+){1,3}$/;
const PHRASE_END_AFTER = /^(?:[,.;:]|\s+(?:whose|which|that|said|reported|published|wrote|quoted|cited|ran)\b)/;

/**
 * "daily"/"weekly" as a noun, a newspaper: "the Communist Party daily Granma", "the French daily Le Monde", "the
 * Charlie Hebdo weekly, whose". Not the adjective of "the daily White House briefing" or the adverb of "goes to
 * Church weekly".
 */
function isNewspaperNoun(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  if (/^\s+[A-Z]/.test(after) && NEWSPAPER_BEFORE_NAME.test(before)) return true;
  return NEWSPAPER_NAMED_BEFORE.test(before) && PHRASE_END_AFTER.test(after);
}

export const frequencyAdverb = recogniser(
  "frequency",
  rx(`${B}(?<w>daily|nightly|weekly|biweekly|monthly|bimonthly|annually|yearly|hourly|semiannually|semi-annually)${E}`),
  (m, text, rule) => {
    const w = group(m, "w")!.toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "Daily News", "The Weekly Standard": the capitalised word is part of a title.
    if (/^[A-Z]/.test(group(m, "w")!) && /^\s+[A-Z]/.test(after)) return null;
    if ((w === "daily" || w === "weekly") && isNewspaperNoun(text, m.index, m.index + m[0].length)) return null;
    const value: Record<string, string> = {
      daily: "P1D",
      nightly: "P1D",
      weekly: "P1W",
      biweekly: "P2W",
      monthly: "P1M",
      bimonthly: "P2M",
      annually: "P1Y",
      yearly: "P1Y",
      hourly: "PT1H",
      semiannually: "P6M",
      "semi-annually": "P6M",
    };
    return { ...matchSpan(m), type: "SET", value: value[w]!, rule };
  },
);

/** "a year" after an amount ("$5 a year", "3% a month", "twice a day"), "per year". */
export const perUnit = recogniser(
  "per-unit",
  rx(`${B}(?<pre>a|an|per)\\s+(?<unit>day|week|month|year|hour|minute|quarter)${E}`),
  (m, text, rule) => {
    const pre = group(m, "pre")!.toLowerCase();
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // After an amount: "$5 a year", "3% a month", "twice a day", "700 seats a week", "four flights a week".
    const amount =
      /(?:\d|%|\b(?:times|once|twice|dollars?|cents?|million|billion|barrels|tons|percent|people|each))\s*$/i.test(
        before,
      );
    const counted =
      /(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|few|many|dozens?|hundreds?|thousands?))\s+(?:[a-z-]+\s+)?[a-z]+s\s*$/i.test(
        before,
      );
    if (pre !== "per" && !amount && !counted) {
      return null;
    }
    const unit = group(m, "unit")!.toLowerCase();
    return { ...matchSpan(m), type: "SET", value: UNIT_SET[unit]!, rule };
  },
);

/** Plural weekdays: "on Mondays", "Tuesday nights". */
export const pluralWeekday = recogniser(
  "weekday-plural",
  rx(`${B}(?<wd>${WEEKDAY})(?:s(?![\\w'’])|\\s+(?<part>mornings|afternoons|evenings|nights))${E}`),
  (m, _text, rule) => {
    const wd = group(m, "wd")!;
    if (!isCapitalised(wd)) return null;
    const part = group(m, "part")?.toLowerCase().replace(/s$/, "");
    return {
      ...matchSpan(m),
      type: "SET",
      value: `XXXX-WXX-${weekdayNumber(wd)}${part === undefined ? "" : PART[part]}`,
      rule,
    };
  },
);

/**
 * "on Monday and Tuesday nights": the plural after the second weekday is shared, so the first is a SET too
 * ("Monday nights"). The lookahead leaves the second weekday to pluralWeekday.
 */
export const coordinatedPluralWeekday = recogniser(
  "weekday-plural-coordinated",
  rx(`${B}(?<wd>${WEEKDAY})(?=,?\\s+(?:and|or)\\s+${WEEKDAY}\\s+(?<part>mornings|afternoons|evenings|nights)${E})`),
  (m, text, rule) => {
    const wd = group(m, "wd")!;
    if (!isCapitalised(wd)) return null;
    // "clashes on Friday and Saturday nights": in the past tense the plural names two particular nights.
    if (guessDirection(text, m.index, m.index + m[0].length) === "past") return null;
    const part = group(m, "part")!.toLowerCase().replace(/s$/, "");
    return {
      ...matchSpan(m),
      type: "SET",
      value: `XXXX-WXX-${weekdayNumber(wd)}${PART[part]}`,
      rule,
      priority: 1,
    };
  },
);

export const setRecognisers = [everyUnit, frequencyAdverb, perUnit, pluralWeekday, coordinatedPluralWeekday];
