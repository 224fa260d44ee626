/**
 * Sentences inside each line of the text. Lines are never joined: scraped text puts one paragraph (or one piece of
 * furniture) on a line, so a sentence never crosses a line break. sbd does the splitting because it knows
 * abbreviations ("Dr.", "U.S.", "p.m.") that Intl.Segmenter splits on.
 */
import sbd from "sbd";
import type { Block, Sentence } from "../../core/document.js";
import { execAll } from "../../core/regexp.js";
import { lastStartingAtOrBefore } from "../../core/span-index.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { TITLE_ABBREVIATIONS } from "../tokens/tokenize.js";

/**
 * Abbreviations that end in a dot without ending a sentence, beyond sbd's own list: titles, and the state names of
 * US datelines and addresses ("PARADISE, Calif. (AP) —", "Tulsa, Okla.").
 */
const ABBREVIATIONS = [
  // sbd's own English list, which passing a list replaces.
  ..."al adj assn Ave BSc MSc Cell Ch Co cc Corp Dem Dept ed eg Eq Eqs est etc Ex ext Fig fig Figs figs i.e ie Inc inc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec jr mi Miss Mrs Mr Ms Mol mt mts no Nos PhD MD BA MA MM pl pop pp Prof Dr pt Ref Refs Rep repr rev Sec Secs Sgt Col Gen Sen Gov Lt Maj Capt St Sr sr Jr Rev Sun Mon Tu Tue Tues Wed Th Thu Thur Thurs Fri Sat trans Univ Viz Vol vs v".split(
    " ",
  ),
  ...TITLE_ABBREVIATIONS.split("|"),
  ..."Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Vt Va Wash Wis Wyo".split(
    " ",
  ),
];
const SBD_OPTIONS = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  preserve_whitespace: true,
  abbreviations: ABBREVIATIONS,
};

/** What sbd can end a sentence at: every boundary it finds holds one of these (a stop, "!" or "?"). */
const SENTENCE_END_MARK = /[.!?]/;

export function splitSentences(text: string, from: number, to: number): { start: number; end: number }[] {
  const slice = text.slice(from, to);
  // A line without a stop, "!" or "?" (a headline, a byline, a list item) is one sentence, as sbd would return it:
  // asking sbd costs a tokenisation of the line for nothing.
  if (!SENTENCE_END_MARK.test(slice)) return wholeLine(slice, from);
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
  return joinAfterInitialism(text, splitAfterClosingQuote(text, out));
}

/** The line's text without its surrounding space as one sentence; none for a line of only space. */
function wholeLine(slice: string, from: number): { start: number; end: number }[] {
  const trimmed = slice.trim();
  if (trimmed === "") return [];
  const at = slice.indexOf(trimmed);
  return [{ start: from + at, end: from + at + trimmed.length }];
}

/** An initialism whose last dot sbd may take for a full stop: "U.S.", "U.K.", "U.N.", "D.C.". */
const INITIALISM_END = /\b(?:\p{Lu}\.){2,}$/u;

/** Words that open a sentence; after "U.S." any other capitalised word is a name it modifies ("U.S. Constitution"). */
const SENTENCE_OPENERS = new Set(
  "The A An He She It They We I You This That These Those There Here But And Or So Yet In On At For If When While As After Before Since Because His Her Its Their Our My Your Some Many Most Several Both All Each No Not Now Then Still Meanwhile However Also Instead What Why How Who Where Which Mr Mrs Ms Dr".split(
    " ",
  ),
);

/** sbd ends a sentence after "the U.S." even before "Constitution" or "Army": join those back. */
function joinAfterInitialism(text: string, spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    const prev = out.at(-1);
    const next = /^\p{Lu}[\p{L}'’-]*/u.exec(text.slice(s.start, s.start + 40))?.[0] ?? "";
    if (
      prev &&
      INITIALISM_END.test(text.slice(prev.start, prev.end)) &&
      /^\s+$/.test(text.slice(prev.end, s.start)) &&
      next !== "" &&
      !SENTENCE_OPENERS.has(next.replace(/['’]s$/, ""))
    )
      out[out.length - 1] = { start: prev.start, end: s.end };
    else out.push(s);
  }
  return out;
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
    for (const m of execAll(re, chunk)) {
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
    for (const m of execAll(lineRe, doc.text)) {
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
