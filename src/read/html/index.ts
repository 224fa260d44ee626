/** The HTML reader: page bytes → article text, structure, furniture, metadata. */

export { decodeHtml, type EncodingSource } from "./encoding.js";
export { type ExtractOptions, extractHtml, type HtmlExtraction } from "./extract.js";
export { DEFAULT_MAX_BYTES, InputTooLargeError, readMaybeGzip } from "./gzip.js";
