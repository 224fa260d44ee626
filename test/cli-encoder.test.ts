/** `sift analyze --encoder`: claims and propaganda techniques refined by the sentence encoder, through the built CLI. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runSift, schemaErrors } from "./helpers.js";

// Written for this test: a loud paragraph the propaganda model flags, a figure worth checking, a plain sentence.
const text =
  "Nation in peril\n\n" +
  "These traitors and their corrupt, evil regime want to destroy our great nation! " +
  "Wake up, patriots: the radical globalist elites are lying to you every single day! " +
  "Only a fool would believe the fake news media, the enemy of the people! " +
  "The ministry spent 40 million dollars on the bridge last year, twice what it had promised. " +
  "The council will meet again on Tuesday.\n";

type Cue = { rule: string; note: string };
type Claim = { start: number; end: number; score: number };

describe("sift analyze --encoder", () => {
  const plain = runSift(["analyze", "-", "--format", "json"], text);
  const again = runSift(["analyze", "-", "--format", "json"], text);
  const refined = runSift(["analyze", "-", "--format", "json", "--encoder"], text);
  const a = JSON.parse(plain.stdout);
  const b = JSON.parse(refined.stdout);

  it("succeeds with a valid analysis, and the default analysis does not change from run to run", () => {
    assert.equal(refined.status, 0, refined.stderr);
    assert.deepEqual(schemaErrors(b), []);
    assert.equal(again.stdout, plain.stdout);
  });
  it("names the propaganda model's techniques with the encoder", () => {
    const model = (cues: Cue[]) => cues.filter((c) => c.rule === "framing:propaganda-model");
    assert.ok(model(b.framing).length > 0);
    for (const c of model(b.framing)) assert.match(c.note, /^propaganda model with sentence encoder: /);
    for (const c of model(a.framing)) assert.match(c.note, /^propaganda model: /);
    const rules = (cues: Cue[]) => cues.filter((c) => c.rule !== "framing:propaganda-model");
    assert.deepEqual(rules(b.framing), rules(a.framing));
  });
  it("rescores the same claim units", () => {
    const spans = (cs: Claim[]) => cs.map((c) => `${c.start}:${c.end}`).sort();
    assert.ok(a.claims.length > 0);
    assert.deepEqual(spans(b.claims), spans(a.claims));
    const scoreOf = new Map(a.claims.map((c: Claim) => [`${c.start}:${c.end}`, c.score]));
    assert.ok(b.claims.some((c: Claim) => scoreOf.get(`${c.start}:${c.end}`) !== c.score));
  });
  it("changes no other layer", () => {
    assert.deepEqual({ ...b, framing: [], claims: [] }, { ...a, framing: [], claims: [] });
  });
});
