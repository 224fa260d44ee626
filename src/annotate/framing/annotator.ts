/**
 * The framing layer: propaganda techniques (a trained model) and Sift's own framing cues (small named rules),
 * on the body only, never on boilerplate. The rules run in the order of `FRAMING_RULES`; where the model and a
 * rule find the same kind at overlapping places, the rule's cue is kept (its span is the exact phrase and its
 * note says why), so no place is reported twice for one reason.
 */
import type { FramingCue } from "../../core/document.js";
import { type Annotator, defineAnnotator } from "../../pipeline/annotator.js";
import { isEnglishOrUnknown } from "../../read/language.js";
import type { EncoderVectors } from "./encoder-techniques.js";
import { absolutistRule } from "./rules/absolutist.js";
import { buildContext, type FramingContext, type FramingRule } from "./rules/context.js";
import { loadedLanguageRule } from "./rules/loaded-language.js";
import { oneSidedSourcingRule } from "./rules/one-sided-sourcing.js";
import { opinionRule } from "./rules/opinion.js";
import { propagandaModelRule } from "./rules/propaganda-model.js";
import { scareQuoteRule } from "./rules/scare-quote.js";

/** Rules first, the model last, so the dedupe below prefers the rules' cues. */
export const FRAMING_RULES: readonly FramingRule[] = [
  scareQuoteRule,
  loadedLanguageRule,
  absolutistRule,
  opinionRule,
  oneSidedSourcingRule,
  propagandaModelRule,
];

const sameKindOverlap = (a: FramingCue, b: FramingCue): boolean =>
  a.kind === b.kind &&
  a.start !== undefined &&
  a.end !== undefined &&
  b.start !== undefined &&
  b.end !== undefined &&
  a.start < b.end &&
  b.start < a.end;

/**
 * Runs `rules` over a prepared context; exported for tests that leave the model out. On a text in another language
 * only the rules that read quotation marks and sources, not English words, run (see `FramingRule.readsEnglish`).
 */
export function runFramingRules(ctx: FramingContext, rules: readonly FramingRule[] = FRAMING_RULES): FramingCue[] {
  const english = isEnglishOrUnknown(ctx.doc.metadata.language?.value);
  const kept: FramingCue[] = [];
  for (const rule of rules) {
    if (rule.readsEnglish && !english) continue;
    for (const cue of rule.apply(ctx)) if (!kept.some((k) => sameKindOverlap(k, cue))) kept.push(cue);
  }
  // Document-level cues first, then by position.
  return kept.sort(
    (a, b) => (a.start ?? -1) - (b.start ?? -1) || (b.end ?? -1) - (a.end ?? -1) || a.kind.localeCompare(b.kind),
  );
}

export const framingAnnotator = defineAnnotator({
  name: "framing",
  requires: ["tokens", "sentences", "quotes", "entities", "boilerplate"],
  produces: "framing",
  annotate(doc) {
    return runFramingRules(buildContext(doc));
  },
});

/**
 * The same stage given the sentence encoder's vectors (computed before it runs, the encoder being asynchronous:
 * `withEncoderStages` in src/pipeline/encoder.ts): the propaganda model then names techniques with the encoder's help.
 */
export function framingAnnotatorWith(encoderVectors: EncoderVectors): Annotator<"framing"> {
  return {
    ...framingAnnotator,
    annotate(doc) {
      return runFramingRules(buildContext(doc, encoderVectors));
    },
  };
}
