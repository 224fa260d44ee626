/**
 * Reads an article from text as scraped from a news page, furniture and all. It reads top to bottom:
 *
 *  1. Split the text into lines; each non-empty line is a block.
 *  2. Mark page furniture (ads, newsletter boxes, share bars, captions…) with the boilerplate rules.
 *  3. Read the header zone: kicker and headline, date line with the outlet's label, byline, standfirst.
 *  4. The body starts at the first paragraph after the header and ends at the last paragraph before the trailing
 *     furniture; an author bio at the end is furniture too.
 *  5. Find the outlet: a name in the bio or a copyright line whose initials match the date line's label, else the
 *     name the page gives itself in its furniture (outlet-rules.ts).
 *
 * Plain text with no recognisable header is analysed whole as body.
 */
import type { Author, Block, Boilerplate, Diagnostic, Metadata, Outlet, Sourced } from "../../core/document.js";
import { AT_CAPITAL, execAll, wholeWordPattern } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { matchBoilerplate } from "./boilerplate-rules.js";
import {
  type Byline,
  type DateLine,
  inSlashOrder,
  isAboutAuthorHeading,
  isAgencyName,
  isAuthorBio,
  isLoneBy,
  isPersonsName,
  isPublishedDateLine,
  isUpdateDateLine,
  type PageContext,
  pageContext,
  parseAgencyLine,
  parseBareByline,
  parseByline,
  parseBylineAfterDate,
  parseCapsNames,
  parseDateLine,
  parseLeadDate,
  parseNameBesideDate,
  parseNameBesideDateLine,
  parseNameOverText,
  parseNameWithRole,
  parsePostedSentence,
  parseSplitByline,
  parseWireDateline,
  slashDateOrder,
  splitKicker,
} from "./header-rules.js";
import { findHoverCards } from "./hover-cards.js";
import { endsLikeSentence, type Line, splitLines, titleCaseShare, wordCount } from "./lines.js";
import { agencyOutlet, brandOfOwner, OUTLET_HEAD, OWNER_TAIL, outletBySelfReference } from "./outlet-rules.js";

export interface TextReading {
  readonly body: Span;
  readonly blocks: Block[];
  readonly boilerplate: Boilerplate[];
  readonly metadata: Metadata;
  readonly diagnostics: Diagnostic[];
}

/** A headline is short: longer first lines are paragraphs of a text without one. */
const HEADLINE_MAX_WORDS = 30;
/** How many lines from the top the header zone may span (kicker, headline, standfirst, date, byline, ads). */
const HEADER_MAX_LINES = 8;
/**
 * Headings that open the furniture at the end of press releases and articles: a press release's contacts and notes,
 * the author's note, a fact-check's record of itself ("About this statement:" over its researchers and sources), the
 * comments ("Leave a Reply"), a blog's "Post navigation" over its links to the posts either side, a science news
 * site's "Explore further" over its sources and
 * citation, a "Disclaimer" link under a markets story.
 */
const CLOSING_SECTION =
  /^([Aa]bout this (?:article|statement|story|post|fact[- ]check|report)|[Aa]bout (the )?\p{Lu}[\p{L}\d .,&'’-]{0,60}|(?:Über|Zum|Zur) (?:(?:den|die) )?Autor(?:in|en)?|Über \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}|Über \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2} \d+ (?:Artikel|Beiträge)|(?:Sobre el autor|Sobre la autora|À propos de l['’]auteure?)|[Hh]interlasse (?:jetzt )?einen Kommentar|[Tt]opics|TOPICS|[Tt]hemen|[Ss]chlagwörter|[Tt]ags|[Ss]chreibe einen Kommentar|[Kk]ommentar verfassen|[Dd]eja un comentario|[Ll]aisser un commentaire|[Aa]bout the [Aa]uthors?|ABOUT THE AUTHORS?|[Mm]edia ([Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)|[Pp]ress ([Cc]ontacts?|[Oo]ffice)|[Cc]ontacts?|[Ff]or (more|further) information|[Nn]otes to [Ee]ditors|SOURCE:? \p{Lu}.*|[Ee]xplore [Ff]urther|EXPLORE FURTHER|[Dd]isclaimer|DISCLAIMER|###|[Ll]eave a ([Rr]eply|[Cc]omment)|[Pp]ost [Nn]avigation|\[?\s*\d* ?[Cc]omments\s*\]?|([Tt]op [Rr]ated|[Rr]eader|[Ll]atest|[Vv]iew|[Ss]how|[Ll]oad) [Cc]omments( \(\d+\))?|[Jj]oin the ([Dd]iscussion|[Cc]onversation)|[Ss]hare your thoughts.*)\s*:?$/u;
/**
 * Headings of a page's lists of other stories ("Related articles", "Our latest stories", "Up next"). At the end of
 * the article they open the page's furniture; in mid-article (a box of links between paragraphs) the article goes on
 * after them, so they close it only when no run of paragraphs follows.
 */
const LINKS_SECTION =
  /^([Rr]elated ([Tt]opics|[Ss]tories|[Aa]rticles|[Cc]overage|[Ii]nternet [Ll]inks|[Pp]osts|[Vv]ideos|[Ll]inks|[Cc]ontent)|[Rr]elated|RELATED|RELATED (?:ARTICLES|STORIES|POSTS)|[Ss]imilar ([Aa]rticles|[Ss]tories|[Pp]osts)|SIMILAR (?:ARTICLES|STORIES)|RECOMMENDED(?: STORIES| FOR YOU)?|[Rr]ecommends|[Mm]ost ([Pp]opular|[Rr]ead|[Vv]iewed) ([Ss]tories|[Aa]rticles|[Vv]ideos|[Nn]ow)|[Ll]atest ([Aa]rticles|[Pp]osts)|[Mm]ore on this story|[Mm]ore (from|stories from) \p{Lu}.*|[Mm]ore (?:[\p{L}\d]+ ){1,3}[Ss]tories|[Tt]op [Ss]tories|[Mm]ost [Rr]ead|[Mm]ost [Pp]opular [Tt]his [Ww]eek|MOST POPULAR|TRENDING NOW|[Yy]ou (may|might) also like|[Oo]ur [Ll]atest ([Ss]tories|[Nn]ews|[Aa]rticles)|[Ll]atest ([Nn]ews|[Ss]tories|[Hh]eadlines|[Vv]ideos)|[Mm]ore ([Nn]ews|[Ss]tories|[Hh]eadlines|[Vv]ideos|[Aa]rticles)|[Mm]ore in \p{Lu}.*|[Uu]p [Nn]ext|[Nn]ext [Uu]p(?: [Ii]n \p{Lu}.*)?|[Ff]urther [Rr]eading|[Rr]ead [Nn]ext|[Ww]hat to [Rr]ead [Nn]ext|[Rr]ecommended( for [Yy]ou| [Ss]tories| [Rr]eading)?|[Tt]rending( [Nn]ow| [Ss]tories)?|[Pp]opular( [Nn]ow| [Ss]tories| [Pp]osts)?|[Mm]ost [Pp]opular|[Aa]round the [Ww]eb|([Ss]ponsored|[Pp]romoted) ([Ss]tories|[Cc]ontent|[Ll]inks)|[Dd]on['’]t [Mm]iss|DON['’]T MISS|[Ee]ditor['’]?s [Pp]icks|[Ww]eitere (?:Beiträge|Artikel|Nachrichten|Meldungen)(?: zum Thema)?|[Dd]as könnte (?:Sie|dich) auch interessieren|[Ää]hnliche (?:Beiträge|Artikel)|[Vv]erwandte (?:Beiträge|Artikel)|MEISTGELESEN|[Mm]eistgelesen|[Mm]eistgelesene Artikel|[Àà] lire aussi|[Ss]ur le même sujet|[Nn]oticias relacionadas|[Tt]e puede interesar|[Ll]eer más)\s*:?$/u;
/** A teaser's blurb cut short ("… the board said the... more"): a listed story's, not a paragraph of the article. */
const TRUNCATED_TEASER = /(?:\.{3}|…)\s*(?:more|read more)?\s*$/i;
/**
 * Furniture rules whose line closes the article when no run of paragraphs follows it: an opinion piece's disclaimer,
 * a book excerpt's reprint credit (the author's bio under it is furniture too), a news story's credits.
 */
const CLOSING_FURNITURE_RULES = new Set([
  "boilerplate:editorial-disclaimer",
  "boilerplate:reprint-credit",
  // "Jane Roe contributed to this report.", "Editing by Jo Lee": the story's credits close it.
  "boilerplate:credit-line",
]);
/** Paragraphs in a row after a links heading that show the article goes on. */
const ARTICLE_GOES_ON_PARAGRAPHS = 3;
/** Words of prose the body must hold before a closing section can open: menus of a page come before any prose. */
const CLOSING_MIN_PROSE_WORDS = 30;
/** Longest line, in words, that can open the closing furniture: it is a heading. */
const CLOSING_HEADING_MAX_WORDS = 8;
/** A line naming the author's post: "Staff Writer", "Senior Political Correspondent". */
const AUTHOR_POST =
  /^(?:[\p{L}-]+\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|analyst)s?$/iu;
/** A standfirst is a sentence or two; shorter lines in the header are labels. */
const STANDFIRST_MIN_WORDS = 8;

/**
 * "DISNEY WORLD CANCELS HALLOWEEN PARTY, ADJUSTS EPCOT FESTIVAL DATE": a link to another story, set in capitals inside
 * the body. Not on the first lines, where a headline or a kicker may be in capitals too.
 */
const CAPS_LINK_FIRST_LINE = 2;
const CAPS_LINK_MIN_WORDS = 4;
const CAPS_LINK_MAX_WORDS = 25;

/** The plural's "s" after an acronym ("CEOs", "AMAs") in a line set in capitals. */
const CAPS_PLURAL = /(?<=\p{Lu}{2})s\b/gu;

function isCapsLink(line: Line, page: PageContext): boolean {
  return (
    line.words >= CAPS_LINK_MIN_WORDS &&
    line.words <= CAPS_LINK_MAX_WORDS &&
    // "… HITS AT AMAs AMID FEUD": a plural's "s" after an acronym is small in a line of capitals too.
    !/\p{Ll}/u.test(line.value.replace(CAPS_PLURAL, "")) &&
    /\p{Lu}{2}/u.test(line.value) &&
    !/[.:]$/.test(line.value.trim()) &&
    // "07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17": a date line in capitals is the article's date.
    !parseDateLine(line, page) &&
    // "CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB": the authors' names in capitals are a byline, not a link.
    (parseCapsNames(line.value, line.start)?.names.length ?? 0) < 2
  );
}

/** Fewest words of a teaser's headline in Title Case, and of the blurb glued to it. */
const GLUED_TEASER_HEAD_MIN_WORDS = 3;
const GLUED_TEASER_BLURB_MIN_WORDS = 5;
/** Least share of capitalised words in a teaser's headline: it is set in Title Case throughout. */
const GLUED_TEASER_HEAD_TITLE_SHARE = 0.8;
/**
 * Where a teaser's blurb is glued to its headline: "…GrillA group of four…", "…On The Mend?Repairs are…". The
 * blurb opens with a word ("A" or longer): "$30B blown" is an amount. The headline's last word ends in three small
 * letters: "MacDonald", "O'Malley", "YouTube" are names written so. (AT_CAPITAL spares the look-behind at most
 * positions: every line of a long text is tried.)
 */
const TEASER_GLUE = new RegExp(String.raw`${AT_CAPITAL}(?<=\p{Ll}{3}|[\d?!)”])(?:A|\p{Lu}\p{Ll}+)[,:]?\s`, "gu");
/** The same glue after a word with two small letters ("Title RunDenny Hamlin's…"): only beside a teaser. */
const TEASER_GLUE_SHORT_WORD = new RegExp(String.raw`${AT_CAPITAL}(?<=\p{Ll}{2})(?:A|\p{Lu}\p{Ll}+)[,:]?\s`, "gu");
/** Longest label, in words, that may stand beside a lone glued teaser ("Weather", "1 hour ago"). */
const TEASER_LABEL_MAX_WORDS = 3;

/**
 * "Diners Skip $240 Tab At Harbour GrillA group of four left … without paying": the
 * shape of a teaser of another story, its headline in Title Case and its blurb glued to it (the scraper joined two
 * elements without a space). The part before the glue is a headline (Title Case, some words), the part after a
 * sentence in sentence case: a name in camel case inside a headline ("New PlayStation Is A Big Deal") has Title Case
 * on both sides. A teaser whose blurb repeats its headline is glued to itself.
 */
function isGluedTeaserShape(line: Line, glue: RegExp = TEASER_GLUE): boolean {
  if (line.words < GLUED_TEASER_HEAD_MIN_WORDS + GLUED_TEASER_BLURB_MIN_WORDS) return false;
  // "Rep. Jane Roe Jane Mary RoeSenate passes … MORE": a politician's pop-up card glued into a paragraph, not a teaser.
  if (findHoverCards(line.value, 0, line.value.length).length > 0) return false;
  // "Couple Finds Old Newspapers In WallCouple Finds Old Newspapers In Wall": the blurb repeats the headline.
  const half = line.value.length / 2;
  if (
    Number.isInteger(half) &&
    line.value.slice(0, half) === line.value.slice(half) &&
    /\p{Ll}\p{Lu}/u.test(line.value.slice(half - 1, half + 1))
  )
    return true;
  for (const m of execAll(glue, line.value)) {
    const head = line.value.slice(0, m.index);
    const blurb = line.value.slice(m.index);
    if (
      wordCount(head) >= GLUED_TEASER_HEAD_MIN_WORDS &&
      wordCount(blurb) >= GLUED_TEASER_BLURB_MIN_WORDS &&
      capitalisedShare(head) >= GLUED_TEASER_HEAD_TITLE_SHARE &&
      titleCaseShare(blurb) < TITLE_CASE_SHARE
    )
      return true;
  }
  return false;
}

/**
 * Share of a phrase's words, short ones included, that open with a capital: a headline set with "To", "In", "At" in
 * capitals scores high, a sentence that names a few companies ("Starting on July 20, Office Depot and…") does not.
 */
function capitalisedShare(value: string): number {
  const words = value.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length === 0 ? 0 : words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

/**
 * Teasers of other stories with headline and blurb glued (isGluedTeaserShape): two or more in a row, or one alone
 * among the page's short labels or furniture ("Weather" / teaser / "1 hour ago"). A paragraph of the article that opens
 * with a capitalised phrase glued to a name ("Sen. Jane Roe Jane RoeSenators…", a hover card's name) stands among
 * other paragraphs, and is left alone.
 */
function gluedTeasers(lines: readonly Line[], furniture: ReadonlyMap<number, Boilerplate>): Map<number, Boilerplate> {
  const out = new Map<number, Boilerplate>();
  const shaped = new Set(lines.filter((l) => !furniture.has(l.index) && isGluedTeaserShape(l)).map((l) => l.index));
  const labelLike = (l: Line | undefined): boolean =>
    l === undefined || furniture.has(l.index) || l.words <= TEASER_LABEL_MAX_WORDS;
  for (const i of shaped) {
    const before = lines[i - 1];
    const after = lines[i + 1];
    const inRun = shaped.has(i - 1) || shaped.has(i + 1);
    if (!inRun && !(labelLike(before) && labelLike(after))) continue;
    const line = lines[i] as Line;
    out.set(i, { start: line.start, end: line.end, kind: "related", rule: "boilerplate:glued-teaser" });
  }
  // In a list of them, a teaser whose headline ends in a short word ("…Title RunDenny Hamlin's run…").
  for (const i of [...out.keys()])
    for (const j of [i - 1, i + 1]) {
      const line = lines[j];
      if (line && !out.has(j) && !furniture.has(j) && isGluedTeaserShape(line, TEASER_GLUE_SHORT_WORD))
        out.set(j, { start: line.start, end: line.end, kind: "related", rule: "boilerplate:glued-teaser" });
    }
  return out;
}

/**
 * Whether `next`, the line under a headline in capitals, is its byline or date line ("BY JANE ROE ON 11/13/19 AT 4:00
 * PM EST"): then the line is the article's headline, not a link to another story set in capitals.
 */
function overHeaderAnchor(next: Line | undefined, page: PageContext): boolean {
  return next !== undefined && (parseByline(next) !== undefined || parseDateLine(next, page) !== undefined);
}

/**
 * "JANE ROE", "CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB" under the headline: the byline in capitals. Only under a
 * headline: a short headline in capitals over the text reads the same.
 */
function capsByline(line: Line): Byline | undefined {
  return /\p{Ll}/u.test(line.value) ? undefined : parseCapsNames(line.value, line.start);
}

const sourced = <T>(value: T, source: string, confidence: number, span?: Span): Sourced<T> => ({
  value,
  provenance: span ? { source, confidence, span } : { source, confidence },
});

export function readScrapedText(text: string): TextReading {
  const lines = splitLines(text);
  // "Monday 5:30PM" beside a byline is dated by the page's other dates: the header rules read them from its context.
  return readLines(text, lines, pageContext(lines));
}

function readLines(text: string, lines: readonly Line[], page: PageContext): TextReading {
  const blocks: Block[] = [];
  const boilerplate: Boilerplate[] = [];
  const meta: { -readonly [K in keyof Metadata]: Metadata[K] } = {};
  if (lines.length === 0) return { body: { start: 0, end: 0 }, blocks, boilerplate, metadata: meta, diagnostics: [] };

  // 2. Furniture, line by line.
  const furniture = new Map<number, Boilerplate>();
  for (const line of lines) {
    const rule = matchBoilerplate(line);
    if (rule)
      furniture.set(line.index, {
        start: line.start,
        end: line.end,
        kind: rule.kind,
        rule: `boilerplate:${rule.name}`,
      });
    else if (
      line.index >= CAPS_LINK_FIRST_LINE &&
      isCapsLink(line, page) &&
      !overHeaderAnchor(lines[line.index + 1], page)
    )
      furniture.set(line.index, { start: line.start, end: line.end, kind: "related", rule: "boilerplate:caps-link" });
  }

  // "VIDEO03:45" / "Why the ferry stopped": an embedded video's label and, under it, the clip's title.
  for (const [index, item] of videoTitles(lines, furniture, page)) furniture.set(index, item);

  // '"$53 million a week …"' / "— Jane Roe on Sunday, October 13th, 2019 in a newspaper": a statement set apart with
  // its attribution (a fact-check's claim, a pull quote), not a paragraph of the article.
  for (const [index, item] of attributedQuotes(lines, furniture)) furniture.set(index, item);

  // "Diners Skip $240 Tab At Harbour GrillA group of four…": other stories' teasers, each its
  // headline and blurb glued together, in a list or among the page's labels.
  for (const [index, item] of gluedTeasers(lines, furniture)) furniture.set(index, item);

  // A page's menus before the article and after it: runs of short link labels.
  for (const [index, item] of navigationRuns(lines, furniture, page)) furniture.set(index, item);
  // "THE ONION / We come from the future / LATEST": the site's tagline between two of its menus is the page's too.
  const menu = (j: number): boolean => furniture.get(j)?.rule === "boilerplate:menu-run";
  for (const line of lines) {
    if (
      !furniture.has(line.index) &&
      line.words > 0 &&
      line.words <= SANDWICHED_LABEL_MAX_WORDS &&
      !endsLikeSentence(line.value) &&
      menu(line.index - 1) &&
      menu(line.index + 1)
    )
      furniture.set(line.index, { start: line.start, end: line.end, kind: "navigation", rule: "boilerplate:menu-run" });
  }

  // A portal's long list of other stories' headlines running down to the article's first paragraph.
  for (const [index, item] of teaserRunOverFirstProse(lines, furniture, page)) furniture.set(index, item);

  // A page's text before the article's header (teasers, the site's own date, menus broken by a longer label).
  const headerStart = findHeaderStart(lines, furniture, page);
  markLines(lines, furniture, 0, headerStart, "navigation", "boilerplate:before-header");

  // 3. Header zone. Furniture lines do not count towards its length: a page's menus and share bars come first.
  let bodyFirst = 0;
  let byline: Byline | undefined;
  let outletLine: Line | undefined;
  let dateLine: DateLine | undefined;
  /** Whether the header's date line dates an update ("Updated …"), which a later "Published …" line replaces. */
  let dateLineUpdate = false;
  let dateLineIndex = -1;
  let seenContent = false;
  let headerLines = 0;
  let headlineLine = -1;
  /** Whether the headline was set again right under itself (the repeat takes the deck's place). */
  let headlineRepeated = false;
  let anchorLine = -1;
  /** The header's "By …" line, when it has one. */
  let explicitBylineLine = -1;
  for (let i = 0; i < lines.length - 1 && headerLines < HEADER_MAX_LINES; i++) {
    const line = lines[i] as Line;
    if (furniture.has(i)) {
      bodyFirst = i + 1;
      continue;
    }
    // "," or "|" alone on a line (a separator whose neighbours the scraper split off) is no line of the header.
    if (line.words === 0) {
      bodyFirst = i + 1;
      continue;
    }
    headerLines++;
    // A date line and a byline may share a line: "By Leo Martin | 14 June 2022", "June 14, 2022 by Leo Martin".
    const lineDate = dateLine ? undefined : parseDateLine(line, page);
    // "By / The Harbour Press" and then "Written by: Jane Roe": a person's byline under a publication's names the author.
    const personByLater = byline?.institution ? parseByline(line) : undefined;
    const explicitBy = byline ? (personByLater?.institution ? undefined : personByLater) : parseByline(line);
    const by = byline
      ? explicitBy
      : (explicitBy ??
        (lineDate ? (parseBylineAfterDate(line) ?? parseNameBesideDate(line, lineDate)) : undefined) ??
        (meta.headline && !explicitBylineSoon(lines, furniture, i)
          ? (capsByline(line) ?? parseNameWithRole(line))
          : undefined));
    // "By Jane Roe Updated Nov. 19, 2019 8:21 am ET / Original …": the date after the byline's names, read alone.
    const date = lineDate ?? (by && !dateLine ? dateAfterByline(line, by, page) : undefined);
    if (date || by) {
      if (date) {
        dateLine = date;
        dateLineIndex = i;
        dateLineUpdate = isUpdateDateLine(line);
      }
      if (by) byline = by;
      if (explicitBy && /^by\s/i.test(line.value.trim())) explicitBylineLine = i;
      if (anchorLine < 0) anchorLine = i;
      // A line with the date is a dateline even when it also names the author: the times layer reads datelines.
      blocks.push({ start: line.start, end: line.end, kind: date ? "dateline" : "byline" });
      bodyFirst = i + 1;
      seenContent = true;
      continue;
    }
    // "& Omar Haddad, Political Editor" under "Jane Roe, Staff Attorney": the next author of the byline, on its own line.
    const more = byline && /^(?:&|and|und)\s/.test(line.value) ? parseNameWithRole(line) : undefined;
    if (byline && more) {
      byline = { names: [...byline.names, ...more.names] };
      blocks.push({ start: line.start, end: line.end, kind: "byline" });
      bodyFirst = i + 1;
      continue;
    }
    // "Updated 6 March 2024" / "Published 5 March 2024": the page gives the update's date first; the article is dated
    // by its first publication.
    const published = dateLine && dateLineUpdate && isPublishedDateLine(line) ? parseDateLine(line, page) : undefined;
    if (published) {
      dateLine = published;
      dateLineUpdate = false;
      blocks.push({ start: line.start, end: line.end, kind: "dateline" });
      bodyFirst = i + 1;
      continue;
    }
    // "14 Aug 2020 2:30 pm" again under "By Jane Roe, August 14, 2020": the page repeats the date (or adds the update's).
    if (dateLine && parseDateLine(line, page)) {
      furniture.set(i, { start: line.start, end: line.end, kind: "navigation", rule: "boilerplate:header-date" });
      bodyFirst = i + 1;
      continue;
    }
    // "Associated Press" alone under the headline: the wire agency's byline without "By".
    const agencyBy =
      byline || !meta.headline || explicitBylineSoon(lines, furniture, i) ? undefined : parseAgencyLine(line);
    if (agencyBy) {
      byline = agencyBy;
      blocks.push({ start: line.start, end: line.end, kind: "byline" });
      if (anchorLine < 0) anchorLine = i;
      bodyFirst = i + 1;
      seenContent = true;
      continue;
    }
    // "Jane Roe" / "USA TODAY" under the headline: a byline without "By", name and outlet on lines of their own.
    const bare =
      byline || !meta.headline || i + 2 >= lines.length || explicitBylineSoon(lines, furniture, i)
        ? undefined
        : parseBareByline(line, lines[i + 1]);
    if (bare) {
      const under = lines[i + 1] as Line;
      byline = bare.byline;
      blocks.push(
        { start: line.start, end: line.end, kind: "byline" },
        { start: under.start, end: under.end, kind: "byline" },
      );
      if (bare.outletLine) outletLine = under;
      bodyFirst = i + 2;
      seenContent = true;
      if (anchorLine < 0) anchorLine = i;
      i++;
      continue;
    }
    // "By" alone on a line and the name on the next, as a page sets them in two elements.
    const split = byline || i + 2 >= lines.length ? undefined : parseSplitByline(line, lines[i + 1] as Line);
    if (split) {
      const under = lines[i + 1] as Line;
      byline = split;
      blocks.push(
        { start: line.start, end: line.end, kind: "byline" },
        { start: under.start, end: under.end, kind: "byline" },
      );
      bodyFirst = i + 2;
      seenContent = true;
      if (anchorLine < 0) anchorLine = i;
      i++;
      continue;
    }
    // "News", "Politics" over the headline: the page's section, not the headline.
    if (
      !meta.headline &&
      !seenContent &&
      isSectionLabel(line, nextOutside(lines, furniture, i), lines, furniture, page)
    ) {
      furniture.set(i, { start: line.start, end: line.end, kind: "navigation", rule: "boilerplate:section-label" });
      bodyFirst = i + 1;
      continue;
    }
    // A name alone on a line, the byline without "By": on the text's first line, over the first paragraph (the only
    // header kept); or under the headline, right over the date line (a button such as "+ Follow" may stand between)
    // or right under it, as a page sets it beside the date.
    let named: Byline | undefined;
    if (!byline && meta.headline && !explicitBylineSoon(lines, furniture, i))
      named = nameBesideHeaderDate(lines, furniture, i, dateLineIndex, page);
    else if (!byline && headerLines === 1) named = parseNameOverText(line, lines[i + 1]);
    if (named) {
      byline = named;
      blocks.push({ start: line.start, end: line.end, kind: "byline" });
      if (anchorLine < 0) anchorLine = i;
      bodyFirst = i + 1;
      seenContent = true;
      continue;
    }
    // "Staff Writer" under the byline: the author's post, part of the byline.
    if (byline && AUTHOR_POST.test(line.value)) {
      blocks.push({ start: line.start, end: line.end, kind: "byline" });
      bodyFirst = i + 1;
      continue;
    }
    // "The senator at a hearing last week. / (Ola Berg / Harbour Gazette)": a sentence over a photo's credit line is the
    // lead photo's caption, not the headline (a headline does not end in a full stop, or is set in Title Case: "The
    // Ferry Is Late Again. Nobody Tells You Why.").
    if (
      !meta.headline &&
      /\.["'”’]?$/.test(line.value.trim()) &&
      titleCaseShare(line.value) < TITLE_CASE_SHARE &&
      furniture.get(i + 1)?.rule === "boilerplate:photo-credit"
    ) {
      furniture.set(i, { start: line.start, end: line.end, kind: "caption", rule: "boilerplate:lead-photo-caption" });
      bodyFirst = i + 1;
      continue;
    }
    // The line found as the headline over the article's date line or byline inside a page (findHeaderStart) is the
    // headline even when a caption runs right under it, as a lead photo's does.
    // So is a line of headline length right over the date line or byline, though it ends like a sentence ("Ferry late
    // again. Riders wait…" over "1 May 2016 by Jane"): a paragraph does not stand over the post's date line. Further
    // down a page than its first line, only one not ended by a full stop: a deck over the byline is a sentence.
    const under = nextOutside(lines, furniture, i);
    const foundOverAnchor =
      (i === headerStart && headerStart > 0 && line.words <= HEADLINE_MAX_WORDS && !endsLikeSentence(line.value)) ||
      ((i === 0 || !line.value.endsWith(".")) && headlineOverDateLine(line, under, page));
    if (!meta.headline && !seenContent && (foundOverAnchor || looksLikeHeadline(line, lines[i + 1], i === 0, page))) {
      const { kicker, headline } = splitKicker(line);
      // "TECH  PERSONAL TECHNOLOGY: REVIEW": section labels in capitals, the last after a colon, over the headline.
      const label = text.slice(headline.start, headline.end);
      if (kicker && !/\s/.test(label.trim()) && !/\p{Ll}/u.test(label) && nextOutside(lines, furniture, i)) {
        furniture.set(i, { start: line.start, end: line.end, kind: "navigation", rule: "boilerplate:section-label" });
        bodyFirst = i + 1;
        continue;
      }
      if (kicker) {
        meta.kicker = sourced(text.slice(kicker.start, kicker.end), "text-header", 0.8, kicker);
        blocks.push({ ...kicker, kind: "kicker" });
      }
      meta.headline = sourced(text.slice(headline.start, headline.end), "text-header", 0.8, headline);
      blocks.push({ ...headline, kind: "headline" });
      headlineLine = i;
      bodyFirst = i + 1;
      seenContent = true;
      continue;
    }
    // The headline set again right under itself (a page's title and its article's heading, both scraped): no deck.
    // It stands where a deck would, and the sentence under it opens the text, as before (a teaser over the date).
    if (meta.headline && line.value.trim().toLowerCase() === meta.headline.value.trim().toLowerCase()) {
      furniture.set(i, { start: line.start, end: line.end, kind: "navigation", rule: "boilerplate:headline-repeat" });
      headlineRepeated = true;
      bodyFirst = i + 1;
      continue;
    }
    // "Jane Roe / Senior Contributor / Health / I am a writer and a professor …": the author's card under the byline,
    // its section label and the author's own words about herself, over the article's text.
    if (byline && byline.names.length > 0 && isFirstPersonBio(line)) {
      furniture.set(i, { start: line.start, end: line.end, kind: "author-bio", rule: "boilerplate:first-person-bio" });
      bodyFirst = i + 1;
      continue;
    }
    const bioUnder = byline && byline.names.length > 0 ? nextOutside(lines, furniture, i) : undefined;
    if (
      bioUnder &&
      line.words <= SECTION_LABEL_MAX_WORDS &&
      !endsLikeSentence(line.value) &&
      isFirstPersonBio(bioUnder)
    ) {
      furniture.set(i, { start: line.start, end: line.end, kind: "navigation", rule: "boilerplate:header-aside" });
      bodyFirst = i + 1;
      continue;
    }
    // A sentence between the headline and a later date line or byline is the standfirst.
    const headerGoesOn = headerContinuesAfter(lines, furniture, i + 1, !dateLine, !byline, page);
    if (
      headerGoesOn &&
      meta.headline &&
      !meta.standfirst &&
      !headlineRepeated &&
      line.words >= STANDFIRST_MIN_WORDS &&
      !proseBeforeAnchor(lines, furniture, i + 1, !dateLine, !byline, page)
    ) {
      meta.standfirst = sourced(line.value, "text-header", 0.6, { start: line.start, end: line.end });
      blocks.push({ start: line.start, end: line.end, kind: "standfirst" });
      bodyFirst = i + 1;
      continue;
    }
    // "Subscriptions", "Sign Out", "Print this article" between the headline and the byline: the page's labels; before
    // the byline, a short caption of the lead photo.
    // Without a headline yet, only a label shorter than any headline: a headline-length line there is the article's
    // own title or deck, which the reader must not lose.
    // With one, a headline-length line is its deck ("Driver Charged With DWI" under the headline), not a label either.
    const aside = !isHeadlineLength(line) && (meta.headline ? !endsLikeSentence(line.value) : !isProse(line));
    if (headerGoesOn && aside) {
      furniture.set(i, { start: line.start, end: line.end, kind: "navigation", rule: "boilerplate:header-aside" });
      bodyFirst = i + 1;
      continue;
    }
    break;
  }

  // "Other story / More articles / SECTION / The Budget Reckoning / By Jane Roe": a title right over the "By" line,
  // set apart from the headline found higher up by the page's labels, is the article's headline; the line found first
  // was a link in the page's lists. A line of capitals over the title is its kicker.
  // The header's labels were read as asides of the headline found first; the lines over the byline may be among them.
  const headerAside = (j: number): boolean => furniture.get(j)?.rule === "boilerplate:header-aside";
  const notAside = new Map([...furniture].filter(([j]) => !headerAside(j)));
  const overByline = explicitBylineLine >= 0 ? previousContent(lines, notAside, explicitBylineLine) : -1;
  const titleOverByline = overByline >= 0 ? (lines[overByline] as Line) : undefined;
  if (
    titleOverByline &&
    headlineLine >= 0 &&
    overByline > headlineLine &&
    lines
      .slice(headlineLine + 1, overByline)
      .some((l) => furniture.get(l.index)?.kind === "navigation" && !isCapsLabel(l)) &&
    titleOverByline.words >= 2 &&
    titleOverByline.words <= TITLE_OVER_BYLINE_MAX_WORDS &&
    /^["'“‘]?\p{Lu}/u.test(titleOverByline.value.trim()) &&
    !endsLikeSentence(titleOverByline.value)
  ) {
    const old = lines[headlineLine] as Line;
    const kept = blocks.filter((b) => b.kind !== "headline" && b.kind !== "kicker");
    blocks.length = 0;
    delete meta.kicker;
    furniture.delete(overByline);
    furniture.set(headlineLine, {
      start: old.start,
      end: old.end,
      kind: "navigation",
      rule: "boilerplate:header-aside",
    });
    const label = lines[previousContent(lines, notAside, overByline)];
    if (label && label.index > headlineLine && isCapsLabel(label)) {
      furniture.delete(label.index);
      const span = { start: label.start, end: label.end };
      meta.kicker = sourced(label.value, "text-over-byline", 0.6, span);
      kept.push({ ...span, kind: "kicker" });
    }
    const span = { start: titleOverByline.start, end: titleOverByline.end };
    blocks.push(...kept, { ...span, kind: "headline" });
    meta.headline = sourced(titleOverByline.value, "text-over-byline", 0.7, span);
    headlineLine = overByline;
  }

  // A headline found far over the article's first paragraph (the site's name, a menu label, at the top of the page)
  // gives way to the headline right over the paragraph and its date line or byline.
  const firstProse = firstBodyProse(lines, furniture, bodyFirst);
  // The header zone's headline stands when the first paragraph or the header's date line or byline follows it closely.
  // Between the headline and the date line or byline, the page's labels (furniture) do not count.
  const headlineNearProse = linesBetween(lines, furniture, headlineLine, firstProse) <= NEAR_HEADLINE_MAX_GAP;
  const headlineNearAnchor =
    anchorLine >= 0 &&
    lines.slice(headlineLine + 1, anchorLine).filter((l) => l.words > 0 && !furniture.has(l.index)).length <=
      NEAR_HEADLINE_MAX_GAP;
  const near =
    firstProse < 0 || (headlineLine >= 0 && (headlineNearProse || headlineNearAnchor))
      ? undefined
      : headlineOverFirstProse(lines, furniture, firstProse, page);
  // Without a date line or byline under it, a line over the first paragraph replaces only a headline as short as a
  // site's name or a label, or one over a page's menus and labels: a news text may set its highlights, lines of
  // some length, between a real headline and the first paragraph.
  const guessedWords = headlineLine < 0 ? 0 : (lines[headlineLine] as Line).words;
  const guessed =
    near === undefined ||
    near.anchored ||
    headlineLine < 0 ||
    (guessedWords < SECTION_HEADLINE_MIN_WORDS && (lines[near.index] as Line).words > guessedWords) ||
    (near.index - headlineLine > HEADER_MAX_LINES &&
      meanWordsBetween(lines, headlineLine, near.index) <= PAGE_LABEL_MEAN_WORDS) ||
    menuBetween(furniture, headlineLine, near.index);
  const nearHeadline = near && guessed ? near.index : -1;
  if (nearHeadline >= 0 && nearHeadline !== headlineLine) {
    const line = lines[nearHeadline] as Line;
    const kept = blocks.filter((b) => b.kind !== "headline" && b.kind !== "kicker");
    blocks.length = 0;
    delete meta.kicker;
    // "BREAKING: Council moves…" over the first paragraph: the label before the colon is the kicker, as in the header.
    const { kicker, headline } = splitKicker(line);
    if (kicker) {
      meta.kicker = sourced(text.slice(kicker.start, kicker.end), "text-near-first-paragraph", 0.6, kicker);
      kept.push({ ...kicker, kind: "kicker" });
    }
    blocks.push(...kept, { ...headline, kind: "headline" });
    meta.headline = sourced(text.slice(headline.start, headline.end), "text-near-first-paragraph", 0.6, headline);
  }

  // A blog sets its post's title under the date line ("Site name / 1 January 2019 / Happy New Year / paragraph"): the
  // title-like line that opens the body right under the header's date line or byline is the headline when the one
  // found over them is a page's label (short, a list of links, or set apart from them by the page's labels).
  // A headline found over the paragraph among the page's menus is as weak.
  const nearIsLabel = nearHeadline >= 0 && furniture.get(nearHeadline)?.kind === "navigation";
  const underAnchor = anchorLine >= 0 ? titleUnderAnchor(lines, furniture, anchorLine, bodyFirst, page) : -1;
  if (
    underAnchor >= 0 &&
    !meta.standfirst &&
    (nearHeadline < 0 || nearIsLabel) &&
    (nearIsLabel || headlineLine < 0 || isPageLabelOverAnchor(lines, furniture, headlineLine, anchorLine))
  ) {
    const line = lines[underAnchor] as Line;
    const kept = blocks.filter((b) => b.kind !== "headline" && b.kind !== "kicker");
    blocks.length = 0;
    blocks.push(...kept, { start: line.start, end: line.end, kind: "headline" });
    delete meta.kicker;
    meta.headline = sourced(line.value, "text-under-date-line", 0.6, { start: line.start, end: line.end });
    // The label taken for the headline over the date line is the page's ("Harbour Blog"), not the author's name.
    const label = lines[headlineLine];
    if (label && !furniture.has(label.index))
      furniture.set(label.index, {
        start: label.start,
        end: label.end,
        kind: "navigation",
        rule: "boilerplate:label-over-date-line",
      });
    for (let i = bodyFirst; i < underAnchor; i++) {
      const label = lines[i] as Line;
      if (!furniture.has(i))
        furniture.set(i, { start: label.start, end: label.end, kind: "navigation", rule: "boilerplate:header-aside" });
    }
    bodyFirst = underAnchor + 1;
  }

  // A page whose menu runs into the post's title ("Organisation / Bulletin / Ferry strike halts crossings / 01.02.2022
  // / paragraph"): the menu's last entry, right over the header's date line, is the headline when it is shaped like one
  // and the article starts under the date line. The headline read elsewhere (the site's label over the menu, a deck
  // under the date line) gives way.
  const menuTitle = anchorLine >= 0 && dateLine ? titleEndingMenu(lines, furniture, anchorLine, firstProse, page) : -1;
  if (menuTitle >= 0 && (headlineLine < menuTitle || headlineLine > anchorLine)) {
    const line = lines[menuTitle] as Line;
    const old = meta.headline?.provenance.span;
    const kept = blocks.filter((b) => b.kind !== "headline" && b.kind !== "kicker");
    blocks.length = 0;
    blocks.push(...kept, { start: line.start, end: line.end, kind: "headline" });
    // A headline-like line under the date line, over the first paragraph, is the post's deck.
    if (old && old.start > line.start && !meta.standfirst) {
      blocks.push({ start: old.start, end: old.end, kind: "standfirst" });
      meta.standfirst = sourced(text.slice(old.start, old.end), "text-header", 0.5, old);
    }
    delete meta.kicker;
    furniture.delete(menuTitle);
    meta.headline = sourced(line.value, "text-menu-end", 0.5, { start: line.start, end: line.end });
  }

  // A page whose header the zone above did not reach (its date line under the first paragraph, or above a headline
  // found far down the page): the date line nearest the article's first paragraph. The line is the post's, not the
  // article's text.
  const nearDate = dateLine ? undefined : dateNearArticleStart(lines, furniture, firstProse, page);
  if (nearDate) {
    const at = lines.find((l) => l.start <= nearDate.dateSpan.start && nearDate.dateSpan.start < l.end);
    if (at && !furniture.has(at.index))
      furniture.set(at.index, { start: at.start, end: at.end, kind: "other", rule: "boilerplate:post-date-line" });
  }

  // "READ MORE:" on a line of its own: the headlines of other stories that follow it are links, not body.
  for (const [index, item] of linksUnderHeadings(lines, furniture)) furniture.set(index, item);
  // "Other Story's Headline" / "Its blurb, cut off at" / "Read more": a teaser of another story set inside the text.
  for (const [index, item] of teasersOverReadMore(lines, furniture, page)) furniture.set(index, item);

  // A closing section ("About the company", "Media contact:") and all after it is furniture.
  // Only a heading-length line counts, and only after some body: "More from Brazil's delegation, …" in mid-article
  // is a paragraph, not the start of the page's furniture.
  let proseWords = 0;
  for (let i = bodyFirst + 1; i < lines.length; i++) {
    const candidate = lines[i] as Line;
    const before = lines[i - 1] as Line;
    if (!furniture.has(i - 1) && isProse(before)) proseWords += before.words;
    // "The views expressed … do not necessarily reflect …": the disclaimer that closes an opinion piece opens the page's
    // furniture too, when no run of paragraphs follows it. (A comments link is no such mark: a blog's sidebar has one.)
    const closingFurniture = CLOSING_FURNITURE_RULES.has(furniture.get(i)?.rule ?? "");
    // "5 thoughts on “…”" over a blog's comments names the post, so it runs longer than a heading.
    const commentsHeading = furniture.get(i)?.rule === "boilerplate:comments-heading";
    if (candidate.words > CLOSING_HEADING_MAX_WORDS && !closingFurniture && !commentsHeading) continue;
    const closing = commentsHeading || CLOSING_SECTION.test(candidate.value);
    // (A heading in capitals the furniture rules read as a list's, "RELATED ARTICLESMORE FROM AUTHOR" glued, counts
    // too; in sentence case that rule also reads a link between paragraphs, "Related: The pier reopens".)
    const listHeading =
      furniture.get(i)?.rule === "boilerplate:related-links" && !/\p{Ll}/u.test(candidate.value) && candidate.words > 1;
    const links = (LINKS_SECTION.test(candidate.value) || listHeading) && !articleGoesOn(lines, furniture, i + 1);
    if (!closing && !links && !(closingFurniture && !paragraphsFollow(lines, furniture, i + 1))) continue;
    // A page's menu ("Top Stories", "Contact") above the article is no closing section: some prose must come first.
    if (proseWords < CLOSING_MIN_PROSE_WORDS) continue;
    markLines(lines, furniture, i, lines.length, "other", "boilerplate:closing-section");
    break;
  }

  // The same for a byline the header zone did not reach: "von jdoe" under the first paragraph, a name beside the date.
  const headlineIndex = lineIndexAt(lines, meta.headline?.provenance.span?.start);
  if (!byline) {
    byline = bylineNearArticleStart(lines, furniture, firstBodyProse(lines, furniture, bodyFirst), headlineIndex, page);
    const at = byline ? postBylineLine(lines, byline, headlineIndex, nearHeadline) : undefined;
    if (at && !furniture.has(at.index)) {
      furniture.set(at.index, { start: at.start, end: at.end, kind: "other", rule: "boilerplate:post-byline" });
      blocks.push({ start: at.start, end: at.end, kind: "byline" });
      if (at.index === bodyFirst) bodyFirst++;
    }
  }

  let closingDate: DateLine | undefined;
  // A byline neither the header nor the lines around the first paragraph hold: the author named under the article
  // ("Written by" / "Jane Roe", "Text: Jane Roe", "About the author" over the name).
  if (!byline) {
    const closing = closingByline(lines, furniture, page);
    if (closing) {
      byline = closing.byline;
      closingDate = closing.date;
      for (const at of closing.lines) {
        if (!furniture.has(at.index))
          furniture.set(at.index, { start: at.start, end: at.end, kind: "other", rule: "boilerplate:closing-byline" });
        blocks.push({ start: at.start, end: at.end, kind: "byline" });
      }
    }
  }

  // A headline found over the first paragraph may be the line of the byline's name ("Jane Roe" over the text): the
  // author's name is no headline.
  const headlineSpan = meta.headline?.provenance.span;
  if (headlineSpan && byline?.names.some((n) => n.span.start >= headlineSpan.start && n.span.end <= headlineSpan.end)) {
    delete meta.headline;
    const kept = blocks.filter(
      (b) => b.kind !== "headline" && !(b.start === headlineSpan.start && b.kind === "byline"),
    );
    blocks.length = 0;
    blocks.push(...kept, { start: headlineSpan.start, end: headlineSpan.end, kind: "byline" });
  }

  // "Home Holidays Pear Jam for the Holidays" over "PEAR JAM FOR THE HOLIDAYS": the line read as the headline is the
  // page's breadcrumb trail, run into the title it ends with; the title set again under it is the headline.
  const trailLine = lineIndexAt(lines, meta.headline?.provenance.span?.start);
  const retitled = trailLine >= 0 ? titleAfterBreadcrumb(lines, trailLine) : -1;
  if (retitled >= 0) {
    const trail = lines[trailLine] as Line;
    const line = lines[retitled] as Line;
    const kept = blocks.filter((b) => b.kind !== "headline" && b.kind !== "kicker");
    blocks.length = 0;
    blocks.push(...kept, { start: line.start, end: line.end, kind: "headline" });
    delete meta.kicker;
    meta.headline = sourced(line.value, "text-after-breadcrumb", 0.7, { start: line.start, end: line.end });
    furniture.delete(retitled);
    furniture.set(trailLine, {
      start: trail.start,
      end: trail.end,
      kind: "navigation",
      rule: "boilerplate:breadcrumb-over-title",
    });
  }

  // The headline found at the body's first line ("BREAKING: …" over the first paragraph, the page's labels over it)
  // opens no body: the body starts under it.
  const titleAt = retitled >= 0 ? retitled : trailLine;
  // A stray label or two between the page's menus ("Best of the Region" among them) does not keep it open.
  const overTitle = lines
    .slice(bodyFirst, Math.max(bodyFirst, titleAt))
    .filter((l) => l.words > 0 && !furniture.has(l.index));
  if (titleAt >= bodyFirst && overTitle.length <= STRAY_LABELS_OVER_TITLE && !overTitle.some(isProse))
    bodyFirst = titleAt + 1;

  // "Jane Roe" / "Contributing Writer" under the last paragraph: the page repeats its byline as an author card, and
  // the page's furniture follows it.
  const authorNames = byline?.names.map((n) => n.value) ?? [];
  const card = authorCardAfterBody(lines, furniture, bodyFirst, authorNames, page);
  if (card >= 0) markLines(lines, furniture, card, lines.length, "other", "boilerplate:author-card");

  // "U.S. news" / "WHITE HOUSE" right over the headline: the section's label, which the page sets as its kicker.
  const kickerLine =
    meta.headline && !meta.kicker ? labelOverHeadline(lines, furniture, meta.headline, page) : undefined;
  if (kickerLine) {
    const span = { start: kickerLine.start, end: kickerLine.end };
    meta.kicker = sourced(kickerLine.value, "text-label-over-headline", 0.6, span);
    blocks.push({ ...span, kind: "kicker" });
  }

  // 4. Body: from the first paragraph after the header to the last one before the trailing furniture.
  let bodyLast = lines.length - 1;
  const bios: Line[] = [];
  // The end is trimmed twice: from the page's last line, and again from the footer's labels cut off below (the author's
  // bio over "More articles from Jane Roe" and a comment form, under which the page ends in a cookie notice).
  const trimEnd = (): void => {
    while (bodyLast > bodyFirst) {
      const line = lines[bodyLast] as Line;
      // A bio may also match a furniture rule (its closing appeal for support); it is a bio first.
      const previous = lines[bodyLast - 1];
      const ownWords = isFirstPersonBio(line) && previous !== undefined && authorNames.includes(previous.value.trim());
      if (isAuthorBio(line, authorNames, previous) || ownWords) {
        furniture.delete(bodyLast);
        bios.unshift(line);
        bodyLast--;
      } else if (
        furniture.has(bodyLast) ||
        isLabelAmongFurniture(lines, furniture, bodyLast) ||
        // "…" alone under a bio cut short: punctuation, no paragraph.
        !/[\p{L}\p{N}]/u.test(line.value)
      ) {
        bodyLast--;
      } else if (isPostLabel(line)) {
        // "Tag: ferries", "Buyer's Guide: Ferries (Buy Now)" over the page's furniture: the post's labels and links.
        furniture.set(bodyLast, {
          start: line.start,
          end: line.end,
          kind: "navigation",
          rule: "boilerplate:post-label",
        });
        bodyLast--;
      } else if (bios.length > 0 && bios[0]?.index === bodyLast + 1 && authorNames.includes(line.value.trim())) {
        // "Jane Roe" over her bio under the article: the author card's name, not the article's text.
        furniture.set(bodyLast, { start: line.start, end: line.end, kind: "author-bio", rule: "boilerplate:bio-name" });
        bodyLast--;
      } else if (isAgencyName(line.value)) {
        // "Reuters" alone under the last paragraph: a wire story's sign-off, not the article's text.
        furniture.set(bodyLast, {
          start: line.start,
          end: line.end,
          kind: "other",
          rule: "boilerplate:agency-sign-off",
        });
        bodyLast--;
      } else {
        break;
      }
    }
  };
  trimEnd();
  // "Privacy Policy" / "Your Ad Choices" / "© 2019 …" under the last paragraph: the page's footer of short labels.
  const footerFrom = footerLabelsAfter(lines, furniture, bodyFirst, bodyLast);
  markLines(lines, furniture, footerFrom, bodyLast + 1, "navigation", "boilerplate:footer-labels", true);
  if (footerFrom <= bodyLast) {
    bodyLast = footerFrom - 1;
    trimEnd();
  }
  // "ANALYSIS/OPINION:" or "COMMENTARY" alone over the first paragraph: the page's label for the piece, in capitals,
  // not its text.
  while (bodyFirst < bodyLast) {
    const line = lines[bodyFirst] as Line;
    if (furniture.has(bodyFirst) || line.words === 0) bodyFirst++;
    else if (
      (CAPS_LABEL_COLON.test(line.value.trim()) && line.words <= KICKER_MAX_WORDS) ||
      GENRE_LABEL.test(line.value.trim())
    ) {
      furniture.set(bodyFirst, {
        start: line.start,
        end: line.end,
        kind: "navigation",
        rule: "boilerplate:section-label",
      });
      bodyFirst++;
    } else break;
  }
  // The body opens on its first line that is the article's: the share bar and its counters between the header and
  // the first paragraph are the page's, as are separators left alone on a line.
  while (
    bodyFirst < bodyLast &&
    (furniture.has(bodyFirst) ||
      (lines[bodyFirst] as Line).words === 0 ||
      // "4553" under the byline: a view or share counter, no paragraph.
      BARE_COUNTER.test((lines[bodyFirst] as Line).value) ||
      isLabelAmongFurniture(lines, furniture, bodyFirst))
  )
    bodyFirst++;
  const leadInFrom = bodyFirst;
  bodyFirst = afterLeadInFurniture(lines, furniture, bodyFirst, bodyLast, page);
  // "Highlights" / "Key points" and the story's points under it, over the first paragraph.
  const afterPoints = afterHighlights(lines, furniture, bodyFirst, bodyLast);
  markLines(lines, furniture, bodyFirst, afterPoints, "related", "boilerplate:highlights", true);
  bodyFirst = afterPoints;
  // "HEALTH / MARIJUANA / CANNABIS / WEED" over the first paragraph: the story's tags, a list of one-word labels.
  const afterTags = afterLeadTags(lines, furniture, bodyFirst, bodyLast);
  markLines(lines, furniture, bodyFirst, afterTags, "navigation", "boilerplate:lead-tags", true);
  bodyFirst = afterTags;
  // "Headline / One-sentence deck / Photograph: … / paragraphs": the deck a lead photo's caption parts from the text.
  const deck = meta.standfirst ? -1 : deckOverLeadPhoto(lines, furniture, bodyFirst, bodyLast, titleAt);
  if (deck >= 0) {
    const line = lines[bodyFirst] as Line;
    meta.standfirst = sourced(line.value, "text-deck-over-photo", 0.5, { start: line.start, end: line.end });
    blocks.push({ start: line.start, end: line.end, kind: "standfirst" });
    bodyFirst = deck;
  }
  // "Headline / deck / byline / Smoke over the city at dawn. / Jane Roe/Agency / paragraphs": with the deck read
  // already, a sentence the lead photo's credit parts from the paragraphs is the photo's caption.
  const caption = meta.standfirst && deck < 0 ? captionOverLeadCredit(lines, furniture, bodyFirst, bodyLast) : -1;
  if (caption >= 0) {
    markLines(lines, furniture, bodyFirst, caption, "caption", "boilerplate:lead-photo-caption", true);
    bodyFirst = caption;
  }
  // "KEY POINTS / … / a caption / DUBAI, United Arab Emirates — …": the article's text opens at its wire dateline.
  bodyFirst = wireDatelineStart(lines, furniture, bodyFirst, bodyLast);
  // "Jane Roe / Contributing Writer / November 15, 2019 / View PDF" under the deck and the lead photo: the page repeats
  // its header as an author card over the text, which opens under it.
  if (dateLine) bodyFirst = afterRepeatedDateLine(lines, furniture, bodyFirst, bodyLast, dateLine, authorNames, page);
  // A video playlist's or a list's headlines of other stories between the header and the first paragraph.
  const afterLinks = afterLeadingLinks(lines, furniture, bodyFirst, bodyLast);
  markLines(lines, furniture, bodyFirst, afterLinks, "related", "boilerplate:lead-links", true);
  bodyFirst = afterLinks;
  // The date line among the widgets passed over ("Nov. 20, 2019 Updated: …" over a share bar): the article's date
  // when the header had none.
  let leadInDate: DateLine | undefined;
  for (let i = leadInFrom; i < bodyFirst && !dateLine && !leadInDate; i++)
    if (!furniture.has(i)) leadInDate = parseDateLine(lines[i] as Line, page);
  for (const bio of bios) {
    furniture.set(bio.index, { start: bio.start, end: bio.end, kind: "author-bio", rule: "boilerplate:author-bio" });
    // An appeal for support inside the bio is a donation block of its own.
    for (const m of execAll(/[^.!?]*\b(support|donate|patreon|patron)\b[^.!?]*[.!?]/gi, bio.value)) {
      const start = bio.start + m.index + (m[0].length - m[0].trimStart().length);
      boilerplate.push({
        start,
        end: bio.start + m.index + m[0].length,
        kind: "donation",
        rule: "boilerplate:donation-in-bio",
      });
    }
  }
  for (let i = bodyFirst; i <= bodyLast; i++) {
    const line = lines[i] as Line;
    // The headline found over the first paragraph has its block already.
    if (furniture.has(i) || i === nearHeadline) continue;
    blocks.push({ start: line.start, end: line.end, kind: blockKind(line) });
    // A name's pop-up card scraped into the sentence is furniture inside the paragraph.
    for (const card of findHoverCards(text, line.start, line.end))
      boilerplate.push({ ...card, kind: "related", rule: "boilerplate:hover-card" });
  }
  boilerplate.push(...furniture.values());
  boilerplate.sort((a, b) => a.start - b.start);
  blocks.sort((a, b) => a.start - b.start);

  const first = lines[bodyFirst];
  const last = lines[bodyLast];
  const body = first && last && bodyFirst <= bodyLast ? { start: first.start, end: last.end } : { start: 0, end: 0 };

  // Wire dateline at the start of the body: "MOSCOW (Reuters) — …".
  const wire = first ? parseWireDateline(first) : undefined;
  if (wire) {
    meta.dateline = sourced(
      { place: wire.place, ...(wire.agency ? { agency: wire.agency } : {}) },
      "dateline",
      0.9,
      wire.span,
    );
  }

  // "05/03/2024" is read in the order the page writes its other dates in (slashDateOrder): a British page's comments
  // dated "23/04/2020" tell that its "12/04/2020" is 12 April.
  const inPageOrder = (date: DateLine): string =>
    inSlashOrder(date.iso, text.slice(date.dateSpan.start, date.dateSpan.end), () => slashDateOrder(text));
  // A date that opens the first paragraph ("31 October 2023. The council…") when the page has no date line.
  const leadAt = dateLine || wire?.iso ? -1 : firstBodyProse(lines, furniture, bodyFirst);
  const lead = leadAt >= 0 && leadAt <= bodyLast ? parseLeadDate(lines[leadAt] as Line) : undefined;
  if (dateLine) meta.published = sourced(inPageOrder(dateLine), "text-date-line", 0.8, dateLine.dateSpan);
  else if (wire?.iso) meta.published = sourced(wire.iso, "dateline", 0.8, wire.dateSpan);
  else if (lead) meta.published = sourced(inPageOrder(lead), "text-lead-date", 0.7, lead.dateSpan);
  else if (leadInDate)
    meta.published = sourced(inPageOrder(leadInDate), "text-date-over-lead-in", 0.6, leadInDate.dateSpan);
  else if (nearDate) meta.published = sourced(inPageOrder(nearDate), "text-date-near-start", 0.6, nearDate.dateSpan);
  else if (closingDate)
    meta.published = sourced(inPageOrder(closingDate), "text-date-by-closing-byline", 0.5, closingDate.dateSpan);
  else {
    // "This entry was posted on March 2, 2020 …": a blog's closing sentence about the post, wherever it stands.
    for (const l of lines) {
      const date = furniture.get(l.index)?.kind === "related" ? undefined : parsePostedSentence(l);
      if (!date) continue;
      meta.published = sourced(inPageOrder(date), "text-posted-sentence", 0.5, date.dateSpan);
      break;
    }
  }
  if (byline && byline.names.length > 0) {
    const authors: Author[] = byline.names.map((n) => {
      const bio = bios.find(
        (b) =>
          b.value.startsWith(n.value) ||
          b.value.startsWith(n.value.split(/\s+/)[0] ?? n.value) ||
          isAboutAuthorHeading(lines[b.index - 1], [n.value]) ||
          // "Jane Roe" / "I am a writer …": the author's own words under her name.
          (isFirstPersonBio(b) && lines[b.index - 1]?.value.trim() === n.value),
      );
      return {
        name: n.value,
        span: n.span,
        affiliations: byline.employer ? [byline.employer.value] : [],
        ...(bio ? { bio: { start: bio.start, end: bio.end } } : {}),
      };
    });
    meta.authors = sourced(authors, "byline-text", 0.8);
  }

  // 5. Outlet.
  // An agency's byline ("By Reuters") names the outlet the story comes from, as a wire dateline's agency does.
  const outlet = findOutlet(lines, bios, dateLine, wire?.agency ?? byline?.agency?.value, authorNames);
  if (outlet && (outlet.provenance.confidence >= 0.5 || !outletLine)) meta.outlet = outlet;
  else if (outletLine) meta.outlet = outletOfLine(outletLine);
  // "© 2020 Jane Roe" on a page with no byline: a personal site, whose owner wrote what it publishes.
  const owner = meta.outlet?.value.name;
  if (!meta.authors && owner && /copyright/.test(meta.outlet?.provenance.source ?? "") && isPersonsName(owner)) {
    const span = meta.outlet?.provenance.span;
    meta.authors = sourced([{ name: owner, affiliations: [], ...(span ? { span } : {}) }], "text-copyright-owner", 0.5);
  }
  // "AP", "The Associated Press": an agency goes by its usual name, whichever way the page wrote it.
  const agency = meta.outlet ? agencyOutlet(meta.outlet.value.name) : undefined;
  if (meta.outlet && agency) meta.outlet = { ...meta.outlet, value: { ...meta.outlet.value, ...agency } };

  return { body, blocks, boilerplate, metadata: meta, diagnostics: [] };
}

/** The outlet named on its own line under a bare byline ("USA TODAY", "Special to USA TODAY"). */
function outletOfLine(line: Line): Sourced<Outlet> {
  const value = line.value.trim();
  const special = /^special (?:to|for) /i.exec(value);
  const name = special ? value.slice(special[0].length) : value;
  const start = line.start + (line.value.length - line.value.trimStart().length) + (special?.[0].length ?? 0);
  return sourced({ name }, "text-byline", 0.6, { start, end: start + name.length });
}

/** Whether `line`, of headline length and no date line itself, stands right over a date line or byline (`under`). */
function headlineOverDateLine(line: Line, under: Line | undefined, page: PageContext): boolean {
  return (
    isHeadlineLength(line) &&
    !parseDateLine(line, page) &&
    under !== undefined &&
    (parseDateLine(under, page) !== undefined || parseByline(under) !== undefined)
  );
}

/** Longest label, in words, between a name and the date line under it ("+ Follow"). */
const NAME_DATE_LABEL_MAX_WORDS = 2;

/**
 * The byline of a name alone on line `i` of the header, when the header's date line stands right over it (line
 * `dateLineIndex`) or follows right under it, past at most one short label ("Jane Roe" / "+ Follow" / "Published: …").
 */
function nameBesideHeaderDate(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  i: number,
  dateLineIndex: number,
  page: PageContext,
): Byline | undefined {
  const line = lines[i] as Line;
  const named = parseNameBesideDateLine(line);
  if (!named) return undefined;
  const over = previousContent(lines, furniture, i);
  if (dateLineIndex >= 0 && over === dateLineIndex) return named;
  const next = nextOutside(lines, furniture, i);
  if (!next) return undefined;
  if (parseDateLine(next, page)) return named;
  const after = nextOutside(lines, furniture, next.index);
  return next.words <= NAME_DATE_LABEL_MAX_WORDS && !endsLikeSentence(next.value) && after && parseDateLine(after, page)
    ? named
    : undefined;
}

/** Whether a run of paragraphs follows line `from` (furniture and short link lines between them aside). */
function articleGoesOn(lines: readonly Line[], furniture: ReadonlyMap<number, Boilerplate>, from: number): boolean {
  let run = 0;
  for (let i = from; i < lines.length; i++) {
    // "Most Read" / "Next Up" again: the sentences under another list's heading are that list's teasers, not the
    // article's paragraphs.
    if (furniture.get(i)?.rule === "boilerplate:related-links" || LINKS_SECTION.test((lines[i] as Line).value))
      return false;
    if (furniture.has(i)) continue;
    // "… the board said the... more": a listed story's blurb, cut short, is no paragraph of the article.
    const line = lines[i] as Line;
    run = isProse(line) && !TRUNCATED_TEASER.test(line.value) ? run + 1 : 0;
    if (run >= ARTICLE_GOES_ON_PARAGRAPHS) return true;
  }
  return false;
}

/**
 * Marks lines [from, to) that no rule has marked yet as furniture of `kind`, found by `rule` (with `wordsOnly`, only
 * lines that hold words: a blank line then stays unmarked).
 */
function markLines(
  lines: readonly Line[],
  furniture: Map<number, Boilerplate>,
  from: number,
  to: number,
  kind: Boilerplate["kind"],
  rule: string,
  wordsOnly = false,
): void {
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    if (!furniture.has(i) && (!wordsOnly || line.words > 0))
      furniture.set(i, { start: line.start, end: line.end, kind, rule });
  }
}

/**
 * Whether the article's paragraphs go on right after line `from`: the next ARTICLE_GOES_ON_PARAGRAPHS lines outside
 * the furniture are all prose (a disclaimer in mid-article, not the one that closes it).
 */
function paragraphsFollow(lines: readonly Line[], furniture: ReadonlyMap<number, Boilerplate>, from: number): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && seen < ARTICLE_GOES_ON_PARAGRAPHS; i++) {
    const line = lines[i] as Line;
    if (furniture.has(i) || line.words === 0) continue;
    if (!isProse(line)) return false;
    seen++;
  }
  return seen >= ARTICLE_GOES_ON_PARAGRAPHS;
}

/** The index of the nearest line over line `i` that is neither furniture nor empty; -1 when there is none. */
function previousContent(lines: readonly Line[], furniture: ReadonlyMap<number, Boilerplate>, i: number): number {
  let over = i - 1;
  while (over >= 0 && (furniture.has(over) || (lines[over] as Line).words === 0)) over--;
  return over;
}

/** Fewest words of an author's words about herself: "I am a writer, professor and systems modeler." */
const FIRST_PERSON_BIO_MIN_WORDS = 6;

/** "I am a writer, journalist and professor …", "I’m an economist who …": an author's bio in her own words. */
function isFirstPersonBio(line: Line): boolean {
  return line.words >= FIRST_PERSON_BIO_MIN_WORDS && /^(?:I am|I['’]m)\s+(?:a|an)\s/u.test(line.value.trim());
}

/** Longest title read right over a "By" line in place of a headline found higher up: a longer line there is a deck. */
const TITLE_OVER_BYLINE_MAX_WORDS = 16;

/** "CITY HALL", "WORLD": a section's label in capitals, as a page sets it over a headline. */
function isCapsLabel(line: Line): boolean {
  return line.words >= 1 && line.words <= SECTION_LABEL_MAX_WORDS && !/\p{Ll}/u.test(line.value);
}

/** How far under a line a "By …" byline still outranks the line's reading as a byline without "By". */
const EXPLICIT_BYLINE_LOOKAHEAD = 3;

/**
 * Whether a "By …" byline follows line `i` within a few lines of the header: a line read as a byline without "By"
 * ("CITY DESK" in capitals, a three-word title) over it is a label or the headline, since a page writes its byline
 * once. The explicit byline is the surer reading.
 */
function explicitBylineSoon(lines: readonly Line[], furniture: ReadonlyMap<number, Boilerplate>, i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < EXPLICIT_BYLINE_LOOKAHEAD; j++) {
    const line = lines[j] as Line;
    if (furniture.has(j) || line.words === 0) continue;
    if (/^by\s/i.test(line.value.trim()) && parseByline(line)) return true;
    seen++;
  }
  return false;
}

/** The first line after `i` that is neither furniture nor empty (previousContent's twin, as a line). */
function nextContent(lines: readonly Line[], furniture: ReadonlyMap<number, Boilerplate>, i: number): Line | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!furniture.has(j) && (lines[j] as Line).words > 0) return lines[j];
  return undefined;
}

/** The first line after `i` that is no furniture. */
function nextOutside(lines: readonly Line[], furniture: ReadonlyMap<number, Boilerplate>, i: number): Line | undefined {
  for (let j = i + 1; j < lines.length; j++) if (!furniture.has(j)) return lines[j];
  return undefined;
}

/** Longest section label over a headline, in words, and the fewest words of the headline under it. */
const SECTION_LABEL_MAX_WORDS = 2;
const SECTION_HEADLINE_MIN_WORDS = 4;

/**
 * "News" / "Ferry strike halts island crossings": a short label with no sentence end over a longer line that reads as a
 * headline (no sentence end either) is the page's section, set above the headline. A title over a paragraph is no
 * label: the paragraph ends like a sentence.
 */
function isSectionLabel(
  line: Line,
  next: Line | undefined,
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  page: PageContext,
): boolean {
  return (
    next !== undefined &&
    labelWords(line.value) <= SECTION_LABEL_MAX_WORDS &&
    !endsLikeSentence(line.value) &&
    !parseDateLine(line, page) &&
    next.words >= SECTION_HEADLINE_MIN_WORDS &&
    next.words >= line.words + 2 &&
    next.words <= HEADLINE_MAX_WORDS &&
    (!endsLikeSentence(next.value) || headlineOverDateLine(next, nextOutside(lines, furniture, next.index), page)) &&
    !parseByline(next) &&
    !parseDateLine(next, page)
  );
}

/**
 * A label's words as a reader counts them, by the spaces between them: "U.S. news" is two words, though its letters
 * fall into three runs ("U", "S", "news").
 */
function labelWords(value: string): number {
  return value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function isHeadlineLength(line: Line): boolean {
  return line.words >= SECTION_HEADLINE_MIN_WORDS && line.words <= HEADLINE_MAX_WORDS;
}

/** A line that states who wrote the article or when: what anchors an article's header inside a page. */
function isHeaderAnchor(line: Line, next: Line | undefined, page: PageContext): boolean {
  return (
    parseDateLine(line, page) !== undefined ||
    parseByline(line) !== undefined ||
    parseNameWithRole(line) !== undefined ||
    (next !== undefined && parseSplitByline(line, next) !== undefined)
  );
}

/** Share of capitalised words above which a line is set in Title Case, as headlines are and standfirsts are not. */
const TITLE_CASE_SHARE = 0.6;

/**
 * Whether `line`, under the headline-like `over`, is a standfirst: a quote set under the headline, or a sentence-case
 * line as long as a sentence or longer than the line over it. A Title Case line is a headline (the line over it is
 * then another story's, left over from a list).
 */
function looksLikeStandfirst(line: Line, over: Line): boolean {
  if (QUOTED_LINE.test(line.value)) return true;
  if (titleCaseShare(line.value) >= TITLE_CASE_SHARE) return false;
  return line.words >= STANDFIRST_MIN_WORDS || over.words < line.words;
}

/** A bulleted line under a headline: one point of the deck ("• Interior and commerce departments agree"). */
const DECK_BULLET = /^[•▪◦*-]\s/u;

/** A line wholly in quotation marks: under a headline, a quote set as the standfirst. */
const QUOTED_LINE = /^["“‘'«„].*["”’'»“]$/u;

/** How far above the first paragraph, in lines outside the furniture, an article's header is looked for. */
const HEADER_LOOKBACK_LINES = 12;

/**
 * Where the article's header starts when a page's text comes before it: going up from the first paragraph of prose
 * over the date line and byline (at least one of them) to the headline above them. Everything above the headline is
 * the page's, not the article's. 0 when no such header is found: the header zone is then read from the top.
 */
function findHeaderStart(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  page: PageContext,
): number {
  const firstProse = anchoredProse(
    lines,
    furniture,
    lines.findIndex((l) => !furniture.has(l.index) && isProse(l)),
    page,
  );
  if (firstProse <= 0) return 0;
  if (isQuestionHeadline(lines, furniture, firstProse, page)) return headlineAtTop(lines, furniture, firstProse);
  // "Headline / deck / By Jane Roe / paragraph" after the page's menus: the first sentence is the deck, whatever date
  // line of the page's own ("November 20, 2019" under its logo) stands higher up.
  const deckHeadline = headlineOverDeckOverAnchor(lines, furniture, firstProse, page);
  if (deckHeadline >= 0) return headlineAtTop(lines, furniture, deckHeadline);
  const above: Line[] = [];
  for (let i = firstProse - 1; i >= 0 && above.length < HEADER_LOOKBACK_LINES; i--)
    if (!furniture.has(i)) above.push(lines[i] as Line);
  let anchor = -1;
  for (let k = 0; k < above.length; k++) {
    const line = above[k] as Line;
    if (isHeaderAnchor(line, above[k - 1], page)) anchor = k;
    else if (anchor >= 0 && isHeadlineLength(line)) {
      // "• Interior and commerce departments agree": a bulleted deck under the headline; the headline is above it.
      if (DECK_BULLET.test(line.value) && isHeadlineLength(above[k + 1] ?? line) && k + 1 < above.length) continue;
      // A standfirst may stand between the headline and the byline; then the headline-like line right over it is
      // the headline (a section label of one or two words is left to the header zone, which reads it as one).
      const over = above[k + 1];
      const headlineOver =
        over !== undefined &&
        isWordy(over.value) &&
        over.words > SECTION_LABEL_MAX_WORDS &&
        over.words <= HEADLINE_MAX_WORDS &&
        // A question over a sentence (the deck) may be the headline too.
        (!endsLikeSentence(over.value) || (isTitleCaseQuestion(over) && endsLikeSentence(line.value)));
      // Two headline-like lines stacked, the lower one a deck (a bullet, sentence case under Title Case), or both in
      // Title Case as a headline and its subhead: the upper one is the headline ("Sources: Sox May Not Be Out" over
      // "Team Execs Meet With Agent").
      if (!headlineOver) return headlineAtTop(lines, furniture, line.index);
      // "Teaser one / Teaser two / Teaser three / Headline / date line": three or more headline-like lines in a row
      // over the anchor are a page's strip of links to other stories, and the last of them, right over the anchor, is
      // the article's headline, not the deck of the one over it.
      const overOver = above[k + 2];
      const strip =
        overOver !== undefined &&
        isWordy(overOver.value) &&
        isHeadlineLength(overOver) &&
        !endsLikeSentence(overOver.value) &&
        // A sentence-case line right over the anchor is the deck of the headline over it, whatever stands above.
        titleCaseShare(line.value) >= TITLE_CASE_SHARE &&
        !isHeaderAnchor(overOver, over, page) &&
        // In a row: with the page's menus between them, the line over is a label of the page's, not a teaser.
        lines.slice(overOver.index + 1, over.index).every((l) => l.words === 0);
      if (strip) return headlineAtTop(lines, furniture, line.index);
      // A headline and its deck stand together: with the page's labels (a breadcrumb, "Subscribe") between them, the
      // line over them is another of the page's, and the line over the anchor is the headline.
      const apart = lines.slice(over.index + 1, line.index).some((l) => furniture.get(l.index)?.kind === "navigation");
      const deck =
        !apart &&
        (looksLikeStandfirst(line, over) ||
          DECK_BULLET.test(line.value) ||
          titleCaseShare(over.value) >= TITLE_CASE_SHARE);
      return headlineAtTop(lines, furniture, deck ? over.index : line.index);
    }
  }
  if (anchor >= 0) return 0;
  return headlineOverDistantProse(lines, furniture, firstProse);
}

/**
 * "What is the value of drugs that come to the U.S. border?" right over "By Jane Roe on Monday, November 18th, 2019",
 * with the page's furniture or a short label right over it: a question of headline length over the byline or date line
 * is the headline, though it ends like a sentence. (Under a headline, a question is its deck: not this rule.)
 */
function isQuestionHeadline(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  i: number,
  page: PageContext,
): boolean {
  const line = lines[i] as Line;
  if (!/\?["”’]?$/.test(line.value) || line.words > HEADLINE_MAX_WORDS || !isWordy(line.value)) return false;
  const under = nextOutside(lines, furniture, i);
  if (!under || !isHeaderAnchor(under, lines[under.index + 1], page)) return false;
  const over = lines[i - 1];
  return over === undefined || furniture.has(over.index) || over.words <= SECTION_LABEL_MAX_WORDS;
}

/** Lines outside the furniture over a headline that the header zone, read from the page's top, still reads. */
const LABELS_OVER_HEADER = 2;
/** Lines under a deck, outside the furniture, within which the header's date line or byline stands. */
const ANCHOR_UNDER_DECK_LINES = 2;

/**
 * "Headline / one-sentence deck / By Jane Roe Updated Nov 13 / paragraph" after a page's menus: the first sentence of
 * the page is the article's deck, with its headline right over it and its byline or date line right under it. The
 * headline over the deck is where the header starts (the menus over it are short labels, no prose, so nothing else
 * marks them off). -1 when the sentence has no such headline over it and anchor under it.
 */
function headlineOverDeckOverAnchor(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  deck: number,
  page: PageContext,
): number {
  const deckLine = lines[deck];
  if (!deckLine || deckLine.words > DECK_MAX_WORDS) return -1;
  const over = previousContent(lines, furniture, deck);
  const headline = lines[over];
  // A headline may ask a question ("How Can We Plan for the Future?"); a full stop ends a sentence, not a headline.
  if (!headline || !isHeadlineLength(headline) || /\.\s*$/.test(headline.value) || !isWordy(headline.value)) return -1;
  // Near the top of the page, the header zone reaches the headline from the first line, with a section's label over it
  // ("U.S. news"), which the header zone reads as such.
  let labels = 0;
  for (let i = 0; i < over; i++) if (!furniture.has(i) && (lines[i] as Line).words > 0) labels++;
  if (labels <= LABELS_OVER_HEADER) return -1;
  let seen = 0;
  for (let j = deck + 1; j < lines.length && seen < ANCHOR_UNDER_DECK_LINES; j++) {
    const line = lines[j] as Line;
    if (furniture.has(j) || line.words === 0) continue;
    seen++;
    if (isHeaderAnchor(line, lines[j + 1], page)) return over;
  }
  return -1;
}

/** "How Can We Plan for the Future in California?": a question set in Title Case is a headline, not a sentence. */
function isTitleCaseQuestion(line: Line): boolean {
  return /\?\s*$/.test(line.value) && titleCaseShare(line.value) >= TITLE_CASE_SHARE;
}

/** Least share of letters among a headline's visible characters. */
const HEADLINE_MIN_LETTER_SHARE = 0.6;

/**
 * Whether a line is written in words, as a headline is: "DAX®16.105,83+0,14%TecDAX®3.895,34" (a page's ticker) is
 * figures and signs with a few capitalised words in between, which reads as Title Case by its words alone.
 */
function isWordy(value: string): boolean {
  const visible = value.replace(/\s+/g, "");
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  return visible.length > 0 && letters / visible.length >= HEADLINE_MIN_LETTER_SHARE;
}

/** Lines after a sentence within which another must follow for it to open the article's text. */
const STRAY_PROSE_FOLLOW_LINES = 2;
/** How far down the page, in lines, the article's first paragraph is looked for past a stray sentence. */
const STRAY_PROSE_SEARCH_LINES = 300;
/** Lines over a paragraph, outside the furniture, within which its date line or byline stands. */
const ANCHOR_OVER_PROSE_LINES = 4;

/**
 * The article's first paragraph, when the page's first sentence is a stray one among its labels (a notice that the
 * page is an archived copy, an affiliate disclaimer, a login prompt): no sentence follows it closely, and further down
 * a paragraph has a date line or byline right over it. Else the page's first sentence (`first`) itself.
 */
function anchoredProse(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  first: number,
  page: PageContext,
): number {
  // A sentence that opens the text is the article's (a standfirst without its headline), never a stray one.
  if (first <= 0) return first;
  const proseAt = (i: number): boolean => !furniture.has(i) && isProse(lines[i] as Line);
  const followed = (i: number): boolean => {
    let seen = 0;
    for (let j = i + 1; j < lines.length && seen < STRAY_PROSE_FOLLOW_LINES; j++) {
      if (furniture.has(j)) continue;
      seen++;
      if (proseAt(j)) return true;
    }
    return false;
  };
  const anchoredAt = (i: number, floor: number): boolean => {
    let seen = 0;
    for (let j = i - 1; j > floor && seen < ANCHOR_OVER_PROSE_LINES; j--) {
      if (furniture.has(j)) continue;
      // "84.1K" / "108" / "•": a post's view and comment counters and separators between its date line and the text.
      const value = (lines[j] as Line).value.trim();
      const counter = COUNTER_LABEL.test(value) && !parseDateLine(lines[j] as Line, page);
      if (counter || /^[•·|]$/.test(value)) continue;
      seen++;
      if (isHeaderAnchor(lines[j] as Line, lines[j + 1], page)) return true;
    }
    return false;
  };
  // A sentence under a date line or byline, or one that others follow, opens the article; so does one under a line
  // of headline length (a standfirst under its headline).
  let over = first - 1;
  while (over >= 0 && furniture.has(over)) over--;
  const overLine = lines[over];
  // The line over it is no headline when a menu stands between them: it is the menu's first entry ("Barone's Guide to
  // Government" over a run of section labels and the page's teaser).
  const underHeadline =
    overLine !== undefined &&
    isHeadlineLength(overLine) &&
    !endsLikeSentence(overLine.value) &&
    !lines.slice(over + 1, first).some((l) => furniture.get(l.index)?.rule === "boilerplate:menu-run");
  if (followed(first) || anchoredAt(first, -1) || underHeadline) return first;
  for (let i = first + 1; i < lines.length && i <= first + STRAY_PROSE_SEARCH_LINES; i++) {
    if (!proseAt(i)) continue;
    // The paragraph must open a run of them; and past a run of sentences, the article has begun already.
    if (!followed(i)) continue;
    return anchoredAt(i, first) ? i : first;
  }
  return first;
}

/** Most lines of deck (subheads, summary points) a headline may stand over. */
const MAX_DECK_LINES = 3;

/**
 * A text that opens with its article's header: a headline and a deck of up to MAX_DECK_LINES subheads or summary
 * points ("Multiple Special Circumstances", "Two officers shot a teenager on Saturday") before the date line. When
 * only such lines stand above the line taken for the headline, the first of them is the headline, not the page's.
 */
function headlineAtTop(lines: readonly Line[], furniture: ReadonlyMap<number, Boilerplate>, at: number): number {
  // Only a text that opens with them: after a page's menus, the line over the headline is another story's teaser.
  if (at === 0 || furniture.has(0)) return at;
  const above: Line[] = [];
  for (let i = 0; i < at && above.length <= MAX_DECK_LINES; i++) if (!furniture.has(i)) above.push(lines[i] as Line);
  if (above.length > MAX_DECK_LINES) return at;
  const top = lines[0] as Line;
  if (
    // "Home Climate The Ferry Is Late Again" over "The Ferry Is Late Again": a breadcrumb ending in the headline.
    (at > 0 && top.value.trim().endsWith((lines[at] as Line).value.trim())) ||
    top.words < SECTION_HEADLINE_MIN_WORDS ||
    !isHeadlineLength(top) ||
    endsLikeSentence(top.value) ||
    !isWordy(top.value)
  )
    return at;
  return above.every((l) => l.words <= HEADLINE_MAX_WORDS && !isProse(l)) ? top.index : at;
}

/** Mean length, in words, of the page's labels before an article: a site's name, menus, buttons. */
const PAGE_LABEL_MEAN_WORDS = 5;
/** How many lines right above the first paragraph a headline without a date line or byline is looked for in. */
const HEADLINE_OVER_PROSE_LINES = 2;

/**
 * A page whose article has no date line or byline, with more of the page's lines before its first paragraph than
 * the header zone spans: the headline is the headline-like line right above the first paragraph, not the page's
 * first line ("Skip to content", the site's name). 0 when the first paragraph is near the top.
 */
function headlineOverDistantProse(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  firstProse: number,
): number {
  let before = 0;
  let words = 0;
  for (let i = 0; i < firstProse; i++) {
    if (furniture.has(i)) continue;
    before++;
    words += (lines[i] as Line).words;
  }
  // Lines of some length before the first paragraph may be the article's own (a list of links, a table).
  if (before <= HEADER_MAX_LINES || words / before > PAGE_LABEL_MEAN_WORDS) return 0;
  let seen = 0;
  for (let i = firstProse - 1; i >= 0 && seen < HEADLINE_OVER_PROSE_LINES; i--) {
    if (furniture.has(i)) continue;
    seen++;
    const line = lines[i] as Line;
    if (isHeadlineLength(line) && !endsLikeSentence(line.value)) return i;
  }
  return 0;
}

/** How far above and below the article's first paragraph, in lines, a date line is looked for when the header has none. */
const DATE_SEARCH_ABOVE_LINES = 16;
const DATE_SEARCH_BELOW_LINES = 8;

/** The first paragraph of prose from line `from` on, else the first line of prose anywhere; -1 when there is none. */
function firstBodyProse(lines: readonly Line[], furniture: ReadonlyMap<number, Boilerplate>, from: number): number {
  const after = lines.findIndex((l) => l.index >= from && !furniture.has(l.index) && isProse(l));
  return after >= 0 ? after : lines.findIndex((l) => !furniture.has(l.index) && isProse(l));
}

/**
 * The date line nearest the article's first paragraph, above it or a few lines under it (blogs set the date under
 * the headline, over it, or under the first paragraph with the post's labels). Lines marked as the page's furniture
 * count too: a date over the headline is cut off with the page's text above the header. Nearest wins, above on a tie:
 * dates further away are other stories' teasers and comments.
 */
function dateNearArticleStart(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  firstProse: number,
  page: PageContext,
): DateLine | undefined {
  if (firstProse < 0) return undefined;
  for (let distance = 1; distance <= Math.max(DATE_SEARCH_ABOVE_LINES, DATE_SEARCH_BELOW_LINES); distance++) {
    for (const i of [firstProse - distance, firstProse + distance]) {
      const line = lines[i];
      if (!line || (i > firstProse && distance > DATE_SEARCH_BELOW_LINES) || distance > DATE_SEARCH_ABOVE_LINES)
        continue;
      if (furniture.get(i)?.kind === "related") continue;
      const date = parseDateLine(line, page);
      if (date) return date;
    }
  }
  return undefined;
}

/** Longest line, in words, read as a byline away from the header: a paragraph may open with "By Friday, …". */
const DISTANT_BYLINE_MAX_WORDS = 8;

/**
 * The byline nearest the article's first paragraph, in the window a date line is looked for in: a line opening with
 * "By", a name on the date line ("12.03.2021 | Jane Roe"), or a name alone over or under a date line (not the
 * headline: a two-word headline over the date reads as a name too).
 */
function bylineNearArticleStart(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  firstProse: number,
  headlineLine: number,
  page: PageContext,
): Byline | undefined {
  if (firstProse < 0) return undefined;
  const isDateLine = (i: number): boolean =>
    lines[i] !== undefined && parseDateLine(lines[i] as Line, page) !== undefined;
  // "Jane Roe" / "Opinion" / "11.14.2019": the page's section label may stand between the name and the date line.
  const labelThenDate = (i: number): boolean => {
    const label = lines[i + 1];
    return (
      label !== undefined &&
      label.words > 0 &&
      label.words <= NAME_DATE_LABEL_MAX_WORDS &&
      !endsLikeSentence(label.value) &&
      !isDateLine(i + 1) &&
      isDateLine(i + 2)
    );
  };
  // Under the page's comments heading, a name on two lines is a commenter's.
  const comments = lines.findIndex((l) => l.index > firstProse && furniture.get(l.index)?.kind === "comments");
  const commentsAt = comments < 0 ? lines.length : comments;
  for (let distance = 1; distance <= Math.max(DATE_SEARCH_ABOVE_LINES, DATE_SEARCH_BELOW_LINES); distance++) {
    for (const i of [firstProse - distance, firstProse + distance]) {
      const line = lines[i];
      if (!line || (i > firstProse && distance > DATE_SEARCH_BELOW_LINES) || distance > DATE_SEARCH_ABOVE_LINES)
        continue;
      if (furniture.get(i)?.kind === "related") continue;
      const by = line.words <= DISTANT_BYLINE_MAX_WORDS ? parseByline(line) : undefined;
      if (by) return by;
      // "Author" / "Jane Roe," and "Jane Roe" / "Member of the newsroom": a byline set on two lines. Away from the
      // header, the line under a bare name must name a post: a page's labels read as a name over an outlet.
      const under = lines[i + 1];
      const inClosing = furniture.get(i)?.rule === "boilerplate:closing-section" || i > commentsAt;
      const split = under && !inClosing ? parseSplitByline(line, under) : undefined;
      if (split) return split;
      const bare = under && !inClosing && i !== headlineLine ? parseBareByline(line, under) : undefined;
      if (bare && !bare.outletLine) return bare.byline;
      // Two names or more in capitals on a line of their own: the authors, wherever the date stands.
      const caps = /\p{Ll}/u.test(line.value) ? undefined : parseCapsNames(line.value, line.start);
      if (caps && caps.names.length >= 2) return caps;
      const date = parseDateLine(line, page);
      const beside = date ? (parseBylineAfterDate(line) ?? parseNameBesideDate(line, date)) : undefined;
      if (beside) return beside;
      const alone =
        i !== headlineLine &&
        furniture.get(i)?.rule !== "boilerplate:label-over-date-line" &&
        // "Share  Email  Print" beside the date: the page's buttons, capitalised like a name.
        furniture.get(i)?.kind !== "share" &&
        (isDateLine(i - 1) || isDateLine(i + 1) || labelThenDate(i))
          ? parseNameBesideDateLine(line)
          : undefined;
      if (alone) return alone;
    }
  }
  return undefined;
}

/**
 * The line of a byline found away from the header ("Von Jane Roe" under the first paragraph, a name under the date
 * line): the post's metadata, not its text, so it is left out of the body. None when the names stand on the headline's
 * line or inside a longer line of prose (then the line is the article's, whatever its names).
 */
function postBylineLine(
  lines: readonly Line[],
  byline: Byline,
  headlineLine: number,
  nearHeadline: number,
): Line | undefined {
  // "By Reuters": an agency's byline line is the post's metadata as a person's is.
  const first = byline.names[0] ?? byline.agency;
  if (!first) return undefined;
  const line = lines.find((l) => l.start <= first.span.start && first.span.start < l.end);
  if (!line || line.index === headlineLine || line.index === nearHeadline || isProse(line)) return undefined;
  return line;
}

/** How many lines under the article's last paragraph its author's name is looked for in. */
const CLOSING_BYLINE_LINES = 12;
/** Longest line, in words, read as a byline under the article: "Text: Jane Roe", "Written by Jane Roe". */
const CLOSING_BYLINE_MAX_WORDS = 8;
/**
 * A label set over the author's name under an article, the name on the next line: "Written by", "Published by",
 * "About the author", "Autor", "Autoren", "Geschrieben von", "Über die Autorin", "Sobre el autor".
 */
const CLOSING_BYLINE_LABEL =
  /^(?:(?:written|published|posted) by|geschrieben von|verfasst von|autor(?:in|en)?|authors?|about the authors?|über (?:den|die) autor(?:in|en)?|sobre el autor|à propos de l['’]auteur|text|von|by)\s*:?$/i;
/** Where the page's comments or other stories start: a name further down is a commenter's or another author's. */
const CLOSING_BYLINE_STOP = /(?:\bcomments?\b|\bkommentar|\breply\b|\bantworten\b|\bsays:|\bsagt:|\bcomentarios?\b)/i;

/**
 * The author named under the article's last paragraph, within CLOSING_BYLINE_LINES lines and before the page's
 * comments or lists of other stories: a short byline ("Text: Jane Roe", "Written by Jane Roe") or a label alone over
 * the name ("Published by" / "Jane Roe"). Undefined when there is none.
 */
function closingByline(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  page: PageContext,
): { byline: Byline; lines: Line[]; date?: DateLine } | undefined {
  // The post's date may stand right under or over the name ("von Jane" / "18.10.2019 16:06 Uhr").
  const withDate = (found: { byline: Byline; lines: Line[] }): { byline: Byline; lines: Line[]; date?: DateLine } => {
    const first = found.lines[0] as Line;
    const last = found.lines[found.lines.length - 1] as Line;
    for (const near of [lines[last.index + 1], lines[first.index - 1]]) {
      const date = near ? parseDateLine(near, page) : undefined;
      if (near && date) return { ...found, lines: [...found.lines, near], date };
    }
    return found;
  };
  const lastProse = lines.findLastIndex((l) => !furniture.has(l.index) && isProse(l));
  if (lastProse < 0) return undefined;
  for (let i = lastProse + 1; i < lines.length && i <= lastProse + CLOSING_BYLINE_LINES; i++) {
    const line = lines[i] as Line;
    if (furniture.get(i)?.kind === "related" || CLOSING_BYLINE_STOP.test(line.value)) return undefined;
    if (LINKS_SECTION.test(line.value)) return undefined;
    const next = lines[i + 1];
    if (next && CLOSING_BYLINE_LABEL.test(line.value)) {
      const named = parseNameBesideDateLine(next);
      if (named) return withDate({ byline: named, lines: [line, next] });
    }
    const by = line.words <= CLOSING_BYLINE_MAX_WORDS ? parseByline(line) : undefined;
    if (by) return withDate({ byline: by, lines: [line] });
  }
  return undefined;
}

/** Fewest words of a title at the end of a menu run: an entry of one or two words is a section's name. */
const MENU_TITLE_MIN_WORDS = 3;
/** Most non-empty lines between the date line and the first paragraph for the title over it to be the article's. */
const MENU_TITLE_PROSE_GAP = 1;
/** Most lines (the photo's credit, the section's name) between a menu's last entry, the title, and the date line. */
const MENU_TITLE_SKIP_LINES = 2;
/** How many entries over the title it must be longer than: the last entries of a menu are its section's pages. */
const MENU_TITLE_NEIGHBOURS = 4;

/**
 * The post's title as the last entry of a page's menu run, right over the header's date line `anchorLine`: of at
 * least MENU_TITLE_MIN_WORDS words, no sentence, longer than each of the MENU_TITLE_NEIGHBOURS entries over it (a
 * menu's section names are shorter than the title), with the first paragraph `firstProse` at most MENU_TITLE_PROSE_GAP lines under the date
 * line. -1 when there is none.
 */
function titleEndingMenu(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  anchorLine: number,
  firstProse: number,
  page: PageContext,
): number {
  const isRun = (i: number): boolean => furniture.get(i)?.rule === "boilerplate:menu-run";
  // "Royal Arrogance" / "© AGENCY / POOL" / "Columnists" / date line: the lead photo's credit and the section's name
  // may stand between the title and the date line.
  let at = anchorLine - 1;
  for (let skipped = 0; skipped < MENU_TITLE_SKIP_LINES && at > 0; skipped++) {
    const over = lines[at] as Line;
    const kind = furniture.get(at)?.kind;
    const label = isRun(at) ? over.words < MENU_TITLE_MIN_WORDS : kind === "caption" || kind === "footer";
    if (!label) break;
    at--;
  }
  const line = lines[at];
  if (!line || !isRun(at) || line.words < MENU_TITLE_MIN_WORDS || endsLikeSentence(line.value)) return -1;
  if (parseDateLine(line, page) || parseByline(line)) return -1;
  // Between the date line and the first paragraph, the byline and the page's furniture and counters ("4553") do not
  // count.
  let gap = 0;
  for (let i = anchorLine + 1; i < firstProse; i++) {
    const l = lines[i] as Line;
    if (l.words > 0 && !furniture.has(i) && !parseByline(l) && !BARE_COUNTER.test(l.value)) gap++;
  }
  if (firstProse <= anchorLine || gap > MENU_TITLE_PROSE_GAP) return -1;
  // The page may set the title twice in a row (a breadcrumb's last entry, then the title): the copy is no neighbour.
  for (let i = at - 1; i >= Math.max(0, at - MENU_TITLE_NEIGHBOURS) && isRun(i); i--)
    if ((lines[i] as Line).words >= line.words && (lines[i] as Line).value !== line.value) return -1;
  return at;
}

/** Longest label line ("Kategorie: News") that may stand between a date line and the post's title under it. */
const LABEL_UNDER_ANCHOR_MAX_WORDS = 3;
/** How many lines under a post's title the first sentence of its text is looked for in. */
const SENTENCE_UNDER_TITLE_LINES = 2;
/** Fewest words of that sentence: a label ("Zum Video") is shorter. */
const SENTENCE_UNDER_TITLE_MIN_WORDS = 6;

/**
 * The post's title right under the header's date line or byline: the first line of the body (after at most one short
 * label), of headline length and no sentence, with a sentence of the post's text within a few lines under it.
 * -1 when there is none.
 */
function titleUnderAnchor(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  anchorLine: number,
  bodyFirst: number,
  page: PageContext,
): number {
  // The body must open right there: the header zone read everything between the anchor and it.
  if (bodyFirst <= anchorLine || furniture.has(bodyFirst)) return -1;
  const after: number[] = [];
  for (let i = bodyFirst; i < lines.length && after.length < 2 + SENTENCE_UNDER_TITLE_LINES; i++)
    if (!furniture.has(i) && (lines[i] as Line).words > 0) after.push(i);
  let at = 0;
  const first = lines[after[0] as number] as Line;
  // "Kategorie: News", "Allgemein": a label names itself with a colon or is one word.
  if (
    first.words <= LABEL_UNDER_ANCHOR_MAX_WORDS &&
    (first.words === 1 || /^[\p{L} ]+:\s*\S/u.test(first.value)) &&
    !endsLikeSentence(first.value) &&
    after.length > 1
  ) {
    const second = lines[after[1] as number] as Line;
    if (second.words > first.words) at = 1;
  }
  const index = after[at];
  if (index === undefined) return -1;
  const title = lines[index] as Line;
  if (
    title.words < 2 ||
    title.words > HEADLINE_MAX_WORDS ||
    /[.:;,]$/.test(title.value) ||
    // "Pinterest  Email  Print", "Jump to Recipe  Print Recipe": a row of buttons, not a title. (Labels run together
    // without a space, "RecipePrint", are not told from a brand's name, "SibenLab", and stand.)
    /\S\s{2,}\S/u.test(title.value) ||
    (title.value.match(LABEL_SEPARATOR) ?? []).length >= 2 ||
    (endsLikeSentence(title.value) && !/[?!]["'”’]?$/.test(title.value)) ||
    isProse(title) ||
    TIME_OF_DAY_LINE.test(title.value.trim()) ||
    parseDateLine(title, page) ||
    parseByline(title) ||
    // "23.12.2022 / Jane Roe": a name alone under the date line is the byline.
    (index === bodyFirst && parseNameBesideDateLine(title))
  )
    return -1;
  const sentence = after.slice(at + 1, at + 1 + SENTENCE_UNDER_TITLE_LINES).some((i) => {
    const l = lines[i] as Line;
    return l.words >= SENTENCE_UNDER_TITLE_MIN_WORDS && endsLikeSentence(l.value);
  });
  return sentence ? index : -1;
}

/** " / ", " | ", " • " between a page's labels on one line: "Comedy / Travel / Vlog". */
const LABEL_SEPARATOR = /\s[/|•·]\s/g;

/**
 * Whether the headline found over the header's date line or byline is a page's label: a word or three (the site's
 * name, "Sections"), a list of labels ("Comedy / Travel / Vlog"), or set apart from the date line by the page's labels.
 */
function isPageLabelOverAnchor(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  headlineLine: number,
  anchorLine: number,
): boolean {
  const headline = lines[headlineLine] as Line;
  if (headline.words < SECTION_HEADLINE_MIN_WORDS) return true;
  if ((headline.value.match(LABEL_SEPARATOR) ?? []).length >= 2) return true;
  for (let i = headlineLine + 1; i < anchorLine; i++) {
    const kind = furniture.get(i)?.kind;
    if (kind === "navigation" || kind === "share") return true;
  }
  return false;
}

/**
 * The page's controls ("x", "Login", "Skip to content", "Got it"): furniture that is never the headline, though it may
 * stand right over the first paragraph on a page whose pop-up or login box was scraped first.
 */
const CONTROL_RULES: ReadonlySet<string> = new Set([
  "boilerplate:close-button",
  "boilerplate:account-link",
  "boilerplate:skip-link",
  "boilerplate:dialog-button",
]);

/** Furniture passed over when looking for the headline over a paragraph: labels no headline is set as. */
const PASSED_OVER_KINDS: ReadonlySet<string> = new Set(["share", "comments", "advertisement", "cookie"]);

/** Most lines between a headline and the first paragraph for the headline to stand as the article's. */
const NEAR_HEADLINE_MAX_GAP = 3;
/** How many lines over the first paragraph a date line or byline under the headline is looked for in. */
const HEADLINE_SEARCH_LINES = 5;

/**
 * Whether a page's menu (a run of MENU_MIN_ENTRIES entries or more) stands between lines `from` and `to`: a line over
 * a site's menu is the site's name or motto, and the headline is the line over the article's first paragraph under it.
 */
function menuBetween(furniture: ReadonlyMap<number, Boilerplate>, from: number, to: number): boolean {
  let entries = 0;
  for (let i = from + 1; i < to; i++) if (furniture.get(i)?.rule === "boilerplate:menu-run") entries++;
  return entries >= MENU_MIN_ENTRIES;
}

/** Mean length, in words, of the non-empty lines strictly between lines `from` and `to`; 0 when there are none. */
function meanWordsBetween(lines: readonly Line[], from: number, to: number): number {
  const between = lines.slice(from + 1, to).filter((l) => l.words > 0);
  return between.length === 0 ? 0 : between.reduce((n, l) => n + l.words, 0) / between.length;
}

/** Non-empty lines strictly between lines `from` and `to`, the lead photo's caption and credit not counted. */
function linesBetween(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  from: number,
  to: number,
): number {
  let n = 0;
  for (let i = from + 1; i < to; i++) if ((lines[i] as Line).words > 0 && furniture.get(i)?.kind !== "caption") n++;
  return n;
}

/**
 * The headline over the article's first paragraph. Going up from it: when a date line or byline stands within a few
 * lines, the headline is the line right over them (what is between them and the paragraph is a standfirst or labels);
 * else it is the line right over the paragraph, or the line over that when the first is a one- or two-word label
 * ("Zum Video", the site's name). The line must be of headline length and no sentence: undefined when it is not, or
 * when it is a link to another story. `anchored` tells whether a date line or byline stands under it.
 */
/** Captions that are never an article's headline: a photo's credit, a caption over one. */
const NOT_A_HEADLINE_CAPTION = new Set([
  "boilerplate:photo-credit",
  "boilerplate:agency-photo-credit",
  "boilerplate:credit-suffix-caption",
  "boilerplate:lead-photo-caption",
  "boilerplate:courtesy-credit",
]);

/** "Photo: Jo Roe", "Image: Harbour Archive": a picture's credit by its label. */
const PICTURE_CREDIT_LABEL = /^\(?\s*(?:photo(?:graph)?|image|picture|credit)s?\s*[:/]/i;

/** A line that is only a time of day: "4 AM", "10:30 p.m.". */
const TIME_OF_DAY_LINE = /^\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)(?:\s+[A-Z]{2,4})?$/;

function headlineOverFirstProse(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  firstProse: number,
  page: PageContext,
): { index: number; anchored: boolean } | undefined {
  const isDateLine = (i: number): boolean =>
    lines[i] !== undefined && parseDateLine(lines[i] as Line, page) !== undefined;
  const isAnchor = (i: number): boolean => {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    return (
      isDateLine(i) ||
      ((isDateLine(i - 1) || isDateLine(i + 1)) && parseNameBesideDateLine(line) !== undefined) ||
      parseByline(line) !== undefined ||
      isLoneBy(line) ||
      (next !== undefined && parseSplitByline(line, next) !== undefined)
    );
  };
  const isHeadline = (i: number): boolean => {
    const line = lines[i] as Line;
    // A photo's credit or its caption read as such, or a time of day alone ("4 AM" under the date), is no headline.
    // ("VIDEO: Voting on the ferry's future", labelled as a clip's caption, may be the article's headline.)
    const f = furniture.get(i);
    return (
      f?.kind !== "related" &&
      !NOT_A_HEADLINE_CAPTION.has(f?.rule ?? "") &&
      !(f?.kind === "caption" && PICTURE_CREDIT_LABEL.test(line.value.trim())) &&
      !CONTROL_RULES.has(furniture.get(i)?.rule ?? "") &&
      line.words <= HEADLINE_MAX_WORDS &&
      !/[.:;,]$/.test(line.value.trim()) &&
      !TIME_OF_DAY_LINE.test(line.value.trim()) &&
      /\p{L}/u.test(line.value)
    );
  };
  // A page's share buttons, comment counts and ad labels are passed over: "Share" or "4 Comments" between the
  // headline and the date is no headline. (A menu run's last entry may be the headline itself, and is not.)
  const pageLabel = (i: number): boolean => {
    const f = furniture.get(i);
    return f !== undefined && (PASSED_OVER_KINDS.has(f.kind) || /^boilerplate:breadcrumb/.test(f.rule));
  };
  const above: number[] = [];
  for (let i = firstProse - 1; i >= 0 && above.length < HEADLINE_SEARCH_LINES; i--)
    if ((lines[i] as Line).words > 0 && !pageLabel(i)) above.push(i);
  const anchorAt = above.findIndex(isAnchor);
  if (anchorAt >= 0) {
    const over = above.slice(anchorAt).find((i) => !isAnchor(i));
    const overIsHeadline = over !== undefined && isHeadline(over);
    // A blog sets the date over the headline: one line between the date and the paragraph, no sentence, under a
    // label or a menu entry rather than a headline, is the headline.
    const between = anchorAt === 1 ? above[0] : undefined;
    const overIsLabel =
      over === undefined || !overIsHeadline || (lines[over] as Line).words < SECTION_HEADLINE_MIN_WORDS;
    if (
      between !== undefined &&
      overIsLabel &&
      isHeadline(between) &&
      !endsLikeSentence((lines[between] as Line).value)
    )
      return { index: between, anchored: true };
    return overIsHeadline ? { index: over, anchored: true } : undefined;
  }
  const [first, second] = above;
  if (first === undefined || !isHeadline(first)) return undefined;
  const label = (lines[first] as Line).words <= SECTION_LABEL_MAX_WORDS;
  if (
    label &&
    second !== undefined &&
    isHeadline(second) &&
    (lines[second] as Line).words > (lines[first] as Line).words
  )
    return { index: second, anchored: false };
  return { index: first, anchored: false };
}

/** A line of prose: a sentence of some length, as paragraphs are and menus, labels and headlines are not. */
const PROSE_MIN_WORDS = 10;
function isProse(line: Line): boolean {
  return line.words >= PROSE_MIN_WORDS && endsLikeSentence(line.value);
}

/** Longest label, in words, read as furniture for standing between two furniture lines ("858", "Mix"). */
const LABEL_AMONG_FURNITURE_MAX_WORDS = 2;

/**
 * Whether line `i` is a short label set among the page's furniture: a share counter ("858") or a network the rules do
 * not know ("Mix") between two furniture lines (the nearest non-empty line on each side). Asked only at the body's
 * edges, where a page's widgets stand; inside the article a short line between two such lines stays.
 */
function isLabelAmongFurniture(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  i: number,
): boolean {
  const line = lines[i];
  if (!line || line.words === 0 || line.words > LABEL_AMONG_FURNITURE_MAX_WORDS || endsLikeSentence(line.value))
    return false;
  let before = i - 1;
  while (before >= 0 && (lines[before] as Line).words === 0) before--;
  let after = i + 1;
  while (after < lines.length && (lines[after] as Line).words === 0) after++;
  return furniture.has(before) && furniture.has(after);
}

/**
 * The first line of the body past the page's widgets over the article's first paragraph: when furniture (a photo's
 * credit, a share panel, a survey box) stands between `from` and the first line of prose, the short lines before the
 * last such piece are the widgets' own labels ("4", "Close share panel", a survey's question), and the body opens after
 * it. Short lines with no furniture among them (a story's highlights over its text) stay, and so do more than
 * LEAD_IN_MAX_LINES lines before the first prose. `from` when nothing moves.
 */
const LEAD_IN_MAX_LINES = 8;
/** Longest line, in words, passed over as a widget's label before the first paragraph (a survey's question, a link). */
const LEAD_IN_LABEL_MAX_WORDS = 12;
function afterLeadInFurniture(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  from: number,
  last: number,
  page: PageContext,
): number {
  let lastFurniture = -1;
  let passed = 0;
  for (let i = from; i <= last; i++) {
    if (furniture.has(i)) {
      lastFurniture = i;
      continue;
    }
    // A post of short lines (a dialogue, a poem) under which the first long sentence comes late is no lead-in.
    if ((lines[i] as Line).words > 0 && ++passed > LEAD_IN_MAX_LINES) return from;
    // "Nov. 20, 2019 1:35 a.m." ends like a sentence and is a date line, no paragraph.
    if (!isProse(lines[i] as Line) || parseDateLine(lines[i] as Line, page)) {
      // A long line that is no sentence (a paragraph ending in a link or a colon) is the article's: nothing moves.
      if ((lines[i] as Line).words > LEAD_IN_LABEL_MAX_WORDS) return from;
      continue;
    }
    if (lastFurniture < 0) return from;
    let at = lastFurniture + 1;
    while (at < i && ((lines[at] as Line).words === 0 || furniture.has(at))) at++;
    return at;
  }
  return from;
}

/** A heading over a story's summary points: "Highlights", "Story highlights", "Key points", "Key takeaways". */
const HIGHLIGHTS_HEADING = /^(?:(?:story\s+)?highlights|key\s+(?:points|takeaways))\s*:?$/i;
/** Most summary points under such a heading. */
const MAX_HIGHLIGHTS = 6;

/**
 * The first paragraph's line when the body opens with a highlights heading and the story's points under it: the
 * lines set right under the heading as one block (no blank line between them), and any line that the article repeats
 * word for word further down (a point is often a sentence of the text). `first` when the body opens otherwise, or
 * when no paragraph of prose follows the points.
 */
function afterHighlights(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  first: number,
  last: number,
): number {
  const heading = lines[first];
  if (!heading || first >= last || !HIGHLIGHTS_HEADING.test(heading.value.trim())) return first;
  const repeatedLater = (line: Line): boolean =>
    lines.slice(line.index + 1, last + 1).some((l) => l.value === line.value && !furniture.has(l.index));
  let i = first + 1;
  let points = 0;
  for (; i <= last && points <= MAX_HIGHLIGHTS; i++) {
    const line = lines[i] as Line;
    if (line.words === 0 || furniture.has(i)) continue;
    if (line.afterBlank && points > 0 && !repeatedLater(line)) break;
    points++;
  }
  return points > 0 && points <= MAX_HIGHLIGHTS && i <= last && isProse(lines[i] as Line) ? i : first;
}

/** Longest kicker, in words: a section's name. */
const KICKER_MAX_WORDS = 3;
/** The page's controls and shop links, set in capitals like a kicker but no section's name. */
const PAGE_CONTROL_LABEL =
  /^(?:shop|store|menu|search|home|log ?in|sign ?in|sign up|subscribe|share|more|close|print|e-?mail|skip.*|advertisement|ad|sponsored)$/i;
/** Furniture rules under which a section's label over the headline may have been marked, as the page's label. */
const KICKER_FURNITURE_RULES: ReadonlySet<string> = new Set([
  "boilerplate:before-header",
  "boilerplate:header-aside",
  "boilerplate:label-over-date-line",
]);
/** The first entry of a breadcrumb trail: the site's home page. */
const BREADCRUMB_ROOT = /^(?:home|homepage|start|startseite|inicio|accueil)$/i;
/** How far up a page's menu the section a label over the headline repeats is looked for. */
const KICKER_MENU_LOOKBACK_LINES = 40;

/**
 * The line right over a headline that is the line's whole text, set on the line before it without a blank line
 * between, when it is a section's label: one to three words, letters only, no sentence end, no date or byline; and
 * either read as the section's label by the header zone ("U.S. news") or set in capitals ("WHITE HOUSE"), as pages set
 * kickers and not their menus or the text before the article. A line of a page's menu counts only when the menu names
 * the same section again (the label repeats an entry above it, "Health" in the menu, "HEALTH" over the headline);
 * other menu entries, and the page's controls, are no kicker.
 */
function labelOverHeadline(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  headline: Sourced<string>,
  page: PageContext,
): Line | undefined {
  const span = headline.provenance.span;
  const at = lineIndexAt(lines, span?.start);
  const line = lines[at];
  if (!span || !line || at < 1 || line.afterBlank || span.start !== line.start || span.end !== line.end)
    return undefined;
  // "Home / Beauty / Headline / Headline": the page's title set again over the article's is no label.
  const repeated = (lines[at - 1] as Line).value.trim().toLowerCase() === line.value.trim().toLowerCase();
  if (repeated && (at < 2 || (lines[at - 1] as Line).afterBlank)) return undefined;
  const label = lines[repeated ? at - 2 : at - 1] as Line;
  const value = label.value.trim();
  if (
    labelWords(value) > KICKER_MAX_WORDS ||
    !/^\p{L}[\p{L} .&'’-]*$/u.test(value) ||
    endsLikeSentence(value) ||
    value.toLowerCase() === line.value.trim().toLowerCase() ||
    parseDateLine(label, page) ||
    parseByline(label)
  )
    return undefined;
  const rule = furniture.get(label.index)?.rule;
  // The header zone read it as the section's label over the headline.
  if (rule === "boilerplate:section-label") return label;
  // "Home / Beauty" over the headline: a breadcrumb trail from the site's home, whose last entry is the section.
  const overLabel = lines[label.index - 1];
  if (overLabel && !label.afterBlank && BREADCRUMB_ROOT.test(overLabel.value.trim()) && !PAGE_CONTROL_LABEL.test(value))
    return label;
  // Elsewhere only a label in capitals, as kickers are set, that is none of the page's controls ("SHOP", "MENU").
  if (/\p{Ll}/u.test(value) || PAGE_CONTROL_LABEL.test(value)) return undefined;
  if (rule === undefined || KICKER_FURNITURE_RULES.has(rule)) return label;
  if (rule !== "boilerplate:menu-run") return undefined;
  const key = value.toLowerCase();
  const repeats = lines
    .slice(Math.max(0, at - 1 - KICKER_MENU_LOOKBACK_LINES), at - 1)
    .some((l) => furniture.get(l.index)?.rule === "boilerplate:menu-run" && l.value.trim().toLowerCase() === key);
  return repeats ? label : undefined;
}

/** Fewest tags in a row over the first paragraph, and the longest tag in words. */
const LEAD_TAGS_MIN = 3;
const LEAD_TAG_MAX_WORDS = 3;

/**
 * The first paragraph's line when the body opens with a list of at least LEAD_TAGS_MIN tags, lines of one to three
 * words with no sentence end or colon, one right under the other (no blank line between: the page sets them as one
 * list), and a paragraph of prose right under them. `first` when the body opens otherwise: a subhead stands alone.
 */
function afterLeadTags(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  first: number,
  last: number,
): number {
  let i = first;
  for (; i <= last; i++) {
    const line = lines[i] as Line;
    const tag =
      !furniture.has(i) &&
      line.words > 0 &&
      labelWords(line.value) <= LEAD_TAG_MAX_WORDS &&
      !endsLikeSentence(line.value) &&
      !/[:;,]$/.test(line.value) &&
      (i === first || !line.afterBlank);
    if (!tag) break;
  }
  let next = i;
  while (next <= last && (lines[next] as Line).words === 0) next++;
  return i - first >= LEAD_TAGS_MIN && next <= last && isProse(lines[next] as Line) ? next : first;
}

/** The date on a byline's line after its last name ("By Jane Roe Updated Nov. 19, 2019 …"), read on its own. */
function dateAfterByline(line: Line, by: Byline, page: PageContext): DateLine | undefined {
  const last = by.names[by.names.length - 1] ?? by.agency;
  if (!last || last.span.end <= line.start || last.span.end >= line.end) return undefined;
  const value = line.value.slice(last.span.end - line.start);
  if (!/\d/.test(value)) return undefined;
  return parseDateLine({ ...line, value, start: last.span.end, words: wordCount(value) }, page);
}

/** Longest line, in words, of a page's footer labels ("Subscriber Agreement & Terms of Use"). */
const FOOTER_LABEL_MAX_WORDS = 8;
/** Fewest labels and furniture lines a footer has under the last paragraph. */
const FOOTER_MIN_LABELS = 2;
const FOOTER_MIN_FURNITURE = 1;
/** Fewest furniture lines under the last paragraph that make a footer of a run with a single label among them. */
const FOOTER_ONE_LABEL_MIN_FURNITURE = 5;

/**
 * Where the page's footer starts under the article's last paragraph: when every line after the last line of prose up
 * to `last` is furniture or a short label with no sentence of any length (a bulleted item or a line ending in ":"
 * would be a list of the article's own), and the run holds some of both, it is the footer. `last + 1` when not.
 */
function footerLabelsAfter(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  first: number,
  last: number,
): number {
  let labels = 0;
  let furnitureLines = 0;
  for (let i = last; i > first; i--) {
    const line = lines[i] as Line;
    if (line.words === 0) continue;
    if (furniture.has(i)) {
      furnitureLines++;
      continue;
    }
    if (isProse(line)) {
      // One label among many furniture lines ("Free access to 40+ digital editions" among a subscription box's
      // prompts) is the footer's too.
      const footer =
        (labels >= FOOTER_MIN_LABELS && furnitureLines >= FOOTER_MIN_FURNITURE) ||
        (labels >= 1 && furnitureLines >= FOOTER_ONE_LABEL_MIN_FURNITURE);
      if (!footer) return last + 1;
      let at = i + 1;
      while (at <= last && (lines[at] as Line).words === 0) at++;
      return at;
    }
    if (line.words > FOOTER_LABEL_MAX_WORDS || /^[-•*▪◦–]\s/.test(line.value) || line.value.endsWith(":"))
      return last + 1;
    labels++;
  }
  return last + 1;
}

/** Most words of a post's label line ("Buyer's Guide: Ferries (Buy Now)"). */
const POST_LABEL_MAX_WORDS = 8;
/** "Label: value" with a short capitalised label and no sentence end: a post's label or a link to a section. */
const POST_LABEL = /^\p{Lu}[\p{L}'’ -]{1,30}:\s*\S/u;

/** Whether `line` is a post's "Label: value" line, asked at the body's end, over the page's furniture. */
function isPostLabel(line: Line): boolean {
  return line.words <= POST_LABEL_MAX_WORDS && POST_LABEL.test(line.value) && !endsLikeSentence(line.value);
}

/** Most words of a deck set under the headline, over the lead photo. */
const DECK_MAX_WORDS = 40;

/**
 * The body's first line past a deck: when the line at `first` stands right under the headline (line `headline`; only
 * furniture between), is a sentence of deck length, and a lead photo's caption or credit parts it from the paragraphs
 * under it, it is the standfirst and the text opens after the caption. -1 when that is not so.
 */
function deckOverLeadPhoto(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  first: number,
  last: number,
  headline: number,
): number {
  if (headline < 0 || headline >= first) return -1;
  for (let i = headline + 1; i < first; i++) if (!furniture.has(i) && (lines[i] as Line).words > 0) return -1;
  const line = lines[first] as Line;
  if (line.words < STANDFIRST_MIN_WORDS || line.words > DECK_MAX_WORDS || parseWireDateline(line)) return -1;
  let at = first + 1;
  while (at <= last && (lines[at] as Line).words === 0) at++;
  if (furniture.get(at)?.kind !== "caption") return -1;
  while (at <= last && ((lines[at] as Line).words === 0 || furniture.has(at))) at++;
  return at <= last && isProse(lines[at] as Line) ? at : -1;
}

/** Most words of a photo's credit set alone under its caption. */
const LEAD_CREDIT_MAX_WORDS = 8;

/**
 * The body's first line past a lead photo's caption: the line at `first` is of deck length, and a caption or credit
 * line (furniture) parts it from the paragraphs under it. The caller asks only when the header has its deck already,
 * so the line under the header is no second deck but the photo's caption. -1 when that is not so.
 */
function captionOverLeadCredit(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  first: number,
  last: number,
): number {
  const line = lines[first] as Line;
  if (furniture.has(first) || line.words === 0 || line.words > DECK_MAX_WORDS || parseWireDateline(line)) return -1;
  let at = first + 1;
  while (at <= last && (lines[at] as Line).words === 0) at++;
  // The credit alone ("Jane Roe/Agency/Getty Images"), under its caption; a caption with its credit ("… Photo: Getty")
  // is the photo's whole caption, and the sentence over it may be the article's.
  const credit = lines[at];
  if (furniture.get(at)?.kind !== "caption" || !credit || credit.words > LEAD_CREDIT_MAX_WORDS) return -1;
  while (at <= last && ((lines[at] as Line).words === 0 || furniture.has(at))) at++;
  return at <= last && isProse(lines[at] as Line) ? at : -1;
}

/** How many lines from the body's first the header's date line is looked for again, and the labels it may have. */
const REPEATED_DATE_SEARCH_LINES = 12;
const REPEATED_DATE_MAX_LABELS = 3;
const REPEATED_DATE_LABEL_MAX_WORDS = 6;

/**
 * The line after a repeat of the header's date line (`date`, the same day) under the author's name (one of
 * `authorNames`: an author's card) near the body's start, when at most a few
 * short labels (a print link, the tags) stand between it and the next paragraph: that paragraph opens the text, and
 * what stands over it (the deck, a photo's caption and credit, the author's card) is the page's header shown again.
 * `first` when the date is not repeated so.
 */
function afterRepeatedDateLine(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  first: number,
  last: number,
  date: DateLine,
  authorNames: readonly string[],
  page: PageContext,
): number {
  const day = date.iso.slice(0, 10);
  // The card names the author right over the date: a date alone (a live blog's first entry) is no repeated header.
  const namedOver = (i: number): boolean =>
    lines
      .slice(Math.max(first, i - REPEATED_DATE_MAX_LABELS), i)
      .some((l) => authorNames.some((n) => l.value.trim() === n));
  let seen = 0;
  for (let i = first + 1; i <= last && seen < REPEATED_DATE_SEARCH_LINES; i++) {
    const line = lines[i] as Line;
    if (line.words === 0) continue;
    seen++;
    if (line.words > REPEATED_DATE_LABEL_MAX_WORDS || parseDateLine(line, page)?.iso.slice(0, 10) !== day) continue;
    if (!namedOver(i)) return first;
    let labels = 0;
    for (let j = i + 1; j <= last; j++) {
      const next = lines[j] as Line;
      if (next.words === 0 || furniture.has(j)) continue;
      if (isProse(next)) return j;
      if (next.words > REPEATED_DATE_LABEL_MAX_WORDS || ++labels > REPEATED_DATE_MAX_LABELS) return first;
    }
    return first;
  }
  return first;
}

/**
 * Fewest headline-like lines in a row that make a list of links over the first paragraph, and their longest. More
 * than a menu's: an article may open with a few subheads or a short list of its own (a meeting's agenda).
 */
const LEAD_LINKS_MIN = 8;
const LEAD_LINK_MAX_WORDS = 15;

/**
 * The first paragraph's line when a run of at least LEAD_LINKS_MIN headline-like lines (short, no sentence end) opens
 * the body and prose follows it: other stories' headlines, as a video playlist or a list of links sets them between
 * the header and the text. `first` when the body opens otherwise.
 */
function afterLeadingLinks(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  first: number,
  last: number,
): number {
  let run = 0;
  let i = first;
  for (; i <= last; i++) {
    const line = lines[i] as Line;
    if (furniture.has(i) || line.words === 0) continue;
    // A line with a web address is a link blog's entry, the post's own text.
    if (line.words > LEAD_LINK_MAX_WORDS || /[.!?…:]$/u.test(line.value.trim()) || /https?:\/\/|www\./.test(line.value))
      break;
    run++;
  }
  return run >= LEAD_LINKS_MIN && i <= last && isProse(lines[i] as Line) ? i : first;
}

/** Longest line, in words, read as part of the menus it stands between (a site's tagline, a longer entry). */
const SANDWICHED_LABEL_MAX_WORDS = 6;

/** Fewest headlines in a run over the page's first paragraph that make it a portal's list of other stories. */
const TEASER_RUN_MIN = 15;

/**
 * "Headline / Headline / … / Headline / first paragraph": a portal sets a long list of other stories' headlines (short
 * lines, no sentence end) over the article, scraped as one run down to its first paragraph, as afterLeadingLinks reads
 * one under the header. A run broken by a byline or a date line is left alone: the headline over them is the
 * article's.
 */
function teaserRunOverFirstProse(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  page: PageContext,
): Map<number, Boilerplate> {
  const out = new Map<number, Boilerplate>();
  const firstProse = lines.findIndex((l) => !furniture.has(l.index) && isProse(l));
  if (firstProse < 0) return out;
  // A first sentence with the byline or date line under it is the article's deck, and the line over it its headline.
  const under = nextOutside(lines, furniture, firstProse);
  if (under && isHeaderAnchor(under, lines[under.index + 1], page)) return out;
  const run: Line[] = [];
  for (let i = firstProse - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    if (furniture.has(i) || line.words === 0) continue;
    if (
      line.words < 2 ||
      line.words > LEAD_LINK_MAX_WORDS ||
      (/[.!?:]["'”’]?$/u.test(line.value.trim()) && !TRUNCATED_TEASER.test(line.value)) ||
      // A line with a web address is a link blog's entry, the post's own text.
      /https?:\/\/|www\./.test(line.value) ||
      parseByline(line) ||
      parseDateLine(line, page)
    )
      break;
    run.push(line);
  }
  if (run.length < TEASER_RUN_MIN) return out;
  for (const l of run)
    out.set(l.index, { start: l.start, end: l.end, kind: "related", rule: "boilerplate:teaser-run" });
  return out;
}

/** Lines outside the furniture, from the body's first, within which a wire dateline opens the article's text. */
const WIRE_DATELINE_SEARCH_LINES = 6;

/**
 * The line whose paragraph opens with a wire dateline ("DUBAI, United Arab Emirates — …", "VIENNA (AP) — …") among
 * the body's first lines: a dateline opens a story's first paragraph, so what stands over it under the header (the
 * story's key points, its lead photo's caption) is not the article's text. `first` when there is none.
 */
function wireDatelineStart(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  first: number,
  last: number,
): number {
  let seen = 0;
  for (let i = first; i <= last && seen < WIRE_DATELINE_SEARCH_LINES; i++) {
    const line = lines[i] as Line;
    if (furniture.has(i) || line.words === 0) continue;
    if (i > first && isProse(line) && parseWireDateline(line)) return i;
    seen++;
  }
  return first;
}

/** Most lines outside the furniture, none of them prose, between the body's first line and a headline under it. */
const STRAY_LABELS_OVER_TITLE = 2;

/** How many lines under an author's card a paragraph would show the article goes on, and the fewest words of one. */
const AUTHOR_CARD_LOOKAHEAD_LINES = 10;
const AUTHOR_CARD_PARAGRAPH_WORDS = 15;

/**
 * The line, after some prose of the body, that is an author's name alone ("JANE ROE", "Jane Roe"): the page's author
 * card under the article, when the author's post or a date follows it, or no paragraph does within
 * AUTHOR_CARD_LOOKAHEAD_LINES lines (a speaker's name in a transcript has their words under it), and less prose stands
 * under it than over it. -1 when there is none.
 */
function authorCardAfterBody(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  from: number,
  authorNames: readonly string[],
  page: PageContext,
): number {
  const names = new Set(authorNames.map((n) => n.toLowerCase()));
  let proseWords = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (furniture.has(i)) continue;
    if (proseWords >= CLOSING_MIN_PROSE_WORDS && names.has(line.value.trim().toLowerCase())) {
      const next = nextContent(lines, furniture, i);
      const post =
        next !== undefined && (AUTHOR_POST.test(next.value.trim()) || parseDateLine(next, page) !== undefined);
      const paragraphFollows = lines
        .slice(i + 1, i + 1 + AUTHOR_CARD_LOOKAHEAD_LINES)
        .some((l) => !furniture.has(l.index) && l.words >= AUTHOR_CARD_PARAGRAPH_WORDS);
      // An author card over the article (under the lead photo) has the article's prose under it, not over it.
      const proseAfter = lines
        .slice(i + 1)
        .reduce((n, l) => n + (!furniture.has(l.index) && isProse(l) ? l.words : 0), 0);
      if ((post || !paragraphFollows) && proseAfter < proseWords) return i;
    }
    if (isProse(line)) proseWords += line.words;
  }
  return -1;
}

/** Most lines under a breadcrumb trail read as the headline within which the title it ends with is set again. */
const BREADCRUMB_TITLE_LINES = 4;
/** Most words of the trail before the title: a breadcrumb names a few sections. */
const BREADCRUMB_MAX_WORDS = 8;

/**
 * The line within BREADCRUMB_TITLE_LINES under line `at` whose text `at` ends with, after a few words of trail
 * ("Home Holidays Pear Jam" over "PEAR JAM", "StartseiteRatgeberRatgeber: Katzen" over "Ratgeber: Katzen"): the
 * title, which the page set again after its breadcrumb. Case and spacing do not count. -1 when there is none.
 */
export function titleAfterBreadcrumb(lines: readonly Line[], at: number): number {
  const fold = (v: string): string => v.toLowerCase().replace(/\s+/g, " ").trim();
  const trail = lines[at];
  if (!trail) return -1;
  const whole = fold(trail.value);
  for (let j = at + 1; j <= at + BREADCRUMB_TITLE_LINES && j < lines.length; j++) {
    const line = lines[j] as Line;
    if (line.words < 2) continue;
    const title = fold(line.value);
    if (title.length >= whole.length || !whole.endsWith(title)) continue;
    const prefix = whole.slice(0, whole.length - title.length);
    if (/\p{L}/u.test(prefix) && wordCount(prefix) <= BREADCRUMB_MAX_WORDS) return j;
  }
  return -1;
}

/** Longest menu entry, in words, and how many entries in a row make a menu (a list in an article is rarely so bare). */
const MENU_ITEM_MAX_WORDS = 4;
const MENU_MIN_ENTRIES = 5;
/**
 * Fewest labels of a menu found between paragraphs: a run this long with no article after it is the page's section
 * menu scraped whole, with a lone notice under it ("Market data provided by …"), not a list of the article's own.
 */
const MID_MENU_MIN_ENTRIES = 20;

/**
 * A short label with no sentence end: a menu entry, a section name, a share button. A bulleted item is a list's; a
 * date line or byline ("By", a date) is the article's header, even among the page's labels.
 */
function isMenuEntry(line: Line, page: PageContext): boolean {
  return (
    line.words <= MENU_ITEM_MAX_WORDS &&
    !isLoneBy(line) &&
    !parseDateLine(line, page) &&
    !parseByline(line) &&
    !endsLikeSentence(line.value) &&
    !line.value.endsWith(":") &&
    !/^[-•*▪◦–]\s/.test(line.value)
  );
}

/**
 * A page's menus scraped whole: runs of at least MENU_MIN_ENTRIES short labels, one per line ("Home", "World",
 * "Politics", "Sport", …), before the first line of prose or after the last. Between paragraphs such a run may be a
 * list of the article's own, and it stays.
 */
function navigationRuns(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  page: PageContext,
): Map<number, Boilerplate> {
  const out = new Map<number, Boilerplate>();
  const firstProse = lines.findIndex((l) => !furniture.has(l.index) && isProse(l));
  if (firstProse < 0) return out;
  const lastProse = lines.findLastIndex((l) => !furniture.has(l.index) && isProse(l));
  const markRuns = (from: number, to: number, between = false): void => {
    let runStart = -1;
    for (let i = from; i <= to; i++) {
      const line = lines[i];
      const entry = line !== undefined && i < to && (furniture.has(i) || isMenuEntry(line, page));
      if (entry && runStart < 0) runStart = i;
      if (entry || runStart < 0) continue;
      const entries = lines.slice(runStart, i).filter((l) => !furniture.has(l.index));
      // "Menu / … / The Long Decline of Thrift / one-sentence deck / By Jane Roe": the run's last entry, right over a
      // deck with the byline or date line under it, is the article's headline (deckUnderMenu).
      if (i === firstProse && deckUnderMenu(lines, furniture, firstProse, page)) {
        const last = entries.at(-1);
        if (last && last.index === i - 1 && last.words >= SECTION_HEADLINE_MIN_WORDS) entries.pop();
      }
      // "The stores closing are listed below:" announces a list of the article's own; "Change edition:" over lines the
      // furniture rules know (a site's editions) announces the page's own menu.
      const announced = (lines[runStart - 1]?.value.endsWith(":") ?? false) && !furniture.has(runStart);
      const enough = between
        ? entries.length >= MID_MENU_MIN_ENTRIES && !articleGoesOn(lines, furniture, i)
        : entries.length >= MENU_MIN_ENTRIES;
      if (enough && !announced)
        for (const l of entries)
          out.set(l.index, { start: l.start, end: l.end, kind: "navigation", rule: "boilerplate:menu-run" });
      runStart = -1;
    }
  };
  markRuns(0, firstProse);
  markRuns(firstProse + 1, lastProse, true);
  markRuns(lastProse + 1, lines.length);
  return out;
}

/**
 * Whether the page's first sentence (line `first`) is a deck: one sentence or two of a deck's length, with the
 * byline or date line right under it (the page's furniture between them aside).
 */
function deckUnderMenu(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  first: number,
  page: PageContext,
): boolean {
  const deck = lines[first];
  const under = nextOutside(lines, furniture, first);
  return (
    deck !== undefined && deck.words <= DECK_MAX_WORDS && !!under && isHeaderAnchor(under, lines[under.index + 1], page)
  );
}

/** Longest clip title, in words, under a video's label. */
const VIDEO_TITLE_MAX_WORDS = 20;

/**
 * The line right under a video's label and running time ("VIDEO03:45"): the clip's title, a headline of its own (short,
 * no sentence end), which is the player's and not the article's text.
 */
function videoTitles(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  page: PageContext,
): Map<number, Boilerplate> {
  const out = new Map<number, Boilerplate>();
  const isTitle = (title: Line | undefined): title is Line =>
    title !== undefined &&
    !furniture.has(title.index) &&
    title.words >= 1 &&
    title.words <= VIDEO_TITLE_MAX_WORDS &&
    !endsLikeSentence(title.value);
  for (const [index, item] of furniture) {
    if (item.rule !== "boilerplate:video-duration") continue;
    const title = lines[index + 1];
    if (isTitle(title))
      out.set(title.index, { start: title.start, end: title.end, kind: "related", rule: "boilerplate:video-title" });
  }
  // "Video" alone on a line over the clip's title: a player set between the header and the text, or between
  // paragraphs, without its running time. The title has two words at least: "Video" over "Politics" is a menu; and
  // a title over the date line or byline is the article's own headline, under a menu's "Video".
  for (const label of lines) {
    if (furniture.has(label.index) || !VIDEO_LABEL.test(label.value.trim())) continue;
    const title = lines[label.index + 1];
    if (!isTitle(title) || title.words < 2 || overHeaderAnchor(lines[title.index + 1], page)) continue;
    out.set(label.index, { start: label.start, end: label.end, kind: "related", rule: "boilerplate:video-label" });
    out.set(title.index, { start: title.start, end: title.end, kind: "related", rule: "boilerplate:video-title" });
  }
  // "Video" alone between two paragraphs: a player whose title the scraper did not keep; "Photo", "YouTube" the same
  // for a picture or an embedded clip.
  for (const label of lines) {
    if (furniture.has(label.index) || out.has(label.index) || !MEDIA_LABEL.test(label.value.trim())) continue;
    const before = lines[previousContent(lines, furniture, label.index)];
    const after = nextContent(lines, furniture, label.index);
    const rule = VIDEO_LABEL.test(label.value.trim()) ? "boilerplate:video-label" : "boilerplate:media-label";
    if (before && after && isProse(before) && isProse(after))
      out.set(label.index, { start: label.start, end: label.end, kind: "related", rule });
  }
  return out;
}

/** An embedded player's label alone on a line. */
const VIDEO_LABEL = /^(?:Video|VIDEO)$/;
/** A label in capitals ending in a colon, alone on its line: "ANALYSIS/OPINION:", "EXCLUSIVE:". */
const CAPS_LABEL_COLON = /^(?=.*\p{Lu}{2})[\p{Lu}\d/&'’ -]+:$/u;
/** The piece's genre in capitals alone on a line: "OPINION", "COMMENTARY", "NEWS ANALYSIS". */
const GENRE_LABEL = /^(?:NEWS )?(?:OPINION|COMMENTARY|ANALYSIS|EDITORIAL|PERSPECTIVE|COLUMN|ESSAY|OP-ED)$/;
/** An embedded player's or picture's label alone on a line, with no title of its own. */
const MEDIA_LABEL = /^(?:Video|VIDEO|Photo|PHOTO|Image|IMAGE|YouTube|Audio|AUDIO)$/;

/** A line that is one quotation, whole: it opens with a quotation mark and closes with one (a full stop may follow). */
const WHOLE_QUOTATION = /^\s*["“„«][^"“”„«»]{8,}["”»][.!?]?\s*$/u;
/** "— Jane Roe on Sunday, October 13th, 2019 in a newspaper": a dash, then a capitalised name. */
const ATTRIBUTION_LINE = /^\s*[—–-]\s*\p{Lu}/u;
/** "on Sunday, October 13th, 2019": the attribution of a rated claim dates it with its year. */
const ATTRIBUTION_YEAR = /\b(?:19|20)\d{2}\b/;
/** "— Jane Roe is a columnist for …": a sentence about the writer (a sign-off bio), not an attribution. */
const ATTRIBUTION_SENTENCE = /\s(?:is|was|are|has|writes)\s/;
/** Longest attribution line, in words: a name, the occasion and its date. */
const ATTRIBUTION_MAX_WORDS = 25;

/**
 * A line that is one quotation over a line that opens with a dash and a name and dates the statement: a statement set
 * apart with its attribution, as a fact-check sets the claim it rates over its headline. Both lines are furniture: the
 * article's text states the claim and quotes the speaker in its own paragraphs. (An epigraph signed "— Jane Roe", or a
 * closing quote over the columnist's "— Jane Roe is …" bio, has no date, or is a sentence: not this rule.)
 */
function attributedQuotes(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
): Map<number, Boilerplate> {
  const out = new Map<number, Boilerplate>();
  for (const line of lines) {
    if (furniture.has(line.index) || !WHOLE_QUOTATION.test(line.value)) continue;
    const under = lines.slice(line.index + 1).find((l) => l.words > 0);
    if (
      !under ||
      furniture.has(under.index) ||
      !ATTRIBUTION_LINE.test(under.value) ||
      !ATTRIBUTION_YEAR.test(under.value) ||
      ATTRIBUTION_SENTENCE.test(under.value) ||
      under.words > ATTRIBUTION_MAX_WORDS ||
      endsLikeSentence(under.value)
    )
      continue;
    for (const l of [line, under])
      out.set(l.index, { start: l.start, end: l.end, kind: "pull-quote", rule: "boilerplate:attributed-quote" });
  }
  return out;
}

/** A heading that announces links to other stories: "READ MORE:", "Related:", "See also:", "DON'T MISS". */
const LINKS_HEADING =
  /^(?:read more|related(?: (?:stories|articles|coverage|content|links))?|see also|more on this|also read|recommended|you (?:may|might) also like|don['’]t miss)\s*:?$/i;
/** Longest headline of a linked story, in words, and how many links such a heading may head. */
const LINK_MAX_WORDS = 20;
/** Shortest headline, in characters, that a page cuts short to fit its list. */
const CUT_HEADLINE_MIN_CHARS = 40;
const MAX_LINKS = 8;

/**
 * The lines after a links heading that read as other stories' headlines: short, no sentence end, up to the first
 * line that reads as a paragraph again.
 */
function linksUnderHeadings(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
): Map<number, Boilerplate> {
  const out = new Map<number, Boilerplate>();
  for (const heading of lines) {
    if (!LINKS_HEADING.test(heading.value.trim())) continue;
    for (let j = heading.index + 1; j < Math.min(lines.length, heading.index + 1 + MAX_LINKS); j++) {
      const line = lines[j] as Line;
      if (furniture.has(j)) continue;
      // "Gnats to reach the coast as the storm and the tides..." : a headline the page cut short at a length is a link
      // still ("Elsewhere on our site..." is a heading of its own).
      const cut = TRUNCATED_TEASER.test(line.value) && line.value.trim().length >= CUT_HEADLINE_MIN_CHARS;
      if (line.words === 0 || line.words > LINK_MAX_WORDS || (endsLikeSentence(line.value) && !cut)) break;
      out.set(j, { start: line.start, end: line.end, kind: "related", rule: "boilerplate:links-under-heading" });
    }
  }
  return out;
}

/** A teaser's "Read more" button, alone and with no colon: "Read more:" heads a list of links under it instead. */
const READ_MORE_BUTTON = /^read more$/i;
/** Fewest words of a teaser's headline, and the most of the blurb under it. */
const TEASER_HEADLINE_MIN_WORDS = 4;
const TEASER_BLURB_MAX_WORDS = 60;

/**
 * Another story's teaser set between the article's paragraphs: its headline in Title Case with no sentence end, and
 * maybe its blurb cut off mid-sentence, right over a "Read more" button. A paragraph of the article ends its sentence;
 * a subhead of it has no button under it.
 */
function teasersOverReadMore(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  page: PageContext,
): Map<number, Boilerplate> {
  const out = new Map<number, Boilerplate>();
  const isTeaserHeadline = (l: Line | undefined): boolean =>
    l !== undefined &&
    !furniture.has(l.index) &&
    l.words >= TEASER_HEADLINE_MIN_WORDS &&
    l.words <= LINK_MAX_WORDS &&
    !endsLikeSentence(l.value) &&
    !l.value.trim().endsWith(":") &&
    titleCaseShare(l.value) >= TITLE_CASE_SHARE &&
    // "22 July 2019 By Harbour Staff" over the button: a listed post's date line, not a teaser's headline.
    !parseDateLine(l, page);
  for (const button of lines) {
    if (!READ_MORE_BUTTON.test(button.value.trim())) continue;
    const above = lines[previousContent(lines, furniture, button.index)];
    if (above === undefined || furniture.has(above.index)) continue;
    let teaser: Line[] = [];
    if (isTeaserHeadline(above)) teaser = [above];
    else if (
      above.words <= TEASER_BLURB_MAX_WORDS &&
      !endsLikeSentence(above.value) &&
      !/[:;,]$/.test(above.value.trim()) &&
      titleCaseShare(above.value) < TITLE_CASE_SHARE
    ) {
      const headline = lines[previousContent(lines, furniture, above.index)];
      if (headline && isTeaserHeadline(headline)) teaser = [headline, above];
    }
    for (const l of teaser)
      out.set(l.index, { start: l.start, end: l.end, kind: "related", rule: "boilerplate:read-more-teaser" });
  }
  return out;
}

function looksLikeHeadline(line: Line, next: Line | undefined, first: boolean, page: PageContext): boolean {
  if (!next || line.words === 0 || line.words > HEADLINE_MAX_WORDS) return false;
  // A headline stands alone; a first paragraph runs into more of the same.
  // ("Posted on Thu Jun 13, 2013" or a byline right under it is the header going on, not the paragraph.)
  if (
    !next.afterBlank &&
    next.words > 0 &&
    !/^(by|published|updated)\b/i.test(next.value) &&
    line.words > 12 &&
    !parseDateLine(next, page) &&
    !parseByline(next)
  )
    return false;
  if (!endsLikeSentence(line.value)) return true;
  // Title Case headlines often end with a full stop in scraped text; a sentence-case paragraph does not qualify.
  return titleCaseShare(line.value) >= 0.6 || line.value.endsWith("?") || isTwoSentenceHeadline(line, next, first);
}

/** Longest headline of two short sentences, in words: an opening paragraph of two sentences is longer. */
const TWO_SENTENCE_HEADLINE_MAX_WORDS = 20;
/** A sentence ending inside a line: a lower-case word or a digit, then . ? or ! and a capital ("Mr. Smith" is none). */
const SENTENCE_BREAK_INSIDE = /(?<![A-Z][a-z]{0,2})[\p{Ll}\d][.?!]["'”’]?\s+["'“‘]?\p{Lu}/u;

/**
 * A sentence-case headline in two short sentences, the house style of some explainer sites ("Prices are falling.
 * Wages are not."): the first line, on its own, shorter than the paragraph after it. A plain text that opens with
 * two short sentences is read whole as body unless a longer paragraph follows.
 */
function isTwoSentenceHeadline(line: Line, next: Line, first: boolean): boolean {
  return (
    first &&
    next.afterBlank &&
    line.words <= TWO_SENTENCE_HEADLINE_MAX_WORDS &&
    next.words > line.words &&
    SENTENCE_BREAK_INSIDE.test(line.value)
  );
}

/**
 * Lines outside the furniture within which a date line or byline must follow for the header to go on; a page's short
 * labels ("Subscriptions", "Sign Out") do not count, up to a limit of lines in all.
 */
const HEADER_CONTINUES_WITHIN = 3;
const HEADER_CONTINUES_MAX_LINES = 8;

/** Words of prose between a standfirst candidate and the date line that make it a paragraph: a deck is shorter. */
const PARAGRAPH_BETWEEN_MIN_WORDS = 25;

/**
 * Whether paragraphs stand between line `from` and the date line or byline that follows: "headline / paragraph /
 * paragraph / date" is a post dated at its end, and its first paragraph no standfirst. Two sentences of prose or one
 * as long as a paragraph count; a second line of deck ("Ten were hurt.") does not.
 */
function proseBeforeAnchor(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  from: number,
  needsDate: boolean,
  needsByline: boolean,
  page: PageContext,
): boolean {
  let prose = 0;
  let words = 0;
  for (let i = from; i < lines.length && i < from + HEADER_CONTINUES_MAX_LINES; i++) {
    if (furniture.has(i)) continue;
    const line = lines[i] as Line;
    if ((needsDate && parseDateLine(line, page)) || (needsByline && parseByline(line))) break;
    if (isProse(line)) {
      prose++;
      words += line.words;
    }
  }
  return prose >= 2 || words >= PARAGRAPH_BETWEEN_MIN_WORDS;
}

/**
 * Whether a date line or byline the header still lacks follows within a few lines: a second date after the header's
 * own is a teaser's, below the article.
 */
function headerContinuesAfter(
  lines: readonly Line[],
  furniture: ReadonlyMap<number, Boilerplate>,
  from: number,
  needsDate: boolean,
  needsByline: boolean,
  page: PageContext,
): boolean {
  let seen = 0;
  for (let i = from; i < lines.length && i < from + HEADER_CONTINUES_MAX_LINES && seen < HEADER_CONTINUES_WITHIN; i++) {
    if (furniture.has(i)) continue;
    const line = lines[i] as Line;
    if (line.words > SECTION_LABEL_MAX_WORDS || endsLikeSentence(line.value)) seen++;
    const next = nextOutside(lines, furniture, i);
    if (needsDate && parseDateLine(line, page)) return true;
    if (needsByline && (parseByline(line) || (next && parseSplitByline(line, next)))) return true;
  }
  return false;
}

/** A counter of views, shares or comments alone on a line: "12", "1,204", "84.1K". */
const COUNTER_LABEL = /^[\d.,]+[KkMm]?$/;

/** A line that is only a number ("12", "1,204"): a counter of shares or comments, no words of the article. */
const BARE_COUNTER = /^[\d.,]+$/;

/** The index of the line holding `offset`, or -1 (also for no offset). */
function lineIndexAt(lines: readonly Line[], offset: number | undefined): number {
  return offset === undefined ? -1 : lines.findIndex((l) => l.start <= offset && offset < l.end);
}

function blockKind(line: Line): Block["kind"] {
  if (
    /^(\d{1,2}[:.]\d{2}\s*(a\.?m\.?|p\.?m\.?|gmt|utc|bst|cet|[ecmp][sd]t)?|updated\s+\d{1,2}[:.]\d{2}.*)$/i.test(
      line.value,
    )
  )
    return "timestamp";
  if (/^(q|question)\s*[:.)-]\s+/i.test(line.value)) return "question";
  if (/^(a|answer)\s*[:.)-]\s+/i.test(line.value)) return "answer";
  if (/^(\d{1,2}[.)]|[-•*▪◦])\s+/.test(line.value)) return "list-item";
  if (line.words <= 10 && !endsLikeSentence(line.value) && !line.value.endsWith(":")) return "heading";
  return "paragraph";
}

/** Time zones a date line may carry beside the time, which are not an outlet's label. */
const TIME_ZONE = /^(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|AEST|AEDT|JST|HKT|SGT)$/;

const CAPITALISED_PHRASE =
  /\b(?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?\p{Lu}[\p{L}'’&-]*){0,5}/gu;

/** "Daily Mail Online" → "DMO"; "The Daily Harbour" → "DH" (and "TDH" is tried by the caller). */
function initials(name: string): string {
  return (name.replace(/^the\s+/i, "").match(/\b\p{Lu}/gu) ?? []).join("");
}

/** The span of a name's first whole-word mention on the page's lines. */
function firstMention(lines: readonly Line[], name: string): Span | undefined {
  const pattern = wholeWordPattern(name);
  for (const line of lines) {
    const m = pattern.exec(line.value);
    if (m) return { start: line.start + m.index, end: line.start + m.index + name.length };
  }
  return undefined;
}

function findOutlet(
  lines: readonly Line[],
  bios: readonly Line[],
  dateLine: DateLine | undefined,
  agency: string | undefined,
  authorNames: readonly string[],
): Sourced<Outlet> | undefined {
  // Candidates: outlet-like names in author bios and footer lines ("Editor at X", "© 2017 X").
  const candidates: { name: string; span: Span; owner?: boolean }[] = [];
  const footer = lines.slice(-4).filter((l) => /^(©|copyright)/i.test(l.value));
  let pageText: string | undefined;
  for (const line of [...bios, ...footer]) {
    for (const m of execAll(CAPITALISED_PHRASE, line.value)) {
      // A capital "The" inside a sentence ("© 2024 The Riverside Gazette") is part of the name; at a sentence start it is not.
      const sentenceStart = m.index === 0 || /[.!?]\s*$/.test(line.value.slice(0, m.index));
      const name = sentenceStart ? m[0].replace(/^The\s+/, "") : m[0];
      // One word is enough when "The" marks it as a title ("The Ledger", "The Economist").
      const words = name.replace(/^The\s+/, "").split(/\s+/).length;
      if (OUTLET_HEAD.test(name) && (words >= 2 || /^The\s/.test(name))) {
        const span = {
          start: line.start + m.index + (m[0].length - name.length),
          end: line.start + m.index + m[0].length,
        };
        // "© 2024 Harbour News Network", "© 2024 Harbour Media LLC": a notice names the owner; the brand it stands
        // for, when the page writes it ("HNN", "Harbour"), is the outlet, and an owner without one yields to the
        // name the page gives itself.
        if (footer.includes(line)) {
          pageText ??= lines.map((l) => l.value).join("\n");
          const brand = brandOfOwner(name, pageText);
          const at = brand ? firstMention(lines, brand) : undefined;
          if (brand && at) {
            candidates.push({ name: brand, span: at });
            continue;
          }
          if (OWNER_TAIL.test(name)) {
            candidates.push({ name, span, owner: true });
            continue;
          }
        }
        candidates.push({ name, span });
      }
    }
  }
  for (const label of dateLine?.extras ?? []) {
    const match = candidates.find(
      (c) => initials(c.name) === label.value || (/^the\s/i.test(c.name) && `T${initials(c.name)}` === label.value),
    );
    if (match) return sourced({ name: match.name, abbreviation: label.value }, "text-bio+date-line", 0.8, match.span);
  }
  const self = outletBySelfReference(lines, authorNames);
  // "Jane Roe is a contributor at HARBOUR … She has written for The Daily Ledger": a bio lists past employers too; the
  // name the page gives itself, when the bio names it, is the one the author writes for here.
  const selfInBio = self && bios.some((b) => b.value.toLowerCase().includes(self.name.toLowerCase()));
  if (self && selfInBio) return sourced({ name: self.name }, `text-self-reference+bio:${self.rule}`, 0.7, self.span);
  const first = candidates.find((c) => !c.owner) ?? (self ? undefined : candidates[0]);
  if (first) return sourced({ name: first.name }, "text-bio", 0.5, first.span);
  // A wire story republished by a site ("WASHINGTON (Reuters) -" under the site's own notice): the site that names
  // itself is the outlet, and the agency stays the dateline's; a page that names no site of its own is the agency's.
  if (self) return sourced({ name: self.name }, `text-self-reference:${self.rule}`, 0.6, self.span);
  if (agency) return sourced({ name: agency }, "dateline", 0.5);
  // "… 8:02 am ET": a time zone beside the date is no outlet's initials.
  const label = dateLine?.extras.find((e) => !TIME_ZONE.test(e.value));
  if (label) return sourced({ name: label.value, abbreviation: label.value }, "text-date-line", 0.3, label.span);
  return undefined;
}
