/** Stories (clusters of articles about one event), one story's members, and its outlet-by-outlet comparison. */
import { createRoute, type z } from "@hono/zod-openapi";
import type { StoryRow } from "../../corpus/store/types.js";
import { compareOutlets } from "../../corpus/stories/compare.js";
import type { ApiApp, ServeDeps } from "../deps.js";
import { ApiError } from "../errors.js";
import { IdParam, StoriesQuery, StoryComparisonSchema, StoryListSchema, StorySchema } from "../schemas.js";
import { errorResponses, jsonResponse } from "./common.js";

const listRoute = createRoute({
  method: "get",
  path: "/api/stories",
  tags: ["stories"],
  summary: "Stories, largest first",
  request: { query: StoriesQuery },
  responses: { 200: jsonResponse(StoryListSchema, "a page of stories"), ...errorResponses.bad_request },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/stories/{id}",
  tags: ["stories"],
  summary: "One story and its articles, oldest first",
  request: { params: IdParam },
  responses: {
    200: jsonResponse(StorySchema, "the story"),
    ...errorResponses.bad_request,
    ...errorResponses.not_found,
  },
});

const compareRoute = createRoute({
  method: "get",
  path: "/api/stories/{id}/compare",
  tags: ["stories"],
  summary: "The story outlet by outlet: who each quotes, its claims, numbers, framing, and what only it says",
  request: { params: IdParam },
  responses: {
    200: jsonResponse(StoryComparisonSchema, "the comparison"),
    ...errorResponses.bad_request,
    ...errorResponses.not_found,
  },
});

async function story(deps: ServeDeps, id: string): Promise<StoryRow> {
  const row = await deps.store.getStory(Number(id));
  if (!row) throw new ApiError("not_found", `no story ${id}`);
  return row;
}

export function registerStories(app: ApiApp, deps: ServeDeps): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid("query");
    // The store pages from the start only; take what the page needs and skip the offset here.
    const rows = await deps.store.listStories({ limit: q.offset + q.limit, minSize: q.minSize });
    const items = rows
      .slice(q.offset)
      .map((s) => ({ id: s.id, title: s.title, size: s.size, firstDate: s.firstDate, lastDate: s.lastDate }));
    return c.json({ items }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const row = await story(deps, c.req.valid("param").id);
    const members = (await deps.store.storyMembers(row.id)).map((m) => ({
      id: m.id,
      source: m.url ?? m.input,
      outlet: m.outlet ?? null,
      date: m.published ?? null,
      title: m.title ?? null,
    }));
    return c.json({ id: row.id, title: row.title, size: row.size, members }, 200);
  });

  app.openapi(compareRoute, async (c) => {
    const row = await story(deps, c.req.valid("param").id);
    const outlets = compareOutlets(await deps.store.storyMembers(row.id));
    return c.json({ id: row.id, title: row.title, outlets } as z.infer<typeof StoryComparisonSchema>, 200);
  });
}
