/**
 * End-to-end ingest over real articles (AllSides dev, read in place): a folder, a JSONL file, a WARC file written
 * here, and RSS/OPML feeds served on 127.0.0.1. Checks counts, idempotency, failures, versions, search and export.
 */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import { exportCorpus } from "../../src/corpus/export/formats.js";
import { ingest, retryFailed } from "../../src/corpus/ingest/ingest.js";
import { httpResponseBlock, warcRecord } from "../../src/corpus/ingest/sources/warc.js";
import { watchFeeds } from "../../src/corpus/ingest/watch.js";
import { openSqliteStore } from "../../src/corpus/store/sqlite.js";
import { articleHtml, sampleLines, sampleRows, tempDir } from "./helpers.js";

const FAST = { hostIntervalMs: 0, timeoutMs: 5000 };

test("folder: html and txt files are ingested once; a rerun stores nothing new", async () => {
  const dir = tempDir("folder");
  const rows = sampleRows(8);
  rows.forEach((r, i) => {
    if (i % 2 === 0) writeFileSync(join(dir, `a${i}.html`), articleHtml(r));
    else writeFileSync(join(dir, `a${i}.txt`), `${r.title}\n\n${r.content_original}`);
  });
  writeFileSync(join(dir, "broken.json"), "{not json");
  const store = openSqliteStore(join(dir, "c.db"));
  const first = await ingest([dir], { store, jobs: 2 });
  assert.equal(first.stored, 8);
  assert.equal(first.failed, 1);
  const again = await ingest([dir], { store });
  assert.equal(again.stored, 0);
  assert.equal(again.skipped, 8);
  assert.equal((await store.counts()).articles, 8);
  const failures = await store.listFailures();
  assert.equal(failures.length, 1);
  assert.match(failures[0]?.reason ?? "", /invalid JSON/);
  const art = await store.getArticle(1);
  assert.ok(art && art.bytes.length > 0 && (art.analysis as { layers: object }).layers);
  await store.close();
});

test("JSONL: mapped fields, bad lines recorded, changed content at a URL is a new version", async () => {
  const dir = tempDir("jsonl");
  const lines = sampleLines(10);
  const path = join(dir, "in.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n{"title": "no text"}\nnot json\n`);
  const store = openSqliteStore(join(dir, "c.db"));
  const s = await ingest([path], { store });
  assert.equal(s.stored, 10);
  assert.equal(s.failed, 2);
  // Fix one bad line and retry the failures: it is stored and resolved, the other still fails.
  const extra = sampleLines(1, 50)[0] ?? "";
  writeFileSync(path, `${lines.join("\n")}\n${extra}\nnot json\n`);
  const retry = await retryFailed({ store });
  assert.equal(retry.stored, 1);
  assert.equal(retry.failed, 1);
  const left = await store.listFailures();
  assert.deepEqual(
    left.map((f) => [f.input.endsWith(":12"), f.attempts]),
    [[true, 2]],
  );
  const row = JSON.parse(lines[0] ?? "{}") as { title: string; url: string; source: string };
  const a = await store.latestByUrl(row.url);
  assert.equal(a?.title, row.title);
  assert.equal(a?.outlet, row.source);
  // The same URL with edited content: a new version linked to the first.
  const edited = JSON.parse(lines[0] ?? "{}") as Record<string, string>;
  edited.content_original = `${edited.content_original}\n\nThis article was updated with a correction.`;
  const path2 = join(dir, "update.jsonl");
  writeFileSync(path2, `${JSON.stringify(edited)}\n`);
  const u = await ingest([path2], { store });
  assert.equal(u.versions, 1);
  const versions = await store.versions(row.url);
  assert.equal(versions.length, 2);
  assert.equal(versions[1]?.previousVersion, versions[0]?.id);
  // Search and export see the stored articles.
  const hits = await store.search({
    text: (row.title.split(/\s+/).find((w) => w.length > 5) ?? "the").replace(/\W/g, ""),
  });
  assert.ok(hits.total >= 1);
  const out: string[] = [];
  assert.equal(await exportCorpus(store, "jsonl", (x) => out.push(x)), 12);
  assert.equal(out.join("").trim().split("\n").length, 12);
  await store.close();
});

test("WARC and WARC.gz: response records become articles; a truncated file records a failure", async () => {
  const dir = tempDir("warc");
  const rows = sampleRows(6);
  const records = [
    warcRecord("warcinfo", "", Buffer.from("software: sift-test\r\n"), "2024-01-01T00:00:00Z"),
    ...rows.map((r, i) =>
      warcRecord("response", `https://news.test/${i}`, httpResponseBlock(articleHtml(r)), "2024-01-01T00:00:00Z"),
    ),
  ];
  const whole = Buffer.concat(records);
  writeFileSync(join(dir, "crawl.warc"), whole);
  writeFileSync(join(dir, "crawl2.warc.gz"), Buffer.concat(records.map((r) => gzipSync(r))));
  writeFileSync(join(dir, "cut.warc"), whole.subarray(0, whole.length - 500));
  const store = openSqliteStore(join(dir, "c.db"));
  const s1 = await ingest([join(dir, "crawl.warc")], { store });
  assert.equal(s1.stored, 6);
  const s2 = await ingest([join(dir, "crawl2.warc.gz")], { store });
  assert.equal(s2.stored, 0, "the same responses in a gzipped WARC are already present");
  assert.equal(s2.skipped, 6);
  const s3 = await ingest([join(dir, "cut.warc")], { store });
  assert.equal(s3.failed, 1);
  assert.match((await store.listFailures())[0]?.reason ?? "", /truncated/);
  assert.equal((await store.latestByUrl("https://news.test/3"))?.url, "https://news.test/3");
  await store.close();
});

let server: Server;
let base = "";
const requests: string[] = [];

before(async () => {
  const rows = sampleRows(5, 20);
  server = createServer((req, res) => {
    requests.push(`${req.url} ${req.headers["user-agent"]}`);
    const url = req.url ?? "/";
    if (url === "/robots.txt") return res.end("User-agent: *\nDisallow: /private/\n");
    if (url === "/feed.xml") {
      if (req.headers["if-none-match"] === '"v1"') {
        res.statusCode = 304;
        return res.end();
      }
      res.setHeader("ETag", '"v1"');
      res.setHeader("Content-Type", "application/rss+xml");
      const items = rows.map(
        (r, i) =>
          `<item><title>${r.title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title><link>${base}/a/${i}</link><pubDate>Mon, 0${i + 1} Jan 2024 10:00:00 GMT</pubDate></item>`,
      );
      items.push(`<item><title>Gone</title><link>${base}/missing</link></item>`);
      items.push(`<item><title>Secret</title><link>${base}/private/x</link></item>`);
      return res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>${items.join("")}</channel></rss>`,
      );
    }
    if (url === "/moved") {
      res.statusCode = 301;
      res.setHeader("Location", "/a/0");
      return res.end();
    }
    const m = /^\/a\/(\d+)$/.exec(url);
    const row = m ? rows[Number(m[1])] : undefined;
    if (row) {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      return res.end(articleHtml(row));
    }
    res.statusCode = 404;
    res.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("feed on 127.0.0.1 via OPML: pages fetched politely, robots and 404 recorded, conditional GET on re-poll", async () => {
  const dir = tempDir("feed");
  const opml = join(dir, "feeds.opml");
  writeFileSync(
    opml,
    `<?xml version="1.0"?><opml version="2.0"><body><outline text="t" xmlUrl="${base}/feed.xml"/></body></opml>`,
  );
  const store = openSqliteStore(join(dir, "c.db"));
  const s = await ingest([opml], { store, fetch: FAST });
  assert.equal(s.stored, 5);
  const reasons = (await store.listFailures()).map((f) => f.reason).sort();
  assert.deepEqual(reasons, ["HTTP 404", "disallowed by robots.txt"]);
  assert.ok(requests.every((r) => r.endsWith("Sift/0.1 (+https://github.com/sift)")));
  assert.ok(!requests.some((r) => r.startsWith("/private/")), "a disallowed page is never requested");
  const a = await store.latestByUrl(`${base}/a/2`);
  assert.equal(a?.published?.slice(0, 10), "2024-01-03", "the feed's pubDate is kept");
  const before = requests.length;
  const again = await ingest([opml], { store, fetch: FAST });
  assert.equal(again.stored + again.seen, 0, "an unchanged feed (304) yields nothing");
  const repoll = requests
    .slice(before)
    .map((r) => r.split(" ")[0])
    .filter((r) => r !== "/robots.txt");
  assert.deepEqual(repoll, ["/feed.xml"], "only the feed is requested again, and it answers 304");
  // A redirected URL list entry lands on the page already stored.
  const list = join(dir, "list.urls");
  writeFileSync(list, `${base}/moved\n`);
  const r = await ingest([list], { store, fetch: FAST });
  assert.equal(r.skipped, 1);
  await store.close();
});

test("watch --once polls a feed file's links and stores new pages", async () => {
  const dir = tempDir("watch");
  const feed = join(dir, "feed.rss");
  writeFileSync(
    feed,
    `<rss version="2.0"><channel><title>W</title><item><title>One</title><link>${base}/a/4</link></item></channel></rss>`,
  );
  const store = openSqliteStore(join(dir, "c.db"));
  const lines: string[] = [];
  await watchFeeds([feed], {
    store,
    fetch: FAST,
    everyMs: 10,
    once: true,
    signal: new AbortController().signal,
    log: (l) => lines.push(l),
  });
  assert.equal((await store.counts()).articles, 1);
  assert.match(lines[0] ?? "", /1 new/);
  await store.close();
});
