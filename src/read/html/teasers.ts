/**
 * Teaser cards: small repeated boxes, each a linked headline plus a line or two of summary (related-story lists,
 * "more from" grids). Their summaries read like prose and have few links, so text density alone mistakes a grid
 * of them for an article; the repetition and the linked headline give them away.
 */
import type { ElementNode } from "./dom.js";
import { type Box, type TextBlock, within } from "./segment.js";

/** A card holds at most this much text; an article section is longer. */
const CARD_MAX_TEXT = 600;
/** A linked headline: this long, and nearly all link. */
const TITLE_MIN = 15;
const TITLE_LINK_SHARE = 0.8;
/** Share of the page's prose in cards above which the cards are the content (a listicle). */
const LISTICLE_SHARE = 0.5;
/** A block this long with few links counts as prose. */
const PROSE_BLOCK = 80;
/** Summary text outside the link that makes the box a card rather than a bare link. */
const SUMMARY_MIN = 40;

/** Counts of tag+class among an element's children, computed once per parent so wide pages stay linear. */
type SiblingCounts = Map<ElementNode, Map<string, number>>;

function repeated(box: Box, memo: SiblingCounts): boolean {
  const parent = box.el.parent;
  if (parent === null) return false;
  let counts = memo.get(parent);
  if (counts === undefined) {
    counts = new Map();
    for (const c of parent.children) {
      if (c.type !== "element") continue;
      const key = `${c.tag}.${c.attrs.class ?? ""}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    memo.set(parent, counts);
  }
  return (counts.get(`${box.el.tag}.${box.el.attrs.class ?? ""}`) ?? 0) >= 2;
}

/** The boxes that are teaser cards. */
export function teaserCards(blocks: readonly TextBlock[]): Set<Box> {
  const cards = new Set<Box>();
  const memo: SiblingCounts = new Map();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b === undefined) continue;
    if (b.text.length < TITLE_MIN || b.linkChars < TITLE_LINK_SHARE * b.text.replace(/\s+/g, "").length) continue;
    for (let box: Box | null = b.box; box !== null && box.text <= CARD_MAX_TEXT; box = box.parent) {
      if (box.text - box.link >= SUMMARY_MIN) {
        // A card opens with its headline (perhaps after a short kicker); a link line further down is a "see more" inside prose.
        const prev = blocks[i - 1];
        const opens =
          prev === undefined ||
          !within(prev.box, box) ||
          (prev.text.length < TITLE_MIN && blocks[i - 2]?.box !== undefined && !within(blocks[i - 2]?.box as Box, box));
        if (opens && repeated(box, memo)) cards.add(box);
        break;
      }
    }
  }
  // When cards hold most of the page's prose the page is a listicle or an index of entries, not an article
  // with teasers beside it: the cards are the content.
  let prose = 0;
  let inCards = 0;
  for (const b of blocks) {
    if (b.text.length < PROSE_BLOCK || b.linkChars > 0.3 * b.text.length) continue;
    prose += b.text.length;
    if (cardOf(b, cards) !== undefined) inCards += b.text.length;
  }
  return inCards > LISTICLE_SHARE * prose ? new Set() : cards;
}

/** The teaser card a block lies in, if any. */
export function cardOf(b: TextBlock, cards: ReadonlySet<Box>): Box | undefined {
  if (cards.size === 0) return undefined;
  for (let box: Box | null = b.box; box !== null && box.text <= CARD_MAX_TEXT; box = box.parent)
    if (cards.has(box)) return box;
  return undefined;
}
