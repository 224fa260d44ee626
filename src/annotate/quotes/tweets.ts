/**
 * Tweets embedded in a page, as a scraper keeps them: the tweet's words, then its signature, often after the tweet's
 * own link:
 *
 *   "Jobs are up again this month. https://t.co/x1Yz — Jane Roe (@JaneRoe) March 13, 2018"
 *
 * The words are the account holder's own, so the tweet is a direct quote whose source is the name in the signature.
 * When the signature line holds nothing but the link, the tweet's words are the paragraph before it.
 */
import type { Span } from "../../core/span.js";
import { trim, wordCountOf } from "./context.js";
import type { Draft } from "./direct.js";

/** The rule of a tweet's draft. */
const TWEET_RULE = "tweet";

/** The tweet's links, then "— Name (@handle) Month D, YYYY" closing the paragraph. */
const SIGNATURE =
  /(?:\s*(?:https?:\/\/t\.co\/\S+|pic\.twitter\.com\/\S+))*\s*[—–]\s*(\p{Lu}[^()\n—–]{0,60}?)\s+\(@[\p{L}\p{N}_]{1,20}\)\s+\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}\s*$/u;
/** Longest tweet read from the paragraph before a signature line, in words: a tweet is short; a paragraph is not it. */
const MAX_TWEET_WORDS = 70;

/** The tweets of the paragraphs, as direct drafts attributed to the signature's name. */
export function findTweetDrafts(text: string, paragraphs: readonly Span[], found: readonly Draft[]): Draft[] {
  const drafts: Draft[] = [];
  paragraphs.forEach((p, i) => {
    const stretch = text.slice(p.start, p.end);
    // The signature's handle opens with "(@": a paragraph without it is no tweet (the pattern is slow to fail).
    if (!stretch.includes("(@")) return;
    const m = SIGNATURE.exec(stretch);
    if (m === null) return;
    const signatureStart = p.start + m.index;
    const dash = signatureStart + m[0].search(/[—–]/);
    const name = m[1] ?? "";
    const nameStart = signatureStart + m[0].indexOf(name, dash - signatureStart);
    let content = trim(text, { start: p.start, end: signatureStart });
    let paragraph = i;
    // A signature line with nothing but the link: the tweet's words are the paragraph before.
    const before = paragraphs[i - 1];
    if (content.end <= content.start && before !== undefined) {
      content = trim(text, before);
      paragraph = i - 1;
    }
    if (content.end <= content.start || wordCountOf(text, content) > MAX_TWEET_WORDS) return;
    if (found.some((d) => d.start < content.end && content.start < d.end)) return;
    drafts.push({
      start: content.start,
      end: content.end,
      kind: "direct",
      marks: { open: false, close: false },
      rule: TWEET_RULE,
      paragraph,
      attribution: {
        cue: { start: dash, end: signatureStart + m[0].trimEnd().length },
        source: { start: nameStart, end: nameStart + name.length },
        rule: "cue:tweet-signature",
      },
    });
  });
  return drafts;
}
