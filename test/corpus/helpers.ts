/** Shared helpers for the corpus integration tests: real AllSides articles read in place, temp folders. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AllSidesRow, allSidesLines } from "../../src/corpus/evaldata/datasets.js";

/** Few enough articles to keep the suite to about a minute on a busy 2-core machine. */
export const SAMPLE = 36;

export function sampleLines(n = SAMPLE, skip = 0): string[] {
  return allSidesLines(skip + n).slice(skip);
}

export function sampleRows(n = SAMPLE, skip = 0): AllSidesRow[] {
  return sampleLines(n, skip).map((l) => JSON.parse(l) as AllSidesRow);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `sift-${prefix}-`));
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A plain news page around an AllSides article, the way a CMS would render it. */
export function articleHtml(r: AllSidesRow): string {
  const paras = r.content_original
    .split(/\n+/)
    .filter((p) => p.trim() !== "")
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(r.title)}</title>
<meta property="og:site_name" content="${escapeHtml(r.source)}"></head>
<body><article><h1>${escapeHtml(r.title)}</h1><p class="byline">By ${escapeHtml(r.authors || "Staff")}</p>
${paras}</article></body></html>`;
}
