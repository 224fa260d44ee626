/**
 * The events layer: who did what, where and when, one event per body sentence that names a participant and has an
 * action verb. Narrative continuity fills gaps the way a reader does: a sentence with no date of its own happens
 * when the paragraph's last dated sentence did, and one that says "at the base" or "there" without naming a place
 * happens where the previous event did.
 */
import type { Entity, Event, Sentence, Timex } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { insideAny, spansWithin } from "../../core/span-index.js";
import { defineAnnotator } from "../../pipeline/annotator.js";

/** Verbs that make news events; a sentence whose verb is on neither list has no event. */
const EVENT_VERBS =
  /\b(flew|flown|fly|landed|arrived|visited|visits?|met|meets|meeting|talked|talks|spoke|held|hold|signed|announced|announces|made|attacked|killed|launched|went|travel(?:l)?ed|delivered|informed|communicated|returned|left|withdrew|withdrawn|sent|sends|ordered|declared|elected|appointed|resigned|arrested|charged|sentenced|fired|struck|bombed|invaded|captured|liberated|destroyed|opened|closed|agreed|rejected|approved|voted|passed|won|lost|died|injured|protested|marched|warned|called|urged|pledged|promised|threatened|accused|denied|confirmed|reported|released|published|filed|sued|ruled|banned|imposed|lifted|raised|cut|hosted|attended|joined|led|received|welcomed|thanked|congratulated|discussed|negotiated|demonstrated|retained|remains?|came)\b/i;

/** Words that say "here, at the place just named" without naming it. */
const ANAPHORIC_PLACE =
  /\b(there|at the (?:[\p{L}-]+\s){0,2}(?:base|airbase|air base|site|scene|venue|meeting|summit|airport|port|camp|headquarters|palace|building))\b/iu;

/** How far back (in sentences) a place may be carried over to a sentence that only points at it. */
const PLACE_CARRY_SENTENCES = 3;

interface Occurrence extends Span {
  readonly entity: Entity;
}

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
      const who = unique(
        inside.filter((o) => o.entity.type === "person" || o.entity.type === "organization").map((o) => o.entity.id),
      );
      let where = unique(inside.filter((o) => o.entity.type === "place").map((o) => o.entity.id));
      const stated = spansWithin(times, sentence).find((t) => /^\d{4}-\d{2}-\d{2}/.test(t.value));
      if (stated) lastWhen = { value: stated.value, block: sentence.block };
      const sentenceText = text.slice(sentence.start, sentence.end);
      const verb = who.length === 0 ? undefined : eventVerb(sentenceText, sentence.start, quoted);
      if (who.length === 0 || !verb) return;

      if (ANAPHORIC_PLACE.test(sentenceText) && lastWhere && index - lastWhere.index <= PLACE_CARRY_SENTENCES) {
        where = unique([...where, lastWhere.id]);
      }
      const when = stated?.value ?? (lastWhen && lastWhen.block === sentence.block ? lastWhen.value : undefined);
      const triggerStart = sentence.start + verb.index;
      events.push({
        id: `ev${events.length + 1}`,
        what: describe(sentenceText, verb.index),
        trigger: { start: triggerStart, end: triggerStart + verb[0].length },
        who,
        where,
        ...(when ? { when } : {}),
        evidence: { start: sentence.start, end: sentence.end },
      });
      const lastPlace = inside.filter((o) => o.entity.type === "place").at(-1);
      if (lastPlace) lastWhere = { id: lastPlace.entity.id, index };
    });
    return events;
  },
});

const EVENT_VERBS_ALL = new RegExp(EVENT_VERBS.source, "gi");
/** Words before a verb form that make it a noun ("the meeting", "their talks", "a visit"); not "that", which more often opens a clause ("said that talks …"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|its|our|no)\s+$/i;
/** Auxiliaries that make "led by …" a passive clause of its own rather than a phrase describing a noun. */
const AUXILIARY_BEFORE = /\b(?:was|were|is|are|be|been|being|has|have|had|get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * The sentence's event verb: the first EVENT_VERBS form used as a finite verb. Skipped: forms inside quotation
 * marks, nouns ("the meeting"), a participle opening the sentence ("Meeting with world leaders, he …"), and a
 * participle describing the noun before it ("a group led by moderates", "districts held by Republicans").
 */
function eventVerb(
  sentence: string,
  offset: number,
  quoted: readonly Span[],
): { index: number; 0: string } | undefined {
  for (const m of sentence.matchAll(EVENT_VERBS_ALL)) {
    const at = m.index;
    const word = m[0];
    const before = sentence.slice(Math.max(0, at - 24), at);
    if (quoted.some((q) => q.start <= offset + at && offset + at < q.end)) continue;
    if (DETERMINER_BEFORE.test(before)) continue;
    // "with 11 months left in his term": a participle after a span of time describes it; nothing happened.
    if (
      /^left$/i.test(word) &&
      /\b(?:\d+|a few|several)\s+(?:seconds|minutes|hours|days|weeks|months|years)\s+$/i.test(before)
    )
      continue;
    if (at === 0 && /ing$/i.test(word)) continue;
    if (/^\s+by\b/i.test(sentence.slice(at + word.length)) && !AUXILIARY_BEFORE.test(before)) continue;
    return { index: at, 0: word };
  }
  return undefined;
}

/** A clause-ending mark: not a dot after a title or an initial ("Mr.", "U.S."), nor any mark inside a number. */
const CLAUSE_END =
  /[,;:!?](?!\d)|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|[A-Z]))\.(?!\d)/;

/** The verb and what follows it up to the end of the clause, at most a dozen words. */
function describe(sentence: string, verbAt: number): string {
  // Punctuation ends the clause, but not inside a number ("17,000", "1.1%") nor after an abbreviation ("Mr.", "U.S.").
  const rest = sentence.slice(verbAt).split(CLAUSE_END)[0] ?? "";
  return rest.split(/\s+/).slice(0, 12).join(" ").trim();
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
