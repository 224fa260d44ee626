import assert from "node:assert/strict";
import { test } from "node:test";
import { parseFeed, parseOpml } from "./feeds.js";
import { isoDate, mapRecord } from "./record-fields.js";

test("parseFeed: RSS 2.0, Atom and RDF give links, titles and dates", () => {
  const rows: Array<[string, string, string, string | undefined]> = [
    [
      `<rss version="2.0"><channel><title>T</title><item><title>A &amp; B</title><link>https://x.test/a</link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item></channel></rss>`,
      "https://x.test/a",
      "A & B",
      "2024-01-02",
    ],
    [
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>Atom one</title><link rel="alternate" href="https://x.test/b"/><updated>2024-02-03T00:00:00Z</updated></entry></feed>`,
      "https://x.test/b",
      "Atom one",
      "2024-02-03",
    ],
    [
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title></channel><item><title>RDF one</title><link>https://x.test/c</link><dc:date>2024-03-04</dc:date></item></rdf:RDF>`,
      "https://x.test/c",
      "RDF one",
      "2024-03-04",
    ],
  ];
  for (const [xml, link, title, date] of rows) {
    const [e] = parseFeed(xml).entries;
    assert.equal(e?.link, link);
    assert.equal(e?.meta.title, title);
    assert.equal(e?.meta.published?.slice(0, 10), date);
  }
  assert.throws(() => parseFeed("<html></html>"), /not an RSS/);
});

test("parseOpml: nested outlines", () => {
  const xml = `<opml version="2.0"><body><outline text="news"><outline xmlUrl="https://a.test/rss"/><outline xmlUrl="https://b.test/atom"/></outline></body></opml>`;
  assert.deepEqual(parseOpml(xml), ["https://a.test/rss", "https://b.test/atom"]);
});

test("mapRecord: the documented field mapping", () => {
  const rows: Array<[Record<string, unknown>, string, string | undefined, readonly string[] | undefined]> = [
    [
      { title: "T", content_original: "Body", source: "CNN", authors: "A B, C D", date: "2020-01-02" },
      "Body",
      "CNN",
      ["A B", "C D"],
    ],
    [{ headline: "T", text: "Body", outlet: "BBC", author: ["X"] }, "Body", "BBC", ["X"]],
    [{ title: "T", "body-paragraphs": [["S1.", "S2."], ["S3."]] }, "S1. S2.\n\nS3.", undefined, undefined],
  ];
  for (const [rec, text, outlet, authors] of rows) {
    const m = mapRecord(rec);
    assert.equal(m.text, text);
    assert.equal(m.meta.outlet, outlet);
    assert.deepEqual(m.meta.authors, authors);
  }
  assert.throws(() => mapRecord({ title: "no body" }), /no text field/);
});

test("isoDate: valid dates kept, malformed ones dropped", () => {
  const rows: Array<[string | undefined, string | undefined]> = [
    ["2020-01-02", "2020-01-02"],
    ["7/23", undefined],
    ["", undefined],
    ["Tue, 02 Jan 2024 10:00:00 GMT", "2024-01-02T10:00:00.000Z"],
  ];
  for (const [input, expected] of rows) assert.equal(isoDate(input), expected);
});
