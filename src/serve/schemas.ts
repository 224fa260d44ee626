/**
 * The zod schemas of the API: they validate the requests and, through @hono/zod-openapi, they are the OpenAPI
 * document served at /openapi.json. Response schemas mirror the store's types (src/corpus/store/types.ts); the
 * analysis itself is described by the project's published JSON Schema (schema/analysis.schema.json), registered
 * as the `Analysis` component rather than copied.
 */
import { z } from "@hono/zod-openapi";

// ---- requests ------------------------------------------------------------------------------------------------

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 20;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Positive integers without leading zeros; 16 digits at most, so nothing but digits ever reaches the store. */
export const ID_PATTERN = /^[1-9][0-9]{0,15}$/;

const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_LIMIT)
  .default(DEFAULT_LIMIT)
  .openapi({ param: { name: "limit", in: "query" }, example: DEFAULT_LIMIT });
const offset = z.coerce
  .number()
  .int()
  .min(0)
  .default(0)
  // Stated outright: the generator reads the falsy default 0 as "nullable".
  .openapi({ param: { name: "offset", in: "query" }, type: "integer", minimum: 0, default: 0, example: 0 });
const day = (name: string) =>
  z
    .string()
    .regex(ISO_DAY, `${name} must be a date as YYYY-MM-DD`)
    .optional()
    .openapi({ param: { name, in: "query" }, example: "2017-12-12" });
const text = (name: string, description: string) =>
  z
    .string()
    .min(1)
    .max(500)
    .optional()
    .openapi({ param: { name, in: "query", description } });

export const FiltersQuery = z.object({
  outlet: text("outlet", "only articles from this outlet (case-insensitive)"),
  author: text("author", "only articles with an author matching this name"),
  from: day("from"),
  to: day("to"),
  entity: text("entity", "only articles naming this entity"),
  place: text("place", "only articles naming this place"),
  speaker: text("speaker", "only articles (or quotes) with this speaker"),
  story: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ param: { name: "story", in: "query", description: "only articles of this story" } }),
});
export type FiltersQuery = z.infer<typeof FiltersQuery>;

export const PageQuery = z.object({ limit, offset });

export const IdParam = z.object({
  id: z
    .string()
    .regex(ID_PATTERN, "id must be a positive integer")
    .openapi({ param: { name: "id", in: "path" }, example: "1" }),
});

export const SearchLayerEnum = z.enum(["articles", "quotes", "claims"]);
const queryText = z
  .string()
  .min(1, "q must not be empty")
  .max(1000)
  .openapi({ param: { name: "q", in: "query", description: 'FTS5 query: words, "phrases", AND/OR/NOT, prefix*' } });

export const SearchQuery = FiltersQuery.extend(PageQuery.shape).extend({
  q: queryText,
  layer: SearchLayerEnum.default("articles").openapi({ param: { name: "layer", in: "query" } }),
});
export const LayerSearchQuery = FiltersQuery.extend(PageQuery.shape).extend({ q: queryText });

export const StoriesQuery = PageQuery.extend({
  minSize: z.coerce
    .number()
    .int()
    .min(1)
    .default(1)
    .openapi({ param: { name: "minSize", in: "query" } }),
});

export const EntityParam = z.object({
  name: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: "name", in: "path" }, example: "Macron" }),
});

export const NetworkQuery = FiltersQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(50)
    .openapi({ param: { name: "limit", in: "query" } }),
  minCount: z.coerce
    .number()
    .int()
    .min(1)
    .default(2)
    .openapi({ param: { name: "minCount", in: "query" } }),
});

export const TimelineQuery = FiltersQuery.extend({
  by: z
    .enum(["day", "month", "year"])
    .default("month")
    .openapi({ param: { name: "by", in: "query" } }),
  q: queryText.optional(),
});

/** The map wants every geocoded place, so places allow more than a page. */
export const MAX_PLACES = 2000;
export const PlacesQuery = FiltersQuery.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PLACES)
    .default(500)
    .openapi({ param: { name: "limit", in: "query" } }),
});

export const AnalyzeBody = z
  .object({
    text: z.string().optional().openapi({ description: "the article as plain text (scraped text is fine)" }),
    html: z.string().optional().openapi({ description: "the article's HTML page" }),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .openapi({ description: "fetch the page at this http(s) URL" }),
    published: z
      .string()
      .refine((s) => !Number.isNaN(Date.parse(s)), "published must be an ISO 8601 date such as 2017-12-12")
      .optional()
      .openapi({ description: "publication date (ISO 8601) when the input lacks one" }),
    outlet: z.string().min(1).max(300).optional(),
    store: z
      .boolean()
      .default(false)
      .openapi({ description: "also store the article in the corpus (needs the token)" }),
  })
  .refine((b) => [b.text, b.html, b.url].filter((x) => x !== undefined).length === 1, {
    message: "give exactly one of text, html or url",
  })
  .openapi("AnalyzeRequest", {
    description: "exactly one of text, html or url",
    oneOf: [{ required: ["text"] }, { required: ["html"] }, { required: ["url"] }],
  });

// ---- responses -----------------------------------------------------------------------------------------------

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        "bad_request",
        "bad_query",
        "unauthorized",
        "not_found",
        "too_large",
        "unreadable_input",
        "internal",
      ]),
      message: z.string(),
    }),
  })
  .openapi("Error");

export const HealthSchema = z
  .object({
    ok: z.literal(true),
    version: z.string(),
    store: z.enum(["sqlite", "postgres"]),
    counts: z.object({
      articles: z.number().int(),
      duplicates: z.number().int(),
      stories: z.number().int(),
      failures: z.number().int(),
      versions: z.number().int(),
    }),
  })
  .openapi("Health");

export const ArticleSummarySchema = z
  .object({
    id: z.number().int(),
    contentHash: z.string(),
    textHash: z.string(),
    docId: z.string(),
    url: z.string().optional(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    authors: z.array(z.string()),
    published: z.string().optional(),
    ingestedAt: z.string(),
    storyId: z.number().int().optional(),
    previousVersion: z.number().int().optional(),
    duplicateOf: z.number().int().optional(),
    duplicateKind: z.enum(["exact", "near"]).optional(),
    input: z.string(),
  })
  .openapi("ArticleSummary");

export const DocumentsPageSchema = z
  .object({ total: z.number().int(), items: z.array(ArticleSummarySchema) })
  .openapi("DocumentsPage");

export const ProvenanceSchema = z
  .object({ source: z.string(), input: z.string(), url: z.string().optional(), fetchedAt: z.string() })
  .openapi("Provenance");

/** A reference to the `Analysis` component (schema/analysis.schema.json), registered by the app. */
export const ANALYSIS_REF = { $ref: "#/components/schemas/Analysis" } as const;

const AnalysisJson = z.looseObject({}).openapi({ ...ANALYSIS_REF });

export const DocumentSchema = ArticleSummarySchema.extend({
  mediaType: z.string(),
  provenance: z.array(ProvenanceSchema),
  analysis: AnalysisJson,
}).openapi("Document");

export const StoredSchema = z.object({ id: z.number().int(), created: z.boolean() });

export const AnalyzeResponseSchema = z
  .looseObject({ stored: StoredSchema.optional() })
  .openapi({ allOf: [ANALYSIS_REF], description: "the analysis JSON, plus `stored` when store=true" });

const FacetSchema = z.object({ value: z.string(), count: z.number().int() }).openapi("FacetCount");

export const SearchHitSchema = z
  .object({
    articleId: z.number().int(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    published: z.string().optional(),
    input: z.string(),
    score: z.number(),
    snippet: z.string(),
    layer: SearchLayerEnum,
    key: z.string().optional(),
    speaker: z.string().optional(),
  })
  .openapi("SearchHit");

export const SearchResultSchema = z
  .object({
    total: z.number().int(),
    hits: z.array(SearchHitSchema),
    matchedArticles: z.number().int().openapi({ description: "Distinct articles matched" }),
    facetsOver: z.number().int().openapi({
      description: "Matched articles the facets count: all of them, or the best-ranked 5,000 when more matched",
    }),
    facets: z.object({
      outlet: z.array(FacetSchema),
      author: z.array(FacetSchema),
      entity: z.array(FacetSchema),
      place: z.array(FacetSchema),
      month: z.array(FacetSchema),
    }),
  })
  .openapi("SearchResult");

export const StoryListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        size: z.number().int(),
        firstDate: z.string().optional(),
        lastDate: z.string().optional(),
      }),
    ),
  })
  .openapi("StoryList");

export const StorySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    size: z.number().int(),
    members: z.array(
      z.object({
        id: z.number().int(),
        source: z.string(),
        outlet: z.string().nullable(),
        date: z.string().nullable(),
        title: z.string().nullable(),
      }),
    ),
  })
  .openapi("Story");

const OutletViewSchema = z
  .object({
    outlet: z.string(),
    articles: z.array(
      z.object({
        id: z.number().int(),
        title: z.string().optional(),
        input: z.string(),
        published: z.string().optional(),
      }),
    ),
    speakers: z.array(z.object({ name: z.string(), quotes: z.number().int() })),
    claims: z.array(z.object({ text: z.string(), score: z.number() })),
    numbers: z.array(z.string()),
    framing: z.array(z.object({ kind: z.string(), count: z.number().int() })),
    only: z.object({
      speakers: z.array(z.string()),
      numbers: z.array(z.string()),
      entities: z.array(z.string()),
      sentences: z.array(z.string()),
    }),
  })
  .openapi("OutletView");

export const StoryComparisonSchema = z
  .object({ id: z.number().int(), title: z.string(), outlets: z.array(OutletViewSchema) })
  .openapi("StoryComparison");

const EntityKindEnum = z.enum(["person", "organization", "place", "misc"]);

export const EntityReportSchema = z
  .object({
    name: z.string(),
    types: z.array(FacetSchema),
    articles: z.array(ArticleSummarySchema),
    cooccurring: z.array(FacetSchema),
    quotes: z.array(z.object({ articleId: z.number().int(), text: z.string() })),
  })
  .openapi("EntityReport");

export const NetworkSchema = z
  .object({
    nodes: z.array(z.object({ name: z.string(), type: EntityKindEnum, count: z.number().int() })),
    edges: z.array(z.object({ source: z.string(), target: z.string(), count: z.number().int() })),
  })
  .openapi("EntityNetwork");

export const TimelineSchema = z
  .object({ buckets: z.array(z.object({ period: z.string(), count: z.number().int() })) })
  .openapi("Timeline");

export const PlacesSchema = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(
      z.object({
        type: z.literal("Feature"),
        geometry: z.object({
          type: z.literal("Point"),
          coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
        }),
        properties: z.object({ name: z.string(), country: z.string().nullable(), count: z.number().int() }),
      }),
    ),
  })
  .openapi("Places");

export const EntityQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .default(DEFAULT_LIMIT)
    .openapi({ param: { name: "limit", in: "query", description: "articles and co-occurring entities listed" } }),
});
