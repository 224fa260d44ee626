/** Compression of stored blobs: Brotli at a middle quality, which packs HTML and JSON well at modest CPU cost. */
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";

/** Quality 5 of 11: about 90% of the best ratio at a small fraction of the time of quality 11. */
const QUALITY = 5;

export function pack(data: Uint8Array | string): Buffer {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: QUALITY } });
}

export function unpack(data: Uint8Array): Buffer {
  return brotliDecompressSync(data);
}

export function packJson(value: unknown): Buffer {
  return pack(JSON.stringify(value));
}

export function unpackJson(data: Uint8Array): unknown {
  return JSON.parse(unpack(data).toString("utf8"));
}
