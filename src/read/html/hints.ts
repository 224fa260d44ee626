/**
 * What an element's tag, class, id and role say about it: article container, or a kind of page furniture.
 * Each recogniser is a named rule so every boilerplate span can say which rule found it.
 */
import type { BoilerplateKind } from "../../core/document.js";
import { classAndId, type ElementNode } from "./dom.js";

export interface FurnitureRule {
  readonly name: string;
  readonly kind: BoilerplateKind;
  /** Tested against "class id" lower-cased. */
  readonly pattern: RegExp;
}

// Token boundaries: class names are split by space, "-", "_" and camelCase humps are lower-cased away, so the
// patterns anchor on a non-letter (or the start) to avoid "comment" matching inside "recommendation-free".
const B = "(?:^|[^a-z])";

/** Ordered: the first rule that matches names the kind (cookie before newsletter before share, …). */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    name: "boilerplate:cookie-class",
    kind: "cookie",
    pattern: new RegExp(`${B}(?:cookie|consent|gdpr|cmp-|onetrust|cc-banner)`),
  },
  {
    name: "boilerplate:paywall-class",
    kind: "paywall",
    pattern: new RegExp(`${B}(?:paywall|meter(?:ed)?-|piano|regwall|subscribe-wall|tp-container)`),
  },
  {
    name: "boilerplate:newsletter-class",
    kind: "newsletter",
    pattern: new RegExp(`${B}(?:newsletter|signup|sign-up|subscribe|subscription|mailing|email-capture)`),
  },
  {
    name: "boilerplate:comments-class",
    kind: "comments",
    pattern: new RegExp(`${B}(?:comments?|disqus|respond|discussion|reply|replies)(?:$|[^a-z])`),
  },
  {
    name: "boilerplate:share-class",
    kind: "share",
    pattern: new RegExp(`${B}(?:share|sharing|social|sharedaddy|addthis|sharethis|print-?button|tools)`),
  },
  {
    name: "boilerplate:author-bio-class",
    kind: "author-bio",
    pattern: new RegExp(`${B}(?:author-?bio|author-?info|about-?the-?author|author-?box|contributor-?bio|bio-?box)`),
  },
  {
    name: "boilerplate:related-class",
    kind: "related",
    pattern: new RegExp(
      `${B}(?:related|recommend|more-?stories|more-?from|read-?more|read-?next|also-?read|trending|popular|most-?read|outbrain|taboola|recirc|you-?may|further-?reading|up-?next|next-?post|prev-?post|post-?nav)`,
    ),
  },
  {
    name: "boilerplate:ad-class",
    kind: "advertisement",
    pattern: new RegExp(
      `${B}(?:ad|ads|advert|advertisement|adsbygoogle|dfp|gpt|sponsor(?:ed)?|promo|banner|commercial)(?:$|[^a-z])`,
    ),
  },
  { name: "boilerplate:donation-class", kind: "donation", pattern: new RegExp(`${B}(?:donat|support-us|contribute)`) },
  {
    name: "boilerplate:pagination-class",
    kind: "navigation",
    pattern: new RegExp(`${B}(?:pagination|pager|page-?numbers|pagenav|next-?page)`),
  },
  {
    name: "boilerplate:navigation-class",
    kind: "navigation",
    pattern: new RegExp(
      `${B}(?:nav|navbar|navigation|menu|breadcrumbs?|masthead|skip-?link|tags?|topics|categor(?:y|ies)|sidebar|widget)(?:$|[^a-z])`,
    ),
  },
  {
    name: "boilerplate:footer-class",
    kind: "footer",
    pattern: new RegExp(`${B}(?:footer|copyright|disclaimer|colophon|site-?info)`),
  },
];

/** Tags that are page furniture whatever their class says. */
const FURNITURE_TAGS: ReadonlyMap<string, [BoilerplateKind, string]> = new Map([
  ["nav", ["navigation", "boilerplate:nav-tag"]],
  ["footer", ["footer", "boilerplate:footer-tag"]],
  ["aside", ["related", "boilerplate:aside-tag"]],
  ["form", ["other", "boilerplate:form-tag"]],
]);

const FURNITURE_ROLES: ReadonlyMap<string, [BoilerplateKind, string]> = new Map([
  ["navigation", ["navigation", "boilerplate:nav-role"]],
  ["contentinfo", ["footer", "boilerplate:footer-role"]],
  ["complementary", ["related", "boilerplate:aside-role"]],
  ["banner", ["navigation", "boilerplate:banner-role"]],
  ["dialog", ["other", "boilerplate:dialog-role"]],
  ["alertdialog", ["cookie", "boilerplate:dialog-role"]],
]);

/** Class/id words that mark the article container; they protect it from the furniture rules above. */
const CONTENT_HINT =
  /(?:^|[^a-z])(?:article|articlebody|article-?body|article-?content|story|story-?body|entry|entry-?content|post-?content|post-?body|content-?body|main-?content|body-?text|text|prose|rich-?text|blog-?post|hentry|instapaper_body|td-post-content|field-body|caas-body|page-?content|article__body|articleBody)(?:$|[^a-z])/;

export interface Furniture {
  readonly kind: BoilerplateKind;
  readonly rule: string;
}

/** The kind of page furniture an element is, from its tag, role and class/id; undefined for ordinary elements. */
/** Layout modifiers ("has-sidebar", "with-comments", "no-ads") describe the page, not the element. */
export const LAYOUT_MODIFIER = /(?:^|[^a-z])(?:has|with|w|and|no|without|show|hide|is|sans)[-_][a-z-]+/g;

export function furnitureOf(el: ElementNode): Furniture | undefined {
  const byTag = FURNITURE_TAGS.get(el.tag);
  if (byTag !== undefined) {
    // An <aside> or <form> says "not the article"; its class says which kind of furniture ("newsletter-promo").
    const byClass = el.tag === "nav" || el.tag === "footer" ? undefined : furnitureByClass(el);
    return byClass ?? { kind: byTag[0], rule: byTag[1] };
  }
  const role = el.attrs.role;
  if (role !== undefined) {
    const byRole = FURNITURE_ROLES.get(role.toLowerCase());
    if (byRole !== undefined) return { kind: byRole[0], rule: byRole[1] };
  }
  return furnitureByClass(el);
}

function furnitureByClass(el: ElementNode): Furniture | undefined {
  const ci = classAndId(el).replace(LAYOUT_MODIFIER, " ");
  if (ci.trim() === "" || isContentHinted(el, ci)) return undefined;
  for (const rule of FURNITURE_RULES) if (rule.pattern.test(ci)) return { kind: rule.kind, rule: rule.name };
  return undefined;
}

export function isContentHinted(el: ElementNode, ci = classAndId(el)): boolean {
  if (el.attrs.itemprop !== undefined && /articlebody|text/i.test(el.attrs.itemprop)) return true;
  return ci !== "" && CONTENT_HINT.test(ci) && !/comment|related|sidebar|teaser|promo|nav/.test(ci);
}

/** Elements whose content is never readable text. */
export const SKIP_TAGS = new Set(
  "head script style noscript template svg math iframe object embed canvas video audio button select input textarea option map area picture source track dialog rt rp".split(
    " ",
  ),
);

/** Hidden by the author: not shown to a reader, so not part of what they read. */
export function isHidden(el: ElementNode): boolean {
  const a = el.attrs;
  if (a.hidden !== undefined || a["aria-hidden"] === "true") return true;
  const style = a.style;
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
