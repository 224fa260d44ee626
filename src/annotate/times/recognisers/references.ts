/**
 * Temporal references without a calendar value: "now", "currently" → PRESENT_REF; "recently", "the past" → PAST_REF;
 * "the future", "soon" → FUTURE_REF.
 */
import { B, E, group, matchSpan, recogniser, rx } from "./helpers.js";

/** "now", "right now", "currently", "at present", "these days", "nowadays", "at this critical moment". */
export const presentRef = recogniser(
  "present-ref",
  rx(
    `${B}(?<w>right\\s+now|just\\s+now|now|currently|presently|nowadays|these\\s+days|at\\s+present|the\\s+present|at\\s+the\\s+moment|this\\s+(?:[a-z]+\\s+)?moment|then-current|then\\s+current|current)${E}`,
  ),
  (m, text, rule) => {
    const w = group(m, "w")!.toLowerCase().replace(/\s+/g, " ");
    const before = text.slice(Math.max(0, m.index - 15), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
    let span = matchSpan(m);
    // "right now": TimeML marks "now" alone.
    if (/^(?:right|just) now$/.test(w)) span = { start: span.end - 3, end: span.end };
    if (w === "now") {
      // "now that", "now-defunct", "by now" and "until now" are still the present; "now, now" in quotes is not time.
      if (/^-/.test(after)) return null;
    }
    if (w === "the present") {
      if (!/\b(?:at|until|to|into|in|for|from)\s*$/i.test(before)) return null;
      if (/^\s+(?:day|time|case|study|system|value|government|regime|crisis|situation)\b/i.test(after)) return null;
    }
    if (w === "current" || w === "then current" || w === "then-current") {
      // The adjective counts when it dates the noun ("the current chairman"), not in "current account" or "electric current".
      if (
        /^\s+(?:account|accounts|events|affairs|assets|liabilities|liability|ratio|yield|coupon|dollars?|prices?|rates?|form|level|levels|quarter|year|month|week|fiscal|period|term|session|crisis|issue)\b/i.test(
          after,
        )
      )
        return null;
      if (!/\b(?:the|its|their|his|her|our|your|at|of)\s*$/i.test(before)) return null;
      if (!/^\s+[a-z]/.test(after)) return null;
      // "the then-current price": current at a time the text has moved away from, not now.
      if (w !== "current") return { ...span, type: "DATE", value: "PAST_REF", rule };
    }
    return { ...span, type: "DATE", value: "PRESENT_REF", rule };
  },
);

/**
 * "recently", "lately", "the past", "more recently". ("previously", "once", "earlier" and the adjective "recent" are
 * left out: TimeBank marks them rarely, so they cost more precision than they add recall.)
 */
export const pastRef = recogniser(
  "past-ref",
  rx(`${B}(?<w>(?:more\\s+|until\\s+|most\\s+|only\\s+|very\\s+)?recently|lately|the\\s+past)${E}`),
  (m, text, rule) => {
    const w = group(m, "w")!.toLowerCase().replace(/\s+/g, " ");
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
    let span = matchSpan(m);
    if (/^(?:until|only|very|most) /.test(w)) span = { start: span.end - "recently".length, end: span.end };
    if (w === "the past") {
      // "the past two years" is a duration; "the past" alone is PAST_REF ("in the past").
      if (
        /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|year|month|week|day|decade|century|quarter|weekend|summer|winter|spring|fall|hours?|minutes?)\b/i.test(
          after,
        )
      )
        return null;
      if (/^\s*(?:president|chairman|master|tense|participle)/i.test(after)) return null;
    }
    return { ...span, type: "DATE", value: "PAST_REF", rule };
  },
);

/** "the future", "the near future", "the near term", "the short term", "the long term", "someday". */
export const futureRef = recogniser(
  "future-ref",
  rx(
    `${B}(?<w>the\\s+(?:near\\s+|distant\\s+|immediate\\s+)?future|future|the\\s+(?:near|short|long|longer|medium)\\s+term|someday|one\\s+day\\s+soon|a\\s+later\\s+date|the\\s+years\\s+ahead|the\\s+months\\s+ahead|the\\s+weeks\\s+ahead|the\\s+days\\s+ahead)${E}`,
  ),
  (m, text, rule) => {
    const w = group(m, "w")!.toLowerCase().replace(/\s+/g, " ");
    const before = text.slice(Math.max(0, m.index - 15), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (w === "future") {
      // "in future" and "future quarters" date things; "future contracts", "futures" and "her future" do not.
      if (
        !/\b(?:in|for|of)\s*$/i.test(before) &&
        !/^\s+(?:quarters|years|months|periods|dates?|generations)\b/i.test(after)
      )
        return null;
    }
    // "the future of our peoples" is what lies ahead for something, not a time.
    if (w === "the future" && /^\s+of\b/.test(after)) return null;
    if (/ahead$/.test(w)) {
      const unit = /years/.test(w) ? "Y" : /months/.test(w) ? "M" : /weeks/.test(w) ? "W" : "D";
      return { ...matchSpan(m), type: "DURATION", value: `PX${unit}`, rule };
    }
    if (/^the (?:near|short|long|longer|medium) term$/.test(w) && !/\b(?:in|over|for|of)\s*$/i.test(before))
      return null;
    return { ...matchSpan(m), type: "DATE", value: "FUTURE_REF", rule };
  },
);

/** A modal or a subject right before "one day": the adverb "someday" ("Islam will one day be", "he one day follow"). */
const SOMEDAY_BEFORE = /\b(?:will|would|could|might|may|can|shall|should|must|to|he|she|they|we|I|you|it)\s+$/i;

/** "will one day be": "one day" as "someday" is FUTURE_REF, not a day's duration ("in the job one day"). */
export const oneDayAsSomeday = recogniser("one-day-someday", rx(`${B}one\\s+day${E}`), (m, text, rule) => {
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  if (!SOMEDAY_BEFORE.test(before) || !/^\s+[a-z]/.test(after)) return null;
  if (/^\s+(?:of|after|before|later|earlier|ago|in|a|an|per|or|and|to|for|at)\b/.test(after)) return null;
  // "he one day walked in" is a day in the past, not "someday".
  if (/^\s+[a-z]+ed\b/.test(after)) return null;
  return { ...matchSpan(m), type: "DATE", value: "FUTURE_REF", rule, priority: 1 };
});

/** A past-tense verb right beside "soon": "was soon released", "soon became a flood". */
const PAST_BESIDE_SOON_BEFORE = /\b(?:was|were|had|did)\s+$/i;
const PAST_BESIDE_SOON_AFTER =
  /^\s+(?:[a-z]{2,}ed|became|began|came|went|left|got|made|took|found|gave|ran|fell|rose|grew|saw|knew|led)\b/i;

/**
 * "will soon begin", "may soon seek", "as soon as possible": the adverb "soon" points at the near future. Not the
 * conjunction "as soon as <clause>" nor "soon after <event>", which date by another expression, and not in a past
 * narrative ("the flood soon became a torrent"), where it is only "shortly".
 */
export const soonRef = recogniser("soon", rx(`${B}(?<w>as\\s+soon\\s+as\\s+possible|soon)${E}`), (m, text, rule) => {
  const w = group(m, "w")!.toLowerCase();
  if (w === "soon") {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/\bas\s+$/i.test(before) || /^\s+(?:after|afterwards?|thereafter|before|as|enough)\b/i.test(after)) return null;
    if (PAST_BESIDE_SOON_BEFORE.test(before + " ") || PAST_BESIDE_SOON_AFTER.test(after)) return null;
  }
  return { ...matchSpan(m), type: "DATE", value: "FUTURE_REF", rule };
});

export const referenceRecognisers = [presentRef, pastRef, futureRef, oneDayAsSomeday, soonRef];
