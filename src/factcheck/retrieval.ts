/**
 * Two small in-memory retrieval models over a fixed collection: Okapi BM25 over index terms, and TF-IDF cosine over
 * character n-grams (a cheap, offline stand-in for a semantic similarity: it rewards shared stems, names and phrases
 * even when spelled or inflected differently). Both score every document for a query through inverted lists.
 */

interface Posting {
  readonly docs: number[];
  readonly weights: number[];
}

function addPosting(index: Map<string, Posting>, term: string, doc: number, weight: number): void {
  let p = index.get(term);
  if (p === undefined) {
    p = { docs: [], weights: [] };
    index.set(term, p);
  }
  p.docs.push(doc);
  p.weights.push(weight);
}

const countTerms = (terms: readonly string[]): Map<string, number> => {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
};

/** Robertson–Spärck Jones BM25 with the usual k1 = 1.2, b = 0.75 (Lucene's defaults). */
export class Bm25 {
  private readonly postings = new Map<string, Posting>();
  private readonly size: number;

  constructor(docs: readonly (readonly string[])[], k1 = 1.2, b = 0.75) {
    this.size = docs.length;
    const avg = docs.reduce((a, d) => a + d.length, 0) / Math.max(1, docs.length);
    docs.forEach((terms, doc) => {
      const norm = k1 * (1 - b + (b * terms.length) / Math.max(avg, 1));
      for (const [term, tf] of countTerms(terms)) addPosting(this.postings, term, doc, (tf * (k1 + 1)) / (tf + norm));
    });
  }

  /** Inverse document frequency of a term (0 for a term the collection lacks). */
  idf(term: string): number {
    const p = this.postings.get(term);
    return p === undefined ? 0 : Math.log(1 + (this.size - p.docs.length + 0.5) / (p.docs.length + 0.5));
  }

  /** BM25 of every document for the query terms; each distinct query term counts once. */
  score(query: readonly string[], out = new Float64Array(this.size)): Float64Array {
    for (const term of new Set(query)) {
      const p = this.postings.get(term);
      if (p === undefined) continue;
      const idf = Math.log(1 + (this.size - p.docs.length + 0.5) / (p.docs.length + 0.5));
      p.docs.forEach((doc, i) => {
        out[doc] = (out[doc] ?? 0) + idf * (p.weights[i] ?? 0);
      });
    }
    return out;
  }
}

/** TF-IDF (sublinear tf, smoothed idf) cosine similarity; vectors are unit length so scores lie in [0, 1]. */
export class TfidfCosine {
  private readonly postings = new Map<string, Posting>();
  private readonly idf = new Map<string, number>();
  private readonly size: number;

  constructor(docs: readonly (readonly string[])[]) {
    this.size = docs.length;
    const df = new Map<string, number>();
    const tfs = docs.map(countTerms);
    for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idf.set(t, Math.log((1 + this.size) / (1 + n)) + 1);
    tfs.forEach((tf, doc) => {
      const vec = this.vector(tf);
      for (const [t, w] of vec) addPosting(this.postings, t, doc, w);
    });
  }

  private vector(tf: Map<string, number>): Map<string, number> {
    const vec = new Map<string, number>();
    let norm = 0;
    for (const [t, n] of tf) {
      const idf = this.idf.get(t);
      if (idf === undefined) continue; // a query gram the collection never has cannot match anything
      const w = (1 + Math.log(n)) * idf;
      vec.set(t, w);
      norm += w * w;
    }
    const len = Math.sqrt(norm) || 1;
    for (const [t, w] of vec) vec.set(t, w / len);
    return vec;
  }

  score(query: readonly string[], out = new Float64Array(this.size)): Float64Array {
    for (const [t, qw] of this.vector(countTerms(query))) {
      const p = this.postings.get(t);
      if (p === undefined) continue;
      p.docs.forEach((doc, i) => {
        out[doc] = (out[doc] ?? 0) + qw * (p.weights[i] ?? 0);
      });
    }
    return out;
  }
}
