/** The HTML reader: page bytes → article text, structure, furniture, metadata. */
export { type ExtractOptions, type HtmlExtraction, extractHtml } from "./extract.js";
export { DEFAULT_MAX_BYTES, InputTooLargeError, readMaybeGzip } from "./gzip.js";
export { decodeHtml, type EncodingSource } from "./encoding.js";
