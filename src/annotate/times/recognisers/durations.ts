/**
 * Durations: "two weeks" → P2W, "48 hours" → PT48H, "the first nine months" → P9M, "a two-year term" → P2Y,
 * "nearly three years" → P3Y (LESS_THAN), "several years" → PXY, "recent weeks" → PXW, "a minute and a half".
 */
import { durationValue, isVagueAmount, NUMBER, parseNumber, type Unit, unitOf, VAGUE_AMOUNT } from "../lexicon.js";
import { B, E, group, groupSpan, HEDGE, matchSpan, modOf, recogniser, rx } from "./helpers.js";

const DURATION_UNIT =
  "(?<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a))";

const REL =
  "(?:first|last|past|next|previous|coming|following|latest|final|remaining|entire|full|whole|initial|ensuing|preceding|succeeding|same|other|recent)";

/**
 * After "a second", a word that is not about time makes "second" the ordinal ("a second term", "a second White House
 * bid"); "a second or two", "a second later" and "a second of silence" are time.
 */
const SECOND_AS_ORDINAL =
  /^\s+(?!(?:or\s+(?:two|so|more|less|longer)|and\s+a\s+half|later|earlier|before|after|ago|longer|more|of|too|to)\b)[a-z]/i;

/** "two weeks", "the past two years", "nearly three years", "two to three weeks", "2 1/2 years", "52-week". */
export const numericDuration = recogniser(
  "duration",
  rx(
    `${B}(?:(?<hedge>${HEDGE}|some)\\s+)?(?:(?<det>the|its|their|his|her|our|each\\s+of\\s+the|an?|this|that|those|these)\\s+)?(?:(?<rel>${REL})\\s+)?(?:(?<hedge2>${HEDGE})\\s+)?` +
      `(?<num>${NUMBER}|${VAGUE_AMOUNT}|an)(?:\\s+(?:to|or|-|and)\\s+(?<num2>${NUMBER}))?(?<half>\\s+and\\s+a\\s+half)?(?:\\s+(?<more>more|additional|extra|further|straight|consecutive|full|trading|business|working|calendar|long))?(?:\\s+|-)${DURATION_UNIT}(?<half2>\\s+and\\s+a\\s+half)?(?<suffix>[- ](?:long|old))?(?<orso>\\s+or\\s+so)?(?![\\w’]|'\\w|-\\w)`,
  ),
  (m, text, rule) => {
    const unitWord = group(m, "unit")!;
    const unit = unitOf(unitWord)!;
    const numRaw = group(m, "num")!.toLowerCase().replace(/\s+/g, " ");
    const det = group(m, "det")?.toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const vague = isVagueAmount(numRaw);
    let n = vague ? (/couple/.test(numRaw) ? 2 : undefined) : parseNumber(numRaw);
    if (!vague && n === undefined) return null;
    // "a second time", "a second round": ordinal, not a unit.
    if (unit === "second" && (numRaw === "a" || numRaw === "one") && SECOND_AS_ORDINAL.test(after)) return null;
    // “60 Minutes”, "24 Hours": a capitalised unit just after an opening quote is a title, not an amount of time.
    if (/^[A-Z]/.test(unitWord) && /["“‘]\s*$/.test(before) && !/^[A-Z\s]+$/.test(m[0])) return null;
    // "a decades long battle": the article belongs to the noun, and the plural leaves the number unsaid.
    const articleBeforePlural = (numRaw === "a" || numRaw === "an") && /s$/i.test(unitWord);
    if (articleBeforePlural) n = undefined;
    // "half a century of rule": the fraction stands before the article.
    const half =
      (numRaw === "a" || numRaw === "an") && m[0].toLowerCase().startsWith(numRaw) && /\bhalf\s$/i.test(before);
    if (half && n !== undefined) n /= 2;
    // "the first two quarters of 1990" is a half year (a date), not two quarters' time.
    if (unit === "quarter" && /^\s+of\s+\d{4}\b/.test(after)) return null;
    // "three quarters of the vote", "a quarter-point": fractions, not periods.
    if (
      unit === "quarter" &&
      (/^\s+of\s+(?:the|all|its|their|his|her|our|a|an|those|these)\b|^[- ](?:point|percent|mile|inch|hour)/.test(
        after,
      ) ||
        numRaw === "a")
    )
      return null;
    // "$5 a year", "twice a day": a frequency (the set recogniser takes it).
    if ((numRaw === "a" || numRaw === "an") && det === undefined && group(m, "rel") === undefined) {
      if (/(?:[\d%]|\btimes|\bonce|\btwice|\bdollars?|\bcents?|\bmillion|\bbillion|\beach|\bper)\s*$/i.test(before))
        return null;
      if (
        /(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|few|many))\s+(?:[a-z-]+\s+)?[a-z]+s\s*$/i.test(
          before,
        )
      )
        return null;
    }
    // Ages ("a 6-year-old", "52 years old") describe people and things, not time the text speaks of.
    if (group(m, "suffix")?.toLowerCase().endsWith("old") || /^\s*old\b|^-old\b/i.test(after)) return null;
    // "the 1990s" style numbers are years, not amounts of units.
    if (n !== undefined && n >= 1000 && n < 2100 && /^\d{4}$/.test(numRaw)) return null;
    if (n !== undefined && (group(m, "half") !== undefined || group(m, "half2") !== undefined)) n += 0.5;
    const hedge = group(m, "hedge") ?? group(m, "hedge2");
    let mod = modOf(hedge);
    if (group(m, "orso") !== undefined || /couple/.test(numRaw)) mod = "APPROX";
    if (group(m, "num2") !== undefined && mod === undefined) mod = "EQUAL_OR_MORE";
    const value = durationValue(n, unit);
    // What TimeML leaves outside the expression: prepositions that tie it to an event ("over the past two years",
    // "within 18 months"), possessives ("its two-year term"), and the article of an adjective ("a two-year term",
    // "the 14-day period", "a five year plan").
    const hyphenated = /-\s*$/.test(text.slice(m.index, groupSpan(m, "unit")!.start));
    const dropHedge =
      hedge !== undefined && /^(?:over|within|about|under|just\s+over|just\s+under)$/i.test(group(m, "hedge") ?? "");
    // "objections that four days seemed punitive": a singular demonstrative cannot count a plural, so "that" (or
    // "this") there opens a clause and stays out.
    const clauseThat = (det === "that" || det === "this") && !hyphenated && n !== undefined && n > 1;
    const dropDet =
      det !== undefined &&
      (clauseThat ||
        /^(?:its|their|his|her|our)$/.test(det) ||
        (group(m, "rel") === undefined && (hyphenated ? /^(?:the|an?)$/.test(det) : /^an?$/.test(det) && !vague)));
    // "Coming less than 12 hours after": without a determiner a participle is the verb of its own clause.
    const verbRel =
      det === undefined && /^(?:coming|following|remaining|ensuing|preceding|succeeding)$/i.test(group(m, "rel") ?? "");
    const keep = ["hedge", "det", "rel", "hedge2", "num"].filter(
      (g) =>
        group(m, g) !== undefined &&
        !(g === "hedge" && (dropHedge || dropDet)) &&
        !(g === "det" && dropDet) &&
        !(g === "rel" && verbRel),
    );
    const start = articleBeforePlural
      ? groupSpan(m, "unit")!.start
      : half
        ? m.index - "half ".length
        : groupSpan(m, keep[0] ?? "num")!.start;
    return { start, end: m.index + m[0].length, type: "DURATION", value, mod, rule };
  },
);

/** "a minute and a half", "an hour and a half". */
export const halfUnitDuration = recogniser(
  "duration-and-a-half",
  rx(`${B}(?:an?|one)\\s+(?<unit>minute|hour|day|week|month|year)\\s+and\\s+a\\s+half(?![\\w-])`),
  (m, _text, rule) => {
    const unit = unitOf(group(m, "unit")!)!;
    const value: Partial<Record<Unit, string>> = {
      minute: "PT1M30S",
      hour: "PT1H30M",
      day: "P1DT12H",
      week: "P10D",
      month: "P1M15D",
      year: "P1Y6M",
    };
    return { ...matchSpan(m), type: "DURATION", value: value[unit]!, rule };
  },
);

/** Bare plural units with a word that makes them a stretch of time: "for years", "recent weeks", "coming months". */
export const vagueDuration = recogniser(
  "vague-duration",
  rx(
    `${B}(?:(?<mod>recent|coming|(?:over|in|through|during|for)\\s+the|the\\s+coming|the\\s+past\\s+few|the\\s+last\\s+few|the\\s+next\\s+few|the\\s+past\\s+several|the\\s+last\\s+several|the\\s+next\\s+several|the\\s+past|the\\s+weeks|future|the\\s+(?:first|early|initial|opening))\\s+)?(?<units>years|months|weeks|days|decades|centuries|hours|minutes|quarters)(?<ahead>\\s+ahead)?(?![\\w'’-])`,
  ),
  (m, text, rule) => {
    const unit = unitOf(group(m, "units")!)!;
    const modRaw = group(m, "mod")?.toLowerCase().replace(/\s+/g, " ");
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (modRaw === undefined) {
      // Plural units alone are a duration only after words that measure time ("for years", "took months").
      if (
        !/\b(?:for|in|over|within|after|took|take|takes|taking|lasted|last|lasting|spent|spend|wait|waited|waiting|than|of|up\s+to)\s*$/i.test(
          before,
        )
      )
        return null;
      if (/\bof\s*$/i.test(before) && !/\b(?:years|months|weeks|days|decades)\s+of\s*$/i.test(before)) return null;
      if (/^\s+(?:of|ago|earlier|later|old|before|after)\b/i.test(after)) return null;
      if (/\b(?:in|of)\s*$/i.test(before) && !/^\s*(?:[,.;]|$)/.test(after)) return null;
    }
    if (modRaw !== undefined && /^(?:over|in|through|during|for) the$/.test(modRaw)) {
      // "over the years", "in the years that followed": an unspecified stretch of years.
      if (unit !== "year" && unit !== "decade" && unit !== ("centurie" as string)) return null;
      if (/^\s+(?:of|before|after|ahead|since|between|to)\b/i.test(after)) return null;
      return {
        start: m.index + m[0].length - group(m, "units")!.length - 4,
        end: m.index + m[0].length,
        type: "DURATION",
        value: durationValue(undefined, unit),
        rule,
        priority: -1,
      };
    }
    if (modRaw === "the past" && unit !== "year" && unit !== "decade" && unit !== "century") return null;
    // "the first hours of the war", "the early years": the opening stretch of something, of unsaid length; but "the
    // early hours of Thursday" is a time of day.
    if (modRaw === "the early" && unit === "hour") return null;
    if (modRaw === "future") {
      return unit === "quarter" || unit === "year"
        ? { ...matchSpan(m), type: "DATE", value: "FUTURE_REF", rule }
        : null;
    }
    return { ...matchSpan(m), type: "DURATION", value: durationValue(undefined, unit), rule, priority: -1 };
  },
);

/** "a day-long meeting", "a month-long strike", "a decades-long battle": one unit, or an unsaid number of them. */
export const unitLongDuration = recogniser(
  "unit-long",
  rx(
    `${B}(?<unit>hour|day|week|month|year|decade|century|hours|days|weeks|months|years|decades|centuries)-long(?![\\w-])`,
  ),
  (m, _text, rule) => {
    const word = group(m, "unit")!.toLowerCase();
    const unit = unitOf(word)!;
    const plural = /s$/.test(word) && word !== "century";
    return { ...matchSpan(m), type: "DURATION", value: durationValue(plural ? undefined : 1, unit), rule };
  },
);

/** "for a while", "in a while": a stretch of unsaid length in no unit (TimeML's PXX). */
export const whileDuration = recogniser(
  "a-while",
  rx(`(?<=\\b(?:for|in|after)\\s+)a\\s+while${E}`),
  (m, _text, rule) => ({
    ...matchSpan(m),
    type: "DURATION",
    value: "PXX",
    rule,
  }),
);

export const durationRecognisers = [numericDuration, halfUnitDuration, vagueDuration, unitLongDuration, whileDuration];
