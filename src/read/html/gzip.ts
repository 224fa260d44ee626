/** Reads a page that may be gzip-compressed (a saved .html.gz), inflating with a hard cap on the output size. */
import { gunzipSync } from "node:zlib";

/** Default cap on a page's size, compressed or not: larger inputs are refused with a clear error. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export class InputTooLargeError extends Error {
  readonly code = "input-too-large";
  constructor(what: string, limit: number) {
    super(`${what} is larger than the ${limit}-byte limit (maxBytes)`);
  }
}

/** True when the bytes start with the gzip magic number 1f 8b. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Returns the bytes unchanged when they are not gzip, else their inflated form. Inflation stops at `maxBytes`
 * (zlib's maxOutputLength), so a small bomb cannot fill memory: the caller gets InputTooLargeError instead.
 */
export function readMaybeGzip(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  if (!isGzip(bytes)) {
    if (bytes.length > maxBytes) throw new InputTooLargeError("the page", maxBytes);
    return bytes;
  }
  try {
    return new Uint8Array(gunzipSync(bytes, { maxOutputLength: maxBytes }));
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new InputTooLargeError("the decompressed page", maxBytes);
    }
    throw new Error(`the page looks gzip-compressed but does not inflate: ${(error as Error).message}`);
  }
}
