/**
 * conlleval-style entity scoring: chunks are read from IOB2 tag sequences (a stray I-X opens a chunk, as conlleval
 * does), and a predicted chunk counts only if its type and both boundaries equal a gold chunk's. Micro P/R/F1 per
 * type and over any set of types.
 */

export interface Chunk {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly type: string;
}

/** Chunks of one IOB2 (or IOB1-tolerant) tag sequence. */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let start = -1;
  let type = "";
  const close = (end: number): void => {
    if (start >= 0) chunks.push({ start, end, type });
    start = -1;
    type = "";
  };
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 2);
    const t = tag.length > 2 ? tag.slice(2) : "";
    if (tag === "O" || (prefix !== "B-" && prefix !== "I-")) {
      close(i);
    } else if (prefix === "B-" || start < 0 || t !== type) {
      close(i);
      start = i;
      type = t;
    }
  });
  close(tags.length);
  return chunks;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
}

/** Accumulates true/false positives per entity type over many sentences. */
export class NerScorer {
  private readonly counts = new Map<string, Counts>();

  private of(type: string): Counts {
    let c = this.counts.get(type);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      this.counts.set(type, c);
    }
    return c;
  }

  /** Adds one sentence given as chunk lists. */
  addChunks(gold: readonly Chunk[], predicted: readonly Chunk[]): void {
    const key = (c: Chunk): string => `${c.start}:${c.end}:${c.type}`;
    const goldKeys = new Set(gold.map(key));
    const matched = new Set<string>();
    for (const p of predicted) {
      const k = key(p);
      if (goldKeys.has(k) && !matched.has(k)) {
        matched.add(k);
        this.of(p.type).tp++;
      } else {
        this.of(p.type).fp++;
      }
    }
    for (const g of gold) if (!matched.has(key(g))) this.of(g.type).fn++;
  }

  /** Adds one sentence given as tag sequences. */
  add(gold: readonly string[], predicted: readonly string[]): void {
    this.addChunks(chunksOf(gold), chunksOf(predicted));
  }

  /** Micro P/R/F1 over the given types (all types seen when omitted). */
  score(types?: readonly string[]): Prf {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [type, c] of this.counts) {
      if (types !== undefined && !types.includes(type)) continue;
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    return prf(tp, fp, fn);
  }
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold: tp + fn, predicted: tp + fp };
}
