/** The stored articles: a filtered page of summaries, one article with its analysis, and its original bytes. */
import { createRoute, z } from "@hono/zod-openapi";
import type { Document } from "../../core/document.js";
import type { StoredArticle } from "../../corpus/store/types.js";
import { toAnalysisJson } from "../../output/json.js";
import type { ApiApp, ServeDeps } from "../deps.js";
import { ApiError } from "../errors.js";
import { DocumentSchema, DocumentsPageSchema, FiltersQuery, IdParam, PageQuery } from "../schemas.js";
import { SANDBOX_POLICY } from "../security.js";
import { errorResponses, filtersOf, jsonResponse } from "./common.js";

const listRoute = createRoute({
  method: "get",
  path: "/api/documents",
  tags: ["documents"],
  summary: "Stored articles, newest first, filtered and paginated",
  request: { query: FiltersQuery.extend(PageQuery.shape) },
  responses: { 200: jsonResponse(DocumentsPageSchema, "a page of article summaries"), ...errorResponses.bad_request },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/documents/{id}",
  tags: ["documents"],
  summary: "One stored article with its provenance and analysis",
  request: { params: IdParam },
  responses: {
    200: jsonResponse(DocumentSchema, "the article"),
    ...errorResponses.bad_request,
    ...errorResponses.not_found,
  },
});

const originalRoute = createRoute({
  method: "get",
  path: "/api/documents/{id}/original",
  tags: ["documents"],
  summary: "The original bytes as ingested, as a download (never rendered inline)",
  request: { params: IdParam },
  responses: {
    200: {
      description: "the original bytes, Content-Disposition: attachment, Content-Security-Policy: sandbox",
      content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
    },
    ...errorResponses.bad_request,
    ...errorResponses.not_found,
  },
});

/** The stored analysis is the Document without its bytes; the bytes are stored beside it. */
export function documentOf(a: StoredArticle): Document {
  return { ...(a.analysis as Omit<Document, "bytes">), bytes: a.bytes };
}

async function storedArticle(deps: ServeDeps, id: string): Promise<StoredArticle> {
  const article = await deps.store.getArticle(Number(id));
  if (!article) throw new ApiError("not_found", `no document ${id}`);
  return article;
}

const EXTENSION: Readonly<Record<string, string>> = { "text/html": "html", "text/plain": "txt" };

export function registerDocuments(app: ApiApp, deps: ServeDeps): void {
  app.openapi(listRoute, async (c) => {
    const q = c.req.valid("query");
    const page = await deps.store.listArticles({ ...filtersOf(q), limit: q.limit, offset: q.offset });
    return c.json(page as z.infer<typeof DocumentsPageSchema>, 200);
  });

  app.openapi(getRoute, async (c) => {
    const article = await storedArticle(deps, c.req.valid("param").id);
    const { text: _text, bytes: _bytes, analysis: _analysis, ...summary } = article;
    const body = { ...summary, analysis: toAnalysisJson(documentOf(article)) };
    return c.json(body as unknown as z.infer<typeof DocumentSchema>, 200);
  });

  app.openapi(originalRoute, async (c) => {
    const id = c.req.valid("param").id;
    const article = await storedArticle(deps, id);
    // Served as an opaque download: a browser that renders it anyway gets a sandboxed, script-less origin.
    c.header("Content-Type", "application/octet-stream");
    c.header("Content-Disposition", `attachment; filename="sift-${id}.${EXTENSION[article.mediaType] ?? "bin"}"`);
    c.header("Content-Security-Policy", SANDBOX_POLICY);
    c.header("Cache-Control", "no-store");
    return c.body(new Uint8Array(article.bytes), 200);
  });
}
