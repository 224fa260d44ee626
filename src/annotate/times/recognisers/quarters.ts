/**
 * Reporting periods: "the third quarter", "third-quarter", "Q3", "the year-earlier quarter", "the first half",
 * "fiscal 1989".
 */
import { formatYear } from "../calendar.js";
import { half, quarter, unitShift } from "../resolve.js";
import { guessDirection } from "../tense.js";
import type { Candidate } from "../types.js";
import { anaphoricQuarter, lastQuarter, quarterContext, speaksOfMultiQuarterTotal } from "./anaphora.js";
import { B, E, group, matchSpan, recogniser, rx } from "./helpers.js";

const ORDINAL_QUARTER: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  final: 4,
  last: 4,
};

/**
 * Quarters: "the third quarter", "third-quarter", "the fourth quarter of 1990", "the 1988 third quarter",
 * "this year's third quarter", "the year-earlier quarter", "fiscal second-quarter".
 */
export const ordinalQuarter = recogniser(
  "quarter",
  rx(
    `${B}(?:(?<det>the|its|their|this\\s+year['’]s|last\\s+year['’]s|next\\s+year['’]s|his|her|our)\\s+)?(?:(?<mod>latest|current|same|comparable|corresponding|year-earlier|year-ago|year\\s+earlier|year\\s+ago|(?<y1>\\d{4})|fiscal|fiscal-)\\s*)*(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?<q>quarters?)(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<y2>\\d{4})|(?<ofrel>this|last|next)\\s+year|(?<ofy3>fiscal\\s+\\d{4})))?${E}`,
  ),
  (m, text, rule) => {
    const q = ORDINAL_QUARTER[group(m, "ord")!.toLowerCase()]!;
    const y = group(m, "y1") ?? group(m, "y2") ?? /\d{4}/.exec(group(m, "ofy3") ?? "")?.[0];
    const det = group(m, "det")?.toLowerCase() ?? "";
    const ofrel = group(m, "ofrel")?.toLowerCase();
    const whole = m[0].toLowerCase();
    const plural = /s$/i.test(group(m, "q")!);
    // "its third quarter", "the third-quarter loss": the possessive, and the article of the adjective, stay outside.
    const dropDet = /^(?:its|their|his|her|our)$/.test(det) || (det === "the" && /-quarter$/i.test(m[0]));
    const span = dropDet
      ? {
          start: m.index + det.length + (m[0].slice(det.length).length - m[0].slice(det.length).trimStart().length),
          end: m.index + m[0].length,
        }
      : matchSpan(m);
    // "fourth quarters" is every fourth quarter; "the first two quarters" is handled as a duration.
    if (plural) {
      const coordinated = coordinatedQuarters(m, text, q, y, rule);
      return coordinated ?? { ...span, type: "SET", value: `XXXX-Q${q}`, rule };
    }
    const after = text.slice(span.end, span.end + 15);
    if (/^\s+(?:of\s+(?:the\s+)?(?:game|match|season|century))/i.test(after)) return null;
    if (y !== undefined) return { ...span, type: "DATE", value: `${y}-Q${q}`, rule };
    let yearShift: number | undefined;
    if (det.startsWith("this year") || ofrel === "this") yearShift = 0;
    if (det.startsWith("last year") || ofrel === "last") yearShift = -1;
    if (det.startsWith("next year") || ofrel === "next") yearShift = 1;
    const earlier = /year[- ](?:earlier|ago)/.test(whole);
    return {
      ...span,
      type: "DATE",
      resolve: (ctx) => {
        if (yearShift !== undefined) {
          const a = ctx.anchor;
          return a === undefined ? `XXXX-Q${q}` : `${formatYear(a.year + yearShift)}-Q${q}`;
        }
        const v = quarter(ctx, q);
        if (!earlier || v.startsWith("X")) return v;
        return `${formatYear(Number(v.slice(0, 4)) - 1)}-Q${q}`;
      },
      rule,
    };
  },
);

/** A habit in the clause before coordinated quarters ("is usually done in the second and fourth quarters"). */
const HABITUAL_BEFORE =
  /\b(?:usually|typically|normally|generally|traditionally|often|always|historically|seasonally)\b/i;
const HABITUAL_REACH = 60;

/** An ordinal and a conjunction right before "<ordinal> quarters": "the second and fourth quarters". */
const COORDINATED_ORDINAL_BEFORE = /\b(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s*,?\s+(?:and|or)\s+$/i;

/**
 * "the third and fourth quarters of 1988": the plural comes from the coordination, so the two ordinals share the
 * noun and each names its own quarter (TimeML marks "third" and "fourth quarters"). With a year, or in the past
 * tense, they are particular quarters; said of a habit ("business is usually done in the second and fourth quarters"),
 * or without a tense, both recur.
 * Undefined when nothing is coordinated.
 */
function coordinatedQuarters(
  m: RegExpExecArray,
  text: string,
  q: number,
  year: string | undefined,
  rule: string,
): Candidate[] | undefined {
  const before = text.slice(Math.max(0, m.index - 20), m.index);
  const c = COORDINATED_ORDINAL_BEFORE.exec(before);
  if (c === null) return undefined;
  const q1 = ORDINAL_QUARTER[c.groups!.ord!.toLowerCase()]!;
  const firstStart = m.index - before.length + c.index;
  const first = { start: firstStart, end: firstStart + c.groups!.ord!.length };
  const second = matchSpan(m);
  if (year !== undefined) {
    return [
      { ...first, type: "DATE", value: `${year}-Q${q1}`, rule },
      { ...second, type: "DATE", value: `${year}-Q${q}`, rule },
    ];
  }
  const habitual = HABITUAL_BEFORE.test(text.slice(Math.max(0, m.index - HABITUAL_REACH), m.index));
  if (!habitual && guessDirection(text, second.start, second.end) === "past") {
    return [
      { ...first, type: "DATE", resolve: (ctx) => quarter(ctx, q1), rule },
      { ...second, type: "DATE", resolve: (ctx) => quarter(ctx, q), rule },
    ];
  }
  return [
    { ...first, type: "SET", value: `XXXX-Q${q1}`, rule },
    { ...second, type: "SET", value: `XXXX-Q${q}`, rule },
  ];
}

/**
 * "the year-earlier quarter", "the year-ago period", "last year's quarter", "the quarter a year ago", "the
 * corresponding period last year".
 */
export const yearEarlierPeriod = recogniser(
  "year-earlier-period",
  rx(
    `${B}(?:(?:the\\s+|a\\s+)?(?:(?:comparable|corresponding|same)\\s+)?(?:(?<ye>year-earlier|year-ago|year\\s+earlier|year\\s+ago|prior-year|last\\s+year['’]s|the\\s+previous\\s+year['’]s)\\s+)(?:(?<y>\\d{4})\\s+)?(?<what>quarter|period|nine\\s+months|six\\s+months|first\\s+half|second\\s+half|year|month)|the\\s+(?:(?:comparable|corresponding|same)\\s+)?(?<what2>quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier|before)|(?:of\\s+)?(?:last|the\\s+previous|the\\s+prior)\\s+year))${E}`,
  ),
  (m, _text, rule) => {
    const what = (group(m, "what") ?? group(m, "what2"))!.toLowerCase().replace(/\s+/g, " ");
    const span = matchSpan(m);
    if (/months/.test(what)) {
      return { ...span, type: "DURATION", value: `P${what.startsWith("nine") ? 9 : 6}M`, rule };
    }
    return {
      ...span,
      type: "DATE",
      resolve: (ctx) => {
        const a = ctx.anchor;
        if (what === "year") return a === undefined ? "XXXX" : formatYear(a.year - 1);
        if (what === "month") return unitShift(ctx, "month", -12);
        // The quarter being reported, a year back.
        const current = anaphoricQuarter(ctx);
        if (current.startsWith("X")) return current;
        return `${formatYear(Number(current.slice(0, 4)) - 1)}${current.slice(4)}`;
      },
      rule,
    };
  },
);

/** The adjective "year-earlier"/"year-ago" alone ("year-earlier profit"): the year before the anchor, or the quarter. */
export const yearEarlierAdjective = recogniser(
  "year-earlier",
  rx(`${B}(?<w>year-earlier|year-ago)(?![\\w-])`),
  (m, _text, rule) => ({
    ...matchSpan(m),
    type: "DATE",
    resolve: (ctx) => {
      const q = quarterContext(ctx);
      if (q !== undefined) return q;
      return ctx.anchor === undefined ? "XXXX" : formatYear(ctx.anchor.year - 1);
    },
    rule,
    priority: -1,
  }),
);

/** "the 1988 quarter", "the 1989 period": the quarter the report is about, in the year named. */
export const yearPeriod = recogniser(
  "year-period",
  rx(`${B}the\\s+(?<y>1[89]\\d\\d|20\\d\\d)\\s+(?<what>quarter|period)${E}`),
  (m, _text, rule) => {
    const year = group(m, "y")!;
    return {
      ...matchSpan(m),
      type: "DATE",
      resolve: (ctx) => {
        const q = speaksOfMultiQuarterTotal(ctx) ? undefined : lastQuarter(ctx, 3000);
        return q === undefined ? year : `${year}-Q${q.slice(6)}`;
      },
      rule,
    };
  },
);

/** "Q3", "3Q", "Q3 2017", "2Q 1989". */
export const quarterCode = recogniser(
  "quarter-code",
  rx(`(?<![\\w-])(?:Q(?<q1>[1-4])|(?<q2>[1-4])Q)(?:[\\s-]*(?<y>\\d{4}|['’]\\d{2}|FY\\d{2,4}))?(?![\\w-])`, true),
  (m, _text, rule) => {
    const q = Number(group(m, "q1") ?? group(m, "q2"));
    const yRaw = group(m, "y");
    const span = matchSpan(m);
    if (yRaw !== undefined) {
      const digits = /\d+$/.exec(yRaw)![0];
      const year = digits.length === 4 ? Number(digits) : Number(digits) + (Number(digits) < 50 ? 2000 : 1900);
      return { ...span, type: "DATE", value: `${formatYear(year)}-Q${q}`, rule };
    }
    return { ...span, type: "DATE", resolve: (ctx) => quarter(ctx, q), rule };
  },
);

/** Half years: "the first half", "the second half of 1990", "first-half". */
export const halfYear = recogniser(
  "half-year",
  rx(
    `${B}(?:the\\s+|its\\s+)?(?<ord>first|second|1st|2nd|last|latter)[- ]half(?:\\s+of\\s+(?:(?<y>\\d{4})|(?<rel>this|last|next)\\s+year|the\\s+year))?${E}`,
  ),
  (m, text, rule) => {
    const h = /^(?:first|1st)$/i.test(group(m, "ord")!) ? 1 : 2;
    if (/^(?:last|latter)$/i.test(group(m, "ord")!) && group(m, "y") === undefined) return null;
    const y = group(m, "y");
    const span = matchSpan(m);
    const after = text.slice(span.end, span.end + 12);
    if (/^\s+of\s+(?:the\s+)?(?!year)/i.test(after)) return null; // "the first half of the game"
    if (y !== undefined) return { ...span, type: "DATE", value: `${y}-H${h}`, rule };
    const rel = group(m, "rel")?.toLowerCase();
    if (rel !== undefined) {
      const shift = rel === "last" ? -1 : rel === "next" ? 1 : 0;
      return {
        ...span,
        type: "DATE",
        resolve: (ctx) => (ctx.anchor === undefined ? `XXXX-H${h}` : `${formatYear(ctx.anchor.year + shift)}-H${h}`),
        rule,
      };
    }
    return { ...span, type: "DATE", resolve: (ctx) => half(ctx, h), rule };
  },
);

/** "the first two quarters of 1990" is the year's first half, "the last two quarters of 1989" its second. */
export const twoQuartersOfYear = recogniser(
  "two-quarters-of-year",
  rx(`${B}(?:the\\s+)?(?<ord>first|last|final|second)\\s+two\\s+quarters\\s+of\\s+(?<y>\\d{4})${E}`),
  (m, _text, rule) => {
    const h = group(m, "ord")!.toLowerCase() === "first" ? 1 : 2;
    return { ...matchSpan(m), type: "DATE", value: `${group(m, "y")}-H${h}`, rule };
  },
);

/** Fiscal years: "fiscal 1989", "fiscal year 1990", "FY2017", "fiscal '90" — written as the calendar year named. */
export const fiscalYear = recogniser(
  "fiscal-year",
  rx(`${B}(?:(?<fy>FY\\s?)|fiscal(?:[- ]year)?\\s+)(?<y>\\d{4}|['’]?\\d{2})(?![\\w%]|[.,]\\d)`),
  (m, _text, rule) => {
    const raw = group(m, "y")!.replace(/^['’]/, "");
    if (group(m, "fy") !== undefined && !/^FY/.test(m[0])) return null;
    const year = raw.length === 4 ? Number(raw) : Number(raw) + (Number(raw) < 50 ? 2000 : 1900);
    return { ...matchSpan(m), type: "DATE", value: formatYear(year), rule };
  },
);

export const quarterRecognisers = [
  ordinalQuarter,
  yearEarlierPeriod,
  yearEarlierAdjective,
  yearPeriod,
  quarterCode,
  halfYear,
  twoQuartersOfYear,
  fiscalYear,
];
