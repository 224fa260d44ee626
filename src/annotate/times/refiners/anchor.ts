/**
 * The last refiner: gives every candidate its value. Stated values stay as they are; relative and partial ones are
 * worked out against the anchor in text order (so "the quarter" can look back at the quarters before it), and are
 * marked "inferred" when the anchor supplied part of the value.
 */
import type { Timex } from "../../../core/document.js";
import { guessDirection } from "../tense.js";
import type { Candidate, Direction, RefineContext, ResolveContext } from "../types.js";

export function anchorCandidates(candidates: readonly Candidate[], context: RefineContext): Timex[] {
  const out: Timex[] = [];
  for (const c of candidates) {
    let value = c.value;
    let usedAnchor = false;
    if (value === undefined && c.resolve !== undefined) {
      let direction: Direction | undefined;
      const ctx: ResolveContext = {
        get anchor() {
          usedAnchor = context.anchor !== undefined;
          return context.anchor;
        },
        direction: () => {
          direction ??= guessDirection(context.text, c.start, c.end);
          return direction;
        },
        previous: out,
        text: context.text,
        start: c.start,
        end: c.end,
      };
      value = c.resolve(ctx);
    }
    if (value === undefined) continue;
    out.push({
      start: c.start,
      end: c.end,
      type: c.type,
      value,
      ...(c.mod !== undefined ? { mod: c.mod } : {}),
      certainty: usedAnchor ? "inferred" : "stated",
      rule: c.rule,
    });
  }
  return out;
}
