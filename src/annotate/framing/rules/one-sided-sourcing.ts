/**
 * One-sided sourcing (document level, no span). The voices of a story are the entities that speak in its quotes
 * plus the non-entity sources quotes are attributed to ("officials", "critics"). The cue fires when
 * - only one voice is quoted at all, or
 * - two or more voices are quoted and all of them are tied to the same side (see sides.ts), so no opposing or
 *   independent voice is heard.
 * Scare quotes and quoted names are not sourcing and do not count.
 */
import type { FramingCue, Quote } from "../../../core/document.js";
import type { FramingContext, FramingRule } from "./context.js";
import { sideOf, type Voice } from "./sides.js";

const SOURCING_KINDS = new Set<Quote["kind"]>(["direct", "partial", "indirect"]);

/**
 * The few words written right before a mention ("French President" in "French President Emmanuel Macron"):
 * a pre-modifier the role layer may not have recorded. Stops at a line break or sentence punctuation.
 */
function wordsBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - PRE_MODIFIER_CHARS), at);
  const cut = Math.max(window.lastIndexOf("\n"), window.search(/[.!?;:,"“”(][^.!?;:,"“”(]*$/));
  return window.slice(cut + 1).trim();
}

/** How far back a pre-modifier is looked for: about three words. */
const PRE_MODIFIER_CHARS = 30;

function voicesOf(ctx: FramingContext): Voice[] {
  const byKey = new Map<string, Voice>();
  const entities = new Map(ctx.entities.map((e) => [e.id, e]));
  for (const q of ctx.quotes) {
    if (!SOURCING_KINDS.has(q.kind)) continue;
    const entity = q.speaker === undefined ? undefined : entities.get(q.speaker);
    if (entity) {
      // Each speaker's voice is built once, however many quotes it has.
      if (byKey.has(`e:${entity.id}`)) continue;
      byKey.set(`e:${entity.id}`, {
        label: entity.name,
        roles: [...entity.roles.map((r) => r.role), ...entity.mentions.map((m) => wordsBefore(ctx.text, m.start))],
        isOrganisation: entity.type === "organization",
        ...(entity.country ? { country: entity.country } : {}),
      });
    } else if (q.attributedTo !== undefined && q.attributedTo.trim() !== "") {
      const label = q.attributedTo.trim();
      byKey.set(`a:${label.toLowerCase()}`, { label, roles: [label], isOrganisation: false });
    }
  }
  return [...byKey.values()];
}

function oneSidedCues(ctx: FramingContext): FramingCue[] {
  const voices = voicesOf(ctx);
  if (voices.length === 0) return [];
  if (voices.length === 1) {
    const only = voices[0]?.label ?? "";
    return [{ kind: "one-sided-sourcing", note: `only one source is quoted: ${only}`, rule: "framing:single-source" }];
  }
  // Sides are worked out voice by voice and the first voice without a side, or on another side than the first,
  // settles it: `sideOf` tests every role phrase against some 130 country names, and most articles quote both sides.
  const sides: { v: Voice; side: { side: string; why: string } }[] = [];
  for (const v of voices) {
    const side = sideOf(v);
    if (side === undefined || (sides[0] !== undefined && side.side !== sides[0].side.side)) return [];
    sides.push({ v, side });
  }
  const first = sides[0]?.side.side;
  const list = sides.map((s) => `${s.v.label} (${s.side.why})`).join("; ");
  return [
    {
      kind: "one-sided-sourcing",
      note: `all ${voices.length} quoted voices are tied to one side, ${first}, and no opposing or independent voice is quoted: ${list}`,
      rule: "framing:one-side-voices",
    },
  ];
}

export const oneSidedSourcingRule: FramingRule = { name: "one-sided-sourcing", apply: oneSidedCues };
