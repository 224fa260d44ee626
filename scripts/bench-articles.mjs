// The AllSides dev articles the analysis benchmarks read (bench-analyze-child.mjs, bench-stages.mjs), as plain
// JavaScript so a benchmark process holds no TypeScript loader.
import { createReadStream } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const data = process.env.SIFT_SHARED_DATA ?? join(root, "../shared/data");

/**
 * The first `limit` articles (headline, blank line, text), read line by line. Inflating the whole 20 MB file at once
 * (gunzipSync) left about 50 MB of freed-but-resident allocator memory in the process, which the peak RSS then
 * charged to the system under test; streaming keeps the harness's own footprint to the articles it keeps.
 */
export async function readBenchArticles(limit) {
  const articles = [];
  const lines = createInterface({
    input: createReadStream(join(data, "allsides-news/dev/articles.jsonl.gz")).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (articles.length >= limit) break;
    if (!line.trim()) continue;
    const a = JSON.parse(line);
    articles.push({ id: a.ID, text: `${a.title}\n\n${a.content_original}`, date: a.date });
  }
  lines.close();
  return articles;
}
