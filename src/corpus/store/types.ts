/**
 * The corpus store's contract, independent of the database: the SQLite (sqlite.ts) and PostgreSQL (postgres.ts)
 * adapters implement it, and both run the same contract suite (contract.ts). All methods are async so a networked
 * backend fits; `putArticle` is atomic: an article is stored whole, with its links and story, or not at all.
 */

export type EntityKind = "person" | "organization" | "place" | "misc";

export interface EntityRow {
  readonly name: string;
  readonly type: EntityKind;
  readonly mentions: number;
  /** For places resolved by the geocoder. */
  readonly lat?: number;
  readonly lon?: number;
  readonly country?: string;
}

export interface QuoteRow {
  /** The quote id inside its document ("q3"). */
  readonly key: string;
  readonly text: string;
  readonly kind: string;
  readonly speaker?: string;
  readonly start: number;
  readonly end: number;
}

export interface ClaimRow {
  readonly key: string;
  readonly text: string;
  readonly score: number;
  readonly claimant?: string;
  readonly cues: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** Where an article came from: the source given to ingest and the item inside it. */
export interface ProvenanceInput {
  /** The source as given (a file, folder, feed URL, WARC path). */
  readonly source: string;
  /** The item inside the source: a path, "file.jsonl:12", "file.warc#offset", a URL. */
  readonly input: string;
  readonly url?: string;
  readonly fetchedAt: string;
}

/** A story's clustering state: the summed term and name vectors of its members. */
export interface StoryState {
  readonly title: string;
  readonly size: number;
  readonly terms: Readonly<Record<string, number>>;
  readonly names: Readonly<Record<string, number>>;
  /** Earliest and latest known publication dates (ISO), for date proximity. */
  readonly firstDate?: string;
  readonly lastDate?: string;
}

export interface ArticleInput {
  /** SHA-256 of the original bytes: the idempotency key. */
  readonly contentHash: string;
  /** SHA-256 of the normalised text: the exact-duplicate key. */
  readonly textHash: string;
  /** Document.id. */
  readonly docId: string;
  readonly url?: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly authors: readonly string[];
  readonly published?: string;
  readonly mediaType: string;
  readonly text: string;
  readonly bytes: Uint8Array;
  /** The Document without its bytes, as JSON-able data (all layers). */
  readonly analysis: unknown;
  readonly entities: readonly EntityRow[];
  readonly quotes: readonly QuoteRow[];
  readonly claims: readonly ClaimRow[];
  readonly provenance: ProvenanceInput;
  readonly minhash: Uint32Array;
  readonly lshKeys: readonly string[];
  /** Distinct terms and names of the article, for the document-frequency table. */
  readonly dfKeys: readonly string[];
  readonly previousVersion?: number;
  readonly duplicateOf?: { readonly id: number; readonly kind: "exact" | "near"; readonly similarity: number };
  /** The story the article joins (id) or founds (no id), with the story's state after the article joins. */
  readonly story: { readonly id?: number; readonly state: StoryState };
}

export interface ArticleSummary {
  readonly id: number;
  readonly contentHash: string;
  readonly textHash: string;
  readonly docId: string;
  readonly url?: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly authors: readonly string[];
  readonly published?: string;
  readonly ingestedAt: string;
  readonly storyId?: number;
  readonly previousVersion?: number;
  readonly duplicateOf?: number;
  readonly duplicateKind?: "exact" | "near";
  /** The first provenance input: a path or URL. */
  readonly input: string;
}

export interface StoredArticle extends ArticleSummary {
  readonly text: string;
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly analysis: unknown;
  readonly provenance: readonly ProvenanceInput[];
}

export interface FailureInput {
  readonly source: string;
  readonly input: string;
  readonly stage: "read" | "fetch" | "parse" | "analyze" | "store";
  readonly reason: string;
}

export interface FailureRow extends FailureInput {
  readonly id: number;
  readonly attempts: number;
  readonly firstAt: string;
  readonly lastAt: string;
  readonly resolved: boolean;
}

export type SearchLayer = "articles" | "quotes" | "claims";

export interface SearchFilters {
  readonly outlet?: string;
  readonly author?: string;
  /** Inclusive ISO date bounds on the publication date. */
  readonly from?: string;
  readonly to?: string;
  readonly entity?: string;
  readonly place?: string;
  readonly speaker?: string;
  readonly storyId?: number;
}

export interface SearchQuery extends SearchFilters {
  /** FTS5 query syntax (words, "phrases", AND/OR/NOT, prefix*). */
  readonly text: string;
  readonly layer?: SearchLayer;
  readonly limit?: number;
  readonly offset?: number;
  /** Facets count at most this many matched articles, the best-ranked (default FACET_SAMPLE). */
  readonly facetSample?: number;
}

/**
 * Facets are counted over at most this many best-ranked matched articles. Counting every match made a common word
 * on a 100,000-article corpus take seconds (70,000 articles × 35 entity rows grouped by name); the top values
 * over the best 5,000 hits are the ones a reader narrows by, and `facetsOver` says when counts are sampled.
 */
export const FACET_SAMPLE = 5000;

export interface SearchHit {
  readonly articleId: number;
  readonly title?: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly input: string;
  /** bm25 score; lower (more negative) is better, as SQLite reports it. */
  readonly score: number;
  /** The matched passage with hits between « and ». */
  readonly snippet: string;
  readonly layer: SearchLayer;
  /** For quotes and claims: the quote/claim id and speaker/claimant. */
  readonly key?: string;
  readonly speaker?: string;
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface SearchResult {
  readonly total: number;
  readonly hits: readonly SearchHit[];
  /** How many matched articles the facets count: all of them, or the FACET_SAMPLE best-ranked when more matched. */
  readonly facetsOver: number;
  /** How many distinct articles matched (total counts hits, which for quotes and claims are not articles). */
  readonly matchedArticles: number;
  readonly facets: {
    readonly outlet: readonly FacetCount[];
    readonly author: readonly FacetCount[];
    readonly entity: readonly FacetCount[];
    readonly place: readonly FacetCount[];
    readonly month: readonly FacetCount[];
  };
}

/** A malformed search query: the CLI reports it and exits with status 2. */
export class QueryError extends Error {
  override readonly name = "QueryError";
}

export interface StoryRow {
  readonly id: number;
  readonly title: string;
  readonly size: number;
  readonly firstDate?: string;
  readonly lastDate?: string;
  readonly state: StoryState;
}

/** A story split by the refine pass (src/corpus/stories/refine.ts): which members leave, and both parts' states. */
export interface StorySplitInput {
  readonly storyId: number;
  /** The story's state rebuilt from the members it keeps. */
  readonly keptState: StoryState;
  /** Ids of the articles that leave for the new story. */
  readonly leaving: readonly number[];
  /** The new story's state rebuilt from the leaving members. */
  readonly leavingState: StoryState;
}

export interface StoryMergeInput {
  /** The story that stays. */
  readonly storyId: number;
  /** The story whose articles join it; its row is removed. */
  readonly absorbedId: number;
  /** The merged story's state rebuilt from the members of both. */
  readonly mergedState: StoryState;
}

export interface EntityReport {
  readonly name: string;
  readonly types: readonly FacetCount[];
  readonly articles: readonly ArticleSummary[];
  readonly cooccurring: readonly FacetCount[];
  readonly quotes: readonly { readonly articleId: number; readonly text: string }[];
}

export interface TimelineBucket {
  readonly period: string;
  readonly count: number;
}

/** A place named in the corpus with its geocode, for maps. */
export interface PlaceCount {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country?: string;
  /** Articles naming the place. */
  readonly count: number;
}

/** The entity co-occurrence network: entities as nodes, articles naming both as edge weights. */
export interface EntityNetwork {
  readonly nodes: readonly { readonly name: string; readonly type: EntityKind; readonly count: number }[];
  readonly edges: readonly { readonly source: string; readonly target: string; readonly count: number }[];
}

export interface Page<T> {
  readonly total: number;
  readonly items: readonly T[];
}

export interface CorpusCounts {
  readonly articles: number;
  readonly duplicates: number;
  readonly stories: number;
  readonly failures: number;
  readonly versions: number;
}

export interface CorpusStore {
  hasContent(contentHash: string): Promise<boolean>;
  findByTextHash(textHash: string): Promise<ArticleSummary | undefined>;
  latestByUrl(url: string): Promise<ArticleSummary | undefined>;
  /** Articles sharing at least one LSH band key, with their MinHash signatures. */
  lshCandidates(
    keys: readonly string[],
  ): Promise<
    { readonly id: number; readonly minhash: Uint32Array; readonly duplicateOf?: number; readonly storyId?: number }[]
  >;
  articleSummary(id: number): Promise<ArticleSummary | undefined>;
  getStory(id: number): Promise<StoryRow | undefined>;
  /** Stores an article atomically; returns its id and story id. A known content hash is a no-op (id returned). */
  putArticle(
    article: ArticleInput,
  ): Promise<{ readonly id: number; readonly storyId: number; readonly created: boolean }>;
  getArticle(id: number): Promise<StoredArticle | undefined>;
  versions(url: string): Promise<ArticleSummary[]>;
  counts(): Promise<CorpusCounts>;
  /** All content hashes, sorted (for resume checks). */
  contentHashes(): Promise<string[]>;

  /** Document frequencies of the given keys and the number of articles. */
  documentFrequencies(keys: readonly string[]): Promise<{ readonly total: number; readonly df: Map<string, number> }>;
  /** The most recently updated stories, for incremental clustering. */
  recentStories(limit: number): Promise<StoryRow[]>;
  listStories(options?: { readonly limit?: number; readonly minSize?: number }): Promise<StoryRow[]>;
  storyMembers(storyId: number): Promise<StoredArticle[]>;
  /**
   * Splits a story in one transaction: founds a story with `leavingState`, moves the leaving articles to it, gives
   * the story `keptState`, and marks both as the most recently updated (so story windows reload them). Returns the
   * new story's id — also when this very split was already applied (a retried call: the leaving articles form a
   * story of their own and the story kept the rest) — or undefined with nothing changed when the story no longer
   * has exactly `keptState.size + leavingState.size` members including every leaving one (the split was computed
   * from members that have changed since).
   */
  splitStory(split: StorySplitInput): Promise<number | undefined>;
  /**
   * Merges two stories in one transaction (the merge pass): moves the absorbed story's articles to the story,
   * gives it `mergedState`, removes the absorbed story, and marks the story as the most recently updated. Returns
   * true — also when this very merge was already applied (a retried call: the absorbed story is gone and the story
   * has `mergedState.size` members) — or false with nothing changed when either story is missing, they are the
   * same story, or together they no longer have exactly `mergedState.size` members (they changed since).
   */
  mergeStories(merge: StoryMergeInput): Promise<boolean>;

  recordFailure(failure: FailureInput): Promise<void>;
  resolveFailure(source: string, input: string): Promise<void>;
  listFailures(options?: { readonly includeResolved?: boolean }): Promise<FailureRow[]>;

  /** HTTP validators for conditional GET. */
  getHttpCache(url: string): Promise<{ readonly etag?: string; readonly lastModified?: string } | undefined>;
  putHttpCache(url: string, etag: string | undefined, lastModified: string | undefined): Promise<void>;

  search(query: SearchQuery): Promise<SearchResult>;
  entity(name: string, limit?: number): Promise<EntityReport>;
  timeline(
    options: SearchFilters & { readonly text?: string; readonly by?: "day" | "month" | "year" },
  ): Promise<TimelineBucket[]>;
  /** Article summaries, newest id first, filtered and paginated (default limit 20). */
  listArticles(
    options?: SearchFilters & { readonly limit?: number; readonly offset?: number },
  ): Promise<Page<ArticleSummary>>;
  /** Geocoded places with the number of articles naming each, most named first (default limit 500). */
  places(options?: SearchFilters & { readonly limit?: number }): Promise<PlaceCount[]>;
  /**
   * The co-occurrence network of the `limit` most named entities (default 50): an edge for every pair named in
   * at least `minCount` (default 2) articles together.
   */
  network(options?: SearchFilters & { readonly limit?: number; readonly minCount?: number }): Promise<EntityNetwork>;
  /** Every stored article in id order, one at a time (no full materialisation). */
  iterateArticles(filters?: SearchFilters): AsyncIterable<StoredArticle>;
  close(): Promise<void>;
}
