/**
 * The core data model. A Document holds the bytes as they arrived, one immutable decoded `text`, the metadata the
 * reader found, and stand-off annotation layers: lists of spans into `text` with typed fields (spaCy's Doc/Span).
 * Every stage reads a Document and returns a new one with its own layer added; no stage edits another's layer or
 * the text. Relations between annotations go by `id`, never by array index.
 */
import type { Span } from "./span.js";

/** Whether a value was written in the text ("stated") or worked out from context ("inferred"), as chrono's assign/imply. */
export type Certainty = "stated" | "inferred";

/** Where a metadata value came from, so a reader can judge it (json-ld, opengraph, meta, byline-text, dateline, cli, …). */
export interface Provenance {
  readonly source: string;
  readonly confidence: number;
  /** Where in `text` the value was read, when it was read from the text. */
  readonly span?: Span;
}

/** A metadata value with where it came from. */
export interface Sourced<T> {
  readonly value: T;
  readonly provenance: Provenance;
}

export interface Outlet {
  readonly name: string;
  readonly abbreviation?: string;
}

export interface Author {
  readonly name: string;
  /** The author's biography box, when the page has one (it is boilerplate, not body). */
  readonly bio?: Span;
  /** Organisations the bio ties the author to. */
  readonly affiliations: readonly string[];
  /** Where the name stands in the byline. */
  readonly span?: Span;
}

/** What the reader found out about the article beyond its text. Every field is optional: plain text has none. */
export interface Metadata {
  readonly headline?: Sourced<string>;
  readonly kicker?: Sourced<string>;
  readonly standfirst?: Sourced<string>;
  /** ISO 8601: a date (2017-12-12) or a date-time with offset. */
  readonly published?: Sourced<string>;
  readonly modified?: Sourced<string>;
  readonly outlet?: Sourced<Outlet>;
  readonly authors?: Sourced<readonly Author[]>;
  readonly url?: Sourced<string>;
  readonly language?: Sourced<string>;
  readonly dateline?: Sourced<{ readonly place: string; readonly agency?: string }>;
  readonly section?: Sourced<string>;
  readonly tags?: Sourced<readonly string[]>;
  readonly image?: Sourced<string>;
  readonly paywalled?: Sourced<boolean>;
}

/** How the input's bytes were turned into `text`. */
export interface SourceInfo {
  /** A file path, a URL, or "-" for standard input. */
  readonly name: string;
  readonly mediaType: "text/plain" | "text/html";
  readonly encoding: string;
  /** How the encoding was decided: bom, http-header, meta-charset, valid-utf8, fallback. */
  readonly encodingSource: string;
  readonly byteLength: number;
  /** SHA-256 of the original bytes, hex. */
  readonly sha256: string;
}

/** A problem with the content that did not stop the analysis (vfile-style messages). */
export interface Diagnostic {
  readonly code: string;
  readonly message: string;
  readonly stage: string;
  readonly span?: Span;
}

// ---------------------------------------------------------------------------------------------------------------
// Layers

/** A structural block of the page: where the body is and what is not body. */
export type BlockKind =
  | "headline"
  | "kicker"
  | "standfirst"
  | "byline"
  | "dateline"
  | "paragraph"
  | "heading"
  | "list-item"
  | "blockquote"
  | "pull-quote"
  | "caption"
  | "table"
  | "timestamp"
  | "question"
  | "answer";

export interface Block extends Span {
  readonly kind: BlockKind;
}

/** Kinds of page furniture that are kept in `text` but are not the article. */
export type BoilerplateKind =
  | "advertisement"
  | "newsletter"
  | "subscription"
  | "donation"
  | "author-bio"
  | "share"
  | "related"
  | "navigation"
  | "cookie"
  | "comments"
  | "paywall"
  | "footer"
  | "caption"
  | "pull-quote"
  | "other";

export interface Boilerplate extends Span {
  readonly kind: BoilerplateKind;
  /** The rule that recognised it, e.g. "boilerplate:newsletter-cue". */
  readonly rule: string;
}

export type TokenKind = "word" | "number" | "punct" | "symbol";

export interface Token extends Span {
  readonly kind: TokenKind;
}

export interface Sentence extends Span {
  /** Index into the `blocks` layer of the block the sentence lies in, or -1 for text outside any block. */
  readonly block: number;
}

export type EntityType = "person" | "organization" | "place" | "misc";

/** A named or described reference to an entity, before coreference (NER output plus rules). */
export interface Mention extends Span {
  readonly type: EntityType;
  /** name: a proper name; titled: title + name ("President Macron"); description: "the head of state"; pronoun; demonym. */
  readonly form: "name" | "titled" | "description" | "pronoun" | "demonym";
  readonly rule: string;
  /** Model confidence or rule strength in [0, 1]. */
  readonly score: number;
}

export interface GeoPoint {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly geonameId?: number;
  /** GeoNames feature code (PCLI country, ADM1 region, PPLC capital, …). */
  readonly featureCode?: string;
  readonly population?: number;
}

export interface Role extends Span {
  /** The title or function as written, e.g. "French Defense Minister". */
  readonly role: string;
  /** apposition, pre-modifier, of-phrase, copula … */
  readonly rule: string;
}

export interface EntityMention extends Span {
  readonly form: Mention["form"];
  readonly certainty: Certainty;
}

/** One real-world entity with all its mentions in the text. */
export interface Entity {
  /** Stable within the document: "e1", "e2", … */
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name: the longest proper-name mention. */
  readonly name: string;
  readonly roles: readonly Role[];
  readonly mentions: readonly EntityMention[];
  /** ISO 3166-1 alpha-2 country the entity belongs to (a person's nationality or office, an organisation's
   * seat), when a role names it or the notable-people list knows the person; places carry theirs in geocodes. */
  readonly country?: string;
}

/** The gazetteer entry a place entity resolved to. */
export interface Geocode {
  readonly entity: string;
  readonly geo: GeoPoint;
  /** Why this sense won: population, context-country, one-sense-per-discourse … */
  readonly rule: string;
  readonly score: number;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface Timex extends Span {
  readonly type: TimexType;
  /** TIMEX3 value: 2017-12-06, 2013-W11, P2W, XXXX-12-06 when no anchor fixes the year. */
  readonly value: string;
  /** TIMEX3 mod (BEFORE, AFTER, APPROX, START, END …) where one applies. */
  readonly mod?: string;
  /** "inferred" when part of the value (e.g. the year) came from the anchor, not the text. */
  readonly certainty: Certainty;
  readonly rule: string;
}

export type QuoteKind = "direct" | "partial" | "scare" | "name" | "indirect";

export interface Quote extends Span {
  readonly id: string;
  readonly kind: QuoteKind;
  /** Entity id of the speaker, when one was found. */
  readonly speaker?: string;
  /** True when no speech verb names the speaker and the surrounding context decided. */
  readonly speakerInferred: boolean;
  /** A source that is not an entity ("critics", "officials"). */
  readonly attributedTo?: string;
  /** The speech verb or attribution phrase ("said", "according to", "made an official announcement:"). */
  readonly cue?: Span;
  /** The source phrase as written, when there is one. */
  readonly source?: Span;
  /** Whether the opening and closing marks were present in the text. */
  readonly marks: { readonly open: boolean; readonly close: boolean };
  readonly rule: string;
}

/**
 * Whether the text says an event happened: asserted; negated ("has not returned"); hypothetical (a modal, an
 * intention or a condition: "should wait", "plans to visit", "if he resigned"); reported (only on someone's
 * account: "officials say", "reportedly", "according to").
 */
export type EventModality = "asserted" | "negated" | "hypothetical" | "reported";

export interface Event {
  readonly id: string;
  /** A short description: the trigger verb phrase and its object. */
  readonly what: string;
  readonly trigger: Span;
  /**
   * Entity ids of the participants: the agents (the trigger verb's subject, or the "by" agent of a passive) and
   * the partners of a meeting or talks ("met X", "talks with X"); every person and organisation in the sentence
   * when no subject can be read.
   */
  readonly who: readonly string[];
  readonly modality: EventModality;
  /** Entity ids of the places. */
  readonly where: readonly string[];
  /** TIMEX3 value of when it happened, when the text says. */
  readonly when?: string;
  readonly evidence: Span;
}

export interface Claim extends Span {
  readonly id: string;
  /** Check-worthiness in [0, 1]; higher is more worth checking. */
  readonly score: number;
  /** Entity id or source phrase of who makes the claim; the outlet when the author states it. */
  readonly claimant?: string;
  /** Quote id when the claim stands inside a quote. */
  readonly quote?: string;
  /** The features that made it check-worthy (number, comparison, causal, absolute …). */
  readonly cues: readonly string[];
  /** The unit rule that cut it out: claims:sentence, claims:clause, claims:quote … */
  readonly rule?: string;
}

export type FramingKind =
  | "loaded-language"
  | "scare-quote"
  | "one-sided-sourcing"
  | "opinion"
  | "absolutist"
  | "name-calling"
  | "exaggeration"
  | "doubt"
  | "appeal-to-fear"
  | "flag-waving"
  | "causal-oversimplification"
  | "slogan"
  | "appeal-to-authority"
  | "black-and-white"
  | "thought-terminating-cliche"
  | "whataboutism"
  | "bandwagon"
  | "repetition";

export interface FramingCue {
  readonly kind: FramingKind;
  /** Absent for document-level findings such as one-sided sourcing. */
  readonly start?: number;
  readonly end?: number;
  readonly note: string;
  readonly rule: string;
  readonly score?: number;
}

/** A known fact-check that matches a claim of the article. */
export interface FactCheckLink {
  /** Id of the claim in the claims layer. */
  readonly claim: string;
  readonly url: string;
  readonly claimReviewed: string;
  readonly rating: string;
  readonly publisher?: string;
  /** Match score in [0, 1]: how much of the claim's content the fact-check covers, blended with the ranker's score. */
  readonly score: number;
}

/** An organisation the author's bio ties an author to. */
export interface Affiliation extends Span {
  /** The author's name as the byline gives it. */
  readonly author: string;
  /** Entity id of the organisation. */
  readonly entity: string;
  readonly name: string;
}

/** Every layer a Document can carry, by name. New layers extend this interface. */
export interface LayerMap {
  blocks: readonly Block[];
  boilerplate: readonly Boilerplate[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
  geocodes: readonly Geocode[];
  times: readonly Timex[];
  quotes: readonly Quote[];
  events: readonly Event[];
  claims: readonly Claim[];
  framing: readonly FramingCue[];
  affiliations: readonly Affiliation[];
  factchecks: readonly FactCheckLink[];
}

export type LayerName = keyof LayerMap;

export interface Document {
  /** SHA-256 of the text, hex, first 16 characters: the same text gives the same id. */
  readonly id: string;
  readonly source: SourceInfo;
  /** The bytes exactly as they arrived. */
  readonly bytes: Uint8Array;
  /** The decoded text; never rewritten after reading (normalisation is for matching only). */
  readonly text: string;
  /** The article proper: where the body starts and ends in `text`. */
  readonly body: Span;
  readonly metadata: Metadata;
  readonly layers: Readonly<Partial<LayerMap>>;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * For HTML input: per UTF-16 unit of `text`, its UTF-16 offset in the decoded page, or -1 for characters the
   * reader inserted (block separators). Lets a viewer highlight an annotation in the original page.
   */
  readonly sourceMap?: Int32Array;
}

/** Returns a new Document with `layer` added. Adding a layer twice is a bug in the pipeline's configuration. */
export function withLayer<K extends LayerName>(doc: Document, name: K, layer: LayerMap[K]): Document {
  if (doc.layers[name] !== undefined) throw new Error(`layer "${name}" is already present`);
  return { ...doc, layers: { ...doc.layers, [name]: layer } };
}

/** Returns a new Document with diagnostics appended. */
export function withDiagnostics(doc: Document, diagnostics: readonly Diagnostic[]): Document {
  return diagnostics.length === 0 ? doc : { ...doc, diagnostics: [...doc.diagnostics, ...diagnostics] };
}

/** Reads a layer that a stage declared it requires; throws when the pipeline ran the stages out of order. */
export function layer<K extends LayerName>(doc: Document, name: K): LayerMap[K] {
  const found = doc.layers[name];
  if (found === undefined)
    throw new Error(`layer "${name}" is missing: a stage that needs it ran before the stage that makes it`);
  return found as LayerMap[K];
}
