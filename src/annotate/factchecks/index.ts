/**
 * The factchecks layer: for each check-worthy claim, the known fact-checks it matches (imported with
 * `sift factchecks import`). The ranker orders the whole collection; a match is shown only when the fact-check
 * also covers most of the claim's content words, because the ranker's scores are relative (the best of a bad lot
 * still comes first).
 */
import type { Document, FactCheckLink } from "../../core/document.js";
import type { FactCheckIndex } from "../../factcheck/index.js";
import type { SentenceEncoder } from "../../factcheck/sentence-encoder.js";
import { encoderText, factCheckText, terms } from "../../factcheck/text.js";
import type { Annotator } from "../../pipeline/annotator.js";
import { analysisContext, runPipeline } from "../../pipeline/run.js";

/** Share of the claim's content terms a fact-check must contain to be shown as a match. */
export const MIN_COVERAGE = 0.5;
/** Claims below this check-worthiness are not matched: greetings and narrative have no fact-checks. */
const MIN_CLAIM_SCORE = 0.3;
/** Matches kept per claim. */
const PER_CLAIM = 3;

/** How much of the claim's content (stemmed terms) the fact-check's claim and headline contain. */
export function coverage(claim: string, factCheckText: string): number {
  const wanted = new Set(terms(claim));
  if (wanted.size === 0) return 0;
  const have = new Set(terms(factCheckText));
  let n = 0;
  for (const t of wanted) if (have.has(t)) n++;
  return n / wanted.size;
}

/** The claims the stage matches (check-worthy enough), in order. */
const claimsToMatch = (doc: Document) => (doc.layers.claims ?? []).filter((c) => c.score >= MIN_CLAIM_SCORE);

/**
 * The stage. `claimVectors` holds the sentence encoder's vectors of the claim texts (claimsToMatch), computed
 * before the stage runs because the encoder is asynchronous; without them matching compares words only.
 */
export function factchecksAnnotator(
  index: FactCheckIndex,
  claimVectors?: ReadonlyMap<string, Float32Array>,
): Annotator<"factchecks"> {
  return {
    name: "factchecks",
    requires: ["claims"],
    produces: "factchecks",
    annotate(doc) {
      const links: FactCheckLink[] = [];
      for (const claim of claimsToMatch(doc)) {
        const text = doc.text.slice(claim.start, claim.end);
        const vector = claimVectors?.get(text);
        const kept = index
          .match(text, PER_CLAIM * 2, {
            ...(doc.metadata.published ? { date: doc.metadata.published.value } : {}),
            ...(vector ? { vector } : {}),
          })
          .map((m) => ({ m, cover: coverage(text, factCheckText(m.factCheck)) }))
          .filter((x) => x.cover >= MIN_COVERAGE)
          .slice(0, PER_CLAIM);
        for (const { m, cover } of kept) {
          links.push({
            claim: claim.id,
            url: m.factCheck.url,
            claimReviewed: m.factCheck.claimReviewed,
            rating: m.factCheck.rating,
            ...(m.factCheck.publisher ? { publisher: m.factCheck.publisher } : {}),
            score: Math.round(((cover + m.score) / 2) * 1000) / 1000,
          });
        }
      }
      return links;
    },
  };
}

/**
 * Adds the factchecks layer to an analysed document (run without the stage), comparing meanings as well as words:
 * the check-worthy claims are encoded first, then the stage runs with their vectors.
 */
export async function withFactChecks(
  doc: Document,
  index: FactCheckIndex,
  encoder: SentenceEncoder,
): Promise<Document> {
  const texts = [...new Set(claimsToMatch(doc).map((c) => doc.text.slice(c.start, c.end)))];
  // The encoder reads each claim without tweet furniture (links, handles, emoji, capitals), as it was trained.
  const vectors = await encoder.embed(texts.map(encoderText));
  const byText = new Map(texts.map((t, i) => [t, vectors[i] ?? new Float32Array(0)]));
  return runPipeline(doc, [factchecksAnnotator(index, byText)], analysisContext(doc));
}
