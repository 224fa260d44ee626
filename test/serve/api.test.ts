/**
 * The HTTP API end to end: a real server on a free loopback port over a temp SQLite corpus filled by `ingest()`
 * with the fixture articles and the seed article. Every endpoint and its error cases; every JSON body is checked
 * against the response schema the OpenAPI document declares for that route and status.
 */
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { repoRoot } from "../../src/core/paths.js";
import { ingest } from "../../src/corpus/ingest/ingest.js";
import { openSqliteStore } from "../../src/corpus/store/sqlite.js";
import type { CorpusStore } from "../../src/corpus/store/types.js";
import { buildApp } from "../../src/serve/app.js";
import { CONTENT_SECURITY_POLICY } from "../../src/serve/security.js";
import { type RunningServer, startServer } from "../../src/serve/server.js";

const TOKEN = "test-token-7f3a";
const SEED = join(repoRoot, "../shared/seed/000_6878ee9bf43401a2.txt");
const FIXTURES = join(repoRoot, "test/fixtures/articles");
const ARTICLES = readdirSync(FIXTURES)
  .sort()
  .map((d) => join(FIXTURES, d, "article.txt"));
const SECRET = "TOP-SECRET-OUTSIDE-THE-UI";
const DOTFILE_SECRET = "DOTFILE-SECRET-IN-THE-UI";
const UI_MARKER = "Sift test UI";
const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Mayor opens bridge</title>
<meta property="og:site_name" content="Test Gazette"></head><body><article><h1>Mayor opens bridge</h1>
<p class="byline">By Jane Roe</p><p>The mayor of Aberdeen, Jane Smith, opened the new bridge on Monday.</p>
<p>"This bridge joins two halves of our city," Smith said. The bridge cost 12 million pounds.</p>
<script>document.title = "pwned"</script></article></body></html>`;

let dir: string;
let store: CorpusStore;
let server: RunningServer;
let pages: Server;
let pagesUrl: string;
let seedId: number;
let doc: OpenApiDoc;
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
}

before(async () => {
  dir = join(tmpdir(), `sift-serve-${process.pid}-${Date.now()}`);
  const ui = join(dir, "ui");
  mkdirSync(join(ui, "assets"), { recursive: true });
  writeFileSync(
    join(ui, "index.html"),
    `<!doctype html><title>${UI_MARKER}</title><script src="/assets/app.js"></script>`,
  );
  writeFileSync(join(ui, "assets", "app.js"), "console.log('ui');\n");
  writeFileSync(join(ui, ".env"), DOTFILE_SECRET);
  writeFileSync(join(dir, "secret.txt"), SECRET);
  store = openSqliteStore(join(dir, "corpus.db"));
  const summary = await ingest([...ARTICLES, SEED], { store });
  assert.equal(summary.failed, 0, "every fixture article ingests");
  const seed = (await store.listArticles({ limit: 200 })).items.find((a) => a.input === SEED);
  assert.ok(seed, "the seed article is stored");
  seedId = seed.id;
  server = await startServer({ port: 0, store, token: TOKEN, uiDir: ui });
  pages = createServer((req, res) => {
    if (req.url === "/article.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(PAGE_HTML);
    } else {
      res.writeHead(404);
      res.end("not here");
    }
  });
  await new Promise<void>((r) => pages.listen(0, "127.0.0.1", r));
  pagesUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as OpenApiDoc;
  ajv.addSchema(doc, "openapi");
});

after(async () => {
  await server?.close();
  await new Promise<void>((r) => (pages ? pages.close(() => r()) : r()));
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---- helpers ---------------------------------------------------------------------------------------------------

const pointer = (s: string): string => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** Errors of `body` against the schema the document declares for the route and status (the Error schema for a
 * status the route does not declare, such as 413 from the body limit or 404 for an unknown path). */
function responseErrors(template: string, method: string, status: number, body: unknown): string[] {
  const declared = doc.paths[template]?.[method]?.responses[String(status)]?.content?.["application/json"];
  const ref = declared
    ? `openapi#/paths/${pointer(template)}/${method}/responses/${status}/content/application~1json/schema`
    : "openapi#/components/schemas/Error";
  if (!declared) assert.ok(status >= 400, `${method} ${template} declares no ${status} response`);
  const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

interface Call {
  readonly method?: "get" | "post";
  /** The route as the OpenAPI document names it, for schema lookup. */
  readonly template: string;
  readonly path: string;
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly token?: string;
  /** Overrides the JSON content type sent with a body; "" sends none. */
  readonly contentType?: string;
}

interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly json: unknown;
}

const called = new Set<string>();

/** One request; checks the security headers and the body against the OpenAPI document. */
async function call(c: Call, expectStatus: number, expectCode?: string): Promise<Reply> {
  const method = c.method ?? "get";
  called.add(`${method} ${c.template} ${expectStatus}`);
  const headers: Record<string, string> = {};
  const contentType = c.contentType ?? "application/json";
  if ((c.body !== undefined || c.rawBody !== undefined) && contentType !== "") headers["content-type"] = contentType;
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  const res = await fetch(`${server.url}${c.path}`, {
    method: method.toUpperCase(),
    headers,
    body: c.rawBody ?? (c.body === undefined ? undefined : JSON.stringify(c.body)),
  });
  const text = await res.text();
  const label = `${method.toUpperCase()} ${c.path}`;
  assert.equal(res.status, expectStatus, `${label} → ${res.status}: ${text.slice(0, 300)}`);
  assert.match(res.headers.get("content-type") ?? "", /^application\/json/, `${label} is JSON`);
  assert.equal(res.headers.get("content-security-policy"), CONTENT_SECURITY_POLICY, `${label} CSP`);
  assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  assert.equal(res.headers.get("referrer-policy"), "no-referrer");
  const json = JSON.parse(text) as unknown;
  assert.deepEqual(responseErrors(c.template, method, res.status, json), [], `${label} matches the OpenAPI document`);
  if (expectCode) assert.equal((json as { error: { code: string } }).error.code, expectCode, label);
  return { status: res.status, headers: res.headers, json };
}

/** A request exactly as written: no URL normalisation of "..", "%2e%2e" or backslashes by the client. */
function rawGet(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; csp?: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    // A fresh connection per raw request: a pooled keep-alive socket the server has just closed would hang up.
    const req = request({ host: hostname, port, path, method: "GET", headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          csp: String(res.headers["content-security-policy"]),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

// ---- analyze (first: it adds a second outlet's version of the seed story, used by the story tests) ---------------

const ANALYZE = { method: "post", template: "/api/analyze", path: "/api/analyze" } as const;
const seedText = (): string => readFileSync(SEED, "utf8");

test("POST /api/analyze: text gives the analysis JSON, without `stored`", async () => {
  const r = await call({ ...ANALYZE, body: { text: seedText(), published: "2017-12-12" } }, 200);
  const a = r.json as { text: string; entities: { name: string }[]; quotes: unknown[]; claims: unknown[] };
  assert.ok(a.entities.some((e) => e.name === "Putin"));
  assert.ok(a.quotes.length > 0 && a.claims.length > 0);
  assert.equal((r.json as { stored?: unknown }).stored, undefined);
});

test("POST /api/analyze: html is read as a page; its script is dropped and the answer stays JSON", async () => {
  const r = await call({ ...ANALYZE, body: { html: PAGE_HTML, outlet: "Test Gazette" } }, 200);
  const a = r.json as { text: string; metadata: { headline?: string; outlet?: { name: string } } };
  assert.equal(a.metadata.headline, "Mayor opens bridge");
  assert.equal(a.metadata.outlet?.name, "Test Gazette");
  assert.doesNotMatch(a.text, /pwned|<script/);
});

test("POST /api/analyze: store=true needs the token, stores once, and a second outlet joins the seed's story", async () => {
  const variant = `${seedText()}\n\nThis report was republished with permission.`;
  const body = { text: variant, outlet: "Second Outlet", published: "2017-12-13", store: true };
  await call({ ...ANALYZE, body }, 401, "unauthorized");
  await call({ ...ANALYZE, body, token: "wrong-token" }, 401, "unauthorized");
  const first = await call({ ...ANALYZE, body, token: TOKEN }, 200);
  const stored = (first.json as { stored: { id: number; created: boolean } }).stored;
  assert.equal(stored.created, true);
  const again = await call({ ...ANALYZE, body, token: TOKEN }, 200);
  assert.deepEqual((again.json as { stored: unknown }).stored, { id: stored.id, created: false });
  const article = await store.articleSummary(stored.id);
  const seed = await store.articleSummary(seedId);
  assert.equal(article?.outlet, "Second Outlet");
  assert.equal(article?.storyId, seed?.storyId, "the variant joins the seed's story");
});

test("POST /api/analyze: a URL is fetched (token required when configured); a failed fetch is 422", async () => {
  await call({ ...ANALYZE, body: { url: `${pagesUrl}/article.html` } }, 401, "unauthorized");
  const r = await call({ ...ANALYZE, body: { url: `${pagesUrl}/article.html` }, token: TOKEN }, 200);
  const a = r.json as { metadata: { headline?: string; url?: string }; entities: { name: string }[] };
  assert.equal(a.metadata.headline, "Mayor opens bridge");
  assert.equal(a.metadata.url, `${pagesUrl}/article.html`);
  await call({ ...ANALYZE, body: { url: `${pagesUrl}/missing.html` }, token: TOKEN }, 422, "unreadable_input");
});

test("POST /api/analyze: invalid requests are 400, unreadable articles 422, bodies over 10 MB 413", async () => {
  const bad: readonly [string, Call][] = [
    ["no input", { ...ANALYZE, body: {} }],
    ["two inputs", { ...ANALYZE, body: { text: "a", html: "<p>a</p>" } }],
    ["text not a string", { ...ANALYZE, body: { text: 5 } }],
    ["store not a boolean", { ...ANALYZE, body: { text: "a", store: "yes" } }],
    ["published not a date", { ...ANALYZE, body: { text: "a", published: "last Tuesday" } }],
    ["url not http(s)", { ...ANALYZE, body: { url: "file:///etc/passwd" } }],
    ["malformed JSON", { ...ANALYZE, rawBody: "{text:" }],
    ["JSON not an object", { ...ANALYZE, rawBody: "[1,2]" }],
    ["no content type", { ...ANALYZE, body: { text: "a" }, contentType: "" }],
    ["not JSON", { ...ANALYZE, rawBody: "text=a", contentType: "application/x-www-form-urlencoded" }],
  ];
  for (const [, c] of bad) await call(c, 400, "bad_request");
  for (const text of ["", "   \n  ", "\u0000\u0001\u0002\u0003binary\u0000\u0000\u0000\u0000"])
    await call({ ...ANALYZE, body: { text } }, 422, "unreadable_input");
  await call({ ...ANALYZE, rawBody: JSON.stringify({ text: "x".repeat(11 * 1024 * 1024) }) }, 413, "too_large");
});

test("POST /api/analyze: a chunked body (no Content-Length) over 10 MB is cut off with 413 too", async () => {
  const { hostname, port } = new URL(server.url);
  const chunk = "x".repeat(1024 * 1024);
  const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: hostname, port, path: "/api/analyze", method: "POST", headers: { "content-type": "application/json" } },
      (res) => {
        let body = "";
        res.on("data", (d: Buffer) => {
          body += d.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // The server may answer and close before the whole body is sent.
    req.on("error", (err) => ((err as NodeJS.ErrnoException).code === "EPIPE" ? undefined : reject(err)));
    req.write('{"text":"');
    for (let i = 0; i < 11; i++) req.write(chunk);
    req.end('"}');
  });
  assert.equal(reply.status, 413);
  assert.equal((JSON.parse(reply.body) as { error: { code: string } }).error.code, "too_large");
});

// ---- health, documents -------------------------------------------------------------------------------------------

test("GET /api/health: version, store kind and counts", async () => {
  const r = await call({ template: "/api/health", path: "/api/health" }, 200);
  const h = r.json as { ok: boolean; store: string; counts: { articles: number; stories: number } };
  assert.equal(h.store, "sqlite");
  assert.ok(h.counts.articles >= ARTICLES.length + 2, "fixtures, seed and the stored variant");
});

test("GET /api/documents: pages and filters; bad parameters are 400", async () => {
  const t = "/api/documents";
  const all = (await call({ template: t, path: `${t}?limit=200` }, 200)).json as {
    total: number;
    items: { id: number; outlet?: string }[];
  };
  assert.equal(all.items.length, all.total);
  const page = (await call({ template: t, path: `${t}?limit=2&offset=1` }, 200)).json as typeof all;
  assert.deepEqual(
    page.items.map((i) => i.id),
    all.items.slice(1, 3).map((i) => i.id),
  );
  const fort = (await call({ template: t, path: `${t}?outlet=${encodeURIComponent("Fort Russ News")}` }, 200))
    .json as typeof all;
  assert.ok(fort.total >= 1 && fort.items.every((i) => i.outlet === "Fort Russ News"));
  const dated = (await call({ template: t, path: `${t}?from=2017-01-01&to=2017-12-31` }, 200)).json as typeof all;
  assert.ok(dated.items.some((i) => i.id === seedId));
  for (const q of ["limit=0", "limit=201", "offset=-1", "limit=ten", "from=yesterday", "story=0", "story=x"])
    await call({ template: t, path: `${t}?${q}` }, 400, "bad_request");
});

test("GET /api/documents/{id}: the summary, provenance and analysis; ids are strict integers", async () => {
  const t = "/api/documents/{id}";
  const r = await call({ template: t, path: `/api/documents/${seedId}` }, 200);
  const d = r.json as Record<string, unknown> & {
    provenance: { input: string }[];
    analysis: { text: string; quotes: unknown[] };
  };
  assert.equal(d.id, seedId);
  assert.equal(d.mediaType, "text/plain");
  assert.equal(d.provenance[0]?.input, SEED);
  assert.ok(d.analysis.text.includes("Gerasimov") && d.analysis.quotes.length > 0);
  assert.equal(d.bytes, undefined, "no raw bytes in the JSON");
  for (const id of ["abc", "0", "01", "-1", "1.5", "1e3", "12345678901234567", "1%20OR%201=1"])
    await call({ template: t, path: `/api/documents/${id}` }, 400, "bad_request");
  await call({ template: t, path: "/api/documents/99999" }, 404, "not_found");
});

test("GET /api/documents/{id}/original: the original bytes as a sandboxed attachment", async () => {
  const res = await fetch(`${server.url}/api/documents/${seedId}/original`);
  called.add("get /api/documents/{id}/original 200");
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "application/octet-stream");
  assert.match(res.headers.get("content-disposition") ?? "", /^attachment; filename="sift-\d+\.txt"$/);
  assert.match(res.headers.get("content-security-policy") ?? "", /^sandbox\b/);
  assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), readFileSync(SEED));
  const t = "/api/documents/{id}/original";
  await call({ template: t, path: "/api/documents/x/original" }, 400, "bad_request");
  await call({ template: t, path: "/api/documents/99999/original" }, 404, "not_found");
});

// ---- search ------------------------------------------------------------------------------------------------------

test("GET /api/search: ranked hits, snippets and facets, with filters and layers", async () => {
  const t = "/api/search";
  type Result = { total: number; hits: { articleId: number; layer: string; snippet: string }[]; facets: object };
  const r = (await call({ template: t, path: `${t}?q=Gerasimov` }, 200)).json as Result;
  assert.ok(r.hits.some((h) => h.articleId === seedId && h.snippet.includes("«")));
  const none = (await call({ template: t, path: `${t}?q=Gerasimov&outlet=Nobody` }, 200)).json as Result;
  assert.equal(none.total, 0);
  const quotes = (await call({ template: t, path: `${t}?q=Syria&layer=quotes` }, 200)).json as Result;
  assert.ok(quotes.hits.length > 0 && quotes.hits.every((h) => h.layer === "quotes"));
});

test("GET /api/search: a missing or empty q is bad_request, malformed FTS syntax bad_query (never a 500)", async () => {
  const t = "/api/search";
  for (const q of ["", "q=", "q=x&layer=bogus", "q=x&limit=500", "q=x&from=2017"])
    await call({ template: t, path: `${t}?${q}` }, 400, "bad_request");
  for (const q of ['"unbalanced', "AND OR", "NEAR(", "a:b", "*", "(((x"])
    await call({ template: t, path: `${t}?q=${encodeURIComponent(q)}` }, 400, "bad_query");
});

test("GET /api/quotes and /api/claims: the search with the layer fixed", async () => {
  for (const layer of ["quotes", "claims"]) {
    const t = `/api/${layer}`;
    const r = (await call({ template: t, path: `${t}?q=Syria` }, 200)).json as { hits: { layer: string }[] };
    assert.ok(r.hits.length > 0 && r.hits.every((h) => h.layer === layer), layer);
    await call({ template: t, path: t }, 400, "bad_request");
    await call({ template: t, path: `${t}?q=${encodeURIComponent('"open')}` }, 400, "bad_query");
  }
});

// ---- stories -----------------------------------------------------------------------------------------------------

async function seedStoryId(): Promise<number> {
  const id = (await store.articleSummary(seedId))?.storyId;
  assert.ok(id !== undefined);
  return id;
}

test("GET /api/stories: largest first, paged, minSize", async () => {
  const t = "/api/stories";
  type List = { items: { id: number; size: number }[] };
  const all = (await call({ template: t, path: `${t}?limit=200` }, 200)).json as List;
  assert.ok(all.items.length >= ARTICLES.length);
  const big = (await call({ template: t, path: `${t}?minSize=2` }, 200)).json as List;
  assert.ok(big.items.every((s) => s.size >= 2));
  assert.ok(big.items.map((s) => s.id).includes(await seedStoryId()));
  const page = (await call({ template: t, path: `${t}?limit=2&offset=1` }, 200)).json as List;
  assert.deepEqual(page.items, all.items.slice(1, 3));
  for (const q of ["minSize=0", "limit=0", "offset=x"])
    await call({ template: t, path: `${t}?${q}` }, 400, "bad_request");
});

test("GET /api/stories/{id} and /compare: members and outlets side by side", async () => {
  const id = await seedStoryId();
  const s = (await call({ template: "/api/stories/{id}", path: `/api/stories/${id}` }, 200)).json as {
    members: { id: number; outlet: string | null }[];
  };
  assert.ok(s.members.some((m) => m.id === seedId));
  const cmp = (await call({ template: "/api/stories/{id}/compare", path: `/api/stories/${id}/compare` }, 200)).json as {
    outlets: { outlet: string; speakers: { name: string }[] }[];
  };
  assert.deepEqual(cmp.outlets.map((o) => o.outlet).sort(), ["Fort Russ News", "Second Outlet"]);
  assert.ok(cmp.outlets.every((o) => o.speakers.some((x) => x.name === "Gerasimov")));
  for (const t of ["/api/stories/{id}", "/api/stories/{id}/compare"]) {
    await call({ template: t, path: t.replace("{id}", "abc") }, 400, "bad_request");
    await call({ template: t, path: t.replace("{id}", "99999") }, 404, "not_found");
  }
});

// ---- entities, network, timeline, places --------------------------------------------------------------------------

test("GET /api/entities/{name}: the report; a name the corpus never uses is 404, never a path", async () => {
  const t = "/api/entities/{name}";
  // A limit above the seed's ~40 entities: co-occurring names that share a count are listed alphabetically.
  const r = (await call({ template: t, path: "/api/entities/Gerasimov?limit=100" }, 200)).json as {
    articles: { id: number }[];
    cooccurring: { value: string }[];
  };
  assert.ok(r.articles.some((a) => a.id === seedId));
  assert.ok(r.cooccurring.some((c) => c.value === "Putin"));
  for (const name of ["Nobody%20Atall", "etc%2Fpasswd", "package.json"])
    await call({ template: t, path: `/api/entities/${name}` }, 404, "not_found");
  await call({ template: t, path: "/api/entities/Putin?limit=0" }, 400, "bad_request");
});

test("GET /api/network: nodes and weighted edges; bad parameters are 400", async () => {
  const t = "/api/network";
  const r = (await call({ template: t, path: `${t}?minCount=1&limit=30` }, 200)).json as {
    nodes: { name: string }[];
    edges: { source: string; target: string }[];
  };
  assert.ok(r.nodes.length > 0 && r.nodes.length <= 30 && r.edges.length > 0);
  const names = new Set(r.nodes.map((n) => n.name));
  assert.ok(r.edges.every((e) => names.has(e.source) && names.has(e.target)));
  for (const q of ["limit=0", "minCount=0", "limit=1000"])
    await call({ template: t, path: `${t}?${q}` }, 400, "bad_request");
});

test("GET /api/timeline: buckets by year or day, optionally for a query; bad syntax is bad_query", async () => {
  const t = "/api/timeline";
  type Buckets = { buckets: { period: string; count: number }[] };
  const years = (await call({ template: t, path: `${t}?by=year` }, 200)).json as Buckets;
  assert.ok(years.buckets.some((b) => b.period === "2017" && b.count >= 1));
  const days = (await call({ template: t, path: `${t}?by=day&q=Gerasimov` }, 200)).json as Buckets;
  assert.ok(days.buckets.length >= 1 && days.buckets.every((b) => /^\d{4}-\d{2}-\d{2}$/.test(b.period)));
  await call({ template: t, path: `${t}?by=week` }, 400, "bad_request");
  await call({ template: t, path: `${t}?q=${encodeURIComponent('"x')}` }, 400, "bad_query");
});

test("GET /api/places.geojson: Point features with [lon, lat] and counts", async () => {
  const t = "/api/places.geojson";
  const r = (await call({ template: t, path: `${t}?limit=5` }, 200)).json as {
    features: { geometry: { coordinates: [number, number] }; properties: { name: string; count: number } }[];
  };
  assert.ok(r.features.length > 0 && r.features.length <= 5);
  const syria = (await call({ template: t, path: `${t}?limit=2000` }, 200)).json as typeof r;
  const s = syria.features.find((f) => f.properties.name === "Syria");
  assert.ok(s, "Syria is on the map");
  const [lon, lat] = s.geometry.coordinates;
  assert.ok(lon > 35 && lon < 43 && lat > 32 && lat < 38, `Syria at ${lon},${lat}`);
  for (const q of ["limit=0", "limit=x", "to=12-12-2017"])
    await call({ template: t, path: `${t}?${q}` }, 400, "bad_request");
});

// ---- unknown paths, static UI, traversal ------------------------------------------------------------------------

test("unknown /api paths and methods are 404 JSON", async () => {
  for (const path of ["/api/nope", "/api", "/api/documents/1/2/3"])
    await call({ template: path, path }, 404, "not_found");
  await call({ method: "post", template: "/api/documents", path: "/api/documents", body: {} }, 404, "not_found");
});

test("the UI is served from its folder with the CSP; unknown paths get index.html, dotfiles never", async () => {
  for (const [path, type, marker] of [
    ["/", /^text\/html/, UI_MARKER],
    ["/assets/app.js", /^text\/javascript/, "console.log"],
    ["/story/3/deep/route", /^text\/html/, UI_MARKER],
    ["/.env", /^text\/html/, UI_MARKER],
  ] as const) {
    const res = await fetch(`${server.url}${path}`);
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get("content-type") ?? "", type, path);
    assert.equal(res.headers.get("content-security-policy"), CONTENT_SECURITY_POLICY, path);
    const body = await res.text();
    assert.ok(body.includes(marker) && !body.includes(DOTFILE_SECRET), path);
  }
});

test("traversal is refused in raw, encoded and double-encoded forms", async () => {
  const attempts = [
    "/../secret.txt",
    "/..%2fsecret.txt",
    "/..%2f..%2fetc/passwd",
    "/%2e%2e/secret.txt",
    "/%2e%2e/package.json",
    "/%2E%2E%2Fsecret.txt",
    "/..%252fsecret.txt",
    "/assets/..%2f..%2fsecret.txt",
    "/..\\secret.txt",
    "/%2e%2e%5csecret.txt",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/api/documents/..%2f1",
    "/api/entities/..%2f..%2fsecret.txt",
    "/%c0%ae%c0%ae/secret.txt",
  ];
  for (const path of attempts) {
    const r = await rawGet(path);
    assert.equal(r.status, 400, `${path} → ${r.status}`);
    assert.equal(r.csp, CONTENT_SECURITY_POLICY, path);
    assert.ok(!r.body.includes(SECRET) && !r.body.includes('"name": "sift"'), path);
    assert.equal((JSON.parse(r.body) as { error: { code: string } }).error.code, "bad_request", path);
  }
});

test("a loopback server answers only requests naming a loopback host (no DNS rebinding)", async () => {
  const port = new URL(server.url).port;
  for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, "localhost"]) {
    const r = await rawGet("/api/health", { Host: host });
    assert.equal(r.status, 200, host);
  }
  for (const host of [`evil.example:${port}`, "evil.example", `127.0.0.1.evil.example:${port}`, "0.0.0.0"]) {
    const r = await rawGet("/api/health", { Host: host });
    assert.equal(r.status, 400, host);
    assert.equal(r.csp, CONTENT_SECURITY_POLICY, host);
    assert.match((JSON.parse(r.body) as { error: { message: string } }).error.message, /unexpected Host header/);
  }
});

// ---- the OpenAPI document ----------------------------------------------------------------------------------------

test("/openapi.json is OpenAPI 3.1 and lists every route the app registers, and only those", async () => {
  assert.equal(doc.openapi, "3.1.0");
  const app = buildApp({ store, storeKind: "sqlite", uiDir: dir, version: "test" });
  const registered = new Set(
    app.routes
      .filter((r) => r.method !== "ALL" && !r.path.endsWith("*"))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, "{$1}")}`),
  );
  const documented = new Set(
    Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)),
  );
  assert.deepEqual([...registered].sort(), [...documented].sort());
  const docs = (await call({ template: "/openapi.json", path: "/openapi.json" }, 200)).json as OpenApiDoc;
  assert.deepEqual(docs, doc);
});

test("the response check can fail: bodies that break the declared schemas are caught", () => {
  assert.notDeepEqual(responseErrors("/api/health", "get", 200, { ok: false }), []);
  assert.notDeepEqual(responseErrors("/api/search", "get", 400, { error: { code: "oops", message: "x" } }), []);
  // The analysis inside a document is checked against schema/analysis.schema.json (the Analysis component).
  const summary = { id: 1, contentHash: "h", textHash: "t", docId: "d", authors: [], ingestedAt: "now", input: "i" };
  const document = { ...summary, mediaType: "text/plain", provenance: [] };
  assert.notDeepEqual(responseErrors("/api/documents/{id}", "get", 200, { ...document, analysis: { text: 1 } }), []);
  assert.notDeepEqual(responseErrors("/api/analyze", "post", 200, { stored: { id: 1, created: true } }), []);
});

test("every documented operation was called, and every one with parameters or a body also with a 4xx", () => {
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      assert.ok(called.has(`${method} ${path} 200`), `${method} ${path} 200 tested`);
      const errors = Object.keys(op.responses).filter((s) => s.startsWith("4"));
      for (const status of errors)
        assert.ok(called.has(`${method} ${path} ${status}`), `${method} ${path} ${status} tested`);
    }
  }
});
