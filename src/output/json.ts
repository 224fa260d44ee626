/**
 * The JSON view of a Document, as published in schema/analysis.schema.json. It is a view, not a second model:
 * every field comes from the Document's text, metadata or layers, and every span indexes `text` (UTF-16 units).
 */
import type { Document, Metadata, Sourced } from "../core/document.js";
import type { Span } from "../core/span.js";

export const SCHEMA_VERSION = "1.0";
export const SCHEMA_ID = "https://sift.dev/schema/analysis.schema.json";

export interface AnalysisJson {
  readonly $schema: string;
  readonly sift: { readonly schemaVersion: string };
  readonly id: string;
  readonly source: Document["source"];
  readonly text: string;
  readonly metadata: Record<string, unknown>;
  readonly body: Span;
  readonly boilerplate: readonly unknown[];
  readonly blocks: readonly unknown[];
  readonly sentences: readonly Span[];
  readonly entities: readonly unknown[];
  readonly times: readonly unknown[];
  readonly quotes: readonly unknown[];
  readonly events: readonly unknown[];
  readonly claims: readonly unknown[];
  readonly framing: readonly unknown[];
  readonly diagnostics: Document["diagnostics"];
}

const span = (s: Span): Span => ({ start: s.start, end: s.end });

function provenanceOf(meta: Metadata): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(meta) as [string, Sourced<unknown> | undefined][]) {
    if (field) out[key] = field.provenance;
  }
  return out;
}

export function toAnalysisJson(doc: Document): AnalysisJson {
  const m = doc.metadata;
  const layers = doc.layers;
  const affiliations = layers.affiliations ?? [];
  const geocodes = new Map((layers.geocodes ?? []).map((g) => [g.entity, g]));
  const metadata: Record<string, unknown> = {
    ...(m.headline ? { headline: m.headline.value } : {}),
    ...(m.kicker ? { kicker: m.kicker.value } : {}),
    ...(m.standfirst ? { standfirst: m.standfirst.value } : {}),
    ...(m.published ? { published: m.published.value } : {}),
    ...(m.modified ? { modified: m.modified.value } : {}),
    ...(m.outlet ? { outlet: { ...m.outlet.value } } : {}),
    authors: (m.authors?.value ?? []).map((a) => ({
      name: a.name,
      ...(a.bio ? { bio: span(a.bio) } : {}),
      affiliations: [
        ...new Set([...a.affiliations, ...affiliations.filter((x) => x.author === a.name).map((x) => x.name)]),
      ],
    })),
    ...(m.url ? { url: m.url.value } : {}),
    ...(m.language ? { language: m.language.value } : {}),
    ...(m.dateline ? { dateline: m.dateline.value } : {}),
    ...(m.section ? { section: m.section.value } : {}),
    ...(m.tags ? { tags: m.tags.value } : {}),
    ...(m.image ? { image: m.image.value } : {}),
    ...(m.paywalled ? { paywalled: m.paywalled.value } : {}),
    provenance: provenanceOf(m),
  };
  return {
    $schema: SCHEMA_ID,
    sift: { schemaVersion: SCHEMA_VERSION },
    id: doc.id,
    source: doc.source,
    text: doc.text,
    metadata,
    body: span(doc.body),
    boilerplate: layers.boilerplate ?? [],
    blocks: layers.blocks ?? [],
    sentences: (layers.sentences ?? []).map(span),
    entities: (layers.entities ?? []).map((e) => {
      const g = geocodes.get(e.id);
      return {
        id: e.id,
        type: e.type,
        name: e.name,
        roles: e.roles.map((r) => r.role),
        roleSpans: e.roles,
        mentions: e.mentions,
        ...(e.country ? { country: e.country } : {}),
        ...(g ? { geo: g.geo, geoRule: g.rule, geoScore: g.score } : {}),
      };
    }),
    times: layers.times ?? [],
    quotes: layers.quotes ?? [],
    events: layers.events ?? [],
    claims: (layers.claims ?? []).map((c) => {
      const links = (layers.factchecks ?? []).filter((f) => f.claim === c.id).sort((a, b) => b.score - a.score);
      return links.length > 0 ? { ...c, factchecks: links.map(({ claim: _claim, ...f }) => f) } : c;
    }),
    framing: layers.framing ?? [],
    diagnostics: doc.diagnostics,
  };
}
