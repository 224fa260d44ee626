/**
 * POST /api/analyze: analyse posted text, HTML or a URL, and with store=true keep it in the corpus the way
 * `sift ingest` does (prepareArticle → CorpusDecider → putArticle → the story passes, as for a batch of one).
 * Storing and URL fetching need the token when one is configured: the first writes, the second makes the server
 * act on the network for the caller.
 */
import { createRoute, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type AnalyzeOptions, analyze } from "../../analyze.js";
import type { Document } from "../../core/document.js";
import { isSiftError } from "../../core/errors.js";
import { CorpusDecider } from "../../corpus/ingest/decide.js";
import { DEFAULT_FETCH_OPTIONS, PoliteFetcher } from "../../corpus/ingest/fetcher.js";
import { settleStories } from "../../corpus/ingest/ingest.js";
import type { ItemMeta, SourceItem } from "../../corpus/ingest/item.js";
import { bodyText, prepareArticle } from "../../corpus/ingest/record.js";
import { sha256Hex } from "../../corpus/text/normalize.js";
import { toAnalysisJson } from "../../output/json.js";
import type { ApiApp, ServeDeps } from "../deps.js";
import { ApiError } from "../errors.js";
import { AnalyzeBody, AnalyzeResponseSchema, ErrorSchema } from "../schemas.js";
import { bearerToken, tokenMatches } from "../security.js";
import { jsonResponse } from "./common.js";

/** The provenance source of articles posted to the API. */
export const API_SOURCE = "api";
/** Same cap as the CLI's --max-bytes default. */
const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** The token is optional in general (only store=true and url need it, and only when one is configured). */
const OPTIONAL_BEARER: Record<string, string[]>[] = [{ bearer: [] }, {}];

const route = createRoute({
  method: "post",
  path: "/api/analyze",
  tags: ["analyze"],
  summary: "Analyse an article given as text, HTML or a URL; store=true also stores it (token required if set)",
  security: OPTIONAL_BEARER,
  request: { body: { content: { "application/json": { schema: AnalyzeBody } } } },
  responses: {
    200: jsonResponse(AnalyzeResponseSchema, "the analysis JSON (schema/analysis.schema.json), plus `stored`"),
    400: jsonResponse(ErrorSchema, "invalid body (bad_request)"),
    401: jsonResponse(ErrorSchema, "store=true or url without the configured token (unauthorized)"),
    413: jsonResponse(ErrorSchema, "request body over 10 MB (too_large)"),
    422: jsonResponse(
      ErrorSchema,
      "the article cannot be read: empty, binary, no text, fetch failed (unreadable_input)",
    ),
  },
});

type Body = z.infer<typeof AnalyzeBody>;

/** What the request asks to analyse, as a source item (bytes + reader options), the way ingest sources give it. */
async function itemOf(body: Body, fetcher: PoliteFetcher): Promise<SourceItem> {
  // What the caller states: it overrides the reader (analyze options) and the stored fields (item meta) alike.
  const caller = {
    ...(body.published ? { published: body.published } : {}),
    ...(body.outlet ? { outlet: body.outlet } : {}),
  } satisfies AnalyzeOptions & ItemMeta;
  if (body.url !== undefined) {
    const res = await fetcher.get(body.url, false);
    if (res.status !== "ok")
      throw new ApiError("unreadable_input", `${body.url}: ${res.status === "error" ? res.reason : "not modified"}`);
    return {
      kind: "item",
      source: API_SOURCE,
      input: body.url,
      bytes: res.bytes,
      analyzeInput: res.bytes,
      options: { ...caller, name: res.url, url: res.url, contentType: res.contentType },
      meta: { ...caller, url: res.url },
      fetchedAt: res.fetchedAt,
    };
  }
  const html = body.html !== undefined;
  const bytes = new TextEncoder().encode(body.html ?? body.text ?? "");
  const input = `${API_SOURCE}:${sha256Hex(bytes).slice(0, 16)}`;
  return {
    kind: "item",
    source: API_SOURCE,
    input,
    bytes,
    analyzeInput: bytes,
    options: { ...caller, name: input, mediaType: html ? "text/html" : "text/plain" },
    meta: caller,
    fetchedAt: new Date().toISOString(),
  };
}

function requireToken(c: Context, deps: ServeDeps, why: string): void {
  if (deps.token === undefined) return;
  const given = bearerToken(c.req.header("Authorization"));
  if (given === undefined || !tokenMatches(given, deps.token))
    throw new ApiError("unauthorized", `${why} needs the API token: send Authorization: Bearer <token>`);
}

async function analyseItem(item: SourceItem, deps: ServeDeps): Promise<Document> {
  let doc: Document;
  try {
    doc = analyze(item.analyzeInput, {
      ...item.options,
      maxBytes: MAX_ARTICLE_BYTES,
      ...(deps.pipeline ? { pipeline: deps.pipeline } : {}),
    });
  } catch (err) {
    if (!isSiftError(err)) throw err;
    throw new ApiError(err.code === "E_TOO_LARGE" ? "too_large" : "unreadable_input", err.toLine());
  }
  return deps.afterPipeline ? deps.afterPipeline(doc) : doc;
}

/**
 * Stores analysed articles one at a time, like ingest's single writer: the decisions (duplicate, version, story)
 * and the write must see the same corpus, so concurrent requests queue here. The decider's story window is loaded
 * at the first write and kept, as in one long ingest run: stories another process founds meanwhile are not joined.
 */
class ArticleWriter {
  private decider: CorpusDecider | undefined;
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: ServeDeps) {}

  store(item: SourceItem, doc: Document): Promise<{ id: number; created: boolean }> {
    const run = this.last.then(() => this.write(item, doc));
    this.last = run.catch(() => undefined);
    return run;
  }

  private async write(item: SourceItem, doc: Document): Promise<{ id: number; created: boolean }> {
    if (bodyText(doc).trim() === "") throw new ApiError("unreadable_input", `${item.input}: no article text found`);
    this.decider ??= new CorpusDecider(this.deps.store);
    const article = await this.decider.decide(prepareArticle(item, doc));
    const res = await this.deps.store.putArticle(article);
    if (res.created) {
      this.decider.committed(res.storyId, article);
      // Each stored article is a batch of one: its story gets ingest's end-of-batch refine and merge passes.
      if (res.storyId !== undefined) await settleStories(this.deps.store, this.decider, new Set([res.storyId]), {});
    }
    return { id: res.id, created: res.created };
  }
}

export function registerAnalyze(app: ApiApp, deps: ServeDeps): void {
  const fetcher = new PoliteFetcher({ ...DEFAULT_FETCH_OPTIONS, ...deps.fetch }, deps.store);
  const writer = new ArticleWriter(deps);
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    if (body.store) requireToken(c, deps, "storing an article (store=true)");
    if (body.url !== undefined) requireToken(c, deps, "fetching a URL");
    const item = await itemOf(body, fetcher);
    const doc = await analyseItem(item, deps);
    const stored = body.store ? await writer.store(item, doc) : undefined;
    const result = { ...toAnalysisJson(doc), ...(stored ? { stored } : {}) };
    return c.json(result as z.infer<typeof AnalyzeResponseSchema>, 200);
  });
}
