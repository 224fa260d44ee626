/**
 * Who makes a claim that stands outside quotation marks: the entity a reporting verb names ("Officials said…",
 * "according to the ministry") when the entities layer is there, else the source phrase as written; undefined when
 * no reporting verb names anyone (the outlet's own narration).
 */
import type { Entity } from "../../core/document.js";
import type { Span } from "../../core/span.js";

/** Reporting verbs and phrases; the subject stands before them ("X said"), the source after "according to". */
const REPORTING_VERB =
  /\b(?:said|says|say|told|stated|claimed|claims|announced|reported|reports|insisted|argued|added|noted|warned|alleged|asserted|confirmed|denied|wrote|tweeted)\b/;
const ACCORDING_TO = /\b[Aa]ccording to\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})/u;
/** A capitalised name phrase right before the verb ("Defense Minister Boris Pistorius said"). */
const SUBJECT_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s+){1,4})$/u;

/** The span of the source phrase in `text`, relative to the sentence. */
function sourceSpan(text: string, unit: Span): Span | undefined {
  const slice = text.slice(unit.start, unit.end);
  const acc = ACCORDING_TO.exec(slice);
  if (acc?.[1]) {
    const at = unit.start + acc.index + acc[0].length - acc[1].length;
    return { start: at, end: at + acc[1].trimEnd().length };
  }
  const verb = REPORTING_VERB.exec(slice);
  if (!verb) return undefined;
  const before = SUBJECT_BEFORE.exec(slice.slice(0, verb.index));
  if (!before?.[1]) return undefined;
  const at = unit.start + verb.index - before[1].length;
  return { start: at, end: at + before[1].trimEnd().length };
}

export function claimantOf(text: string, unit: Span, entities: readonly Entity[] | undefined): string | undefined {
  const source = sourceSpan(text, unit);
  if (source === undefined) return undefined;
  for (const e of entities ?? []) {
    if (e.mentions.some((m) => m.start < source.end && source.start < m.end)) return e.id;
  }
  const phrase = text.slice(source.start, source.end).trim();
  return phrase === "" ? undefined : phrase;
}
