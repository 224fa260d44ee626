import { type Document, type LayerMap, withLayer } from "../core/document.js";
import type { AnalysisContext, Annotator } from "./annotator.js";

/** Timing of one stage, for `--profile` and the benchmark. */
export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

/** Runs the annotators in order; each adds its layer to a new Document. */
export function runPipeline(
  doc: Document,
  annotators: readonly Annotator[],
  context: AnalysisContext,
  timings?: StageTiming[],
): Document {
  let current = doc;
  for (const annotator of annotators) {
    const t0 = timings ? performance.now() : 0;
    const layer = annotator.annotate(current, context) as LayerMap[typeof annotator.produces];
    current = withLayer(current, annotator.produces, layer);
    if (timings) timings.push({ stage: annotator.name, ms: performance.now() - t0 });
  }
  return current;
}
