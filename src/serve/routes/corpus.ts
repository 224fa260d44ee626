/** Views over the whole corpus: an entity's report, the co-occurrence network, the timeline, places as GeoJSON. */
import { createRoute, type z } from "@hono/zod-openapi";
import { QueryError } from "../../corpus/store/types.js";
import type { ApiApp, ServeDeps } from "../deps.js";
import { ApiError } from "../errors.js";
import {
  EntityParam,
  EntityQuery,
  EntityReportSchema,
  NetworkQuery,
  NetworkSchema,
  PlacesQuery,
  PlacesSchema,
  TimelineQuery,
  TimelineSchema,
} from "../schemas.js";
import { errorResponses, filtersOf, jsonResponse } from "./common.js";

const entityRoute = createRoute({
  method: "get",
  path: "/api/entities/{name}",
  tags: ["corpus"],
  summary: "An entity's articles, co-occurring entities and quotes; 404 when the corpus never names it",
  request: { params: EntityParam, query: EntityQuery },
  responses: {
    200: jsonResponse(EntityReportSchema, "the entity report"),
    ...errorResponses.bad_request,
    ...errorResponses.not_found,
  },
});

const networkRoute = createRoute({
  method: "get",
  path: "/api/network",
  tags: ["corpus"],
  summary: "Entity co-occurrence network of the most named entities",
  request: { query: NetworkQuery },
  responses: { 200: jsonResponse(NetworkSchema, "nodes and weighted edges"), ...errorResponses.bad_request },
});

const timelineRoute = createRoute({
  method: "get",
  path: "/api/timeline",
  tags: ["corpus"],
  summary: "Articles per day, month or year, optionally matching a search query",
  request: { query: TimelineQuery },
  responses: { 200: jsonResponse(TimelineSchema, "buckets in period order"), ...errorResponses.bad_request },
});

const placesRoute = createRoute({
  method: "get",
  path: "/api/places.geojson",
  tags: ["corpus"],
  summary: "Geocoded places as GeoJSON points ([lon, lat]) with the number of articles naming each",
  request: { query: PlacesQuery },
  responses: { 200: jsonResponse(PlacesSchema, "a FeatureCollection"), ...errorResponses.bad_request },
});

export function registerCorpus(app: ApiApp, deps: ServeDeps): void {
  app.openapi(entityRoute, async (c) => {
    const { name } = c.req.valid("param");
    const report = await deps.store.entity(name, c.req.valid("query").limit);
    if (report.types.length === 0 && report.articles.length === 0)
      throw new ApiError("not_found", `the corpus never names "${name}"`);
    return c.json(report as z.infer<typeof EntityReportSchema>, 200);
  });

  app.openapi(networkRoute, async (c) => {
    const q = c.req.valid("query");
    const network = await deps.store.network({ ...filtersOf(q), limit: q.limit, minCount: q.minCount });
    return c.json(network as z.infer<typeof NetworkSchema>, 200);
  });

  app.openapi(timelineRoute, async (c) => {
    const q = c.req.valid("query");
    try {
      const buckets = await deps.store.timeline({ ...filtersOf(q), text: q.q, by: q.by });
      return c.json({ buckets }, 200);
    } catch (err) {
      if (err instanceof QueryError) throw new ApiError("bad_query", err.message);
      throw err;
    }
  });

  app.openapi(placesRoute, async (c) => {
    const q = c.req.valid("query");
    const places = await deps.store.places({ ...filtersOf(q), limit: q.limit });
    const features = places.map((p) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [p.lon, p.lat] as [number, number] },
      properties: { name: p.name, country: p.country ?? null, count: p.count },
    }));
    return c.json({ type: "FeatureCollection" as const, features }, 200);
  });
}
