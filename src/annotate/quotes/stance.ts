/**
 * Attributions without a verb of saying in the usual place, each a shape news copy repeats:
 *   "X did Y, arguing (that) CLAUSE."          — a participle of saying after the main clause; its subject speaks
 *   "A new poll shows Clinton ahead by 3."     — and "CLAUSE, a poll found.": a poll, study or report as the source
 *   "The NAACP called for a moratorium on …"    — a demand reported as "calls for"
 * Each needs a clause or a noun phrase after its cue, so narration ("he found the keys", "called for pizza" with no
 * speaker) stays narration: the source must read as one, and the participle's clause must have a verb of its own.
 */
import { execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { content, hasFiniteVerb } from "./clause.js";
import { type Word, wordCountOf, wordsOf } from "./context.js";
import { isPlausibleSource, namesSpeaker, sourceBefore, sourceOfVerb, subjectAtStart } from "./phrase.js";
import type { Attribution } from "./source.js";
import { isVerbAt } from "./source.js";

export interface StanceRule {
  readonly name: string;
  readonly match: (text: string, sentence: Span) => { content: Span; attribution: Attribution } | undefined;
}

/** A negation right before a verb ("did not call for", "never found"): what was not said is nobody's statement. */
const NEGATED_BEFORE = /(?:\bnot|n['’]t|\bnever)\s+(?:(?:\p{Ll}+ly|yet|even|ever)\s+)?$/iu;
/** A form of "be" right before a participle: the passive ("were found", "was shown"), whose subject is no source. */
const PASSIVE_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|am)|['’](?:re|s|m))\s+(?:\p{Ll}+ly\s+)?$/iu;

/** Participles of saying that hand a clause to the subject of the sentence: "…, arguing the move was needed". */
const PARTICIPLE_FORMS =
  "saying arguing adding warning noting insisting claiming explaining suggesting contending asserting stressing emphasizing emphasising predicting declaring acknowledging complaining alleging";
/** The participles of saying that the participle rule reads after a comma. */
export const PARTICIPLES_OF_SAYING: ReadonlySet<string> = new Set(PARTICIPLE_FORMS.split(" "));
const PARTICIPLE_OF_SAYING = new RegExp(
  String.raw`,\s+(?:(?:also|then|later|again)\s+)?(${PARTICIPLE_FORMS.split(" ").join("|")})\s+(that\s+)?`,
  "giu",
);

/** A trailing attribution closing the main clause: "…, the spokesperson said", "…, Ann Lee told reporters". */
const TRAILING_SAID = /,\s+((?:the|a|an)\s+[^,]{1,50}?|\p{Lu}[^,]{1,50}?)\s+(?:said|says|added|wrote|told\s+\S+)$/u;

/**
 * "A judge has rejected the request, saying the courts have no business …": the participle's subject is the
 * sentence's subject. Without "that", the clause must have a finite verb ("…, adding 25,000 jobs" reports nothing).
 */
const participleTail: StanceRule = {
  name: "indirect:participle-tail",
  match: (text, s) => {
    const stretch = text.slice(s.start, s.end);
    for (const m of execAll(PARTICIPLE_OF_SAYING, stretch)) {
      const cueAt = s.start + (m.index ?? 0) + m[0].indexOf(m[1] ?? "");
      const reported = content(text, { start: s.start + (m.index ?? 0) + m[0].length, end: s.end });
      if (m[2] === undefined && !hasFiniteVerb(text, reported)) continue;
      // "…, adding additional seats to the Court": "adding" without "that" is as often the plain verb.
      if (m[2] === undefined && /^adding$/i.test(m[1] ?? "")) continue;
      // An opening mark hands over to a quotation in marks, read by the quotation rules.
      if (/^["“«]/.test(text.slice(reported.start, reported.end))) continue;
      const main = { start: s.start, end: s.start + (m.index ?? 0) };
      // "…, the spokesperson said, adding that …": after a trailing attribution, its speaker goes on speaking.
      const said = TRAILING_SAID.exec(text.slice(main.start, main.end));
      const saidSource = said?.[1] ? { start: main.start + said.index + said[0].indexOf(said[1]), end: 0 } : undefined;
      const source = saidSource
        ? { start: saidSource.start, end: saidSource.start + (said?.[1]?.length ?? 0) }
        : subjectAtStart(text, main);
      if (source === undefined) continue;
      return {
        content: reported,
        attribution: { cue: { start: cueAt, end: cueAt + (m[1]?.length ?? 0) }, source, rule: "cue:participle-tail" },
      };
    }
    return undefined;
  },
};

/** Head nouns of a source that speaks by its findings: polls, studies, reports and the like. */
const FINDING_NOUNS = new Set(
  "poll polls survey surveys study studies analysis analyses report reports audit audits review investigation research data average averages estimate estimates figures numbers memo census documents records filings statistics evidence video footage slide chart".split(
    " ",
  ),
);
/** What a poll or a study does with its result: "shows", "found", "suggests". */
const FINDING_VERBS = new Set(
  "show shows showed found finds find suggest suggests suggested indicate indicates indicated reveal reveals revealed conclude concludes concluded".split(
    " ",
  ),
);
/** Longest finding-source phrase ("a USA TODAY analysis of newly filed campaign-finance reports"). */
const MAX_FINDING_SOURCE_WORDS = 10;
/** Prepositions that open a phrase, not a finding: "the report showed up in …", "found in the basement". */
const PHRASE_OPENER =
  /^(?:up|out|on|in|at|over|during|from|to|about|for|before|after|with|under|against|since|until|by|of)\b/i;

/** Whether a phrase names a poll, study or report: a finding noun among its words, before any "of" phrase's end. */
function namesFinding(text: string, phrase: Span): boolean {
  const ws = wordsOf(text, phrase);
  return ws.length <= MAX_FINDING_SOURCE_WORDS && ws.some((w) => FINDING_NOUNS.has(w.text.toLowerCase()));
}

/** The first word at or after `i` that is a finding verb used as a verb (not after "the" or a form of "be"). */
function findingVerbAt(text: string, ws: readonly Word[], i: number, from: number): boolean {
  const w = ws[i];
  if (w === undefined || i === 0 || !FINDING_VERBS.has(w.text.toLowerCase())) return false;
  if (/^(?:the|a|an|its|their|his|her|new|latest)$/i.test(ws[i - 1]?.text ?? "")) return false;
  // "replied angrily to a poll that found …": a relative clause describes the poll inside another clause.
  if (/^(?:that|which)$/i.test(ws[i - 1]?.text ?? "")) return false;
  const before = text.slice(from, w.start);
  return !PASSIVE_BEFORE.test(before) && !NEGATED_BEFORE.test(before);
}

/**
 * "An Ipsos poll released Friday shows that Clinton leads …", "a USA TODAY analysis … shows Clinton ahead": a poll,
 * study or report before a verb of finding is the source of what follows ("that" or not: poll results are often
 * verbless, "Clinton ahead by 3"). "Donations hit $1.1 billion, a USA TODAY analysis shows.": the same after the
 * clause it reports.
 */
const finding: StanceRule = {
  name: "indirect:finding",
  match: (text, s) => {
    const ws = wordsOf(text, s);
    for (let i = 1; i < ws.length; i++) {
      const w = ws[i];
      if (w === undefined || !findingVerbAt(text, ws, i, s.start)) continue;
      const source = sourceBefore(text, s.start, w.start);
      if (
        source === undefined ||
        !namesFinding(text, source) ||
        !isPlausibleSource(text.slice(source.start, source.end))
      )
        continue;
      const after = content(text, { start: w.end, end: s.end });
      if (after.end <= after.start) {
        // The trailing shape: the source ends the sentence, after a comma closing the reported clause.
        const comma = text.lastIndexOf(",", source.start);
        if (comma <= s.start || text.slice(comma + 1, source.start).trim() !== "") return undefined;
        return {
          content: content(text, { start: s.start, end: comma }),
          attribution: { cue: { start: w.start, end: w.end }, source, rule: "cue:finding" },
        };
      }
      const that = /^that\s+/i.exec(text.slice(after.start, after.end));
      const reported = that ? { start: after.start + that[0].length, end: after.end } : after;
      if (PHRASE_OPENER.test(text.slice(reported.start, reported.end))) continue;
      return {
        content: reported,
        attribution: { cue: { start: w.start, end: w.end }, source, rule: "cue:finding" },
      };
    }
    return undefined;
  },
};

/** "and" and an auxiliary that opens a second predicate ("… and has been critical", ", and will vote"). */
const SECOND_PREDICATE =
  /,?\s+and\s+(?:has|have|had|is|are|was|were|will|would)\s+(?:also\s+|not\s+|since\s+)?(?:been\s+)?\p{Ll}+/u;
/** A comma and a conjunction of contrast, which open a clause of their own. */
const CONTRAST = /,\s+(?:while|whereas)\s+/i;
/** "calls for", "called for", "is calling for": a demand, whose object is what was demanded. */
const CALL_FORMS = /^(?:call|calls|called|calling)$/i;

/** "The NAACP called for a moratorium on charter schools": the caller is the source, the demand the content. */
const callFor: StanceRule = {
  name: "indirect:call-for",
  match: (text, s) => {
    const ws = wordsOf(text, s);
    for (let i = 1; i < ws.length - 1; i++) {
      const w = ws[i];
      if (w === undefined || !CALL_FORMS.test(w.text) || ws[i + 1]?.text.toLowerCase() !== "for") continue;
      // "the calls for reform", "Trump's call for": after a determiner or a possessive, a noun.
      const prev = ws[i - 1]?.text ?? "";
      if (NOT_VERB_BEFORE.test(prev) || /['’]s?$/u.test(prev) || /^\p{Lu}/u.test(w.text)) continue;
      // "Lee has resisted calls for a recount": "calls" right after a verb in the past is its object, a noun.
      if (/^calls$/i.test(w.text) && /^\p{Ll}{2,}ed$/u.test(prev)) continue;
      const before = text.slice(s.start, w.start);
      if ((PASSIVE_BEFORE.test(before) && !/ing$/i.test(w.text)) || NEGATED_BEFORE.test(before)) continue;
      const source = sourceOfStanceVerb(text, s.start, w);
      if (source === undefined || !isPlausibleSource(text.slice(source.start, source.end))) continue;
      const whole = content(text, { start: ws[i + 1]?.end ?? w.end, end: s.end });
      // "has called for more troops and has been critical of the deal": a second predicate of the same subject, joined
      // by "and" with an auxiliary of its own, is no part of the demand.
      // ("talks that have stalled and are unlikely to resume": after a relative pronoun, the relative clause's own.)
      const joined = SECOND_PREDICATE.exec(text.slice(whole.start, whole.end));
      let cut =
        joined && !/\b(?:that|which|who)\b/i.test(text.slice(whole.start, whole.start + joined.index))
          ? whole.start + joined.index
          : whole.end;
      // "called for a strike, while the company announced a raise": a contrasting clause with a subject and a verb of
      // its own is no part of the demand.
      const contrast = CONTRAST.exec(text.slice(whole.start, cut));
      if (contrast && hasFiniteVerb(text, { start: whole.start + contrast.index + contrast[0].length, end: cut }))
        cut = whole.start + contrast.index;
      const demand = content(text, { start: whole.start, end: cut });
      if (wordCountOf(text, demand) === 0) continue;
      const cue = { start: w.start, end: ws[i + 1]?.end ?? w.end };
      return { content: demand, attribution: { cue, source, rule: "cue:call-for" } };
    }
    return undefined;
  },
};

/**
 * The source of a stance verb: a participle after a comma has the sentence's subject ("Democrats called on Kemp to
 * step down, accusing him of …"), a progressive its own ("Trump is promising"); one right after a noun describes
 * that noun ("the House passed a resolution asking the Department to appoint …"), which is too often no speaker to
 * read; any other verb's source is read back from it.
 */
function sourceOfStanceVerb(text: string, from: number, w: Word): Span | undefined {
  const source = participleOrVerbSource(text, from, w);
  // "Every Republican running in 2014 promised": a year or a number alone, or a phrase across a colon ("He added:
  // the economy calls for"), is no source.
  if (source === undefined) return undefined;
  const phrase = text.slice(source.start, source.end);
  return /^[\d,.]+$/.test(phrase) || phrase.includes(":") ? undefined : source;
}

function participleOrVerbSource(text: string, from: number, w: Word): Span | undefined {
  const before = text.slice(from, w.start);
  if (!/ing$/i.test(w.text) || /,\s*$/.test(before)) return sourceOfVerb(text, from, w);
  // "Trump is promising lower taxes": the progressive's subject is read back from it.
  return PROGRESSIVE_BEFORE.test(before) ? sourceBefore(text, from, w.start) : undefined;
}

/** A form of "be" right before an -ing verb, with an adverb between at most: the progressive ("is promising"). */
const PROGRESSIVE_BEFORE = /\b(?:is|are|was|were|been|am)\s+(?:(?:\p{Ll}+ly|now|also|still)\s+)?$/iu;

/** Verbs of committing oneself, which report a pledge in "to …" ("vowed to bring back mining jobs"). */
const COMMISSIVE_VERBS = new Set(
  "vow vows vowed vowing pledge pledges pledged pledging promise promises promised promising threaten threatens threatened threatening".split(
    " ",
  ),
);
/** The forms of "threaten", whose subject may be a thing ("the storm threatens to flood …"). */
const THREATEN_FORMS = new Set(["threaten", "threatens", "threatened", "threatening"]);
/** Verbs of asking someone to act, which report a request in "OBJECT to …" ("urged Congress to act"). */
const DIRECTIVE_VERBS = new Set("urge urges urged urging ask asks asked asking implore implored".split(" "));
/** Verbs of accusing, which report a charge in "OBJECT of …" ("accused the GOP of stoking the issue"). */
const ACCUSING_VERBS = new Set("accuse accuses accused accusing".split(" "));
/** "to" and a verb: an infinitive, not "to the voters". */
const INFINITIVE = /^to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)\p{Ll}/u;
/** The word opening an indirect question after "asked". */
const QUESTION_WORD = /^(?:whether|if|how|why|what|who|when|where|which)$/i;
/** Words that cannot stand inside the object of "urged … to" or "accused … of". */
const OBJECT_BREAKER =
  /^(?:about|for|on|in|with|from|at|over|after|before|during|why|how|what|whether|if|when|where|which|who|that|and|but|because)$/i;
/** Longest object between a directive or accusing verb and its "to" or "of" ("the North's leader, Kim Jong Un,"). */
const MAX_OBJECT_WORDS = 8;

/** Where the reported part after verb `i` starts, by the verb's kind; undefined when no such part follows. */
function reportedPartAfter(text: string, ws: readonly Word[], i: number, end: number): number | undefined {
  const lower = ws[i]?.text.toLowerCase() ?? "";
  const next = ws[i + 1];
  if (next === undefined) return undefined;
  const rest = text.slice(next.start, end);
  if (COMMISSIVE_VERBS.has(lower)) {
    // "vowed to bring back", "vowed not to repeat", "pledged that …"
    return INFINITIVE.test(rest) || /^(?:not\s+to|that)\s/i.test(rest) ? next.start : undefined;
  }
  if (DIRECTIVE_VERBS.has(lower) && /^ask/.test(lower) && QUESTION_WORD.test(next.text)) return next.start;
  const linking = DIRECTIVE_VERBS.has(lower) ? "to" : ACCUSING_VERBS.has(lower) ? "of" : undefined;
  if (linking === undefined) return undefined;
  for (let k = i + 2; k <= i + 1 + MAX_OBJECT_WORDS && k < ws.length; k++) {
    const w = ws[k];
    if (w === undefined) continue;
    // "asked Trump about why he appears to consider …": a preposition or a question word ends the object, and what
    // follows is a question's topic, not a request.
    if (OBJECT_BREAKER.test(w.text)) return undefined;
    if (w.text.toLowerCase() !== linking) continue;
    // The object itself must not end a clause: no full stop or colon between the verb and the linking word.
    if (/[.;:!?]/.test(text.slice(next.start, w.start))) return undefined;
    if (linking === "to" && !INFINITIVE.test(text.slice(w.start, end))) return undefined;
    return next.start;
  }
  return undefined;
}

/**
 * "Trump has vowed to bring back mining jobs", "Graham urged Republicans to join …", "Democrats accused the GOP of
 * stoking the issue", "We asked whether …": a pledge, a request, a charge or a question reported by its verb, the
 * content being all that follows the verb. Each needs its own shape after the verb ("to" and a verb, an object and
 * "to" or "of", a question word), so "promised land", "asked for the bill" and "urged on by fans" are not read.
 */
const commitmentOrRequest: StanceRule = {
  name: "indirect:commitment-or-request",
  match: (text, s) => {
    const ws = wordsOf(text, s);
    for (let i = 1; i < ws.length - 1; i++) {
      const w = ws[i];
      if (w === undefined || !isVerbAt(ws, i, false, text)) continue;
      const from = reportedPartAfter(text, ws, i, s.end);
      if (from === undefined) continue;
      const before = text.slice(s.start, w.start);
      if ((PASSIVE_BEFORE.test(before) && !/ing$/i.test(w.text)) || NEGATED_BEFORE.test(before)) continue;
      const source = sourceOfStanceVerb(text, s.start, w);
      if (source === undefined || !isPlausibleSource(text.slice(source.start, source.end))) continue;
      // "The controversy threatens to undermine …", "the roof threatened to cave in": a threat made by a thing is a
      // danger it poses, not words anyone said. (Things seldom vow, pledge or promise "to" in news copy.)
      if (THREATEN_FORMS.has(w.text.toLowerCase()) && !namesSpeaker(text.slice(source.start, source.end))) continue;
      return {
        content: content(text, { start: from, end: s.end }),
        attribution: { cue: { start: w.start, end: w.end }, source, rule: "cue:commitment-or-request" },
      };
    }
    return undefined;
  },
};

/** Verbs of judging or citing in words, whose object is what was said of it ("criticized the act as a crazy system"). */
const EVALUATIVE_VERBS = new Set(
  "criticize criticizes criticized criticizing criticise criticises criticised condemn condemns condemned condemning praise praises praised praising denounce denounces denounced denouncing cite cites cited citing propose proposes proposed proposing".split(
    " ",
  ),
);
/** Verbs of attack in words only with "as" or "for" after the object ("blasted him for not paying taxes"). */
const ATTACK_VERBS = new Set(
  "blast blasts blasted blasting slam slams slammed slamming attack attacks attacked attacking lambaste lambasted rip ripped".split(
    " ",
  ),
);
/** Words before which such a form is an adjective or a noun: "the proposed rule", "Trump's cited figure", "under attack". */
const NOT_VERB_BEFORE =
  /^(?:the|a|an|of|his|her|its|their|this|that|these|those|our|your|my|in|on|for|with|to|no|any|each|every|under|by|from|newly|recently)$/i;
/** Longest object before the "as" or "for" of an attack in words. */
const MAX_ATTACK_OBJECT_WORDS = 8;

/** Whether word `i` is such a verb with its object after it (and, for an attack, "as" or "for" after the object). */
function evaluatesAt(ws: readonly Word[], i: number): boolean {
  const w = ws[i];
  const lower = w?.text.toLowerCase() ?? "";
  const prev = ws[i - 1]?.text ?? "";
  if (w === undefined || NOT_VERB_BEFORE.test(prev) || /['’]s?$/u.test(prev)) return false;
  // "Presidential Debate Commission Cited", "Cited Sources": a capitalised form is a title or a name.
  if (/^\p{Lu}/u.test(w.text)) return false;
  if (EVALUATIVE_VERBS.has(lower)) return true;
  if (!ATTACK_VERBS.has(lower)) return false;
  return ws
    .slice(i + 2, i + 2 + MAX_ATTACK_OBJECT_WORDS)
    .some((x) => x.text.toLowerCase() === "as" || x.text.toLowerCase() === "for");
}

/**
 * "Bill Clinton criticized the Affordable Care Act as a crazy system", "Clinton blasted him for not paying income
 * tax", "Clinton cited derogatory comments Trump had made": a judgement or a citation in words, whose content is the
 * object and what follows it. "The proposed rule", "was cited for speeding" and "the dog attacked the mailman" (no
 * "as" or "for") are not read.
 */
const evaluation: StanceRule = {
  name: "indirect:evaluation",
  match: (text, s) => {
    const ws = wordsOf(text, s);
    for (let i = 1; i < ws.length - 1; i++) {
      const w = ws[i];
      if (w === undefined || !evaluatesAt(ws, i)) continue;
      const before = text.slice(s.start, w.start);
      if ((PASSIVE_BEFORE.test(before) && !/ing$/i.test(w.text)) || NEGATED_BEFORE.test(before)) continue;
      const source = sourceOfStanceVerb(text, s.start, w);
      if (source === undefined || !isPlausibleSource(text.slice(source.start, source.end))) continue;
      const object = content(text, { start: w.end, end: s.end });
      if (PHRASE_OPENER.test(text.slice(object.start, object.end))) continue;
      return {
        content: object,
        attribution: { cue: { start: w.start, end: w.end }, source, rule: "cue:evaluation" },
      };
    }
    return undefined;
  },
};

/** Tried after the rules for verbs of saying, in this order. */
export const STANCE_RULES: readonly StanceRule[] = [participleTail, finding, callFor, commitmentOrRequest, evaluation];
