import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { httpResponseBlock, parseHttpResponse, parseWarc, readWarc, warcRecord } from "./warc.js";

const DATE = "2024-05-01T12:00:00Z";

test("parseWarc: records, offsets and a truncated tail", () => {
  const r1 = warcRecord("response", "https://a.test/1", httpResponseBlock("<p>one</p>"), DATE);
  const r2 = warcRecord("resource", "https://a.test/2", Buffer.from("<p>two</p>"), DATE);
  const all = Buffer.concat([r1, r2]);
  const recs = [...parseWarc(all)];
  assert.equal(recs.length, 2);
  assert.equal(recs[1] && "offset" in recs[1] ? recs[1].offset : -1, r1.length);
  const cut = [...parseWarc(all.subarray(0, all.length - 8))];
  const last = cut[cut.length - 1];
  assert.ok(last && "truncated" in last && last.truncated);
});

test("parseHttpResponse: status, headers, chunked body", () => {
  const rows: Array<[string, number, string]> = [
    ["HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>", 200, "<p>x</p>"],
    ["HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>x\r\n4\r\n</p>\r\n0\r\n\r\n", 200, "<p>x</p>"],
    ["HTTP/1.0 404 Not Found\r\n\r\nnope", 404, "nope"],
  ];
  for (const [raw, status, body] of rows) {
    const m = parseHttpResponse(Buffer.from(raw));
    assert.equal(m.status, status);
    assert.equal(m.body.toString(), body);
  }
});

test("readWarc: html responses become items, non-2xx and non-text are skipped, garbage is a failure", () => {
  const dir = mkdtempSync(join(tmpdir(), "sift-warc-"));
  const ok = warcRecord("response", "https://a.test/ok", httpResponseBlock("<html><p>hello</p></html>"), DATE);
  const notFound = warcRecord("response", "https://a.test/404", Buffer.from("HTTP/1.1 404 Not Found\r\n\r\n"), DATE);
  const path = join(dir, "x.warc");
  writeFileSync(path, Buffer.concat([ok, notFound, Buffer.from("garbage that is not a record\r\n\r\n")]));
  const events = [...readWarc(path)];
  assert.deepEqual(
    events.map((e) => e.kind),
    ["item", "failure"],
  );
  const item = events[0];
  assert.ok(item?.kind === "item" && item.meta.url === "https://a.test/ok");
});
