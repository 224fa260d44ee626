/**
 * The HTTP application: security middleware, the JSON API under /api (one module per resource in routes/), the
 * OpenAPI document generated from the route schemas, and the web UI for every other path.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { repoRoot } from "../core/paths.js";
import type { ApiApp, ServeDeps } from "./deps.js";
import { ApiError, errorResponse } from "./errors.js";
import { registerAnalyze } from "./routes/analyze.js";
import { jsonResponse } from "./routes/common.js";
import { registerCorpus } from "./routes/corpus.js";
import { registerDocuments } from "./routes/documents.js";
import { registerHealth } from "./routes/health.js";
import { registerSearch } from "./routes/search.js";
import { registerStories } from "./routes/stories.js";
import { loopbackHostsOnly, refuseTraversal, securityHeaders } from "./security.js";
import { serveUi } from "./static.js";

/** Largest request body: the CLI's default --max-bytes, so the API accepts what the CLI accepts. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
const UNSUPPORTED_MEDIA_TYPE = 415;

const ANALYSIS_SCHEMA_PATH = join(repoRoot, "schema", "analysis.schema.json");

/** schema/analysis.schema.json, the published contract of the analysis JSON, as the OpenAPI `Analysis` component. */
function analysisSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(ANALYSIS_SCHEMA_PATH, "utf8")) as Record<string, unknown>;
}

/** zod's issues as one line: "field: problem; field: problem". */
function issuesLine(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join(".")}: ${i.message}` : i.message))
    .join("; ");
}

const openApiRoute = createRoute({
  method: "get",
  path: "/openapi.json",
  tags: ["meta"],
  summary: "This OpenAPI 3.1 document, generated from the schemas that validate the requests",
  responses: { 200: jsonResponse(z.looseObject({}), "the OpenAPI document") },
});

/** Serves the document generated from the registered routes; built on first request, once every route is in. */
function registerOpenApiDocument(app: ApiApp, version: string): void {
  let doc: Record<string, unknown> | undefined;
  app.openapi(openApiRoute, (c) => {
    doc ??= app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "Sift API",
        version,
        description:
          "Analyse news articles and explore a Sift corpus. Errors are { error: { code, message } }; see README.md.",
      },
    }) as unknown as Record<string, unknown>;
    return c.json(doc, 200);
  });
}

export function buildApp(deps: ServeDeps): ApiApp {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return errorResponse(c, "bad_request", issuesLine(result.error));
    },
  });
  app.use("*", securityHeaders);
  app.use("*", refuseTraversal);
  if (deps.loopbackOnly) app.use("*", loopbackHostsOnly);
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, "too_large", `request body larger than ${MAX_BODY_BYTES} bytes`),
    }),
  );

  app.openAPIRegistry.registerComponent("schemas", "Analysis", analysisSchema());
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "the token given to `sift serve --token` (or $SIFT_API_TOKEN); needed for writes when configured",
  });
  registerHealth(app, deps);
  registerAnalyze(app, deps);
  registerDocuments(app, deps);
  registerSearch(app, deps);
  registerStories(app, deps);
  registerCorpus(app, deps);

  registerOpenApiDocument(app, deps.version);

  app.all("/api/*", (c) =>
    errorResponse(c, "not_found", `no API route ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  const ui = serveUi(deps.uiDir);
  app.get("*", ui);
  app.notFound((c) => errorResponse(c, "not_found", `no route ${c.req.method} ${new URL(c.req.url).pathname}`));
  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(c, err.code, err.message);
    // Only JSON bodies: a cross-site form (text/plain, urlencoded) cannot post without a CORS preflight we never grant.
    if (err instanceof HTTPException && err.status === UNSUPPORTED_MEDIA_TYPE)
      return errorResponse(c, "bad_request", "the request body must be JSON, sent as Content-Type: application/json");
    if (err instanceof HTTPException && err.status < 500) return errorResponse(c, "bad_request", err.message);
    // The operator sees what failed; the client gets no internals.
    process.stderr.write(`sift serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.message}\n`);
    if (process.env.SIFT_DEBUG) process.stderr.write(`${err.stack}\n`);
    return errorResponse(c, "internal", "internal error");
  });
  return app;
}
