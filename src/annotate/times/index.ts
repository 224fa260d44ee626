/**
 * The "times" layer: TIMEX3 time expressions in the article's body, headline, dateline, byline and timestamp lines,
 * anchored to the analysis anchor or the publication date.
 */
import type { Block, Document } from "../../core/document.js";
import { contains, lineAround, type Span } from "../../core/span.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { findTimes, recognise } from "./find-times.js";
import type { Candidate } from "./types.js";

export { type FindTimesOptions, findTimes } from "./find-times.js";

/**
 * Blocks outside the body whose dates still matter: the headline, the dateline, and the byline and timestamp lines
 * that state when the page was published or updated ("By Jo Roe Updated Nov. 19, 2019 8:21 am ET").
 */
const EXTRA_BLOCKS: ReadonlySet<Block["kind"]> = new Set(["headline", "dateline", "byline", "timestamp"]);

/** How far into the body (in characters) a stated full date may anchor a page with no publication date. */
const OPENING_REACH = 1500;

/** A value that names one calendar day: the only kind that can anchor "Monday" or "yesterday". */
const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The spans the layer reads: the body, the extra blocks outside it, and the line the publication date was read from. */
export function timeSpans(doc: Document): Span[] {
  const spans: Span[] = [doc.body];
  for (const block of doc.layers.blocks ?? []) {
    if (EXTRA_BLOCKS.has(block.kind) && !contains(doc.body, block)) spans.push(block);
  }
  // The reader may take the date from a line it did not make a block of ("November 19, 2019 6:30 AM" under the
  // byline): that date is the page's own and is a date of the page all the same.
  const publishedAt = doc.metadata.published?.provenance.span;
  if (publishedAt && !contains(doc.body, publishedAt)) spans.push(publishedAt);
  return spans;
}

/**
 * Photo captions the reader set apart from the body ("Protesters gather outside the court, October 31, 2019."):
 * their dates are the article's, when the pictured events happened. They anchor nothing, since a file photo's
 * date is often another day than the page's.
 */
export function captionsOutside(doc: Document): Span[] {
  return (doc.layers.boilerplate ?? []).filter((b) => b.kind === "caption" && !contains(doc.body, b));
}

/** A line that says when the page went up: "Published Nov 18, 2019 at 4:07 PM | Updated …", "Posted on …". */
const STAMP_LINE = /^\W*(?:published|updated|posted|last updated|first published|date)\b/i;
/** Most words of a line that is only a date and a time ("November 19, 2019 6:30 AM"). */
const BARE_STAMP_WORDS = 8;
/** A byline that carries the page's date: "By Jo Roe Updated Nov 13, 2019, 10:28am EST". */
const BYLINE_STAMP = /^\W*[Bb]y\s+\p{Lu}/u;
/** Most words of such a byline: two or three names, a verb and a date with its time. */
const BYLINE_STAMP_WORDS = 16;

/** Whether the line holding [start, end) is a timestamp line rather than a sentence, a tweet or a caption. */
function onStampLine(text: string, start: number, end: number): boolean {
  const around = lineAround(text, { start, end });
  const line = text.slice(around.start, around.end);
  const words = line.trim().split(/\s+/).length;
  return STAMP_LINE.test(line) || words <= BARE_STAMP_WORDS || (BYLINE_STAMP.test(line) && words <= BYLINE_STAMP_WORDS);
}

/**
 * The day an undated page states for itself, to anchor its relative dates when the reader found no publication
 * date: the first full date in its header lines, else the first on a timestamp line in the opening of the body
 * ("Published Nov 18, 2019 at 4:07 PM" scraped into the text), else the first on a timestamp line anywhere in the
 * body: when the reader took the site's menus for the start of the body, the article's own headline and date line
 * sit deep inside it. A date in a sentence, a caption or an embedded tweet is often another day ("a file photo
 * taken February 13, 2017"), so it anchors nothing. Without an anchor "Monday" stays XXXX-WXX-1, which no reader
 * would leave it as.
 */
export function statedAnchor(
  text: string,
  spans: readonly Span[],
  body: Span,
  recognised?: readonly Candidate[],
): string | undefined {
  const found = findTimes(text, { spans, ...(recognised ? { recognised } : {}) }).filter((t) =>
    FULL_DATE.test(t.value),
  );
  const header = found.find((t) => t.end <= body.start || t.start >= body.end);
  const stamped = found.filter((t) => t.start >= body.start && t.end <= body.end && onStampLine(text, t.start, t.end));
  const opening = stamped.find((t) => t.start < body.start + OPENING_REACH);
  return (header ?? opening ?? stamped[0])?.value.slice(0, 10);
}

export const timesAnnotator = defineAnnotator({
  name: "times",
  requires: [],
  produces: "times",
  annotate(doc, ctx) {
    const spans = timeSpans(doc);
    // Recognised once: an undated article is read twice, for its stated anchor and then from that anchor.
    const recognised = recognise(doc.text);
    const anchor = ctx.anchor ?? doc.metadata.published?.value ?? statedAnchor(doc.text, spans, doc.body, recognised);
    return findTimes(doc.text, { anchor, spans: [...spans, ...captionsOutside(doc)], recognised });
  },
});
