/**
 * A small, bounded HTML tree built on htmlparser2's Tokenizer (a linear state machine). We build the tree ourselves
 * instead of using htmlparser2's Parser because its open-element stack is quadratic on deep nesting (100k nested
 * <div>s take seconds) and it cannot cap depth. Every text node remembers where it came from in the decoded HTML
 * string, so the extractor can map each character of its output back to the source.
 */
import { Tokenizer } from "htmlparser2";

export interface TextNode {
  readonly type: "text";
  readonly text: string;
  /** UTF-16 offset of the first character in the decoded HTML string. */
  readonly src: number;
  /** True when text[i] came from src + i (raw text); false for a decoded entity, whose characters all map to src. */
  readonly linear: boolean;
}

export interface ElementNode {
  readonly type: "element";
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly children: DomNode[];
  readonly parent: ElementNode | null;
  /** UTF-16 offset of the opening "<" in the decoded HTML string. */
  readonly src: number;
}

export type DomNode = TextNode | ElementNode;

export interface ParsedHtml {
  readonly root: ElementNode;
  /** Bodies of <script type="application/ld+json">, with their source offsets. */
  readonly jsonLd: { text: string; src: number }[];
  /** Text of the first <title>. */
  readonly title?: string;
  readonly elementCount: number;
  /** Set when a bound stopped the parse early or flattened the tree. */
  readonly truncated: { depth: boolean; time: boolean };
}

export interface ParseLimits {
  /** Deeper elements are flattened into their ancestor at this depth; real pages rarely pass 60. */
  readonly maxDepth: number;
  /** Wall-clock budget in ms, checked between chunks; past it the rest of the page is dropped. */
  readonly maxMs: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 256, maxMs: 5000 };

/** Elements that never have children. */
const VOID = new Set("area base br col embed hr img input keygen link meta param source track wbr".split(" "));

/** Raw-text elements whose content we never need as text (JSON-LD scripts are kept separately). */
const DROP_TEXT = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "textarea",
  "select",
  "option",
  "svg",
  "math",
]);

const P_CLOSERS = new Set(
  "address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre section table ul".split(
    " ",
  ),
);

/** Which open elements a new start tag closes implicitly (HTML's "optional end tags", only the common cases). */
function impliedCloses(tag: string): Set<string> | undefined {
  if (P_CLOSERS.has(tag)) return PARAGRAPH;
  return IMPLIED.get(tag);
}
const PARAGRAPH = new Set(["p"]);
const IMPLIED = new Map<string, Set<string>>([
  ["li", new Set(["li", "p"])],
  ["dt", new Set(["dt", "dd", "p"])],
  ["dd", new Set(["dt", "dd", "p"])],
  ["tr", new Set(["tr", "td", "th"])],
  ["td", new Set(["td", "th"])],
  ["th", new Set(["td", "th"])],
  ["option", new Set(["option"])],
]);

/** How far up the stack a close tag looks for its opener; bounds the cost of stray close tags on deep stacks. */
const CLOSE_SEARCH_LIMIT = 64;
/** Chunk size fed to the tokenizer between time checks. */
const CHUNK = 1 << 16;

interface PendingTag {
  readonly tag: string;
  readonly attrs: Record<string, string>;
  readonly src: number;
}

const pendingTag = (tag: string, src: number): PendingTag => ({
  tag,
  attrs: Object.create(null) as Record<string, string>,
  src,
});

export function parseHtml(html: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedHtml {
  const root: ElementNode = { type: "element", tag: "#root", attrs: {}, children: [], parent: null, src: 0 };
  const stack: ElementNode[] = [root];
  /** Names of elements opened past maxDepth: they are not in the tree but their close tags must be matched. */
  const overflow: string[] = [];
  const jsonLd: { text: string; src: number }[] = [];
  let title: string | undefined;
  let elementCount = 0;
  const truncated = { depth: false, time: false };

  let pending: PendingTag | null = null;
  let attrName = "";
  let attrValue = "";
  /** Where the next text section starts (after the last tag or text event). */
  let cursor = 0;
  let rawTextTag = "";
  let rawTextSrc = 0;
  let rawText = "";

  const top = (): ElementNode => stack[stack.length - 1] ?? root;
  const addText = (text: string, src: number, linear: boolean): void => {
    if (rawTextTag !== "") {
      if (rawText === "") rawTextSrc = src;
      rawText += text;
      return;
    }
    top().children.push({ type: "text", text, src, linear });
  };

  const openElement = (el: PendingTag): void => {
    elementCount++;
    const closes = impliedCloses(el.tag);
    if (closes !== undefined && overflow.length === 0) {
      while (stack.length > 1 && closes.has(top().tag)) stack.pop();
    }
    if (VOID.has(el.tag)) {
      if (overflow.length === 0) top().children.push({ type: "element", ...el, children: [], parent: top() });
      return;
    }
    if (overflow.length > 0 || stack.length > limits.maxDepth) {
      truncated.depth = true;
      overflow.push(el.tag);
      return;
    }
    const parent = top();
    const placed: ElementNode = { type: "element", ...el, children: [], parent };
    parent.children.push(placed);
    stack.push(placed);
    if (rawTextTag === "" && (el.tag === "title" || DROP_TEXT.has(el.tag))) {
      rawTextTag = el.tag;
      rawText = "";
    }
  };

  const isOpen = (tag: string): boolean => {
    const floor = Math.max(1, stack.length - CLOSE_SEARCH_LIMIT);
    for (let i = stack.length - 1; i >= floor; i--) if (stack[i]?.tag === tag) return true;
    return false;
  };

  const closeElement = (tag: string): void => {
    if (overflow.length > 0) {
      if (overflow[overflow.length - 1] === tag) overflow.pop();
      return;
    }
    const floor = Math.max(1, stack.length - CLOSE_SEARCH_LIMIT);
    for (let i = stack.length - 1; i >= floor; i--) {
      if (stack[i]?.tag !== tag) continue;
      for (let j = stack.length - 1; j >= i; j--) finishRawText(stack[j]);
      stack.length = i;
      return;
    }
  };

  const finishRawText = (el: ElementNode | undefined): void => {
    if (el === undefined || rawTextTag === "" || el.tag !== rawTextTag) return;
    if (el.tag === "script" && /ld\+json/i.test(el.attrs.type ?? "")) jsonLd.push({ text: rawText, src: rawTextSrc });
    if (el.tag === "title" && title === undefined) title = rawText;
    rawTextTag = "";
    rawText = "";
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext(start, end) {
        addText(html.slice(start, end), start, true);
        cursor = end;
      },
      ontextentity(cp, end) {
        addText(String.fromCodePoint(cp), cursor, false);
        cursor = end;
      },
      onopentagname(start, end) {
        pending = pendingTag(html.slice(start, end).toLowerCase(), start - 1);
      },
      onattribname(start, end) {
        attrName = html.slice(start, end).toLowerCase();
      },
      onattribdata(start, end) {
        attrValue += html.slice(start, end);
      },
      onattribentity(cp) {
        attrValue += String.fromCodePoint(cp);
      },
      onattribend() {
        if (pending !== null && !(attrName in pending.attrs)) pending.attrs[attrName] = attrValue;
        attrValue = "";
      },
      onopentagend(end) {
        if (pending !== null) openElement(pending);
        pending = null;
        cursor = end + 1;
      },
      onselfclosingtag(end) {
        if (pending !== null) {
          openElement(pending);
          // Only foreign (SVG/MathML) elements honour "/>"; in HTML "<div/>" is an open tag.
          if (!VOID.has(pending.tag) && rawTextTag !== "" && rawTextTag !== "title") closeElement(pending.tag);
        }
        pending = null;
        cursor = end + 1;
      },
      onclosetag(start, end) {
        const tag = html.slice(start, end).toLowerCase();
        // HTML treats a stray </br> as <br> and a stray </p> as an empty paragraph.
        if (tag === "br") openElement(pendingTag("br", start - 2));
        else if (tag === "p" && !isOpen("p")) openElement(pendingTag("p", start - 2));
        closeElement(tag);
        cursor = end + 1;
      },
      oncomment(_s, end) {
        cursor = end + 1;
      },
      oncdata(_s, end) {
        cursor = end + 1;
      },
      ondeclaration(_s, end) {
        cursor = end + 1;
      },
      onprocessinginstruction(_s, end) {
        cursor = end + 1;
      },
      onend() {},
    },
  );

  const started = performance.now();
  for (let at = 0; at < html.length; at += CHUNK) {
    tokenizer.write(html.slice(at, at + CHUNK));
    if (performance.now() - started > limits.maxMs) {
      truncated.time = at + CHUNK < html.length;
      break;
    }
  }
  tokenizer.end();
  for (let j = stack.length - 1; j >= 1; j--) finishRawText(stack[j]);
  return { root, jsonLd, title, elementCount, truncated };
}

/** Lower-cased class and id of an element, for hint matching. */
export function classAndId(el: ElementNode): string {
  const c = el.attrs.class;
  const i = el.attrs.id;
  if (c === undefined && i === undefined) return "";
  return `${c ?? ""} ${i ?? ""}`.toLowerCase();
}
