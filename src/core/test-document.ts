/**
 * A Document built by hand for unit tests: the text plus whatever layers and metadata a test gives, with the
 * source fields a reader would fill set to plain-text defaults.
 */
import type { Document } from "./document.js";

export function testDocument(
  text: string,
  parts: {
    readonly body?: Document["body"];
    readonly metadata?: Document["metadata"];
    readonly layers?: Document["layers"];
  } = {},
): Document {
  return {
    id: "test",
    source: {
      name: "test",
      mediaType: "text/plain",
      encoding: "utf-8",
      encodingSource: "valid-utf8",
      byteLength: new TextEncoder().encode(text).length,
      sha256: "",
    },
    bytes: new TextEncoder().encode(text),
    text,
    body: parts.body ?? { start: 0, end: text.length },
    metadata: parts.metadata ?? {},
    layers: parts.layers ?? {},
    diagnostics: [],
  };
}
