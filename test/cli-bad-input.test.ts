/** Bad input gets one clear line naming the input and the problem, a non-zero exit, and no stack trace. */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runSift } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sift-bad-"));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const good = file(
  "good.txt",
  "The mayor of Springfield, John Smith, said on Monday that the bridge will reopen in May.\n",
);
const cases: { name: string; path: string; message: RegExp; code: string }[] = [
  { name: "a missing path", path: join(dir, "nope.txt"), message: /no such file/, code: "E_NOT_FOUND" },
  { name: "an empty file", path: file("empty.txt", ""), message: /empty/, code: "E_EMPTY" },
  {
    name: "a binary file",
    path: file("blob.bin", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 0, 255])),
    message: /binary/,
    code: "E_BINARY",
  },
  { name: "a directory", path: dir, message: /is a directory/, code: "E_IS_DIRECTORY" },
  {
    name: "a 50 MB file",
    path: file("huge.txt", "word ".repeat(10 * 1024 * 1024)),
    message: /over the .* limit/,
    code: "E_TOO_LARGE",
  },
  { name: "only punctuation", path: file("dots.txt", "... --- ...\n"), message: /no readable text/, code: "E_NO_TEXT" },
];

describe("sift analyze on bad input", () => {
  for (const c of cases) {
    it(`reports ${c.name} on one line, exit 1, no stack trace`, () => {
      const r = runSift(["analyze", c.path]);
      assert.equal(r.status, 1);
      const lines = r.stderr.trim().split("\n");
      assert.equal(lines.length, 1, r.stderr);
      assert.ok(lines[0]?.includes(c.path), `names the input: ${r.stderr}`);
      assert.match(r.stderr, c.message);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });
    it(`gives an error object for ${c.name} with --format json`, () => {
      const r = runSift(["analyze", c.path, "--format", "json"]);
      assert.equal(r.status, 1);
      const out = JSON.parse(r.stdout);
      assert.equal(out.error.code, c.code);
      assert.equal(out.error.input, c.path);
    });
  }

  it("decodes invalid UTF-8 as Windows-1252 and says so", () => {
    const path = file("latin.txt", Buffer.from("Caf\xe9 owners in M\xfcnchen said prices rose.\n", "latin1"));
    const r = runSift(["analyze", path, "--format", "json"]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.source.encoding, "windows-1252");
    assert.equal(out.source.encodingSource, "fallback");
    assert.match(out.text, /Café owners in München/);
  });

  it("reads UTF-16 with a byte-order mark", () => {
    const body = Buffer.from("\ufeffThe minister said the talks in Geneva had ended.\n", "utf16le");
    const r = runSift(["analyze", file("u16.txt", body), "--format", "json"]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.source.encoding, "utf-16le");
    assert.equal(out.source.encodingSource, "bom");
    assert.match(out.text, /^The minister said/);
  });

  it("goes on past a bad file in a batch and names what failed", () => {
    const missing = join(dir, "missing.txt");
    const r = runSift(["analyze", good, missing, good, "--format", "jsonl"]);
    assert.equal(r.status, 1);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.ok(lines[0].text && lines[2].text, "both good files analysed");
    assert.equal(lines[1].error.code, "E_NOT_FOUND");
    assert.match(r.stderr, /1 of 3 inputs failed: .*missing\.txt/);
  });

  it("rejects an unknown format as a usage error (exit 2)", () => {
    const r = runSift(["analyze", good, "--format", "xml"]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown format "xml"/);
  });

  it("reads standard input with -", () => {
    const r = runSift(
      ["analyze", "-", "--format", "json", "--published", "2020-03-04"],
      "Yesterday the council met in Leeds.\n",
    );
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.source.name, "-");
    assert.equal(out.metadata.published, "2020-03-04");
    assert.equal(out.metadata.provenance.published.source, "caller");
  });
});
