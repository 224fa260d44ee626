/** Where the project's shipped files and the shared evaluation data live, from this file's own location. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function findRepoRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
}

/** The project root (the folder with package.json), whether running from src/ via tsx or from dist/. */
export const repoRoot: string = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

/** Shipped model weights and word lists. */
export const modelsDir: string = join(repoRoot, "models");

/** The public evaluation sets beside the project (never copied into it). Override with SIFT_SHARED_DATA. */
export const sharedData: string = process.env.SIFT_SHARED_DATA ?? resolve(repoRoot, "../shared/data");
