/**
 * Times of day: "3 p.m." → 2017-12-12T15:00, "10:35 a.m. EST", "noon", "midnight", "4 in the morning".
 * A time alone takes the anchor's date; the merge refiner gives it a nearby date instead ("10 p.m. Wednesday").
 */
import { formatClock } from "../calendar.js";
import { NUMBER_WORDS, parseNumber } from "../lexicon.js";
import { dayOffset, withClock } from "../resolve.js";
import type { Candidate } from "../types.js";
import { B, E, group, matchSpan, recogniser, rx } from "./helpers.js";

const ZONE = "(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)";

function clockCandidate(span: { start: number; end: number }, clock: string, rule: string, mod?: string): Candidate {
  return { ...span, type: "TIME", clock, resolve: (ctx) => withClock(dayOffset(ctx, 0), clock), mod, rule };
}

/** "3 p.m.", "10:35 a.m.", "6 a.m", "7:15 p.m. EST", "around 7:15 p.m.". */
export const clockTime = recogniser(
  "clock",
  rx(
    `${B}(?:(?<hedge>around|about|approximately|shortly\\s+(?:after|before)|just\\s+(?:after|before))\\s+)?(?<h>\\d{1,2})(?:[:.](?<min>[0-5]\\d))?\\s*(?<ampm>[ap]\\.\\s?m\\.?|[ap]m\\b|[AP]M\\b)(?:\\s+(?<zone>${ZONE})\\b)?`,
  ),
  (m, _text, rule) => {
    let h = Number(group(m, "h"));
    const min = Number(group(m, "min") ?? "0");
    if (h < 1 || h > 12) return null;
    const pm = /^p/i.test(group(m, "ampm")!);
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    const hedge = group(m, "hedge")?.toLowerCase();
    const mod =
      hedge === undefined
        ? undefined
        : /^(?:around|about|approximately)$/.test(hedge)
          ? "APPROX"
          : hedge.includes("after")
            ? "AFTER"
            : "BEFORE";
    // TimeML leaves "shortly after" outside the expression; "around" inside.
    const span = matchSpan(m);
    const start = hedge !== undefined && /^(?:shortly|just|about)/.test(hedge) ? m.indices!.groups!.h![0] : span.start;
    return clockCandidate({ start, end: span.end }, formatClock(h, min), rule, start === span.start ? mod : undefined);
  },
);

/** 24-hour clock with a zone or "hours": "14:30 GMT", "0600 hours". */
export const clockTime24 = recogniser(
  "clock-24",
  rx(`${B}(?<h>[01]?\\d|2[0-3]):?(?<min>[0-5]\\d)\\s*(?:(?<zone>${ZONE})|hours|hrs)\\b`),
  (m, _text, rule) => clockCandidate(matchSpan(m), formatClock(Number(group(m, "h")), Number(group(m, "min"))), rule),
);

/** "noon", "midnight", "midday". */
export const namedTime = recogniser("noon", rx(`${B}(?<w>noon|midnight|midday|mid-?day)${E}`), (m, text, rule) => {
  const w = group(m, "w")!.toLowerCase();
  const before = text.slice(Math.max(0, m.index - 10), m.index);
  if (/\bhigh\s+$/i.test(before)) return null;
  return clockCandidate(matchSpan(m), w === "midnight" ? "24:00" : "12:00", rule);
});

/** "4 in the morning", "ten o'clock", "8 o'clock at night". */
export const oclock = recogniser(
  "oclock",
  rx(
    `${B}(?<h>\\d{1,2}|${NUMBER_WORDS})(?:\\s+o['’]clock)?(?:\\s+(?:in\\s+the\\s+(?<part>morning|afternoon|evening)|at\\s+night))|${B}(?<h2>\\d{1,2}|${NUMBER_WORDS})\\s+o['’]clock${E}`,
  ),
  (m, _text, rule) => {
    const raw = group(m, "h") ?? group(m, "h2")!;
    let h = parseNumber(raw);
    if (h === undefined || h < 1 || h > 12 || raw.toLowerCase() === "a") return null;
    const part = group(m, "part")?.toLowerCase();
    if ((part === "afternoon" || part === "evening" || /night/i.test(m[0])) && h < 12) h += 12;
    if (part === "morning" && h === 12) h = 0;
    return clockCandidate(matchSpan(m), formatClock(h, 0), rule);
  },
);

export const clockRecognisers = [clockTime, clockTime24, namedTime, oclock];
