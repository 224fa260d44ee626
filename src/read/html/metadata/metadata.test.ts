import assert from "node:assert/strict";
import { test } from "node:test";
import { namesFromByline, namesFromField } from "./byline.js";
import { normaliseDate, textDate, urlDate } from "./dates.js";
import { articleNode, indexById, names, parseJsonLoose, readJsonLd, str } from "./jsonld.js";

test("JSON-LD: broken blocks are repaired with a diagnostic, hopeless ones reported", () => {
  const rows: [string, string[]][] = [
    ['{"a": "line one\nline two"}', ["escape-control-chars"]],
    ['{"a": [1, 2,], }', ["drop-trailing-commas"]],
    ['<!--{"a": 1}-->', ["strip-wrappers"]],
  ];
  for (const [raw, repairs] of rows) {
    const r = parseJsonLoose(raw);
    assert.notEqual(r.value, undefined, raw);
    assert.deepEqual(
      r.repairs.filter((x) => repairs.includes(x)),
      repairs,
      raw,
    );
  }
  const r = readJsonLd([{ text: "{{{" }, { text: '{"@type":"NewsArticle","headline":"H",}' }]);
  assert.deepEqual(
    r.diagnostics.map((d) => d.code),
    ["json-ld-invalid", "json-ld-repaired"],
  );
  assert.equal(str(articleNode(r.nodes)?.headline), "H");
});

test("JSON-LD: @graph, arrays and @id references to Person nodes", () => {
  const graph = JSON.stringify({
    "@graph": [
      { "@type": "WebPage", name: "Page" },
      {
        "@type": ["Article", "NewsArticle"],
        headline: "A &amp; B",
        author: [{ "@id": "#p1" }, { "@type": "Person", name: "Ann Lee" }],
      },
      { "@type": "Person", "@id": "#p1", name: "Bo Chen" },
    ],
  });
  const { nodes } = readJsonLd([{ text: `[${graph}]` }]);
  const art = articleNode(nodes);
  assert.equal(str(art?.headline), "A & B");
  assert.deepEqual(
    names(art?.author, indexById(nodes)).map((n) => n.name),
    ["Bo Chen", "Ann Lee"],
  );
});

test("bylines: lead words, joiners, roles and desks", () => {
  const rows: [string, string[]][] = [
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["By Maria Lopez, Tom Baker and Li Wei, Staff Writers", ["Maria Lopez", "Tom Baker", "Li Wei"]],
    ["Von Roland Brockmann und Sebastian Drescher", ["Roland Brockmann", "Sebastian Drescher"]],
    ["By Staff", []],
    ["By Associated Press", []],
    ["By Jane Doe | Updated March 3, 2020", ["Jane Doe"]],
    ["Published by Daniel Lemire A computer science professor", ["Daniel Lemire"]],
  ];
  for (const [text, expected] of rows) assert.deepEqual(namesFromByline(text), expected, text);
  assert.deepEqual(namesFromByline("by karstenruppert", undefined, true), ["karstenruppert"]);
  assert.deepEqual(namesFromField("https://www.facebook.com/someone"), []);
  assert.deepEqual(namesFromField("Example Times", "Example Times"), []);
  assert.deepEqual(namesFromField("Jane Doe; John Roe"), ["Jane Doe", "John Roe"]);
});

test("dates: ISO, RFC-ish, German, words, epoch and URLs", () => {
  const rows: [string, string | undefined][] = [
    ["2019-11-18T20:51:19+0000", "2019-11-18T20:51:19+00:00"],
    ["2019-11-18", "2019-11-18"],
    ["2019/11/18", "2019-11-18"],
    ["18.11.2019", "2019-11-18"],
    ["November 18, 2019 at 9:45 am", "2019-11-18"],
    ["18. November 2019", "2019-11-18"],
    ["Tue, 19 Nov 2019 10:48:00 GMT", "2019-11-19"],
    ["1574168580", "2019-11-19T13:03:00Z"],
    ["0001-01-01", undefined],
    ["soon", undefined],
  ];
  for (const [raw, expected] of rows) assert.equal(normaliseDate(raw), expected, raw);
  assert.equal(textDate("Posted on 4 Mar 2021 by Ann"), "2021-03-04");
  assert.equal(urlDate("https://x.example/2019/11/18/story/"), "2019-11-18");
  assert.equal(urlDate("https://x.example/news/2019-11-18-story"), "2019-11-18");
  assert.equal(urlDate("https://x.example/item/20191340/"), undefined);
});

test("structured author fields: desks and role words are not people", () => {
  assert.deepEqual(namesFromField("Courier Staff"), []);
  assert.deepEqual(namesFromField("Ann Lee, Staff Writer"), ["Ann Lee"]);
});
