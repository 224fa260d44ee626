/**
 * Who did it: the people and organisations in the trigger verb's subject ("A spokesperson for Smith denied …" →
 * Smith), the agent of a passive ("was fired by President Jones" → Jones), and the partners of a meeting or talks
 * ("met Jones", "talks with Jones"). Names elsewhere in the sentence — objects, asides, sources — are not agents.
 */
import type { Entity } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { STORM_NAME, STORM_WORDS } from "../entities/lexicon.js";
import type { Trigger } from "./trigger.js";

export interface Occurrence extends Span {
  readonly entity: Entity;
}

/** What the subject reading found: the agents' entity ids, or that no subject could be read at all. */
export type SubjectReading = { readonly kind: "subject"; readonly ids: readonly string[] } | { readonly kind: "none" };

/** A piece that opens with a preposition or adverb is a phrase before the subject: "On Monday,", "According to X,". */
const OPENING_PHRASE_START =
  /^\s*(?:on|in|at|from|after|before|during|following|according to|despite|since|under|with|without|for|as|by|amid|meanwhile|however|but|and|also|then|yet|still|instead|when|while|if|although|though|because|once|until|asked|speaking|in addition|for example|besides|unlike|beyond|aside from|apart from)\b/i;
/** A piece between commas that describes the subject rather than being it: "who served as …", "caught between …". */
const ASIDE_START =
  /^\s*(?:who|which|whose|whom|\p{Ll}+(?:ed|ing)\b|(?:caught|known|seen|born|taken|given|shown|brought|told|held|led|left|beset|stung)\b|\d)/u;
/**
 * A piece that describes someone named before it rather than naming anyone: "a village south of Ashford", "of
 * Millbrook", "the bank's former chief" in "Jo Roe, 55, of Millbrook, a village south of Ashford, pleaded guilty".
 * When such a piece names no agent, the subject is read further back.
 */
const DESCRIPTION_PIECE = /^\s*(?:(?:a|an|the)\s+\p{Ll}|of\s)/u;
/** A piece with an auxiliary or a reporting verb is a clause of its own, not the name a description follows. */
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|said|says)\b/i;
/**
 * A person described by the body she belongs to: "a member of", "a senior fellow at". (Not "a spokeswoman for", who
 * acts for the body: the body is the agent of what she announces.)
 */
const MEMBER_OF =
  /^\s*(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:member|fellow|researcher|analyst|lawmaker|employee|staffer|professor|student|volunteer)s?\s+(?:of|at|with|from)\s/u;
/** A conjunction that opens a sentence before its subject: "Yet he …", "But the court …". */
const CLAUSE_CONJUNCTION = /^\s*(?:but|and|yet|so|still)\s+(?!then\b)/i;
/** A piece that opens with a coordinator and has words after it: "and the U.S. has", not "and" or "and then". */
const COORDINATED_CLAUSE = /^\s*(?:and|but|yet)\s+(?=\p{L})/iu;
/** A piece that ends in a coordinator joins a second predicate to a first. */
const COORDINATOR_END = /\s(?:and|or|but|then)\s*$/i;
/** A first predicate's verb: a lower-case past form. */
const FIRST_PAST_VERB = /(?:^|\s)\p{Ll}+ed\b/u;
const RELATIVE_PRONOUN = /^(?:who|which|that)$/;
/** Auxiliaries, modals, negation and adverbs between the subject and its verb. */
const VERB_GROUP_TAIL =
  /(?:\s+(?:has|have|had|is|are|was|were|be|been|being|will|would|could|should|may|might|must|can|shall|did|does|do|not|never|also|still|already|just|then|now|reportedly|allegedly|\p{L}+ly)|\s*n[’']t)+\s*$/iu;
/** A passive: a form of "be" (or "get") right before the participle. */
const PASSIVE_AUXILIARY = /\b(?:was|were|is|are|be|been|being|get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu;
/** Third-person singular pronouns that stand for the person last named. */
const PERSON_PRONOUN = /^(?:he|she)$/i;
/** How far back (in characters) a pronoun subject may find the person it stands for. */
const PRONOUN_REACH = 600;
/** Verbs whose object or "with" phrase names partners who take part as much as the subject ("met Jones"). */
const RECIPROCAL_VERB = /^(?:met|meets|meeting|talked|talks|spoke|negotiated|communicated|hosted|welcomed)$/i;
/** Nouns of joint events in the verb's phrase: "went to Ankara for talks with Jones". */
const JOINT_EVENT_WITH =
  /\b(?:talks|meeting|meetings|summit|negotiations|discussions|meet|meets|met|talked|spoke|communicated|negotiated)\s+with\b/i;
/** Where a meeting verb's object ends: a preposition, an adverb or a new clause ("met Jones at the RNC …"). */
const OBJECT_END =
  /[;,]|\s(?:at|in|on|during|for|to|from|after|before|last|this|over|about|out|against|up|of|privately|secretly|briefly|but|which|who|where|while|when)\s/i;
/** Where the partners' phrase ends: a new clause. */
const PARTNER_PHRASE_END =
  /;|\s(?:but|which|who|where|after|before|because|while|when)\s|,\s*(?:and|but)\s+(?:he|she|they|it)\b/i;

export function subjectOf(
  sentence: string,
  offset: number,
  trigger: Trigger,
  inside: readonly Occurrence[],
  earlier: readonly Occurrence[],
): SubjectReading {
  if (trigger.reduced) return { kind: "subject", ids: byAgent(sentence, offset, trigger, inside) };
  const agentOfPassive = passiveAgent(sentence, offset, trigger, inside);
  if (agentOfPassive.length > 0) return { kind: "subject", ids: agentOfPassive };
  const region = subjectRegion(sentence, trigger);
  if (!region) {
    if (trigger.subordinator === undefined) return { kind: "none" };
    // A subordinate verb with no subject of its own: a relative clause's antecedent, or nobody named.
    return { kind: "subject", ids: antecedentOf(sentence, offset, trigger, inside) };
  }
  // "a member of the Harbour Committee", "a fellow at the Harbour Institute": the subject is an unnamed person of the body named,
  // not the body; a name in an apposition before it ("Dana Roe, a member of …") is who it is.
  if (MEMBER_OF.test(sentence.slice(region.start, region.end))) {
    const named = sentence[region.start - 1] === "," ? subjectRegion(sentence, trigger, region.start - 1) : undefined;
    return {
      kind: "subject",
      ids: named ? agentsIn(inside, offset + named.start, offset + named.end, sentence, offset) : [],
    };
  }
  const ids = agentsIn(inside, offset + region.start, offset + region.end, sentence, offset);
  if (ids.length > 0 && COORDINATED_CLAUSE.test(sentence.slice(region.start, region.end)))
    return { kind: "subject", ids: unique([...listedBefore(sentence, offset, region.start, inside), ...ids]) };
  if (ids.length > 0) return { kind: "subject", ids };
  const named = placeOrStormSubject(sentence, offset, trigger, region, inside);
  if (named.length > 0) return { kind: "subject", ids: named };
  const cut = nameCutAtItsComma(sentence, offset, trigger, inside, region);
  if (cut !== undefined) return { kind: "subject", ids: [cut] };
  const described = describedSubject(sentence, offset, trigger, inside, region);
  if (described.length > 0) return { kind: "subject", ids: described };
  // ("…, and he agreed to …": the pronoun after a clause's coordinator.)
  const words = sentence
    .slice(region.start, region.end)
    .trim()
    .replace(/^(?:and|but|yet)\s+/i, "");
  if (PERSON_PRONOUN.test(words)) {
    // "Miller was back in the hot seat as he testified": in a subordinate clause the pronoun stands for the
    // sentence's first person before it (its subject, by preference), not for someone named sentences earlier.
    const pronounAt = offset + region.start;
    const within =
      trigger.subordinator === undefined
        ? undefined
        : inside.find((o) => o.entity.type === "person" && o.end <= pronounAt);
    const person = within ?? earlier.findLast((o) => o.entity.type === "person" && offset - o.end <= PRONOUN_REACH);
    return person ? { kind: "subject", ids: [person.entity.id] } : { kind: "none" };
  }
  return { kind: "subject", ids: [] };
}

/**
 * "Warren, Schatz, and Menendez sent …": the names listed before the last item of a subject list, each a piece of
 * its own between commas, read back from the comma before that item.
 */
function listedBefore(sentence: string, offset: number, itemStart: number, inside: readonly Occurrence[]): string[] {
  const listed: string[] = [];
  let end = itemStart - 1;
  while (end >= 0 && sentence[end] === ",") {
    const start = sentence.lastIndexOf(",", end - 1) + 1;
    const piece = sentence.slice(start, end).trim();
    const name = inside.find(
      (o) =>
        o.start >= offset + start &&
        o.end <= offset + end &&
        sentence.slice(o.start - offset, o.end - offset) === piece,
    );
    if (!name || !isAgent(name)) break;
    listed.unshift(name.entity.id);
    end = start - 1;
  }
  return listed;
}

/**
 * A subject whose name holds a comma of its own ("The Ministry of Agriculture, Forestry and Fisheries (MAFF) has
 * unveiled …"): reading back over comma-separated pieces cut it, and the piece right before the verb is the end of
 * that name. Only that piece: a name ending in a piece further back is no subject.
 */
function nameCutAtItsComma(
  sentence: string,
  offset: number,
  trigger: Trigger,
  inside: readonly Occurrence[],
  region: Span,
): string | undefined {
  if (/[,;:]/.test(sentence.slice(region.end, trigger.index))) return undefined;
  const name = inside.find((o) => o.start < offset + region.start && o.end > offset + region.start);
  return name && isAgent(name) && name.end <= offset + region.end ? name.entity.id : undefined;
}

/**
 * The agents of a subject read past descriptions: while the piece found names no agent and describes someone
 * ("a village south of Ashford", "of Millbrook"), the piece before it is read, over asides such as an age. Nothing
 * when no earlier piece names an agent ("On Monday, the company announced …" keeps its unnamed subject).
 */
function describedSubject(
  sentence: string,
  offset: number,
  trigger: Trigger,
  inside: readonly Occurrence[],
  first: Span,
): string[] {
  let region: Span | undefined = first;
  while (region && DESCRIPTION_PIECE.test(sentence.slice(region.start, region.end))) {
    const comma = sentence.lastIndexOf(",", region.start);
    if (comma < 0) return [];
    region = subjectRegion(sentence, trigger, comma);
    if (!region || CLAUSE_VERB.test(sentence.slice(region.start, region.end))) return [];
    const ids = agentsIn(inside, offset + region.start, offset + region.end, sentence, offset);
    if (ids.length > 0) return ids;
  }
  return [];
}

/**
 * The subject's place in the sentence: reading back from the verb over comma-separated pieces, the first that is
 * not an opening phrase ("On Monday"), an aside ("who served as …", "despite …", "caught between …", "57") or
 * empty, without the auxiliaries before the verb. "Smith, who met Jones, resigned" → "Smith". `before` reads back
 * from an earlier point instead of the verb (a comma the subject stands before).
 */
function subjectRegion(sentence: string, trigger: Trigger, before?: number): Span | undefined {
  const clauseStart = Math.max(
    trigger.subordinator === undefined ? 0 : trigger.clauseStart,
    ...[";", ":", "—"].map((mark) => sentence.lastIndexOf(mark, trigger.index - 1) + 1),
  );
  let end = before ?? trigger.index;
  const tail = before === undefined ? VERB_GROUP_TAIL.exec(sentence.slice(clauseStart, end)) : null;
  if (tail) end -= tail[0].length;
  while (end > clauseStart) {
    const comma = sentence.lastIndexOf(",", end - 1);
    const start = comma < clauseStart ? clauseStart : comma + 1;
    const piece = sentence.slice(start, end);
    // "…, the shaping of the Court, and the commitments the U.S. has made": after a comma, "and" or "but" with
    // words after it opens the clause whose subject this is, not a phrase to read past ("and then" still is one).
    // (A piece with a verb of its own, "and the committees included documents provided by X", is another clause.)
    const coordinated = start > clauseStart && COORDINATED_CLAUSE.exec(piece);
    if (
      coordinated &&
      !OPENING_PHRASE_START.test(piece.slice(coordinated[0].length)) &&
      !FIRST_PAST_VERB.test(piece) &&
      !CLAUSE_VERB.test(piece)
    )
      return withoutFirstPredicate(sentence, { start, end });
    // "Yet he pleaded guilty", "But Lee left": a conjunction opening the clause with no comma after it is not a
    // phrase before the subject; the subject follows it.
    const conjunction = CLAUSE_CONJUNCTION.exec(piece);
    if (conjunction && start === clauseStart && /\p{L}/u.test(piece.slice(conjunction[0].length)))
      return withoutFirstPredicate(sentence, { start: start + conjunction[0].length, end });
    const opening = OPENING_PHRASE_START.test(piece) || (start > clauseStart && ASIDE_START.test(piece));
    if (/\p{L}/u.test(piece) && !opening) return withoutFirstPredicate(sentence, { start, end });
    end = start === clauseStart ? clauseStart : comma;
  }
  return undefined;
}

/**
 * "Jones resigned and left …", "which subsidized X and left …": a piece ending in "and" holds a first predicate
 * with its object; the subject is what stands before that predicate's verb (nothing, for a relative clause).
 */
function withoutFirstPredicate(sentence: string, region: Span): Span | undefined {
  const piece = sentence.slice(region.start, region.end);
  if (!COORDINATOR_END.test(piece)) return region;
  const verb = FIRST_PAST_VERB.exec(piece);
  if (!verb) return region;
  return /\p{L}/u.test(piece.slice(0, verb.index))
    ? { start: region.start, end: region.start + verb.index }
    : undefined;
}

/**
 * A relative clause's verb with no subject of its own ("Jones, who resigned"): its subject is the name right
 * before the relative pronoun.
 */
function antecedentOf(sentence: string, offset: number, trigger: Trigger, inside: readonly Occurrence[]): string[] {
  if (!RELATIVE_PRONOUN.test(trigger.subordinator ?? "")) return [];
  const pronounAt = sentence.lastIndexOf(trigger.subordinator ?? "", trigger.clauseStart) + offset;
  const before = inside.filter((o) => o.end <= pronounAt).at(-1);
  if (!before) return [];
  const between = sentence.slice(before.end - offset, pronounAt - offset);
  return /^[\s,’'s]*$/u.test(between) && isAgent(before) ? [before.entity.id] : [];
}

/**
 * People and organisations named in [start, end), outside asides, in text order. An organisation written right
 * before a person's name, or before a role noun and the name ("Ambassador to the United Nations Susan Rice", "NASA
 * scientist Ann Velde"), says where the person works; the person is the agent.
 */
function agentsIn(inside: readonly Occurrence[], start: number, end: number, sentence?: string, offset = 0): string[] {
  const here = inside.filter((o) => o.start >= start && o.end <= end).filter(isAgent);
  return unique(
    here
      .filter(
        (o, i) =>
          sentence === undefined ||
          o.entity.type !== "organization" ||
          !here
            .slice(i + 1)
            .some(
              (p) =>
                p.entity.type === "person" && DESCRIBES_NEXT.test(sentence.slice(o.end - offset, p.start - offset)),
            ),
      )
      .map((o) => o.entity.id),
  );
}

/** What stands between an organisation and the person it qualifies: a space, or up to two lower-case role words. */
const DESCRIBES_NEXT = /^(?:['’]s)?[ \t]+(?:\p{Ll}+[ \t]+){0,2}$/u;

/** "was fired by President Jones": the agents after "by", when the verb is passive. */
function passiveAgent(sentence: string, offset: number, trigger: Trigger, inside: readonly Occurrence[]): string[] {
  const before = sentence.slice(Math.max(0, trigger.index - 24), trigger.index);
  if (!PASSIVE_AUXILIARY.test(before)) return [];
  const afterAt = trigger.index + trigger.word.length;
  const by = /^\s+(?:\p{L}+ly\s+)?by\s+([^,;]*)/iu.exec(sentence.slice(afterAt));
  if (!by) return [];
  const start = offset + afterAt + by[0].length - (by[1] ?? "").length;
  const agents = agentsIn(inside, start, offset + afterAt + by[0].length);
  if (agents.length > 0) return agents;
  // "the coast was battered by Hurricane Velma": the storm did it.
  const storm = inside.find(
    (o) => o.start >= start && o.end <= offset + afterAt + by[0].length && isStorm(o, sentence, offset),
  );
  return storm && /^\s*(?:the\s+)?$/i.test(sentence.slice(start - offset, storm.start - offset))
    ? [storm.entity.id]
    : [];
}

/**
 * "a lawsuit filed last year by the Harbour Rights Fund, together with the Centre for Tenant Law": the agents of a participle with
 * no auxiliary. The first stands within a few words after "by" (a title, "journalist"); the next join it by a comma,
 * "and (by)" or "together with". "a transcript released by the White House of the call with President Ann Velde"
 * names no agent of the release: the person stands too far after "by".
 */
function byAgent(sentence: string, offset: number, trigger: Trigger, inside: readonly Occurrence[]): string[] {
  const afterAt = trigger.index + trigger.word.length;
  const by = /^[^,;]*?\bby\s+/iu.exec(sentence.slice(afterAt));
  if (!by) return [];
  let from = offset + afterAt + by[0].length;
  const agents: string[] = [];
  for (const o of inside) {
    if (o.start < from) continue;
    const gap = sentence.slice(from - offset, o.start - offset);
    const joined = agents.length === 0 ? BEFORE_FIRST_AGENT.test(gap) : BETWEEN_AGENTS.test(gap);
    if (!joined) break;
    if (isAgent(o)) agents.push(o.entity.id);
    from = o.end;
  }
  return unique(agents);
}

/** Up to five words without punctuation before the first "by" agent: "the", "Acting Air Force Secretary". */
const BEFORE_FIRST_AGENT = /^(?:[\p{L}.'’-]+\s+){0,5}$/u;
/** What joins the next agent to the one before: ", ", " and (by) ", ", together with " and a few words. */
const BETWEEN_AGENTS =
  /^(?:['’]s)?(?:\s*,\s*|,?\s+and\s+(?:by\s+)?|,?\s+(?:together|along)\s+with\s+)(?:[\p{L}.'’-]+\s+){0,4}$/u;

/**
 * The partners of a meeting or talks: a "with" phrase up to the next clause ("talks with Jones, Lee and Park"), or
 * the verb's object up to its first preposition ("met Jones in Geneva").
 */
export function partnersOf(
  sentence: string,
  offset: number,
  trigger: Trigger,
  inside: readonly Occurrence[],
): string[] {
  const afterAt = trigger.index + trigger.word.length;
  const withPhrase = JOINT_EVENT_WITH.exec(sentence.slice(trigger.index));
  let from: number;
  let stopAt: RegExp;
  if (RECIPROCAL_VERB.test(trigger.word) && !/^\s+(?:\p{L}+ly\s+)?with\b/iu.test(sentence.slice(afterAt))) {
    from = afterAt;
    stopAt = OBJECT_END;
  } else if (withPhrase) {
    from = trigger.index + withPhrase.index;
    stopAt = PARTNER_PHRASE_END;
  } else return [];
  const stop = sentence.slice(from).search(stopAt);
  const to = stop < 0 ? sentence.length : from + stop;
  return agentsIn(inside, offset + from, offset + to);
}

/** A storm word before a name elsewhere in the text: the bare name ("Irma weakened") is the storm's too. */
const STORM_WORD = new RegExp(String.raw`(?:${STORM_WORDS}|hurricane|typhoon|cyclone|storm)\s+$`, "u");

function isStorm(o: Occurrence, sentence: string, offset: number): boolean {
  if (o.entity.type !== "misc") return false;
  if (STORM_NAME.test(o.entity.name)) return true;
  const at = o.start - offset;
  return at >= 0 && STORM_WORD.test(sentence.slice(Math.max(0, at - 16), at));
}

/** The subject piece once its names are set aside: "the" before a name, names joined by commas or "and". */
const ONLY_NAMES =
  /^\s*(?:(?:and|but|yet)\s+)?(?:the\s+)?(?:(?:super\s+|tropical\s+)?(?:hurricane|typhoon|cyclone|storm)\s+)?\uE000(?:\s*(?:,|,?\s+and)\s+(?:the\s+)?\uE000)*\s*$/iu;

/**
 * "China launched …", "the United States and Japan agreed …", "Hurricane Irma tore through …": a subject that is
 * nothing but a place's or a storm's name makes it the event's agent (a state acts through its government; a storm
 * is what did the damage). A place inside a longer subject ("Texas officials", "Florida's governor") is not one.
 */
function placeOrStormSubject(
  sentence: string,
  offset: number,
  trigger: Trigger,
  region: Span,
  inside: readonly Occurrence[],
): string[] {
  // "… said after the towers came down": a subordinate clause's place is no reason to leave the main clause's
  // statement for its verb. "the town was flooded": the subject of a passive is what the act befell.
  if (trigger.subordinator !== undefined) return [];
  if (PASSIVE_AUXILIARY.test(sentence.slice(Math.max(0, trigger.index - 24), trigger.index))) return [];
  const from = offset + region.start;
  const to = offset + region.end;
  // "Saltby, Maine, left four hurt", "in Norway, Sweden and Finland, according to …": a piece that follows a
  // name and its comma qualifies that name or goes on with its list; it is no subject of its own.
  // ("In Lumina, Norway pledged …": an opening phrase that ends in a name is read past as usual.)
  const comma = sentence.slice(0, region.start).search(/,\s*$/);
  const before = comma < 0 ? "" : sentence.slice(sentence.lastIndexOf(",", comma - 1) + 1, comma);
  if (
    comma >= 0 &&
    !OPENING_PHRASE_START.test(before) &&
    inside.some((o) => o.end - offset <= comma && /^\s*$/.test(sentence.slice(o.end - offset, comma)))
  )
    return [];
  const names = inside.filter(
    (o) => o.start >= from && o.end <= to && (o.entity.type === "place" || isStorm(o, sentence, offset)),
  );
  if (names.length === 0) return [];
  let piece = "";
  let at = region.start;
  for (const o of names) {
    piece += `${sentence.slice(at, o.start - offset)}\uE000`;
    at = o.end - offset;
  }
  piece += sentence.slice(at, region.end);
  return ONLY_NAMES.test(piece) ? unique(names.map((o) => o.entity.id)) : [];
}

function isAgent(o: Occurrence): boolean {
  return o.entity.type === "person" || o.entity.type === "organization";
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
