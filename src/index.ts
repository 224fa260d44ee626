/**
 * Sift's library API. `analyze` turns one article into a Document with stand-off layers; the views turn it into
 * the published JSON or a readable report.
 *
 * @example
 * import { analyze, toAnalysisJson } from "sift";
 * const doc = analyze(readFileSync("article.txt"), { published: "2017-12-12" });
 * console.log(doc.layers.quotes);
 */
export { type AnalyzeOptions, analyze } from "./analyze.js";
export type * from "./core/document.js";
export { isSiftError, SiftError, type SiftErrorCode } from "./core/errors.js";
export { HEAP_GROWING_PERCENT, keepHeapCompact } from "./core/heap.js";
export type { Span } from "./core/span.js";
export { type AnalysisJson, SCHEMA_VERSION, toAnalysisJson } from "./output/json.js";
export { toTextReport } from "./output/text.js";
export type { AnalysisContext, Annotator } from "./pipeline/annotator.js";
export { DEFAULT_PIPELINE } from "./pipeline/configuration.js";
export { readDocument } from "./read/index.js";
