/**
 * Golden fixtures for the HTML extractor: one folder per page under test/fixtures/html/<slug>/ with page.html and
 * expected.json (body start/end, strings the body must not hold, headline, authors, date, boilerplate kinds, …).
 * Every fixture also checks the span invariants of the extraction.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { repoRoot } from "../src/core/paths.js";
import { extractHtml } from "../src/read/html/index.js";

interface Expected {
  url?: string;
  contentType?: string;
  headline?: string;
  authors?: string[];
  published?: string;
  bodyStartsWith: string;
  bodyEndsWith: string;
  bodyIncludes?: string[];
  bodyExcludes?: string[];
  textIncludes?: string[];
  boilerplate?: string[];
  blockKinds?: string[];
  encoding?: string;
  encodingSource?: string;
  diagnostics?: string[];
}

const dir = join(repoRoot, "test/fixtures/html");
const slugs = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

test("there are at least 15 fixture pages", () => {
  assert.ok(slugs.length >= 15, `only ${slugs.length} fixtures`);
});

for (const slug of slugs) {
  test(`fixture ${slug}`, () => {
    const exp = JSON.parse(readFileSync(join(dir, slug, "expected.json"), "utf8")) as Expected;
    const r = extractHtml(new Uint8Array(readFileSync(join(dir, slug, "page.html"))), {
      url: exp.url,
      contentType: exp.contentType,
    });
    const body = r.text.slice(r.body.start, r.body.end);
    assert.ok(body.startsWith(exp.bodyStartsWith), `body starts with ${JSON.stringify(body.slice(0, 80))}`);
    assert.ok(body.endsWith(exp.bodyEndsWith), `body ends with ${JSON.stringify(body.slice(-80))}`);
    for (const s of exp.bodyIncludes ?? []) assert.ok(body.includes(s), `body lacks ${JSON.stringify(s)}`);
    for (const s of exp.bodyExcludes ?? []) assert.ok(!body.includes(s), `body holds ${JSON.stringify(s)}`);
    for (const s of exp.textIncludes ?? []) assert.ok(r.text.includes(s), `text lacks ${JSON.stringify(s)}`);
    if (exp.headline !== undefined) assert.equal(r.metadata.headline?.value, exp.headline);
    if (exp.authors !== undefined) assert.deepEqual(r.metadata.authors?.value.map((a) => a.name) ?? [], exp.authors);
    if (exp.published !== undefined)
      assert.ok(r.metadata.published?.value.startsWith(exp.published), `published ${r.metadata.published?.value}`);
    const kinds = new Set(r.boilerplate.map((b) => b.kind));
    for (const k of exp.boilerplate ?? [])
      assert.ok(kinds.has(k as never), `no ${k} boilerplate; found ${[...kinds].join(", ")}`);
    const blockKinds = new Set(r.blocks.map((b) => b.kind));
    for (const k of exp.blockKinds ?? [])
      assert.ok(blockKinds.has(k as never), `no ${k} block; found ${[...blockKinds].join(", ")}`);
    if (exp.encoding !== undefined) assert.equal(r.encoding, exp.encoding);
    if (exp.encodingSource !== undefined) assert.equal(r.encodingSource, exp.encodingSource);
    const codes = new Set(r.diagnostics.map((d) => d.code));
    for (const c of exp.diagnostics ?? [])
      assert.ok(codes.has(c), `no ${c} diagnostic; found ${[...codes].join(", ")}`);

    // Invariants: spans inside the text, furniture never inside the body, a source offset for every unit.
    assert.equal(r.sourceMap.length, r.text.length);
    for (const s of [...r.blocks, ...r.boilerplate, r.body])
      assert.ok(0 <= s.start && s.start <= s.end && s.end <= r.text.length);
    for (const b of r.boilerplate)
      assert.ok(b.end <= r.body.start || b.start >= r.body.end, `boilerplate ${b.rule} inside the body`);
  });
}
