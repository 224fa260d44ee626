/** Fact-check import into a corpus database and matching against an article's claims, through the built CLI. */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { repoRoot } from "../src/core/paths.js";
import { MATCHING_ENCODER_NAME, SENTENCE_VECTOR_DIMENSIONS } from "../src/factcheck/sentence-encoder.js";
import { runSift } from "./helpers.js";

const reviews = join(repoRoot, "test/fixtures/factchecks/claimreview.jsonld");
const article = join(repoRoot, "test/fixtures/articles/op-ed/article.txt");

describe("sift factchecks", () => {
  const db = join(mkdtempSync(join(tmpdir(), "sift-fc-")), "corpus.db");

  it("imports ClaimReview JSON-LD, skipping nodes that are not reviews, and is idempotent", () => {
    const first = runSift(["factchecks", "import", reviews, "--db", db]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /2 fact-checks imported, 0 already known/);
    assert.match(first.stderr, /2 fact-checks encoded for matching by meaning/);
    const again = runSift(["factchecks", "import", reviews, "--db", db]);
    assert.match(again.stderr, /0 fact-checks imported, 2 already known/);
    assert.doesNotMatch(again.stderr, /encoded/, "vectors are stored once");
    const raw = new Database(db, { readonly: true });
    const stored = raw.prepare("SELECT vector_model, length(vector) AS bytes FROM factchecks").all();
    raw.close();
    assert.deepEqual(stored, [
      { vector_model: MATCHING_ENCODER_NAME, bytes: SENTENCE_VECTOR_DIMENSIONS * 4 },
      { vector_model: MATCHING_ENCODER_NAME, bytes: SENTENCE_VECTOR_DIMENSIONS * 4 },
    ]);
    const list = JSON.parse(runSift(["factchecks", "list", "--db", db, "--format", "json"]).stdout);
    assert.equal(list.length, 2);
    assert.equal(list[0].rating, "Mostly true");
    assert.equal(list[0].claimant, "Danielle Okafor");
  });

  it("shows the matching fact-check on the claim it checks, and no unrelated one", () => {
    const r = runSift(["analyze", article, "--db", db, "--format", "json"]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const matched = out.claims.filter((c: { factchecks?: unknown[] }) => c.factchecks);
    assert.ok(matched.length >= 1);
    const claim = matched[0];
    assert.match(out.text.slice(claim.start, claim.end), /\$4\.2 million on consultants/);
    assert.equal(claim.factchecks[0].url, "https://factcheck.example/riverside-library-consultants");
    assert.equal(claim.factchecks[0].rating, "Mostly true");
    const all = matched.flatMap((c: { factchecks: { url: string }[] }) => c.factchecks.map((f) => f.url));
    assert.ok(!all.includes("https://factcheck.example/vaccines-autism"));
  });

  it("exports ClaimReview JSON-LD that imports back", () => {
    const r = runSift(["export", "--format", "claimreview", "--db", db]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, runSift(["factchecks", "export", "--db", db]).stdout);
    const dir = mkdtempSync(join(tmpdir(), "sift-fc2-"));
    const file = join(dir, "out.jsonld");
    writeFileSync(file, r.stdout);
    const back = runSift(["factchecks", "import", file, "--db", join(dir, "b.db")]);
    assert.match(back.stderr, /2 fact-checks imported/);
  });

  it("reports a file with no reviews as an error naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "sift-fc3-"));
    const file = join(dir, "empty.json");
    writeFileSync(file, '{"@type": "WebPage"}');
    const r = runSift(["factchecks", "import", file, "--db", join(dir, "c.db")]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /empty\.json: no ClaimReview/);
  });
});
