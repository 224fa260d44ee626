/** Fact-check import/export (ClaimReview) and matching of claims against known fact-checks. No storage here. */
export { parseClaimReview, toClaimReviewJsonLd } from "./claimreview.js";
export {
  DEFAULT_MATCH_WEIGHTS,
  FactCheckIndex,
  type FactCheckMatch,
  type MatchOptions,
  type MatchWeights,
} from "./factcheck-index.js";
export { loadReranker, type Reranker, rerankerPath, shippedReranker } from "./rerank.js";
export type { FactCheck } from "./types.js";
