/** Reads one CLI input (a path or "-" for standard input) into bytes, with errors that name the input. */
import { readFileSync, statSync } from "node:fs";
import { SiftError } from "../core/errors.js";
import { DEFAULT_MAX_BYTES } from "../read/index.js";

export function readInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  if (path === "-") return readFileSync(0);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory())
      throw new SiftError(
        "E_IS_DIRECTORY",
        path,
        "is a directory, not a file (to analyse every file in it, use `sift ingest`)",
      );
    size = st.size;
  } catch (e) {
    if (e instanceof SiftError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new SiftError("E_NOT_FOUND", path, "no such file");
    if (code === "EACCES") throw new SiftError("E_READ", path, "permission denied");
    throw new SiftError("E_READ", path, `cannot read: ${(e as Error).message}`);
  }
  // Refuse before reading: a 50 MB file should not be loaded only to be rejected.
  if (size > maxBytes) {
    throw new SiftError(
      "E_TOO_LARGE",
      path,
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit (raise it with --max-bytes)`,
    );
  }
  return readFileSync(path);
}
