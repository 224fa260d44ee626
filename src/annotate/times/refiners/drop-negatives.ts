/**
 * Drops candidates that only look like time expressions: greetings ("Happy New Year", "Merry Christmas"), parts of
 * URLs, e-mail addresses and file names, words of a name that follow an acronym ("USA TODAY", "USA Today"), and
 * expressions outside the spans the caller asked for.
 */
import { execAll } from "../../../core/regexp.js";
import { lineAround } from "../../../core/span.js";
import type { Candidate, RefineContext } from "../types.js";

const GREETING =
  /\b(?:happy|merry|blessed|joyous|season['’]s\s+greetings)\s+(?:new\s+year|christmas|holidays|easter|thanksgiving|hanukkah|birthday)/gi;

/** An acronym right before the candidate: "USA TODAY", "CBS This Morning" are names of outlets and shows. */
const ACRONYM_BEFORE = /(?:^|[^\p{L}\p{N}.])(\p{Lu}{2,})[ \t]+$/u;
/** Time zones and clock marks are acronyms that belong to the time ("9 a.m. EST Tuesday", "10 PM Friday"). */
const TIME_ACRONYMS = new Set(
  "AM PM UTC GMT BST CET CEST EET EEST MSK IST JST ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST HST".split(" "),
);
/** A capitalised first letter: "today" after an acronym is still a time ("the ECB today cut rates"). */
const CAPITALISED = /^\p{Lu}/u;

/** A capitalised time word directly after an acronym is part of a name, unless the whole line is in capitals. */
function followsAcronym(c: Candidate, text: string): boolean {
  // Most time words are in lower case: checked first, that spares them the look-back for an acronym.
  if (!CAPITALISED.test(text.slice(c.start, c.end))) return false;
  const around = lineAround(text, c);
  const before = text.slice(Math.max(around.start, c.start - 40), c.start);
  const acronym = ACRONYM_BEFORE.exec(before)?.[1];
  if (acronym === undefined || TIME_ACRONYMS.has(acronym)) return false;
  const line = text.slice(around.start, around.end);
  return line !== line.toUpperCase();
}

/** URLs, and e-mail addresses. */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/g;
/**
 * `ADDRESS` without its e-mail branch, for a text without "@", where that branch cannot match: it is the costly
 * one (each run of non-spaces is read to its end, then back, looking for an "@"), so the matches are the same.
 */
const URL_ONLY = /\b(?:https?:\/\/|www\.)\S+/g;

export function dropNegatives(candidates: readonly Candidate[], context: RefineContext): Candidate[] {
  candidates = candidates.filter((c) => !followsAcronym(c, context.text));
  const blocked: { start: number; end: number }[] = [];
  for (const m of execAll(GREETING, context.text)) blocked.push({ start: m.index, end: m.index + m[0].length });
  for (const m of execAll(context.text.includes("@") ? ADDRESS : URL_ONLY, context.text))
    blocked.push({ start: m.index, end: m.index + m[0].length });
  if (blocked.length === 0) return [...candidates];
  return candidates.filter((c) => !blocked.some((b) => c.start < b.end && b.start < c.end));
}
