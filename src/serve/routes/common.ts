/** Pieces the route modules share: response declarations and the filter mapping. */
import type { z } from "@hono/zod-openapi";
import type { SearchFilters } from "../../corpus/store/types.js";
import { ErrorSchema, type FiltersQuery } from "../schemas.js";

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

export const errorResponses = {
  bad_request: { 400: jsonResponse(ErrorSchema, "invalid parameters (bad_request) or query syntax (bad_query)") },
  not_found: { 404: jsonResponse(ErrorSchema, "no such resource") },
} as const;

/** The store's filters from the validated query. */
export function filtersOf(q: FiltersQuery): SearchFilters {
  return {
    outlet: q.outlet,
    author: q.author,
    from: q.from,
    to: q.to,
    entity: q.entity,
    place: q.place,
    speaker: q.speaker,
    storyId: q.story,
  };
}
