/**
 * Main-content detection. Every text block gets a signed weight — positive for prose (long, punctuated, few links),
 * negative for furniture (link lists, blocks under a related/share/comment box) — and each box's score is the sum
 * over its subtree. The article container is the box with the highest sum: growing past the article adds furniture
 * (negative), stopping short loses prose (positive). When the page's JSON-LD carries `articleBody`, agreement with
 * it dominates the weight, so the container and the kept blocks follow the publisher's own statement of the body.
 */
import type { Box, TextBlock } from "./segment.js";
import { within } from "./segment.js";
import { cardOf } from "./teasers.js";

export interface ContentChoice {
  readonly container: Box;
  readonly score: number;
  readonly rule: string;
}

/** Below this many characters a block is too short to say much by itself (a label, a date, "Share"). */
const SHORT = 30;
/** Prose: at least this long, or punctuated like a sentence. */
const PROSE = 80;
/** A block with more than this share of its characters in links is navigation, not prose. */
const LINK_DENSE = 0.5;
/** Bonus for a container whose class or itemprop says "article body": it breaks near-ties. */
const CONTENT_HINT_BONUS = 1.15;
/** Weight of a block's characters when it disagrees with JSON-LD articleBody (strongly negative). */
const BODY_MISMATCH = -1.5;

/** List items weigh less than paragraphs: teaser lists look like prose item by item. */
const LIST_ITEM = 0.6;

const SENTENCE_END = /[.!?…"”»)]\s*$/;

/** Signed weight of one block for container selection. `inBody` is the JSON-LD agreement, when known. */
export function blockWeight(b: TextBlock, inBody: boolean | undefined, inCard = false): number {
  const len = b.text.length;
  const ld = b.linkChars / Math.max(1, len);
  if (inBody === true) return len * 2;
  if (inBody === false && len >= SHORT) return len * BODY_MISMATCH;
  if (b.box.furniture !== undefined || inCard) return -len;
  if (ld > LINK_DENSE) return -len * ld;
  if (b.kind === "heading" || b.kind === "headline") return 0;
  if (len < SHORT) return -0.25 * len;
  const commas = (b.text.match(/[,，、]/g) ?? []).length;
  const prose = len >= PROSE || SENTENCE_END.test(b.text) ? 1 : 0.4;
  const kind = b.kind === "list-item" ? LIST_ITEM : b.kind === "caption" ? 0.2 : 1;
  return len * (1 - ld) * prose * kind + commas * 10;
}

export function chooseContainer(
  boxes: readonly Box[],
  blocks: readonly TextBlock[],
  inBody?: (b: TextBlock) => boolean | undefined,
  cards: ReadonlySet<Box> = new Set(),
): ContentChoice {
  const score = new Float64Array(boxes.length);
  const index = new Map<Box, number>();
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i];
    if (b !== undefined) index.set(b, i);
  }
  for (const b of blocks) {
    const i = index.get(b.box);
    if (i !== undefined) score[i] = (score[i] ?? 0) + blockWeight(b, inBody?.(b), cardOf(b, cards) !== undefined);
  }
  for (let i = boxes.length - 1; i > 0; i--) {
    const parent = boxes[i]?.parent;
    const pi = parent == null ? undefined : index.get(parent);
    if (pi !== undefined) score[pi] = (score[pi] ?? 0) + (score[i] ?? 0);
  }
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    if (box === undefined) continue;
    let s = score[i] ?? 0;
    if (box.contentHint && s > 0) s *= CONTENT_HINT_BONUS;
    if (box.furniture !== undefined && box.furniture.box === box) s *= 0.5;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  const container = boxes[best] ?? boxes[0];
  if (container === undefined) throw new Error("segmentation produced no boxes");
  return {
    container,
    score: bestScore,
    rule: inBody === undefined ? "content:max-prose-subtree" : "content:json-ld-articlebody",
  };
}

/** Blocks inside the container, in page order. */
export function blocksIn(container: Box, blocks: readonly TextBlock[]): TextBlock[] {
  return blocks.filter((b) => within(b.box, container));
}
