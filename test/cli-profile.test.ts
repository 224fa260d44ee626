/** `sift analyze --profile`: each stage's time on standard error, the analysis itself unchanged. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DEFAULT_PIPELINE } from "../src/pipeline/configuration.js";
import { runSift } from "./helpers.js";

// Written for this test.
const text =
  "Ferry service resumes\n\nThe harbour board said on Monday that the ferry would run again from June. " +
  '"We are glad to have it back," said Mara Ilic, who chairs the board.\n';

describe("sift analyze --profile", () => {
  const plain = runSift(["analyze", "-", "--format", "json", "--published", "2024-03-05"], text);
  const profiled = runSift(["analyze", "-", "--format", "json", "--published", "2024-03-05", "--profile"], text);

  it("prints the same analysis", () => {
    assert.equal(profiled.status, 0, profiled.stderr);
    assert.equal(profiled.stdout, plain.stdout);
    assert.equal(plain.stderr, "");
  });
  it("names reading and every stage in pipeline order, with a time for each, on one line", () => {
    const lines = profiled.stderr.trim().split("\n");
    assert.equal(lines.length, 1);
    const m = /^sift: profile -: (.*); total (\d+(?:\.\d)?) ms$/.exec(lines[0] ?? "");
    assert.ok(m, profiled.stderr);
    const parts = (m[1] ?? "").split(", ").map((p) => /^(.+) (\d+(?:\.\d)?)$/.exec(p));
    assert.deepEqual(
      parts.map((p) => p?.[1]),
      ["read", ...DEFAULT_PIPELINE.map((a) => a.name)],
    );
  });
});
