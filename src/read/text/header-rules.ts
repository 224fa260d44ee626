/**
 * Recognisers for the lines around an article in scraped text: kicker and headline, date line, byline, wire
 * dateline, author bio. Each returns what it found with spans into the text, or undefined.
 */
import * as chrono from "chrono-node";
import { isFirstName } from "../../annotate/entities/first-names.js";
import { execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { pinRebuiltPatterns } from "./chrono-patterns.js";
import { type Line, wordCount } from "./lines.js";
import { OUTLET_HEAD } from "./outlet-rules.js";

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

/**
 * A date with its day, month and year stated: what a publication date needs. The year must be written out: "two days"
 * or "3 hours ago" are certain to the parser, counted from today, but they date nothing on a scraped page.
 */
function isComplete(r: chrono.ParsedResult): boolean {
  return (
    r.start.isCertain("year") &&
    r.start.isCertain("month") &&
    r.start.isCertain("day") &&
    (STATED_YEAR.test(r.text) || WRITTEN_SHORT_YEAR.test(r.text)) &&
    (/\p{L}/u.test(r.text) || NUMERIC_DATE.test(r.text.trim()))
  );
}
/**
 * A date in figures alone is written with one separator throughout ("2019-04-01", "03/05/2022", "04.05.2022"):
 * "2018 3.3" in a table row ("gsoc-2018  3.3 GB/s") is figures, not a date.
 */
const NUMERIC_DATE = /^\d{1,4}([./-])\d{1,2}\1\d{2,4}(?!\d)/;
/** "31.10.23", "10/31/23": a date written with a two-digit year. */
const WRITTEN_SHORT_YEAR = /\d{1,2}[./-]\d{1,2}[./-]\d{2}\b/;

/**
 * Parsers of dates written in the other languages of scraped pages ("13. Februar 2017", "4 de mayo de 2022",
 * "12 février 2020"), tried after the English one, and only on a line that states a year.
 */
const OTHER_LANGUAGE_DATES = [chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.nl];
// Four of their parsers (German, French and Dutch durations) rebuilt a long pattern at every parse of a line.
for (const parser of [chrono.strict, ...OTHER_LANGUAGE_DATES.map((p) => p.strict)]) pinRebuiltPatterns(parser);
const STATED_YEAR = /\b(?:1[89]|20)\d{2}\b/;

function otherLanguageDate(value: string): chrono.ParsedResult | undefined {
  if (!STATED_YEAR.test(value)) return undefined;
  for (const parser of OTHER_LANGUAGE_DATES) {
    const r = parser.strict.parse(value)[0];
    if (r && isComplete(r)) return r;
  }
  return monthDayYearInOtherLanguage(value);
}

/**
 * Month names of the other languages of scraped pages, by month (1-12): German, Spanish, Portuguese, French, Italian,
 * Dutch, with their usual abbreviations.
 */
const OTHER_LANGUAGE_MONTHS: readonly string[] = [
  "januar|jänner|jan|enero|ene|janeiro|janvier|janv|gennaio|gen|januari",
  "februar|feber|feb|febrero|fevereiro|fev|février|févr|fevr|febbraio|februari",
  "märz|maerz|mär|marzo|mar|março|marco|mars|maart|mrt",
  "april|apr|abril|abr|avril|avr|aprile",
  "mai|mayo|may|maio|maggio|mei",
  "juni|jun|junio|junho|juin|giugno|giu",
  "juli|jul|julio|julho|juillet|juil|luglio|lug",
  "august|aug|agosto|ago|août|aout|augustus",
  "september|sept|sep|septiembre|setiembre|set|setembro|septembre|settembre",
  "oktober|okt|octubre|oct|outubro|out|octobre|ottobre|ott",
  "november|nov|noviembre|novembro|novembre",
  "dezember|dez|diciembre|dic|dezembro|décembre|déc|dicembre|december|dec",
];
const ENGLISH_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** "Dezember 26, 2019", "mayo 11, 2022", "März 7, 2018": a month name of another language, then day and year. */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<![\p{L}])(${OTHER_LANGUAGE_MONTHS.join("|")})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})(?!\d)`,
  "iu",
);

/**
 * The US order of a date written with another language's month name, as blogs set it when their software writes
 * dates the US way in the site's language ("Dezember 26, 2019 von Jane"): the language parsers read the day first
 * and miss it. The date is read as its English twin, with the span of the text as written.
 */
function monthDayYearInOtherLanguage(value: string): chrono.ParsedResult | undefined {
  const m = MONTH_DAY_YEAR.exec(value);
  if (!m?.[1]) return undefined;
  const name = m[1].toLowerCase();
  const month = OTHER_LANGUAGE_MONTHS.findIndex((names) => names.split("|").includes(name));
  const english = chrono.strict.parse(`${ENGLISH_MONTHS[month]} ${m[2]}, ${m[3]}`)[0];
  if (month < 0 || !english) return undefined;
  return { ...english, index: m.index, text: m[0], start: english.start } as chrono.ParsedResult;
}

/**
 * Words that label a date on a date line, in the languages of scraped pages: "Published on", "Veröffentlicht am …
 * um … Uhr", "Publicado el", "Atualizado em", "Publié le", "Pubblicato il". They do not count as words beside the date.
 */
const DATE_LABEL_WORDS =
  /(?<![\p{L}])(published|updated|posted|last updated|on|at|am|pm|gmt|utc|[ecmp][sd]t|veröffentlicht|aktualisiert|publiziert|gepostet|erstellt|zuletzt|datum|um|uhr|publicado|actualizado|atualizado|publicada|el|em|às|hs?|publié|mis à jour|le|à|pubblicato|aggiornato|il|alle|gepubliceerd|bijgewerkt|op|date)(?![\p{L}])/giu;

/** Most words before the date on a line that leads with it: labels ("Veröffentlicht am:") or the author's name. */
const DATE_LED_MAX_WORDS_BEFORE = 3;
/** Longest line that leads with a date and goes on with the post's labels (categories, comments, the author). */
const DATE_LED_LINE_MAX_WORDS = 20;

/**
 * A line that leads with its date and goes on with a blog's post labels ("1. Januar 2016 von Jane Ein Kommentar",
 * "Veröffentlicht am: 28. Oktober 2023 | Anzahl Kommentare: 3"): a date line however many labels follow, as long as
 * it is no sentence ("March 3, 2020 was the day the plant closed." is one).
 */
function isDateLed(line: Line, dateIndex: number, dateEnd: number): boolean {
  const before = line.value.slice(0, dateIndex).replace(DATE_LABEL_WORDS, "");
  return (
    (before.match(/[\p{L}\d]+/gu) ?? []).length <= DATE_LED_MAX_WORDS_BEFORE &&
    line.words <= DATE_LED_LINE_MAX_WORDS &&
    !/[.!?…]["'”’)\]]*$/.test(line.value.trim()) &&
    // "Protest on June 4, 2017. (Photo: …)": a sentence ends at the date or inside the line; a caption, not a date line.
    !/^\s*[.!?]\s/.test(line.value.slice(dateEnd)) &&
    !/\p{L}{2}[.!?]\s+[\p{Lu}("“]/u.test(line.value)
  );
}

/** "5 min read", "3 minute read": a page's reading time, set beside the date. */
const READING_TIME = /\b\d+\s*(?:min(?:ute)?s?)\.?\s+read\b/gi;

/**
 * Longest line, in words, that can be a date line: a date plus an outlet label or "Updated", or two dates and times
 * ("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"); what is not date must still be short.
 */
const DATE_LINE_MAX_WORDS = 16;

/**
 * Each line's answer from `readDateLine`, kept for as long as the line object lives (one reading). The header, body,
 * closing-section and outlet rules each ask about the same lines (~3.6 calls per line on AllSides articles), and
 * every call ran chrono over the line: a quarter of the reading stage's time.
 */
const dateLines = new WeakMap<Line, DateLine | null>();

/** What the header rules know of the page being read beyond the line they are asked about. */
export interface PageContext {
  /**
   * The latest complete date the page writes anywhere (its other stories' dates), as an ISO date: the anchor of its
   * weekday date lines ("Monday 5:30PM"). Undefined when the page writes none.
   */
  readonly latestDate?: string;
}

/** The context of a line read apart from any page (a test's line, a date line rebuilt from a part of one). */
export const NO_PAGE: PageContext = {};

/**
 * A line that is mostly a publication date: "December 12, 2017 – FRN –", "Published 12 Dec 2017 10:02 GMT",
 * "2017-12-12". The date must be complete (day, month and year stated) to count as the publication date. A weekday and
 * a time ("Monday 5:30PM") is dated by the page's latest date (`page`). Asked again about the same line object, it
 * answers from memory (`dateLines`): a Line is immutable.
 */
export function parseDateLine(line: Line, page: PageContext): DateLine | undefined {
  const weekday = page.latestDate ? parseWeekdayLine(line, page.latestDate) : undefined;
  if (weekday) return weekday;
  const known = dateLines.get(line);
  if (known !== undefined) return known ?? undefined;
  const found = readDateLine(line);
  dateLines.set(line, found ?? null);
  return found;
}

/**
 * The context of the page whose lines are `lines`: the latest complete date among them anchors weekday date lines
 * ("Monday 5:30PM"), which the page's other dates are read without.
 */
export function pageContext(lines: readonly Line[]): PageContext {
  let latest: string | undefined;
  for (const line of lines) {
    const iso = parseDateLine(line, NO_PAGE)?.iso.slice(0, 10);
    if (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) && (!latest || iso > latest)) latest = iso;
  }
  return latest ? { latestDate: latest } : NO_PAGE;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** "Monday 5:30PM", "Tuesday, 9:05 am": a weekday and a time alone on a line, as a site dates its week's posts. */
const WEEKDAY_LINE = /^(sun|mon|tues|wednes|thurs|fri|satur)day,?\s+(\d{1,2}):(\d{2})\s*([ap])\.?m\.?$/i;

/**
 * "Monday 5:30PM" beside the byline: a site writes the weekday for its posts of the past week and the full date for
 * older ones, which it lists too. The post's day is the first such weekday after the latest full date on the page
 * (`latest`, an ISO date): "Monday" over teasers dated "11/13/19" is Monday 18 November.
 */
function parseWeekdayLine(line: Line, latest: string): DateLine | undefined {
  const value = line.value.trim();
  const m = WEEKDAY_LINE.exec(value);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return undefined;
  const weekday = WEEKDAYS.findIndex((d) => d.startsWith(m[1]?.toLowerCase() ?? "-"));
  const day = new Date(`${latest}T00:00:00Z`);
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() !== weekday);
  const hour = (Number(m[2]) % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  const iso = `${day.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:${m[3]}`;
  const start = line.start + (line.value.length - line.value.trimStart().length);
  return { iso, dateSpan: { start, end: start + value.length }, extras: [] };
}

function readDateLine(line: Line): DateLine | undefined {
  return publishedAfterUpdate(line) ?? parseWholeDateLine(line) ?? parseSegmentedDateLine(line);
}

/** The label of an update's date: "Updated", "Last updated", "Aktualisiert", "Actualizado", "Mis à jour". */
const UPDATED_LABEL =
  /(?<![\p{L}])(?:(?:last )?updated|modified|aktualisiert|actualizado|atualizado|mis à jour|aggiornato|bijgewerkt)(?![\p{L}])/iu;
/** The label of the first publication's date: "Published", "First published", "Veröffentlicht", "Publicado". */
const PUBLISHED_LABEL =
  /(?<![\p{L}])(?:(?:first )?published|posted|veröffentlicht|publiziert|erschienen|publicado|publicada|publié|pubblicato|gepubliceerd)(?![\p{L}])/iu;

/** Whether a date line dates an update ("Updated 6 March 2024") rather than the first publication. */
export function isUpdateDateLine(line: Line): boolean {
  return UPDATED_LABEL.test(line.value) && !PUBLISHED_LABEL.test(line.value);
}

/** Whether a date line names the first publication ("Published 5 March 2024", "Veröffentlicht am …"). */
export function isPublishedDateLine(line: Line): boolean {
  return PUBLISHED_LABEL.test(line.value);
}

/**
 * "Updated: 16:10, 6 March 2024 | Published: 14:02, 5 March 2024": a line that gives the update first and the first
 * publication after it dates the article by the latter, read from its label on.
 */
function publishedAfterUpdate(line: Line): DateLine | undefined {
  const updated = UPDATED_LABEL.exec(line.value);
  const published = PUBLISHED_LABEL.exec(line.value);
  if (!updated || !published || published.index < updated.index) return undefined;
  const value = line.value.slice(published.index);
  return parseWholeDateLine({
    ...line,
    value,
    start: line.start + published.index,
    words: wordCount(value),
  });
}

/** What separates the fields of a page's label row: "28.04.2021 - 07:18 | Source: dpa | Reading time 4 min". */
const FIELD_SEPARATOR = /\s+[|•·]\s+/g;
/** Longest field, in words, of a label row; longer, the piece is a sentence. */
const FIELD_MAX_WORDS = 8;
/** How many of a row's first fields may hold its date: further along are other labels (a teaser's date). */
const DATE_FIELD_MAX_INDEX = 1;

/**
 * "28.04.2021 - 07:18 | Source: dpa | Reading time about 4 min | Read aloud": a row of short fields, one of its first
 * two the date. Too many words for a date line as a whole, yet every field is a label: the field with the date is the
 * date line.
 */
function parseSegmentedDateLine(line: Line): DateLine | undefined {
  const fields: { value: string; at: number }[] = [];
  let at = 0;
  for (const m of execAll(FIELD_SEPARATOR, line.value)) {
    fields.push({ value: line.value.slice(at, m.index), at });
    at = m.index + m[0].length;
  }
  if (fields.length === 0) return undefined;
  fields.push({ value: line.value.slice(at), at });
  if (fields.some((f) => wordCount(f.value) > FIELD_MAX_WORDS || /\p{Ll}[.!?]\s+\p{Lu}/u.test(f.value)))
    return undefined;
  for (const field of fields.slice(0, DATE_FIELD_MAX_INDEX + 1)) {
    const value = field.value.trim();
    if (value === "") continue;
    const start = line.start + field.at + (field.value.length - field.value.trimStart().length);
    const date = parseWholeDateLine({ ...line, value, start, end: start + value.length, words: wordCount(value) });
    if (date) return date;
  }
  return undefined;
}

/** Two figures in a row: the least of a year written in figures. */
const TWO_FIGURES = /\d\d/;

function parseWholeDateLine(line: Line): DateLine | undefined {
  // Figures do not count: "4 de maio de 2022, 05:34 h Atualizado em 4 de maio de 2022, 05:35" is two dates and times.
  if (line.words > DATE_LINE_MAX_WORDS && moreLetterWordsThan(line.value, DATE_LINE_MAX_WORDS)) return undefined;
  const glued = line.value.search(GLUED_YEAR) >= 0 ? ungluedDateLine(line) : undefined;
  if (glued) return glued;
  // Every date read here states its year in figures ("2019", "3/5/19", "17.04.2020"; isComplete, DOTTED_DATE,
  // otherLanguageDate): a line without two figures in a row holds none, and chrono need not parse it.
  if (!TWO_FIGURES.test(line.value)) return undefined;
  const results = chrono.strict.parse(line.value);
  const dotted = DOTTED_DATE.exec(line.value);
  // "20:34 17.04.2020": a time before the dotted date is no date of its own.
  const beforeDotted = results[0] && dotted && results[0].index < dotted.index && !isComplete(results[0]);
  if (dotted && (results[0]?.index === dotted.index || beforeDotted)) return dottedDateLine(line, dotted);
  const english = results[0];
  const first = english && isComplete(english) ? english : otherLanguageDate(line.value);
  if (!first) return undefined;
  const c = first.start;
  // "By Jane Roe Feb 8, 2020 5 min read": the byline and a reading time beside the date are no sentence either.
  const byline = BYLINE.exec(line.value);
  const bylineEnd = byline && byline.index + byline[0].length <= first.index ? byline[0].length : 0;
  const rest = (line.value.slice(bylineEnd, first.index) + line.value.slice(first.index + first.text.length))
    .replace(READING_TIME, "")
    .replace(DATE_LABEL_WORDS, "");
  // What remains beside the date must be short: labels and separators, not a sentence; unless the line leads with
  // the date, as a blog's post line does ("January 13, 2020 at 08:45 AM | categories: Python | View Comments").
  // A line long only by its figures must be dates and labels through and through: no post line of labels either.
  const longByFigures = line.words > DATE_LINE_MAX_WORDS;
  if (
    (rest.match(/[\p{L}]+/gu) ?? []).length > 4 &&
    (longByFigures || !isDateLed(line, first.index, first.index + first.text.length))
  )
    return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  const dayFirst = isDayFirstSlashDate(line.value, first.text);
  const month = dayFirst ? c.get("day") : c.get("month");
  const day = dayFirst ? c.get("month") : c.get("day");
  const date = `${c.get("year")}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  const iso = c.isCertain("hour")
    ? `${date}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}${zoneOf(c)}`
    : date;
  const extras: { value: string; span: Span }[] = [];
  const dateEnd = first.index + first.text.length;
  for (const m of execAll(/\b\p{Lu}[\p{Lu}\p{N}&]{1,7}\b/gu, line.value)) {
    if (m.index >= first.index && m.index < dateEnd) continue;
    // "PAID CONTENT", "UPDATED": a label of the page in capitals beside the date names no outlet or place.
    if (CAPS_LABEL_WORD.test(m[0])) continue;
    extras.push({ value: m[0], span: { start: line.start + m.index, end: line.start + m.index + m[0].length } });
  }
  return { iso, dateSpan: { start: line.start + first.index, end: line.start + dateEnd }, extras };
}

/**
 * The opening of a paragraph up to the first separator after its first few characters: "31. Oktober 2023. Text…",
 * "01.02.2022 „Quote…", "Berlin, 3 March 2021 – Text…".
 */
const LEAD_PIECE = /^(.{6,40}?)(?:[.:]\s|\s[–—-]\s|\s(?=[„“"«]))/u;

/**
 * A date that opens the article's first paragraph, as press releases and some outlets set it ("31 October 2023. The
 * council…", "Harbourtown, 01.02.2022 – The council…"): the publication date when the page has no date line.
 */
export function parseLeadDate(line: Line): DateLine | undefined {
  const m = LEAD_PIECE.exec(line.value);
  const piece = m?.[1]?.replace(/[,\s]+$/, "");
  if (!piece) return undefined;
  // A place may come first ("Berlin, 3 March 2021"); what is left beside the date must be no more than that.
  if (moreLetterWordsThan(piece, 3)) return undefined;
  return parseWholeDateLine({ ...line, value: piece, end: line.start + piece.length, words: wordCount(piece) });
}

/**
 * A blog's closing sentence about its post: "This entry was posted on Monday, March 2nd, 2020 at 10:00 am and is filed
 * under News", "Dieser Beitrag wurde am 04.02.2020 von jdoe veröffentlicht", "Harbour Notes wurde am 19. Mai 2010 um
 * 23:03 Uhr gepostet".
 */
const POSTED_SENTENCE =
  /\b(?:(?:was|were) (?:posted|published)(?: on)?|(?:posted|published) on|wurde am|fue publicad[oa] el|a été publié le)\s/iu;
/** How far after those words the date must start, in characters (a weekday and "the" may come first). */
const POSTED_DATE_WITHIN = 16;

/**
 * What makes such a sentence one about the post: its subject ("This entry", "Dieser Beitrag") or, in German, the verb
 * at its end ("… gepostet"). "The ocean model was started on 01.01.1969" is the article's own sentence.
 */
const POST_SUBJECT = /\b(?:entry|post|article|story|beitrag|artikel|eintrag)\b/i;
const POST_VERB = /\b(?:gepostet|veröffentlicht|publiziert)\b/i;

/** The date a blog's closing sentence gives its post, right after the words that say it was posted. */
export function parsePostedSentence(line: Line): DateLine | undefined {
  const m = POSTED_SENTENCE.exec(line.value);
  if (!m || !(POST_SUBJECT.test(line.value.slice(0, m.index)) || POST_VERB.test(line.value))) return undefined;
  const from = m.index + m[0].length;
  const tail = line.value.slice(from);
  const dotted = DOTTED_DATE.exec(tail);
  const english = chrono.strict.parse(tail).find(isComplete);
  const other = english ? undefined : otherLanguageDate(tail);
  const found =
    dotted && (!english || dotted.index <= english.index)
      ? { index: dotted.index, text: dotted[0] }
      : (english ?? other);
  if (!found || found.index > POSTED_DATE_WITHIN) return undefined;
  const start = line.start + from + found.index;
  const date = parseWholeDateLine({
    ...line,
    value: found.text,
    start,
    end: start + found.text.length,
    words: wordCount(found.text),
  });
  // The date alone is read month first; the sentence's own words tell a day-first language ("wurde am 04/02/2020").
  return date && isDayFirstSlashDate(line.value, found.text)
    ? { ...date, iso: inSlashOrder(date.iso, found.text, () => "day-first") }
    : date;
}

/** A word with a letter in it: "05:34" and "2022" are none. */
const LETTER_WORD = /[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*/gu;

/**
 * Whether the value has more than `max` words with a letter in them. Counting stops past `max`: every line of an
 * article is asked whether it is a date line, and counting all the words of a long paragraph was 1% of the CPU.
 */
export function moreLetterWordsThan(value: string, max: number): boolean {
  // One pattern object stepped with exec: matchAll's copy of the pattern per call ran several times slower here.
  LETTER_WORD.lastIndex = 0;
  let count = 0;
  while (count <= max && LETTER_WORD.exec(value) !== null) count++;
  LETTER_WORD.lastIndex = 0;
  return count > max;
}

/** "03/05/2022": a date with slashes whose day and month could be either way round. */
const AMBIGUOUS_SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/\d{4}/;
/**
 * Words of a date line in a language that writes the day first: "Por", "von", "Actualizado el", "Publié le". English
 * lines keep the parser's month-first reading (US pages write "03/05/2022" for March 5).
 */
const DAY_FIRST_LANGUAGE_WORDS =
  /(?<![\p{L}])(por|von|am|um|uhr|el|em|às|de|actualizado|publicado|atualizado|publicada|veröffentlicht|aktualisiert|publié|mis à jour|le|pubblicato|aggiornato|il|alle|gepubliceerd|op|door)(?![\p{L}])/iu;

/** Whether an ambiguous slash date on the line is to be read day first: the line's words are of such a language. */
function isDayFirstSlashDate(value: string, dateText: string): boolean {
  const m = AMBIGUOUS_SLASH_DATE.exec(dateText);
  if (!m || Number(m[1]) > 12 || Number(m[2]) > 12) return false;
  return DAY_FIRST_LANGUAGE_WORDS.test(value);
}

/** A date with slashes anywhere in a text, for the order the page writes its dates in. */
const SLASH_DATE_ANYWHERE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\d/])/g;
/** "5 March 2024", "5th March 2024": a written date, day first, as British and most non-US pages write it. */
const DAY_MONTH_WRITTEN = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${ENGLISH_MONTHS.join("|")})\b`, "g");
/** "March 5, 2024": a written date, month first, as US pages write it. */
const MONTH_DAY_WRITTEN = new RegExp(String.raw`\b(?:${ENGLISH_MONTHS.join("|")})\s+\d{1,2}(?:st|nd|rd|th)?,`, "g");
/** A British address in the text (a footer's "example.co.uk"): the page writes its dates day first. */
const UK_ADDRESS = /\b[\w-]+\.(?:co|org|gov|ac)\.uk\b/i;

export type SlashOrder = "day-first" | "month-first";

/**
 * The order a page writes "05/03/2024" in, from its own other dates: a slash date whose first number passes 12 is day
 * first ("23/04/2020" among its comments), one whose second does is month first. Without such a date, written dates
 * tell it ("5 March 2024" against "March 5, 2024"), then a British address. Undefined when nothing tells.
 */
export function slashDateOrder(text: string): SlashOrder | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of execAll(SLASH_DATE_ANYWHERE, text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? "day-first" : "month-first";
  const dm = (text.match(DAY_MONTH_WRITTEN) ?? []).length;
  const md = (text.match(MONTH_DAY_WRITTEN) ?? []).length;
  if (dm !== md) return dm > md ? "day-first" : "month-first";
  return UK_ADDRESS.test(text) ? "day-first" : undefined;
}

/**
 * A publication date read from an ambiguous slash date (`written`, "05/03/2024") in the page's own order: the date
 * line's parser reads it month first unless the line's words are of a day-first language, and the page may say
 * otherwise. Other dates are returned as they are. `pageOrder` is asked only for an ambiguous date, as reading the
 * page's order scans its whole text (slashDateOrder) and most dates are written otherwise.
 */
export function inSlashOrder(iso: string, written: string, pageOrder: () => SlashOrder | undefined): string {
  const m = AMBIGUOUS_SLASH_DATE.exec(written.trim());
  if (!m || Number(m[1]) > 12 || Number(m[2]) > 12 || m[1] === m[2]) return iso;
  const order = pageOrder();
  if (!order) return iso;
  const readMonth = Number(iso.slice(5, 7));
  const readDayFirst = readMonth === Number(m[2]);
  if ((order === "day-first") === readDayFirst) return iso;
  return `${iso.slice(0, 5)}${iso.slice(8, 10)}-${iso.slice(5, 7)}${iso.slice(10)}`;
}

/**
 * "19. Dezember 202219. Dezember 2022", "4 de mayo de 202207:59 hs": a scraper joins the date set in two elements
 * (published, updated; date, time) without a space, and the year runs into what follows.
 */
const GLUED_YEAR = /(?<=(?<!\d)(?:19|20)\d{2})(?=\d{1,2}[.:]|\p{L})/gu;

/** The date line read with a space after each glued year; its spans are those of the line as written. */
function ungluedDateLine(line: Line): DateLine | undefined {
  const inserted: number[] = [];
  const value = line.value.replace(GLUED_YEAR, (_m, offset: number) => {
    inserted.push(offset);
    return " ";
  });
  const spaced = parseDateLine({ ...line, value, words: line.words + inserted.length }, NO_PAGE);
  if (!spaced) return undefined;
  // An offset into the spaced line, back into the line as written: less the spaces put in before it.
  const original = (at: number): number => {
    const local = at - line.start;
    return line.start + local - inserted.filter((ins, k) => ins + k < local).length;
  };
  const map = (span: Span): Span => ({ start: original(span.start), end: original(span.end) });
  return {
    iso: spaced.iso,
    dateSpan: map(spaced.dateSpan),
    extras: spaced.extras.map((e) => ({ value: e.value, span: map(e.span) })),
  };
}

/**
 * "04.05.2022": a date written with dots is day first wherever it is written so (Europe, Latin America), while the
 * general parser reads it month first, as a US date with slashes.
 */
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)/;
/** What may stand beside a dotted date on a date line: a time, labels, separators; not a sentence. */
const DOTTED_DATE_LINE_MAX_OTHER_WORDS = 4;

function dottedDateLine(line: Line, m: RegExpExecArray): DateLine | undefined {
  // "11.14.2019": a second number over 12 is the day, so the page writes the month first (a US date with dots).
  const monthFirst = Number(m[2]) > 12 && Number(m[1]) <= 12;
  const day = Number(monthFirst ? m[2] : m[1]);
  const month = Number(monthFirst ? m[1] : m[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  const rest = (line.value.slice(0, m.index) + line.value.slice(m.index + m[0].length)).replace(DATE_LABEL_WORDS, "");
  if (
    (rest.match(/[\p{L}]+/gu) ?? []).length > DOTTED_DATE_LINE_MAX_OTHER_WORDS &&
    (line.words > DATE_LINE_MAX_WORDS || !isDateLed(line, m.index, m.index + m[0].length))
  )
    return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  const start = line.start + m.index;
  return { iso: `${m[3]}-${pad(month)}-${pad(day)}`, dateSpan: { start, end: start + m[0].length }, extras: [] };
}

/** One person's name in a byline: capitalised words, initials and particles (van, de, al-). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|da|del|der|den|la|le|al|bin|ibn)\s+){0,2}\p{Lu}[\p{L}'’.-]*){0,3}`;
// Case-sensitive on purpose: the name pattern relies on capitals to stop at "and".
/**
 * The words that open a byline: English, and the German, Spanish/Portuguese and French "by" ("von", "por", "par"),
 * which English text does not put before a capitalised name at a line's start.
 */
const BY_WORD =
  // "Analysis by", "Opinion by": the kind of piece before the "by".
  "(?:(?:Analysis|Opinion|Commentary|Review|Perspective|Column|Essay|Interview) by|[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Pp]osted by|[Vv]on|VON|[Vv]om|[Pp]or|POR|[Pp]ar|PAR|[Aa]uthor|[Aa]utor(?:in)?|[Aa]utore|[Tt]ext(?: (?:&|und) Fotos?)?|[Vv]erfasst von|[Gg]eschrieben von|[Ee]scrito por|[Pp]ublicado por|[Pp]ublié par|[Éé]crit par)";
/** "and" between two names of a byline, in the languages of BY_WORD: "Von Jane Roe und Max Muster", "Por Ana y Luis". */
const NAME_JOIN = "(?:,|and|&|und|y|e|et|en)";
const BYLINE = new RegExp(String.raw`^${BY_WORD}[:\s]+(${NAME}(?:\s*${NAME_JOIN}\s*${NAME})*)`, "u");
/**
 * "von jdoe", "by admin_42 | Filed under: news": a blog's byline names the writer by a user name, often in lower
 * case, alone after the word or before the post's labels. Only a line that is just that: in a sentence, "by" before a
 * lower-case word is no byline.
 */
const HANDLE_BYLINE = new RegExp(String.raw`^${BY_WORD}:?\s+([\p{L}][\p{L}\d_.-]{1,29})(?:\s+[|•·]\s.*)?$`, "u");
/**
 * "By subject", "By date", "By person": a site's menu sorts its archive by a key, and the label reads like a blog's
 * byline by a user name in lower case. A sort key is an ordinary word, never a writer's handle.
 */
const SORT_KEY =
  /^(?:subjects?|topics?|dates?|persons?|people|names?|categor(?:y|ies)|tags?|states?|regions?|locations?|types?|years?|months?|authors?|sections?|issues?|party|parties|rulings?|popularity|relevance|newest|oldest|title)$/i;
/** Words that start an agency or outlet name inside a byline: where a person's name ends. */
const AGENCY_WORD =
  /^(Associated|Press|Reuters|Bloomberg|AFP|AP|Agence|News|Times|Post|Agency|Staff|Correspondent|Reporter)$/;

/**
 * Words of a post's comment count set after the author on its line ("von Jane Ein Kommentar", "by Jane No Comments"):
 * where the name ends.
 */
const COMMENT_COUNT_WORD =
  /^(?:Ein|Eine|Kein|Keine|No|One|Comments?|Kommentare?|Comentarios?|Commentaires?|Antworten|Replies|Reply)$/;

/** The label of a date that may follow the name on a byline's line ("Updated", "Published", "Original"). */
const DATE_LABEL_WORD = /^(?:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED|Original|Modified)$/;

/** The head noun that ends an agency's or a paper's name ("Anadolu Agency", "Harbour Times", "Kyodo News"). */
const OUTLET_HEAD_WORD = /^(?:Agency|News|Times|Post|Press)$/;

/** A month's name or abbreviation, as a word of a byline that runs into the date. */
const MONTH_WORD = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\.?$/;

/** A post run into the end of a name without a space ("KovacStaff Writer"), and what follows it. */
const GLUED_POST =
  /(\p{Ll})(?:Staff|Senior|Chief|Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Contributing)\b.*$/u;

/**
 * Head words of an institution's name ("European Space Agency", "Harbour University", "Institute of Marine Science"):
 * a byline that holds one (and opens with no first name) credits an organisation, whose name no agency word cuts
 * short. Case-sensitive, capitalised or in capitals as a name is written.
 */
const ORGANISATION_HEAD =
  /^(?:Agency|AGENCY|University|UNIVERSITY|Institute|INSTITUTE|Institution|Society|SOCIETY|Laboratory|Laboratories|Foundation|FOUNDATION|Association|ASSOCIATION|Council|Ministry|Department|Organization|Organisation|Museum|Commission|College|Hospital|Observatory|Academy|Universität|Université|Universidad)$/u;

/** Bylines that name no person. */
const NOT_A_PERSON =
  /^(staff|staff writer|editor|editors|the editors|admin|administrator|news desk|newsdesk|wire|agencies|web desk|guest|anonymous)$/i;

/**
 * Words of a post in a byline ("Political Editor", "Chief Correspondent", "Health Reporter"): no person's name holds
 * them, so a capitalised phrase with one after a name in a byline is the author's role.
 */
const POST_WORD =
  /^(?:editor|correspondent|reporter|writer|columnist|contributor|analyst|producer|journalist|bureau|desk|chief|senior|deputy|staff|freelance|redakteur(?:in)?|korrespondent(?:in)?|redaktion|corresponsal|redactor(?:a)?|periodista|rédacteur|rédactrice|journaliste)s?$/i;

/**
 * "CNN", "CNN Business", "BBC News", "The Harbour Gazette" after a name in a byline: an outlet or its desk, set after
 * the authors as their employer. A short word in capitals opens a broadcaster's or a paper's initials; a publication's
 * noun ("Gazette", "Times") makes a phrase of two words or more, or one opened by "The", a publication's name.
 */
function isOutletPart(part: string, inCapitals: boolean): boolean {
  const words = part.replace(/[.,]+$/, "").split(/\s+/);
  // In a byline set in capitals every name is ("By JANE ROE and JILL POE"): initials cannot be told from them.
  if (!inCapitals && /^\p{Lu}{2,5}$/u.test(words[0] ?? "") && words.slice(1).every((w) => /^\p{Lu}/u.test(w)))
    return true;
  return (words.length >= 2 || words[0] === "The") && OUTLET_HEAD.test(part) && !isFirstName(words[0] ?? "");
}

/** Whether a capitalised phrase after a name in a byline is a role or an employer rather than another name. */
function isRolePart(part: string): boolean {
  // "CNN Editor-at-large": a post's words may be joined by hyphens.
  const words = part.replace(/[.,]+$/, "").split(/[\s-]+/);
  return words.some((w) => POST_WORD.test(w)) || AGENCY_WORD.test(words[0] ?? "");
}

export interface Byline {
  readonly names: readonly { value: string; span: Span }[];
  /** "By Jane Roe, CNN Business": the outlet or desk the byline names after the authors, their employer. */
  readonly employer?: { value: string; span: Span };
  /** "By Reuters": the news agency a byline names instead of a person (then `names` is empty). */
  readonly agency?: { value: string; span: Span };
  /** "By The Harbour Press": the one name is a publication's, the site posting under its own name, no person's. */
  readonly institution?: boolean;
}

/**
 * A news agency as a byline names it ("By Reuters", "By The Associated Press", "By AFP", "By Reuters Staff"): the
 * agency wrote the story, no person did. Abbreviations are case-sensitive ("By PA" is the agency, "By Pat" a person).
 */
const AGENCY_BYLINE =
  /^(?:[Tt]he\s+)?((?:[Aa]ssociated [Pp]ress|ASSOCIATED PRESS|AP|[Rr]euters|REUTERS|AFP|[Aa]gence [Ff]rance-[Pp]resse|UPI|[Uu]nited [Pp]ress [Ii]nternational|dpa|DPA|[Pp]ress [Aa]ssociation|PA|Xinhua|XINHUA|Kyodo(?: News)?|Anadolu(?: Agency)?|Bloomberg(?: News)?|ANI|PTI|IANS))(?:\s+(?:[Ss]taff|STAFF|[Ww]ire))?[.,]?$/u;

/** "Reuters", "The Associated Press" alone on a line: under a wire story, the agency's sign-off. */
export function isAgencyName(value: string): boolean {
  return AGENCY_BYLINE.test(value.trim());
}

/** The agency a byline's text after its "By" names, alone: `after` starts at `start` in the page's text. */
function agencyByline(after: string, start: number): Byline | undefined {
  const trimmed = after.trim();
  const m = AGENCY_BYLINE.exec(trimmed);
  if (!m?.[1]) return undefined;
  const at = start + (after.length - after.trimStart().length) + trimmed.indexOf(m[1]);
  return { names: [], agency: { value: m[1], span: { start: at, end: at + m[1].length } } };
}

/**
 * "Associated Press" alone on a line of the header, under the headline: a wire story's byline without "By", the agency
 * as its author.
 */
export function parseAgencyLine(line: Line): Byline | undefined {
  return agencyByline(line.value, line.start);
}

export function parseByline(line: Line): Byline | undefined {
  if (line.words > 20) return undefined;
  const handle = HANDLE_BYLINE.exec(line.value.trim());
  if (handle?.[1] && !/^\p{Lu}/u.test(handle[1]) && !NOT_A_PERSON.test(handle[1]) && !SORT_KEY.test(handle[1])) {
    const start =
      line.start + (line.value.length - line.value.trimStart().length) + handle[0].length - handle[1].length;
    return { names: [{ value: handle[1], span: { start, end: start + handle[1].length } }] };
  }
  const m = BYLINE.exec(line.value);
  if (!m?.[1]) return undefined;
  const listStart = line.value.indexOf(m[1], m[0].length - m[1].length);
  const agency = agencyByline(line.value.slice(listStart), line.start + listStart);
  if (agency) return agency;
  const names: { value: string; span: Span }[] = [];
  // "By Anna Weber, Berlin correspondent": after a comma, a phrase with a job title is the author's role, not a name.
  const list = m[1];
  const rest = line.value.slice(listStart + list.length);
  for (const part of execAll(new RegExp(NAME, "gu"), list)) {
    // "By Jane Roe, Senior Political Editor", "By JANE ROE, Associated Press": a part that names a post or an agency
    // is the author's role or employer, and the list of names ends there (see isRolePart).
    if (names.length > 0 && isRolePart(part[0])) break;
    if (
      names.length > 0 &&
      isOutletPart(
        part[0],
        names.every((n) => !/\p{Ll}/u.test(n.value)),
      )
    ) {
      const value = part[0].replace(/[.,]+$/, "");
      const start = line.start + listStart + part.index;
      return { names, employer: { value, span: { start, end: start + value.length } } };
    }
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
    const afterPart = list.slice(part.index + part[0].length) + rest;
    // "by European Space Agency", "By Harbour University": an institution is credited with the story, and its name is
    // whole ("Agency" is no employer after a person's name here); after a name, "Jane Roe, Harbour University" names
    // her employer. ("By Jane Roe Anadolu Agency": a first name opens a person's name, the agency is her employer.)
    if (words.some((w) => ORGANISATION_HEAD.test(w)) && !isFirstName(words[0] ?? "")) {
      if (names.length > 0) break;
      // "University of Tokyo", "Institute for Marine Science": the name goes on past "of".
      const tail =
        /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}/u.exec(afterPart)?.[0] ?? "";
      const value = `${part[0].replace(/[.,]+$/, "")}${tail}`;
      const start = line.start + listStart + part.index;
      return { names: [{ value, span: { start, end: start + value.length } }] };
    }
    // "By The Harbour Press", "By The Valley News": "The" and a paper's head noun name a publication credited with the
    // story (the site posting under its own name), whole; "Press" closes it rather than opening an agency's name.
    if (names.length === 0 && /^(?:The|THE)$/.test(words[0] ?? "") && words.length >= 3) {
      const last = words.length - 1;
      if (OUTLET_HEAD_WORD.test(words[last] ?? "") && words.slice(1, last).every((w) => /^\p{Lu}/u.test(w))) {
        const value = words.join(" ");
        const start = line.start + listStart + part.index;
        return { names: [{ value, span: { start, end: start + value.length } }], institution: true };
      }
    }
    // "By Jane Roe Feb 8, 2020": a month before a day number starts the date, not the name.
    const monthAt = /^\s*\d/.test(afterPart) ? words.findIndex((w, k) => k > 1 && MONTH_WORD.test(w)) : -1;
    if (monthAt > 0) words.splice(monthAt);
    // "By Jane Roe, August 14, 2020": after the comma comes the date, no second name.
    if (names.length > 0 && MONTH_WORD.test(words[0] ?? "") && /^\s*\d/.test(afterPart)) break;
    // "By Jane Roe For The Harbour Times": "For" opens the outlet the author writes for, not a part of the name.
    // "BY JANE ROE ON 11/13/19 AT 4:00 PM": in a byline set in capitals, "ON" and "AT" open the date.
    const agencyAt = words.findIndex(
      (w, k) =>
        k > 0 &&
        (AGENCY_WORD.test(w) ||
          w === "For" ||
          COMMENT_COUNT_WORD.test(w) ||
          /^(?:ON|AT)$/.test(w) ||
          // "By Jane Roe Updated Nov. 19, 2019": the date's label opens the date, not part of the name.
          DATE_LABEL_WORD.test(w)),
    );
    // "By Jane Roe Anadolu Agency", "By Jane Roe Harbour Times": the capitalised word before an agency's or a
    // paper's head noun is that name's first word, glued to the author's; the author keeps a first name and surname.
    const cut =
      agencyAt >= 3 && OUTLET_HEAD_WORD.test(words[agencyAt] ?? "") && /^\p{Lu}/u.test(words[agencyAt - 1] ?? "")
        ? agencyAt - 1
        : agencyAt;
    const joined = (cut > 0 ? words.slice(0, cut) : words).join(" ");
    // "Mara KovacStaff Writer": a scraper joins the name and the post set in two elements without a space.
    const value = joined.replace(GLUED_POST, "$1");
    if (NOT_A_PERSON.test(value) || /^(and|und|y|e|et|en)$/i.test(value)) continue;
    const start = line.start + listStart + part.index;
    names.push({ value, span: { start, end: start + value.length } });
  }
  // "Von Risiken und Nebenwirkungen": in German, Spanish or French a heading may open with a capitalised "by" word
  // before nouns; a byline there names someone in full (a single name needs the English "By", or "vom" in lower case).
  if (/^(?:Von|VON|Vom|Por|POR|Par|PAR)\s/.test(m[0]) && names.every((n) => !/\s/.test(n.value))) return undefined;
  return names.length > 0 ? { names } : undefined;
}

/** Words of a job that may follow a name in a byline without "By": "Staff Attorney", "Director of …", "Professor". */
const ROLE_WORD =
  /^(?:attorney|director|professor|president|fellow|counsel|manager|officer|researcher|scientist|founder|chair|spokesperson|lecturer|economist|historian)s?$/i;
/** Most words of a "Name, Role" byline line. */
const NAME_ROLE_MAX_WORDS = 16;

/**
 * "Jane Roe, Staff Attorney, Harbour Rights Project", "& Omar Haddad, Political Editor": a byline without "By", the
 * author's name and post on a line of their own (a continuation line may open with "&" or "and"). The name must be a
 * bare name and what follows the comma must name a post.
 */
export function parseNameWithRole(line: Line): Byline | undefined {
  if (line.words > NAME_ROLE_MAX_WORDS) return undefined;
  const m = /^((?:&|and|und)\s+)?([^,]+),\s*(.+)$/u.exec(line.value);
  if (!m?.[2] || !m[3]) return undefined;
  const name = m[2].trim();
  if (!isBareName(name) || NOT_A_PERSON.test(name) || name.split(/\s+/).some((w) => AGENCY_WORD.test(w)))
    return undefined;
  const role = m[3].split(/[\s,]+/);
  if (!role.some((w) => POST_WORD.test(w) || ROLE_WORD.test(w))) return undefined;
  const start = line.start + (m[1]?.length ?? 0) + (m[2].length - m[2].trimStart().length);
  return { names: [{ value: name, span: { start, end: start + name.length } }] };
}

/**
 * "Jane Roe" alone over the article's first sentence, as an article's container opens when its byline is the only
 * header it keeps. The name must open with a known first name: a short title over a paragraph reads the same.
 */
export function parseNameOverText(line: Line, next: Line | undefined): Byline | undefined {
  if (!next || next.words < 10 || !/[.!?…]["'”’)]*$/.test(next.value)) return undefined;
  const named = parseNameBesideDateLine(line);
  const first = named?.names[0]?.value.split(/\s+/)[0] ?? "";
  return named && named.names.length === 1 && isFirstName(first) ? named : undefined;
}

/**
 * "By" (or "Written by", "Von", "Por") alone on a line, or a short label ending in the word ("Tips by", "Ein Beitrag
 * von"): the name follows on the next one.
 */
const LONE_BY = new RegExp(String.raw`^(?:${BY_WORD}|(?:\p{L}+\s+){1,3}(?:by|von|por|par))\s*:?$`, "u");

export function isLoneBy(line: Line): boolean {
  return LONE_BY.test(line.value);
}

/**
 * "By" / "Ola Berg": a byline a page sets in two elements, the word on one line and the name, alone, on the
 * next.
 */
export function parseSplitByline(line: Line, next: Line): Byline | undefined {
  if (!LONE_BY.test(line.value) || next.words < 1 || next.words > 12) return undefined;
  return parseByline({ ...next, value: `By ${next.value}`, start: next.start - 3 });
}

/** "by" after a date on a date line: "January 17, 2020 by Jane Roe", "Posted on June 2, 2021 by Jane Roe", "… von". */
const BY_AFTER_DATE = /(?:^|[\s|•·,–—-])(?:[Bb]y|BY|von|por|par)\s+(?=\p{Lu})/u;

/** The byline inside a date line, where the date comes first: "June 14, 2022 by Leo Martin". */
export function parseBylineAfterDate(line: Line): Byline | undefined {
  const m = BY_AFTER_DATE.exec(line.value);
  if (!m || m.index === 0) return handleAfterDate(line);
  const at = m.index + m[0].length;
  return parseByline({ ...line, value: `By ${line.value.slice(at)}`, start: line.start + at - 3 });
}

/** What separates a name from the date on a date line: "04.02.2022 | 15:33 Uhr | Jane Roe", "1. Mai 2022 , Jane Roe". */
const DATE_LINE_SEPARATORS = /\s*[|•·,–—/]\s*|\s+-\s+/;

/**
 * The author named beside the date on a date line: "28. Jan. 2022 Jane Roe", "11.12.2019 - Jane Roe", "Jane Roe ,
 * 01. Dez. 2017, 12:01 Uhr". What is left of the line without the date, times and date labels, split at the
 * separators, must hold a piece that is just a name (two to four capitalised words).
 */
export function parseNameBesideDate(line: Line, date: DateLine): Byline | undefined {
  const from = date.dateSpan.start - line.start;
  const to = date.dateSpan.end - line.start;
  const blank = (s: string): string => " ".repeat(s.length);
  // The date and times are blanked, not cut, so offsets into the line still hold.
  const rest = `${line.value.slice(0, from)}${blank(line.value.slice(from, to))}${line.value.slice(to)}`
    .replace(/\b\d{1,2}[:.h]\d{2}\b/g, blank)
    .replace(DATE_LABEL_WORDS, blank);
  // Only the pieces right before and right after the date: further on come the post's labels ("View Comments").
  const pieces: { value: string; at: number }[] = [];
  let at = 0;
  for (const piece of rest.split(DATE_LINE_SEPARATORS)) {
    const pieceAt = rest.indexOf(piece, at);
    at = pieceAt + piece.length;
    if (piece.trim() !== "") pieces.push({ value: piece, at: pieceAt });
  }
  const afterDate = pieces.findIndex((p) => p.at >= to);
  const beside = afterDate < 0 ? pieces.slice(-1) : [pieces[afterDate - 1], pieces[afterDate]];
  for (const piece of beside) {
    if (!piece) continue;
    const value = piece.value.trim();
    const start = line.start + piece.at + (piece.value.length - piece.value.trimStart().length);
    // "JANE ROE 3.11.2023": a name in capitals beside the date.
    const caps = /^[^\p{Ll}]+$/u.test(value) ? parseCapsNames(value, start) : undefined;
    if (caps) return caps;
    if (!isBareName(value) || NOT_A_PERSON.test(value) || value.split(/\s+/).some((w) => AGENCY_WORD.test(w))) continue;
    return { names: [{ value, span: { start, end: start + value.length } }] };
  }
  return undefined;
}

/** A name set in capitals: "JANE ROE", "VÍCTOR CASTELLANOS", "ANA M. LIND"; two or three words. */
const CAPS_NAME = /^\p{Lu}[\p{Lu}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Lu}'’-]+)){1,2}$/u;
/** "and" between names in capitals, in the languages of bylines. */
const CAPS_NAME_JOIN = /\s*(?:,|&|\bAND\b|\bUND\b|\bY\b|\bET\b|\bE\b)\s*/u;
/**
 * Words of a page's labels set in capitals ("BREAKING NEWS", "MÁS NOTICIAS"), which no name holds; and of a time
 * ("11:15 PM", "EST"), which names no outlet beside a date.
 */
const CAPS_LABEL_WORD =
  /^(?:MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|AM|PM|EST|EDT|PST|PDT|CST|CDT|GMT|UTC|BST|CET|CEST|ON|AT|BY|UPDATED|PUBLISHED|POSTED|NEWS|LIVE|UPDATES?|BREAKING|MORE|MÁS|MEHR|TOP|STORIES|VIDEOS?|PHOTOS?|FOTOS?|OPINION|OPINIÓN|SPORTS?|WORLD|LOCAL|HOME|READ|SHARE|EXCLUSIVE|ESPECIAL|SPECIAL|NOTICIAS|NACHRICHTEN|ARTICLES?|ARTIKEL|LATEST|MOST|POPULAR|CONTINUE|COMMENTS?|SUBSCRIBE|FOLLOW|MENU|SEARCH|LOGIN|SIGN|NOW|TODAY|HEUTE|HOY|PAID|CONTENT|SPONSORED|ANZEIGE|WERBUNG|PUBLIREPORTAGE|PARTNER|URL|LINK|ALL|ALLE|TODOS?|OF|THE|DER|DIE|DAS|EL|LA|LOS|LAS|DE|DEL|VON|TO|IN|ON|FOR|AND|UND)$/u;
/** Most names in a list of names in capitals. */
const CAPS_NAMES_MAX = 4;

/**
 * "VÍCTOR CASTELLANOS", "CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB": a byline of names set in capitals, as some
 * pages style it, alone in `value` (which starts at offset `start` of the text). Labels in capitals ("BREAKING NEWS",
 * "MÁS NOTICIAS") are no names: they hold a label's word.
 */
export function parseCapsNames(value: string, start: number): Byline | undefined {
  const names: { value: string; span: Span }[] = [];
  let at = 0;
  const parts = value.split(CAPS_NAME_JOIN);
  if (parts.length > CAPS_NAMES_MAX) return undefined;
  for (const part of parts) {
    const name = part.trim();
    const offset = value.indexOf(name, at);
    at = offset + name.length;
    if (!CAPS_NAME.test(name) || name.split(/\s+/).some((w) => CAPS_LABEL_WORD.test(w) || AGENCY_WORD.test(w)))
      return undefined;
    if (NOT_A_PERSON.test(name)) return undefined;
    names.push({ value: name, span: { start: start + offset, end: start + offset + name.length } });
  }
  return names.length > 0 ? { names } : undefined;
}

/**
 * "Jane Roe" alone on the line over or under the date line: a byline without "By" that a page sets beside the date;
 * the name may be set in capitals ("JANE ROE").
 */
export function parseNameBesideDateLine(line: Line): Byline | undefined {
  const value = line.value.trim();
  if (line.words >= 2 && !isBareName(value) && /^[^\p{Ll}]+$/u.test(value))
    return parseCapsNames(value, line.start + (line.value.length - line.value.trimStart().length));
  if (line.words < 2 || line.words > 4 || !isBareName(value) || NOT_A_PERSON.test(value)) return undefined;
  if (value.split(/\s+/).some((w) => AGENCY_WORD.test(w))) return undefined;
  const start = line.start + (line.value.length - line.value.trimStart().length);
  return { names: [{ value, span: { start, end: start + value.length } }] };
}

/**
 * "1. Januar 2016 von jdoe Ein Kommentar", "Posted in News by jdoe on May 2, 2021": a blog's user name, in lower case,
 * after "by" on a date line, followed by the line's end, a separator, the next label (capitalised) or "on"/"am".
 */
const HANDLE_AFTER_DATE =
  /(?:^|[\s|•·,–—-])(?:by|von|por|par)\s+(\p{Ll}[\p{L}\d_.-]{1,29})(?=$|\s+(?:[|•·]|\p{Lu}|on\b|am\b|at\b|@))/u;

function handleAfterDate(line: Line): Byline | undefined {
  const m = HANDLE_AFTER_DATE.exec(line.value);
  if (!m?.[1] || m.index === 0 || NOT_A_PERSON.test(m[1]) || /^(?:the|der|die|das|el|la|le)$/i.test(m[1]))
    return undefined;
  const start = line.start + m.index + m[0].length - m[1].length;
  return { names: [{ value: m[1], span: { start, end: start + m[1].length } }] };
}

/**
 * One word of a person's name: an initial, or a capitalised word with lower-case letters in it, which may hold more
 * capitals after an apostrophe, a prefix or a hyphen ("DeFino", "McKay", "O’Neill", "Ruiz-Tagle"); "NASA" is none.
 */
const NAME_WORD = String.raw`(?:\p{Lu}\.|(?=\p{Lu}[\p{L}'’-]*\p{Ll})\p{Lu}[\p{Ll}'’]*(?:-?\p{Lu}[\p{Ll}'’]+)*(?:-\p{Ll}+)*)`;
/** A line that is only a person's name: two to four capitalised words or initials, nothing else. */
const BARE_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){1,3}$`, "u");
/** Lower-case particles inside a name: "Christa von Bergen", "Ana de la Vega", "Mark van Dijk". */
const NAME_PARTICLE = "(?:von|van|de|der|den|da|del|di|du|la|le|ten|ter|zu|bin|al)";
const PARTICLE_NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${NAME_PARTICLE}\s+){0,2}${NAME_WORD}){1,3}$`, "u");

/**
 * Whether a line is just a person's name. A name with particles must open with a known first name: in German a title
 * reads the same ("Heizjacken von Bosch", "Der Turm der Wünsche").
 */
function isBareName(value: string): boolean {
  if (BARE_NAME.test(value)) return true;
  return PARTICLE_NAME.test(value) && isFirstName(value.split(/\s+/)[0] ?? "");
}
/** "Jane Roe", "Ana de la Vega": a person's name, opening with a known first name (a site's name may look like one). */
export function isPersonsName(value: string): boolean {
  return isBareName(value) && isFirstName(value.split(/\s+/)[0] ?? "");
}
/** The line under a bare name: the outlet ("USA TODAY", "Palm Beach Post", "Factcheck.org") or the writer's post. */
const OUTLET_LINE =
  /^(?:(?:special (?:to|for) )?(?:the )?(?:[\p{Lu}\d&.' -]{2,40}|[\p{L}&.' -]*\b(?:Press|Post|Times|Journal|News|Today|Herald|Tribune|Gazette|Bureau|Statesman|Examiner|Chronicle|Review|Monitor|Reuters)|[\p{L}-]+\.(?:com|org|net))|(?:[\p{L}-]+\s+)?(?:columnist|contributor|correspondent|writer|reporter|editor)|[\p{L}&.' -]*(?:redaktion|redakteur(?:in)?|autor(?:in)?|journalist(?:in)?|reporter(?:in)?|korrespondent(?:in)?|mitarbeiter(?:in)?))$/iu;
/** A year or a clock time: the line under a bare name is its date ("15 May 2019 at 06h00"), not its outlet. */
const DATE_UNDER_NAME = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)|\b\d{1,2}[:h]\d{2}\b/u;
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
  if (!isBareName(value) || NOT_A_PERSON.test(value) || value.split(/\s+/).some((w) => AGENCY_WORD.test(w)))
    return undefined;
  const under = next.value.trim();
  // "Sign Out" / "By": the word over a split byline is no outlet.
  if (LONE_BY.test(under)) return undefined;
  if (!OUTLET_LINE.test(under) || !/\p{Lu}/u.test(under)) return undefined;
  const start = line.start + (line.value.length - line.value.trimStart().length);
  return {
    byline: { names: [{ value, span: { start, end: start + value.length } }] },
    // "Jane Roe" / "9 Apr 2020": a date under the name is no outlet.
    outletLine:
      !DATE_UNDER_NAME.test(under) &&
      !/(?:columnist|contributor|correspondent|writer|reporter|editor|bureau|redaktion|redakteur(?:in)?|autor(?:in)?|journalist(?:in)?|reporter(?:in)?|korrespondent(?:in)?|mitarbeiter(?:in)?)$/i.test(
        under,
      ),
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

/**
 * A heading over the author's bio: "About the author", "About Jane Roe", "Über Jane Roe", "Über die Autorin", "Sobre el
 * autor", "À propos de l'auteur", possibly with the author's count of posts ("Über Jane Roe 120 Artikel").
 */
const ABOUT_HEADING =
  /^(?:about|über|zum|zur|sobre|à propos de|a proposito di)\s+(.+?)(?:\s+\d+\s+(?:articles?|artikel|beiträge|posts?))?\s*:?$/iu;
const THE_AUTHOR =
  /^(?:the authors?|den autor|die autorin|die autoren|autor(?:in)?|el autor|la autora|l['’]auteur(?:e)?|l['’]autore)$/iu;

/** Whether `line` is a heading over a bio of the author (one of `authorNames`) or of "the author". */
export function isAboutAuthorHeading(line: Line | undefined, authorNames: readonly string[]): boolean {
  const m = line && line.words <= 8 ? ABOUT_HEADING.exec(line.value.trim()) : null;
  if (!m?.[1]) return false;
  const named = m[1].toLowerCase();
  return THE_AUTHOR.test(m[1]) || authorNames.some((n) => n.toLowerCase() === named);
}

/**
 * "Jane Doe is a reporter at …", "About the author: …": a paragraph about the author, usually at the end. A paragraph
 * right under a heading about the author ("Über Jane Doe" over "Als Redakteurin …") is one too.
 */
export function isAuthorBio(line: Line, authorNames: readonly string[], previous?: Line): boolean {
  if (/^about the authors?\b/i.test(line.value)) return true;
  if (line.words >= 8 && isAboutAuthorHeading(previous, authorNames)) return true;
  return authorNames.some((name) => {
    const first = name.split(/\s+/)[0] ?? name;
    const starts = line.value.startsWith(name) || line.value.startsWith(first);
    const rest = line.value.slice(line.value.startsWith(name) ? name.length : first.length);
    // "Jane Roe (@janeroe) is …": the writer's handle in brackets may stand between the name and the verb.
    return starts && /^\s+(?:\([^()]{1,40}\)\s+)?(is|was|has been|writes|covers|reports|works|joined)\b/.test(rest);
  });
}
