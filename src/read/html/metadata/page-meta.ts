/**
 * One walk over the tree collecting what the page states about itself outside JSON-LD: <meta> name/property/
 * itemprop values, <link rel=canonical>, <html lang>, microdata (itemprop) values, and <time datetime> elements
 * with whether they sit in furniture (a related box's dates are other articles' dates).
 */
import { classAndId, type ElementNode } from "../dom.js";
import { LAYOUT_MODIFIER } from "../hints.js";

/** Page-level elements carry layout classes ("single-post sidebar-right") that say nothing about their content. */
const PAGE_LEVEL = new Set(["html", "body", "main", "article"]);

export interface TimeElement {
  readonly datetime: string;
  /** pubdate attribute, or a class/itemprop saying "published". */
  readonly published: boolean;
  readonly modified: boolean;
}

export interface PageMeta {
  /** Lower-cased meta name/property/itemprop → values in page order. */
  readonly meta: Map<string, string[]>;
  /** Microdata values from body elements (itemprop on non-meta elements): text, content, datetime or href. */
  readonly microdata: Map<string, string[]>;
  readonly times: TimeElement[];
  readonly canonical?: string;
  readonly lang?: string;
  /** Text of rel=author links and of elements whose class says author/byline, in page order. */
  readonly authorTexts: string[];
}

/**
 * Class words that mark readers' comments and recommendation widgets even where segmentation's size guard kept
 * them from counting as furniture (the main signal is the `foreign` set from segmentation).
 */
const FOREIGN = /(?:^|[^a-z])(?:comment-|comments|outbrain|taboola)/;
const AUTHOR_CLASS = /(?:^|[^a-z])(?:by-?line|author|authors|contributor|writer|reporter|byl)(?:$|[^a-z])/;

function textOf(el: ElementNode, limit = 300): string {
  let out = "";
  const walk = (e: ElementNode): void => {
    for (const c of e.children) {
      if (out.length > limit) return;
      if (c.type === "text") out += c.text;
      else if (c.tag !== "script" && c.tag !== "style") walk(c);
    }
  };
  walk(el);
  return out.replace(/\s+/g, " ").trim();
}

const push = (m: Map<string, string[]>, k: string, v: string): void => {
  const list = m.get(k);
  if (list === undefined) m.set(k, [v]);
  else list.push(v);
};

/**
 * `foreign` holds the elements whose dates and names belong to other articles or to readers (related boxes,
 * comment threads, teaser cards), as segmentation found them with its size guards.
 */
export function collectPageMeta(root: ElementNode, foreign: ReadonlySet<ElementNode> = new Set()): PageMeta {
  const meta = new Map<string, string[]>();
  const microdata = new Map<string, string[]>();
  const times: TimeElement[] = [];
  const authorTexts: string[] = [];
  let canonical: string | undefined;
  let lang: string | undefined;

  const walk = (el: ElementNode, inForeign: boolean, inAuthor: boolean): void => {
    for (const c of el.children) {
      if (c.type !== "element") continue;
      const a = c.attrs;
      const ci = classAndId(c).replace(LAYOUT_MODIFIER, " ");
      const isForeign = inForeign || foreign.has(c) || (ci !== "" && !PAGE_LEVEL.has(c.tag) && FOREIGN.test(ci));
      if (c.tag === "html" && a.lang !== undefined) lang ??= a.lang;
      if (c.tag === "meta") {
        const key = (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"])?.toLowerCase();
        const value = a.content;
        if (key !== undefined && value !== undefined && value.trim() !== "") push(meta, key, value.trim());
        continue;
      }
      if (c.tag === "link" && a.rel?.toLowerCase() === "canonical" && a.href !== undefined) canonical ??= a.href;
      if (c.tag === "time" && !isForeign) {
        const dt = a.datetime ?? "";
        const hint = `${ci} ${a.itemprop ?? ""}`.toLowerCase();
        if (dt.trim() !== "") {
          times.push({
            datetime: dt.trim(),
            published: a.pubdate !== undefined || /publish|posted|created|date-?pub|pubdate/.test(hint),
            modified: /modif|updated|update/.test(hint),
          });
        }
      }
      const itemprop = a.itemprop?.toLowerCase();
      if (itemprop !== undefined && !isForeign) {
        const v =
          a.content ??
          a.datetime ??
          (itemprop === "author" || itemprop === "headline" || itemprop === "name" ? textOf(c) : undefined);
        if (v !== undefined && v.trim() !== "") push(microdata, itemprop, v.trim());
      }
      const authorish =
        !isForeign &&
        (a.rel?.toLowerCase() === "author" ||
          (ci !== "" && AUTHOR_CLASS.test(ci) && !/avatar|image|photo|bio|box|img/.test(ci)));
      if (authorish && !inAuthor) {
        const t = textOf(c, 200);
        if (t !== "" && t.length < 200) authorTexts.push(t);
      }
      walk(c, isForeign, inAuthor || authorish);
    }
  };
  walk(root, false, false);
  return { meta, microdata, times, canonical, lang, authorTexts };
}

/** The first value of the first key that has one. */
export function firstMeta(m: Map<string, string[]>, keys: readonly string[]): [string, string] | undefined {
  for (const k of keys) {
    const v = m.get(k)?.[0];
    if (v !== undefined) return [v, k];
  }
  return undefined;
}
