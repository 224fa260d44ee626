/**
 * Agreement between a page block and the JSON-LD `articleBody`: the share of the block's word trigrams that occur in
 * the articleBody. Publishers fill articleBody from the same source as the page, so agreement is strong evidence
 * that a block is body; disagreement that it is furniture.
 */
import type { TextBlock } from "./segment.js";

/** articleBody shorter than this is a teaser or description, not the body. */
export const MIN_ARTICLE_BODY = 400;
/** Trigram share at or above which a block agrees, at or below which it disagrees; between: unknown. */
const AGREE = 0.6;
const DISAGREE = 0.15;
/** Blocks with fewer words say too little to judge. */
const MIN_WORDS = 5;

const WORD = /[\p{L}\p{N}_]+/gu;

function words(s: string): string[] {
  return (s.toLowerCase().match(WORD) ?? []) as string[];
}

/** Strips tags and the common entities some publishers leave inside articleBody. */
export function plain(s: string): string {
  return s
    .replace(/<[^>]{0,500}>/g, " ")
    .replace(/&(?:nbsp|#160);/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

export type Agreement = (b: TextBlock) => boolean | undefined;

export function articleBodyAgreement(articleBody: string | undefined): Agreement | undefined {
  if (articleBody === undefined || articleBody.length < MIN_ARTICLE_BODY) return undefined;
  const w = words(plain(articleBody));
  const grams = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) grams.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  const cache = new Map<TextBlock, boolean | undefined>();
  return (b) => {
    if (cache.has(b)) return cache.get(b);
    const bw = words(b.text);
    let verdict: boolean | undefined;
    if (bw.length >= MIN_WORDS) {
      let hit = 0;
      for (let i = 0; i + 2 < bw.length; i++) if (grams.has(`${bw[i]} ${bw[i + 1]} ${bw[i + 2]}`)) hit++;
      const share = hit / Math.max(1, bw.length - 2);
      verdict = share >= AGREE ? true : share <= DISAGREE ? false : undefined;
    }
    cache.set(b, verdict);
    return verdict;
  };
}
