/** `sift serve` on a corpus with imported fact-checks: POST /api/analyze shows the matches on the claims. */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { repoRoot } from "../../src/core/paths.js";
import { parseClaimReview } from "../../src/factcheck/index.js";
import { MATCHING_ENCODER_NAME } from "../../src/factcheck/sentence-encoder.js";
import { openFactCheckStore } from "../../src/factcheck/store.js";
import { type RunningServer, startServer } from "../../src/serve/server.js";

const dir = mkdtempSync(join(tmpdir(), "sift-serve-fc-"));
const db = join(dir, "corpus.db");
const article = readFileSync(join(repoRoot, "test/fixtures/articles/op-ed/article.txt"), "utf8");
let server: RunningServer;

before(async () => {
  const store = openFactCheckStore(db);
  const reviews = JSON.parse(readFileSync(join(repoRoot, "test/fixtures/factchecks/claimreview.jsonld"), "utf8"));
  store.add(parseClaimReview(reviews));
  store.close();
  server = await startServer({ port: 0, db });
});

after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test("the server encodes stored fact-checks at start-up and matches an analysed article's claims against them", async () => {
  const store = openFactCheckStore(db);
  const encoded = store.all(MATCHING_ENCODER_NAME).filter((f) => f.vector !== undefined).length;
  store.close();
  assert.equal(encoded, 2, "vectors stored once, at start-up");
  const r = await fetch(`${server.url}/api/analyze`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: article }),
  });
  assert.equal(r.status, 200);
  const a = (await r.json()) as {
    text: string;
    claims: { start: number; end: number; factchecks?: { url: string; rating: string }[] }[];
  };
  const matched = a.claims.filter((c) => c.factchecks && c.factchecks.length > 0);
  assert.ok(matched.length >= 1, "a claim is matched");
  const urls = matched.flatMap((c) => (c.factchecks ?? []).map((f) => f.url));
  assert.ok(urls.includes("https://factcheck.example/riverside-library-consultants"));
  assert.ok(!urls.includes("https://factcheck.example/vaccines-autism"), "no unrelated fact-check");
});
