import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../analyze.js";
import { defineAnnotator } from "./annotator.js";
import { DEFAULT_PIPELINE } from "./configuration.js";
import { runPipeline, STAGE_FAILED } from "./run.js";

/** The default pipeline with the times stage replaced by one that throws, as a rule bug would. */
const withBrokenTimes = DEFAULT_PIPELINE.map((a) =>
  a.produces === "times"
    ? defineAnnotator({
        name: a.name,
        requires: a.requires,
        produces: "times",
        annotate: () => {
          throw new TypeError("Cannot read properties of undefined (reading 'month')");
        },
      })
    : a,
);

const TEXT = "Officials said on Monday that the bridge in Paris would reopen. “It is safe,” the mayor said.";

describe("a stage that throws", () => {
  it("leaves its layer empty and a diagnostic, and the later stages still run", () => {
    const read = analyze(TEXT, { mediaType: "text/plain", pipeline: [] });
    const doc = runPipeline(read, withBrokenTimes, { anchor: "2024-05-08" }, undefined, false);
    assert.deepEqual(doc.layers.times, []);
    const d = doc.diagnostics.find((x) => x.code === STAGE_FAILED);
    assert.equal(d?.stage, "times");
    assert.match(d?.message ?? "", /times stage failed: .*reading 'month'/);
    assert.ok((doc.layers.quotes ?? []).length > 0, "quotes come after times and still ran");
    assert.ok((doc.layers.entities ?? []).length > 0);
  });

  it("rethrows in strict mode", () => {
    const doc = analyze(TEXT, { mediaType: "text/plain", pipeline: [] });
    assert.throws(() => runPipeline(doc, withBrokenTimes, {}, undefined, true), /reading 'month'/);
  });

  it("a healthy pipeline has no stage diagnostics", () => {
    const doc = analyze(TEXT, { mediaType: "text/plain", published: "2024-05-08" });
    assert.equal(
      doc.diagnostics.some((x) => x.code === STAGE_FAILED),
      false,
    );
    assert.ok((doc.layers.times ?? []).length > 0);
  });
});
