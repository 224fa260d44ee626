/**
 * Hostile input for the HTML extractor: each case must end with a clear error or a bounded, sane result — never a
 * hang, a stack overflow or an unbounded allocation.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { extractHtml, InputTooLargeError, readMaybeGzip } from "../src/read/html/index.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const PARAGRAPH =
  "<p>The committee met on Tuesday and agreed, after a long debate, to publish its findings next month.</p>\n";

test("100k levels of nested <div> are flattened past the depth cap", () => {
  const n = 100_000;
  const html = `<html><body>${"<div>".repeat(n)}<p>Deep inside the nest, a paragraph that is long enough to be read as an article body.</p>${"</div>".repeat(n)}</body></html>`;
  const r = extractHtml(enc(html));
  assert.ok(r.diagnostics.some((d) => d.code === "dom-depth-capped"));
  assert.ok(r.text.includes("Deep inside the nest"));
});

test("100k unclosed inline tags do not blow the stack", () => {
  const r = extractHtml(enc(`<body>${"<b><i>".repeat(50_000)}${PARAGRAPH.repeat(3)}</body>`));
  assert.ok(r.text.includes("The committee met"));
});

test("a page of about 10 MB is read; one over the cap is refused with a clear error", () => {
  const big = `<html><body><article>${PARAGRAPH.repeat(Math.floor((10 * 1024 * 1024 - 200) / PARAGRAPH.length))}</article></body></html>`;
  const r = extractHtml(enc(big));
  assert.ok(r.body.end - r.body.start > 9_000_000);
  assert.throws(() => extractHtml(enc(big + " ".repeat(1024))), InputTooLargeError);
  assert.throws(() => extractHtml(enc(PARAGRAPH.repeat(100)), { maxBytes: 1000 }), /larger than the 1000-byte limit/);
});

test("binary garbage gives a diagnostic, not a crash", () => {
  let seed = 12345;
  const bytes = new Uint8Array(200_000).map(() => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed & 0xff;
  });
  const r = extractHtml(bytes);
  assert.ok(r.diagnostics.some((d) => d.code === "not-html"));
  assert.equal(r.sourceMap.length, r.text.length);
});

test("an empty file gives an empty extraction and a diagnostic", () => {
  const r = extractHtml(new Uint8Array(0));
  assert.equal(r.text, "");
  assert.deepEqual(r.body, { start: 0, end: 0 });
  assert.ok(r.diagnostics.some((d) => d.code === "empty-input"));
});

test("markup made only of '<' and stray close tags is bounded", () => {
  const r = extractHtml(enc(`${"<".repeat(500_000)}${"</div></p></span>".repeat(50_000)}`));
  assert.equal(r.sourceMap.length, r.text.length);
});

test("deeply nested JSON-LD is ignored past its depth cap", () => {
  const deep = `${"[".repeat(50_000)}${"]".repeat(50_000)}`;
  const r = extractHtml(
    enc(`<script type="application/ld+json">${deep}</script><article>${PARAGRAPH.repeat(3)}</article>`),
  );
  assert.ok(r.text.includes("The committee met"));
});

test("gzip input is inflated with a cap; a gzip bomb is refused", () => {
  const page = `<html><body><article>${PARAGRAPH.repeat(5)}</article></body></html>`;
  const r = extractHtml(new Uint8Array(gzipSync(page)));
  assert.ok(r.text.includes("The committee met"));
  const bomb = new Uint8Array(gzipSync(Buffer.alloc(50 * 1024 * 1024)));
  assert.ok(bomb.length < 100_000);
  assert.throws(() => readMaybeGzip(bomb, 10 * 1024 * 1024), InputTooLargeError);
  assert.throws(() => extractHtml(bomb), InputTooLargeError);
});

test("100k sibling teaser-like paragraphs stay linear", () => {
  const item = '<p><a href="/x">A linked headline of some length</a> and a summary sentence that follows it here.</p>';
  const r = extractHtml(enc(`<div>${item.repeat(100_000)}</div>`));
  assert.equal(r.sourceMap.length, r.text.length);
});
