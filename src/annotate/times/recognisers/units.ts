/**
 * Calendar units counted from the anchor: "last year", "this week", "the quarter", "two weeks ago", "a year earlier",
 * "this summer", "earlier this year", "the end of the month".
 */
import { formatQuarter, formatYear, quarterOf } from "../calendar.js";
import {
  durationValue,
  isVagueAmount,
  MONTH,
  monthNumber,
  NUMBER,
  parseNumber,
  parseYearWords,
  SEASON,
  SEASONS,
  type Unit,
  unitOf,
  VAGUE_AMOUNT,
  WEEKDAY,
} from "../lexicon.js";
import { agoValue, season, unitShift } from "../resolve.js";
import { sentenceAround } from "../tense.js";
import type { ResolveContext } from "../types.js";
import { anaphoricQuarter, anaphoricUnit, lastQuarter, quarterContext, yearsBeforeStatedDate } from "./anaphora.js";
import { YEAR_WORDS } from "./dates.js";
import { B, E, group, HEDGE, matchSpan, modOf, recogniser, rx } from "./helpers.js";

type Shift = { n: number; kind: "shift" | "duration" | "anaphor" };

const REL_SHIFT: Record<string, Shift> = {
  last: { n: -1, kind: "shift" },
  previous: { n: -1, kind: "shift" },
  prior: { n: -1, kind: "shift" },
  "the previous": { n: -1, kind: "shift" },
  "the prior": { n: -1, kind: "shift" },
  "the preceding": { n: -1, kind: "shift" },
  "this past": { n: -1, kind: "shift" },
  this: { n: 0, kind: "shift" },
  current: { n: 0, kind: "shift" },
  "the current": { n: 0, kind: "shift" },
  "the present": { n: 0, kind: "shift" },
  "this coming": { n: 1, kind: "shift" },
  next: { n: 1, kind: "shift" },
  "the coming": { n: 1, kind: "shift" },
  "the upcoming": { n: 1, kind: "shift" },
  "the following": { n: 1, kind: "anaphor" },
  "the same": { n: 0, kind: "anaphor" },
  that: { n: 0, kind: "anaphor" },
  "that same": { n: 0, kind: "anaphor" },
  "the latest": { n: -1, kind: "shift" },
  "the most recent": { n: -1, kind: "shift" },
  // "the past year", "the last decade", "the next year or so": TimeBank dates them as the period before or after.
  "the past": { n: -1, kind: "shift" },
  "the last": { n: -1, kind: "shift" },
  "the next": { n: 1, kind: "shift" },
  past: { n: 1, kind: "duration" },
};

const UNIT_WORD = "(?:week|weekend|month|year|quarter|decade|century|fiscal\\s+year|fiscal\\s+quarter|half)";

/** "last year", "this week", "next month", "the current quarter", "earlier this year", "the end of last year". */
export const relativeUnit = recogniser(
  "relative-unit",
  rx(
    `${B}(?:(?<mod>early|late|earlier|later|mid-|the\\s+(?:beginning|end|middle|start|rest|remainder|balance|close)\\s+of|the\\s+(?:first|second|latter|early)\\s+(?:half|part)\\s+of|(?:earlier|later)\\s+in)\\s*)?` +
      `(?<rel>last|previous|prior|the\\s+previous|the\\s+prior|the\\s+preceding|this\\s+past|this|current|the\\s+current|the\\s+present|this\\s+coming|next|the\\s+coming|the\\s+upcoming|the\\s+following|the\\s+same|that\\s+same|that|the\\s+latest|the\\s+most\\s+recent|the\\s+past|the\\s+last|the\\s+next|past)\\s+` +
      `(?<unit>${UNIT_WORD})(?![\\w-])`,
  ),
  (m, text, rule) => {
    const rel = group(m, "rel")!.toLowerCase().replace(/\s+/g, " ");
    const unitWord = group(m, "unit")!.toLowerCase().replace(/\s+/g, " ");
    const modRaw = group(m, "mod")?.toLowerCase().replace(/\s+/g, " ");
    // "This Week" (the ABC programme) and other capitalised titles are names, not dates.
    if (/^This Week\b/.test(m[0]) && /["“]\s*$|['’]s\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index)))
      return null;
    const shift = REL_SHIFT[rel]!;
    const span = matchSpan(m);
    const unit: Unit | "half" = unitWord === "half" ? "half" : (unitOf(unitWord.replace(/^fiscal /, "")) ?? "year");
    let mod = modOf(modRaw?.replace(/-$/, "").replace(/ in$/, ""));
    if (modRaw !== undefined && /^the (?:rest|remainder|balance) of$/.test(modRaw)) mod = "END";
    if (modRaw !== undefined && /first half|early part/.test(modRaw)) mod = "START";
    if (modRaw !== undefined && /second half|latter part/.test(modRaw)) mod = "END";
    if (unit === "half") {
      if (shift.kind === "duration") return { ...span, type: "DURATION", value: "P6M", rule };
      return null;
    }
    if (shift.kind === "duration") {
      // "the past year", "the next month" are stretches of time, not calendar periods.
      if (mod !== undefined) return null;
      if (rel === "past" && unit !== "decade" && unit !== "century") return null;
      return { ...span, type: "DURATION", value: unit === "weekend" ? "P2D" : `P1${unitCode(unit)}`, rule };
    }
    if (shift.kind === "anaphor") {
      return {
        ...span,
        type: "DATE",
        resolve: (ctx) => anaphoricUnit(ctx, unit, rel === "the following" ? 1 : 0),
        mod,
        rule,
      };
    }
    let n = shift.n;
    // "the latest quarter" is the one last reported; "the latest year" likewise.
    if (rel === "the latest" || rel === "the most recent") n = -1;
    // "compared with a loss of $3 million last year": in an earnings comparison, last year's same quarter.
    const comparison =
      unit === "year" &&
      n === -1 &&
      mod === undefined &&
      /\b(?:compared\s+with|from|versus|vs\.|against)\s+(?:a\s+)?(?:net\s+)?(?:loss|profit|income|earnings)?[^.;]{0,40}[$£#][\d.,]+\s*(?:million|billion)?[^.;]{0,30}$/i.test(
        text.slice(Math.max(0, m.index - 90), m.index),
      );
    // "This quarter's loss includes charges": results are reported after the quarter ends, so the quarter the
    // report is about (unless the sentence looks ahead).
    const reportedResults =
      unit === "quarter" && rel === "this" && RESULTS_AFTER.test(text.slice(span.end, span.end + 30));
    return {
      ...span,
      type: "DATE",
      resolve: (ctx) =>
        (comparison ? quarterContext(ctx) : undefined) ??
        (reportedResults && ctx.direction() !== "future" ? lastQuarter(ctx, 1500) : undefined) ??
        unitShift(ctx, unit, n),
      mod,
      rule,
    };
  },
);

/** A possessive and a results noun after "this quarter": "this quarter's loss", "this quarter's net income". */
const RESULTS_AFTER = /^['’]s\s+(?:\w+\s+)?(?:loss|losses|profit|profits|earnings|results|net|income|sales|revenue)\b/i;

function unitCode(unit: Unit): string {
  return {
    second: "S",
    minute: "M",
    hour: "H",
    day: "D",
    week: "W",
    weekend: "WE",
    month: "M",
    quarter: "Q",
    year: "Y",
    decade: "0Y",
    century: "00Y",
    millennium: "000Y",
  }[unit];
}

/** "the quarter", "the year", "the month", "the week": the period the text is about — the last one mentioned. */
export const theUnit = recogniser(
  "the-unit",
  rx(
    `${B}(?<the>the)\\s+(?:(?<adj>full|fiscal|latest|whole|entire)\\s+)?(?<unit>quarter|year|month|week|weekend|period)(?![\\w-]|\\s+(?:of|before|after|earlier|ago|ahead|later|in|that|which|when|and\\s+a|or\\s+so)\\b)`,
  ),
  (m, text, rule) => {
    const unitWord = group(m, "unit")!.toLowerCase();
    const adj = group(m, "adj")?.toLowerCase();
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    if (/\b(?:each|every|per|a|one)\s*$/i.test(before)) return null;
    const span = matchSpan(m);
    if (unitWord === "period") {
      // "the latest period" in an earnings report is the quarter being reported.
      if (adj !== "latest") return null;
      return { ...span, type: "DATE", resolve: (ctx) => anaphoricQuarter(ctx), rule };
    }
    const unit = unitOf(unitWord)!;
    if (adj === "fiscal" || adj === "whole" || adj === "entire") {
      if (unit !== "year" && unit !== "quarter") return null;
      // "earnings for the fiscal year" is the fiscal year the text is on; "throughout the fiscal year" and "the
      // fiscal year ended Jan. 31" are a stretch of time.
      const stretch =
        adj !== "fiscal" ||
        unit !== "year" ||
        STRETCH_BEFORE.test(before) ||
        /^\s+(?:ended|ending)\b/i.test(text.slice(span.end, span.end + 10));
      if (!stretch) {
        return { ...span, type: "DATE", resolve: (ctx) => anaphoricUnit(ctx, "year", 0, 250, true), rule };
      }
      return { ...span, type: "DURATION", value: unit === "year" ? "P1Y" : "P1Q", rule };
    }
    if (adj === "latest" && unit !== "quarter") return null;
    if (adj === "full" && unit !== "year") return null;
    // "the year ended Sept. 30" is a fiscal year as a stretch of time.
    if (unit === "year" && /^\s+(?:ended|ending)\b/i.test(text.slice(span.end, span.end + 10))) {
      return { ...span, type: "DURATION", value: "P1Y", rule };
    }
    if (unit === "weekend") {
      return { ...span, type: "DATE", resolve: (ctx) => weekendNear(ctx), rule, priority: -1 };
    }
    const endedOn = unit === "quarter" ? QUARTER_ENDED.exec(text.slice(span.end, span.end + 30)) : null;
    if (endedOn !== null) {
      const endMonth = monthNumber(endedOn[1]!)!;
      return {
        ...span,
        type: "DATE",
        resolve: (ctx) => lastQuarter(ctx, 1500) ?? quarterEndedIn(ctx, endMonth),
        rule,
        priority: -1,
      };
    }
    return {
      ...span,
      type: "DATE",
      resolve: (ctx) => {
        if (unit === "quarter") return anaphoricQuarter(ctx);
        // "forecast an increase for the full year": the year being reported on, unless the same sentence named
        // one ("in 1988, sales for the full year rose"); a year named sentences before is no longer the topic.
        if (adj === "full") {
          const sentenceStart = sentenceAround(ctx.text, ctx.start, ctx.end).start;
          return anaphoricUnit(ctx, "year", 0, ctx.start - sentenceStart, true);
        }
        // "the year" is the anchor's unless a year was named just before.
        return anaphoricUnit(ctx, unit, 0, 250, true);
      },
      rule,
      priority: -1,
    };
  },
);

/** Prepositions that make "the fiscal year" a stretch of time rather than the year the text is on. */
const STRETCH_BEFORE = /\b(?:throughout|over|across)\s+$/i;

/** "the quarter ended July 31": the month the quarter ended in. */
const QUARTER_ENDED = new RegExp(`^\\s+end(?:ed|ing)\\s+(${MONTH})\\s+\\d{1,2}\\b`);

/**
 * A quarter known only by the month it ended in (a fiscal quarter may end in any month): the calendar quarter
 * holding most of its three months, i.e. the one its middle month falls in, in the last such quarter up to the anchor.
 */
function quarterEndedIn(ctx: ResolveContext, endMonth: number): string {
  const a = ctx.anchor;
  const middle = ((endMonth + 9) % 12) + 1;
  const q = quarterOf(middle);
  if (a === undefined) return `XXXX-Q${q}`;
  const endYear = endMonth <= a.month ? a.year : a.year - 1;
  return formatQuarter(middle > endMonth ? endYear - 1 : endYear, q);
}

function weekendNear(ctx: ResolveContext): string {
  const dir = ctx.direction();
  return unitShift(ctx, "weekend", dir === "future" ? 0 : -1);
}

/** "half " right before the article of an amount ("half a century"). */
const HALF_BEFORE = /\bhalf\s$/i;
const HALF_LENGTH = "half ".length;

/** "two weeks ago", "a year earlier", "11 days ago", "five years from now", "several years ago". */
export const unitsAgo = recogniser(
  "units-ago",
  rx(
    `${B}(?:(?<hedge>${HEDGE}|some)\\s+)?(?<num>${NUMBER}|${VAGUE_AMOUNT}|an?)\\s+(?:(?:and\\s+a\\s+half|more)\\s+)?(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries|century)\\s+(?:or\\s+so\\s+)?(?<dir>ago|earlier|later|before|after|back|from\\s+now|hence|since|previously|prior)${E}`,
  ),
  (m, text, rule) => {
    const numRaw = group(m, "num")!.toLowerCase().replace(/\s+/g, " ");
    const vague = isVagueAmount(numRaw);
    let n = vague ? undefined : parseNumber(numRaw);
    if (!vague && n === undefined) return null;
    if (n !== undefined && /and a half/i.test(m[0])) n += 0.5;
    // "half a century ago": the fraction stands before the article.
    const half = (numRaw === "a" || numRaw === "an") && HALF_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index));
    if (half && n !== undefined) n /= 2;
    const unit = unitOf(group(m, "unit")!)!;
    const dir = group(m, "dir")!.toLowerCase().replace(/\s+/g, " ");
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "two years after the war" and "a week before the vote" count from an event, not the anchor: a duration.
    if (
      (dir === "after" || dir === "before" || dir === "since" || dir === "prior") &&
      /^\s+(?:to\s+)?[\w"'$]/.test(after)
    )
      return null;
    if (dir === "since") return null;
    const sign = dir === "later" || dir === "after" || dir === "from now" || dir === "hence" ? 1 : -1;
    const mod = modOf(group(m, "hedge"));
    const span = half ? { start: m.index - HALF_LENGTH, end: m.index + m[0].length } : matchSpan(m);
    // "three days later", "a day earlier", "five years later" count from an event in the story, not from the anchor:
    // TimeML marks the amount as a DURATION and leaves "later" out. Years back ("a year earlier") are dated, as
    // earnings reports compare with the year before the anchor.
    const yearsOrMore = unit === "year" || unit === "decade" || unit === "century";
    if (dir === "later" || (dir === "earlier" && !yearsOrMore)) {
      const end = m.indices!.groups!.unit![1];
      return { start: span.start, end, type: "DURATION", value: durationValue(n, unit), mod, rule };
    }
    if (n === undefined) {
      return { ...span, type: "DATE", value: sign < 0 ? "PAST_REF" : "FUTURE_REF", mod, rule };
    }
    const amount = n;
    const financial = unit === "year" && amount === 1 && (dir === "earlier" || dir === "ago");
    return {
      ...span,
      type: "DATE",
      resolve: (ctx) => {
        if (financial) {
          const q = quarterContext(ctx);
          if (q !== undefined) return q;
        }
        if (dir === "earlier" && unit === "year" && Number.isInteger(amount)) {
          const counted = yearsBeforeStatedDate(ctx, amount);
          if (counted !== undefined) return counted;
        }
        return agoValue(ctx, unit, sign * amount);
      },
      mod,
      rule,
      day: unit === "day",
    };
  },
);

/** "this summer", "last fall", "the winter of 1994", "early spring", "summer 1996". */
export const seasonName = recogniser(
  "season",
  rx(
    `${B}(?:(?<mod>early|late|mid-?|the\\s+(?:beginning|end|middle|start)\\s+of)\\s*)?(?:(?<rel>this\\s+past|this\\s+coming|this|last|next|the\\s+past|the\\s+coming|the)\\s+)?(?:(?<mod2>early|late)\\s+)?(?<season>${SEASON})(?:,?\\s+(?:of\\s+)?(?<year>\\d{4}|${YEAR_WORDS}))?(?![\\w-])`,
  ),
  (m, text, rule) => {
    const code = SEASONS[group(m, "season")!.toLowerCase()]!;
    const rel = group(m, "rel")?.toLowerCase().replace(/\s+/g, " ");
    const yearRaw = group(m, "year");
    const mod = modOf(group(m, "mod")?.replace(/-$/, "")) ?? modOf(group(m, "mod2"));
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
    const span = matchSpan(m);
    if (yearRaw !== undefined) {
      const year = /^\d/.test(yearRaw) ? Number(yearRaw) : parseYearWords(yearRaw);
      if (year === undefined) return null;
      return { ...span, type: "DATE", value: `${formatYear(year)}-${code}`, mod, rule };
    }
    // "the fall of the Berlin Wall", "spring water": a season needs a determiner or a preposition that makes it one.
    if (/^\s+of\b/.test(after)) return null;
    if (
      /^\s*[-–]?\s*(?:collection|training|semester|term|break|olympics|games|session|line|water|roll|rolls|clean|cleaning|wheat|time|fashions?|camp|school|classes|catalog|season|storm|storms|weather|offensive)\b/i.test(
        after,
      )
    )
      return null;
    if (
      rel === undefined &&
      mod === undefined &&
      !/\b(?:in|during|since|by|until|through|over|for|this|last|next|early|late|and|or)\s*$/i.test(before)
    )
      return null;
    if (
      rel === "the" &&
      !/\b(?:in|into|during|since|by|until|through|over|for|and|or|this|until|before|after|throughout)\s*$/i.test(
        before,
      ) &&
      mod === undefined
    )
      return null;
    if (rel === "the past" || rel === "the coming") {
      return { ...span, type: "DURATION", value: "P3M", rule };
    }
    const shift =
      rel === "last" || rel === "this past"
        ? -1
        : rel === "next" || rel === "this coming"
          ? 1
          : rel === "this"
            ? 0
            : ("nearest" as const);
    return { ...span, type: "DATE", resolve: (ctx) => season(ctx, code, shift), mod, rule };
  },
);

/** "year-end", "the end of the year", "the end of the month", "the turn of the century" ("the end of November" is a month). */
export const periodEdge = recogniser(
  "period-edge",
  rx(
    `${B}(?:(?<ye>year[- ]end|year['’]s\\s+end|around\\s+year[- ]end)|(?<edge>the\\s+(?:beginning|end|middle|start|close)|the\\s+turn)\\s+of\\s+(?:the\\s+)?(?<unit>year|month|week|quarter|decade|century))${E}`,
  ),
  (m, text, rule) => {
    const span = matchSpan(m);
    if (group(m, "ye") !== undefined) {
      const around = /^around/i.test(m[0]);
      // "by year end", "by year's end" are "the end of the year": TimeML's year with mod END. The hyphenated
      // "year-end" is the accounting term, the closing date (Dec. 31), as in "year-end net".
      const endOfYear = !/year-end/i.test(m[0]);
      const valueIn = (year: string): string => (endOfYear ? year : `${year}-12-31`);
      // "up 5% since year-end": the year-end behind the anchor, whatever year was named before.
      const since = /\bsince\s+$/i.test(text.slice(Math.max(0, span.start - 8), span.start));
      return {
        ...span,
        type: "DATE",
        resolve: (ctx) => {
          if (since && ctx.anchor !== undefined) return valueIn(formatYear(ctx.anchor.year - 1));
          const y = anaphoricUnit(ctx, "year", 0, 250);
          if (y === "XXXX") return valueIn("XXXX");
          const a = ctx.anchor;
          // Without a publication date the year named before is all there is.
          if (a === undefined) return valueIn(y);
          const dir = ctx.direction();
          // Year-end after the first quarter of a year usually means the one just passed, unless the tense is future.
          const year = dir !== "future" && a.month <= 3 && Number(y) === a.year ? a.year - 1 : Number(y);
          return valueIn(formatYear(year));
        },
        mod: around ? "APPROX" : endOfYear ? "END" : undefined,
        rule,
      };
    }
    const edge = group(m, "edge")!.toLowerCase();
    const mod = edge.includes("turn") ? "START" : modOf(`${edge} of`);
    const unit = unitOf(group(m, "unit")!)!;
    return { ...span, type: "DATE", resolve: (ctx) => anaphoricUnit(ctx, unit, 0, 250), mod, rule };
  },
);

/**
 * "this year as last", "this week and last": an elided unit after "last" is the one before the unit just named (a
 * DATE, as "last year" would be). Not when a word after "last" makes it an adjective or
 * an order ("last year", "last of the speakers", "came last in the race").
 */
export const ellipticalLast = recogniser(
  "elliptical-last",
  rx(
    `${B}last(?<=(?:this|the\\s+current)\\s+(?<unit>week|month|year|quarter)\\s+(?:as|than|and|or|over|from|versus)\\s+last)(?![\\w'’-]|\\s+(?:of|in|to|one|ones|time|times|minute|place|resort|word|chance|night|week|weekend|month|year|quarter|decade|century|${SEASON}|${MONTH}|${WEEKDAY})\\b)`,
  ),
  (m, _text, rule) => {
    const unit = unitOf(group(m, "unit")!)!;
    return { ...matchSpan(m), type: "DATE", resolve: (ctx) => unitShift(ctx, unit, -1), rule };
  },
);

export const unitRecognisers = [relativeUnit, theUnit, unitsAgo, seasonName, periodEdge, ellipticalLast];
