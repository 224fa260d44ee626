/**
 * Turns bytes into text and says which encoding was used: a byte-order mark wins, then a charset the caller knows
 * (HTTP header, <meta charset>), then strict UTF-8, then Windows-1252, the usual encoding of legacy Western pages.
 */
import { SiftError } from "../core/errors.js";

/**
 * Windows-1252's 0x80–0x9F row (€ ‚ ƒ „ … ‘ ’ “ ” • – — ™ …). Node 20's TextDecoder decodes "windows-1252" as
 * ISO-8859-1 and returns C1 control characters for this row, so Sift maps it itself.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Decodes bytes in a WHATWG encoding, with Windows-1252 fixed by hand and UTF-8 through Buffer (faster). */
export function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === "utf-8") return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (encoding !== "windows-1252") return new TextDecoder(encoding).decode(bytes);
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly encodingSource: "bom" | "http-header" | "meta-charset" | "valid-utf8" | "fallback";
  /** Bytes the BOM took, so byte offsets can be mapped back. */
  readonly bomLength: number;
}

/** Share of control characters (other than tab, CR, LF, FF) above which the input is binary, not text. */
const BINARY_CONTROL_SHARE = 0.02;
/** How much of the input the binary sniff reads: enough to judge, cheap on a 50 MB file. */
const SNIFF_BYTES = 64 * 1024;

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  // UTF-16 text is full of NULs; a BOM says it is text.
  if (bomOf(bytes) !== undefined) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control / n > BINARY_CONTROL_SHARE;
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** Normalises charset labels to the names TextDecoder knows; undefined for unknown labels. */
export function normaliseCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return undefined;
  }
}

export interface DecodeOptions {
  /** The input's name for error messages. */
  readonly name: string;
  /** Charset from an HTTP Content-Type header. */
  readonly httpCharset?: string;
  /** Charset declared inside the document (<meta charset>); found by the HTML reader's sniff. */
  readonly declaredCharset?: string;
}

export function decode(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const bom = bomOf(bytes);
  if (bom) {
    const text = new TextDecoder(bom.encoding, { fatal: false }).decode(bytes.subarray(bom.length));
    return { text, encoding: bom.encoding, encodingSource: "bom", bomLength: bom.length };
  }
  const http = normaliseCharset(options.httpCharset);
  if (http) return { text: decodeWith(http, bytes), encoding: http, encodingSource: "http-header", bomLength: 0 };
  const declared = normaliseCharset(options.declaredCharset);
  // A page that says UTF-8 but is not valid UTF-8 is common; trust the bytes over the declaration then.
  if (declared && declared !== "utf-8") {
    return { text: decodeWith(declared, bytes), encoding: declared, encodingSource: "meta-charset", bomLength: 0 };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text, encoding: "utf-8", encodingSource: declared ? "meta-charset" : "valid-utf8", bomLength: 0 };
  } catch {
    // Not UTF-8: Windows-1252 maps every byte, so it cannot fail, and it is what mislabeled Western text usually is.
  }
  const text = decodeWith("windows-1252", bytes);
  if (text.length === 0 && bytes.length > 0)
    throw new SiftError("E_ENCODING", options.name, "could not decode the bytes as text");
  return { text, encoding: "windows-1252", encodingSource: "fallback", bomLength: 0 };
}
