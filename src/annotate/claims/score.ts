/**
 * scoreClaim: how worth checking one sentence (or clause) is, in [0, 1], with the cue families that fired. The
 * probability comes from the shipped logistic-regression model; a few page-furniture cues that debate transcripts
 * never taught it (newsletter calls to action, greetings) are pushed down by fixed logit offsets.
 */
import { loadWordVectors } from "../../core/word-vectors.js";
import { cnnLogit } from "./cnn.js";
import { hashFeatures, type TokensInText } from "./features.js";
import { mlpLogit, sentenceVector } from "./mlp.js";
import { type Blend, type LinearHead, type LinearModel, loadClaimsModel, logitOfHashes, sigmoid } from "./model.js";
import { scoreTranscript, type TranscriptLine } from "./transcript.js";

/** Cue families a reader should see as reasons to check; the others (opinion, question …) only inform the model. */
const CHECKWORTHY_CUES: ReadonlySet<string> = new Set([
  "number",
  "percentage",
  "money",
  "year",
  "quantity",
  "comparison",
  "superlative",
  "absolute",
  "causal",
  "change",
  "attribution",
  "named-entity",
  "ongoing",
]);

/**
 * Logit offsets for cues the training debates barely contain. An imperative that opens a sentence ("Subscribe…",
 * "Click…") is page furniture, not a claim; a greeting or thanks is ritual. -3 logits takes a 0.5 to ~0.05.
 */
const PRIOR_OFFSETS: Readonly<Record<string, number>> = {
  "call-to-action": -3,
  greeting: -1.5,
  question: -2,
  // News narrates itineraries ("flew to Ankara", "met the mayor"); debates, the training data, do not, so the model
  // over-trusts the named entities in them. Where someone went is rarely what a fact-checker checks.
  narration: -1.5,
  // "A contingent remains at the base": a claim about the present state of the world, which debates phrase
  // differently ("we still have troops"); news claims of persistence deserve the same weight.
  ongoing: 1.5,
  // Graded verbs ("brilliantly demonstrated") make an appraisal, and a lead-in ending in a colon hands the claim
  // to the quote it introduces.
  evaluative: -1.5,
  "lead-in": -2,
};
/**
 * A totality claim about a change of state ("all bridges are destroyed", "completely freed") is the kind of
 * assertion war and disaster reporting needs checked, but debates rarely phrase claims so: +2 logits.
 */
const ABSOLUTE_CHANGE_OFFSET = 2;
/**
 * A change of state told in the third person without opinion, modal or hedge ("refugees are returning to their
 * homes") is an assertion about the world: +1 logit.
 */
const ASSERTED_CHANGE_OFFSET = 1;
const SUBJECTIVE: readonly string[] = ["first-person", "second-person", "opinion", "modal", "hedge"];
/** A sentence with no check-worthy cue at all (pure narrative, "He paused and opened the door"): -1 logit. */
const NO_CUE_OFFSET = -1;

export interface ClaimScore {
  readonly score: number;
  readonly cues: string[];
  /** Every cue family that fired, the ones a reader is not shown too (past-tense, first-person …). */
  readonly signals: readonly string[];
}

/**
 * A sentence's logit in its parts: the hashed model's, the mean-vector network's and the convolutional network's (0
 * without one), the offsets.
 */
export interface LogitParts {
  readonly hashed: number;
  readonly mlp: number;
  readonly cnn: number;
  /** The fine-tuned encoder head's logit (0 without the sentence's vector by that encoder or without the refinement). */
  readonly encoder: number;
  readonly offset: number;
  /** The check-worthy cues a reader sees. */
  readonly cues: string[];
  /** Every cue family that fired. */
  readonly signals: readonly string[];
}

/** The network's input vector (`sentenceVector`), reused from unit to unit: it is read only while a unit is scored. */
let scratchInput: Float32Array | undefined;
function networkInput(): Float32Array {
  scratchInput ??= new Float32Array(loadWordVectors().dimensions);
  return scratchInput;
}

/**
 * `vector`: the sentence's vector by the encoder fine-tuned for check-worthiness, when the caller computed it (the
 * encoder is asynchronous and costs ~15 ms a sentence, so only the optional refinement of `withEncoderStages` has it).
 */
export function claimLogitParts(
  sentence: string,
  model: LinearModel = loadClaimsModel(),
  tokens?: TokensInText,
  vector?: Float32Array,
): LogitParts {
  const { hashes, cues, rows } = hashFeatures(sentence, tokens);
  const hashed = logitOfHashes(model, hashes);
  const mlp = model.mlp ? mlpLogit(model.mlp, sentenceVector(rows, networkInput())) : 0;
  const cnn = model.cnn ? cnnLogit(model.cnn, rows) : 0;
  const encoder = refines(model, vector) && model.encoder && vector ? headLogit(model.encoder.head, vector) : 0;
  let offset = 0;
  for (const cue of cues) offset += PRIOR_OFFSETS[cue] ?? 0;
  if (cues.includes("absolute") && cues.includes("change")) offset += ABSOLUTE_CHANGE_OFFSET;
  if (cues.includes("change") && !cues.some((c) => SUBJECTIVE.includes(c))) offset += ASSERTED_CHANGE_OFFSET;
  const shown = cues.filter((c) => CHECKWORTHY_CUES.has(c));
  if (shown.length === 0) offset += NO_CUE_OFFSET;
  return { hashed, mlp, cnn, encoder, offset, cues: shown, signals: cues };
}

/** The blended logit (model.ts `Blend`; the hashed logit alone without a network) plus the runtime offsets. */
export function combineLogit(parts: LogitParts, blend: Blend | undefined): number {
  if (blend === undefined) return parts.hashed + parts.offset;
  const lexical = blend.hashed * parts.hashed + blend.mlp * parts.mlp + (blend.cnn ?? 0) * parts.cnn;
  // The encoder's term only where its blend has one, so the lexical blend's sum is the same number as before.
  const z = blend.encoder === undefined ? lexical + blend.bias : lexical + blend.encoder * parts.encoder + blend.bias;
  return z + parts.offset;
}

/** True when the model has the encoder refinement and `vector` is one it reads (the encoder's size). */
const refines = (model: LinearModel, vector: Float32Array | undefined): boolean =>
  model.encoder !== undefined && vector !== undefined && vector.length === model.encoder.head.weights.length;

/** The head's logit for a vector of its size. */
export function headLogit(head: LinearHead, vector: Float32Array): number {
  let z = head.bias;
  for (let i = 0; i < vector.length; i++) z += (head.weights[i] as number) * (vector[i] as number);
  return z;
}

/** The lexical blend: the hashed logit alone in a model without a network. */
const lexicalBlend = (model: LinearModel): Blend | undefined => (model.mlp || model.cnn ? model.blend : undefined);

/** The blend and threshold that apply: the encoder refinement's when the sentence has a vector it can read. */
export function blendFor(model: LinearModel, vector?: Float32Array): { blend: Blend | undefined; threshold: number } {
  return refines(model, vector) && model.encoder
    ? { blend: model.encoder.blend, threshold: model.encoder.threshold }
    : { blend: lexicalBlend(model), threshold: model.threshold };
}

/** The model's logit for a sentence plus the runtime offsets, and the cues a reader sees. */
export function claimLogit(
  sentence: string,
  model: LinearModel = loadClaimsModel(),
  tokens?: TokensInText,
  vector?: Float32Array,
): { z: number; cues: string[]; signals: readonly string[] } {
  const parts = claimLogitParts(sentence, model, tokens, vector);
  return { z: combineLogit(parts, blendFor(model, vector).blend), cues: parts.cues, signals: parts.signals };
}

/**
 * `tokens`: the sentence's tokens in a text that holds it, when the caller has them (see `TokensInText`); `vector`:
 * its sentence-encoder vector, for the encoder refinement (claimLogitParts).
 */
export function scoreClaim(
  sentence: string,
  model: LinearModel = loadClaimsModel(),
  tokens?: TokensInText,
  vector?: Float32Array,
): ClaimScore {
  const { z, cues, signals } = claimLogit(sentence, model, tokens, vector);
  return { score: sigmoid(z), cues, signals };
}

/**
 * Check-worthiness of every line of a transcript with speakers, in line order: the sentence model re-ranked by the
 * speaker features of transcript.ts when the model has them, the sentence score alone otherwise.
 */
export function scoreTranscriptLines(
  lines: readonly TranscriptLine[],
  model: LinearModel = loadClaimsModel(),
  vectors?: readonly (Float32Array | undefined)[],
): number[] {
  const logits = lines.map((l, i) => claimLogit(l.text, model, undefined, vectors?.[i]).z);
  return model.transcript ? scoreTranscript(lines, logits, model.transcript) : logits.map(sigmoid);
}

/**
 * True when the score clears the threshold tuned for ClaimBuster positive-class F1; `withEncoder` for a score the
 * encoder refinement gave (it has its own threshold).
 */
export function isCheckWorthy(score: number, model: LinearModel = loadClaimsModel(), withEncoder = false): boolean {
  return score >= (withEncoder && model.encoder ? model.encoder.threshold : model.threshold);
}
