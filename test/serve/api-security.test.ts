/** The server's security helpers on hand-made cases: traversal detection, static file resolution, tokens, hosts. */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { bearerToken, isLoopback, isTraversal, tokenMatches } from "../../src/serve/security.js";
import { staticFile } from "../../src/serve/static.js";

test("isTraversal: '..' in any encoding, backslashes, NULs and malformed escapes are refused", () => {
  const cases: readonly [string, boolean][] = [
    ["/", false],
    ["/index.html", false],
    ["/assets/app-3f2a.js", false],
    ["/api/documents/12", false],
    ["/api/entities/Nancy%20Pelosi", false],
    ["/api/entities/O%27Brien", false],
    ["/a..b/c", false],
    ["/...", false],
    ["/..", true],
    ["/../etc/passwd", true],
    ["/a/../b", true],
    ["/..%2fetc", true],
    ["/%2e%2e/package.json", true],
    ["/%2E%2e%2F", true],
    ["/%252e%252e/x", true],
    ["/%25252e%25252e/x", true],
    ["/a%5c..%5cb", true],
    ["/a\\b", true],
    ["/a%00b", true],
    ["/%c0%ae%c0%ae/", true],
    ["/%E0%A4%A", true],
  ];
  for (const [path, refused] of cases) assert.equal(isTraversal(path), refused, path);
});

const root = mkdtempSync(join(tmpdir(), "sift-static-"));
after(() => rmSync(root, { recursive: true, force: true }));

test("staticFile: only visible plain files inside the folder", async () => {
  const ui = join(root, "ui");
  mkdirSync(join(ui, "assets"), { recursive: true });
  writeFileSync(join(ui, "index.html"), "ui");
  writeFileSync(join(ui, "assets", "a.js"), "js");
  writeFileSync(join(ui, ".secret"), "hidden");
  writeFileSync(join(root, "outside.txt"), "outside");
  symlinkSync(join(root, "outside.txt"), join(ui, "link.txt"));
  const cases: readonly [string, string | undefined][] = [
    ["/index.html", join(ui, "index.html")],
    ["/assets/a.js", join(ui, "assets", "a.js")],
    ["/assets/a%2Ejs", join(ui, "assets", "a.js")],
    ["/", undefined],
    ["/assets", undefined],
    ["/missing.js", undefined],
    ["/.secret", undefined],
    ["/../outside.txt", undefined],
    ["/..%2foutside.txt", undefined],
    ["/assets/..%2f..%2foutside.txt", undefined],
    ["/%2e%2e/outside.txt", undefined],
    ["/assets\\..\\..\\outside.txt", undefined],
    ["/%ZZ", undefined],
    ["/link.txt", undefined],
  ];
  for (const [path, expected] of cases) assert.equal(await staticFile(ui, path), expected, path);
});

test("tokens: bearer parsing and constant-time comparison", () => {
  const headers: readonly [string | undefined, string | undefined][] = [
    ["Bearer abc", "abc"],
    ["bearer  abc ", "abc"],
    ["Bearer", undefined],
    ["Basic abc", undefined],
    ["Bearer a b", undefined],
    [undefined, undefined],
  ];
  for (const [header, token] of headers) assert.equal(bearerToken(header), token, String(header));
  assert.equal(tokenMatches("s3cret", "s3cret"), true);
  assert.equal(tokenMatches("s3cret", "s3cret2"), false);
  assert.equal(tokenMatches("", "s3cret"), false);
});

test("isLoopback: 127/8, ::1 and localhost only", () => {
  for (const [host, loop] of [
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["::1", true],
    ["localhost", true],
    ["0.0.0.0", false],
    ["::", false],
    ["192.168.1.10", false],
    ["127.0.0.1.evil.example", false],
  ] as const)
    assert.equal(isLoopback(host), loop, host);
});
