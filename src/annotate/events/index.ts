/**
 * The events layer: who did what, where and when, one event per body sentence that names a participant and has an
 * action verb. The trigger is the main clause's event verb (trigger.ts), `who` its agents and partners
 * (agents.ts), `modality` whether the text says it happened (modality.ts). Narrative continuity fills gaps the way a reader does: a sentence with no date of its own happens
 * when the paragraph's last dated sentence did, and one that says "at the base" or "there" without naming a place
 * happens where the previous event did.
 */
import type { Event, Sentence, Timex } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { insideAny, spansWithin } from "../../core/span-index.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { type Occurrence, partnersOf, subjectOf } from "./agents.js";
import { modalityOf } from "./modality.js";
import { chooseTrigger, describe, type Trigger } from "./trigger.js";

/** Words that say "here, at the place just named" without naming it. */
const ANAPHORIC_PLACE =
  /\b(there|at the (?:[\p{L}-]+\s){0,2}(?:base|airbase|air base|site|scene|venue|meeting|summit|airport|port|camp|headquarters|palace|building))\b/iu;

/** How far back (in sentences) a place may be carried over to a sentence that only points at it. */
const PLACE_CARRY_SENTENCES = 3;

export const eventsAnnotator = defineAnnotator({
  name: "events",
  requires: ["sentences", "entities", "times", "quotes", "boilerplate"],
  produces: "events",
  annotate(doc) {
    const text = doc.text;
    const body = doc.body;
    const furniture = doc.layers.boilerplate ?? [];
    const sortedFurniture = [...furniture].sort((a, b) => a.start - b.start);
    const sentences = (doc.layers.sentences ?? []).filter(
      (s) => s.start >= body.start && s.end <= body.end && !insideAny(sortedFurniture, s),
    );
    // A name inside someone's role ("Chief of the General Staff of the Armed Forces …") describes that person;
    // it does not take part in the event itself.
    const roleSpans = (doc.layers.entities ?? []).flatMap((e) => e.roles);
    const inRole = (m: Span) => roleSpans.some((r) => r.start <= m.start && m.end <= r.end);
    const occurrences: Occurrence[] = (doc.layers.entities ?? [])
      .flatMap((entity) =>
        entity.mentions
          .filter((m) => m.form !== "demonym" && !inRole(m))
          .map((m) => ({ start: m.start, end: m.end, entity })),
      )
      .sort((a, b) => a.start - b.start);
    const times: readonly Timex[] = (doc.layers.times ?? []).filter((t) => t.type === "DATE" || t.type === "TIME");
    // Verbs inside quotation marks are what someone said, not what happened.
    const quoted: readonly Span[] = (doc.layers.quotes ?? []).filter((q) => q.kind !== "indirect");

    const events: Event[] = [];
    let lastWhen: { value: string; block: number } | undefined;
    /** The place last named, for a later sentence that only points at it ("at the base"). */
    let lastWhere: { id: string; index: number } | undefined;
    sentences.forEach((sentence: Sentence, index) => {
      const inside = spansWithin(occurrences, sentence);
      let where = unique(inside.filter((o) => o.entity.type === "place").map((o) => o.entity.id));
      const stated = spansWithin(times, sentence).find((t) => /^\d{4}-\d{2}-\d{2}/.test(t.value));
      if (stated) lastWhen = { value: stated.value, block: sentence.block };
      const lastPlace = inside.filter((o) => o.entity.type === "place").at(-1);
      const sentenceText = text.slice(sentence.start, sentence.end);
      const trigger = chooseTrigger(sentenceText, sentence.start, quoted);
      const who = trigger ? participants(sentenceText, sentence.start, trigger, inside, occurrences) : [];
      if (trigger && who.length > 0) {
        if (ANAPHORIC_PLACE.test(sentenceText) && lastWhere && index - lastWhere.index <= PLACE_CARRY_SENTENCES) {
          where = unique([...where, lastWhere.id]);
        }
        const when = stated?.value ?? (lastWhen && lastWhen.block === sentence.block ? lastWhen.value : undefined);
        const triggerStart = sentence.start + trigger.index;
        events.push({
          id: `ev${events.length + 1}`,
          what: describe(sentenceText, trigger.index),
          trigger: { start: triggerStart, end: triggerStart + trigger.word.length },
          who,
          modality: modalityOf(sentenceText, trigger),
          where,
          ...(when ? { when } : {}),
          evidence: { start: sentence.start, end: sentence.end },
        });
      }
      if (lastPlace) lastWhere = { id: lastPlace.entity.id, index };
    });
    return events;
  },
});

/**
 * The event's participants: the subject's agents and any meeting partners; when no subject can be read (the verb
 * opens the sentence, or the subject is all punctuation), every person and organisation in the sentence.
 */
function participants(
  sentence: string,
  offset: number,
  trigger: Trigger,
  inside: readonly Occurrence[],
  all: readonly Occurrence[],
): string[] {
  const earlier = all.filter((o) => o.end <= offset);
  const subject = subjectOf(sentence, offset, trigger, inside, earlier);
  if (subject.kind === "none") {
    return unique(
      inside.filter((o) => o.entity.type === "person" || o.entity.type === "organization").map((o) => o.entity.id),
    );
  }
  // A subject that names nobody ("the plane delivered …") leaves the event without a named agent: no event.
  if (subject.ids.length === 0) return [];
  return unique([...subject.ids, ...partnersOf(sentence, offset, trigger, inside)]);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
