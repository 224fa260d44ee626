/**
 * Quotations in the headline: "Warren to Wells Fargo CEO: ‘You Should Be Criminally Investigated’" quotes a person as
 * surely as the body does, and headlines put their quotations in single marks. The headline is read on its own, as a
 * paragraph before the body, with the same mark pairing and kind rules as the body.
 */
import type { Document, QuoteKind } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { type Draft, findQuotedDrafts } from "./direct.js";

/** Marks a draft as the headline's, so the floor (who is speaking) never passes from the headline into the body. */
export const HEADLINE_RULE = "headline";

/** Where the headline stands in the text: the reader's headline block, else the span the headline was read from. */
export function headlineSpan(doc: Document): Span | undefined {
  const block = (doc.layers.blocks ?? []).find((b) => b.kind === "headline");
  const span = block ?? doc.metadata.headline?.provenance.span;
  // Only a headline outside the body: a body that starts with its headline already reads it.
  if (span === undefined || span.end > doc.body.start || span.end <= span.start) return undefined;
  return { start: span.start, end: span.end };
}

/**
 * A headline capitalises every word, so a capital does not show that a quotation starts a sentence: a quotation
 * there stands alone as speech only when it follows a colon ("Warren: ‘You Should Be …’") or opens the headline
 * with its attribution after it (‘We Will Win,’ Says Mayor).
 * Elsewhere ("Obama Says Museum Will Tell of ‘Suffering and Delight’") it is a fragment of the headline's sentence.
 */
export function headlineKind(text: string, headline: Span, d: Draft): QuoteKind {
  if (d.kind !== "direct") return d.kind;
  const before = text.slice(headline.start, d.start).replace(/[\s"“‘'«„]+$/u, "");
  if (before.endsWith(":")) return "direct";
  // Opening the headline, it is speech when its attribution follows (‘We Will Win,’ Says X) or nothing does.
  const after = text.slice(d.end, headline.end).replace(/^["”’'»]+/u, "");
  const ownsRest = /[,.!?…]$/.test(text.slice(d.start, d.end)) || /^\s*(?:[,:—–-]|$)/u.test(after);
  return before === "" && ownsRest ? "direct" : "partial";
}

/** Quotations in the headline, with paragraph -1 (before the body's first) and the headline rule in front. */
export function findHeadlineDrafts(doc: Document): Draft[] {
  const headline = headlineSpan(doc);
  if (headline === undefined) return [];
  return findQuotedDrafts(doc.text, [headline]).map((d) => ({
    ...d,
    kind: headlineKind(doc.text, headline, d),
    paragraph: -1,
    rule: `${HEADLINE_RULE}+${d.rule}`,
  }));
}
