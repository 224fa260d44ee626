import assert from "node:assert/strict";
import { test } from "node:test";
import { type DomNode, type ElementNode, parseHtml } from "./dom.js";

const shape = (n: DomNode): string =>
  n.type === "text" ? JSON.stringify(n.text) : `${n.tag}(${n.children.map(shape).join(",")})`;

test("implied end tags: p closed by a block, li by li, td by td", () => {
  const rows: [string, string][] = [
    ["<p>a<div>b</div>", '#root(p("a"),div("b"))'],
    ["<ul><li>a<li>b</ul>", '#root(ul(li("a"),li("b")))'],
    ["<table><tr><td>a<td>b</table>", '#root(table(tr(td("a"),td("b"))))'],
    ["<p>a</p></p>", '#root(p("a"),p())'],
    ["a<br>b", '#root("a",br(),"b")'],
  ];
  for (const [html, expected] of rows) assert.equal(shape(parseHtml(html).root), expected, html);
});

test("text nodes keep their source offsets; entities map to their start", () => {
  const html = "<p>Tom &amp; Jerry</p>";
  const p = parseHtml(html).root.children[0] as ElementNode;
  const texts = p.children.filter((c) => c.type === "text");
  assert.deepEqual(
    texts.map((t) => [t.text, t.src, t.linear]),
    [
      ["Tom ", 3, true],
      ["&", 7, false],
      [" Jerry", 12, true],
    ],
  );
  assert.equal(html.slice(12, 18), " Jerry");
});

test("scripts: JSON-LD kept aside, other script text dropped; <title> read", () => {
  const r = parseHtml(
    '<title>T &amp; U</title><script>var x="<p>no</p>";</script><script type="application/ld+json">{"a":1}</script><p>yes</p>',
  );
  assert.equal(r.title, "T & U");
  assert.deepEqual(
    r.jsonLd.map((j) => j.text),
    ['{"a":1}'],
  );
  assert.ok(!shape(r.root).includes("no"));
});

test("depth is capped and reported", () => {
  const r = parseHtml(`${"<div>".repeat(50)}x`, { maxDepth: 10, maxMs: 1000 });
  assert.equal(r.truncated.depth, true);
  let depth = 0;
  let node: DomNode | undefined = r.root;
  while (node?.type === "element") {
    depth++;
    node = node.children[0];
  }
  assert.ok(depth <= 12);
});
