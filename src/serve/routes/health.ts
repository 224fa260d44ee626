/** GET /api/health: the server is up and which corpus it serves. */
import { createRoute } from "@hono/zod-openapi";
import type { ApiApp, ServeDeps } from "../deps.js";
import { HealthSchema } from "../schemas.js";
import { jsonResponse } from "./common.js";

const route = createRoute({
  method: "get",
  path: "/api/health",
  tags: ["corpus"],
  summary: "Liveness, version and corpus counts",
  responses: { 200: jsonResponse(HealthSchema, "the server is up") },
});

export function registerHealth(app: ApiApp, deps: ServeDeps): void {
  app.openapi(route, async (c) =>
    c.json({ ok: true as const, version: deps.version, store: deps.storeKind, counts: await deps.store.counts() }, 200),
  );
}
