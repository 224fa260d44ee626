/** Days counted from the anchor: "today", "yesterday", "last Tuesday", "Friday morning", "that day", "the next morning". */
import { addDays, formatDate, isoWeekday } from "../calendar.js";
import { ordinalNumber, WEEKDAY, weekdayNumber } from "../lexicon.js";
import { dayOffset, weekday, withClock } from "../resolve.js";
import type { ResolveContext } from "../types.js";
import { anaphoricDay } from "./anaphora.js";
import { B, E, group, groupSpan, isCapitalised, matchSpan, modOf, recogniser, rx } from "./helpers.js";

const PART_CODE: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI" };

/** How far past "today" to look for the noun its possessive dates. */
const GENERIC_LOOKAHEAD = 50;

/**
 * After "today's"/"tomorrow's", up to two modifiers and a head noun naming a kind or a population rather than an
 * occasion: "today's young voters", "tomorrow's world" speak of the era, while "today's meeting" is the day's.
 */
const GENERIC_HEAD_AFTER_POSSESSIVE =
  /^['’]s\s+(?:[a-z-]+\s+){0,2}(?:world|society|societies|youth|young|generations?|children|kids|teenagers|students|parents|families|women|men|people|consumers|workers|voters|leaders|citizens|culture|technology|technologies|computers|machines|cars|standards|economy|economies|realities|reality|climate|age|era)\b/;

/** "today", "yesterday", "tomorrow", "tonight", "yesterday morning", "late yesterday", "the day before yesterday". */
export const relativeDay = recogniser(
  "relative-day",
  rx(
    `${B}(?:(?<mod>early|late|earlier|later|mid-?afternoon|mid-?morning|mid-?day)\\s+)?(?<word>today|tonight|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)(?:\\s+(?<part>morning|afternoon|evening|night))?(?![\\w-])`,
  ),
  (m, text, rule) => {
    const word = group(m, "word")!.toLowerCase().replace(/\s+/g, " ");
    const offset: Record<string, number> = {
      today: 0,
      tonight: 0,
      yesterday: -1,
      tomorrow: 1,
      "the day before yesterday": -2,
      "the day after tomorrow": 2,
    };
    const days = offset[word]!;
    const modWord = group(m, "mod")?.toLowerCase();
    const part = group(m, "part")?.toLowerCase();
    let clock = part !== undefined ? PART_CODE[part] : word === "tonight" ? "NI" : undefined;
    let mod = modOf(modWord);
    if (modWord !== undefined && /^mid-?/.test(modWord)) {
      clock = modWord.includes("afternoon") ? "AF" : modWord.includes("morning") ? "MO" : "T12:00";
      mod = "MID";
    }
    const span = matchSpan(m);
    // "USA Today", "This is VOA Today.": a capitalised "Today" straight after an acronym names a paper or a
    // programme (a title-case headline, "Macron Visits Mali Today", still means the day). In capitals, only when it
    // ends its line ("USA TODAY" under a byline): "NATO TODAY MEETS IN BRUSSELS" is a headline about the day.
    if (
      (/^Today$/.test(m[0]) || (/^TODAY$/.test(m[0]) && /^[ \t]*(?:\n|$)/.test(text.slice(span.end, span.end + 40)))) &&
      /(?:^|[^.!?"“'`]\s)[A-Z]{2,}\s+$/.test(text.slice(Math.max(0, span.start - 25), span.start))
    )
      return null;
    // "today's youth", "the leaders of tomorrow": the present or the future in general, not a day. ("today's
    // session" and "tomorrow's vote" are the day's own and fall through to the anchor's day.)
    if (modWord === undefined && part === undefined && (word === "today" || word === "tomorrow")) {
      const after = text.slice(span.end, span.end + GENERIC_LOOKAHEAD);
      const generic =
        GENERIC_HEAD_AFTER_POSSESSIVE.test(after) ||
        (word === "tomorrow" && /\bof\s+$/i.test(text.slice(Math.max(0, span.start - 4), span.start)));
      if (generic) {
        const value = word === "today" ? "PRESENT_REF" : "FUTURE_REF";
        return { ...span, type: "DATE", value, rule, priority: -1 };
      }
    }
    if (clock !== undefined) {
      return { ...span, type: "TIME", resolve: (ctx) => withClock(dayOffset(ctx, days), clock), mod, rule };
    }
    return { ...span, type: "DATE", resolve: (ctx) => dayOffset(ctx, days), mod, rule, day: mod === undefined };
  },
);

/**
 * Nouns that "overnight" classifies as a kind of service or stay rather than dating ("overnight stays", "the
 * overnight shift", "the overnight rate"): no particular night is meant.
 */
const KIND_AFTER_OVERNIGHT =
  /^\s+(?:stays?|shifts?|accommodations?|lodging|guests?|parking|bags?|camps?|trips?|visits?|delivery|deliveries|shipping|rates?|loans?|lending|funds?|repos?|index|markets?|sensations?|success(?:es)?|celebrit(?:y|ies)|hits?|star|oats|bus(?:es)?|trains?|flights?|hours|staff|workers?|care)\b/i;

/** A negation shortly before: "won't evaporate overnight", "didn't overnight vault" mean "suddenly". */
const NEGATION_BEFORE_OVERNIGHT = /(?:\bnot|\bnever|n['’]t|\bno\s+one)\b[^.!?;]{0,40}$/i;

/**
 * Whether "overnight" dates a night: not when it classifies a noun, means "suddenly" after a negation or "happen",
 * or is capitalised inside a sentence (a newsletter's name: "Overnight Defense").
 */
function isOvernightTime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  if (KIND_AFTER_OVERNIGHT.test(text.slice(end, end + 20))) return false;
  if (NEGATION_BEFORE_OVERNIGHT.test(before)) return false;
  if (/\b(?:happen(?:s|ed)?|change[sd]?|come|came)\s+$/i.test(before)) return false;
  if (/^O/.test(text.slice(start, end)) && /[\p{L}\d,]\s*$/u.test(before)) return false;
  return true;
}

/** "this morning", "last night", "this afternoon", "this evening", "overnight". */
export const relativePartOfDay = recogniser(
  "part-of-day",
  rx(
    `${B}(?:(?<mod>early|late|later|earlier)\\s+)?(?<rel>this|last|tomorrow|yesterday)\\s+(?<part>morning|afternoon|evening|night)${E}|${B}(?<overnight>overnight)${E}|` +
      `${B}(?<mid>mid[- ]?(?:afternoon|morning))${E}|${B}(?:(?<anarel>the\\s+next|the\\s+following|the\\s+previous|that|the\\s+same)\\s+|(?<in>in\\s+the\\s+|early\\s+in\\s+the\\s+|late\\s+in\\s+the\\s+))(?<anapart>morning|afternoon|evening|night)${E}`,
  ),
  (m, text, rule) => {
    const span = matchSpan(m);
    const mid = group(m, "mid");
    if (mid !== undefined) {
      const code = /afternoon/i.test(mid) ? "AF" : "MO";
      return {
        ...span,
        type: "TIME",
        resolve: (ctx) => withClock(anaphoricDay(ctx, 0), code),
        mod: "MID",
        rule,
        clock: `T${code}`,
      };
    }
    const anapart = group(m, "anapart");
    if (anapart !== undefined) {
      const anarel = group(m, "anarel")?.toLowerCase().replace(/\s+/g, " ");
      const shift = anarel === "the next" || anarel === "the following" ? 1 : anarel === "the previous" ? -1 : 0;
      const code = PART_CODE[anapart.toLowerCase()]!;
      // "in the morning" is part of the expression only as "the morning" (TimeML leaves "in" out).
      const start = group(m, "in") !== undefined ? m.index + m[0].toLowerCase().lastIndexOf("the ") : span.start;
      const after = text.slice(span.end, span.end + 12);
      if (/^\s+(?:of|before|after)\b/i.test(after)) return null;
      return {
        start,
        end: span.end,
        type: "TIME",
        resolve: (ctx) => withClock(anaphoricDay(ctx, shift), code),
        rule,
        priority: -1,
      };
    }
    if (group(m, "overnight") !== undefined) {
      if (!isOvernightTime(text, span.start, span.end)) return null;
      // "overnight" reports the night just gone: TIMEX3 dates a night by the day it starts, the day before the anchor.
      return { ...span, type: "TIME", resolve: (ctx) => withClock(dayOffset(ctx, -1), "NI"), rule, priority: -1 };
    }
    const rel = group(m, "rel")!.toLowerCase();
    const part = group(m, "part")!.toLowerCase();
    const days = rel === "last" || rel === "yesterday" ? -1 : rel === "tomorrow" ? 1 : 0;
    const mod = modOf(group(m, "mod"));
    return { ...span, type: "TIME", resolve: (ctx) => withClock(dayOffset(ctx, days), PART_CODE[part]!), mod, rule };
  },
);

/** "Friday", "last Tuesday", "next Monday", "Friday morning", "early Tuesday", "this coming Sunday". */
export const weekdayName = recogniser(
  "weekday",
  rx(
    `${B}(?:(?<mod>early|late|earlier|later)\\s+)?(?:(?<rel>last|next|this|this\\s+past|this\\s+coming|the\\s+previous|the\\s+following|the\\s+next|the\\s+last|coming|past)\\s+)?(?<wd>${WEEKDAY})(?![\\w-])(?:\\s+(?<part>morning|afternoon|evening|night)${E})?`,
  ),
  (m, text, rule) => {
    const wdWord = group(m, "wd")!;
    if (!isCapitalised(wdWord)) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "Good Friday", "Black Monday" and "Ash Wednesday" are names of days; "Friday's" is still the date.
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:Good|Black|Ash|Super|Cyber|Bloody|Holy|Palm|Maundy|Easter)\s+$/.test(before)) return null;
    if (/^s\b/.test(after)) return null;
    const wd = weekdayNumber(wdWord)!;
    const rel = group(m, "rel")?.toLowerCase().replace(/\s+/g, " ").replace(/^the /, "");
    const shift: -1 | 0 | 1 =
      rel === "last" || rel === "this past" || rel === "previous" || rel === "past"
        ? -1
        : rel === "next" || rel === "this coming" || rel === "following" || rel === "coming"
          ? 1
          : 0;
    const thisWeek = rel === "this";
    // "down 4.5% from the previous Friday": counted from the day the text is on, not from the anchor.
    const relativeToText = rel === "previous" || rel === "following";
    // "Friday's close", "Wednesday's ruling": news names a day by what already happened on it — unless the day is
    // still awaited ("ahead of Sunday's election", "Tuesday's meeting will decide").
    const possessive = rel === undefined && /^['’]s\b/.test(after);
    const awaited =
      possessive &&
      (AWAITED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) ||
        AWAITED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)));
    // "on a Wednesday in August": an indefinite article names no particular Wednesday — unless it belongs to a noun
    // the weekday modifies ("attended a Sunday night memorial service").
    const indefinite =
      rel === undefined &&
      /\b(?:on\s+)?(?:a|one|any)\s+$/i.test(before) &&
      /^\s*(?:[,.;:!?)"”]|$)|^\s+(?:in|of|at|when|after|before|during|and|or)\b/i.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      );
    const resolveDay = (ctx: ResolveContext): string => {
      if (indefinite) return `XXXX-WXX-${wd}`;
      if (thisWeek) {
        const dir = ctx.direction();
        return weekday({ ...ctx, direction: () => (dir === "past" ? "past" : "future") }, wd, 0);
      }
      if (possessive) return weekday({ ...ctx, direction: () => (awaited ? "future" : "past") }, wd, 0);
      if (relativeToText) return weekdayBeside(ctx, wd, shift) ?? weekday(ctx, wd, shift);
      return weekday(ctx, wd, shift);
    };
    const part = group(m, "part")?.toLowerCase();
    const mod = modOf(group(m, "mod"));
    // "Earlier Friday", "late Monday": TimeML keeps the modifier out of the span (it still sets the mod).
    const span = {
      start: groupSpan(m, group(m, "rel") !== undefined ? "rel" : "wd")!.start,
      end: m.index + m[0].length,
    };
    if (part !== undefined) {
      return { ...span, type: "TIME", resolve: (ctx) => withClock(resolveDay(ctx), PART_CODE[part]!), mod, rule };
    }
    return { ...span, type: "DATE", resolve: resolveDay, mod, rule, day: mod === undefined };
  },
);

/** Words before a possessive weekday that look forward to it: "ahead of Sunday's vote". */
const AWAITED_BEFORE = /\b(?:ahead\s+of|until|till|in\s+advance\s+of|await(?:s|ed|ing)?)\s+$/i;

/** A future verb right after a possessive weekday's noun: "Tuesday's meeting will decide". */
const AWAITED_AFTER =
  /^['’]s\s+(?:[\w-]+\s+){1,3}(?:will|is\s+(?:expected|scheduled|set|due)|are\s+(?:expected|scheduled|set|due))\b/i;

/** How far back "the previous Friday" may look for the day it counts from. */
const WEEKDAY_ANAPHOR_RANGE = 1500;

/**
 * "the previous Friday", "the following Monday": the one a week before or after the Friday the text is speaking of
 * (the last day with that weekday named within WEEKDAY_ANAPHOR_RANGE characters), or undefined when it named none.
 */
export function weekdayBeside(ctx: ResolveContext, wd: number, shift: -1 | 0 | 1): string | undefined {
  for (let i = ctx.previous.length - 1; i >= 0; i--) {
    const prev = ctx.previous[i]!;
    if (ctx.start - prev.end > WEEKDAY_ANAPHOR_RANGE) return undefined;
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(prev.value);
    if (day === null) continue;
    const from = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
    if (isoWeekday(from) !== wd) continue;
    return formatDate(addDays(from, shift < 0 ? -7 : 7));
  }
  return undefined;
}

/** "that day", "the same day", "earlier that day", "the next day", "the day before". */
export const anaphoricDayName = recogniser(
  "that-day",
  rx(
    `${B}(?:(?<mod>earlier|later|early|late)\\s+)?(?<rel>that\\s+same|that|the\\s+same|the\\s+next|the\\s+following|the\\s+previous)\\s+day${E}`,
  ),
  (m, _text, rule) => {
    const rel = group(m, "rel")!.toLowerCase().replace(/\s+/g, " ");
    const shift = rel === "the next" || rel === "the following" ? 1 : rel === "the previous" ? -1 : 0;
    return {
      ...matchSpan(m),
      type: "DATE",
      resolve: (ctx) => anaphoricDay(ctx, shift),
      mod: modOf(group(m, "mod")),
      rule,
      day: true,
    };
  },
);

/**
 * "Today is the eighth day of the strike", "it's the second day of talks": an ordinal day said of the present is the
 * anchor's day. (Said of the past, "it was the third day", it points at a day the text may not give.)
 */
export const ordinalDayOfNow = recogniser(
  "ordinal-day-now",
  rx(
    `(?<now>${B}(?:today|it|this)\\s*(?:\\s+is|['’]s)\\s+)(?<day>the\\s+(?:\\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)\\s+(?:(?:straight|consecutive|full)\\s+)?day)${E}`,
  ),
  (m, _text, rule) => {
    const ordinal = /^the\s+(\S+)/i.exec(group(m, "day")!)![1]!;
    if (ordinalNumber(ordinal) === undefined && !/^(?:final|last)$/i.test(ordinal)) return null;
    return { ...groupSpan(m, "day")!, type: "DATE", resolve: (ctx) => dayOffset(ctx, 0), rule, day: true };
  },
);

export const dayRecognisers = [relativeDay, relativePartOfDay, anaphoricDayName, weekdayName, ordinalDayOfNow];
