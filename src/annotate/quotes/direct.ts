/**
 * Recogniser for quotations in marks: pairs the marks, reads the clauses around each quotation, decides its kind and
 * finds its cue and source phrase. Speakers are resolved later (speaker.ts), once every quotation is known.
 */
import type { QuoteKind } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { hasFiniteVerb, isTitleCase } from "./clause.js";
import { leftClause, rightClause, trim, type Word, wordCountOf, wordsOf } from "./context.js";
import { classifyKind, JUDGED_AS_RULE, WHOLE_OBJECT_RULE } from "./kinds.js";
import { isJudgingVerb, NAMING_VERBS } from "./lexicon.js";
import { isPlausibleSource, sourceOfVerb, subjectAtStart } from "./phrase.js";
import { findRegions, type Region } from "./regions.js";
import { type Attribution, attributionAfter, attributionBefore, isVerbAt } from "./source.js";

export interface Draft extends Span {
  readonly kind: QuoteKind;
  readonly marks: { readonly open: boolean; readonly close: boolean };
  readonly rule: string;
  readonly paragraph: number;
  /** Drafts from one quotation split over paragraphs share a group. */
  readonly group?: number;
  readonly attribution?: Attribution;
}

/** Most words a quotation inside a quotation may have and still be kept as a quoted name or phrase. */
const MAX_NESTED_WORDS = 6;

/** The clauses around a top-level quotation, bounded by its neighbours in the same paragraph. */
interface Surroundings {
  readonly left: Span;
  readonly right: Span;
  readonly paragraph: Span;
}

function surroundings(
  text: string,
  paragraphs: readonly Span[],
  top: readonly Region[],
  i: number,
): Surroundings | undefined {
  const r = top[i];
  const paragraph = r ? paragraphs[r.paragraph] : undefined;
  if (r === undefined || paragraph === undefined || r.end <= r.start) return undefined;
  const prev = top[i - 1];
  const next = top[i + 1];
  const floor = prev && prev.paragraph === r.paragraph ? prev.outer.end : paragraph.start;
  const ceiling = next && next.outer.start < paragraph.end ? next.outer.start : paragraph.end;
  let left = leftClause(text, paragraph, r.outer.start, floor);
  // A quotation that opens its paragraph after a paragraph ending in a colon is introduced by that colon.
  const before = paragraphs[r.paragraph - 1];
  if (left.end === paragraph.start && before && /:\s*$/.test(text.slice(before.start, before.end))) {
    left = leftClause(text, before, before.end);
  }
  const right = rightClause(text, paragraphs[lastParagraphOf(r, paragraphs)] ?? paragraph, r.outer.end, ceiling);
  return { left, right, paragraph };
}

/** The rule of a transcript turn's label, the cue that hands the turn to its speaker. */
export const TRANSCRIPT_LABEL_RULE = "cue:transcript-label";

/**
 * A speaker label opening a turn of a transcript: a name in capitals ("WALLACE:", "MR. TRUMP:") or a full name
 * ("Chris Matthews:"). One capitalised word is not enough: “Look: we will win” opens with an interjection.
 */
const SPEAKER_LABEL =
  /^(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}):[ \t\u00A0]+(?=\S)/u;

/**
 * "WALLACE: Let's start…" quoted as a paragraph of a transcript: the label names who speaks and is not part of
 * what was said. Only at the start of a paragraph, where transcripts put their turns.
 */
function transcriptTurn(
  text: string,
  r: Region,
  paragraph: Span,
): { content: Span; attribution: Attribution } | undefined {
  if (text.slice(paragraph.start, r.start).replace(/["“”„«'\s]/gu, "") !== "") return undefined;
  const label = SPEAKER_LABEL.exec(text.slice(r.start, r.end));
  if (label === null) return undefined;
  const colon = r.start + label[0].indexOf(":");
  return {
    content: { start: r.start + label[0].length, end: r.end },
    attribution: {
      cue: { start: colon, end: colon + 1 },
      source: { start: r.start, end: colon },
      rule: TRANSCRIPT_LABEL_RULE,
    },
  };
}

/** One top-level quotation: its kind from the ordered kind rules, and the cue and source around it. */
function readQuotation(text: string, r: Region, around: Surroundings, resumes: boolean): Draft {
  const { left, right, paragraph } = around;
  const turn = transcriptTurn(text, r, paragraph);
  if (turn) {
    const { start, end } = turn.content;
    const base = { start, end, marks: r.marks, paragraph: r.paragraph, group: r.group };
    return { ...base, kind: "direct", rule: `${r.rule}+kind:direct-transcript`, attribution: turn.attribution };
  }
  const attribution = attributionAround(text, r, left, right);
  // "like “X”, as argued by analysts" keeps X a scare quote: the passive tail owns the phrase, it does not speak it.
  const attributed = attribution !== undefined && attribution.rule !== "cue:as-by";
  const paragraphOnly =
    text.slice(paragraph.start, r.outer.start).trim() === "" && text.slice(r.outer.end, paragraph.end).trim() === "";
  const { kind, rule } = classifyKind({
    text,
    content: r,
    left,
    right,
    attributed,
    attributedAfter: attributionAfter(text, right) !== undefined,
    recovered: !r.marks.open,
    resumes,
    paragraphOnly,
  });
  // A fragment with no cue beside it takes the reporting verb of its sentence ("He called it “a historic day”"), and
  // so does the whole object of a verb of uttering ("Protesters chanted, “Hands up”"): that verb is its cue.
  const takesClauseVerb = kind === "partial" || rule === WHOLE_OBJECT_RULE;
  // "dismissed the plan as “unworkable”": the judging verb is the fragment's cue ("labeled it as “…”" keeps its own).
  const clauseVerb = () =>
    (rule === JUDGED_AS_RULE
      ? verbInClause(text, left, (words, i) => isJudgingVerb(words[i]?.text ?? ""))
      : undefined) ?? verbInClause(text, left);
  const found = kind === "name" ? undefined : (attribution ?? (takesClauseVerb ? clauseVerb() : undefined));
  const cue = found && found.cue.end <= r.start ? passiveAgent(text, found, right) : found;
  return {
    start: r.start,
    end: r.end,
    kind,
    marks: r.marks,
    rule: `${r.rule}+${rule}`,
    paragraph: r.paragraph,
    group: r.group,
    ...(cue ? { attribution: cue } : {}),
  };
}

/** A form of "be" or "get" (and adverbs) right before a participle: the clause is passive. */
const PASSIVE_BEFORE =
  /\b(?:was|were|is|are|am|be|been|being|get|gets|got|gotten)\s+(?:(?:\p{Ll}+ly|often|also|still|never|once|long|sometimes|even|not|always|later|now)\s+)*$/u;
/** "by" and the agent right after the quotation ("… “a man of few words” by his aides"), up to a clause break. */
const BY_AGENT_AFTER = /^[\s,]*by\s+([^,;:.!?()"“”]{1,60}?)\s*(?=$|[,;:.!?()])/u;

/**
 * passiveNamingVerb: "Carter was described as “a man of few words”", "He was often called “the fixer”": the subject
 * of a passive verb of naming is the one named, not the one speaking. The speaker is the agent after "by" when the
 * sentence has one, else nobody the clause names.
 */
function passiveAgent(text: string, found: Attribution, right: Span): Attribution {
  if (!/ed$|en$/.test(text.slice(found.cue.start, found.cue.end))) return found;
  if (!PASSIVE_BEFORE.test(text.slice(Math.max(0, found.cue.start - 40), found.cue.start))) return found;
  const by = BY_AGENT_AFTER.exec(text.slice(right.start, right.end));
  const agent = by?.[1];
  if (by === null || agent === undefined || !isPlausibleSource(agent))
    return { cue: found.cue, rule: `${found.rule}+passive` };
  const start = right.start + by[0].indexOf(agent, by[0].indexOf("by") + 2);
  return { cue: found.cue, source: { start, end: start + agent.length }, rule: `${found.rule}+passive-by` };
}

/** Fewest words a quoted sentence with a verb has ("Failure is not an option"; "Chinese virus" is a phrase). */
const MIN_NESTED_SENTENCE_WORDS = 3;

/**
 * A nested quotation in sentence case that reads as a sentence: a question or an exclamation, or three words or
 * more with a finite verb. Not a title in capitals, and not one in lower case, which is a phrase held at a distance.
 */
function isNestedSentence(text: string, r: Region, quoted: string, words: number): boolean {
  if (!/^\p{Lu}/u.test(quoted) || isTitleCase(quoted)) return false;
  return /[?!]["”’']?$/u.test(quoted) || (words >= MIN_NESTED_SENTENCE_WORDS && hasFiniteVerb(text, r));
}

/**
 * Quotations inside quotations are phrases the speaker quotes: kept as names or scare quotes, never as speech. One
 * that reads as a sentence ("they asked, ‘Why does this keep happening?’", "he said ‘Failure is not an option’") is
 * someone's words inside the speaker's, neither a name nor a scare quote, and the quotation around it holds it; a
 * title in capitals ("I Married a Jew") stays a name.
 */
function nestedDraft(text: string, r: Region): Draft | undefined {
  const words = wordCountOf(text, r);
  if (words === 0 || words > MAX_NESTED_WORDS) return undefined;
  const quoted = text.slice(r.start, r.end);
  if (isNestedSentence(text, r, quoted, words)) return undefined;
  const kind = /^\p{Lu}/u.test(text.slice(r.start, r.end)) ? "name" : "scare";
  return { start: r.start, end: r.end, kind, marks: r.marks, rule: `${r.rule}+kind:nested`, paragraph: r.paragraph };
}

/**
 * The author's sign-off (Follow Jane Doe on Twitter @janedoe) closing an article: the outlet's note to the reader, not
 * speech, even when a quoted transcript left open runs on into it.
 */
const SIGN_OFF = /^Follow\s[^\n]{0,80}?(?:\bon\s+(?:Twitter|Facebook|Instagram)\b|\s@\w+)/u;

export function findQuotedDrafts(text: string, paragraphs: readonly Span[]): Draft[] {
  const regions = findRegions(text, paragraphs).filter((r) => !SIGN_OFF.test(text.slice(r.start, r.end)));
  const top = regions.filter((r) => r.depth === 0);
  const drafts: Draft[] = [];
  let previous: Draft | undefined;
  top.forEach((r, i) => {
    const around = surroundings(text, paragraphs, top, i);
    if (around === undefined) return;
    const prev = top[i - 1];
    const resumes =
      previous?.kind === "direct" &&
      prev !== undefined &&
      prev.paragraph === r.paragraph &&
      isAttributionOnly(text, { start: prev.outer.end, end: r.outer.start });
    const read = readQuotation(text, r, around, resumes);
    previous =
      previous !== undefined && prev !== undefined && prev.paragraph === r.paragraph
        ? coordinatedWith(text, previous, read, { start: prev.outer.end, end: r.outer.start })
        : read;
    drafts.push(previous);
  });
  for (const r of regions) {
    const nested = r.depth > 0 ? nestedDraft(text, r) : undefined;
    if (nested) drafts.push(nested);
  }
  return shareAttributions(drafts.sort((a, b) => a.start - b.start));
}

/**
 * Direct quotations with no cue of their own take one from their neighbours: the other pieces of a quotation split
 * over paragraphs (the cue often comes in the last), then the attributed direct quotations of the same paragraph
 * (“A.” “B,” said X. — or — “A,” said X. “B.”). Sharing keeps the source phrase, so the speaker stays the same.
 */
function shareAttributions(drafts: readonly Draft[]): Draft[] {
  const speech = (d: Draft) => d.kind === "direct" && d.attribution !== undefined;
  return drafts.map((d, i) => {
    if (d.kind !== "direct" || d.attribution) return d;
    // In a quoted transcript the turn goes on until the next label: the nearest labelled piece before speaks.
    const turn = drafts
      .slice(0, i)
      .reverse()
      .find((o) => o.group === d.group && o.attribution?.rule === TRANSCRIPT_LABEL_RULE);
    const sameGroup = turn ?? drafts.find((o) => o !== d && o.group === d.group && speech(o));
    const prev = drafts
      .slice(0, i)
      .reverse()
      .find((o) => o.paragraph === d.paragraph && o.kind === "direct");
    const next = drafts.slice(i + 1).find((o) => o.paragraph === d.paragraph && o.kind === "direct");
    const from = sameGroup ?? (prev && speech(prev) ? prev : next && speech(next) ? next : undefined);
    return from?.attribution ? { ...d, attribution: { ...from.attribution, rule: "cue:shared" }, rule: d.rule } : d;
  });
}

/** Only a conjunction (and an article) between two quoted phrases: "called it “reckless” and “a disgrace”". */
const COORDINATION_BETWEEN = /^\s*,?\s*(?:and|or|nor)\s+(?:(?:a|an|the|as)\s+)?$/i;

/**
 * A quoted phrase joined by "and" or "or" to a partial quotation before it is the same speaker's words, whatever
 * it would be alone ("whom he called a “dangerous demagogue” and a “bomb-thrower”" is no scare quote): it takes
 * the first one's kind and cue.
 */
function coordinatedWith(text: string, first: Draft, draft: Draft, between: Span): Draft {
  if (first.kind !== "partial" || draft.attribution) return draft;
  if (draft.kind !== "scare" && (draft.kind !== "partial" || first.attribution === undefined)) return draft;
  if (!COORDINATION_BETWEEN.test(text.slice(between.start, between.end))) return draft;
  return {
    ...draft,
    kind: "partial",
    rule: `${draft.rule}+coordinated`,
    ...(first.attribution
      ? { attribution: { ...first.attribution, rule: `${first.attribution.rule}+coordinated` } }
      : {}),
  };
}

/** Longest attribution between two halves of an interrupted quotation (“…,” said the senator from Ohio, “…”). */
const MAX_INTERRUPTION_WORDS = 14;

/** The stretch between two quotations is only their attribution: short, and a reporting verb with its source. */
function isAttributionOnly(text: string, between: Span): boolean {
  // "he said, adding that “…”" continues in the reporter's words; only a bare comma or colon hands back the floor.
  if (
    !/[,:]\s*$/.test(text.slice(between.start, between.end)) ||
    /\b(?:that|but|and|to|as)\W*$/i.test(text.slice(between.start, between.end))
  )
    return false;
  return wordCountOf(text, between) <= MAX_INTERRUPTION_WORDS && attributionAfter(text, between) !== undefined;
}

function lastParagraphOf(r: Region, paragraphs: readonly Span[]): number {
  const i = paragraphs.findIndex((p) => p.start <= r.outer.end && r.outer.end <= p.end);
  return i >= 0 ? i : r.paragraph;
}

/** A comma inside the closing mark asks for an attribution after it (“…,” he said); otherwise look before first. */
function attributionAround(text: string, r: Region, left: Span, right: Span): Attribution | undefined {
  const after = () => attributionAfter(text, right);
  const content = text.slice(r.start, r.end);
  const before = () => attributionBefore(text, left, /\?\s*$/.test(content));
  return /[,—-]$/.test(content) ? (after() ?? before()) : (before() ?? after());
}

/**
 * Participles of naming that open a clause after a comma ("…, calling it “a disgrace”"): the phrase is what the
 * sentence's subject called it. Not reporting verbs elsewhere: "calling for talks" reports no words.
 */
const NAMING_PARTICIPLES = new Set([
  "calling",
  "describing",
  "dubbing",
  "labeling",
  "labelling",
  "branding",
  "terming",
]);

/** A reporting verb, or a naming participle right after a comma ("…, calling it “…”"). */
function isClauseVerb(text: string, left: Span, words: readonly Word[], i: number): boolean {
  const w = words[i];
  if (w === undefined) return false;
  const naming =
    NAMING_PARTICIPLES.has(w.text.toLowerCase()) && /,\s*$/.test(text.slice(words[i - 1]?.end ?? left.start, w.start));
  return naming || isVerbAt(words, i, false, text);
}

/** Verbs before an infinitive whose object, not their subject, does what the infinitive says ("urged him to call"). */
const OBJECT_CONTROL =
  /\b(?:ask|asks|asked|urge|urges|urged|tell|tells|told|allow|allows|allowed|let|lets|force|forces|forced|invite|invites|invited|persuade|persuaded|want|wants|wanted|expect|expects|expected|encourage|encourages|encouraged|order|ordered|pressed|pushed)\b/i;

/**
 * "The mayor turned to social media last month to describe her city as “a furnace”": a verb of naming in an infinitive
 * of purpose has the clause's subject for its own, so the subject names the thing in the marks. Not after a verb
 * whose object does the naming ("urged voters to call it …"), where the speaker is the object.
 */
function namingInfinitive(text: string, left: Span, words: readonly Word[]): Attribution | undefined {
  for (let i = words.length - 1; i >= 1; i--) {
    const w = words[i];
    const to = words[i - 1];
    if (w === undefined || to === undefined || !NAMING_VERBS.has(w.text) || to.text.toLowerCase() !== "to") continue;
    const before = { start: left.start, end: to.start };
    if (OBJECT_CONTROL.test(text.slice(before.start, before.end))) return undefined;
    const found = subjectAtStart(text, before);
    if (found === undefined) return undefined;
    // "The mayor went on television to call …": the subject read from the clause's start ends before its verb.
    const verb = wordsOf(text, found).find((v, k) => k > 0 && /^\p{Ll}/u.test(v.text) && hasFiniteVerb(text, v));
    const subject = verb ? trim(text, { start: found.start, end: verb.start }) : found;
    if (subject.end <= subject.start || !isPlausibleSource(text.slice(subject.start, subject.end))) return undefined;
    return { cue: { start: w.start, end: w.end }, source: subject, rule: "cue:naming-infinitive" };
  }
  return undefined;
}

/**
 * He called it “a historic day”: the last reporting verb anywhere in the clause (or the last word `isCue` accepts),
 * with the subject before it.
 */
function verbInClause(
  text: string,
  left: Span,
  isCue: (words: readonly Word[], i: number) => boolean = (words, i) => isClauseVerb(text, left, words, i),
): Attribution | undefined {
  const words = wordsOf(text, left);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w === undefined || !isCue(words, i)) continue;
    const found = sourceOfVerb(text, left.start, w);
    // "… and promised that “…”": a clause with no subject of its own leaves the speaker to the context.
    const source = found && isPlausibleSource(text.slice(found.start, found.end)) ? found : undefined;
    return { cue: { start: w.start, end: w.end }, ...(source ? { source } : {}), rule: "cue:verb-in-clause" };
  }
  return namingInfinitive(text, left, words);
}
