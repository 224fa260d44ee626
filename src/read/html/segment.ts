/**
 * Segments the parsed page into boxes (block-level elements) and atomic text blocks (the runs of inline text
 * between block boundaries), in one pre-order walk. Every later decision — which box is the article, which blocks
 * are furniture — works on these two flat arrays, so no stage walks the DOM again.
 */
import type { BlockKind, BoilerplateKind } from "../../core/document.js";
import type { ElementNode, TextNode } from "./dom.js";
import { type Furniture, furnitureOf, isContentHinted, isHidden, SKIP_TAGS } from "./hints.js";

/** A block-level element. `pre`/`post` bound its descendants' pre-order numbers, so containment is two compares. */
export interface Box {
  readonly el: ElementNode;
  readonly parent: Box | null;
  readonly pre: number;
  post: number;
  readonly depth: number;
  /** What this element's own tag/role/class says it is, before the size guard. */
  readonly own?: Furniture;
  /** The furniture this element is, or lies in (set by `resolveFurniture`, with the box that carries it). */
  furniture?: Furniture & { readonly box: Box };
  readonly contentHint: boolean;
  /** Characters of text in the subtree, of which `link` are inside <a>. */
  text: number;
  link: number;
  /** Characters in prose-like blocks (long, few links) in the subtree. */
  prose: number;
}

/** A piece of inline text inside a block: a text node, or a line break (`null`). */
export type Piece = { readonly node: TextNode; readonly inLink: boolean } | null;

export interface TextBlock {
  readonly box: Box;
  readonly pieces: readonly Piece[];
  /** White space collapsed and trimmed (for scoring and matching; the output is rebuilt from `pieces`). */
  readonly text: string;
  readonly linkChars: number;
  readonly kind: BlockKind;
  /** The nearest enclosing element that sets the kind (p, li, h2, figcaption …). */
  readonly kindEl: ElementNode;
}

export interface Segmentation {
  readonly boxes: Box[];
  readonly blocks: TextBlock[];
}

const BLOCK_TAGS = new Set(
  "#root html body address article aside blockquote center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody thead tfoot tr td th caption ul".split(
    " ",
  ),
);

const HEADING = /^h[1-6]$/;
const PULL_QUOTE = /pull-?quote|pullquote|pull_quote/;
/** A block this short that starts in a <time> is a timestamp line ("09:40", "12 March 2024, 14:05 GMT"). */
const TIMESTAMP_MAX = 40;
/** Class names of photo captions and credits that are not marked up as <figcaption>. */
const CAPTION_CLASS =
  /caption|(?:^|[^a-z])(?:image-?credit|photo-?credit|credit|media-?credit)(?:$|[^a-z])|embedcredit|imagecredit/;
/(?:^|[^a-z])(?:caption|wp-caption-text|image-?credit|photo-?credit|credit|img-?caption|media-?caption)(?:$|[^a-z])/;

/** How many ancestors above a <p> may still make it a quote or caption (<blockquote><p>, <figcaption><p>). */
const WRAPPER_REACH = 3;

/** The kind of a block from its element path (innermost last), with the element that decided it. */
function kindOf(tagPath: readonly ElementNode[], fallback: ElementNode): [BlockKind, ElementNode] {
  let paragraph: ElementNode | undefined;
  let reach = 0;
  for (let i = tagPath.length - 1; i >= 0; i--) {
    const el = tagPath[i];
    if (el === undefined) continue;
    if (paragraph !== undefined && ++reach > WRAPPER_REACH) break;
    const t = el.tag;
    if (HEADING.test(t)) return [t === "h1" ? "headline" : "heading", el];
    if (t === "figcaption" || t === "caption") return ["caption", el];
    const cls = el.attrs.class;
    if (cls !== undefined && CAPTION_CLASS.test(cls.toLowerCase())) return ["caption", el];
    if (t === "blockquote" || (cls !== undefined && PULL_QUOTE.test(cls.toLowerCase()))) {
      const ci = `${cls ?? ""} ${el.attrs.id ?? ""}`.toLowerCase();
      return [PULL_QUOTE.test(ci) ? "pull-quote" : "blockquote", el];
    }
    if (paragraph !== undefined) continue;
    if (t === "li" || t === "dt" || t === "dd") return ["list-item", el];
    if (t === "td" || t === "th" || t === "table") return ["table", el];
    if (t === "p" || t === "pre") paragraph = el;
    else if (t === "time") return ["timestamp", el];
    else if (t === "figure") return ["caption", el];
  }
  if (paragraph !== undefined) return ["paragraph", paragraph];
  return ["paragraph", tagPath[tagPath.length - 1] ?? fallback];
}

const WS = /\s+/g;

export function segment(root: ElementNode): Segmentation {
  const boxes: Box[] = [];
  const blocks: TextBlock[] = [];
  const path: ElementNode[] = [];
  let pieces: Piece[] = [];
  /** Kind read where the block's first visible text sits (a <time> inside a post is gone from `path` by flush). */
  let firstKind: [BlockKind, ElementNode] | undefined;
  let pre = 0;

  const flush = (box: Box): void => {
    if (pieces.length === 0) return;
    let raw = "";
    let link = 0;
    for (const p of pieces) {
      if (p === null) raw += "\n";
      else {
        raw += p.node.text;
        if (p.inLink) link += p.node.text.replace(WS, "").length;
      }
    }
    const text = raw.replace(WS, " ").trim();
    if (text !== "") {
      const [kind, kindEl] = firstKind !== undefined && text.length <= TIMESTAMP_MAX ? firstKind : kindOf(path, box.el);
      blocks.push({ box, pieces, text, linkChars: link, kind, kindEl });
    }
    pieces = [];
    firstKind = undefined;
  };

  const newBox = (el: ElementNode, parent: Box | null): Box => {
    const box: Box = {
      el,
      parent,
      pre: pre++,
      post: 0,
      depth: parent === null ? 0 : parent.depth + 1,
      own: el.tag === "#root" ? undefined : furnitureOf(el),
      contentHint: isContentHinted(el),
      text: 0,
      link: 0,
      prose: 0,
    };
    boxes.push(box);
    return box;
  };

  const walk = (el: ElementNode, box: Box, inLink: boolean): void => {
    for (const child of el.children) {
      if (child.type === "text") {
        pieces.push({ node: child, inLink });
        if (firstKind === undefined && path[path.length - 1]?.tag === "time" && /\S/.test(child.text))
          firstKind = kindOf(path, box.el);
        continue;
      }
      const tag = child.tag;
      if (SKIP_TAGS.has(tag) || isHidden(child)) continue;
      if (tag === "br") {
        // Two line breaks in a row are how old pages separate paragraphs: end the block there.
        let k = pieces.length - 1;
        while (k >= 0 && pieces[k] !== null && !/\S/.test(pieces[k]?.node.text ?? "")) k--;
        if (k >= 0 && pieces[k] === null) {
          pieces.length = k;
          flush(box);
        } else pieces.push(null);
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush(box);
        path.push(child);
        const inner = newBox(child, box);
        walk(child, inner, inLink);
        flush(inner);
        inner.post = pre;
        path.pop();
      } else {
        path.push(child);
        walk(child, box, inLink || tag === "a");
        path.pop();
      }
    }
  };

  const top = newBox(root, null);
  path.push(root);
  walk(root, top, false);
  flush(top);
  top.post = pre;

  // Aggregate text and link counts bottom-up: boxes are in pre-order, so children come after their parent.
  for (const b of blocks) {
    b.box.text += b.text.length;
    b.box.link += b.linkChars;
    if (b.text.length >= PROSE_BLOCK && b.linkChars < 0.3 * b.text.length) b.box.prose += b.text.length;
  }
  for (let i = boxes.length - 1; i > 0; i--) {
    const b = boxes[i];
    if (b?.parent == null) continue;
    b.parent.text += b.text;
    b.parent.link += b.link;
    b.parent.prose += b.prose;
  }
  resolveFurniture(boxes);
  return { boxes, blocks };
}

/**
 * A furniture hint only counts on an element that holds a minor share of the page's text: a wrapper such as
 * <form id="aspnetForm"> or <div class="has-sidebar"> around the whole page says nothing about the article.
 */
const FURNITURE_MAX_SHARE = 0.4;
/** Nor on one that holds most of the page's prose (comment threads excepted: they can outweigh the article). */
const FURNITURE_MAX_PROSE_SHARE = 0.6;
/** A block at least this long with few links counts as prose. */
const PROSE_BLOCK = 80;

export function resolveFurniture(boxes: readonly Box[]): void {
  const total = Math.max(1, boxes[0]?.text ?? 1);
  const prose = Math.max(1, boxes[0]?.prose ?? 1);
  for (const b of boxes) {
    const inherited = b.parent?.furniture;
    if (inherited !== undefined) b.furniture = inherited;
    else if (
      b.own !== undefined &&
      b.text <= FURNITURE_MAX_SHARE * total &&
      (b.own.kind === "comments" || b.prose <= FURNITURE_MAX_PROSE_SHARE * prose)
    ) {
      b.furniture = { ...b.own, box: b };
    }
  }
}

/** True when `inner` is `outer` or lies inside it. */
export function within(inner: Box, outer: Box): boolean {
  return inner.pre >= outer.pre && inner.pre < outer.post;
}

export type { BoilerplateKind };
