/**
 * Who said it: resolves a source phrase to an entity (a name, a title or description matched against the entity's
 * roles, a pronoun resolved to a recent subject), and infers the speaker of a quotation with no cue from the
 * paragraphs around it (the same speaker as the quotation before, else the person the preceding paragraphs are about).
 */
import type { Entity, EntityMention } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { lastStartingAtOrBefore } from "../../core/span-index.js";
import { holdsOffice, officeWordIndex, ROLE_NOUNS } from "../entities/lexicon.js";
import { wordCountOf, wordsOf } from "./context.js";
import { GENERIC_SOURCE_HEADS, PRONOUNS } from "./lexicon.js";

export interface IndexedMention extends EntityMention {
  readonly entity: Entity;
}

export interface SpeakerContext {
  readonly text: string;
  /** Every entity mention, sorted by start. */
  readonly mentions: readonly IndexedMention[];
  /** Spans inside quotation marks: names there are what the speaker talks about, not who speaks. */
  readonly quoted: readonly Span[];
  /** Sentence starts, so "subject position" can be read as "early in its sentence". */
  readonly sentenceStarts: readonly number[];
}

/** An entity and where it last spoke or was mentioned. */
export interface LastSpeaker {
  readonly id: string;
  readonly at: number;
}

export interface Resolution {
  readonly speaker?: string;
  readonly attributedTo?: string;
}

/** How many words into a sentence a mention may start and still count as its subject. */
const SUBJECT_REACH_WORDS = 8;
/** Paragraph-level look-back for a topic speaker: the quote follows the paragraphs about its speaker. */
const TOPIC_LOOKBACK_CHARS = 1500;
/** Descriptions that name an office by another word than the role the entity layer recorded. */
const DESCRIPTION_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  "head of state": ["president", "king", "queen", "monarch", "emir", "leader"],
  "head of government": ["prime minister", "premier", "chancellor"],
  nominee: ["candidate", "nominee"],
  candidate: ["candidate", "nominee"],
  leader: ["leader", "president", "chairman", "head"],
};

export function indexMentions(entities: readonly Entity[]): IndexedMention[] {
  return entities.flatMap((entity) => entity.mentions.map((m) => ({ ...m, entity }))).sort((a, b) => a.start - b.start);
}

/** How many quoted spans before a mention are checked: quotes nest at most a level or two. */
const QUOTE_NESTING = 3;

function insideQuote(ctx: SpeakerContext, m: Span): boolean {
  // Quoted spans are sorted by start; the ones that could hold `m` start at or shortly before it.
  const last = lastStartingAtOrBefore(ctx.quoted, m.start);
  for (let i = last; i >= 0 && i > last - QUOTE_NESTING; i--) {
    const q = ctx.quoted[i] as Span;
    if (m.end <= q.end) return true;
  }
  return false;
}

/** Index of the first mention starting at or after `offset` (mentions are sorted by start). */
function firstMentionFrom(ctx: SpeakerContext, offset: number): number {
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.mentions[mid] as IndexedMention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longest a mention can reach back from its start into a source phrase: well over any name's length. */
const MENTION_REACH = 200;

const isSpeakerType = (m: IndexedMention): boolean => m.entity.type === "person" || m.entity.type === "organization";

/** The last sentence start at or before `at` (0 before the first), by binary search: sentenceStarts is sorted. */
function sentenceStartOf(ctx: SpeakerContext, at: number): number {
  let lo = 0;
  let hi = ctx.sentenceStarts.length - 1;
  let start = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentenceStarts[mid] ?? 0;
    if (s <= at) {
      start = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return start;
}

/** A mention sits early in its sentence: the usual place of the subject in news English. */
function inSubjectPosition(ctx: SpeakerContext, m: IndexedMention): boolean {
  const start = sentenceStartOf(ctx, m.start);
  // "He also doubted that hearing from Mueller …": a sentence that opens with a subject pronoun has its subject.
  if (m.start > start && SUBJECT_PRONOUN_OPENING.test(ctx.text.slice(start, Math.min(m.start, start + 12))))
    return false;
  if (wordCountOf(ctx.text, { start, end: m.start }) > SUBJECT_REACH_WORDS) return false;
  // "Collins called out Chairman Jerry Nadler …": a person after another person of the sentence is its object.
  return !personBefore(ctx, start, m);
}

/** Whether a person other than `m`'s entity is mentioned between `from` and `m`, outside quotations. */
function personBefore(ctx: SpeakerContext, from: number, m: IndexedMention): boolean {
  for (let i = firstMentionFrom(ctx, from); i < ctx.mentions.length; i++) {
    const other = ctx.mentions[i] as IndexedMention;
    if (other.start >= m.start) return false;
    if (
      other.entity.type === "person" &&
      other.entity.id !== m.entity.id &&
      !insideQuote(ctx, other) &&
      !modifiesPeopleNoun(ctx, other)
    )
      return true;
  }
  return false;
}

/**
 * nameModifiesNoun: "the Obama campaign", "Sanders delegates": a name right before a noun for people (not after a
 * possessive, which sentenceSubject reads on its own) modifies that noun; it is neither the subject nor a person
 * standing before it.
 */
function modifiesPeopleNoun(ctx: SpeakerContext, m: IndexedMention): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(ctx.text.slice(m.end, m.end + 30))?.[1];
  return m.entity.type === "person" && next !== undefined && isModifiedNoun(next);
}

/** A subject pronoun opening a sentence (after an opening quotation mark, if any). */
const SUBJECT_PRONOUN_OPENING = /^["“‘']?(?:he|she|they|we|i)\b/i;

/**
 * A pronoun for people opening a source, with a qualifier after it ("those close to him", "others in the party",
 * "those surveyed in a Lee Institute poll"); not a determiner ("those senators").
 */
const PRONOUN_HEAD =
  /^(?:(?:even|almost|virtually|nearly|not)\s+)?(?:those|others|everyone|anyone|someone|everybody|anybody|somebody|no\s+one)\s+(?:who|in|at|on|of|close|familiar|with|from|inside|outside|around|near|concerned|tasked|surveyed|polled|interviewed|involved|present|aware|opposed)\b/i;
/** "who", "whose" after a source's head, then a lower-case word: a relative clause with its own verb. */
const RELATIVE_IN_SOURCE = /(?<=\S)\s+(?:who|whose)\s+(?=\p{Ll})/u;
/** A name closing a phrase right after a relative word or "that": the subject of the verb that follows. */
const NAME_AFTER_RELATIVE = /\b(?:that|which|whom|who)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}$/u;

/**
 * Where the part of a source that can name its speaker ends: before a relative clause on its head ("officials who
 * spoke to the Daily Gazette", "voters who backed Lee" — the names inside are not who speaks). The whole phrase when
 * the clause is followed by a comma (the phrase goes on past it) or when a name closes the phrase right after a
 * relative word ("the memo to which Lee"): that name is the verb's own subject.
 */
function beforeRelativeClause(text: string, source: Span): number {
  const phrase = text.slice(source.start, source.end);
  const relative = RELATIVE_IN_SOURCE.exec(phrase);
  if (relative === null || phrase.includes(",", relative.index) || NAME_AFTER_RELATIVE.test(phrase)) return source.end;
  return source.start + relative.index;
}

/**
 * A break between a verb and a quotation that ends its object: an aside or an adverbial clause ("she said, alluding
 * to Lee's aide, “…”", "he said after mentioning Lee's campaign"), where news copy does name the speaker again.
 */
const CLAUSE_BREAK = /[,;:()—–]|\b(?:when|after|before|while|because|since|asked|alluding|mentioning)\b/u;

/**
 * Whether entity `id` is named (by name, not a pronoun) in the object between a pronoun source and the quotation
 * after it ("He called Lee's plan “a trick”": he is not Lee).
 */
function namedInObject(ctx: SpeakerContext, id: string, from: number, to: number): boolean {
  if (CLAUSE_BREAK.test(ctx.text.slice(from, to))) return false;
  for (let i = firstMentionFrom(ctx, from); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as IndexedMention;
    if (m.start >= to) return false;
    // Not a name inside a longer one ("from Lee Tower"): that names a place or a body, not the person.
    if (
      m.start >= from &&
      m.entity.id === id &&
      m.form === "name" &&
      !/^\s\p{Lu}/u.test(ctx.text.slice(m.end, m.end + 2))
    )
      return true;
  }
  return false;
}

/**
 * Resolves the source phrase written beside a cue. `quoteStart`: where the quotation starts, which bars a pronoun
 * source before it from a name in its object.
 */
export function resolveSource(
  ctx: SpeakerContext,
  source: Span,
  lastSpeaker?: LastSpeaker,
  quoteStart?: number,
): Resolution {
  const phrase = ctx.text.slice(source.start, source.end).trim();
  const words = wordsOf(ctx.text, source).map((w) => w.text.toLowerCase());
  // "those in the House", "others close to Lee": the people a pronoun's qualifier picks out are not the ones named
  // inside it; names there are no speaker.
  if (PRONOUN_HEAD.test(phrase)) return { attributedTo: phrase };
  const end = beforeRelativeClause(ctx.text, source);
  const within: IndexedMention[] = [];
  for (let i = firstMentionFrom(ctx, source.start - MENTION_REACH); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as IndexedMention;
    if (m.start >= end) break;
    if (source.start < m.end && isSpeakerType(m)) within.push(m);
  }
  const head = words.find((w) => GENERIC_SOURCE_HEADS.has(w));
  const generic =
    head !== undefined &&
    /^(?:a|an|the|some|several|many|two|three|other|another|one|senior|top)?\s*\p{Ll}/u.test(phrase);
  if (generic) {
    // "top economic adviser Larry Kudlow", "a spokesman, Jane Roe": a person named after the head noun is who speaks.
    const named = within.find(
      (m) => m.entity.type === "person" && !modifiesNoun(ctx.text, m, source.end) && m.start > source.start,
    );
    if (
      named &&
      /^\s*\p{Ll}/u.test(ctx.text.slice(source.start, named.start)) &&
      endsPhrase(ctx.text, named, source.end)
    )
      return { speaker: named.entity.id };
    // "a spokesman for the Trump campaign": the entity named is the organisation the source speaks for.
    const org = within.find((m) => m.entity.type === "organization");
    return { attributedTo: phrase, ...(org ? { speaker: org.entity.id } : {}) };
  }
  // "Sanders delegate James Smart", "Trump's lawyer", "one Sanders delegate": a name that modifies a noun is not
  // the one speaking; the name the noun leads to is, or, when none follows, the phrase itself.
  const heads = within.filter((m) => !modifiesNoun(ctx.text, m, source.end));
  const person = heads.find((m) => m.entity.type === "person") ?? heads[0];
  if (person) return { speaker: person.entity.id };
  if (heads.length < within.length) return { attributedTo: phrase };
  // "the White House announced", "Paris said": a place named as the whole source stands for its government.
  const seat = placeNamedAsSource(ctx, source, phrase);
  if (seat) return { speaker: seat.entity.id };
  if (words.length === 1) {
    // "…,” said Ann Lee, who said …": a relative "who" as a source stands for the person it follows, read as a
    // person pronoun is (the quotation's speaker just before keeps the floor).
    const pronoun = words[0] === "who" ? "person" : PRONOUNS.get(words[0] ?? "");
    if (pronoun === "person") {
      // The speaker of the previous quotation keeps the floor unless another person became the subject since.
      const subject = recentSubject(ctx, source.start, "person");
      const first = lastSpeaker && (!subject || subject.at < lastSpeaker.at) ? lastSpeaker.id : subject?.id;
      const barred = (id: string | undefined) =>
        id === undefined ||
        (quoteStart !== undefined && quoteStart > source.end && namedInObject(ctx, id, source.end, quoteStart));
      const antecedent = [first, lastSpeaker?.id, subject?.id].find((id) => !barred(id));
      return antecedent ? { speaker: antecedent } : { attributedTo: phrase };
    }
    // "As we reported last week", "we have since learned": a "we" that is a quotation's source, outside the marks, is
    // the writer or the publication, not the organisation named last.
    if (words[0] === "we") return { attributedTo: phrase };
    if (pronoun === "group") {
      const antecedent = recentSubject(ctx, source.start, "organization")?.id;
      return antecedent ? { speaker: antecedent, attributedTo: phrase } : { attributedTo: phrase };
    }
  }
  const capitalised = byNameInCapitals(ctx, phrase, source.start);
  if (capitalised) return { speaker: capitalised };
  const described = byDescription(ctx, phrase, source.start, source.end);
  if (described) return { speaker: described };
  return phrase === "" ? {} : { attributedTo: phrase };
}

/** A place mention that is the whole source phrase, but for a leading "the" (metonymy: "the Elysee said"). */
function placeNamedAsSource(ctx: SpeakerContext, source: Span, phrase: string): IndexedMention | undefined {
  const name = phrase.replace(/^the\s+/i, "");
  for (let i = firstMentionFrom(ctx, source.start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as IndexedMention;
    if (m.start >= source.end) break;
    if (m.entity.type === "place" && ctx.text.slice(m.start, m.end) === name) return m;
  }
  return undefined;
}

/** The mention closes the source phrase (nothing but punctuation or an adverb after it): it is the phrase's head. */
function endsPhrase(text: string, m: Span, phraseEnd: number): boolean {
  return /^[\s,.]*(?:\p{L}+ly)?[\s,.]*$/u.test(text.slice(m.end, phraseEnd));
}

/**
 * Nouns for people (and the bodies they form) that a name can modify in a source phrase ("Sanders delegates",
 * "Trump's lawyer", "the Obama administration"): they speak for or about the one named. A plural is looked up by
 * its singular. Not things a person issues ("Trump's statement", "Mariano's diagnosis"): those are the person's.
 */
const MODIFIED_NOUNS = new Set([
  ...ROLE_NOUNS,
  ..."fan supporter delegate backer ally loyalist voter donor surrogate critic opponent official source expert analyst aide spokesman spokeswoman spokesperson representative adviser advisor insider diplomat lawmaker researcher camp campaign team administration government staff staffer lawyer attorney assistant family son daughter wife husband brother sister father mother niece nephew friend neighbour neighbor colleague partner biographer speechwriter strategist pollster consultant operative organizer organiser fundraiser appointee nominee pick protege protégé confidant confidante associate lieutenant deputy".split(
    " ",
  ),
]);

const isModifiedNoun = (word: string): boolean =>
  MODIFIED_NOUNS.has(word) || (word.endsWith("s") && MODIFIED_NOUNS.has(word.slice(0, -1)));

/**
 * The mention modifies a noun for people inside the source phrase, so it is not the speaker: a possessive
 * ("Trump's former lawyer") or a name right before the noun ("Sanders delegate James Smart", "one Sanders delegate").
 */
function modifiesNoun(text: string, m: Span, phraseEnd: number): boolean {
  const rest = text.slice(m.end, phraseEnd);
  // A possessive may put adjectives before its noun ("Obama's former campaign strategist").
  const possessed = /^['’]s?((?:\s+\p{Ll}[\p{L}-]*){1,4})/u.exec(rest)?.[1];
  if (possessed !== undefined) return possessed.trim().split(/\s+/).some(isModifiedNoun);
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(rest)?.[1];
  return next !== undefined && isModifiedNoun(next);
}

/**
 * "PENCE", "MR. TRUMP": a transcript names its speakers in capitals, which the entity layer does not read as names.
 * The person whose name ends with that word, mentioned last before the label (else first after it).
 */
function byNameInCapitals(ctx: SpeakerContext, phrase: string, before: number): string | undefined {
  if (/\p{Ll}/u.test(phrase) || !/\p{Lu}{2}/u.test(phrase)) return undefined;
  const surname = (phrase.split(/\s+/).at(-1) ?? "").toLowerCase();
  let best: IndexedMention | undefined;
  for (const m of ctx.mentions) {
    if (m.entity.type !== "person" || m.entity.name.split(/\s+/).at(-1)?.toLowerCase() !== surname) continue;
    if (best === undefined || m.start < before) best = m;
    if (m.start >= before) break;
  }
  return best?.entity.id;
}

/** "the minister", "the head of state": the most recent entity whose role shares the description's head. */
function byDescription(ctx: SpeakerContext, phrase: string, before: number, end = before): string | undefined {
  // "a senior Democratic senator": an indefinite description brings in someone new, not a person named before,
  // unless it is an apposition to the name right before it, closed by a comma ("Julie Roe, a former federal
  // prosecutor, said"; not "… of Carter Page, a person familiar with the situation said").
  if (/^an?\s/i.test(phrase))
    return /^\s*,/.test(ctx.text.slice(end, end + 3)) ? appositionOwner(ctx, before) : undefined;
  const lower = phrase.toLowerCase().replace(/^(?:the|this|that)\s+/, "");
  if (lower === "") return undefined;
  // "Republican leaders", "party officials": a plural describes a group, never the one person holding that role.
  if (/[^s']s$/.test(lower.split(/\s+/).at(-1) ?? "")) return undefined;
  const keys = Object.entries(DESCRIPTION_SYNONYMS)
    .filter(([k]) => lower.includes(k))
    .flatMap(([, v]) => v);
  const head = lower.split(/\s+/).at(-1) ?? "";
  const wanted = [...keys, head].filter((w) => w.length > 2);
  let best: IndexedMention | undefined;
  for (const m of ctx.mentions) {
    if (m.start >= before) break;
    const roles = m.entity.roles.map((r) => r.role.toLowerCase());
    if (
      m.entity.type === "person" &&
      roles.some((r) => wanted.some((w) => holdsOffice(r, officeWordIndex(r, w), lower)))
    )
      best = m;
  }
  return best?.entity.id ?? describedInApposition(ctx, phrase, before);
}

/** "the surgeon", "the retired harbour pilot": "the", up to two lower-case modifiers, a lower-case head. */
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u;

/** Longest apposition read after a name for the noun a later description repeats. */
const APPOSITION_CHARS = 80;

/**
 * "Dr. Ann Lee, a retired heart surgeon and …, said" then "the surgeon": when no recorded role has
 * the description's head noun, the last person whose apposition (a comma and an article right after the name) has
 * it is the one described.
 */
function describedInApposition(ctx: SpeakerContext, phrase: string, before: number): string | undefined {
  // Only a short definite description in lower case ("the surgeon", "the retired pilot"): a name, a clause
  // or a quantifier ("Some", "the teen who was killed") describes nobody's apposition.
  const head = DEFINITE_DESCRIPTION.exec(phrase)?.[1];
  if (head === undefined || head.length <= 3) return undefined;
  const apposition = new RegExp(String.raw`^,\s+(?:a|an|the)\s[^,.;:()]{0,${APPOSITION_CHARS}}?\b${head}\b`, "iu");
  let best: IndexedMention | undefined;
  for (const m of ctx.mentions) {
    if (m.start >= before) break;
    if (m.entity.type === "person" && apposition.test(ctx.text.slice(m.end, m.end + APPOSITION_CHARS + 10))) best = m;
  }
  return best?.entity.id;
}

/** The person named right before `at` with only a comma between: the one an apposition there describes. */
function appositionOwner(ctx: SpeakerContext, at: number): string | undefined {
  let last: IndexedMention | undefined;
  for (const m of ctx.mentions) {
    if (m.end > at) break;
    last = m;
  }
  return last?.entity.type === "person" && /^\s*,\s*$/.test(ctx.text.slice(last.end, at)) ? last.entity.id : undefined;
}

/** The most recent entity of `type` in subject position before `at`, outside quotations. */
export function recentSubject(
  ctx: SpeakerContext,
  at: number,
  type: "person" | "organization",
): LastSpeaker | undefined {
  let fallback: LastSpeaker | undefined;
  for (let i = firstMentionFrom(ctx, at) - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m === undefined || m.start >= at || m.entity.type !== type || insideQuote(ctx, m)) continue;
    if (inSubjectPosition(ctx, m)) return { id: m.entity.id, at: m.start };
    fallback ??= { id: m.entity.id, at: m.start };
  }
  return fallback;
}

/** A possessive right after a name: the name modifies the noun after it. */
const POSSESSIVE_AFTER = /^['’]s?\s/u;
/** A passive right after a name ("was widely described", "is called"): its subject is spoken about, not speaking. */
const PASSIVE_AFTER =
  /^\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:\p{Ll}+ly\s+)*\p{Ll}+(?:ed|en)\b/u;

/** At most this many words of title between an organisation's name and the person it titles ("AARP chief policy officer"). */
const MAX_TITLE_WORDS = 3;
/** What may stand between them: up to that many words of title and nothing else. */
const TITLE_WORDS_BETWEEN = new RegExp(String.raw`^\s+(?:[\p{L}.'’-]+\s+){0,${MAX_TITLE_WORDS}}$`, "u");

/**
 * orgTitlesPerson: "AARP CEO Barry Rand issued a statement …", "Pentagon spokesman John Doe said …": an
 * organisation's name right before a title and a person's name modifies the title, so the person, not the
 * organisation, is the sentence's subject. The title may be inside the person's mention ("CEO Barry Rand") or
 * between the two.
 */
function titlesNextPerson(ctx: SpeakerContext, i: number): boolean {
  const m = ctx.mentions[i] as IndexedMention;
  const next = ctx.mentions[i + 1];
  if (m.entity.type !== "organization" || next?.entity.type !== "person") return false;
  const between = ctx.text.slice(m.end, next.start);
  if (!TITLE_WORDS_BETWEEN.test(between)) return false;
  const title = `${between} ${ctx.text.slice(next.start, next.end).split(/\s+/)[0] ?? ""}`;
  return title
    .trim()
    .split(/\s+/)
    .some((w) => isModifiedNoun(w.toLowerCase().replace(/[.]$/, "")));
}

/**
 * The person who is the subject of the sentence holding `at`, named before `at`: "Okoro wanted to offer voters
 * “prudence with a human face”" is about Okoro, and words in marks in it with no cue are his. Undefined when
 * the sentence opens otherwise or names another person first.
 */
export function sentenceSubject(ctx: SpeakerContext, at: number): string | undefined {
  const sentenceStart = sentenceStartOf(ctx, at);
  for (let i = firstMentionFrom(ctx, sentenceStart); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as IndexedMention;
    if (m.start >= at) return undefined;
    if (insideQuote(ctx, m) || m.entity.type === "place" || titlesNextPerson(ctx, i) || modifiesPeopleNoun(ctx, m))
      continue;
    // "Trump’s decision is “…”" is about the decision; "Clinton was described as “…”" gives others' words.
    const after = ctx.text.slice(m.end, Math.min(at, m.end + 40));
    if (POSSESSIVE_AFTER.test(after) || PASSIVE_AFTER.test(after)) return undefined;
    return m.entity.type === "person" && inSubjectPosition(ctx, m) ? m.entity.id : undefined;
  }
  return undefined;
}

/**
 * The person the text before `at` is about: subject mentions in the preceding stretch, weighted towards the most
 * recent, so a quoted paragraph after paragraphs about a visit goes to the visitor, not to those met.
 */
export function topicSpeaker(ctx: SpeakerContext, at: number): string | undefined {
  const scores = new Map<string, number>();
  for (let i = firstMentionFrom(ctx, at - TOPIC_LOOKBACK_CHARS); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i] as IndexedMention;
    if (m.start >= at) break;
    if (m.start < at - TOPIC_LOOKBACK_CHARS || m.entity.type !== "person" || insideQuote(ctx, m)) continue;
    const recency = 1 - (at - m.start) / TOPIC_LOOKBACK_CHARS;
    const weight = (inSubjectPosition(ctx, m) ? 2 : 0.5) * (0.5 + recency);
    scores.set(m.entity.id, (scores.get(m.entity.id) ?? 0) + weight);
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const [id, score] of scores) {
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
