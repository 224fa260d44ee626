/**
 * The trained propaganda models (SemEval-2020 Task 11 techniques) on the body: the span model picks sentences
 * and spans, the technique model names the technique, mapped to a FramingKind. Spans that are mostly the
 * speaker's words (inside quotes) are dropped: the cue is about the author's framing.
 */
import type { FramingCue } from "../../../core/document.js";
import { framingModels } from "../model-store.js";
import { findSpans } from "../span-scorer.js";
import { rankTechniques, TECHNIQUE_KIND } from "../technique-classifier.js";
import type { FramingContext, FramingRule } from "./context.js";

/** A span counts as the speaker's when more than half of its characters are inside quotes. */
const SPEAKER_SHARE = 0.5;

function modelCues(ctx: FramingContext): FramingCue[] {
  const models = framingModels();
  const spans = findSpans(models.spans, ctx.article, models.runtimeSentenceThreshold);
  const cues: FramingCue[] = [];
  for (const span of spans) {
    if (ctx.speakerShare(span) > SPEAKER_SHARE) continue;
    const [best] = rankTechniques(models.techniques, ctx.article, span, spans);
    if (!best) continue;
    const score = Math.round(span.score * best.probability * 1000) / 1000;
    cues.push({
      kind: TECHNIQUE_KIND[best.technique],
      start: span.start,
      end: span.end,
      note: `propaganda model: ${best.technique} (technique p=${best.probability.toFixed(2)}, sentence score=${span.score.toFixed(2)})`,
      rule: "framing:propaganda-model",
      score,
    });
  }
  return cues;
}

export const propagandaModelRule: FramingRule = { name: "propaganda-model", apply: modelCues };
