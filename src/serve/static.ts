/**
 * Serves the built web UI (dist/ui) at `/`. Only plain files under the UI folder are served; any other non-/api
 * path gets index.html, since the UI routes by URL hash. Paths are checked twice: the raw request by
 * refuseTraversal (security.ts), and here the resolved file must stay inside the folder.
 */
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve } from "node:path";
import type { Context } from "hono";
import { errorResponse } from "./errors.js";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Hashed bundle files never change under one name; index.html must be revalidated to pick up a new bundle. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** The file under `root` that `urlPath` names, or undefined when it is not a plain, visible file inside root. */
export async function staticFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const segments = decoded.split("/").filter((s) => s !== "");
  // Dot segments, dotfiles and backslashes are never part of a built bundle.
  if (segments.some((s) => s.startsWith(".") || s.includes("\\") || s.includes("\0"))) return undefined;
  const inside = (base: string, path: string): boolean => {
    const rel = relative(base, path);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  };
  const base = resolve(root);
  const full = resolve(join(base, ...segments));
  if (!inside(base, full)) return undefined;
  try {
    // Through symlinks too: the real file must be inside the real folder.
    if (!inside(await realpath(base), await realpath(full))) return undefined;
    return (await stat(full)).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

async function fileResponse(c: Context, path: string, cache: string): Promise<Response> {
  const body = await readFile(path);
  c.header("Content-Type", CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream");
  c.header("Cache-Control", cache);
  return c.req.method === "HEAD" ? c.body(null, 200) : c.body(new Uint8Array(body), 200);
}

/** A handler for GET/HEAD of non-API paths: the file, else index.html, else a 404 naming the missing build. */
export function serveUi(root: string): (c: Context) => Promise<Response> {
  return async (c) => {
    const path = new URL(c.req.url).pathname;
    const file = await staticFile(root, path);
    if (file) return fileResponse(c, file, /\/assets\//.test(path) ? IMMUTABLE : "no-cache");
    const index = await staticFile(root, "index.html");
    if (index) return fileResponse(c, index, "no-cache");
    return errorResponse(c, "not_found", `no web UI at ${root}: run npm run build`);
  };
}
