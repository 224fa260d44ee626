/** Small helpers the recognisers share: building patterns, reading groups, making candidates. */
import type { Candidate, Recogniser } from "../types.js";

/** Word-boundary guards that also work next to apostrophes and hyphens ("'80s", "mid-1990s"). */
export const B = "(?<![\\w'’-])";
export const E = "(?![\\w’]|'\\w|-\\w)";

/** A case-insensitive global regex with group indices. */
export function rx(source: string, caseSensitive = false): RegExp {
  return new RegExp(source, caseSensitive ? "gd" : "gdi");
}

/** Start and end of a named group, when it took part in the match. */
export function groupSpan(m: RegExpExecArray, name: string): { start: number; end: number } | undefined {
  const idx = m.indices?.groups?.[name];
  return idx === undefined ? undefined : { start: idx[0], end: idx[1] };
}

/** The whole match's span. */
export function matchSpan(m: RegExpExecArray): { start: number; end: number } {
  return { start: m.index, end: m.index + m[0].length };
}

export function group(m: RegExpExecArray, name: string): string | undefined {
  return m.groups?.[name];
}

export function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && /^[A-Z]/.test(word);
}

/** Defines a recogniser; the rule name is prefixed with "times:". */
export function recogniser(
  name: string,
  pattern: RegExp,
  extract: (m: RegExpExecArray, text: string, rule: string) => Candidate | readonly Candidate[] | null,
): Recogniser {
  const rule = `times:${name}`;
  return { name, pattern, extract: (m, text) => extract(m, text, rule) };
}

/** Mods for the words that hedge or bound an expression ("about two weeks", "early 1990", "the end of May"). */
export function modOf(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(?:about|around|roughly|approximately|some|nearly|close to|or so)$/.test(w)) return "APPROX";
  if (/^(?:almost|less than|under|fewer than|just under)$/.test(w)) return "LESS_THAN";
  if (/^(?:more than|over|longer than|just over|upwards of)$/.test(w)) return "MORE_THAN";
  if (/^(?:at least|no less than)$/.test(w)) return "EQUAL_OR_MORE";
  if (/^(?:up to|no more than|at most|within|not more than)$/.test(w)) return "EQUAL_OR_LESS";
  if (/^(?:early|earlier|the beginning of|the start of|the early part of|beginning of|start of)$/.test(w))
    return "START";
  if (/^(?:mid|mid-|the middle of|middle of|the mid)$/.test(w)) return "MID";
  if (/^(?:late|later|the end of|end of|the close of|the latter part of|the late)$/.test(w)) return "END";
  return undefined;
}

/** The hedges that may stand before a duration or date; their span is part of the expression, as in TimeML. */
export const HEDGE =
  "(?:about|around|roughly|approximately|nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|up\\s+to|no\\s+more\\s+than|at\\s+most|within|over|under|just\\s+over|just\\s+under|close\\s+to|upwards\\s+of)";
