import assert from "node:assert/strict";
import { test } from "node:test";
import { loadClaimsModel, parseModel, serialiseModel } from "./model.js";
import { scoreTranscriptLines } from "./score.js";
import { scoreTranscript, TRANSCRIPT_FEATURES, trainReranker, transcriptFeatures } from "./transcript.js";

/** A moderator who asks, two candidates who answer, and one audience member. */
const LINES = [
  { speaker: "MOD", text: "What will you do about jobs?" },
  { speaker: "A", text: "We lost 70,000 factories." },
  { speaker: "A", text: "That is a fact." },
  { speaker: "B", text: "Unemployment fell to 5 percent." },
  { speaker: "MOD", text: "Thank you." },
  { speaker: "A", text: "Wages went down." },
  { speaker: "B", text: "Not true." },
  { speaker: "AUDIENCE", text: "Boo!" },
];
const col = (name: (typeof TRANSCRIPT_FEATURES)[number]): number => TRANSCRIPT_FEATURES.indexOf(name);

test("transcriptFeatures: speaker share, question rate and rank per line", () => {
  const rows = transcriptFeatures(
    LINES,
    LINES.map((_, i) => i / 10),
  );
  // [line, share, question rate, top, second, minor]
  const expected: [number, number, number, number, number, number][] = [
    [0, 2 / 8, 1 / 2, 0, 0, 0],
    [1, 3 / 8, 0, 1, 0, 0],
    [3, 2 / 8, 0, 0, 1, 0],
    [7, 1 / 8, 0, 0, 0, 1],
  ];
  for (const [line, share, questions, top, second, minor] of expected) {
    const row = rows[line] ?? [];
    assert.equal(row[col("bias")], 1);
    assert.equal(row[col("sentence-logit")], line / 10);
    assert.equal(row[col("speaker-share")], share, `share of line ${line}`);
    assert.equal(row[col("speaker-question-rate")], questions, `question rate of line ${line}`);
    assert.equal(row[col("top-speaker")], top, `top speaker at line ${line}`);
    assert.equal(row[col("second-speaker")], second, `second speaker at line ${line}`);
    assert.equal(row[col("minor-speaker")], minor, `minor speaker at line ${line}`);
  }
  assert.throws(() => transcriptFeatures(LINES, [0]), /8 lines but 1 sentence logits/);
});

test("trainReranker learns that the asking speaker's lines are not check-worthy, deterministically", () => {
  // Same sentence logit everywhere: only who speaks can separate the lines.
  const lines = Array.from({ length: 40 }, (_, i) => ({
    speaker: i % 4 === 0 ? "MOD" : "A",
    text: i % 4 === 0 ? "Why?" : "A statement.",
  }));
  const rows = transcriptFeatures(
    lines,
    lines.map(() => 0),
  );
  const labels = lines.map((l, i) => (l.speaker === "A" && i % 3 === 0 ? 1 : 0) as 0 | 1);
  const reranker = trainReranker(rows, labels);
  assert.deepEqual(trainReranker(rows, labels), reranker, "same rows, same weights");
  const scores = scoreTranscript(
    lines,
    lines.map(() => 0),
    reranker,
  );
  const moderator = Math.max(...scores.filter((_, i) => lines[i]?.speaker === "MOD"));
  const candidate = Math.min(...scores.filter((_, i) => lines[i]?.speaker === "A"));
  assert.ok(candidate > moderator, `candidate ${candidate} should outrank moderator ${moderator}`);
});

test("the model file keeps the transcript re-ranker and rejects a mismatched one", () => {
  const weights = new Float32Array(1 << 4);
  weights[3] = 0.5;
  const transcript = { features: [...TRANSCRIPT_FEATURES], weights: [0.1, 1, 0, 0, 0, 0, -1] };
  const parsed = parseModel(serialiseModel({ bits: 4, threshold: 0.4, weights, transcript }, "test"));
  assert.deepEqual(parsed.transcript, transcript);
  assert.equal(parsed.weights[3], 0.5);
  const stale = serialiseModel(
    { bits: 4, threshold: 0.4, weights, transcript: { features: ["bias"], weights: [0] } },
    "test",
  );
  assert.throws(() => parseModel(stale), /transcript features bias do not match/);
});

test("shipped model: the same claim ranks higher from a main speaker than from the moderator who asks", () => {
  const claim = "Unemployment fell to 4.9 percent last year.";
  const lines = [
    { speaker: "MODERATOR", text: "Senator, what about jobs?" },
    { speaker: "MODERATOR", text: claim },
    { speaker: "SENATOR", text: "We created jobs in every state." },
    { speaker: "SENATOR", text: claim },
    { speaker: "SENATOR", text: "That is the record." },
    { speaker: "MODERATOR", text: "And what about wages?" },
  ];
  const model = loadClaimsModel();
  assert.ok(model.transcript, "the shipped model has a transcript re-ranker");
  const scores = scoreTranscriptLines(lines, model);
  assert.equal(scores.length, lines.length);
  for (const s of scores) assert.ok(s >= 0 && s <= 1);
  assert.ok((scores[3] ?? 0) > (scores[1] ?? 1), `senator ${scores[3]} vs moderator ${scores[1]}`);
});
