/**
 * The optional sentence-encoder refinement (`sift analyze --encoder`, and wherever the encoder is already loaded for
 * fact-check matching by meaning: `--db`, `sift serve`). The pre-trained encoder (src/factcheck/sentence-encoder.ts)
 * is asynchronous and costs ~15 ms a text, far beyond the per-article budget, so the default pipeline never runs it.
 * Instead the document is analysed by PIPELINE_BEFORE_ENCODER (the default stages without claims and framing), the
 * texts both stages will score are encoded in one call, and the two stages then run with those vectors: the claims
 * stage stacks an encoder network with its lexical logits (models/claims/README.md), the propaganda model names
 * techniques with the span's and its sentence's vectors (models/framing/README.md). Each stage still produces its own
 * layer in that run; nothing is patched.
 */
import { claimsAnnotatorWith, claimUnitTexts } from "../annotate/claims/index.js";
import { factchecksAnnotator, withFactChecks } from "../annotate/factchecks/index.js";
import { framingAnnotatorWith } from "../annotate/framing/annotator.js";
import { framingEncoderTexts } from "../annotate/framing/encoder-texts.js";
import type { Document } from "../core/document.js";
import type { FactCheckIndex } from "../factcheck/index.js";
import type { SentenceEncoder } from "../factcheck/sentence-encoder.js";
import type { Annotator } from "./annotator.js";
import { DEFAULT_PIPELINE, PIPELINE_BEFORE_ENCODER } from "./configuration.js";
import { analysisContext, runPipeline } from "./run.js";

export { PIPELINE_BEFORE_ENCODER };

/** The texts the encoder reads for a document: the claim units and the propaganda model's spans with sentences. */
export function encoderTexts(doc: Document): string[] {
  return [...new Set([...claimUnitTexts(doc), ...framingEncoderTexts(doc)])];
}

/** Adds the claims and framing layers, with the encoder's help, to a document analysed by PIPELINE_BEFORE_ENCODER. */
export async function withEncoderStages(doc: Document, encoder: SentenceEncoder): Promise<Document> {
  if (doc.layers.claims !== undefined || doc.layers.framing !== undefined)
    throw new Error(
      "withEncoderStages: the document already has claims or framing (analyse it with PIPELINE_BEFORE_ENCODER)",
    );
  const texts = encoderTexts(doc);
  const vectors = await encoder.embed(texts);
  const byText = new Map(texts.map((t, i) => [t, vectors[i] ?? new Float32Array(0)]));
  return runPipeline(doc, [claimsAnnotatorWith(byText), framingAnnotatorWith(byText)], analysisContext(doc));
}

/** The stages an analysis runs, when not the default ones, and the asynchronous steps after them. */
export interface AnalysisPlan {
  readonly pipeline?: readonly Annotator[];
  readonly afterPipeline?: (doc: Document) => Promise<Document>;
}

/**
 * The analysis of `sift analyze` and `sift serve`: with the encoder, PIPELINE_BEFORE_ENCODER, then the refined claims
 * and framing stages; then fact-check matching, by meaning with `matchingEncoder` (the encoder fine-tuned for
 * matching, whose vectors the stored fact-checks carry) when it is loaded, by words otherwise. Without the encoder,
 * the default pipeline with fact-check matching as its last stage when there are fact-checks.
 */
export function analysisPlan(
  factChecks: FactCheckIndex | undefined,
  encoder: SentenceEncoder | undefined,
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
