/**
 * The optional sentence-encoder refinement (`sift analyze --encoder`, and wherever an encoder is already loaded for
 * fact-check matching by meaning: `--db`, `sift serve`). The encoders (src/factcheck/sentence-encoder.ts) are
 * asynchronous and cost ~15 ms a text, far beyond the per-article budget, so the default pipeline never runs them.
 * Instead the document is analysed by PIPELINE_BEFORE_ENCODER (the default stages without claims and framing), the
 * texts both stages will score are encoded (each stage's in one call, by its own encoder), and the two stages then
 * run with those vectors: the claims stage stacks the head of the encoder fine-tuned for check-worthiness with its
 * lexical logits (models/claims/README.md), the propaganda model names techniques with the package encoder's vectors
 * of the span and its sentence (models/framing/README.md). Each stage still produces its own layer in that run;
 * nothing is patched.
 */
import { claimsAnnotatorWith, claimUnitTexts } from "../annotate/claims/index.js";
import { factchecksAnnotator, withFactChecks } from "../annotate/factchecks/index.js";
import { framingAnnotatorWith } from "../annotate/framing/annotator.js";
import { framingEncoderTexts } from "../annotate/framing/encoder-texts.js";
import type { Document } from "../core/document.js";
import type { FactCheckIndex } from "../factcheck/index.js";
import { loadClaimsEncoder, loadSentenceEncoder, type SentenceEncoder } from "../factcheck/sentence-encoder.js";
import type { Annotator } from "./annotator.js";
import { DEFAULT_PIPELINE, PIPELINE_BEFORE_ENCODER } from "./configuration.js";
import { analysisContext, runPipeline } from "./run.js";

export { PIPELINE_BEFORE_ENCODER };

/** The encoders of the refinement: the one fine-tuned for check-worthiness, and the package's for framing. */
export interface RefinementEncoders {
  readonly claims: SentenceEncoder;
  readonly framing: SentenceEncoder;
}

/** Both refinement encoders, loaded on first use (loading one costs about a second). */
export async function loadRefinementEncoders(): Promise<RefinementEncoders> {
  const [claims, framing] = await Promise.all([loadClaimsEncoder(), loadSentenceEncoder()]);
  return { claims, framing };
}

/** Each text's vector by `encoder`, in one call. */
async function vectorsByText(encoder: SentenceEncoder, texts: readonly string[]): Promise<Map<string, Float32Array>> {
  const vectors = await encoder.embed(texts);
  return new Map(texts.map((t, i) => [t, vectors[i] ?? new Float32Array(0)]));
}

/** Adds the claims and framing layers, with the encoders' help, to a document analysed by PIPELINE_BEFORE_ENCODER. */
export async function withEncoderStages(doc: Document, encoders: RefinementEncoders): Promise<Document> {
  if (doc.layers.claims !== undefined || doc.layers.framing !== undefined)
    throw new Error(
      "withEncoderStages: the document already has claims or framing (analyse it with PIPELINE_BEFORE_ENCODER)",
    );
  const claimVectors = await vectorsByText(encoders.claims, claimUnitTexts(doc));
  const framingVectors = await vectorsByText(encoders.framing, framingEncoderTexts(doc));
  return runPipeline(
    doc,
    [claimsAnnotatorWith(claimVectors), framingAnnotatorWith(framingVectors)],
    analysisContext(doc),
  );
}

/** The stages an analysis runs, when not the default ones, and the asynchronous steps after them. */
export interface AnalysisPlan {
  readonly pipeline?: readonly Annotator[];
  readonly afterPipeline?: (doc: Document) => Promise<Document>;
}

/**
 * The analysis of `sift analyze` and `sift serve`: with the refinement's encoders, PIPELINE_BEFORE_ENCODER, then the
 * refined claims and framing stages; then fact-check matching, by meaning with `matchingEncoder` (the encoder
 * fine-tuned for matching, whose vectors the stored fact-checks carry) when it is loaded, by words otherwise. Without
 * them, the default pipeline with fact-check matching as its last stage when there are fact-checks.
 */
export function analysisPlan(
  factChecks: FactCheckIndex | undefined,
  encoder: RefinementEncoders | undefined,
  matchingEncoder?: SentenceEncoder,
): AnalysisPlan {
  if (encoder === undefined && matchingEncoder === undefined)
    return factChecks ? { pipeline: [...DEFAULT_PIPELINE, factchecksAnnotator(factChecks)] } : {};
  return {
    pipeline: encoder ? PIPELINE_BEFORE_ENCODER : DEFAULT_PIPELINE,
    afterPipeline: async (doc) => {
      const refined = encoder ? await withEncoderStages(doc, encoder) : doc;
      if (factChecks === undefined) return refined;
      return matchingEncoder
        ? withFactChecks(refined, factChecks, matchingEncoder)
        : runPipeline(refined, [factchecksAnnotator(factChecks)], analysisContext(refined));
    },
  };
}
