/**
 * Recognisers for the lines around an article in scraped text: kicker and headline, date line, byline, wire
 * dateline, author bio. Each returns what it found with spans into the text, or undefined.
 */
import * as chrono from "chrono-node";
import type { Span } from "../../core/span.js";
import type { Line } from "./lines.js";

/** Section labels that stand before a headline and a colon ("WATCH: …", "Opinion: …"). */
const KICKER_WORDS =
  /^(watch|video|opinion|analysis|exclusive|breaking|live|explainer|editorial|review|update|photos|interview|commentary|fact check|op-ed|podcast|listen|just in|developing|report|special report|feature|perspective|column|letters?)$/i;

export interface KickerHeadline {
  readonly kicker?: Span;
  readonly headline: Span;
}

/** "WATCH: Happy New Year – …" → kicker "WATCH", headline the rest. A kicker is a known label or short ALL CAPS. */
export function splitKicker(line: Line): KickerHeadline {
  const m = /^([\p{L}][\p{L} '-]{1,24}?)\s*[:|]\s+(?=\S)/u.exec(line.value);
  if (m?.[1]) {
    const label = m[1];
    const allCaps = label === label.toUpperCase() && /\p{Lu}{2}/u.test(label) && label.split(/\s+/).length <= 3;
    if (KICKER_WORDS.test(label) || allCaps) {
      return {
        kicker: { start: line.start, end: line.start + label.length },
        headline: { start: line.start + m[0].length, end: line.end },
      };
    }
  }
  return { headline: { start: line.start, end: line.end } };
}

/** "+01:00" or "Z" when the date line names its time zone ("10:42 PM UTC", "09:00 CET"); "" when it does not. */
function zoneOf(c: chrono.ParsedComponents): string {
  if (!c.isCertain("timezoneOffset")) return "";
  const minutes = c.get("timezoneOffset") ?? 0;
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

export interface DateLine {
  /** ISO 8601 date or date-time. */
  readonly iso: string;
  readonly dateSpan: Span;
  /** Short capitalised tokens beside the date: outlet abbreviations ("FRN") or places. */
  readonly extras: readonly { value: string; span: Span }[];
}

/** Longest line, in words, that can be a date line: a date plus an outlet label or "Updated". */
const DATE_LINE_MAX_WORDS = 12;

/**
 * A line that is mostly a publication date: "December 12, 2017 – FRN –", "Published 12 Dec 2017 10:02 GMT",
 * "2017-12-12". The date must be complete (day, month and year stated) to count as the publication date.
 */
export function parseDateLine(line: Line): DateLine | undefined {
  if (line.words > DATE_LINE_MAX_WORDS) return undefined;
  const results = chrono.strict.parse(line.value);
  const first = results[0];
  if (!first) return undefined;
  const c = first.start;
  if (!(c.isCertain("year") && c.isCertain("month") && c.isCertain("day"))) return undefined;
  const rest = (line.value.slice(0, first.index) + line.value.slice(first.index + first.text.length)).replace(
    /\b(published|updated|posted|last updated|on|at|am|pm|gmt|utc|[ecmp][sd]t)\b/gi,
    "",
  );
  // What remains beside the date must be short: labels and separators, not a sentence.
  if ((rest.match(/[\p{L}]+/gu) ?? []).length > 4) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${c.get("year")}-${pad(c.get("month") ?? 1)}-${pad(c.get("day") ?? 1)}`;
  const iso = c.isCertain("hour")
    ? `${date}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}${zoneOf(c)}`
    : date;
  const extras: { value: string; span: Span }[] = [];
  const dateEnd = first.index + first.text.length;
  for (const m of line.value.matchAll(/\b\p{Lu}[\p{Lu}\p{N}&]{1,7}\b/gu)) {
    if (m.index >= first.index && m.index < dateEnd) continue;
    extras.push({ value: m[0], span: { start: line.start + m.index, end: line.start + m.index + m[0].length } });
  }
  return { iso, dateSpan: { start: line.start + first.index, end: line.start + dateEnd }, extras };
}

/** One person's name in a byline: capitalised words, initials and particles (van, de, al-). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|da|del|der|den|la|le|al|bin|ibn)\s+){0,2}\p{Lu}[\p{L}'’.-]*){0,3}`;
// Case-sensitive on purpose: the name pattern relies on capitals to stop at "and".
const BYLINE = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by)[:\s]+(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)`,
  "u",
);
/** Words that start an agency or outlet name inside a byline: where a person's name ends. */
const AGENCY_WORD =
  /^(Associated|Press|Reuters|Bloomberg|AFP|AP|Agence|News|Times|Post|Agency|Staff|Correspondent|Reporter)$/;

/** Bylines that name no person. */
const NOT_A_PERSON =
  /^(staff|staff writer|editor|editors|the editors|admin|administrator|news desk|newsdesk|wire|agencies|web desk|guest|anonymous)$/i;

export interface Byline {
  readonly names: readonly { value: string; span: Span }[];
}

export function parseByline(line: Line): Byline | undefined {
  if (line.words > 20) return undefined;
  const m = BYLINE.exec(line.value);
  if (!m?.[1]) return undefined;
  const listStart = line.value.indexOf(m[1], m[0].length - m[1].length);
  const names: { value: string; span: Span }[] = [];
  // "By Anna Weber, Berlin correspondent": after a comma, a phrase with a job title is the author's role, not a name.
  const list = m[1];
  const rest = line.value.slice(listStart + list.length);
  for (const part of list.matchAll(new RegExp(NAME, "gu"))) {
    const after = list.slice(part.index + part[0].length) + rest;
    if (
      names.length > 0 &&
      /^\s*(?:\p{Lu}[\p{L}-]*\s+)?(?:correspondent|reporter|editor|writer|columnist|staff|contributor|analyst|producer|bureau|desk)\b/iu.test(
        after,
      )
    )
      break;
    // "By JANE SMITH Associated Press": the agency after the name is an affiliation, not part of it.
    const words = part[0].replace(/[.,]+$/, "").split(/\s+/);
    const agencyAt = words.findIndex((w, k) => k > 0 && AGENCY_WORD.test(w));
    const value = (agencyAt > 0 ? words.slice(0, agencyAt) : words).join(" ");
    if (NOT_A_PERSON.test(value) || /^(and)$/i.test(value)) continue;
    const start = line.start + listStart + part.index;
    names.push({ value, span: { start, end: start + value.length } });
  }
  return names.length > 0 ? { names } : undefined;
}

/** A line that is only a person's name: two to four capitalised words or initials, nothing else. */
const BARE_NAME = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,3}$/u;
/** The line under a bare name: the outlet ("USA TODAY", "Palm Beach Post", "Factcheck.org") or the writer's post. */
const OUTLET_LINE =
  /^(?:(?:special (?:to|for) )?(?:the )?(?:[\p{Lu}\d&.' -]{2,40}|[\p{L}&.' -]*\b(?:Press|Post|Times|Journal|News|Today|Herald|Tribune|Gazette|Bureau|Statesman|Examiner|Chronicle|Review|Monitor|Reuters)|[\p{L}-]+\.(?:com|org|net))|(?:[\p{L}-]+\s+)?(?:columnist|contributor|correspondent|writer|reporter|editor))$/iu;
/** Longest line under a bare name that can be its outlet or post. */
const OUTLET_LINE_MAX_WORDS = 5;

/**
 * "Deborah Barfield Berry" / "USA TODAY" on the two lines under the headline: a byline without "By", the author's
 * name alone on a line and the outlet or post alone on the next. Both lines must look the part, since a one-line
 * paragraph of two capitalised words is otherwise possible.
 */
export function parseBareByline(
  line: Line,
  next: Line | undefined,
): { byline: Byline; outletLine: boolean } | undefined {
  if (!next || line.words < 2 || line.words > 4 || next.words > OUTLET_LINE_MAX_WORDS) return undefined;
  const value = line.value.trim();
  if (!BARE_NAME.test(value) || NOT_A_PERSON.test(value) || value.split(/\s+/).some((w) => AGENCY_WORD.test(w)))
    return undefined;
  const under = next.value.trim();
  if (!OUTLET_LINE.test(under) || !/\p{Lu}/u.test(under)) return undefined;
  const start = line.start + (line.value.length - line.value.trimStart().length);
  return {
    byline: { names: [{ value, span: { start, end: start + value.length } }] },
    outletLine: !/(?:columnist|contributor|correspondent|writer|reporter|editor|bureau)$/i.test(under),
  };
}

export interface WireDateline {
  readonly place: string;
  readonly agency?: string;
  /** ISO date when the dateline states a full one ("ABERDEEN, Scotland, March 4, 2024 /PRNewswire/ --"). */
  readonly iso?: string;
  readonly dateSpan?: Span;
  readonly span: Span;
}

/** Press-release datelines: "CITY, Region, Month D, YYYY /Wire Service/ --". */
const RELEASE_DATELINE =
  /^((?:\p{Lu}[\p{Lu}.'’ -]+)(?:,\s*\p{Lu}[\p{L}. ]+?)?),\s*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}))\s*\/\s*([^/]{2,40}?)\s*\/\s*(?:--|[-–—])\s*/u;

/** "MOSCOW (Reuters) — …", "WASHINGTON, Dec 6 (AP) -", "Geneva - The …" at the start of the first paragraph. */
export function parseWireDateline(line: Line): WireDateline | undefined {
  const release = RELEASE_DATELINE.exec(line.value);
  if (release?.[1] && release[2] && release[3]) {
    const parsed = chrono.strict.parse(release[2])[0];
    const dateAt = line.value.indexOf(release[2]);
    const c = parsed?.start;
    const pad = (n: number) => String(n).padStart(2, "0");
    const iso = c ? `${c.get("year")}-${pad(c.get("month") ?? 1)}-${pad(c.get("day") ?? 1)}` : undefined;
    return {
      place: release[1].trim(),
      agency: release[3].trim(),
      ...(iso ? { iso, dateSpan: { start: line.start + dateAt, end: line.start + dateAt + release[2].length } } : {}),
      span: { start: line.start, end: line.start + release[0].length },
    };
  }
  // The dash may be typed as "--" or, in older wire copy, "_" ("WASHINGTON (AP) _ The …").
  const m =
    /^((?:\p{Lu}[\p{Lu}.'’-]+)(?:[ ,]+\p{Lu}[\p{L}.'’-]+){0,3})(?:,\s*([\p{L}]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\(([^)]{2,40})\))?\s*(?:--|[-–—_])\s+/u.exec(
      line.value,
    );
  if (!m?.[1]) return undefined;
  const place = m[1].replace(/[,\s]+$/, "");
  // Either an agency in brackets or a city in ALL CAPS ("PHILADELPHIA, Pennsylvania —", "TULSA, Okla. —"; the
  // region after the comma keeps its own case): "Geneva - The …" alone is too weak a signal otherwise.
  const city = place.split(",")[0] ?? place;
  if (!m[3] && city !== city.toUpperCase()) return undefined;
  // "WASHINGTON, August 11, 2019 (Xinhua) --": a dateline that states the year dates the article.
  const date = m[2] && /\d{4}$/.test(m[2]) ? isoDate(m[2]) : undefined;
  const dateAt = m[2] ? line.value.indexOf(m[2]) : -1;
  return {
    place,
    agency: m[3]?.trim(),
    ...(date && m[2]
      ? { iso: date, dateSpan: { start: line.start + dateAt, end: line.start + dateAt + m[2].length } }
      : {}),
    span: { start: line.start, end: line.start + m[0].length },
  };
}

/** A written date with its year ("August 11, 2019", "Aug. 11, 2019") as YYYY-MM-DD, or undefined. */
function isoDate(written: string): string | undefined {
  const c = chrono.strict.parse(written)[0]?.start;
  if (!c?.isCertain("year")) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${c.get("year")}-${pad(c.get("month") ?? 1)}-${pad(c.get("day") ?? 1)}`;
}

/** "Jane Doe is a reporter at …", "About the author: …": a paragraph about the author, usually at the end. */
export function isAuthorBio(line: Line, authorNames: readonly string[]): boolean {
  if (/^about the authors?\b/i.test(line.value)) return true;
  return authorNames.some((name) => {
    const first = name.split(/\s+/)[0] ?? name;
    const starts = line.value.startsWith(name) || line.value.startsWith(first);
    const rest = line.value.slice(line.value.startsWith(name) ? name.length : first.length);
    return starts && /^\s+(is|was|has been|writes|covers|reports|works|joined)\b/.test(rest);
  });
}
