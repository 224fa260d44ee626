/**
 * Fact-check matching as `sift analyze --db` and `sift serve` run it: the fact-checks stored in a SQLite corpus,
 * their sentence vectors by the encoder fine-tuned for matching (encoded now for those that lack one, then stored,
 * so only once) and that encoder for the claims. When it cannot load, matching compares words only and the caller
 * is told why.
 */
import { FactCheckIndex } from "./factcheck-index.js";
import { shippedReranker } from "./rerank.js";
import { loadMatchingEncoder, type SentenceEncoder } from "./sentence-encoder.js";
import { openFactCheckStore, storeMissingVectors } from "./store.js";

export interface FactCheckMatcher {
  readonly index: FactCheckIndex;
  /** How many fact-checks the corpus holds. */
  readonly count: number;
  /** The encoder fine-tuned for matching; undefined when it did not load: matching then compares words only. */
  readonly encoder: SentenceEncoder | undefined;
}

export async function openFactCheckMatcher(db: string, log: (line: string) => void): Promise<FactCheckMatcher> {
  const store = openFactCheckStore(db);
  try {
    let encoder: SentenceEncoder | undefined;
    if (store.count() > 0) {
      try {
        encoder = await loadMatchingEncoder();
        await storeMissingVectors(store, encoder, (done, total) =>
          log(`encoding stored fact-checks for matching by meaning: ${done}/${total}`),
        );
      } catch (e) {
        encoder = undefined;
        log(`warning: fact-checks are matched on words only: ${(e as Error).message}`);
      }
    }
    const known = store.all(encoder?.name);
    return { index: new FactCheckIndex(known, {}, shippedReranker()), count: known.length, encoder };
  } finally {
    store.close();
  }
}
