/**
 * The quotes layer: quotations in marks and reported speech, each with its kind, cue, source phrase and speaker.
 * An ordered list of recognisers (marks, interview answers, reported speech) proposes drafts, each seeing what the
 * earlier ones found; the speaker refiner below resolves sources to entities and carries the floor from one
 * quotation to the next, as a reader does.
 */
import { type Document, layer, type Quote } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { isTitleCase } from "./clause.js";
import { paragraphsOf } from "./context.js";
import { type Draft, findQuotedDrafts } from "./direct.js";
import { findHeadlineDrafts, HEADLINE_RULE } from "./headline.js";
import { BESIDE_QUOTATION, findIndirectDrafts, holdsFloor, inRelativeClause, sentencesOf } from "./indirect.js";
import { findInterviewDrafts, INTERVIEW_RULE } from "./interview.js";
import { SCARE_TERM_RULE } from "./kinds.js";
import {
  indexMentions,
  type LastSpeaker,
  resolveSource,
  type SpeakerContext,
  sentenceSubject,
  topicSpeaker,
} from "./speaker.js";
import { findTweetDrafts } from "./tweets.js";

/** How many paragraphs back a speaker keeps the floor for a quotation with no cue (newswire runs of quotes). */
const FLOOR_PARAGRAPHS = 1;

interface Resolved {
  readonly speaker?: string;
  readonly attributedTo?: string;
  readonly inferred: boolean;
  /** The source phrase, when the floor was inherited from an earlier quotation. */
  readonly source?: Span;
}

/** Who holds the floor after a quotation: its resolved speaker and source, and where it was. */
interface Floor extends Resolved {
  readonly at: number;
  readonly paragraph: number;
}

/**
 * What may stand before the subject's name in the sentence that leads into a quotation: nothing, a title ("Defense
 * lawyer", "Sen."), or a possessive apposition closed by a comma ("Roe’s lawyer, "). Not a pronoun, an article
 * or a verb: "He spoke after Jane Roe left", "The court sided with Jane Roe" have another subject.
 */
const SUBJECT_PREFIX =
  /^(?:(?:\p{Lu}[\p{L}.-]*|\p{Ll}+)\s+){0,2}$|^[\p{Lu}][\p{L}-]*['’]s?\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s*$/u;
/** Words that cannot open a subject's title: pronouns, articles, prepositions and conjunctions. */
const NOT_A_TITLE =
  /^(?:he|she|they|it|we|i|the|a|an|this|that|after|before|when|while|as|if|in|on|at|with|but|and|then|later|so)\b/i;

/**
 * "Roe’s lawyer, Jane Roe, had a shorter statement. “It is a landmark.”": a paragraph that opens with a sentence
 * of the reporter's naming one person as its subject, then a quotation with no cue, hands that person the floor,
 * even when someone else spoke in the paragraph before. A name with a possessive ("Roe’s") is not the subject.
 */
function leadSubject(ctx: SpeakerContext, d: Draft, paragraph: Span | undefined): string | undefined {
  if (paragraph === undefined || d.start <= paragraph.start) return undefined;
  const lead = ctx.text.slice(paragraph.start, d.start).replace(/["“‘'\s]+$/u, "");
  if (!/[.!?]$/.test(lead) || /["“”]/u.test(lead)) return undefined;
  // The lead's last sentence: from the last sentence start in the paragraph before the quotation.
  const leadEnd = paragraph.start + lead.length;
  const from = ctx.sentenceStarts.filter((s) => s >= paragraph.start && s < leadEnd - 1).at(-1) ?? paragraph.start;
  const people = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.start < from || m.entity.type !== "person") continue;
    if (m.end > leadEnd) break;
    if (/^['’]s?\b/u.test(ctx.text.slice(m.end, m.end + 2))) continue;
    const prefix = ctx.text.slice(from, m.start);
    if (!SUBJECT_PREFIX.test(prefix) || NOT_A_TITLE.test(prefix)) return undefined;
    people.add(m.entity.id);
  }
  return people.size === 1 ? [...people][0] : undefined;
}

function resolveDraft(ctx: SpeakerContext, d: Draft, last: Floor | undefined, paragraph?: Span): Resolved {
  if (d.kind === "name") return { inferred: false };
  const source = d.attribution?.source;
  const recent = last && d.paragraph - last.paragraph <= FLOOR_PARAGRAPHS ? last : undefined;
  const lastSpeaker: LastSpeaker | undefined = recent?.speaker ? { id: recent.speaker, at: recent.at } : undefined;
  if (source) {
    const r = resolveSource(ctx, source, lastSpeaker, d.start);
    return { ...r, inferred: d.attribution?.rule === "cue:shared" };
  }
  // A fragment in marks with no cue in a sentence about a person is that person's wording; not a title in capitals
  // ("Fire and Fury", "The Great Comeback"), which names a work or a slogan rather than quoting anyone.
  if (d.kind === "partial" && !isTitleCase(ctx.text.slice(d.start, d.end))) {
    const subject = sentenceSubject(ctx, d.start);
    return subject ? { speaker: subject, inferred: true } : { inferred: false };
  }
  if (d.kind !== "direct") return { inferred: false };
  // directInSubjectSentence: "Lopez issued a statement … claiming “The fund is safe.”": a quotation with no cue that
  // is worked into a sentence about a person is that person's, whoever held the floor before (the floor is for
  // quotations standing as sentences of their own).
  const subject = sentenceSubject(ctx, d.start);
  if (subject !== undefined) return { speaker: subject, inferred: true };
  // A quotation with no cue: the previous speaker keeps the floor, else the person the text is about.
  const introduced = recent ? leadSubject(ctx, d, paragraph) : undefined;
  if (introduced !== undefined && introduced !== recent?.speaker) return { speaker: introduced, inferred: true };
  if (recent && (recent.speaker || recent.attributedTo)) {
    return {
      ...(recent.speaker ? { speaker: recent.speaker } : {}),
      ...(recent.attributedTo ? { attributedTo: recent.attributedTo } : {}),
      ...(recent.source ? { source: recent.source } : {}),
      inferred: true,
    };
  }
  const speaker = topicSpeaker(ctx, d.start);
  return speaker ? { speaker, inferred: true } : { inferred: true };
}

/** A recogniser proposes drafts; it sees the drafts of the recognisers before it in the list. */
interface Recogniser {
  readonly name: string;
  find(doc: Document, paragraphs: readonly Span[], found: readonly Draft[]): Draft[];
}

/** In order: quotations in marks first, so reported speech is not read again inside them. */
export const RECOGNISERS: readonly Recogniser[] = [
  { name: "headline", find: (doc) => findHeadlineDrafts(doc) },
  { name: "quoted", find: (doc, paragraphs) => findQuotedDrafts(doc.text, paragraphs) },
  { name: "interview", find: (doc, paragraphs) => findInterviewDrafts(doc.text, paragraphs, doc.layers.blocks) },
  { name: "tweet", find: (doc, paragraphs, found) => findTweetDrafts(doc.text, paragraphs, found) },
  { name: "indirect", find: (doc, paragraphs, found) => findIndirectDrafts(doc.text, paragraphs, found) },
];

/** A source phrase that is a pronoun standing for a speaker named earlier. */
const SUBJECT_PRONOUN = /^\s*(?:he|she|they|we|i|you)\s*$/i;

/** Words before a quoted phrase by which the writer, not the speaker, holds it at a distance. */
const DISTANCING = /\b(?:so-called|so called|supposed|self-styled|self-described)\s*$/i;

/**
 * "…, said he was a “brilliant” and “colorful” man": a short quoted phrase inside reported speech is the speaker's
 * word, a partial quotation with the report's attribution, not the writer's scare quote, unless "so-called" and the
 * like say otherwise.
 */
function speakersWords(text: string, drafts: Draft[], namesSomeone: (source: Span) => boolean): Draft[] {
  const reports = drafts.filter((d) => d.kind === "indirect" && d.attribution?.source);
  return drafts.map((d) => {
    // A partial quotation without a cue of its own inside reported speech is the report's speaker's too, and so is
    // one whose cue names nobody: in "Lee said the city had concluded the plan was “not unlawful”" the verb of the
    // reported clause has no speaker of its own, and the words are Lee's — when the report's source names a person
    // or organisation or is a pronoun for one (a source phrase read from a garbled line names nobody).
    const report = reports.find((r) => r.start <= d.start && d.end <= r.end + 1);
    const cueOnlyPartial =
      d.kind === "partial" &&
      d.attribution !== undefined &&
      d.attribution.source === undefined &&
      report?.attribution?.source !== undefined &&
      namesSomeone(report.attribution.source);
    const unattributedPartial = (d.kind === "partial" && d.attribution === undefined) || cueOnlyPartial;
    if (
      (d.kind !== "scare" && !unattributedPartial) ||
      // A term the kind rules already read as the writer's inside a question ("explain why the “reset” failed").
      d.rule.endsWith(SCARE_TERM_RULE) ||
      DISTANCING.test(text.slice(Math.max(0, d.start - 20), d.start).replace(/["“‘']\s*$/u, ""))
    )
      return d;
    if (!report?.attribution) return d;
    // A report read beside a quotation in marks passes its mark on, so its phrase does not take the floor either.
    const beside = report.rule.endsWith(BESIDE_QUOTATION) ? BESIDE_QUOTATION : "";
    return { ...d, kind: "partial", rule: `${d.rule}+in-reported-speech${beside}`, attribution: report.attribution };
  });
}

function afterSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  return i;
}

/** A form of "be" right before an -ing cue. */
const PROGRESSIVE_BEFORE_CUE = /\b(?:is|are|was|were|am)\s+$/i;
/**
 * A perfect auxiliary with "also" or "since", or "also" alone, right before a verb cue ("has said", "had also told",
 * "has since called for"), which are part of the cue.
 */
const AUXILIARY_BEFORE_CUE = /\b(?:(?:has|have|had)\s+(?:(?:also|since)\s+)?|also\s+)$/i;

/**
 * The cue with the auxiliary before its verb: "Trump has said" is cued by "has said", "Clinton is stressing" by "is
 * stressing", as annotated corpora (PolNeAR) mark them. Not when the auxiliary would reach into the source phrase.
 */
function withAuxiliary(text: string, cue: Span, source: Span | undefined): Span {
  const preceding = text.slice(Math.max(0, cue.start - 20), cue.start);
  // "is promising", "are calling for": the progressive's "be" is part of the cue as well.
  const progressive = /^\p{Ll}+ing\b/u.test(text.slice(cue.start, cue.end))
    ? PROGRESSIVE_BEFORE_CUE.exec(preceding)
    : null;
  const before = progressive ?? AUXILIARY_BEFORE_CUE.exec(preceding);
  if (!before) return { start: cue.start, end: cue.end };
  const start = cue.start - before[0].length;
  if (source && source.start < cue.start && source.end > start) return { start: cue.start, end: cue.end };
  return { start, end: cue.end };
}

/** Quotes of the document's body, in reading order, with ids q1, q2, … */
export function findQuotes(doc: Document): Quote[] {
  const { text } = doc;
  // A wire dateline ("PARADISE, Calif. (AP) —") opens the first paragraph but is nobody's words: the paragraph is
  // read from after it, so a quotation right after the dateline opens its sentence.
  const dateline = doc.metadata.dateline?.provenance.span;
  const paragraphs = paragraphsOf(doc)
    .filter((p) => p.start >= doc.body.start && p.end <= doc.body.end)
    .map((p) =>
      dateline && p.start <= dateline.start && dateline.end < p.end
        ? { ...p, start: afterSpaces(text, dateline.end) }
        : p,
    );
  const found: Draft[] = [];
  for (const recogniser of RECOGNISERS) found.push(...recogniser.find(doc, paragraphs, found));
  // Furniture inside a paragraph (a pop-up card's headlines scraped into the sentence) quotes nobody.
  const furniture = doc.layers.boilerplate ?? [];
  const entities = doc.layers.entities ?? [];
  const agentMentions = entities
    .filter((e) => e.type === "person" || e.type === "organization")
    .flatMap((e) => e.mentions);
  const namesSomeone = (source: Span) =>
    SUBJECT_PRONOUN.test(text.slice(source.start, source.end)) ||
    agentMentions.some((m) => source.start <= m.start && m.end <= source.end);
  const drafts = speakersWords(
    text,
    found.filter((d) => !furniture.some((b) => b.start < d.end && d.start < b.end)).sort((a, b) => a.start - b.start),
    namesSomeone,
  );
  const quoted = drafts.filter((d) => d.kind !== "indirect");
  const ctx: SpeakerContext = {
    text,
    mentions: indexMentions(entities),
    quoted: quoted
      .filter((q) => q.kind === "direct" || q.kind === "partial")
      .map((q): Span => ({ start: q.start, end: q.end })),
    sentenceStarts: sentencesOf(text, paragraphs).map((s) => s.start),
  };
  let last: Floor | undefined;
  // The interviewee answers every answer: decided once, from the text before the first answer.
  const firstAnswer = drafts.find((d) => d.rule === INTERVIEW_RULE);
  const interviewee = firstAnswer ? topicSpeaker(ctx, firstAnswer.start) : undefined;
  return drafts.map((d, i): Quote => {
    const r: Resolved =
      d.rule === INTERVIEW_RULE
        ? { ...(interviewee ? { speaker: interviewee } : {}), inferred: true }
        : resolveDraft(ctx, d, last, paragraphs[d.paragraph]);
    const source = d.attribution?.source ?? r.source;
    const speech = d.kind === "direct" || d.kind === "partial" || d.kind === "indirect";
    // The headline is read apart from the body: its speaker does not keep the floor in the first paragraph.
    // A poll's finding, a pledge or a belief does not make its source the speaker of the quotations that follow.
    // "Ortiz thanked Lund, who once called her a “paper tiger”": words reported in passing in a relative clause,
    // about someone other than the person the sentence is about, leave the floor to that person.
    const aside =
      d.kind !== "direct" && inRelativeClause(text, d) && (sentenceSubject(ctx, d.start) ?? r.speaker) !== r.speaker;
    if ((r.speaker || r.attributedTo) && speech && !d.rule.startsWith(HEADLINE_RULE) && holdsFloor(text, d) && !aside) {
      last = { ...r, ...(source ? { source } : {}), at: d.end, paragraph: d.paragraph };
    }
    return {
      id: `q${i + 1}`,
      start: d.start,
      end: d.end,
      kind: d.kind,
      ...(r.speaker ? { speaker: r.speaker } : {}),
      speakerInferred: r.inferred && r.speaker !== undefined,
      ...(r.attributedTo ? { attributedTo: r.attributedTo } : {}),
      ...(d.attribution ? { cue: withAuxiliary(text, d.attribution.cue, source) } : {}),
      ...(source ? { source } : {}),
      marks: d.marks,
      rule: d.attribution ? `${d.rule}+${d.attribution.rule}` : d.rule,
    };
  });
}

export const quotesAnnotator = defineAnnotator({
  name: "quotes",
  requires: ["sentences", "entities", "boilerplate"],
  produces: "quotes",
  annotate(doc) {
    // Read the declared layers so a pipeline that runs us too early fails loudly.
    layer(doc, "entities");
    layer(doc, "boilerplate");
    return findQuotes(doc);
  },
});
