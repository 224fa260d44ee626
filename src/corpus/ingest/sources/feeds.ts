/**
 * RSS 2.0, Atom and RSS 1.0 (RDF) feeds and OPML subscription lists. A feed gives links; each linked page is
 * fetched politely and analysed. When a page cannot be fetched but the item carries its full content
 * (content:encoded, Atom content), that content is analysed instead.
 */
import { XMLParser } from "fast-xml-parser";
import type { ItemMeta } from "../item.js";
import { isoDate } from "./record-fields.js";

export interface FeedEntry {
  readonly link?: string;
  readonly meta: ItemMeta;
  /** Full content or summary HTML from the feed. */
  readonly content?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: false,
  textNodeName: "#text",
  // Decode XML and HTML named entities in titles and content (fast-xml-parser caps DOCTYPE entity expansion).
  processEntities: true,
  htmlEntities: true,
});

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

function text(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return text(o["#text"]) ?? text(o.name);
  }
  return undefined;
}

function atomLink(v: unknown): string | undefined {
  const links = list(v) as Array<Record<string, unknown> | string>;
  const alternate = links.find((l) => typeof l === "object" && (l["@rel"] === undefined || l["@rel"] === "alternate"));
  const chosen = alternate ?? links[0];
  return typeof chosen === "string" ? chosen : text(chosen?.["@href"]);
}

function entryOf(item: Record<string, unknown>, atom: boolean): FeedEntry {
  const link = atom ? atomLink(item.link) : (text(item.link) ?? text(item.guid));
  const authors = list(item.author ?? item["dc:creator"])
    .map(text)
    .filter((x): x is string => x !== undefined);
  const published = text(item.pubDate) ?? text(item.published) ?? text(item.updated) ?? text(item["dc:date"]);
  return {
    link: link?.trim(),
    meta: {
      title: text(item.title),
      url: link?.trim(),
      published: isoDate(published),
      authors: authors.length > 0 ? authors : undefined,
    },
    content: text(item["content:encoded"]) ?? text(item.content) ?? text(item.description) ?? text(item.summary),
  };
}

/** Parses a feed document of any of the three kinds; throws when it is none of them. */
export function parseFeed(xml: string): { readonly title?: string; readonly entries: FeedEntry[] } {
  const doc = parser.parse(xml) as Record<string, unknown>;
  const rss = doc.rss as Record<string, unknown> | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as Record<string, unknown>;
    return {
      title: text(channel.title),
      entries: list(channel.item).map((i) => entryOf(i as Record<string, unknown>, false)),
    };
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed)
    return {
      title: text(feed.title),
      entries: list(feed.entry).map((e) => entryOf(e as Record<string, unknown>, true)),
    };
  const rdf = doc["rdf:RDF"] as Record<string, unknown> | undefined;
  if (rdf) {
    const channel = (rdf.channel ?? {}) as Record<string, unknown>;
    return {
      title: text(channel.title),
      entries: list(rdf.item).map((i) => entryOf(i as Record<string, unknown>, false)),
    };
  }
  throw new Error("not an RSS, Atom or RDF feed");
}

/** The feed URLs of an OPML file (outline elements with xmlUrl, at any depth). */
export function parseOpml(xml: string): string[] {
  const doc = parser.parse(xml) as Record<string, unknown>;
  const opml = doc.opml as Record<string, unknown> | undefined;
  if (!opml) throw new Error("not an OPML document");
  const urls: string[] = [];
  const walk = (nodes: unknown): void => {
    for (const n of list(nodes)) {
      const o = n as Record<string, unknown>;
      const url = text(o["@xmlUrl"]);
      if (url) urls.push(url);
      walk(o.outline);
    }
  };
  walk((opml.body as Record<string, unknown> | undefined)?.outline);
  return urls;
}

export function looksLikeFeed(text: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(text.slice(0, 2000));
}
