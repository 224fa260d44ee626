/**
 * Import and export of fact-checks as schema.org ClaimReview (the JSON-LD fact-checkers embed in their pages and
 * feeds), and import of the Google Fact Check Tools JSON (`{claims: [{text, claimReview: [...]}]}`). Parsing is
 * lenient: nodes that are not a ClaimReview, or lack a URL or a claim, are skipped, never thrown on.
 */
import type { FactCheck } from "./types.js";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** A string field, or the `name` of an object field (schema.org allows either for author/publisher). */
function text(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (isObject(v)) return text(v.name) ?? text(v["@value"]);
  if (Array.isArray(v)) return text(v[0]);
  return undefined;
}

const hasType = (node: Json, type: string): boolean =>
  asArray(node["@type"]).some((t) => typeof t === "string" && t.replace(/^.*[/#:]/, "") === type);

/** The verdict: alternateName is the human wording ("False"); a bare ratingValue is the fallback. */
function rating(review: Json): string {
  const r = isObject(review.reviewRating) ? review.reviewRating : undefined;
  if (r === undefined) return "";
  return text(r.alternateName) ?? text(r.name) ?? text(r.ratingExplanation) ?? text(r.ratingValue) ?? "";
}

/** Only defined fields, so exported JSON and test expectations carry no `undefined` keys. */
function compact(f: { [K in keyof FactCheck]: FactCheck[K] | undefined }): FactCheck {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) if (typeof v === "string" && v !== "") out[k] = v;
  return out as unknown as FactCheck;
}

function fromClaimReview(node: Json): FactCheck | undefined {
  const item = isObject(node.itemReviewed) ? node.itemReviewed : undefined;
  const url = text(node.url) ?? text(node["@id"]);
  const claimReviewed = text(node.claimReviewed) ?? (item ? text(item.name) : undefined);
  if (url === undefined || claimReviewed === undefined) return undefined;
  return compact({
    url,
    claimReviewed,
    rating: rating(node),
    publisher: text(node.author) ?? text(node.publisher),
    date: text(node.datePublished),
    title: text(node.name) ?? text(node.headline),
    claimant: item ? text(item.author) : undefined,
    claimDate: item ? text(item.datePublished) : undefined,
  });
}

/** One claim of the Google Fact Check Tools API: a claim text with one or more reviews. */
function fromGoogleClaim(claim: Json): FactCheck[] {
  const claimReviewed = text(claim.text);
  if (claimReviewed === undefined) return [];
  return asArray(claim.claimReview).flatMap((r) => {
    if (!isObject(r)) return [];
    const url = text(r.url);
    if (url === undefined) return [];
    const publisher = isObject(r.publisher) ? (text(r.publisher.name) ?? text(r.publisher.site)) : text(r.publisher);
    return [
      compact({
        url,
        claimReviewed,
        rating: text(r.textualRating) ?? "",
        publisher,
        date: text(r.reviewDate),
        title: text(r.title),
        claimant: text(claim.claimant),
        claimDate: text(claim.claimDate),
      }),
    ];
  });
}

/** Keys under which ClaimReview nodes nest: JSON-LD graphs, DataFeed elements, ItemList items. */
const CONTAINERS = ["@graph", "dataFeedElement", "item", "itemListElement", "mainEntity"] as const;

export function parseClaimReview(json: unknown): FactCheck[] {
  const out: FactCheck[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isObject(node) || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node.claims)) for (const c of node.claims) if (isObject(c)) out.push(...fromGoogleClaim(c));
    if (hasType(node, "ClaimReview")) {
      const f = fromClaimReview(node);
      if (f) out.push(f);
    }
    for (const key of CONTAINERS) if (node[key] !== undefined) visit(node[key]);
  };
  visit(json);
  return out;
}

function toNode(f: FactCheck): Json {
  const node: Json = { "@type": "ClaimReview", url: f.url, claimReviewed: f.claimReviewed };
  if (f.title) node.name = f.title;
  if (f.date) node.datePublished = f.date;
  if (f.publisher) node.author = { "@type": "Organization", name: f.publisher };
  node.reviewRating = { "@type": "Rating", alternateName: f.rating };
  if (f.claimant || f.claimDate) {
    const item: Json = { "@type": "Claim" };
    if (f.claimant) item.author = { "@type": "Thing", name: f.claimant };
    if (f.claimDate) item.datePublished = f.claimDate;
    node.itemReviewed = item;
  }
  return node;
}

/**
 * schema.org ClaimReview JSON-LD for one fact-check (a node with @context) or several (an @graph). parseClaimReview
 * reads it back to the same FactCheck values.
 */
export function toClaimReviewJsonLd(factChecks: FactCheck | readonly FactCheck[]): Json {
  const context = "https://schema.org";
  if (!Array.isArray(factChecks)) return { "@context": context, ...toNode(factChecks as FactCheck) };
  return { "@context": context, "@graph": (factChecks as readonly FactCheck[]).map(toNode) };
}
