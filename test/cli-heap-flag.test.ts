import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { MALLOC_ARENA_SETTING, SEMI_SPACE_FLAG } from "../src/core/heap.js";
import { repoRoot } from "../src/core/paths.js";

describe("the sift command's start-up flags", () => {
  const bin = join(repoRoot, "bin", "sift.js");

  it("starts Node with the young-generation size of src/core/heap.ts", () => {
    const shebang = readFileSync(bin, "utf8").split("\n")[0] ?? "";
    assert.match(shebang, /^#!\/usr\/bin\/env -S (?:\w+=\S+ )*node /);
    assert.ok(shebang.split(/\s+/).includes(SEMI_SPACE_FLAG), shebang);
  });

  it("starts Node with the C allocator's arena limit of src/core/heap.ts", () => {
    const shebang = readFileSync(bin, "utf8").split("\n")[0] ?? "";
    const beforeNode = shebang.split(/\s+node\s/)[0]?.split(/\s+/) ?? [];
    assert.ok(beforeNode.includes(`${MALLOC_ARENA_SETTING.name}=${MALLOC_ARENA_SETTING.value}`), shebang);
  });

  it("runs through its first line as an executable", () => {
    const r = spawnSync(bin, ["--version"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+/);
  });
});
