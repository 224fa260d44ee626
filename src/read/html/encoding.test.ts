import assert from "node:assert/strict";
import { test } from "node:test";
import { charsetFromMeta, decodeHtml, decodeWith } from "./encoding.js";

const bytes = (...xs: (number | string)[]): Uint8Array =>
  Uint8Array.from(xs.flatMap((x) => (typeof x === "number" ? [x] : [...new TextEncoder().encode(x)])));

test("encoding sniffing order: BOM, HTTP header, meta, valid UTF-8, windows-1252", () => {
  const rows: [Uint8Array, string | undefined, string, string][] = [
    [bytes(0xef, 0xbb, 0xbf, "<p>caf\u00e9</p>"), "text/html; charset=windows-1252", "utf-8", "bom"],
    [bytes("<meta charset=utf-8><p>", 0xe9, "</p>"), "text/html; charset=ISO-8859-1", "windows-1252", "http-header"],
    [
      bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>', 0x93, "x", 0x94),
      undefined,
      "windows-1252",
      "meta-charset",
    ],
    [bytes("<p>caf\u00e9</p>"), undefined, "utf-8", "valid-utf8"],
    [bytes("<p>caf", 0xe9, "</p>"), undefined, "windows-1252", "fallback"],
  ];
  for (const [b, header, encoding, source] of rows) {
    const d = decodeHtml(b, header);
    assert.equal(d.encoding, encoding, source);
    assert.equal(d.encodingSource, source);
  }
});

test("windows-1252's 0x80–0x9F row decodes to the right characters", () => {
  assert.equal(
    decodeWith("windows-1252", Uint8Array.from([0x93, 0x80, 0x94, 0x96, 0xe9])),
    "\u201c\u20ac\u201d\u2013\u00e9",
  );
});

test("meta charset is found in quoted, unquoted and http-equiv forms; unknown labels are reported", () => {
  assert.equal(charsetFromMeta(bytes("<meta charset='Shift_JIS'>")), "Shift_JIS");
  assert.equal(charsetFromMeta(bytes('<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=koi8-r">')), "koi8-r");
  const d = decodeHtml(bytes("<meta charset=bogus-9><p>x</p>"));
  assert.equal(d.encodingSource, "valid-utf8");
  assert.ok(d.diagnostics.some((x) => x.code === "encoding-unknown-label"));
});
