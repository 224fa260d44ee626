/**
 * The events layer: who did what, where and when, one event per body sentence that names a participant and has an
 * action verb. The trigger is the main clause's event verb (trigger.ts), `who` its agents and partners
 * (agents.ts), `modality` whether the text says it happened (modality.ts). Narrative continuity fills gaps the way a reader does: a sentence with no date of its own happens
 * when the paragraph's last dated sentence did, and one that says "at the base" or "there" without naming a place
 * happens where the previous event did.
 */
import type { Entity, Event, Quote, Sentence, Timex } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { insideAny, spansWithin } from "../../core/span-index.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { type Occurrence, partnersOf, subjectOf } from "./agents.js";
import { modalityOf } from "./modality.js";
import { chooseTrigger, describe, type Trigger } from "./trigger.js";

/** Words that say "here, at the place just named" without naming it. */
const ANAPHORIC_PLACE =
  /\b(there|at the (?:[\p{L}-]+\s){0,2}(?:base|airbase|air base|site|scene|venue|meeting|summit|airport|port|camp|headquarters|palace|building))\b/iu;

/**
 * A wire dateline that opens a sentence: "HONG KONG (Reuters) - ", "CHARLESTON, S.C. (AP) — ", "PARIS — ". It says
 * where and through whom the copy was filed: the agency in it is no agent of the sentence's event.
 */
const WIRE_DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .,'’/&-]*?(?:\s*\([^()\n]{1,40}\))?\s+[-–—]{1,2}\s+/u;

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
    const statements = statementCues(doc.layers.quotes ?? [], doc.layers.entities ?? []);

    const events: Event[] = [];
    let lastWhen: { value: string; block: number } | undefined;
    /** The place last named, for a later sentence that only points at it ("at the base"). */
    let lastWhere: { id: string; index: number } | undefined;
    sentences.forEach((sentence: Sentence, index) => {
      const dateline = WIRE_DATELINE.exec(text.slice(sentence.start, sentence.end));
      const filedFrom = sentence.start + (dateline?.[0].length ?? 0);
      const inside = spansWithin(occurrences, sentence).filter(
        (o) => o.start >= filedFrom || o.entity.type === "place",
      );
      let where = unique(inside.filter((o) => o.entity.type === "place").map((o) => o.entity.id));
      const timesHere = spansWithin(times, sentence);
      const stated = timesHere.find((t) => /^\d{4}-\d{2}-\d{2}/.test(t.value));
      if (stated) lastWhen = { value: stated.value, block: sentence.block };
      const lastPlace = inside.filter((o) => o.entity.type === "place").at(-1);
      const sentenceText = text.slice(sentence.start, sentence.end);
      let trigger = chooseTrigger(sentenceText, sentence.start, quoted);
      let who = trigger ? participants(sentenceText, sentence.start, trigger, inside, occurrences) : [];
      let what = trigger ? describe(sentenceText, trigger.index) : "";
      if (!trigger || who.length === 0) {
        const statement = statementIn(statements, sentence, sentenceText);
        if (statement) ({ trigger, who, what } = statement);
      }
      const verbEnd = sentence.start + (trigger ? trigger.index + trigger.word.length : 0);
      const coarse = stated
        ? undefined
        : timesHere.find((t) => inMonthOrYear(text, t) && !inReportedPart(text, verbEnd, t));
      if (trigger && who.length > 0) {
        if (ANAPHORIC_PLACE.test(sentenceText) && lastWhere && index - lastWhere.index <= PLACE_CARRY_SENTENCES) {
          where = unique([...where, lastWhere.id]);
        }
        // "Russia shelled Kharkiv": a place that is the agent is not where the event happened.
        where = where.filter((id) => !who.includes(id));
        const when =
          stated?.value ??
          coarse?.value ??
          (lastWhen && lastWhen.block === sentence.block ? lastWhen.value : undefined);
        const triggerStart = sentence.start + trigger.index;
        events.push({
          id: `ev${events.length + 1}`,
          what,
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

/** A month or a year ("2018-06", "2015"), nothing coarser or vaguer. */
const MONTH_OR_YEAR = /^\d{4}(?:-\d{2})?$/;

/**
 * "opened a ferry line in June 2018", "released in 2015": a month or a year after "in" (or "last month",
 * LAST_MONTH_OR_YEAR) dates the sentence's event when no full date does. Only this sentence's: a paragraph's later sentences are not carried to a whole
 * month or year, and "since 2015", "by 2028" or "until May" bound a span rather than date an act.
 */
function inMonthOrYear(text: string, t: Timex): boolean {
  return (
    MONTH_OR_YEAR.test(t.value) &&
    (/\bin\s+(?:early\s+|late\s+|mid-)?$/i.test(text.slice(Math.max(0, t.start - 12), t.start)) ||
      LAST_MONTH_OR_YEAR.test(text.slice(t.start, t.end)))
  );
}

/**
 * "quit the board last month", "resigned earlier this year": a month or a year counted from the day of writing
 * needs no "in" to date the act it stands with.
 */
const LAST_MONTH_OR_YEAR = /^(?:(?:early|late)\s+)?(?:last|earlier\s+this)\s+(?:month|year)$/i;

/**
 * "predicted that Apple will switch in 2020", "said he would hand over power in 2021": a date after "that" or a
 * future modal belongs to what was said or planned, not to the act the sentence reports.
 */
function inReportedPart(text: string, verbEnd: number, t: Timex): boolean {
  return t.start > verbEnd && /\b(?:that|will|would|could|might|may)\b/i.test(text.slice(verbEnd, t.start));
}

/** A quotation's cue with the speaker the quotes layer resolved from it (not inferred from the context). */
interface StatementCue extends Span {
  readonly speaker: string;
  /** The source phrase as written, when there is one. */
  readonly source?: Span;
}

/** Cues that name a speech act: a word, not a colon or a dash, and not "according to", which only cites. */
const STATEMENT_CUE = /^\p{L}/u;
const CITING_CUE = /^(?:according|in the words)\b/i;

function statementCues(quotes: readonly Quote[], entities: readonly Entity[]): StatementCue[] {
  const agents = new Set(entities.filter((e) => e.type === "person" || e.type === "organization").map((e) => e.id));
  return quotes
    .filter((q) => q.cue !== undefined && q.speaker !== undefined && !q.speakerInferred && agents.has(q.speaker))
    .map((q) => ({
      start: q.cue?.start ?? 0,
      end: q.cue?.end ?? 0,
      speaker: q.speaker ?? "",
      ...(q.source ? { source: q.source } : {}),
    }))
    .sort((a, b) => a.start - b.start);
}

/**
 * A statement as the sentence's event, when it has no event verb with a named agent: "Smith said in a statement
 * that …", "“…,” the minister said on state television" — the speech act is what the sentence reports happening, and
 * the quotes layer already knows who spoke. A bare "“…,” she said." tells nothing beyond the quotation: the cue must
 * have more words after it in its clause.
 */
function statementIn(
  statements: readonly StatementCue[],
  sentence: Span,
  sentenceText: string,
): { trigger: Trigger; who: string[]; what: string } | undefined {
  for (const cue of spansWithin(statements, sentence)) {
    const index = cue.start - sentence.start;
    const word = sentenceText.slice(index, cue.end - sentence.start);
    if (!STATEMENT_CUE.test(word) || CITING_CUE.test(word)) continue;
    // "…,” said Jo Lane in a statement": the source after the verb is who, not what; what follows it is.
    const inverted = cue.source !== undefined && cue.source.start >= cue.end && cue.source.end <= sentence.end;
    const rest = inverted ? describe(sentenceText.slice((cue.source?.end ?? 0) - sentence.start), 0) : "";
    const what = inverted ? (/^\p{L}/u.test(rest) ? `${word} ${rest}` : word) : describe(sentenceText, index);
    if (what.split(/\s+/).length < 2) continue;
    const before = sentenceText.slice(0, index);
    const boundary = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
    return { trigger: { index, word, clauseStart: boundary + 1 }, who: [cue.speaker], what };
  }
  return undefined;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
