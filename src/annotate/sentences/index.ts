/**
 * Sentences inside each line of the text. Lines are never joined: scraped text puts one paragraph (or one piece of
 * furniture) on a line, so a sentence never crosses a line break. sbd does the splitting because it knows
 * abbreviations ("Dr.", "U.S.", "p.m.") that Intl.Segmenter splits on.
 */
import sbd from "sbd";
import type { Block, Sentence } from "../../core/document.js";
import { lastStartingAtOrBefore } from "../../core/span-index.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { TITLE_ABBREVIATIONS } from "../tokens/tokenize.js";

const SBD_OPTIONS = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  preserve_whitespace: true,
} as const;

export function splitSentences(text: string, from: number, to: number): { start: number; end: number }[] {
  const slice = text.slice(from, to);
  const out: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const piece of sbd.sentences(slice, SBD_OPTIONS)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const at = slice.indexOf(trimmed, cursor);
    if (at < 0) continue;
    out.push({ start: from + at, end: from + at + trimmed.length });
    cursor = at + trimmed.length;
  }
  return splitAfterClosingQuote(text, out);
}

/** sbd keeps `….” A total …` together when the closing mark follows the stop; split there. */
function splitAfterClosingQuote(
  text: string,
  spans: { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    let start = s.start;
    const re = /[.!?]["”’]\s+(?=[\p{Lu}“"])/gu;
    const chunk = text.slice(s.start, s.end);
    for (const m of chunk.matchAll(re)) {
      const end = s.start + m.index + 2;
      out.push({ start, end });
      start = s.start + m.index + m[0].length;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

/** Index of the block that holds `offset` (blocks are in text order), or -1. */
function blockIndexAt(blocks: readonly Block[], offset: number): number {
  const i = lastStartingAtOrBefore(blocks, offset);
  const b = i >= 0 ? blocks[i] : undefined;
  return b && offset < b.end ? i : -1;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? "")) e--;
  return e;
}

export const sentencesAnnotator = defineAnnotator({
  name: "sentences",
  requires: ["blocks"],
  produces: "sentences",
  annotate(doc) {
    const blocks: readonly Block[] = doc.layers.blocks ?? [];
    const sentences: Sentence[] = [];
    const dateline = doc.metadata.dateline?.provenance.span;
    const lineRe = /[^\n]+/g;
    for (const m of doc.text.matchAll(lineRe)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!/\S/.test(m[0])) continue;
      const block = blockIndexAt(blocks, start);
      // A wire dateline ("PARADISE, Calif. (AP) —") is not part of the first sentence's claim or quote.
      const from = dateline && dateline.start === start && dateline.end < end ? dateline.end : start;
      if (from > start) sentences.push({ start, end: trimEnd(doc.text, start, from), block });
      for (const s of splitSentences(doc.text, from, end)) sentences.push({ ...s, block });
    }
    return sentences;
  },
});
