/** A published fact-check of one claim (schema.org ClaimReview, reduced to what matching and display need). */
export interface FactCheck {
  /** The fact-check article. */
  readonly url: string;
  /** The claim as the fact-checker wrote it. */
  readonly claimReviewed: string;
  /** The verdict as written: "False", "Mostly true", "pants-fire" … */
  readonly rating: string;
  /** The fact-checking organisation. */
  readonly publisher?: string;
  /** When the fact-check was published, ISO 8601 when known. */
  readonly date?: string;
  /** The review's headline (ClaimReview `name`/`headline`): often restates the claim in other words. */
  readonly title?: string;
  /** Who made the claim (ClaimReview itemReviewed.author.name). */
  readonly claimant?: string;
  /** When the claim was made (itemReviewed.datePublished), ISO 8601 when known. */
  readonly claimDate?: string;
  /**
   * The sentence encoder's unit-length vector of the claim and headline (sentence-encoder.ts), when it has been
   * computed: matching then also compares meanings, not only words.
   */
  readonly vector?: Float32Array;
}
