/**
 * What the sentence encoder reads for the framing stage's refinement (src/pipeline/encoder.ts): each span the
 * propaganda model will report — found by the lexical span model, as always — and the sentence it starts in.
 */
import type { Document } from "../../core/document.js";
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
