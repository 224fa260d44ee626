import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decode, looksBinary, normaliseCharset } from "./decode.js";

describe("decode", () => {
  const rows: [string, Uint8Array, string, string, string][] = [
    ["UTF-8", new TextEncoder().encode("Café"), "utf-8", "valid-utf8", "Café"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Hi")]), "utf-8", "bom", "Hi"],
    ["UTF-16LE with BOM", new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]), "utf-16le", "bom", "Hi"],
    ["UTF-16BE with BOM", new Uint8Array([0xfe, 0xff, 0, 0x48, 0, 0x69]), "utf-16be", "bom", "Hi"],
    [
      "Windows-1252 fallback",
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]),
      "windows-1252",
      "fallback",
      "Café “q”",
    ],
  ];
  for (const [name, bytes, encoding, source, text] of rows) {
    it(name, () => {
      const d = decode(bytes, { name: "t" });
      assert.equal(d.encoding, encoding);
      assert.equal(d.encodingSource, source);
      assert.equal(d.text, text);
    });
  }
  it("trusts an HTTP charset over detection", () => {
    const d = decode(new Uint8Array([0xe9]), { name: "t", httpCharset: "iso-8859-1" });
    assert.equal(d.encodingSource, "http-header");
    assert.equal(d.text, "é");
  });
  it("normalises charset labels and rejects unknown ones", () => {
    assert.equal(normaliseCharset("LATIN1"), "windows-1252");
    assert.equal(normaliseCharset("utf8"), "utf-8");
    assert.equal(normaliseCharset("klingon"), undefined);
  });
});

describe("looksBinary", () => {
  it("flags NUL bytes and control-heavy data, not text", () => {
    assert.equal(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])), true);
    assert.equal(looksBinary(new TextEncoder().encode("plain text\nwith lines\t and tabs")), false);
    assert.equal(looksBinary(new Uint8Array([0xff, 0xfe, 0x48, 0x00])), false);
  });
});
