/**
 * Scare quotes: quotation marks the author puts around a word to distance themselves from it ("liberation",
 * "elections"). The quotes layer decides which quotes are scare quotes; this rule reports each one at its span.
 */
import type { FramingRule } from "./context.js";

export const scareQuoteRule: FramingRule = {
  name: "scare-quote",
  apply: (ctx) =>
    ctx.quotes
      .filter((q) => q.kind === "scare")
      .map((q) => ({
        kind: "scare-quote" as const,
        start: q.start,
        end: q.end,
        note: `scare quotes around "${ctx.text.slice(q.start, q.end).replace(/^["“‘']|["”’']$/g, "")}": the author distances themselves from the word without saying why`,
        rule: "framing:scare-quote",
      })),
};
