import type { LayerName } from "../core/document.js";
import type { Annotator } from "./annotator.js";

/** Layers the reader makes before any annotator runs. */
export const READER_LAYERS: readonly LayerName[] = ["blocks", "boilerplate"];

/**
 * Rejects a configuration whose order is wrong (a stage that needs a layer no earlier stage makes) or where two
 * stages make one layer, before any document runs (spaCy's analyze_pipes).
 */
export function checkConfiguration(annotators: readonly Annotator[]): void {
  const made = new Set<LayerName>(READER_LAYERS);
  for (const a of annotators) {
    for (const need of a.requires) {
      if (!made.has(need)) throw new Error(`pipeline: "${a.name}" needs layer "${need}", which no earlier stage makes`);
    }
    if (made.has(a.produces))
      throw new Error(`pipeline: "${a.name}" makes layer "${a.produces}", which an earlier stage already makes`);
    made.add(a.produces);
  }
}
