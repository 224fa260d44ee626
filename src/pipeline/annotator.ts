import type { Document, LayerMap, LayerName } from "../core/document.js";

/** Settings every annotator may read: the anchor date for relative expressions and the like. */
export interface AnalysisContext {
  /** ISO 8601 date (or date-time) that anchors "yesterday" and "Dec 6"; the publication date when known. */
  readonly anchor?: string;
}

/**
 * One stage of the analysis. It reads the document (and the layers it `requires`) and returns the one layer it
 * `produces`; the pipeline attaches it. An annotator never edits the text or another layer.
 */
export interface Annotator<K extends LayerName = LayerName> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly produces: K;
  annotate(doc: Document, context: AnalysisContext): LayerMap[K];
}

/** Helper that keeps the layer type tied to the name. */
export function defineAnnotator<K extends LayerName>(annotator: Annotator<K>): Annotator<K> {
  return annotator;
}
