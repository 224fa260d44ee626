/** Which parts of the text the entity rules read: the article and the lines about its author, not page furniture. */
import type { Document } from "../../core/document.js";
import { execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { insideAny } from "../../core/span-index.js";

/**
 * Furniture whose names still matter: an author's bio names the author's affiliations. Photo captions are not read:
 * their credits ("Getty Images Jane Roe", "REUTERS/Jane Roe", "Image caption …") made photographers and agencies
 * into people far more often than the captions named anyone the story is about.
 */
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
  for (const m of execAll(/[^\n]+/g, doc.text)) {
    const line = { start: m.index, end: m.index + m[0].length };
    let pieces: Span[] = [line];
    for (const b of skip) {
      // A block clear of the line is clear of every piece of it (most blocks are, and cutting made new arrays).
      if (b.end <= line.start || b.start >= line.end) continue;
      pieces = pieces.flatMap((p) => {
        if (b.end <= p.start || b.start >= p.end) return [p];
        const out: Span[] = [];
        if (b.start > p.start) out.push({ start: p.start, end: b.start });
        if (b.end < p.end) out.push({ start: b.end, end: p.end });
        return out;
      });
    }
    ranges.push(...pieces.filter((p) => hasNonSpace(doc.text, p.start, p.end)));
  }
  return ranges;
}

const NON_SPACE = /\S/;

/** Whether text[start, end) holds a character that is not white space (as /\S/ tests it), without slicing it. */
function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (NON_SPACE.test(text[i] ?? "")) return true;
    } else if (c !== 32 && (c < 9 || c > 13)) return true;
  }
  return false;
}

/** True when the span lies inside one of the ranges (in text order, as readableRanges returns them). */
export function inRanges(ranges: readonly Span[], span: Span): boolean {
  return insideAny(ranges, span);
}
