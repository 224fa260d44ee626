/**
 * Teaser cards: small repeated boxes, each a linked headline plus a line or two of summary (related-story lists,
 * "more from" grids). Their summaries read like prose and have few links, so text density alone mistakes a grid
 * of them for an article; the repetition and the linked headline give them away.
 */
import { type Box, type TextBlock, within } from "./segment.js";

/** A card holds at most this much text; an article section is longer. */
const CARD_MAX_TEXT = 600;
/** A linked headline: this long, and nearly all link. */
const TITLE_MIN = 15;
const TITLE_LINK_SHARE = 0.8;
/** Summary text outside the link that makes the box a card rather than a bare link. */
const SUMMARY_MIN = 40;

function repeated(box: Box): boolean {
  const parent = box.el.parent;
  if (parent === null) return false;
  const cls = box.el.attrs.class;
  let same = 0;
  for (const c of parent.children)
    if (c.type === "element" && c.tag === box.el.tag && c.attrs.class === cls && ++same >= 2) return true;
  return false;
}

/** The boxes that are teaser cards. */
export function teaserCards(blocks: readonly TextBlock[]): Set<Box> {
  const cards = new Set<Box>();
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
        if (opens && repeated(box)) cards.add(box);
        break;
      }
    }
  }
  return cards;
}

/** The teaser card a block lies in, if any. */
export function cardOf(b: TextBlock, cards: ReadonlySet<Box>): Box | undefined {
  if (cards.size === 0) return undefined;
  for (let box: Box | null = b.box; box !== null && box.text <= CARD_MAX_TEXT; box = box.parent)
    if (cards.has(box)) return box;
  return undefined;
}
