/**
 * Finds the page blocks that carry the headline, the standfirst (dek) and the byline, so the text can show them
 * as the reader sees them, with source offsets, instead of values copied from <meta>.
 */
import { classAndId } from "../dom.js";
import { type Box, type TextBlock, within } from "../segment.js";

const fold = (s: string): string => s.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Removes the site's name from a <title> or og:title: "Title | Outlet", "Outlet » Title", "Title - Outlet".
 * `onlyOutlet` removes a segment only when it names the known outlet (JSON-LD headlines rarely carry the site).
 */
export function cleanTitle(title: string, outlet?: string, onlyOutlet = false): string {
  const t = title.replace(/\s+/g, " ").trim();
  const o = outlet === undefined ? undefined : fold(outlet);
  if (o !== undefined && o !== "") {
    const parts = t.split(/\s+[|–—:»·-]\s+/);
    const first = parts[0] ?? t;
    const last = parts[parts.length - 1] ?? "";
    if (parts.length > 1 && fold(last).includes(o)) return parts.slice(0, -1).join(" - ");
    if (parts.length > 1 && fold(first).includes(o)) return parts.slice(1).join(" - ");
  }
  if (onlyOutlet) return t;
  // Pipes and guillemets separate the site's name and sections from the title: the longest segment is the title.
  const bars = t.split(/\s+[|»·]\s+/);
  if (bars.length > 1) return bars.reduce((a, b) => (b.length > a.length ? b : a), "");
  // A short last segment after " - " is the site's name ("Storm hits coast - Daily Example").
  const dashes = t.split(/\s+-\s+/);
  const lastDash = dashes[dashes.length - 1] ?? "";
  return dashes.length > 1 && lastDash.length < 30 && (dashes[0] ?? "").length > lastDash.length
    ? dashes.slice(0, -1).join(" - ")
    : t;
}

/** How many blocks before the article container its visible headline may stand. */
const HEADLINE_REACH = 15;

/** A heading that can be the visible headline: not furniture, not a link list, of headline length. */
function headlineLike(b: TextBlock): boolean {
  return (
    b.kind === "headline" &&
    b.box.furniture === undefined &&
    b.text.length >= 10 &&
    b.text.length <= 300 &&
    b.linkChars < 0.5 * b.text.length
  );
}

export interface HeadlineMatch {
  readonly block: TextBlock;
  /** True when the block's text is the published headline; false when it is only the visible <h1> near the body. */
  readonly matched: boolean;
  /** True when the block lies inside the article container. */
  readonly inContainer: boolean;
}

/**
 * The heading whose text is the published headline; else the visible <h1> of the article: inside the container,
 * or the last one shortly before it.
 */
export function findHeadlineBlock(
  blocks: readonly TextBlock[],
  headline: string | undefined,
  container?: Box,
): HeadlineMatch | undefined {
  const inside = (b: TextBlock): boolean => container !== undefined && within(b.box, container);
  if (headline !== undefined) {
    const h = fold(headline);
    const heads = blocks.filter((b) => b.kind === "headline" || b.kind === "heading");
    const exact =
      heads.find((b) => fold(b.text) === h) ??
      heads.find((b) => b.text.length > 15 && (h.startsWith(fold(b.text)) || fold(b.text).startsWith(h)));
    if (exact !== undefined) return { block: exact, matched: true, inContainer: inside(exact) };
  }
  if (container !== undefined) {
    const first = blocks.findIndex((b) => within(b.box, container));
    const inContainer = blocks.find((b) => headlineLike(b) && inside(b));
    if (inContainer !== undefined) return { block: inContainer, matched: false, inContainer: true };
    for (let i = first - 1; i >= Math.max(0, first - HEADLINE_REACH); i--) {
      const b = blocks[i];
      if (b !== undefined && headlineLike(b)) return { block: b, matched: false, inContainer: false };
    }
  }
  const any = blocks.find(headlineLike);
  return any === undefined ? undefined : { block: any, matched: false, inContainer: false };
}

const BYLINE_CLASS =
  /(?:^|[^a-z])(?:by-?line|byline__|author-?name|article-?author|post-?author|author|writer|contributor|byl)(?:$|[^a-z])/;
const BY_TEXT = /^(?:by|von|par|por)\s+\p{Lu}/iu;
/** "By Jane Doe" after other text in the same short block (a title and byline separated only by <br>). */
const BY_INSIDE = /\s(?:By|Von|Par|Por)\s+\p{Lu}/u;

/** The byline part of a byline block's text: from "By …" on when the block starts with something else. */
export function bylineText(b: TextBlock): string {
  if (BY_TEXT.test(b.text)) return b.text;
  const m = BY_INSIDE.exec(b.text);
  return m === null ? b.text : b.text.slice(m.index + 1);
}
/** How many blocks after the headline a byline may appear. */
const BYLINE_WINDOW = 25;

export function findBylineBlock(blocks: readonly TextBlock[], headline: TextBlock | undefined): TextBlock | undefined {
  const from = headline === undefined ? 0 : Math.max(0, blocks.indexOf(headline) - 3);
  const to = headline === undefined ? blocks.length : Math.min(blocks.length, from + BYLINE_WINDOW);
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b === undefined || b.text.length > 150 || b === headline) continue;
    if (b.box.furniture !== undefined && b.box.furniture.kind !== "author-bio") continue;
    if (BY_TEXT.test(b.text) || BY_INSIDE.test(b.text)) return b;
    const ci = `${classAndId(b.kindEl)} ${classAndId(b.box.el)}`;
    if (BYLINE_CLASS.test(ci) && !/bio|avatar|image/.test(ci) && /\p{Lu}/u.test(b.text)) return b;
  }
  return undefined;
}

const STANDFIRST_CLASS =
  /(?:^|[^a-z])(?:standfirst|dek|sub-?head(?:line)?|sub-?title|summary|lede|lead|excerpt|intro|description|strapline|teaser-?text|article-?summary)(?:$|[^a-z])/;

export function findStandfirstBlock(
  blocks: readonly TextBlock[],
  headline: TextBlock | undefined,
  description: string | undefined,
): TextBlock | undefined {
  if (headline === undefined) return undefined;
  const at = blocks.indexOf(headline);
  const d = description === undefined ? undefined : fold(description);
  for (let i = at + 1; i < Math.min(blocks.length, at + 6); i++) {
    const b = blocks[i];
    if (b === undefined || b.text.length < 30 || b.text.length > 500 || b.box.furniture !== undefined) continue;
    const ci = `${classAndId(b.kindEl)} ${classAndId(b.box.el)}`;
    if (STANDFIRST_CLASS.test(ci)) return b;
    if (d !== undefined && fold(b.text) === d && b.kind !== "paragraph") return b;
  }
  return undefined;
}

/** How far around the headline a visible date line is looked for. */
const DATE_WINDOW_BEFORE = 5;
const DATE_WINDOW_AFTER = 40;

/** A date written in a short block near the headline ("18.11.2019", "November 18, 2019 at 9:45 am"). */
export function findDateNearHeadline(
  blocks: readonly TextBlock[],
  headline: TextBlock | undefined,
  parse: (s: string) => string | undefined,
): string | undefined {
  if (headline === undefined) return undefined;
  const at = blocks.indexOf(headline);
  for (let i = Math.max(0, at - DATE_WINDOW_BEFORE); i < Math.min(blocks.length, at + DATE_WINDOW_AFTER); i++) {
    const b = blocks[i];
    if (b === undefined || b.text.length > 150) continue;
    const f = b.box.furniture?.kind;
    if (f === "related" || f === "comments" || f === "navigation" || f === "advertisement") continue;
    const d = parse(b.text);
    if (d !== undefined) return d;
  }
  return undefined;
}
