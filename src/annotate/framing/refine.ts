/**
 * The framing layer refined by the sentence encoder, an optional asynchronous step after the pipeline
 * (`sift analyze --encoder`): the encoder costs ~15 ms a text, far beyond the pipeline's per-article budget, so the
 * default pipeline never runs it. The document comes from a pipeline without the framing stage; the spans the
 * propaganda model will report are found first (by the lexical span model, as always), their texts and sentences
 * encoded, and the framing stage then runs with those vectors.
 */
import type { Document } from "../../core/document.js";
import type { SentenceEncoder } from "../../factcheck/sentence-encoder.js";
import type { Annotator } from "../../pipeline/annotator.js";
import { analysisContext, runPipeline } from "../../pipeline/run.js";
import { framingAnnotatorWith } from "./annotator.js";
import { encoderTexts } from "./encoder-techniques.js";
import { buildContext } from "./rules/context.js";
import { modelSpans } from "./rules/propaganda-model.js";

/** The texts the encoder reads for a document: each reported model span and the sentence it starts in. */
export function framingEncoderTexts(doc: Document): string[] {
  const ctx = buildContext(doc);
  const texts = new Set<string>();
  for (const span of modelSpans(ctx).kept) {
    const t = encoderTexts(ctx.article, span);
    texts.add(t.span);
    texts.add(t.sentence);
  }
  return [...texts];
}

/** Adds the framing layer to a document analysed without it, with the sentence encoder's help. */
export async function withEncoderFraming(doc: Document, encoder: SentenceEncoder): Promise<Document> {
  const texts = framingEncoderTexts(doc);
  const vectors = await encoder.embed(texts);
  const byText = new Map(texts.map((t, i) => [t, vectors[i] ?? new Float32Array(0)]));
  return runPipeline(doc, [framingAnnotatorWith(byText)], analysisContext(doc));
}

/** The stages of `pipeline` without the framing stage, for a document the encoder refinement will finish. */
export const withoutFraming = (pipeline: readonly Annotator[]): Annotator[] =>
  pipeline.filter((a) => a.produces !== "framing");
