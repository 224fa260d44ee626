/** Hand-built articles for store tests: no analysis needed, every field known. */
import { lshKeys, signatureOf } from "../dedup/minhash.js";
import { joinStory } from "../stories/cluster.js";
import { sha256Hex, textHash } from "../text/normalize.js";
import type { ArticleInput } from "./types.js";

export interface FixtureSpec {
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly authors?: readonly string[];
  readonly published?: string;
  readonly entities?: ArticleInput["entities"];
  readonly quotes?: ArticleInput["quotes"];
  readonly claims?: ArticleInput["claims"];
  readonly storyId?: number;
  readonly source?: string;
  readonly previousVersion?: number;
  readonly duplicateOf?: ArticleInput["duplicateOf"];
}

export function fixtureArticle(s: FixtureSpec): ArticleInput {
  const bytes = new TextEncoder().encode(`<html><body><h1>${s.title ?? ""}</h1><p>${s.text}</p></body></html>`);
  const sig = signatureOf(s.text);
  const state = joinStory(undefined, { terms: { x: 1 }, names: {}, title: s.title ?? "", date: s.published });
  return {
    contentHash: sha256Hex(bytes),
    textHash: textHash(s.text),
    docId: sha256Hex(s.text).slice(0, 16),
    url: s.url,
    title: s.title,
    outlet: s.outlet,
    authors: s.authors ?? [],
    published: s.published,
    mediaType: "text/html",
    text: s.text,
    bytes,
    analysis: { text: s.text, layers: {} },
    entities: s.entities ?? [],
    quotes: s.quotes ?? [],
    claims: s.claims ?? [],
    provenance: {
      source: s.source ?? "fixture",
      input: s.url ?? s.title ?? "item",
      url: s.url,
      fetchedAt: "2024-01-01T00:00:00Z",
    },
    minhash: sig,
    lshKeys: lshKeys(sig),
    dfKeys: ["t:x"],
    previousVersion: s.previousVersion,
    duplicateOf: s.duplicateOf,
    story: { id: s.storyId, state },
  };
}
