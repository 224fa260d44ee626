/** Full-text search over articles, quotes or claims, with filters and facets; /api/quotes and /api/claims fix the layer. */
import { createRoute, type z } from "@hono/zod-openapi";
import { QueryError, type SearchLayer, type SearchResult } from "../../corpus/store/types.js";
import type { ApiApp, ServeDeps } from "../deps.js";
import { ApiError } from "../errors.js";
import { LayerSearchQuery, SearchQuery, SearchResultSchema } from "../schemas.js";
import { errorResponses, filtersOf, jsonResponse } from "./common.js";

const responses = {
  200: jsonResponse(SearchResultSchema, "ranked hits with snippets (matches between « and ») and facet counts"),
  ...errorResponses.bad_request,
};

const searchRoute = createRoute({
  method: "get",
  path: "/api/search",
  tags: ["search"],
  summary: "Search articles, quotes or claims (FTS5 syntax); a malformed query is a 400 bad_query",
  request: { query: SearchQuery },
  responses,
});

const layerRoute = (layer: "quotes" | "claims") =>
  createRoute({
    method: "get",
    path: `/api/${layer}`,
    tags: ["search"],
    summary: `Search the ${layer} of the corpus (same as /api/search?layer=${layer})`,
    request: { query: LayerSearchQuery },
    responses,
  });

type SearchParams = z.infer<typeof LayerSearchQuery> & { readonly layer: SearchLayer };

/** Runs the search; a malformed query is the caller's error (400 bad_query), never a 500. */
export async function runSearch(deps: ServeDeps, q: SearchParams): Promise<SearchResult> {
  try {
    return await deps.store.search({ ...filtersOf(q), text: q.q, layer: q.layer, limit: q.limit, offset: q.offset });
  } catch (err) {
    if (err instanceof QueryError) throw new ApiError("bad_query", err.message);
    throw err;
  }
}

export function registerSearch(app: ApiApp, deps: ServeDeps): void {
  app.openapi(searchRoute, async (c) =>
    c.json((await runSearch(deps, c.req.valid("query"))) as z.infer<typeof SearchResultSchema>, 200),
  );
  for (const layer of ["quotes", "claims"] as const) {
    app.openapi(layerRoute(layer), async (c) =>
      c.json((await runSearch(deps, { ...c.req.valid("query"), layer })) as z.infer<typeof SearchResultSchema>, 200),
    );
  }
}
