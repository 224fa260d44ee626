/**
 * Turns an analysed Document (plus what the source knew) into the store's ArticleInput: metadata, flattened
 * entity/quote/claim rows for search, MinHash for near duplicates, and the features for story clustering.
 * Duplicate, version and story decisions are made by the caller (decide.ts), which has the store.
 */
import type { Document, Entity } from "../../core/document.js";
import { type Span, surface } from "../../core/span.js";
import { lshKeys, signatureOf } from "../dedup/minhash.js";
import type { ClaimRow, EntityKind, EntityRow, QuoteRow, StoredArticle } from "../store/types.js";
import { cheapNames, namesFromEntities, type RawFeatures, rawFeatures, timeAnchors } from "../stories/features.js";
import { sha256Hex, textHash } from "../text/normalize.js";
import type { SourceItem } from "./item.js";
import { isoDate } from "./sources/record-fields.js";

/** Everything about the article except the decisions that need the store. */
export type PreparedArticle = Omit<
  import("../store/types.js").ArticleInput,
  "previousVersion" | "duplicateOf" | "story" | "dfKeys"
> & { readonly features: RawFeatures };

function entityRows(doc: Document): EntityRow[] {
  const geo = new Map((doc.layers.geocodes ?? []).map((g) => [g.entity, g.geo]));
  return (doc.layers.entities ?? []).map((e) => {
    const g = geo.get(e.id);
    return {
      name: e.name,
      type: e.type as EntityKind,
      mentions: e.mentions.length,
      lat: g?.lat,
      lon: g?.lon,
      country: g?.country,
    };
  });
}

function nameOf(entities: ReadonlyMap<string, Entity>, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (entities.get(id)?.name ?? id);
}

function quoteRows(doc: Document, entities: ReadonlyMap<string, Entity>): QuoteRow[] {
  return (doc.layers.quotes ?? []).map((q) => ({
    key: q.id,
    text: surface(doc.text, q),
    kind: q.kind,
    speaker: nameOf(entities, q.speaker) ?? q.attributedTo,
    start: q.start,
    end: q.end,
  }));
}

/** Claims indexed for `sift search --layer claims`: the check-worthy ones. Every claim stays in the stored analysis;
 * indexing each scored sentence would double the store for claims nobody would look up. */
export const CLAIM_INDEX_MIN_SCORE = 0.5;

function claimRows(doc: Document, entities: ReadonlyMap<string, Entity>): ClaimRow[] {
  return (doc.layers.claims ?? [])
    .filter((c) => c.score >= CLAIM_INDEX_MIN_SCORE)
    .map((c) => ({
      key: c.id,
      text: surface(doc.text, c),
      score: c.score,
      claimant: nameOf(entities, c.claimant),
      cues: c.cues,
      start: c.start,
      end: c.end,
    }));
}

/** The text used for matching: the article body when the reader found one, else the whole text. */
export function bodyText(doc: Document): string {
  const body = doc.text.slice(doc.body.start, doc.body.end);
  return body.trim().length > 0 ? body : doc.text;
}

export function prepareArticle(item: SourceItem, doc: Document): PreparedArticle {
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const md = doc.metadata;
  const title = item.meta.title ?? md.headline?.value;
  const published = isoDate(item.meta.published ?? md.published?.value);
  const body = bodyText(doc);
  const sig = signatureOf(body);
  const { bytes: _bytes, ...withoutBytes } = doc;
  return {
    contentHash: sha256Hex(item.bytes),
    textHash: textHash(body),
    docId: doc.id,
    url: item.meta.url ?? md.url?.value,
    title,
    outlet: item.meta.outlet ?? md.outlet?.value.name,
    authors: item.meta.authors ?? md.authors?.value.map((a) => a.name) ?? [],
    published,
    mediaType: doc.source.mediaType,
    text: doc.text,
    bytes: item.bytes,
    analysis: withoutBytes,
    entities: entityRows(doc),
    quotes: quoteRows(doc, entities),
    claims: claimRows(doc, entities),
    provenance: { source: item.source, input: item.input, url: item.meta.url, fetchedAt: item.fetchedAt },
    minhash: sig,
    lshKeys: lshKeys(sig),
    features: clusteringFeatures(doc, title, published),
  };
}

/** The story-clustering features of an analysed article: names from the entity layer, else capitalised runs, and
 * time anchors from the times layer's expressions within the body (where the terms come from, not the dateline). */
function clusteringFeatures(doc: Document, title: string | undefined, published: string | undefined): RawFeatures {
  const body = bodyText(doc);
  const names =
    doc.layers.entities && doc.layers.entities.length > 0 ? namesFromEntities(doc.layers.entities) : cheapNames(body);
  const inBody = body === doc.text ? () => true : (t: Span) => t.start >= doc.body.start && t.end <= doc.body.end;
  return rawFeatures(body, title ?? "", names, published, timeAnchors((doc.layers.times ?? []).filter(inBody)));
}

/**
 * The clustering features of a stored article, the same as prepareArticle computed when it was ingested: the
 * stored analysis is the Document, and the stored title and date are the ones prepareArticle chose.
 */
export function storedFeatures(article: StoredArticle): RawFeatures {
  const doc = article.analysis as Document | undefined;
  if (!doc || typeof doc.text !== "string" || !doc.body || !doc.layers)
    throw new Error(`article ${article.id}: its stored analysis is not a document, so its features cannot be rebuilt`);
  return clusteringFeatures(doc, article.title, article.published);
}
