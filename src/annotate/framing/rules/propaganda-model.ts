/**
 * The trained propaganda models (SemEval-2020 Task 11 techniques) on the body: the span model picks sentences
 * and spans, the technique model names the technique, mapped to a FramingKind. Spans that are mostly the
 * speaker's words (inside quotes) are dropped: the cue is about the author's framing. When the context carries the
 * sentence encoder's vectors (the encoder refinement, src/pipeline/encoder.ts), the technique model that also reads them names
 * the technique instead (encoder-techniques.ts); the spans are the same either way.
 */
import type { FramingCue } from "../../../core/document.js";
import { encoderValues } from "../encoder-techniques.js";
import { encoderTechniqueModel, framingModels } from "../model-store.js";
import { findSpans, type ScoredSpan } from "../span-scorer.js";
import { rankTechniques, TECHNIQUE_KIND } from "../technique-classifier.js";
import type { FramingContext, FramingRule } from "./context.js";

/** A span counts as the speaker's when more than half of its characters are inside quotes. */
const SPEAKER_SHARE = 0.5;

/** Words that carry no framing on their own: a span made only of them ("the", "would", "still") is noise. */
const FUNCTION_WORDS = new Set(
  "a an the and or but nor of to in on at for with by from as that this these those it its is are was were be been being would will could should may might can must shall do does did has have had still just also even all some any more most very so too not no their his her our my your they he she we i you them him us there here then than".split(
    " ",
  ),
);

export function onlyFunctionWords(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  return words.every((w) => FUNCTION_WORDS.has(w));
}

/**
 * The model's spans that become cues (`spans`: every span found, which the technique features read as the other
 * spans of the article), without the speaker's words and spans of function words only.
 */
export function modelSpans(ctx: FramingContext): { spans: ScoredSpan[]; kept: ScoredSpan[] } {
  const models = framingModels();
  const spans = findSpans(models.spans, ctx.article, models.runtimeSentenceThreshold);
  const kept = spans.filter(
    (span) => ctx.speakerShare(span) <= SPEAKER_SHARE && !onlyFunctionWords(ctx.text.slice(span.start, span.end)),
  );
  return { spans, kept };
}

function modelCues(ctx: FramingContext): FramingCue[] {
  const models = framingModels();
  const { spans, kept } = modelSpans(ctx);
  const cues: FramingCue[] = [];
  for (const span of kept) {
    const extra = ctx.encoderVectors && encoderValues(ctx.encoderVectors, ctx.article, span);
    const [best] = extra
      ? rankTechniques(encoderTechniqueModel(), ctx.article, span, spans, extra)
      : rankTechniques(models.techniques, ctx.article, span, spans);
    if (!best) continue;
    const score = Math.round(span.score * best.probability * 1000) / 1000;
    cues.push({
      kind: TECHNIQUE_KIND[best.technique],
      start: span.start,
      end: span.end,
      note: `propaganda model${extra ? " with sentence encoder" : ""}: ${best.technique} (technique p=${best.probability.toFixed(2)}, sentence score=${span.score.toFixed(2)})`,
      rule: "framing:propaganda-model",
      score,
    });
  }
  return cues;
}

export const propagandaModelRule: FramingRule = { name: "propaganda-model", readsEnglish: true, apply: modelCues };
