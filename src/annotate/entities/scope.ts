/** Which parts of the text the entity rules read: the article and the lines about its author, not page furniture. */
import type { Document } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { insideAny } from "../../core/span-index.js";

/** Furniture whose names still matter: an author's bio names the author's affiliations. */
const READ_FURNITURE = new Set(["author-bio"]);

/**
 * Ranges of `text` to read: every line except furniture (ads, newsletter boxes, share bars…), with the author bio
 * kept but any donation appeal inside it cut out.
 */
export function readableRanges(doc: Document): Span[] {
  // A kicker ("WATCH", "OPINION") is a section label, not a name.
  const labels = (doc.layers.blocks ?? []).filter((b) => b.kind === "kicker");
  const skip = [...(doc.layers.boilerplate ?? []).filter((b) => !READ_FURNITURE.has(b.kind)), ...labels];
  const ranges: Span[] = [];
  for (const m of doc.text.matchAll(/[^\n]+/g)) {
    let pieces: Span[] = [{ start: m.index, end: m.index + m[0].length }];
    for (const b of skip) {
      pieces = pieces.flatMap((p) => {
        if (b.end <= p.start || b.start >= p.end) return [p];
        const out: Span[] = [];
        if (b.start > p.start) out.push({ start: p.start, end: b.start });
        if (b.end < p.end) out.push({ start: b.end, end: p.end });
        return out;
      });
    }
    ranges.push(...pieces.filter((p) => /\S/.test(doc.text.slice(p.start, p.end))));
  }
  return ranges;
}

/** True when the span lies inside one of the ranges (in text order, as readableRanges returns them). */
export function inRanges(ranges: readonly Span[], span: Span): boolean {
  return insideAny(ranges, span);
}
