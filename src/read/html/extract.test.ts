import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeHtml } from "./encoding.js";
import { extractHtml } from "./extract.js";

const PAGE = `<!doctype html><html><head><title>Rain stops play | Daily Example</title>
<meta property="article:published_time" content="2021-07-04T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Rain stops play</h1><p class="byline">By Ada Brook</p>
<p>Rain stopped play at Lord&rsquo;s on Sunday after only   eleven overs, leaving the match poised for a tense final day.</p>
<p>The ground staff had the covers on within minutes, but the outfield was waterlogged by mid-afternoon &amp; the umpires abandoned the day at five.</p>
<figure><img src="x.jpg"><figcaption>Covers on at Lord&rsquo;s.</figcaption></figure>
<div class="share-tools"><a href="#">Share on Twitter</a></div>
</article><footer>&copy; Daily Example</footer></body></html>`;

test("text layout: headline, byline, body blocks, captions, furniture; body holds no furniture", () => {
  const r = extractHtml(new TextEncoder().encode(PAGE));
  const body = r.text.slice(r.body.start, r.body.end);
  assert.ok(body.startsWith("Rain stopped play at Lord\u2019s on Sunday after only eleven overs"));
  assert.ok(body.endsWith("abandoned the day at five."));
  assert.deepEqual(
    r.blocks.map((b) => b.kind),
    ["headline", "byline", "paragraph", "paragraph", "caption"],
  );
  assert.ok(r.text.startsWith("Rain stops play\n\nBy Ada Brook\n\n"));
  assert.deepEqual(
    r.metadata.authors?.value.map((a) => a.name),
    ["Ada Brook"],
  );
  assert.equal(r.metadata.headline?.value, "Rain stops play");
  assert.ok(r.boilerplate.some((b) => b.kind === "share"));
  for (const b of r.boilerplate) assert.ok(b.end <= r.body.start || b.start >= r.body.end);
});

test("sourceMap: every unit maps to the same character in the decoded HTML, or -1 when inserted", () => {
  const bytes = new TextEncoder().encode(PAGE);
  const r = extractHtml(bytes);
  const html = decodeHtml(bytes).html;
  assert.equal(r.sourceMap.length, r.text.length);
  let inserted = 0;
  for (let i = 0; i < r.text.length; i++) {
    const at = r.sourceMap[i] ?? -1;
    if (at < 0) {
      inserted++;
      continue;
    }
    const ch = r.text[i] ?? "";
    const src = html[at] ?? "";
    // Collapsed white space maps to the first white-space character; an entity maps to its "&".
    if (/\s/.test(ch)) assert.ok(/\s/.test(src), `space at ${i} maps to ${JSON.stringify(src)}`);
    else assert.ok(src === ch || src === "&", `${JSON.stringify(ch)} at ${i} maps to ${JSON.stringify(src)}`);
  }
  assert.ok(inserted > 0);
});
