/**
 * chrono-node's word-boundary parsers keep their compiled pattern only while `innerPattern()` hands back the same
 * RegExp object. A few build a new one on every call (the German, French and Dutch "within"/"ago" duration parsers,
 * whose unit lists are long), so every parse of a date line rebuilt their pattern string and compiled it again.
 */
import type * as chrono from "chrono-node";

/** The part of chrono's word-boundary parser this module relies on (its own type does not export it). */
interface WithInnerPattern {
  innerPattern(context?: unknown): RegExp;
}

const hasInnerPattern = (parser: unknown): parser is WithInnerPattern =>
  typeof (parser as Partial<WithInnerPattern>).innerPattern === "function";

/**
 * Makes each parser of `instance` whose pattern reads nothing of the parse (an `innerPattern` declared without the
 * context) and is rebuilt at every call answer with one pattern object, so chrono's cache keeps it. The pattern's
 * source and flags are unchanged, so are the results. Returns how many parsers it pinned.
 */
export function pinRebuiltPatterns(instance: chrono.Chrono): number {
  let pinned = 0;
  for (const parser of instance.parsers) {
    if (!hasInnerPattern(parser) || parser.innerPattern.length !== 0) continue;
    const first = parser.innerPattern();
    const second = parser.innerPattern();
    if (first === second || first.source !== second.source || first.flags !== second.flags) continue;
    parser.innerPattern = () => first;
    pinned++;
  }
  return pinned;
}
