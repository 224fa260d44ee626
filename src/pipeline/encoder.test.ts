import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../analyze.js";
import { claimUnitTexts } from "../annotate/claims/index.js";
import { framingEncoderTexts } from "../annotate/framing/encoder-texts.js";
import { buildContext } from "../annotate/framing/rules/context.js";
import { modelSpans } from "../annotate/framing/rules/propaganda-model.js";
import type { FramingCue } from "../core/document.js";
import { fnv1a } from "../core/fnv.js";
import { FactCheckIndex } from "../factcheck/factcheck-index.js";
import { SENTENCE_VECTOR_DIMENSIONS, type SentenceEncoder } from "../factcheck/sentence-encoder.js";
import { DEFAULT_PIPELINE } from "./configuration.js";
import { analysisPlan, PIPELINE_BEFORE_ENCODER, type RefinementEncoders, withEncoderStages } from "./encoder.js";

// A stand-in for the sentence encoder: each text gets a unit vector of its own (one place set, by the text's hash).
function fakeEncoder(asked: string[][]): SentenceEncoder {
  return {
    name: "fake",
    async embed(texts) {
      asked.push([...texts]);
      return texts.map((t) => {
        const v = new Float32Array(SENTENCE_VECTOR_DIMENSIONS);
        v[fnv1a(t) % SENTENCE_VECTOR_DIMENSIONS] = 1;
        return v;
      });
    },
  };
}

/** Both refinement encoders as stand-ins, each recording what it was asked. */
const fakeEncoders = (claimsAsked: string[][], framingAsked: string[][]): RefinementEncoders => ({
  claims: fakeEncoder(claimsAsked),
  framing: fakeEncoder(framingAsked),
});

const text =
  "Nation in peril\n\n" +
  "These traitors and their corrupt, evil regime want to destroy our great nation! " +
  "Wake up, patriots: the radical globalist elites are lying to you every single day! " +
  "Only a fool would believe the fake news media, the enemy of the people! " +
  "The council will meet again on Tuesday.";

const modelCues = (cues: readonly FramingCue[] | undefined) =>
  (cues ?? []).filter((c) => c.rule === "framing:propaganda-model");

describe("PIPELINE_BEFORE_ENCODER", () => {
  it("drops the claims and framing stages and keeps the others in order", () => {
    const names = PIPELINE_BEFORE_ENCODER.map((a) => a.name);
    assert.deepEqual(
      names,
      DEFAULT_PIPELINE.map((a) => a.name).filter((n) => n !== "framing" && n !== "claims"),
    );
  });
});

describe("withEncoderStages", async () => {
  const plain = analyze(text, { name: "t.txt" });
  const unframed = analyze(text, { name: "t.txt", pipeline: PIPELINE_BEFORE_ENCODER });
  const claimsAsked: string[][] = [];
  const framingAsked: string[][] = [];
  const refined = await withEncoderStages(unframed, fakeEncoders(claimsAsked, framingAsked));
  const before = modelCues(plain.layers.framing);
  const after = modelCues(refined.layers.framing);

  it("encodes the claim units by the claims encoder and the model's spans with their sentences by the other, a call each", () => {
    assert.ok(framingEncoderTexts(unframed).length > 0 && claimUnitTexts(unframed).length > 0);
    assert.deepEqual(claimsAsked, [claimUnitTexts(unframed)]);
    assert.deepEqual(framingAsked, [framingEncoderTexts(unframed)]);
  });
  it("scores the same claim units as the default pipeline, with other scores", () => {
    const spans = (d: typeof plain) => (d.layers.claims ?? []).map((c) => `${c.start}:${c.end}`).sort();
    assert.deepEqual(spans(refined), spans(plain));
    const scores = (d: typeof plain) =>
      [...(d.layers.claims ?? [])].sort((x, y) => x.start - y.start).map((c) => c.score);
    assert.notDeepEqual(scores(refined), scores(plain));
  });
  it("refuses a document that already has the layers", async () => {
    await assert.rejects(withEncoderStages(plain, fakeEncoders([], [])), /already has claims or framing/);
  });
  it("reports spans of the same span model as the default pipeline", () => {
    assert.ok(before.length > 0 && after.length > 0, "expected model cues on the loud paragraph");
    const found = new Set(modelSpans(buildContext(unframed)).kept.map((s) => `${s.start}:${s.end}`));
    for (const c of [...before, ...after]) assert.ok(found.has(`${c.start}:${c.end}`));
  });
  it("names their techniques with the encoder's vectors", () => {
    for (const c of after) assert.match(c.note, /^propaganda model with sentence encoder: /);
    // The vectors change the technique probabilities (and so the scores) of the cues.
    assert.notDeepEqual(
      after.map((c) => c.score),
      before.map((c) => c.score),
    );
  });
  it("leaves the rules' cues as they were", () => {
    const others = (cues: readonly { rule: string }[] | undefined) =>
      (cues ?? []).filter((c) => c.rule !== "framing:propaganda-model");
    assert.deepEqual(others(refined.layers.framing), others(plain.layers.framing));
  });
});

describe("analysisPlan", async () => {
  const index = new FactCheckIndex([
    {
      url: "https://checks.example/bridge",
      claimReviewed: "The ministry spent 40 million on the bridge.",
      rating: "False",
    },
  ]);
  const stages = (plan: { pipeline?: readonly { name: string }[] }) => plan.pipeline?.map((a) => a.name);
  const defaults = DEFAULT_PIPELINE.map((a) => a.name);
  const before = PIPELINE_BEFORE_ENCODER.map((a) => a.name);
  // name, fact-checks, refinement encoder, matching encoder → the stages, whether steps follow
  const rows: [string, FactCheckIndex | undefined, boolean, boolean, string[] | undefined, boolean][] = [
    ["neither: the default pipeline", undefined, false, false, undefined, false],
    ["fact-checks only: lexical matching as the last stage", index, false, false, [...defaults, "factchecks"], false],
    ["encoder only: the refinement after the pipeline", undefined, true, false, before, true],
    ["both encoders: refinement, then matching by meaning", index, true, true, before, true],
    ["refinement without the matching encoder: matching by words after it", index, true, false, before, true],
    ["the matching encoder alone: the default stages, then matching by meaning", index, false, true, defaults, true],
  ];
  for (const [name, factChecks, refines, matchesByMeaning, expectedStages, after] of rows)
    it(name, async () => {
      const claimsAsked: string[][] = [];
      const framingAsked: string[][] = [];
      const matchingAsked: string[][] = [];
      const plan = analysisPlan(
        factChecks,
        refines ? fakeEncoders(claimsAsked, framingAsked) : undefined,
        matchesByMeaning ? fakeEncoder(matchingAsked) : undefined,
      );
      assert.deepEqual(stages(plan), expectedStages);
      assert.equal(plan.afterPipeline !== undefined, after);
      if (!plan.afterPipeline) return;
      const doc = await plan.afterPipeline(
        analyze(text, { name: "t.txt", pipeline: refines ? PIPELINE_BEFORE_ENCODER : DEFAULT_PIPELINE }),
      );
      assert.ok(doc.layers.claims && doc.layers.framing);
      assert.equal(doc.layers.factchecks !== undefined, factChecks !== undefined);
      // Each encoder reads only its own texts: the refinement's the claim units and the spans, matching the claims.
      assert.equal(claimsAsked.length, refines ? 1 : 0);
      assert.equal(framingAsked.length, refines ? 1 : 0);
      assert.equal(matchingAsked.length, matchesByMeaning ? 1 : 0);
    });
});
