/**
 * The "times" layer: TIMEX3 time expressions in the article's body, headline and dateline, anchored to the
 * analysis anchor or the publication date.
 */
import type { Block } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { findTimes } from "./find-times.js";

export { type FindTimesOptions, findTimes } from "./find-times.js";

/** Blocks outside the body whose dates still matter: the headline and the dateline. */
const EXTRA_BLOCKS: ReadonlySet<Block["kind"]> = new Set(["headline", "dateline"]);

export const timesAnnotator = defineAnnotator({
  name: "times",
  requires: [],
  produces: "times",
  annotate(doc, ctx) {
    const anchor = ctx.anchor ?? doc.metadata.published?.value;
    const spans: Span[] = [doc.body];
    for (const block of doc.layers.blocks ?? []) {
      if (EXTRA_BLOCKS.has(block.kind) && !(doc.body.start <= block.start && block.end <= doc.body.end))
        spans.push(block);
    }
    return findTimes(doc.text, { anchor, spans });
  },
});
