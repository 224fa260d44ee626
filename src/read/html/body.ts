/**
 * Sorts the blocks of the chosen container into body, captions, and furniture, then trims the body's edges
 * (bylines, datelines, "Advertisement", share prompts that sit just inside the container). Each rule is a small
 * named function; the first that claims a block decides it.
 */
import type { BoilerplateKind } from "../../core/document.js";
import type { Box, TextBlock } from "./segment.js";
import { within } from "./segment.js";
import { cardOf } from "./teasers.js";

export type Placement =
  | { readonly role: "body" }
  | { readonly role: "caption" }
  | { readonly role: "headline" }
  | { readonly role: "boilerplate"; readonly kind: BoilerplateKind; readonly rule: string };

/** Share of a block's characters inside links above which it is a link list, not prose. */
const LINK_DENSE = 0.5;
/** A plain paragraph at least this long ends an inline teaser section. */
const PROSE_RESUMES = 100;
/** Edge blocks shorter than this that do not end like a sentence are page furniture (bylines, dates, labels). */
const EDGE_LONG = 150;

/** Short text cues for furniture that carries no class hint. Ordered; the first match names the kind. */
const TEXT_CUES: readonly [RegExp, BoilerplateKind, string][] = [
  [
    /^(?:(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading below|publicité|publicidad)$|(?:anzeige|werbung)\b)/i,
    "advertisement",
    "boilerplate:ad-label",
  ],
  [/^(?:sign up|subscribe)\b.{0,120}(?:newsletter|inbox|email)/i, "newsletter", "boilerplate:newsletter-cue"],
  [
    /\b(?:newsletter|sign up for our|get our .{0,40} in your inbox|in(?:to)? your inbox|delivered (?:to your inbox|weekday mornings|every (?:morning|weekday)))\b/i,
    "newsletter",
    "boilerplate:newsletter-cue",
  ],
  [
    /^(?:share|share this|share on|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|reddit)(?:\s|$|:)/i,
    "share",
    "boilerplate:share-cue",
  ],
  [
    /^(?:related|read more|read next|more from|see also|you may also like|recommended|most popular|most read|trending|also read)\b[:\s]?/i,
    "related",
    "boilerplate:related-cue",
  ],
  [
    /^(?:\d+\s+)?(?:comments?|kommentare?)\b|^(?:leave a (?:comment|reply)|join the (?:conversation|discussion)|show comments|keine kommentare|kommentar schreiben|schreibe einen kommentar)/i,
    "comments",
    "boilerplate:comments-cue",
  ],
  [/(?:©|\(c\)|copyright)\s*(?:\d{4}|[a-z])/i, "footer", "boilerplate:copyright-cue"],
  [
    /\b(?:we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies)\b/i,
    "cookie",
    "boilerplate:cookie-cue",
  ],
  [
    /^(?:subscribe|subscribers only|already a subscriber|to continue reading|log ?in to read)\b/i,
    "paywall",
    "boilerplate:paywall-cue",
  ],
  [/^(?:tags?|topics?|filed under|categories)\s*:/i, "navigation", "boilerplate:tags-cue"],
];

const SENTENCE = /[.!?…"”»:)]\s*$/;

/** A photo caption written as a paragraph: it ends with the picture credit. */
const CAPTION_TEXT =
  /\((?:image|photo|picture|pic|video|credit|foto|bild)s?\s*:[^)]*\)\s*$|^(?:image|photo|picture)(?: credit)?\s*:/i;
/** "Published: 10:48, Tue, Nov 19, 2019 | Updated: …": a timestamp line, not prose. */
const TIMESTAMP_TEXT =
  /^(?:published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|stand)\b\s*:?\s*\S/i;

/** Escaped markup shown as text ("<img height=1 …>"): a broken template, never prose. */
const MARKUP_TEXT = /^<\/?[a-z][\w-]*(?:\s[^>]*)?>?/i;

/** A short heading that opens a section of links to other stories: everything after it is not the article. */
const RELATED_HEADING =
  /^(?:more (?:from|on|in|about|stories|news|coverage|videos?|to read|like this)\b|more [\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*)?$|related\b|recommended\b|read (?:more|next|this next)\b|you (?:may|might) (?:also )?like|(?:most )?popular\b|most (?:read|viewed|shared)|trending\b|top stories|latest (?:news|stories|articles|headlines)|around the web|from (?:the web|our partners)|sponsored (?:stories|content|links)|what to read next|also on|further reading|see also|promoted (?:stories|content)|editors'? picks|don'?t miss|in other news|in case you missed it|you may have missed|elsewhere on|explore further|mehr zum thema|lesen sie (?:auch|mehr)|das könnte sie (?:auch )?interessieren|weitere (?:artikel|beiträge|themen|nachrichten)|ähnliche (?:artikel|beiträge)|auch interessant|(?:à )?lire aussi|sur le même sujet|lee también|te puede interesar|leggi anche)/iu;

/** Promotions that close an article: calls to follow, subscribe or join, and "this story first appeared" notes. */
const TAIL_PROMO =
  /\b(?:follow (?:us|\w+) on|follow .{0,40}(?:full )?coverage|subscribe to|sign up (?:for|to)|newsletter|join (?:our|the) (?:\w+ )?(?:forums?|community|conversation)|like us on facebook|download (?:our|the) app|get (?:our|the) .{0,30} app|click here|for more (?:news|stories|on this)|this (?:story|article) (?:was|is) (?:originally|first) (?:published|appeared)|copyright \d{4}|all rights reserved|if you (?:enjoyed|liked) (?:reading )?this|we want to hear (?:from you|what you think)|let us know what you think|share your thoughts|folgen sie uns|abonnieren sie|subject to copyright|no part (?:of this .{0,30})?may be reproduced)\b|^citation:/i;

function cueOf(text: string): [BoilerplateKind, string] | undefined {
  if (text.length > 200) return undefined;
  for (const [re, kind, rule] of TEXT_CUES) if (re.test(text)) return [kind, rule];
  return undefined;
}

/** Decides where each block of the container goes; `inBody` is agreement with JSON-LD articleBody when known. */
export function placeBlocks(
  container: Box,
  blocks: readonly TextBlock[],
  inBody?: (b: TextBlock) => boolean | undefined,
  authors: readonly string[] = [],
  cards: ReadonlySet<Box> = new Set(),
): Placement[] {
  const out: Placement[] = blocks.map((b) => {
    const card = inBody?.(b) === true ? undefined : cardOf(b, cards);
    if (card !== undefined && card !== container && within(card, container))
      return { role: "boilerplate", kind: "related", rule: "boilerplate:teaser-card" };
    return placeOne(container, b, inBody?.(b));
  });
  cutAtRelatedHeading(container, blocks, out, inBody);
  trimEdges(container, blocks, out, inBody);
  trimTailPromos(blocks, out, authors, inBody);
  return out;
}

function placeOne(container: Box, b: TextBlock, agrees: boolean | undefined): Placement {
  const f = b.box.furniture;
  if (agrees === true) return b.kind === "caption" ? { role: "caption" } : { role: "body" };
  if (f !== undefined && within(f.box, container) && !(f.box === container))
    return { role: "boilerplate", kind: f.kind, rule: f.rule };
  if (b.kind === "headline") return { role: "headline" };
  if (b.kind === "caption") return { role: "caption" };
  const len = b.text.length;
  if (MARKUP_TEXT.test(b.text)) return { role: "boilerplate", kind: "other", rule: "boilerplate:markup-text" };
  if (len <= 300 && CAPTION_TEXT.test(b.text)) return { role: "caption" };
  if (len <= 120 && TIMESTAMP_TEXT.test(b.text))
    return { role: "boilerplate", kind: "other", rule: "boilerplate:timestamp" };
  if (b.linkChars / Math.max(1, len) > LINK_DENSE)
    return { role: "boilerplate", kind: "related", rule: "boilerplate:link-dense" };
  const cue = cueOf(b.text);
  if (cue !== undefined) return { role: "boilerplate", kind: cue[0], rule: cue[1] };
  if (agrees === false && len >= 30)
    return { role: "boilerplate", kind: "other", rule: "boilerplate:not-in-articlebody" };
  return { role: "body" };
}

/**
 * After some prose, a "More from …" / "Related" heading opens a teaser section. The section is the heading's
 * enclosing box when that box is a wrapper inside the container; when the heading sits directly in the container,
 * the section runs until prose resumes (inline "Don't miss" boxes sit in the middle of articles).
 */
function cutAtRelatedHeading(
  container: Box,
  blocks: readonly TextBlock[],
  out: Placement[],
  inBody?: (b: TextBlock) => boolean | undefined,
): void {
  let prose = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const o = out[i];
    // A "More from …" label may already be furniture by its text cue; it still opens the section that follows.
    if (b === undefined || !(o?.role === "body" || (o?.role === "boilerplate" && o.rule === "boilerplate:related-cue")))
      continue;
    if (
      prose >= 2 &&
      b.text.length <= 60 &&
      inBody?.(b) !== true &&
      RELATED_HEADING.test(b.text) &&
      (b.kind === "heading" || b.kind === "headline" || !SENTENCE.test(b.text))
    ) {
      const section = b.kind === "heading" || b.kind === "headline" ? b.box.parent : b.box;
      const related: Placement = { role: "boilerplate", kind: "related", rule: "boilerplate:related-heading" };
      // Blocks are in page order, so a section's blocks are contiguous: stop at the first one outside it, and
      // continue after the marked run (each block is visited once, however many such headings a page has).
      let j = i + 1;
      out[i] = related;
      if (section != null && section !== container && within(section, container)) {
        for (; j < blocks.length; j++) {
          const bj = blocks[j];
          if (bj === undefined || !within(bj.box, section)) break;
          if (out[j]?.role !== "boilerplate") out[j] = related;
        }
      } else {
        for (; j < blocks.length; j++) {
          const bj = blocks[j];
          if (
            bj === undefined ||
            (bj.kind === "paragraph" && bj.text.length >= PROSE_RESUMES && bj.linkChars < 0.2 * bj.text.length)
          )
            break;
          if (out[j]?.role !== "boilerplate") out[j] = related;
        }
      }
      i = j - 1;
      continue;
    }
    if (isProse(b)) prose++;
  }
}

/** Drops calls to follow, subscribe or join, and the author's bio, at the very end of the body, last block first. */
function trimTailPromos(
  blocks: readonly TextBlock[],
  out: Placement[],
  authors: readonly string[],
  inBody?: (b: TextBlock) => boolean | undefined,
): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b === undefined || out[i]?.role !== "body") continue;
    if (b.text.length > 400 || inBody?.(b) === true) return;
    if (isAuthorBio(b.text, authors))
      out[i] = { role: "boilerplate", kind: "author-bio", rule: "boilerplate:author-bio-text" };
    else if (TAIL_PROMO.test(b.text)) out[i] = { role: "boilerplate", kind: "other", rule: "boilerplate:tail-promo" };
    else return;
  }
}

/** A section repeated beside siblings of the same tag and class: a live-blog post, a list of entries. */
function isRepeatedSection(box: Box): boolean {
  const parent = box.el.parent;
  if (parent === null) return false;
  const cls = box.el.attrs.class;
  let same = 0;
  for (const c of parent.children) if (c.type === "element" && c.tag === box.el.tag && c.attrs.class === cls) same++;
  return same >= 2;
}

/** "Jane Doe" alone, or "Jane Doe is a reporter for …": the author's bio box at the end of the article. */
function isAuthorBio(text: string, authors: readonly string[]): boolean {
  const t = text.trim();
  return authors.some(
    (a) =>
      a.length > 3 &&
      (t === a ||
        (t.startsWith(a) &&
          /^\s+(?:is|was|has|covers|writes|reports|joined)\b/.test(t.slice(a.length)) &&
          t.length < 400)),
  );
}

/** An item of a list that is part of the text (a tally, a list of findings): few links, more than a word or two. */
function isContentListItem(b: TextBlock): boolean {
  return b.kind === "list-item" && b.text.length >= 15 && b.linkChars < 0.3 * b.text.length;
}

/** A block that reads like prose: long, or ending like a sentence. */
function isProse(b: TextBlock): boolean {
  if (MARKUP_TEXT.test(b.text)) return false;
  if (b.text.length >= EDGE_LONG) return true;
  if (b.kind === "heading" || b.kind === "headline") return false;
  return (SENTENCE.test(b.text) && b.text.length >= 25) || (b.kind === "paragraph" && readsLikeSentence(b.text));
}

/** Words in a run of text that could be a sentence even without its full stop. */
const SENTENCE_WORDS = 10;
/** Share of lower-case words: sentences have many, titles, bylines and labels few (German capitalises nouns only). */
const LOWER_SHARE = 0.4;

function readsLikeSentence(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < SENTENCE_WORDS) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower / words.length >= LOWER_SHARE;
}

function trimEdges(
  container: Box,
  blocks: readonly TextBlock[],
  out: Placement[],
  inBody?: (b: TextBlock) => boolean | undefined,
): void {
  const isBody = (i: number): boolean => out[i]?.role === "body";
  const first = blocks.findIndex((b, i) => isBody(i) && (isProse(b) || inBody?.(b) === true));
  if (first < 0) return;
  // A heading or timestamp that opens the first prose block's own section (a live-blog post, a titled part)
  // belongs to it, unless that section is the whole container.
  let start = first;
  const lead = blocks[first]?.box.parent;
  const repeatedLead = lead != null && lead !== container && isRepeatedSection(lead);
  while (start > 0 && lead != null && repeatedLead) {
    const prev = blocks[start - 1];
    if (
      prev === undefined ||
      !isBody(start - 1) ||
      !(prev.kind === "heading" || prev.kind === "timestamp") ||
      !within(prev.box, lead)
    )
      break;
    start--;
  }
  for (let i = 0; i < start; i++) {
    if (isBody(i)) out[i] = { role: "boilerplate", kind: "other", rule: "boilerplate:before-first-paragraph" };
  }
  let last = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b !== undefined && isBody(i) && (isProse(b) || isContentListItem(b) || inBody?.(b) === true)) {
      last = i;
      break;
    }
  }
  for (let i = last + 1; i < blocks.length; i++) {
    if (isBody(i)) out[i] = { role: "boilerplate", kind: "other", rule: "boilerplate:after-last-paragraph" };
  }
}
