/**
 * Check-worthiness in a transcript (a debate, an interview, a speech with questions): every line has a speaker, and
 * who speaks says a lot about what fact-checkers take up. Moderators ask questions and minor participants say little;
 * the lines checked come from the main speakers. A small logistic model re-ranks the sentence model's logit with
 * general turn-taking features of the line's speaker in this transcript (share of lines, share of questions, rank by
 * lines spoken), never the speaker's name, so it carries over to any transcript.
 */
import { sigmoid } from "./model.js";

export interface TranscriptLine {
  readonly speaker: string;
  readonly text: string;
}

/** Dense weights over TRANSCRIPT_FEATURES, in that order. */
export interface TranscriptReranker {
  readonly features: readonly string[];
  readonly weights: readonly number[];
}

/** The re-ranker's inputs, by name (the model file stores the names, so a mismatch is caught on load). */
export const TRANSCRIPT_FEATURES = [
  "bias",
  "sentence-logit",
  "speaker-share",
  "speaker-question-rate",
  "top-speaker",
  "second-speaker",
  "minor-speaker",
] as const;

const QUESTION = /\?\s*["”’)]*\s*$/;
/** Speakers ranked this low or lower by lines spoken are minor participants (a panelist, an audience member). */
const MINOR_SPEAKER_RANK = 3;

/** One feature row per line, given the sentence model's logit for each line. */
export function transcriptFeatures(lines: readonly TranscriptLine[], logits: readonly number[]): number[][] {
  if (logits.length !== lines.length)
    throw new Error(`transcript: ${lines.length} lines but ${logits.length} sentence logits`);
  const spoken = new Map<string, number>();
  const asked = new Map<string, number>();
  for (const line of lines) {
    spoken.set(line.speaker, (spoken.get(line.speaker) ?? 0) + 1);
    if (QUESTION.test(line.text)) asked.set(line.speaker, (asked.get(line.speaker) ?? 0) + 1);
  }
  // Ties in lines spoken are broken by name so the rank does not depend on line order.
  const byLines = [...spoken.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([s]) => s);
  return lines.map((line, i) => {
    const count = spoken.get(line.speaker) ?? 1;
    const rank = byLines.indexOf(line.speaker);
    return [
      1,
      logits[i] ?? 0,
      count / lines.length,
      (asked.get(line.speaker) ?? 0) / count,
      rank === 0 ? 1 : 0,
      rank === 1 ? 1 : 0,
      rank >= MINOR_SPEAKER_RANK ? 1 : 0,
    ];
  });
}

const dot = (w: readonly number[], x: readonly number[]): number => x.reduce((sum, v, j) => sum + v * (w[j] ?? 0), 0);

/** Check-worthiness in [0, 1] of every line of a transcript, in line order. */
export function scoreTranscript(
  lines: readonly TranscriptLine[],
  logits: readonly number[],
  reranker: TranscriptReranker,
): number[] {
  return transcriptFeatures(lines, logits).map((x) => sigmoid(dot(reranker.weights, x)));
}

export interface RerankerTrainOptions {
  /** Weight of a positive line against a negative one: check-worthy lines are ~1% of a transcript. */
  readonly positiveWeight: number;
  readonly l2: number;
  readonly iterations: number;
  readonly learningRate: number;
}

export const RERANKER_TRAIN_OPTIONS: RerankerTrainOptions = {
  positiveWeight: 20,
  l2: 1e-3,
  iterations: 300,
  learningRate: 0.5,
};

/** Full-batch AdaGrad on weighted log loss: no sampling, so the same rows give the same weights. */
export function trainReranker(
  rows: readonly (readonly number[])[],
  labels: readonly (0 | 1)[],
  options: RerankerTrainOptions = RERANKER_TRAIN_OPTIONS,
): TranscriptReranker {
  const k = TRANSCRIPT_FEATURES.length;
  const w = new Float64Array(k);
  const g2 = new Float64Array(k).fill(1e-8);
  const grad = new Float64Array(k);
  let total = 0;
  labels.forEach((y) => {
    total += y === 1 ? options.positiveWeight : 1;
  });
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    rows.forEach((x, n) => {
      const y = labels[n] ?? 0;
      let z = 0;
      for (let j = 0; j < k; j++) z += (w[j] ?? 0) * (x[j] ?? 0);
      const e = (sigmoid(z) - y) * (y === 1 ? options.positiveWeight : 1);
      for (let j = 0; j < k; j++) grad[j] = (grad[j] ?? 0) + e * (x[j] ?? 0);
    });
    for (let j = 0; j < k; j++) {
      const g = (grad[j] ?? 0) / Math.max(1, total) + options.l2 * (w[j] ?? 0);
      g2[j] = (g2[j] ?? 0) + g * g;
      w[j] = (w[j] ?? 0) - (options.learningRate * g) / Math.sqrt(g2[j] ?? 1);
    }
  }
  return { features: [...TRANSCRIPT_FEATURES], weights: [...w].map((v) => Math.round(v * 1e4) / 1e4) };
}
