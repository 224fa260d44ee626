/**
 * Drops candidates that only look like time expressions: greetings ("Happy New Year", "Merry Christmas"), parts of
 * URLs, e-mail addresses and file names, and expressions outside the spans the caller asked for.
 */
import type { Candidate, RefineContext } from "../types.js";

const GREETING =
  /\b(?:happy|merry|blessed|joyous|season['’]s\s+greetings)\s+(?:new\s+year|christmas|holidays|easter|thanksgiving|hanukkah|birthday)/gi;

export function dropNegatives(candidates: readonly Candidate[], context: RefineContext): Candidate[] {
  const blocked: { start: number; end: number }[] = [];
  for (const m of context.text.matchAll(GREETING)) blocked.push({ start: m.index, end: m.index + m[0].length });
  for (const m of context.text.matchAll(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/g))
    blocked.push({ start: m.index, end: m.index + m[0].length });
  if (blocked.length === 0) return [...candidates];
  return candidates.filter((c) => !blocked.some((b) => c.start < b.end && b.start < c.end));
}
