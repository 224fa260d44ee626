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

const card = (i: number): string =>
  `<div class="card"><h3><a href="/s${i}">Teaser headline number ${i} about something</a></h3><p>A summary of story ${i}, long enough to read like prose on its own, with a clause or two, and a full stop.</p></div>`;
const para = (i: number): string =>
  `<p>Paragraph ${i} of the article says something substantial about the subject at hand, at a length that reads as prose, and ends properly.</p>`;

test("teaser cards beside an article are furniture; a page made of cards keeps them as content", () => {
  const article = extractHtml(
    new TextEncoder().encode(
      `<main><article>${[1, 2, 3, 4].map(para).join("")}</article><section>${[1, 2, 3].map(card).join("")}</section></main>`,
    ),
  );
  const body = article.text.slice(article.body.start, article.body.end);
  assert.ok(body.startsWith("Paragraph 1") && body.endsWith("ends properly."));
  assert.ok(!body.includes("summary of story"));
  const listicle = extractHtml(new TextEncoder().encode(`<main>${[1, 2, 3, 4, 5].map(card).join("")}</main>`));
  assert.ok(listicle.text.slice(listicle.body.start, listicle.body.end).includes("summary of story 3"));
});

test("a 'More from' heading after the article ends the body; a subhead starting with 'More' does not", () => {
  const r = extractHtml(
    new TextEncoder().encode(
      `<article>${para(1)}${para(2)}<h2>More Americans are working from home</h2>${para(3)}<h2>More from Example News</h2><ul><li>Another story that is not this article at all, with a summary.</li></ul></article>`,
    ),
  );
  const body = r.text.slice(r.body.start, r.body.end);
  assert.ok(
    body.includes("More Americans are working from home") &&
      body.endsWith(
        "Paragraph 3 of the article says something substantial about the subject at hand, at a length that reads as prose, and ends properly.",
      ),
  );
  assert.ok(r.boilerplate.some((b) => b.rule === "boilerplate:related-heading"));
});
