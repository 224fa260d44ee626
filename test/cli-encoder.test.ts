/** `sift analyze --encoder`: the framing layer refined by the sentence encoder, through the built CLI. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runSift, schemaErrors } from "./helpers.js";

// Written for this test: a loud paragraph the propaganda model flags, and a plain closing sentence.
const text =
  "Nation in peril\n\n" +
  "These traitors and their corrupt, evil regime want to destroy our great nation! " +
  "Wake up, patriots: the radical globalist elites are lying to you every single day! " +
  "Only a fool would believe the fake news media, the enemy of the people! " +
  "The council will meet again on Tuesday.\n";

type Cue = { rule: string; note: string };

describe("sift analyze --encoder", () => {
  const plain = runSift(["analyze", "-", "--format", "json"], text);
  const refined = runSift(["analyze", "-", "--format", "json", "--encoder"], text);

  it("succeeds with a valid analysis", () => {
    assert.equal(refined.status, 0, refined.stderr);
    assert.deepEqual(schemaErrors(JSON.parse(refined.stdout)), []);
  });
  it("names the propaganda model's techniques with the encoder and changes nothing else", () => {
    const a = JSON.parse(plain.stdout);
    const b = JSON.parse(refined.stdout);
    const model = (cues: Cue[]) => cues.filter((c) => c.rule === "framing:propaganda-model");
    assert.ok(model(b.framing).length > 0);
    for (const c of model(b.framing)) assert.match(c.note, /^propaganda model with sentence encoder: /);
    for (const c of model(a.framing)) assert.match(c.note, /^propaganda model: /);
    const rules = (cues: Cue[]) => cues.filter((c) => c.rule !== "framing:propaganda-model");
    assert.deepEqual(rules(b.framing), rules(a.framing));
    assert.deepEqual({ ...b, framing: [] }, { ...a, framing: [] });
  });
});
