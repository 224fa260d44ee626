import { type Document, type LayerMap, withDiagnostics, withLayer } from "../core/document.js";
import type { AnalysisContext, Annotator } from "./annotator.js";

/** Timing of one stage, for the library's `timings` option: `sift analyze --profile` and scripts/bench-stages.mjs. */
export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

/** What the stages read besides the document: the publication date anchors relative dates. */
export const analysisContext = (doc: Document): AnalysisContext =>
  doc.metadata.published ? { anchor: doc.metadata.published.value } : {};

/** The diagnostic code of a stage that threw: its layer is empty, the rest of the analysis stands. */
export const STAGE_FAILED = "E_STAGE_FAILED";

/**
 * Runs the annotators in order; each adds its layer to a new Document. A stage that throws on some article (a bug
 * the article exposed, never bad input: that is rejected while reading) leaves its layer empty and a diagnostic
 * naming the stage and the error, so one faulty rule costs one layer of one article, not the whole analysis or a
 * batch. `strict` rethrows instead, for tests and debugging.
 */
export function runPipeline(
  doc: Document,
  annotators: readonly Annotator[],
  context: AnalysisContext,
  timings?: StageTiming[],
  strict = process.env.SIFT_STRICT_STAGES === "1",
): Document {
  let current = doc;
  for (const annotator of annotators) {
    const t0 = timings ? performance.now() : 0;
    let layer: LayerMap[typeof annotator.produces];
    try {
      layer = annotator.annotate(current, context) as LayerMap[typeof annotator.produces];
    } catch (err) {
      if (strict) throw err;
      layer = [] as LayerMap[typeof annotator.produces];
      const message = err instanceof Error ? err.message : String(err);
      current = withDiagnostics(current, [
        { code: STAGE_FAILED, stage: annotator.name, message: `the ${annotator.name} stage failed: ${message}` },
      ]);
    }
    current = withLayer(current, annotator.produces, layer);
    if (timings) timings.push({ stage: annotator.name, ms: performance.now() - t0 });
  }
  return current;
}
