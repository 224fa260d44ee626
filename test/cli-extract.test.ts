/** `sift extract` in its three formats, on one of the HTML fixtures, through the built CLI. */
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repoRoot } from "../src/core/paths.js";
import { runSift } from "./helpers.js";

const page = join(repoRoot, "test/fixtures/html/wordpress/page.html");

describe("sift extract", () => {
  it("prints the body as text, without the page furniture", () => {
    const r = runSift(["extract", page, "--format", "text"]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^When Petra Lindqvist took over the bakery/);
    assert.doesNotMatch(r.stdout, /Leave a Reply|Share this/);
  });

  it("prints Markdown with the headline as a heading", () => {
    const r = runSift(["extract", page, "--format", "markdown"]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^# Why the village bakery switched to sourdough\n/);
  });

  it("prints JSON with metadata provenance, boilerplate kinds and, on request, a source map", () => {
    const r = runSift(["extract", page, "--format", "json", "--source-map"]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.metadata.headline.value, "Why the village bakery switched to sourdough");
    assert.ok(out.metadata.headline.provenance.source);
    const kinds = new Set(out.boilerplate.map((b: { kind: string }) => b.kind));
    assert.ok(kinds.has("share") && kinds.has("comments"), [...kinds].join(", "));
    assert.equal(out.sourceMap.length, out.text.length);
    // A body character maps back to the same character in the page.
    const i = out.body.start;
    assert.ok(out.sourceMap[i] >= 0);
  });

  it("names a missing page and exits 1", () => {
    const r = runSift(["extract", join(repoRoot, "nope.html"), "--format", "text"]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /nope\.html: no such file/);
  });
});
