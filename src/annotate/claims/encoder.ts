/**
 * The optional encoder refinement of check-worthiness: the claims stage run with the pre-trained sentence encoder's
 * vectors of its units (src/factcheck/sentence-encoder.ts), so each unit is scored by the model's encoder network
 * stacked with the lexical logits (models/claims/README.md). The encoder is asynchronous and costs ~15 ms a unit, so
 * the default pipeline never runs it: the document is analysed without the claims stage (PIPELINE_WITHOUT_CLAIMS),
 * then this helper encodes the units and runs the stage, which produces the claims layer in that run.
 */
import type { Document } from "../../core/document.js";
import type { SentenceEncoder } from "../../factcheck/sentence-encoder.js";
import { analysisContext, runPipeline } from "../../pipeline/run.js";
import { claimsAnnotatorWith, claimUnitTexts } from "./index.js";

/** Adds the claims layer, scored with the encoder, to a document analysed without the claims stage. */
export async function withEncoderClaims(doc: Document, encoder: SentenceEncoder): Promise<Document> {
  if (doc.layers.claims !== undefined)
    throw new Error("withEncoderClaims: the document already has a claims layer (analyse it without the claims stage)");
  const texts = [...new Set(claimUnitTexts(doc))];
  const vectors = await encoder.embed(texts);
  const byText = new Map(texts.map((t, i) => [t, vectors[i] ?? new Float32Array(0)]));
  return runPipeline(doc, [claimsAnnotatorWith(byText)], analysisContext(doc));
}
