import { isUtf8 } from "node:buffer";

/**
 * Decides how a page's bytes become text, in the order browsers use (WHATWG "encoding sniffing", simplified):
 * a byte-order mark, then the HTTP Content-Type charset, then a <meta charset> / http-equiv declaration in the
 * first bytes, then "is it valid UTF-8?", and finally windows-1252, the web's legacy default.
 */
import { decodeWith, normaliseCharset } from "../decode.js";

export type EncodingSource = "bom" | "http-header" | "meta-charset" | "valid-utf8" | "fallback";

export interface DecodedHtml {
  readonly html: string;
  /** WHATWG encoding name as TextDecoder reports it (utf-8, windows-1252, shift_jis …). */
  readonly encoding: string;
  readonly encodingSource: EncodingSource;
  /** Bytes skipped at the start (a BOM), so source offsets can be related to the bytes. */
  readonly bomLength: number;
  readonly diagnostics: { code: string; message: string; stage: string }[];
}

/** How far into the page a <meta charset> is looked for; the spec says 1024, real pages put it later. */
const META_SCAN_BYTES = 16384;

const BOMS: readonly [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/** The encoding TextDecoder knows for a label, or undefined for an unknown label. */
export const normaliseEncodingLabel = (label: string): string | undefined => normaliseCharset(label);

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = contentType === undefined ? null : /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m?.[1];
}

/** The charset declared by <meta charset> or <meta http-equiv="Content-Type" content="…charset=…">. */
export function charsetFromMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, META_SCAN_BYTES));
  const metaTag = /<meta\b[^>]*>/gi;
  for (let m = metaTag.exec(head); m !== null; m = metaTag.exec(head)) {
    const cs = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(m[0]);
    if (cs?.[1] !== undefined) return cs[1];
  }
  return undefined;
}

export { decodeWith };

export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedHtml {
  const diagnostics: DecodedHtml["diagnostics"] = [];
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return {
        html: new TextDecoder(encoding).decode(bytes.subarray(bom.length)),
        encoding,
        encodingSource: "bom",
        bomLength: bom.length,
        diagnostics,
      };
    }
  }
  const declared: [string | undefined, EncodingSource][] = [
    [charsetFromContentType(contentType), "http-header"],
    [charsetFromMeta(bytes), "meta-charset"],
  ];
  for (const [label, source] of declared) {
    if (label === undefined) continue;
    let encoding = normaliseEncodingLabel(label);
    if (encoding === undefined) {
      diagnostics.push({
        code: "encoding-unknown-label",
        message: `unknown charset "${label}" (${source}) ignored`,
        stage: "read:html:encoding",
      });
      continue;
    }
    // A page that reached us as bytes and still says UTF-16 in a meta tag is ASCII-compatible: the spec reads it as UTF-8.
    if (source === "meta-charset" && encoding.startsWith("utf-16")) encoding = "utf-8";
    if (encoding === "utf-8" && !isValidUtf8(bytes)) {
      diagnostics.push({
        code: "encoding-invalid-utf8",
        message: `declared UTF-8 (${source}) but the bytes are not valid UTF-8; bad sequences become U+FFFD`,
        stage: "read:html:encoding",
      });
    }
    return { html: decodeWith(encoding, bytes), encoding, encodingSource: source, bomLength: 0, diagnostics };
  }
  if (isValidUtf8(bytes))
    return {
      html: decodeWith("utf-8", bytes),
      encoding: "utf-8",
      encodingSource: "valid-utf8",
      bomLength: 0,
      diagnostics,
    };
  return {
    html: decodeWith("windows-1252", bytes),
    encoding: "windows-1252",
    encodingSource: "fallback",
    bomLength: 0,
    diagnostics,
  };
}

/** node:buffer's validator runs without building a string, so checking does not cost a second decode. */
function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}
