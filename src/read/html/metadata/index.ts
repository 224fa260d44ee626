/**
 * Metadata from every source a page offers, strongest first: JSON-LD, then OpenGraph and other <meta> tags
 * (parsely, sailthru, Dublin Core), microdata, <time datetime>, byline text and the URL. Each field records which
 * source won and how far we trust it. Also finds the page blocks that are the headline, standfirst and byline.
 */
import type { Author, Metadata, Sourced } from "../../../core/document.js";
import type { ElementNode, ParsedHtml } from "../dom.js";
import type { Box, TextBlock } from "../segment.js";
import {
  bylineText,
  cleanTitle,
  findBylineBlock,
  findDateNearHeadline,
  findHeadlineBlock,
  findStandfirstBlock,
  type HeadlineMatch,
} from "./blocks.js";
import { namesFromByline, namesFromField } from "./byline.js";
import { normaliseDate, textDate, urlDate } from "./dates.js";
import { decodeEntities, indexById, type JsonObject, names, objectField, str } from "./jsonld.js";
import { collectPageMeta, firstMeta } from "./page-meta.js";

export interface MetadataInput {
  readonly parsed: ParsedHtml;
  readonly jsonLd: readonly JsonObject[];
  readonly article?: JsonObject;
  readonly blocks: readonly TextBlock[];
  readonly url?: string;
  /** Elements holding other articles' or readers' content (related boxes, comments, teaser cards). */
  readonly foreign?: ReadonlySet<ElementNode>;
  /** The article container, to find the visible headline next to it. */
  readonly container?: Box;
}

export interface MetadataResult {
  readonly metadata: Metadata;
  readonly headlineBlock?: TextBlock;
  readonly standfirstBlock?: TextBlock;
  readonly bylineBlock?: TextBlock;
  readonly diagnostics: { code: string; message: string; stage: string }[];
}

type Source = "json-ld" | "opengraph" | "meta" | "microdata" | "time-element" | "byline-text" | "url" | "title-tag";

/** Trust in each source, for provenance.confidence: the publisher's structured data most, URL patterns least. */
const CONFIDENCE: Record<Source, number> = {
  "json-ld": 0.95,
  opengraph: 0.9,
  meta: 0.85,
  microdata: 0.85,
  "time-element": 0.75,
  "byline-text": 0.7,
  url: 0.6,
  "title-tag": 0.6,
};

const sourced = <T>(value: T, source: Source): Sourced<T> => ({
  value,
  provenance: { source, confidence: CONFIDENCE[source] },
});

const PUBLISHED_META = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dc.date",
  "dcterms.date",
  "dcterms.created",
  "dc.date.created",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "article.published",
  "cxenseparse:recs:publishtime",
  "article_date_original",
  "originalpublicationdate",
  "og:updated_time",
];
const MODIFIED_META = [
  "article:modified_time",
  "og:updated_time",
  "datemodified",
  "dcterms.modified",
  "last-modified",
  "lastmod",
];
const AUTHOR_META = [
  "author",
  "article:author",
  "parsely-author",
  "sailthru.author",
  "dc.creator",
  "dcterms.creator",
  "byl",
  "twitter:creator:name",
  "cxenseparse:author",
  "citation_author",
];

function ogSource(key: string): Source {
  return key.startsWith("og:") || key.startsWith("article:") ? "opengraph" : "meta";
}

/**
 * The visible <h1> is the headline as readers see it. It wins over a published title that adds to it ("… - Outlet",
 * a kicker), that it completes (a title cut with "…"), that is only the site's name, or — when the <h1> stands inside
 * the article container — that differs from it (an SEO title). The published source stays as provenance where the
 * texts agree; a lone <h1> is reported as "title-tag" (the page's own title element).
 */
function preferVisible(
  published: Sourced<string> | undefined,
  found: HeadlineMatch,
  outlet: string | undefined,
): Sourced<string> | undefined {
  const h1 = found.block.text;
  if (published === undefined) return sourced(h1, "title-tag");
  const v = published.value.toLowerCase();
  const h = h1.toLowerCase();
  if (v === h) return published;
  const keep = (value: string): Sourced<string> => ({ value, provenance: published.provenance });
  // The published title adds a suffix or a kicker to the <h1>, or was cut short with an ellipsis: the <h1> is whole.
  if (v.includes(h)) return keep(h1);
  const cut = v.replace(/\s*(?:\.\.\.|…)$/, "");
  if (cut !== v && h.startsWith(cut)) return keep(h1);
  // The <h1> adds a kicker or subtitle to the published title: the published title is the headline proper.
  if (h.includes(v)) return published;
  const siteName = outlet !== undefined && v === outlet.toLowerCase();
  if (siteName || found.inContainer) return { value: h1, provenance: { source: "title-tag", confidence: 0.7 } };
  return published;
}

export function readMetadata(input: MetadataInput): MetadataResult {
  const page = collectPageMeta(input.parsed.root, input.foreign);
  const art = input.article;
  const m = page.meta;
  const diagnostics: MetadataResult["diagnostics"] = [];
  const md: { -readonly [K in keyof Metadata]: Metadata[K] } = {};

  const publisher = art === undefined ? undefined : objectField(art, "publisher");
  const outletName = str(publisher?.name) ?? firstMeta(m, ["og:site_name", "application-name", "twitter:site"])?.[0];
  if (outletName !== undefined)
    md.outlet = sourced({ name: outletName.replace(/^@/, "") }, publisher !== undefined ? "json-ld" : "opengraph");

  // Headline
  const ldHeadline = art === undefined ? undefined : (str(art.headline) ?? str(art.name));
  const og = firstMeta(m, ["og:title", "twitter:title", "dc.title", "headline"]);
  const micro = page.microdata.get("headline")?.[0];
  const found = findHeadlineBlock(input.blocks, ldHeadline ?? og?.[0] ?? micro, input.container);
  const headlineBlock = found?.block;
  if (ldHeadline !== undefined) md.headline = sourced(cleanTitle(ldHeadline, outletName, true), "json-ld");
  else if (og !== undefined) md.headline = sourced(cleanTitle(decodeEntities(og[0]), outletName), ogSource(og[1]));
  else if (micro !== undefined) md.headline = sourced(micro, "microdata");
  else if (input.parsed.title !== undefined && input.parsed.title.trim() !== "")
    md.headline = sourced(cleanTitle(input.parsed.title, outletName), "title-tag");
  if (found !== undefined) md.headline = preferVisible(md.headline, found, outletName);
  // Authors
  const authorNames = (list: string[], source: Source): Sourced<readonly Author[]> | undefined => {
    const seen = new Set<string>();
    const authors = list
      .filter((n) => {
        // "Maria Preuß" and "Maria Preuss" are one person spelt two ways.
        const key = n.toLowerCase().replace(/ß/g, "ss").normalize("NFD").replace(/\p{M}/gu, "");
        return !seen.has(key) && seen.add(key);
      })
      .map((name) => ({ name, affiliations: [] }));
    return authors.length === 0 ? undefined : sourced(authors, source);
  };
  const ldAuthors =
    art === undefined
      ? []
      : names(art.author ?? art.creator, indexById(input.jsonLd)).flatMap((a) => namesFromField(a.name, outletName));
  const metaAuthor = firstMeta(m, AUTHOR_META);
  const bylineBlock = findBylineBlock(input.blocks, headlineBlock);
  md.authors =
    authorNames(ldAuthors, "json-ld") ??
    (metaAuthor === undefined
      ? undefined
      : authorNames(namesFromField(metaAuthor[0], outletName), ogSource(metaAuthor[1]))) ??
    authorNames(
      (page.microdata.get("author") ?? []).flatMap((a) => namesFromField(a, outletName)),
      "microdata",
    ) ??
    authorNames(
      [...(bylineBlock === undefined ? [] : [bylineText(bylineBlock)]), ...page.authorTexts]
        .flatMap((t, i) => namesFromByline(t, outletName, i > 0 || bylineBlock === undefined))
        .slice(0, 6),
      "byline-text",
    );

  // Dates
  // The article node's date, else one a Yoast-style graph puts on the WebPage node only.
  const ldPublished =
    (art === undefined ? undefined : (str(art.datePublished) ?? str(art.dateCreated))) ??
    input.jsonLd.map((n) => str(n.datePublished)).find((d) => d !== undefined);
  const candidates: [string | undefined, Source][] = [
    [ldPublished, "json-ld"],
    ...(() => {
      const f = firstMeta(m, PUBLISHED_META);
      return [[f?.[0], f === undefined ? "meta" : ogSource(f[1])]] as [string | undefined, Source][];
    })(),
    [page.microdata.get("datepublished")?.[0], "microdata"],
    [(page.times.find((t) => t.published) ?? page.times.find((t) => !t.modified))?.datetime, "time-element"],
    [bylineBlock === undefined ? undefined : textDate(bylineBlock.text), "byline-text"],
    [findDateNearHeadline(input.blocks, headlineBlock, textDate), "byline-text"],
    [urlDate(input.url ?? page.canonical), "url"],
  ];
  for (const [raw, source] of candidates) {
    if (raw === undefined) continue;
    const iso = normaliseDate(raw);
    if (iso !== undefined) {
      md.published = sourced(iso, source);
      break;
    }
    diagnostics.push({
      code: "date-unparsed",
      message: `published date "${raw.slice(0, 60)}" (${source}) is not a date`,
      stage: "read:html:metadata",
    });
  }
  const ldModified = art === undefined ? undefined : str(art.dateModified);
  const modMeta = firstMeta(m, MODIFIED_META);
  const modified = normaliseDate(ldModified ?? modMeta?.[0] ?? "");
  if (modified !== undefined) md.modified = sourced(modified, ldModified !== undefined ? "json-ld" : "opengraph");

  // Everything else
  const description =
    (art === undefined ? undefined : str(art.description)) ??
    firstMeta(m, ["og:description", "description", "twitter:description"])?.[0];
  const standfirstBlock = findStandfirstBlock(input.blocks, headlineBlock, description);
  if (standfirstBlock !== undefined) md.standfirst = sourced(standfirstBlock.text, "meta");
  else if (description !== undefined)
    md.standfirst = sourced(description, art?.description !== undefined ? "json-ld" : "opengraph");
  const url = page.canonical ?? firstMeta(m, ["og:url"])?.[0] ?? input.url;
  if (url !== undefined)
    md.url = sourced(url, page.canonical !== undefined ? "meta" : url === input.url ? "url" : "opengraph");
  const lang =
    page.lang ??
    (art === undefined ? undefined : str(art.inLanguage)) ??
    firstMeta(m, ["og:locale", "content-language", "language"])?.[0];
  if (lang !== undefined) md.language = sourced(lang.replace("_", "-"), page.lang !== undefined ? "meta" : "opengraph");
  const section =
    (art === undefined ? undefined : str(art.articleSection)) ??
    firstMeta(m, ["article:section", "parsely-section", "section"])?.[0];
  if (section !== undefined) md.section = sourced(section, art?.articleSection !== undefined ? "json-ld" : "opengraph");
  const tags =
    m.get("article:tag") ?? firstMeta(m, ["keywords", "news_keywords", "parsely-tags"])?.[0]?.split(/\s*,\s*/);
  if (tags !== undefined && tags.length > 0)
    md.tags = sourced(
      tags.filter((t) => t !== ""),
      "meta",
    );
  const image =
    firstMeta(m, ["og:image", "twitter:image"])?.[0] ??
    (art === undefined ? undefined : str(objectField(art, "image")?.url ?? art.image));
  if (image !== undefined) md.image = sourced(image, "opengraph");
  const free = art?.isAccessibleForFree;
  if (free === false || free === "False" || free === "false") md.paywalled = sourced(true, "json-ld");

  return { metadata: md, headlineBlock, standfirstBlock, bylineBlock, diagnostics };
}
