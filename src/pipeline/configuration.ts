/**
 * The analysis, in order: one explicit list (chrono's Configuration). `checkConfiguration` proves at start-up that
 * each stage's required layers come from an earlier stage.
 */
import { affiliationsAnnotator } from "../annotate/affiliations/index.js";
import { claimsAnnotator } from "../annotate/claims/index.js";
import { entitiesAnnotator } from "../annotate/entities/index.js";
import { mentionsAnnotator } from "../annotate/entities/mentions.js";
import { eventsAnnotator } from "../annotate/events/index.js";
import { framingAnnotator } from "../annotate/framing/annotator.js";
import { geocodesAnnotator } from "../annotate/geocodes/index.js";
import { quotesAnnotator } from "../annotate/quotes/index.js";
import { sentencesAnnotator } from "../annotate/sentences/index.js";
import { timesAnnotator } from "../annotate/times/index.js";
import { tokensAnnotator } from "../annotate/tokens/index.js";
import type { Annotator } from "./annotator.js";
import { checkConfiguration } from "./check.js";

export const DEFAULT_PIPELINE: readonly Annotator[] = [
  tokensAnnotator,
  sentencesAnnotator,
  mentionsAnnotator,
  entitiesAnnotator,
  geocodesAnnotator,
  affiliationsAnnotator,
  timesAnnotator,
  quotesAnnotator,
  eventsAnnotator,
  claimsAnnotator,
  framingAnnotator,
];

checkConfiguration(DEFAULT_PIPELINE);

/**
 * The default pipeline without the two stages the sentence encoder refines (claims and framing), for callers that run
 * them afterwards with its vectors (src/pipeline/encoder.ts `withEncoderStages`): no other stage reads their layers.
 */
export const PIPELINE_BEFORE_ENCODER: readonly Annotator[] = DEFAULT_PIPELINE.filter(
  (a) => a !== claimsAnnotator && a !== framingAnnotator,
);

checkConfiguration(PIPELINE_BEFORE_ENCODER);
