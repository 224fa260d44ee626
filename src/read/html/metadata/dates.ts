/**
 * Normalises the date strings pages publish (ISO 8601, RFC 2822, "2019/11/18", "November 18, 2019", German
 * "18.11.2019") to ISO 8601: a date-time with its offset when the page gave one, else a calendar date.
 */
import { ownEntry } from "../../../core/lookup.js";

/** Years outside this window are typos or placeholders (0001-01-01, 2099). */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})/;
const DMY = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?/;

const pad = (n: number | string): string => String(n).padStart(2, "0");

function validDate(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export function normaliseDate(raw: string): string | undefined {
  const s = raw.trim();
  let m = ISO.exec(s);
  if (m !== null) {
    const [, y, mo, d, h, mi, sec, tz] = m;
    if (!validDate(Number(y), Number(mo), Number(d))) return undefined;
    const date = `${y}-${pad(mo ?? "")}-${pad(d ?? "")}`;
    if (h === undefined) return date;
    const zone = tz === undefined ? "" : tz === "Z" ? "Z" : tz.includes(":") ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
    return `${date}T${pad(h)}:${mi}:${sec ?? "00"}${zone}`;
  }
  m = SLASHED.exec(s) ?? null;
  if (m !== null)
    return validDate(Number(m[1]), Number(m[2]), Number(m[3]))
      ? `${m[1]}-${pad(m[2] ?? "")}-${pad(m[3] ?? "")}`
      : undefined;
  m = DMY.exec(s);
  if (m !== null)
    return validDate(Number(m[3]), Number(m[2]), Number(m[1]))
      ? `${m[3]}-${pad(m[2] ?? "")}-${pad(m[1] ?? "")}`
      : undefined;
  // Unix time in seconds or milliseconds (9–13 digits; 8 digits are YYYYMMDD below).
  if (/^\d{9,13}$/.test(s)) {
    const ms = s.length >= 12 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
      ? d.toISOString().replace(/\.\d{3}Z$/, "Z")
      : undefined;
  }
  m = COMPACT.exec(s);
  if (m !== null && s.length <= 15)
    return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
  return textDate(s);
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  januar: 1,
  janvier: 1,
  feb: 2,
  february: 2,
  februar: 2,
  févr: 2,
  mar: 3,
  march: 3,
  märz: 3,
  maerz: 3,
  mars: 3,
  apr: 4,
  april: 4,
  avril: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juni: 6,
  juin: 6,
  jul: 7,
  july: 7,
  juli: 7,
  juillet: 7,
  aug: 8,
  august: 8,
  août: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  oct: 10,
  october: 10,
  oktober: 10,
  okt: 10,
  octobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  dezember: 12,
  dez: 12,
  décembre: 12,
};

const MONTH_WORD = "([a-zäéû]{3,9})\\.?";
/** "November 18, 2019", "Nov. 18 2019" */
const MDY_TEXT = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
/** "18 November 2019", "18. November 2019" */
const DMY_TEXT = new RegExp(`\\b(\\d{1,2})\\.?\\s+${MONTH_WORD}\\s+(\\d{4})\\b`, "i");

/** A date written in words, found anywhere in a short string. */
export function textDate(s: string): string | undefined {
  if (s.length > 200) return undefined;
  let m = MDY_TEXT.exec(s);
  if (m !== null) {
    const mo = ownEntry(MONTHS, (m[1] ?? "").toLowerCase());
    if (mo !== undefined && validDate(Number(m[3]), mo, Number(m[2]))) return `${m[3]}-${pad(mo)}-${pad(m[2] ?? "")}`;
  }
  m = DMY_TEXT.exec(s);
  if (m !== null) {
    const mo = ownEntry(MONTHS, (m[2] ?? "").toLowerCase());
    if (mo !== undefined && validDate(Number(m[3]), mo, Number(m[1]))) return `${m[3]}-${pad(mo)}-${pad(m[1] ?? "")}`;
  }
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s) ?? /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (iso !== null) return normaliseDate(iso[0]);
  return undefined;
}

/** Dates in URL paths: /2019/11/18/, /2019-11-18-, /20191118/. */
export function urlDate(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const m = /[/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  if (m === null) return undefined;
  return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
