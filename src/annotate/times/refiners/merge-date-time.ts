/**
 * Joins a time of day to the date beside it: "10 p.m. Wednesday", "noon Thursday", "Monday at 3 p.m.",
 * "5 p.m. EST, Nov. 6" become one TIME whose value is that date with that time.
 */
import { withClock } from "../resolve.js";
import type { Candidate, RefineContext } from "../types.js";

/** What may stand between a date and a time that belong together. */
const JOIN = /^(?:\s*,?\s*|\s+(?:on|at|of|by)\s+|\s*,\s*(?:on|at)\s+)$/i;

export function mergeDateAndTime(candidates: readonly Candidate[], context: RefineContext): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1];
    if (b !== undefined && b.start >= a.end && JOIN.test(context.text.slice(a.end, b.start))) {
      const clockFirst = a.clock !== undefined && b.day === true;
      const dateFirst = a.day === true && b.clock !== undefined;
      if (clockFirst || dateFirst) {
        const date = clockFirst ? b : a;
        const time = clockFirst ? a : b;
        const clock = time.clock!;
        const dateValue = date.value;
        const dateResolve = date.resolve;
        out.push({
          start: a.start,
          end: b.end,
          type: "TIME",
          rule: `${date.rule}+${time.rule.replace(/^times:/, "")}`,
          ...(dateValue !== undefined
            ? { value: withClock(dateValue, clock) }
            : { resolve: (ctx) => withClock(dateResolve!(ctx), clock) }),
          mod: time.mod ?? date.mod,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
