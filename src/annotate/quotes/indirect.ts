/**
 * Recognisers for reported speech without marks, one per sentence shape:
 *   "CLAUSE, X said."            — the attribution trails the content
 *   "According to X, CLAUSE."    — and "CLAUSE, according to X."
 *   "X said (that) CLAUSE."      — the attribution leads; also "X told reporters (that) …"
 * The content is the reported clause; the cue and source are kept for the speaker refiner.
 */
import { execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { TITLE_ABBREVIATIONS as TITLE_ABBREVIATION_PATTERN } from "../tokens/tokenize.js";
import { beforeMainPredicate, content, hasFiniteVerb, hasVerbWord } from "./clause.js";
import { sentenceEnds, trim, type Word, wordCountOf, wordsOf } from "./context.js";
import type { Draft } from "./direct.js";
import { STRONG_REPORTING_VERBS } from "./lexicon.js";
import { isGenericPeoplePhrase, isPlausibleSource, SOURCE_START, sourceOfVerb, TITLE_ABBREVIATIONS } from "./phrase.js";
import {
  type Attribution,
  attributionAfter,
  FINITE_IN_PHRASE,
  isVerbAt,
  mayBeVerb,
  NOUN_LIKE_FORMS,
} from "./source.js";
import { PARTICIPLES_OF_SAYING, STANCE_RULES } from "./stance.js";

/** ", writes Brooks Jackson," inside a clause: a present-tense or past reporting verb, then a name, between commas. */
const PARENTHETICAL_ATTRIBUTION =
  /^([^,]{3,}?),\s+(writes|wrote|says|said|notes|noted|argues|argued|adds|added|explains|explained|reports|reported|observes|observed)\s+((?:the\s+(?:\p{Ll}+\s+){0,3})?\p{Lu}[^,]{2,60}),\s+\p{Ll}/du;

/** A trailing attribution is short ("…, the senator said in an interview on Monday."); longer tails are clauses. */
const MAX_TRAILING_WORDS = 14;
/** A trailing attribution that opens with its verb, then the name and its apposition ("…, said Jo Roe, director of …"). */
const MAX_INVERTED_TRAILING_WORDS = 22;
/** Longest apposition or relative clause after the name in a trailing attribution. */
const MAX_TRAILING_APPOSITION_WORDS = 18;
/** A leading attribution's verb sits early, after at most a name and an apposition with a relative clause ("Jane Roe, head of the union, which represents teachers, said …"). */
const MAX_LEADING_WORDS = 20;
/** Reported clauses shorter than this are objects ("said nothing"), not content. */
const MIN_CONTENT_WORDS = 3;
/**
 * Reporting verbs that take a plain object as often as a clause ("added 25,000 jobs", "charged with manslaughter").
 * "announced his support" and "acknowledged their uphill battle" report a stance, so those verbs are not here.
 */
const OBJECT_TAKING_VERBS = new Set(
  "add adds added note notes noted state states stated report reports reported admit admits admitted maintain maintains maintained declare declares declared charge charges charged explain explains explained tweet tweets tweeted write writes wrote".split(
    " ",
  ),
);

/** A short time adjunct right after a reporting verb: "Saturday", "on Tuesday night", "last week", "earlier this month". */
const TIME_ADJUNCT =
  /^\s+(?:(?:on|late|early|earlier|later)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight|(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|year|weekend))\b,?(?=\s)/i;
/**
 * ", warns Bill Carrick, a strategist." / ", said Romney adviser Jane Roe.": after a comma, the verb, then capitalised
 * words up to a comma or the sentence's end. The comma must stand right before the verb: "officials said they met
 * her husband, Syed Farook, …" has a name between commas far after its verb, and leads all the same.
 */
const INVERTED_AFTER_COMMA =
  /^\p{L}+\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|the)\s+){0,5}\p{Lu}[\p{L}'’-]+\s*(?:,|[.!?]["”’]?\s*$)/u;

/** A relative pronoun with no comma before it as the verb's subject: "women who say", "voters that believe". */
const RESTRICTIVE_RELATIVE_BETWEEN = /^\s+(?:who|that)\s+(?:\p{Ll}+ly\s+)?$/u;
/** What may stand before a sentence's subject: nothing, an opening phrase closed by a comma, or a focus word. */
const SUBJECT_OPENS = /^(?:\s*|.*,\s*|\s*(?:even|only|and|but|so|yet)\s+)$/isu;
/** A relative pronoun as the verb's subject, with any adverbs between: "…, who first acknowledged". */
const RELATIVE_SUBJECT_BEFORE = /\b(?:who|which)\s+(?:(?:\p{Ll}+ly|first|also|later|once|then|never|since)\s+)*$/iu;
/** A verb right after "that", which makes it a relative pronoun rather than the opener of a reported clause. */
const RELATIVE_VERB = /^(?:found|finds|showed|shows|claimed|claims|reported|reports|suggested|suggests)$/i;
/** Irregular past participles of reporting verbs ("was said", "was told", "is thought"). */
const PARTICIPLES = new Set(["said", "told", "thought", "known", "shown", "written", "found"]);
/**
 * "everything", "whatever" (and "that") right before a verb's subject of one or two words: an object relative clause
 * ("everything critics say", "everything that Ann Gray said"). ("what it said were …" is read by the source rules,
 * which take "it" as the source.)
 */
const OBJECT_RELATIVE_BEFORE =
  /\b(?:everything|anything|something|nothing|whatever)\s+(?:(?:that|which)\s+)?(?:\S+\s+)?\S+$/i;
/** How far before a source the pronoun of an object relative clause is looked for ("everything that Ann Gray"). */
const OBJECT_RELATIVE_REACH = 20;

/** A modal between the generic "one" and its verb ("One should add", "one might say"). */
const GENERIC_ONE_MODAL = /^\s+(?:should|could|might|must|can|may|would)\s/i;

/** A negation right before a verb, with an adverb between at most ("did not say", "won't publicly say", "not yet conceded"). */
const NEGATED_BEFORE = /(?:\bnot|n['’]t|\bnever)\s+(?:(?:\p{Ll}+ly|yet|even|ever)\s+)?$/iu;

const PASSIVE_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|am)|['’](?:re|s|m))\s+(?:\p{Ll}+ly\s+)?$/iu;
/** A plain form of "be" (no contraction, whose "'s" may be "has") right before a participle: the passive. */
const PLAIN_PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|am)\s+(?:\p{Ll}+ly\s+)?$/iu;
/** "say" in its forms, which reports a clause even after an adjunct. */
const SAY = /^(?:say|says|said|saying)$/;
/** A preposition after the hearer of "told": what follows is a phrase, not a reported clause. */
const PREPOSITION = /^(?:about|of|for|with|to|in|on|at|from|by|into|over|what|how|why|where|when|whether|if)$/i;
/** A sentence's opening "As" clause up to a verb, with no break yet: "As I noted", "As we reported last week". */
const AS_ASIDE = /^as\s[^,;:—–]*$/i;
/** Objects that may sit between "told"/"asked" and the clause ("told reporters that …"). */
const MAX_OBJECT_WORDS = 4;

/**
 * Conjunctions that open a clause of time, reason or concession, shared by the patterns below; those that find where
 * such a clause opens add "once" (and "if").
 */
const SUBORDINATING_CONJUNCTIONS =
  "before|after|when|whenever|while|because|since|until|unless|although|though|whereas";

/** A subordinating conjunction inside a reported clause: what follows it is no part of the main clause. */
const SUBORDINATE_OPENER = new RegExp(`[\\s,](?:${SUBORDINATING_CONJUNCTIONS}|once)\\s`, "i");

/** The part of a clause before its first subordinate clause. */
function beforeSubordinate(text: string, c: Span): Span {
  const m = SUBORDINATE_OPENER.exec(text.slice(c.start, c.end));
  return m ? { start: c.start, end: c.start + m.index } : c;
}

interface IndirectRule {
  readonly name: string;
  readonly match: (text: string, sentence: Span) => { content: Span; attribution: Attribution } | undefined;
}

const words = (text: string, s: Span): number => wordCountOf(text, s);

/** What may follow a trailing attribution's verb: an adjunct of time, place or manner ("said on Monday"). */
const ADJUNCT_START =
  /^(?:on|in|at|to|by|during|after|before|while|when|as|via|through|from|with|without|last|this|earlier|later|yesterday|today|tonight|recently|again|then|too|also|separately|privately|publicly|afterward|afterwards|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\p{L}+ly)\b/iu;
/** An adverb, then a finite verb: "also has developed", "then would", "quickly became". */
const ADVERB_BEFORE_FINITE =
  /^(?:also|then|again|still|already|never|\p{L}+ly)\s+(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|does|did|do|\p{Ll}+ed)\b/u;
/** Longest adjunct between a reporting verb and its "that" ("in an interview with the paper on Tuesday"). */
const MAX_ADJUNCT_WORDS = 10;
/** Verbs whose hearer may follow them in a trailing attribution ("…, she told reporters"). */
const HEARER_VERBS = /^(?:told|tells|tell|assured|assures|reminded|reminds|informed|informs|warned|warns)$/i;
/** "to" and a lower-case word that does not start a noun phrase: an infinitive ("to rise"), not a hearer ("to reporters"). */
const INFINITIVE_AFTER_VERB =
  /^to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|me|him|them|us|reporters|journalists|lawmakers|supporters|members|voters|officials|friends|colleagues|students|investors|police)\b)["“‘']?\p{Ll}/u;
/** Words of the hearer at `j` when no "that" follows: a titled name runs on ("Mr. Paul Ryan"), anything else is one word. */
function hearerNameLength(text: string, ws: readonly Word[], j: number): number {
  const possessive = possessiveHearerLength(text, ws, j);
  if (possessive > 0) return possessive;
  const determined = determinedHearerLength(text, ws, j);
  if (determined > 0) return determined;
  // A short title ("warned Mr. Ryan to …"), whose full stop ends no sentence, opens a name.
  if (!TITLE_ABBREVIATIONS.has(ws[j]?.text ?? "")) return 1;
  let k = j + 1;
  while (k < ws.length && k < j + 4 && /^\p{Lu}/u.test(ws[k]?.text ?? "")) k++;
  return k - j;
}

/**
 * "told the committee the plan was dead", "told the Nobel committee he …", "told a gathering of state officials on
 * Friday that …": a hearer opened by a determiner runs through capitalised words and lower-case words (an "of"
 * phrase and "and" between names included) up to the word that opens the reported clause (a pronoun, a determiner,
 * a name after a lower-case word), a preposition, a conjunction or "that". 0 when no determiner opens it, when "to"
 * ends it ("urged the president to veto": the request rules read it), or when its end is not found within a few words.
 */
function determinedHearerLength(text: string, ws: readonly Word[], j: number): number {
  if (!/^(?:the|a|an|his|her|their|its|our|my|your)$/i.test(ws[j]?.text ?? "")) return 0;
  let sawLower = false;
  for (let k = j + 1; k < ws.length && k <= j + MAX_DETERMINED_HEARER_WORDS; k++) {
    const w = ws[k] as Word;
    const ends = k > j + 1 ? k - j : 0;
    // A comma or other break ends the hearer ("told the board, in a letter, that …").
    if (k > j + 1 && /[,;:()—–]/.test(text.slice(ws[k - 1]?.end ?? w.start, w.start))) return ends;
    const lower = w.text.toLowerCase();
    if (/^\p{Lu}/u.test(w.text)) {
      if (!sawLower) continue;
      // "told local broadcaster HRT on May 2 that …": a name after the noun, then a preposition or "that", is the
      // hearer's name; a name with anything else after it opens the reported clause ("told the paper Lee was …").
      let run = k + 1;
      while (run < ws.length && /^[\p{Lu}\p{N}]/u.test(ws[run]?.text ?? "")) run++;
      const after = ws[run]?.text ?? "";
      return /^that$/i.test(after) || PREPOSITION.test(after) ? run - j : ends;
    }
    if (lower === "of" || (lower === "and" && !sawLower && /^\p{Lu}/u.test(ws[k + 1]?.text ?? ""))) continue;
    if (lower === "to") return 0;
    if (lower === "that" || CLAUSE_SUBJECT_START.test(w.text) || PREPOSITION.test(w.text) || HEARER_ENDS.test(lower))
      return ends;
    sawLower = true;
  }
  return 0;
}
/** Longest hearer opened by a determiner ("a meeting of island harbour masters and pilots"). */
const MAX_DETERMINED_HEARER_WORDS = 8;
/** Conjunctions that end a hearer: an adjunct clause comes after it ("told my husband before we married that …"). */
const HEARER_ENDS = /^(?:before|after|while|because|since|until|as|once|during|last|this|earlier|later)$/;
/** Objects of "tell" that are what is told, not who hears it: "told the story of …", "tells the truth". */
const TOLD_THINGS = /^(?:story|stories|tale|tales|truth|lie|lies|joke|jokes|anecdote)$/i;

/** A possessive word: "Iran's", "the union’s", "voters'". */
const POSSESSIVE_WORD = /^\p{L}[\p{L}.-]*(?:['’]s|s['’])$/u;
/** A determiner that may open a possessive hearer ("the company's board", "his party's leaders"). */
const HEARER_DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|this|that)$/i;

/**
 * "told Iran's new president the deal stands", "told CNN's Jo Roe he would run", "told the firm's board the merger
 * was off", "told the network's “Morning Hour” show that …": a hearer with a possessive runs past it, through the
 * name after it, a programme's title in marks and the lower-case noun after it, or the lower-case words up to the
 * word that opens the reported clause's subject (or "that"). 0 when no possessive opens the hearer, or when its end
 * is not clear within a few words ("told Iran's new and more moderate president at the time, …").
 */
function possessiveHearerLength(text: string, ws: readonly Word[], j: number): number {
  let k = j;
  if (HEARER_DETERMINER.test(ws[k]?.text ?? "") && POSSESSIVE_WORD.test(ws[k + 1]?.text ?? "")) k++;
  const possessive = ws[k];
  if (possessive === undefined || !POSSESSIVE_WORD.test(possessive.text)) return 0;
  k++;
  const head = ws[k];
  if (head === undefined) return 0;
  const closesTitle = (w: Word | undefined) => w !== undefined && /^["”]/.test(text.slice(w.end, w.end + 1));
  const limit = j + MAX_HEARER_WORDS + 1;
  if (/["“]/.test(text.slice(possessive.end, head.start))) {
    // A programme's title in marks: its words up to the closing mark, then a noun for it at most ("show").
    while (k < ws.length && k < j + MAX_QUOTED_TITLE_WORDS && !closesTitle(ws[k])) k++;
    if (!closesTitle(ws[k])) return 0;
    k++;
    return k - j + (PROGRAMME_NOUN.test(ws[k]?.text ?? "") ? 1 : 0);
  } else if (/^\p{Lu}/u.test(head.text)) {
    while (k < ws.length && k < limit && /^\p{Lu}\p{L}*[\p{L}.]$/u.test(ws[k]?.text ?? "")) k++;
    return k - j;
  }
  while (k < ws.length && k <= limit) {
    const w = ws[k]?.text ?? "";
    if (CLAUSE_SUBJECT_START.test(w) || /^that$/i.test(w) || !/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return k - j;
    if (k === limit) break;
    k++;
  }
  return 0;
}
/** A noun for the programme whose title in marks comes before it ("“Morning Hour” show"). */
const PROGRAMME_NOUN = /^(?:show|program|programme|broadcast|podcast|interview|segment)$/i;
/** Longest programme title in marks after a possessive hearer ("“State of the Nation”"). */
const MAX_QUOTED_TITLE_WORDS = 7;

/** Verbs of belief, hope and fear: they attribute a view when a clause with its own subject and verb follows. */
const BELIEF_VERBS = new Set(
  "believe believes believed think thinks thought hope hopes hoped fear fears feared worry worries worried".split(" "),
);
/** Words that open a clause's subject: a pronoun, a determiner or a name ("thinks the plan …", "hopes Clinton …"). */
const CLAUSE_SUBJECT_START =
  /^(?:he|she|it|they|we|i|you|there|this|these|those|the|a|an|his|her|their|its|our|my|most|many|some|no|\p{Lu}\p{L}*)$/u;

/**
 * "I think the plan will fail", "Trump believes Clinton is weak": a verb of belief without "that" attributes the
 * clause after it when a subject opens that clause and a finite verb follows. "thought about it", "believe in",
 * "hopes to win" and "thought the world of him" have no such clause.
 */
function beliefClauseFollows(text: string, ws: readonly Word[], i: number, s: Span): boolean {
  if (!BELIEF_VERBS.has(ws[i]?.text.toLowerCase() ?? "")) return false;
  // "Asked whether he thought Trump would veto …": a belief asked about is nobody's belief.
  if (/^(?:whether|if)$/i.test(ws[i - 2]?.text ?? "")) return false;
  const next = ws[i + 1];
  if (next === undefined || !CLAUSE_SUBJECT_START.test(next.text)) return false;
  // The subject's own words are no verb: read for one after it.
  return hasFiniteVerb(text, { start: ws[i + 2]?.start ?? next.end, end: s.end });
}

/**
 * "told his players to stop", "told the board of directors to reject …", "told me not to go": the hearer at `j`, then
 * "to" and a verb within a few words. The words between are the hearer's only: no break, preposition, subject
 * pronoun, contraction or verb ("told reporters he's not going to …" reports a clause), and a pronoun hearer is
 * followed by "to" at once ("tells them of things to come" is no request).
 */
function requestAfterHearer(text: string, ws: readonly Word[], j: number): boolean {
  for (let k = j; k < ws.length && k <= j + MAX_REQUEST_OBJECT_WORDS; k++) {
    const w = ws[k] as Word;
    const lower = w.text.toLowerCase();
    if (k > j && /[,;:()"“”—–]/.test(text.slice(ws[k - 1]?.end ?? w.start, w.start))) return false;
    if (k > j && /^(?:not|never)$/.test(lower)) return /^to$/i.test(ws[k + 1]?.text ?? "") && k + 1 > j;
    if (lower === "to") return k > j && INFINITIVE_AFTER_VERB.test(text.slice(w.start, w.start + 40));
    if (k > j && OBJECT_PRONOUN.test(ws[k - 1]?.text ?? "")) return false;
    // "told the board of directors to …" runs on; "told the council the scheme …" opens a clause.
    const opensClause = k > j && /^\p{Ll}/u.test(w.text) && CLAUSE_SUBJECT_START.test(w.text);
    if (
      (lower !== "of" && PREPOSITION.test(lower)) ||
      opensClause ||
      /^(?:he|she|they|we|i|you|it|there|that)(?:['’]\p{L}+)?$/u.test(lower) ||
      /^\p{L}+['’](?:re|ll|ve|d|m)$/u.test(lower) ||
      (!/['’]s$/u.test(w.text) && hasFiniteVerb(text, { start: w.start, end: w.end }))
    )
      return false;
  }
  return false;
}
/** Longest hearer before the "to" of a request ("told the board of directors to …"). */
const MAX_REQUEST_OBJECT_WORDS = 5;
/** A pronoun as the object of "told": "told them to …". */
const OBJECT_PRONOUN = /^(?:me|him|her|them|us|you|it)$/i;
/** The forms of "tell", which report a request with an object and an infinitive ("told his staff to leave"). */
const TELL_FORMS = /^(?:tell|tells|told)$/;

/** Longest hearer after such a verb ("told The Associated Press"). */
const MAX_HEARER_WORDS = 4;

/**
 * A name after its verb, with a lower-case title before it at most ("Larry Sabato", "former governor Ed Rendell"):
 * it ends in a capitalised word and has no digits or words that join phrases ("Sanders with 47 percent versus
 * Clinton", "the days").
 */
function isNameAfterVerb(phrase: string): boolean {
  const ws = phrase.split(/\s+/);
  return (
    /^\p{Lu}/u.test(ws.at(-1) ?? "") &&
    !/\d/.test(phrase) &&
    !ws.some((w) => /^(?:with|versus|vs\.?|and|or|to|from|in|on|at|is|are|was|were)$/i.test(w))
  );
}

/** Whether a phrase has a finite verb, a possessive "'s" being none ("Facebook's outreach director"). */
function hasFiniteVerbBesidesPossessive(phrase: string): boolean {
  const plain = phrase.replace(/\b(?!(?:he|she|it|that|there|what|who|here)['’])(\p{L}+)['’]s\b/giu, "$1  ");
  return hasFiniteVerb(plain, { start: 0, end: plain.length });
}

/**
 * A trailing attribution ends the sentence: after its verb comes nothing, an adjunct, or the hearer of "told". A
 * verb with an object and more clause ("…, he had not yet conceded the race") is the sentence's own verb.
 */
function endsAfterCue(text: string, attribution: Attribution, end: number): boolean {
  const { cue, source } = attribution;
  // "…, noted NBC's Dante Chinni.": the source may follow the verb; what comes after both is what counts.
  const from = Math.max(cue.end, source?.end ?? cue.end);
  const rest = text
    .slice(from, end)
    .replace(/[\s.!?"”’]+$/u, "")
    .trim();
  if (rest === "") return true;
  // "…, warns Bill Carrick, a Democratic strategist in Los Angeles.": an apposition describing the source.
  if (source !== undefined && /^,\s+(?:an?|the)\s[^,]*$/i.test(rest) && wordCountOf(text, { start: from, end }) <= 10)
    return true;
  // "…, said Larry Sabato, director of the University of Virginia's Center for Politics.", "…, said Ron DeSantis, who
  // was elected in 2012.": after a name that follows its verb, an apposition with no verb of its own, or a relative
  // clause, describes the name. ("…, he said, the plan is dead" has a clause after the source, which leads.)
  if (
    source !== undefined &&
    source.start > cue.start &&
    isNameAfterVerb(text.slice(source.start, source.end)) &&
    /^,\s+[^,;:]+$/.test(rest) &&
    (/^,\s+(?:who|whose)\s/i.test(rest) || !hasFiniteVerbBesidesPossessive(rest)) &&
    wordCountOf(text, { start: from, end }) <= MAX_TRAILING_APPOSITION_WORDS
  )
    return true;
  // "…, the costs continue to rise": an infinitive after the verb makes it the sentence's own verb ("continue to",
  // "declined to"), not a speech verb with an adjunct ("said to reporters").
  if (INFINITIVE_AFTER_VERB.test(rest)) return false;
  // "…, said Mr. Rubio also has developed a following": an adverb before a finite verb belongs to a reported
  // clause whose subject was read as the source.
  if (ADVERB_BEFORE_FINITE.test(rest)) return false;
  if (ADJUNCT_START.test(rest.replace(/^,\s*/, ""))) return true;
  const verb = text.slice(cue.start, cue.end);
  return HEARER_VERBS.test(verb) && wordCountOf(text, { start: from, end }) <= MAX_HEARER_WORDS;
}

/**
 * "Harry Truman, writes Brooks Jackson, won 77 percent of the vote": an attribution set off by commas inside the
 * clause it reports; the content is the whole sentence, which reads on across it. Tried before the other rules (see
 * matchSentence), since read as a leading attribution it would make the subject before it the source.
 */
const parentheticalAttribution: IndirectRule = {
  name: "indirect:parenthetical",
  match: (text, s) => {
    const m = PARENTHETICAL_ATTRIBUTION.exec(text.slice(s.start, s.end));
    const cue = m?.indices?.[2];
    const source = m?.indices?.[3];
    if (!cue || !source) return undefined;
    return {
      content: content(text, s),
      attribution: {
        cue: { start: s.start + cue[0], end: s.start + cue[1] },
        source: { start: s.start + source[0], end: s.start + source[1] },
        rule: "cue:parenthetical",
      },
    };
  },
};

/**
 * A character of an "according to" source: anything but a clause's punctuation, a bracket or a dash (a hyphen inside
 * a word is one), and a full stop that ends no sentence ("F.A.A. records", "Mr. Sanders's campaign", "Dennis B. Ross",
 * "news.com"); "the Times.But" (a space lost in the copy) is two sentences. The regular expressions that use it are
 * case-sensitive, since under the `i` flag \p{Ll} would match capitals too.
 */
const ACCORDING_SOURCE_CHAR = String.raw`(?:[^,.;!?()—–-]|(?<=\S)-(?=\S)|(?<=\b\p{L})\.(?=\p{L})|\.(?=\p{Ll}{2,4}\b)|(?<=\b(?:${TITLE_ABBREVIATION_PATTERN}|\p{Lu}))\.(?=\s))`;
/**
 * "…, according to a new poll by the Harvard University Institute of Politics.", "…, according to Dennis Ross, a
 * former envoy.": a trailing source runs to the sentence's end, with an apposition after a comma at most (", and
 * wages fell" is a clause, not part of the source).
 */
const ACCORDING_TO_TAIL = new RegExp(
  String.raw`,\s*([Aa]ccording to)\s+(${ACCORDING_SOURCE_CHAR}{2,}?(?:,\s+(?:an?|the|another|who|which|whose)\s${ACCORDING_SOURCE_CHAR}+?)?)[.!?]?\s*$`,
  "u",
);
/** "…, according to the Tax Foundation, more than …": a source set off by commas inside the sentence. */
const ACCORDING_TO_MIDDLE = new RegExp(String.raw`,\s*([Aa]ccording to)\s+(${ACCORDING_SOURCE_CHAR}{2,120}?),\s`, "u");
/** "According to early results of exit polls conducted for …, CLAUSE": the source runs to the first comma. */
const ACCORDING_TO_LEAD = /^\s*(according to)\s+([^,]{2,160}),\s*/i;
/** The longest source of an "according to" tail, in words. */
const MAX_ACCORDING_SOURCE_WORDS = 25;

/** Verbs of a short attribution set off by commas inside its sentence, with "told" and its hearer. */
const INSIDE_VERBS =
  "said|says|added|adds|noted|notes|explained|explains|argued|argues|wrote|writes|suggested|suggests|insisted|insists|recalled|recalls|warned|warns|contended|contends|acknowledged|acknowledges|predicted|predicts|told\\s+[\\p{L}'’.-]+";
/**
 * ", he said, ", ", the airline added on Tuesday, ": a source of at most four words, its verb and a short time, set
 * off by commas inside the sentence.
 */
const INSIDE_ATTRIBUTION = new RegExp(
  String.raw`,\s+((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(${INSIDE_VERBS})(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last\s+week|this\s+week|in\s+an\s+interview))?,\s+`,
  "giu",
);
/** A conjunction ending the part before an attribution inside the sentence: the clause it opens comes after. */
const OPEN_CONJUNCTION_BEFORE = /\b(?:and|but|or|so|that|because|if|when|since|although|though|while|as)$/i;
/** A participle opening the rest of the sentence: the narrator's ("…, he said, wiping sweat off his face"). */
const PARTICIPLE_OPENING = /^\p{Ll}+ing\b/u;

/**
 * Whether a phrase can be the source of an attribution inside a sentence: a pronoun, a name, a determiner and a
 * noun ("the airline"), or a few words ending in a noun for people who speak ("political experts").
 */
function isInsideSource(phrase: string): boolean {
  if (/^(?:he|she|they|we|i|it)$/i.test(phrase)) return true;
  if (isGenericPeoplePhrase(phrase)) return true;
  if (!isPlausibleSource(phrase) || hasFiniteVerb(phrase, { start: 0, end: phrase.length })) return false;
  return /^(?:the|a|an|his|her|their|its)\s/i.test(phrase) || phrase.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}

/**
 * "This campaign, he says, is different.", "He had no known affiliations, the airline added, and had passed all
 * checks.": a short attribution set off by commas inside the sentence, its source before its verb, attributes the
 * sentence around it. Before it stands a subject that the rest of the sentence goes on ("This campaign … is
 * different") or a clause of its own, which the rest continues; a rest that opens with a participle is the
 * narrator's ("Sales were great, he said, wiping sweat off his face"), and one that opens with its own subject after
 * an adverb or a time ("Still, she said, the plan is dead") is the whole content.
 */
const insideAttribution: IndirectRule = {
  name: "indirect:inside-attribution",
  match: (text, s) => {
    const stretch = text.slice(s.start, s.end);
    // The attribution stands between two commas: a sentence with one comma at most has none.
    if (stretch.indexOf(",") === stretch.lastIndexOf(",")) return undefined;
    // One pattern object stepped with exec (nothing below uses it): matchAll copies the pattern on every call, and
    // this runs for every sentence.
    INSIDE_ATTRIBUTION.lastIndex = 0;
    for (let m = INSIDE_ATTRIBUTION.exec(stretch); m !== null; m = INSIDE_ATTRIBUTION.exec(stretch)) {
      const [all, source, verb] = m;
      if (source === undefined || verb === undefined || m.index === 0 || !isInsideSource(source)) continue;
      const at = s.start + m.index;
      const sourceStart = at + all.indexOf(source, 1);
      const cueStart = sourceStart + source.length + all.slice(all.indexOf(source, 1) + source.length).indexOf(verb);
      // The sentence's last clause before the attribution: "…: With the Super Bowl late Sunday, they argued, …".
      const opening = Math.max(
        ...execAll(/[:;]\s+|\s[—–]\s+/gu, stretch.slice(0, m.index)).map((c) => (c.index ?? 0) + c[0].length),
        0,
      );
      const whole = content(text, { start: s.start + opening, end: s.end });
      const before = content(text, { start: s.start + opening, end: at });
      const rest = content(text, { start: at + all.length, end: s.end });
      if (words(text, before) === 0 || words(text, rest) === 0) continue;
      const restText = text.slice(rest.start, rest.end);
      // "He hoped, he said, that the paper would …": a "that" clause after it belongs to the verb before.
      if (/^that\b/i.test(restText)) continue;
      let reported: Span;
      // "…, because, she said, the comment had made it plain …": an open conjunction before hands on to the rest.
      if (OPEN_CONJUNCTION_BEFORE.test(text.slice(before.start, before.end))) {
        if (!hasFiniteVerb(text, rest)) continue;
        reported = rest;
      } else if (hasFiniteVerb(text, before)) reported = PARTICIPLE_OPENING.test(restText) ? before : whole;
      else if (!hasFiniteVerb(text, rest)) continue;
      else reported = CLAUSE_SUBJECT_START.test(restText.split(/\s+/)[0] ?? "") ? rest : whole;
      return {
        content: reported,
        attribution: {
          cue: { start: cueStart, end: cueStart + verb.length },
          source: { start: sourceStart, end: sourceStart + source.length },
          rule: "cue:inside",
        },
      };
    }
    return undefined;
  },
};

/**
 * Whether the sentence holds "according to" in any case, which each "according to" pattern needs (their case
 * folding matches ASCII letters only, whose lower case this finds): most sentences do not, and skip the patterns.
 */
const mentionsAccordingTo = (text: string, s: Span): boolean =>
  text.slice(s.start, s.end).toLowerCase().includes("according to");

/** A part that ends in a conjunction ("The talk covered sanctions, and, according to …") runs on past the source. */
const OPEN_CONJUNCTION_END = /\b(?:and|but|or|that|so)$/i;

/** A conjunction that opens a clause of time, reason or concession ("while", "because"): no source's word. */
const SUBORDINATOR_IN_SOURCE = new RegExp(`\\b(?:${SUBORDINATING_CONJUNCTIONS})\\b`, "i");

export const INDIRECT_RULES: readonly IndirectRule[] = [
  {
    name: "indirect:according-to-lead",
    match: (text, s) => {
      if (!mentionsAccordingTo(text, s)) return undefined;
      const m = ACCORDING_TO_LEAD.exec(text.slice(s.start, s.end));
      if (!m?.[1] || !m[2]) return undefined;
      const cue = { start: s.start + m.index + m[0].indexOf(m[1]), end: 0 };
      const sourceStart = s.start + m[0].indexOf(m[2], m[1].length);
      const c = content(text, { start: s.start + m[0].length, end: s.end });
      return {
        content: c,
        attribution: {
          cue: { start: cue.start, end: cue.start + m[1].length },
          source: { start: sourceStart, end: sourceStart + m[2].length },
          rule: "cue:according-to",
        },
      };
    },
  },
  {
    name: "indirect:according-to-tail",
    match: (text, s) => {
      if (!mentionsAccordingTo(text, s)) return undefined;
      const m = ACCORDING_TO_TAIL.exec(text.slice(s.start, s.end));
      if (!m?.[1] || !m[2] || m[2].split(/\s+/).length > MAX_ACCORDING_SOURCE_WORDS) return undefined;
      // "…, according to two officials, the envoy promised relief": a clause after the comma is no apposition.
      const apposition = m[2].indexOf(",");
      if (
        apposition >= 0 &&
        !/^,\s+(?:who|which|whose)\s/i.test(m[2].slice(apposition)) &&
        hasFiniteVerbBesidesPossessive(m[2].slice(apposition))
      )
        return undefined;
      const cueStart = s.start + m.index + m[0].indexOf(m[1]);
      const sourceStart = cueStart + m[0].slice(m[0].indexOf(m[1])).indexOf(m[2]);
      const c = content(text, { start: s.start, end: s.start + m.index });
      return {
        content: c,
        attribution: {
          cue: { start: cueStart, end: cueStart + m[1].length },
          source: { start: sourceStart, end: sourceStart + m[2].length },
          rule: "cue:according-to",
        },
      };
    },
  },
  {
    // "Incomes would go up by 19.9 percent, according to the Tax Foundation, more than twice …": the source set off
    // by commas inside the sentence attributes the clause before it.
    name: "indirect:according-to-middle",
    match: (text, s) => {
      if (!mentionsAccordingTo(text, s)) return undefined;
      const m = ACCORDING_TO_MIDDLE.exec(text.slice(s.start, s.end));
      if (!m?.[1] || !m[2] || m.index === 0) return undefined;
      const cueStart = s.start + m.index + m[0].indexOf(m[1]);
      const sourceStart = cueStart + m[1].length + m[0].slice(m[0].indexOf(m[1]) + m[1].length).indexOf(m[2]);
      // "First up in the House, according to Eric Cantor, is a bill on …": a part before with no verb of its own
      // is the opening of the clause that goes on after the source, and the content is that clause's rest.
      const before = content(text, { start: s.start, end: s.start + m.index });
      const after = content(text, { start: s.start + m.index + m[0].length, end: s.end });
      return {
        content:
          hasFiniteVerb(text, before) && !OPEN_CONJUNCTION_END.test(text.slice(before.start, before.end))
            ? before
            : after,
        attribution: {
          cue: { start: cueStart, end: cueStart + m[1].length },
          source: { start: sourceStart, end: sourceStart + m[2].length },
          rule: "cue:according-to",
        },
      };
    },
  },
  {
    name: "indirect:trailing-attribution",
    match: (text, s) => {
      const stretch = text.slice(s.start, s.end);
      for (const m of execAll(/,\s/g, stretch).reverse()) {
        const at = s.start + (m.index ?? 0);
        const tail = { start: at + 1, end: s.end };
        // "…, said Dan Roe, director of Gotham Writers and an analyst in New York City.": a tail that opens with its
        // verb runs on through the name's apposition.
        const inverted = STRONG_REPORTING_VERBS.has(
          /^,\s*(\p{L}+)/u.exec(text.slice(at, s.end))?.[1]?.toLowerCase() ?? "",
        );
        if (words(text, tail) > (inverted ? MAX_INVERTED_TRAILING_WORDS : MAX_TRAILING_WORDS)) break;
        const attribution = attributionAfter(text, tail);
        // The source of a trailing attribution is a name, a description, a pronoun or a few words ending in a noun for
        // people who speak before the verb ("…, election officials said"): "…, updates and offers" and "…, pledged
        // delegates" are not. A tail longer than most opens with its verb and a name ("…, said former governor Ed
        // Rendell, who …"); "…, a Republican, said the block grants should be based on …" leads with its source.
        const source = attribution?.source ? text.slice(attribution.source.start, attribution.source.end) : "";
        // "like “X”, as argued by critics": a passive tail right after a quotation owns that quotation, not the clause.
        const ownsQuotation = attribution?.rule === "cue:as-by" && /["”’»']\s*$/.test(text.slice(s.start, at));
        // "“Will this ever end?” Jane Roe, the paper's editor, wrote.": a name alone before the tail is a quotation's
        // attribution, not reported content.
        const reported = content(text, { start: s.start, end: at });
        const nameOnly = wordsOf(text, reported).every((w) => /^\p{Lu}/u.test(w.text));
        // "Richard Revesz, director of the institute, said the states were exaggerating": a "source" after the verb
        // with a finite verb of its own is the reported clause, and the words before the comma are the speaker.
        const clauseAfterVerb =
          attribution?.source !== undefined &&
          attribution.source.start > attribution.cue.start &&
          FINITE_IN_PHRASE.test(source);
        // "…, they sat to the side while Obama spoke.": a "source" that holds a subordinating conjunction is a clause
        // of time or reason, and the verb after it is that clause's own, not a report of the words before.
        const adverbialClause = SUBORDINATOR_IN_SOURCE.test(source);
        if (
          attribution &&
          (SOURCE_START.test(source) ||
            (isGenericPeoplePhrase(source) && (attribution?.source?.end ?? 0) <= (attribution?.cue.start ?? 0))) &&
          (words(text, tail) <= MAX_TRAILING_WORDS || isNameAfterVerb(source)) &&
          !ownsQuotation &&
          !nameOnly &&
          !clauseAfterVerb &&
          !adverbialClause &&
          endsAfterCue(text, attribution, s.end)
        ) {
          return { content: reported, attribution };
        }
      }
      return undefined;
    },
  },
  {
    name: "indirect:leading-attribution",
    match: (text, s) => {
      const ws = wordsOf(text, s);
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i] as Word;
        if (i > MAX_LEADING_WORDS) break;
        if (i === 0 || !isVerbAt(ws, i, false, text)) continue;
        // "As I wrote last week, the report concludes that …": a verb in a leading "As" aside gives way to an
        // attribution of the main clause after its comma, which says whose the clause is.
        if (AS_ASIDE.test(text.slice(s.start, w.start))) {
          const comma = text.indexOf(",", w.end);
          const main = comma >= 0 && comma < s.end ? leading?.match(text, { start: comma + 1, end: s.end }) : undefined;
          if (main) return main;
        }
        const lower = w.text.toLowerCase();
        // "points out that …": the particle of "point out" belongs to the verb (isVerbAt reads "point" only with it).
        const particle = /^point/.test(lower) ? ws[i + 1] : undefined;
        const verbWordEnd = particle?.end ?? w.end;
        let j = particle ? i + 2 : i + 1;
        // told reporters that …: skip a short object before "that"
        const hearerVerb = /^(?:told|tells|tell|asked|asks|warned|reminded|assured|informed|urged)$/.test(lower);
        let request = false;
        if (hearerVerb) {
          // "cannot tell whether the voters …": a question after "tell" reports nothing said.
          if (/^(?:whether|if|how|what|why|who|where|when|which)$/i.test(ws[j]?.text ?? "")) continue;
          const that = ws.slice(j, j + MAX_OBJECT_WORDS + 1).findIndex((x) => x.text.toLowerCase() === "that");
          // "told the story of his grandmother", "tells a long tale": narration, not a clause reported.
          if (ws.slice(j, j + 3).some((x) => TOLD_THINGS.test(x.text))) continue;
          // "told his players to stop …", "told reporters to expect delays": a request, reported with its hearer (as
          // "urged Congress to act" is by the request rule), since the infinitive has no subject of its own.
          request = that < 0 && TELL_FORMS.test(lower) && requestAfterHearer(text, ws, j);
          // "told reporters the plan was dead" reports a clause; "tell us about the level" does not.
          if (!request && that < 0 && PREPOSITION.test(ws[j + 1]?.text ?? "")) continue;
          if (!request) j = that >= 0 ? j + that : j + hearerNameLength(text, ws, j);
        }
        // "said in a joint statement late on Tuesday that …", "said Tuesday, before the vote, that …": an adjunct
        // may sit between the verb and "that".
        if (!request && ws[j]?.text.toLowerCase() !== "that" && ADJUNCT_START.test(ws[j]?.text ?? "")) {
          // "replied angrily to a poll that found …": a "that" followed by a verb is a relative pronoun.
          const that = ws
            .slice(j, j + MAX_ADJUNCT_WORDS + 1)
            .findIndex((x, k, near) => x.text.toLowerCase() === "that" && !RELATIVE_VERB.test(near[k + 1]?.text ?? ""));
          // "As I pointed out last week, the economist Jo Roe concludes that …": a reporting verb right before that
          // "that" is the one it belongs to; the verb before is an aside's.
          const verbBefore = that > 0 && /^\s+$/.test(text.slice(ws[j + that - 1]?.end ?? 0, ws[j + that]?.start ?? 0));
          if (that > 0 && !(verbBefore && isVerbAt(ws, j + that - 1, false, text))) j += that;
        }
        // "I expect that to be the case", "is saying that is not what he meant": "that" before an infinitive or a
        // verb is a pronoun, not the clause's opener.
        const hasThat = ws[j]?.text.toLowerCase() === "that" && !/^(?:to|is|was|'s)$/i.test(ws[j + 1]?.text ?? "");
        if (
          !hasThat &&
          !STRONG_REPORTING_VERBS.has(lower) &&
          lower !== "saying" &&
          !beliefClauseFollows(text, ws, i, s)
        )
          continue;
        // "a Republican state senator from South Dakota": a form that is as often a noun reports a clause only with
        // "that" after it, unless a pronoun is its subject ("she states the rule is clear").
        if (!hasThat && NOUN_LIKE_FORMS.has(lower) && !/^(?:he|she|it|they|we|i|you)$/i.test(ws[i - 1]?.text ?? ""))
          continue;
        // The hearer of "told" is not part of what was told: "told reporters | the plan was dead".
        // A hearer that ends in a title in marks ("told the network's “Morning Hour”") ends after its closing mark.
        const hearerEnd = ws[j - 1]?.end ?? w.end;
        const verbEnd = hasThat
          ? (ws[j]?.end ?? w.end)
          : hearerVerb
            ? hearerEnd + (/^["”]/.test(text.slice(hearerEnd, hearerEnd + 1)) ? 1 : 0)
            : verbWordEnd;
        // "said Saturday he would name a nominee": a time adjunct after the verb is not part of what was said.
        const from = request
          ? (ws[j]?.start ?? verbEnd)
          : hasThat
            ? verbEnd
            : verbEnd + (TIME_ADJUNCT.exec(text.slice(verbEnd, s.end))?.[0].length ?? 0);
        // "we're told we're …", "the Queen was said to have disapproved": a passive verb of saying has the hearer or
        // the one spoken of as its subject, not the one who spoke.
        const passive = PASSIVE_BEFORE.test(text.slice(s.start, w.start));
        if (passive && /^(?:told|asked|informed|assured|reminded|warned)$/.test(lower)) continue;
        if (passive && (/ed$/.test(lower) || PARTICIPLES.has(lower)) && ws[i + 1]?.text.toLowerCase() === "to")
          continue;
        // "Yanukovych was declared the winner", "the rule was announced Monday": unless "that" follows, any other passive
        // participle after a plain form of "be" has the thing spoken of as its subject, and no speaker. Not after "'s"
        // ("he's said he will …" is "has said"), nor a belief ("is worried Trump's rhetoric could …").
        if (
          ws[i + 1]?.text.toLowerCase() !== "that" &&
          PLAIN_PASSIVE_BEFORE.test(text.slice(s.start, w.start)) &&
          (/ed$/.test(lower) || PARTICIPLES.has(lower)) &&
          !BELIEF_VERBS.has(lower)
        )
          continue;
        // "tweeted angrily in a response to a poll …", "reported from Los Angeles": without "that", a verb other than
        // "say" followed by an adverb or a preposition (other than a time: "announced Tuesday the …") reports no
        // clause. "said after the convention he would …" does.
        if (
          !hasThat &&
          !hearerVerb &&
          !SAY.test(lower) &&
          ADJUNCT_START.test(ws[i + 1]?.text ?? "") &&
          !TIME_ADJUNCT.test(text.slice(w.end, s.end))
        )
          continue;
        // "Raising money is not the same as having a message, warns Bill Carrick, a strategist.": a comma before the
        // verb and a name after it is an inverted attribution that trails its content, read by the trailing rule.
        if (
          !hasThat &&
          /,\s*$/.test(text.slice(s.start, w.start)) &&
          INVERTED_AFTER_COMMA.test(text.slice(w.start, s.end))
        )
          continue;
        // "she won't say why …", "Smith did not say that …", "never said the wall …": a negated verb of saying
        // reports what was not said, which is nobody's statement.
        if (NEGATED_BEFORE.test(text.slice(s.start, w.start))) continue;
        // "…, the spokesperson said, adding that …": a participle of saying after a comma is read by the participle
        // rule, which knows whose words it continues.
        if (PARTICIPLES_OF_SAYING.has(lower) && /,\s*$/.test(text.slice(s.start, w.start))) continue;
        const rest = text.slice(w.end, s.end);
        // "…, the spokesperson said, adding that …": a participle after the verb's comma continues a trailing
        // attribution; the participle rule reads what it reports.
        if (/^,\s+\p{Ll}+ing\s/u.test(rest)) continue;
        // A colon or an opening mark right after the verb hands over to a direct quotation, handled elsewhere.
        if (/^\s*[:“"«]/.test(rest) || /^\s*,\s*[“"]/.test(rest)) return undefined;
        const c = content(text, { start: from, end: s.end });
        if (words(text, c) < MIN_CONTENT_WORDS) continue;
        // "said as much last night", "said so on Monday", "said the same of Sanders": the idiom reports no content.
        // "said the same technology could be used" is a clause whose subject opens with "the same": it has a verb.
        if (/^(?:as much|so|otherwise)\b/i.test(text.slice(c.start, c.end))) continue;
        if (/^the same\b/i.test(text.slice(c.start, c.end)) && !hasFiniteVerb(text, c)) continue;
        // "Mining employment maintained its downward trend", "the company reported a loss": without "that", a verb
        // that as often takes a plain object reports only a clause, which has a verb of its own.
        // The verb must be the clause's own, before any subordinate clause: "declared a state of emergency Saturday,
        // minutes before the rally started" has its only finite verb in the "before" clause, and reports nothing.
        // ("reported late Monday that after …": a clause opened by "that" after an adjunct is a that-clause.)
        if (
          !hasThat &&
          OBJECT_TAKING_VERBS.has(lower) &&
          !hasFiniteVerb(text, /^that\s/i.test(text.slice(c.start, c.end)) ? c : beforeSubordinate(text, c))
        )
          continue;
        // "ISIS claimed responsibility for the attack", "took credit for": the object of claiming is no content.
        if (!hasThat && /^(?:responsibility|credit|victory|ownership)\b/i.test(text.slice(c.start, c.end))) continue;
        // "stuff Mr. Trump said on news shows over the weekend", "testified for the second time": a prepositional
        // phrase with no verb is no content.
        if (
          !hasThat &&
          /^(?:on|in|at|over|during|from|to|about|for|before|after|with|under|against|since|until)\b/i.test(
            text.slice(c.start, c.end),
          ) &&
          !hasFiniteVerb(text, c)
        )
          continue;
        // "Officials have testified, and will continue to …": a second predicate joined to the verb is no content.
        if (!hasThat && /^(?:and|but|or|nor)\b/i.test(text.slice(c.start, c.end))) continue;
        // "Holm, who first acknowledged the program, has faced scrutiny": in a relative clause, what follows the verb
        // up to the clause's comma is its object unless it has a verb of its own; the main clause resumes after it.
        let reported = c;
        if (!hasThat && !request && RELATIVE_SUBJECT_BEFORE.test(text.slice(s.start, w.start))) {
          const comma = text.indexOf(",", c.start);
          if (comma >= 0 && comma < c.end) reported = { start: c.start, end: comma };
          if (!hasFiniteVerb(text, reported)) continue;
        }
        const source = sourceOfVerb(text, s.start, w);
        if (source === undefined) continue;
        // "everything liberals say about X is a lie", "what critics claim": an object relative clause makes the verb's
        // clause a noun phrase; nothing is reported.
        if (
          OBJECT_RELATIVE_BEFORE.test(text.slice(Math.max(s.start, source.start - OBJECT_RELATIVE_REACH), source.end))
        )
          continue;
        // "it helps explain why …", "let me say": a bare infinitive after help, let or make reports nothing said.
        if (/^(?:help|helps|helped|helping|let|lets|make|makes|made)$/i.test(ws[i - 1]?.text ?? "")) continue;
        // "One should add that …", "one could argue …": the generic "one" with a modal names no speaker.
        if (
          /^one$/i.test(text.slice(source.start, source.end)) &&
          GENERIC_ONE_MODAL.test(text.slice(source.end, w.start))
        )
          continue;
        // "It should also be noted that …", "it was widely reported that …": an impersonal passive names no source.
        if (
          /^it\b/i.test(text.slice(source.start, source.end)) &&
          PLAIN_PASSIVE_BEFORE.test(text.slice(s.start, w.start))
        )
          continue;
        // "Women who say they were mistreated have come forward": in a relative clause on the sentence's subject, the
        // reported clause ends where the main clause's predicate begins.
        if (
          RESTRICTIVE_RELATIVE_BETWEEN.test(text.slice(source.end, w.start)) &&
          SUBJECT_OPENS.test(text.slice(s.start, source.start)) &&
          !hasVerbWord(text, source) &&
          isPlausibleSource(text.slice(source.start, source.end))
        )
          reported = beforeMainPredicate(text, reported);
        return {
          content: reported,
          attribution: { cue: { start: w.start, end: w.end }, source, rule: "cue:source-verb-before" },
        };
      }
      return undefined;
    },
  },
  ...STANCE_RULES,
];

/** Reported-speech rules whose source, though it holds a view or made a finding, is not heard speaking. */
const STANCE_RULE_NAMES: ReadonlySet<string> = new Set([
  ...STANCE_RULES.map((r) => r.name),
  "indirect:later-clause",
  "indirect:according-to-middle",
]);

/** A relative "who" between a source and its cue, with an adverb at most: "McCain, who once called". */
const RELATIVE_WHO_BETWEEN = /^\s*,?\s*who\s+(?:\p{Ll}+\s+)?$/u;

/** Whether a draft's words are reported in a relative clause on its source ("…, who once called him “…”"). */
export function inRelativeClause(text: string, draft: Draft): boolean {
  const cue = draft.attribution?.cue;
  const source = draft.attribution?.source;
  return (
    cue !== undefined &&
    source !== undefined &&
    source.end <= cue.start &&
    RELATIVE_WHO_BETWEEN.test(text.slice(source.end, cue.start))
  );
}

/**
 * Whether a draft's speaker keeps the floor for the quotations with no cue after it: quotations and reported speech
 * by a verb of saying do; a stance ("calls for", "vowed to", "a poll shows"), a belief ("thinks the plan …") or an
 * attribution read deep in a sentence does not, since the next quotation is seldom theirs.
 */
export function holdsFloor(text: string, draft: Draft): boolean {
  // Reported speech beside a quotation in marks, and a quoted phrase inside it, leave the floor to the quotation's
  // speaker.
  if (draft.rule.endsWith(BESIDE_QUOTATION)) return false;
  if (draft.kind !== "indirect") return true;
  if (STANCE_RULE_NAMES.has(draft.rule)) return false;
  const cue = draft.attribution?.cue;
  return cue === undefined || !BELIEF_VERBS.has(text.slice(cue.start, cue.end).toLowerCase());
}

/** Sentences of the paragraphs, split with the quotation-aware sentence end rule. */
export function sentencesOf(text: string, paragraphs: readonly Span[]): Span[] {
  return paragraphs.flatMap((p) => {
    const cuts = [p.start, ...sentenceEnds(text, p.start, p.end), p.end];
    return cuts
      .slice(1)
      .map((end, i) => trim(text, { start: cuts[i] ?? p.start, end }))
      .filter((s) => s.end > s.start);
  });
}

/** Reported speech in sentences that a quotation in marks does not already account for. */
export function findIndirectDrafts(text: string, paragraphs: readonly Span[], quoted: readonly Draft[]): Draft[] {
  const drafts: Draft[] = [];
  paragraphs.forEach((p, paragraph) => {
    // A quotation that meets a sentence meets its paragraph: each sentence looks only among the paragraph's (a long
    // article's every sentence went through every quotation of the article).
    const inParagraph = quoted.filter((q) => q.start < p.end && p.start < q.end);
    for (const s of sentencesOf(text, [p])) {
      const speech = inParagraph.filter((q) => q.kind === "direct" && q.start < s.end && s.start < q.end);
      // Words inside quotation marks are never the source ("“… provide it,” predicts X" is not "provide it").
      const inSentence = inParagraph.filter((q) => q.start < s.end && s.start < q.end);
      const stretches: Stretch[] =
        speech.length > 0 ? stretchesBeside(text, s, speech) : [{ ...s, beside: false, handsOver: false }];
      for (const found of [...relativeAfterQuotation(text, s, speech), ...participleAfterQuotation(text, s, speech)]) {
        drafts.push({
          ...found.content,
          kind: "indirect",
          marks: { open: false, close: false },
          rule: `${found.rule}${BESIDE_QUOTATION}`,
          paragraph,
          attribution: found.attribution,
        });
      }
      for (const stretch of stretches) {
        for (const matched of matchSentence(text, stretch)) {
          const found = { ...matched, content: withinLeadingSubordinate(text, stretch, matched) };
          const source = found.attribution.source;
          if (source && inSentence.some((q) => q.start < source.end && source.start < q.end)) continue;
          if (stretch.beside && !acceptedBeside(text, stretch, found)) continue;
          drafts.push({
            ...found.content,
            kind: "indirect",
            marks: { open: false, close: false },
            rule: stretch.beside ? `${found.rule}${BESIDE_QUOTATION}` : found.rule,
            paragraph,
            attribution: found.attribution,
          });
        }
      }
    }
  });
  return drafts;
}

/** A subordinating conjunction before the attribution, with no comma since: the attribution is inside its clause. */
const LEADING_SUBORDINATE = new RegExp(`(?:^|[\\s,])(?:${SUBORDINATING_CONJUNCTIONS}|if|once)\\s[^,;:]*$`, "i");
/** The main clause's first words after a comma: how far its finite verb may stand. */
const MAIN_CLAUSE_REACH = 60;

/**
 * "After the mayor said the bridge was unsafe, the council closed it": an attribution inside a leading subordinate
 * clause reports up to the comma that closes that clause, where the main clause opens with a subject of its own and
 * a finite verb. A comma before a predicate without a subject ("vowed to strike, raise dues and …") runs on.
 */
function withinLeadingSubordinate(text: string, s: Span, found: Found): Span {
  const { cue, source } = found.attribution;
  const c = found.content;
  const lead = Math.min(source?.start ?? cue.start, cue.start);
  if (c.start < cue.end || !LEADING_SUBORDINATE.test(text.slice(s.start, lead))) return c;
  for (const m of execAll(/,(["”’]?)\s+/gu, text.slice(c.start, c.end))) {
    const at = c.start + (m.index ?? 0);
    // The clause may end with a quotation's closing mark after its comma ("said it was “close, we think,” the …").
    const closed = at + 1 + (m[1]?.length ?? 0);
    const after = { start: at + m[0].length, end: Math.min(c.end, at + m[0].length + MAIN_CLAUSE_REACH) };
    // A comma inside quotation marks is the speaker's ("“when they go low, we go high”"), not the clause's end.
    if (countOf(text, c.start, closed, "“") > countOf(text, c.start, closed, "”")) continue;
    // "it’s the debates that …": a contraction's first part is the subject.
    const first = /^[\p{L}.-]+/u.exec(text.slice(after.start, after.end))?.[0] ?? "";
    if (CLAUSE_SUBJECT_START.test(first) && hasFiniteVerb(text, after) && words(text, { start: c.start, end: at }) > 0)
      return { start: c.start, end: m[1] ? closed : at };
  }
  return c;
}

/** How many times `mark` occurs in text[start, end). */
function countOf(text: string, start: number, end: number, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark, start); i >= 0 && i < end; i = text.indexOf(mark, i + 1)) n++;
  return n;
}

/**
 * The clause a second attribution after a quotation or a report reports ("…, who said the plan would fail", "…,
 * adding that it would take hours"): the stretch without its closing punctuation, when it has words enough and,
 * unless "that" opens it, a verb of its own ("who said nothing", "adding 25,000 jobs" report nothing). Undefined
 * too when it opens with a quotation mark: the quotation rules read that quotation.
 */
function reportedClause(text: string, stretch: Span, afterThat: boolean): Span | undefined {
  const reported = content(text, stretch);
  if (words(text, reported) < MIN_CONTENT_WORDS) return undefined;
  if (!afterThat && !hasFiniteVerb(text, reported)) return undefined;
  return /^["“«]/.test(text.slice(reported.start, reported.end)) ? undefined : reported;
}

/** Verbs of saying that a relative clause after a quotation's source may carry ("…, who added that …"). */
const RELATIVE_SAYING =
  "said|says|added|adds|argued|argues|noted|notes|explained|explains|insisted|insists|warned|warns|predicted|predicts|acknowledged|acknowledges|contended|contends|conceded|concedes|stressed|stresses|suggested|suggests|recalled|recalls";
/**
 * ", who said that …" right after a quotation's source, with a short apposition between at most (", 24, from
 * Leeds,"): the relative pronoun, its verb (an adverb before it at most) and an optional "that".
 */
const RELATIVE_SAYING_AFTER_SOURCE = new RegExp(
  String.raw`^((?:,\s+[^,;:"“”]{1,40}?){0,2}),\s+(who)\s+(?:(?:also|later|then|\p{Ll}+ly)\s+)?(${RELATIVE_SAYING})\s+(that\s+)?`,
  "du",
);
/** Longest apposition between a quotation's source and the relative clause that goes on with its words. */
const MAX_RELATIVE_APPOSITION_WORDS = 8;

/**
 * "“We will not back down,” said Ann Lee, who said the plan would fail.": a relative clause with a verb of saying
 * right after a quotation's source is a second attribution by the same speaker, which the stretches beside the
 * quotation do not read (it opens with no subject of its own). Its source is the relative pronoun, as annotated
 * corpora mark it; the speaker refiner takes the pronoun's antecedent. The reported clause must have a verb of its
 * own unless "that" opens it ("who said nothing", "who added little" report nothing).
 */
function relativeAfterQuotation(text: string, s: Span, speech: readonly Draft[]): Found[] {
  const out: Found[] = [];
  for (const q of speech) {
    const source = q.attribution?.source;
    if (source === undefined || source.end <= q.end || source.end >= s.end) continue;
    const m = RELATIVE_SAYING_AFTER_SOURCE.exec(text.slice(source.end, s.end));
    const who = m?.indices?.[2];
    const verb = m?.indices?.[3];
    if (m === null || who === undefined || verb === undefined) continue;
    if (wordCountOf(text, { start: source.end, end: source.end + who[0] }) > MAX_RELATIVE_APPOSITION_WORDS) continue;
    // An apposition with a verb of its own is a clause ("…, said Lee, whose plan failed, who …" reads no further).
    if (m[1] && hasFiniteVerbBesidesPossessive(m[1])) continue;
    const reported = reportedClause(text, { start: source.end + m[0].length, end: s.end }, m[4] !== undefined);
    if (reported === undefined) continue;
    out.push({
      content: reported,
      attribution: {
        cue: { start: source.end + verb[0], end: source.end + verb[1] },
        source: { start: source.end + who[0], end: source.end + who[1] },
        rule: "cue:relative-after-quotation",
      },
      rule: "indirect:relative-after-quotation",
    });
  }
  return out;
}

/**
 * ", adding that …" right after a quotation's trailing attribution, with a short adjunct between at most (" on
 * Monday"): the participle of saying and an optional "that".
 */
const PARTICIPLE_AFTER_ATTRIBUTION = new RegExp(
  String.raw`^(?:\s+[^,;:"“”]{1,30}?)?,\s+(?:also\s+)?(${[...PARTICIPLES_OF_SAYING].join("|")})\s+(that\s+)?`,
  "du",
);

/**
 * "“We see no link,” the mayor said, adding that it would take hours to know more.": a participle of saying right
 * after a quotation's trailing attribution is a second attribution by the same source, which the stretches beside
 * the quotation do not read (it opens with no subject of its own). Without "that", the reported clause must have a
 * verb of its own ("…, adding 25,000 jobs" reports nothing); one that opens with a quotation is read by the
 * quotation rules.
 */
function participleAfterQuotation(text: string, s: Span, speech: readonly Draft[]): Found[] {
  const out: Found[] = [];
  for (const q of speech) {
    const source = q.attribution?.source;
    const cue = q.attribution?.cue;
    if (source === undefined || cue === undefined || source.start < q.end || cue.start < q.end) continue;
    const end = Math.max(source.end, cue.end);
    if (end >= s.end) continue;
    const m = PARTICIPLE_AFTER_ATTRIBUTION.exec(text.slice(end, s.end));
    const verb = m?.indices?.[1];
    if (m === null || verb === undefined) continue;
    const reported = reportedClause(text, { start: end + m[0].length, end: s.end }, m[2] !== undefined);
    if (reported === undefined) continue;
    out.push({
      content: reported,
      attribution: {
        cue: { start: end + verb[0], end: end + verb[1] },
        source,
        rule: "cue:participle-after-quotation",
      },
      rule: "indirect:participle-after-quotation",
    });
  }
  return out;
}

/** Fewest words a stretch beside a quotation needs to report anything ("he added that it would fade quickly"). */
const MIN_STRETCH_WORDS = 5;
/** Most words between a quotation's source and its cue for the two to be read as one attribution ("Smith, 24, said"). */
const MAX_SOURCE_TO_CUE_WORDS = 3;
/** A conjunction opening a stretch after a quotation ("…,” said Priebus, though he added that …"). */
const STRETCH_OPENING = /^[\s,;:—–-]*(?:(?:and|but|though|although|while|yet)\s+)?/i;
/** A conjunction that joins a new clause after a quotation and its attribution. */
const CLAUSE_JOIN =
  /^[\s,;:—–-]*(?:and|but|though|although|while|yet)\s+(?:\p{Lu}\p{L}*|he|she|they|we|i|it|the|a|an|his|her|their|its)\s/iu;
/** A participle or conjunction handing over to the quotation at a stretch's end ("…, Spicer said, adding,"). */
const STRETCH_CLOSING = /(?:,\s*(?:(?:also|then)\s+)?(?:\p{Ll}+ing|and|but)\s*)?[\s,;:—–-]*$/u;

/**
 * "Ryan and Trump will meet next week, Spicer said, adding, “They need to talk.”", "“It hurts,” said Priebus, though
 * he added that he expected the flap to fade quickly.": a sentence that holds a quotation in marks may report speech
 * beside it. The stretches of the sentence outside each quotation and its own attribution (its cue, and its source
 * when it stands by the cue) are read as sentences of their own; a source far from a colon cue ("But he said he was
 * too busy: “…”") stays in the stretch, since it is the reported clause's too.
 */
function stretchesBeside(text: string, s: Span, speech: readonly Draft[]): Stretch[] {
  const blocked = speech
    .map((q) => {
      let start = q.start;
      let end = q.end;
      while (start > s.start && /[\s"“‘'«„]/u.test(text[start - 1] ?? "")) start--;
      while (end < s.end && /[\s"”’'».,!?]/u.test(text[end] ?? "")) end++;
      const cue = q.attribution?.cue;
      const source = q.attribution?.source;
      if (cue) {
        start = Math.min(start, cue.start);
        end = Math.max(end, cue.end);
        // "…, the mayor said, adding, “…”": a verb of saying between them makes the source that verb's.
        const between =
          source === undefined
            ? undefined
            : source.end <= cue.start
              ? { start: source.end, end: cue.start }
              : { start: cue.end, end: source.start };
        const nearCue =
          between !== undefined &&
          wordCountOf(text, between) <= MAX_SOURCE_TO_CUE_WORDS &&
          !wordsOf(text, between).some((w) => STRONG_REPORTING_VERBS.has(w.text.toLowerCase()));
        if (source && nearCue) {
          start = Math.min(start, source.start);
          end = Math.max(end, source.end);
        }
      }
      // "…, the mayor said, adding, “…”": the quotation's cue is a participle that hands over from the stretch.
      const participle =
        cue !== undefined &&
        cue.start === start &&
        /^\p{Ll}+ing$/u.test(text.slice(cue.start, cue.end)) &&
        /^[\s,:]*["“‘'«„]/u.test(text.slice(cue.end, q.end));
      return { start, end, source, participle };
    })
    .sort((a, b) => a.start - b.start);
  const out: Stretch[] = [];
  let from = s.start;
  for (const b of [...blocked, { start: s.end, end: s.end, source: undefined, participle: false }]) {
    const raw = text.slice(from, b.start);
    // A stretch opens the sentence, or a clause joined after a quotation ("…,” said Priebus, though he added …);
    // the rest of a name's apposition (", 24, from Manchester, …") or an adjunct is no sentence of its own.
    // A stretch that holds the source of the quotation after it ("Trump told the Post in a statement: “…”") is that
    // quotation's introduction.
    const introduces = !b.participle && b.source !== undefined && b.source.start >= from && b.source.end <= b.start;
    if (b.start > from && !introduces && (from === s.start || CLAUSE_JOIN.test(raw))) {
      const lead = STRETCH_OPENING.exec(raw)?.[0].length ?? 0;
      const closing = STRETCH_CLOSING.exec(raw)?.[0] ?? "";
      const start = from + lead;
      const stretch = { start, end: Math.max(start, b.start - closing.length) };
      if (words(text, stretch) >= MIN_STRETCH_WORDS) {
        out.push({
          ...stretch,
          beside: true,
          handsOver: b.participle || /,\s*(?:(?:also|then)\s+)?\p{Ll}+ing\b/u.test(closing),
        });
      }
    }
    from = Math.max(from, b.end);
  }
  return out;
}

/** A stretch of a sentence read for reported speech, and how it stands to a quotation in marks beside it. */
interface Stretch extends Span {
  /** The sentence holds a quotation in marks, outside this stretch. */
  readonly beside: boolean;
  /** The stretch hands over to the quotation after it with a participle ("…, Spicer said, adding, “…”"). */
  readonly handsOver: boolean;
}

/** Marks a reported-speech draft read beside a quotation in marks, whose speaker does not take the floor. */
export const BESIDE_QUOTATION = "+beside-quotation";

/**
 * Whether an attribution read in a stretch beside a quotation stands. A trailing attribution at a stretch's end is
 * the introduction of the quotation after it ("After Clinton accused him of sexism, he warned: “…”"), unless a
 * participle hands over ("…, Spicer said, adding, “…”"); an attribution deep in the stretch is too often the same.
 * The source must read as one ("When told …" does not).
 */
function acceptedBeside(text: string, stretch: Stretch, found: Found): boolean {
  const source = found.attribution.source;
  if (source === undefined || !isPlausibleSource(text.slice(source.start, source.end))) return false;
  // A stance, a finding or a request beside a quotation ("Cruz had an answer when asked who …: “…”") is too often
  // the quotation's setting; only verbs of saying are read there.
  if (found.rule === "indirect:later-clause") return false;
  if (STANCE_RULE_NAMES.has(found.rule) && found.rule !== "indirect:participle-tail") return false;
  // "Trump told the Washington Post in a statement: “…”": what follows the verb must be a clause.
  if (!hasFiniteVerb(text, found.content)) return false;
  return found.rule !== "indirect:trailing-attribution" || stretch.handsOver;
}

/** A leading attribution counts as the sentence's own when its verb comes this early ("Smith said …"). */
const EARLY_VERB_WORDS = 8;
/** A second reporting clause joined to the first: "X said A, though she acknowledged B". */
const SECOND_CLAUSE = /,\s+(?:though|although|but|and|while|yet)\s+/gi;

interface Found {
  readonly content: Span;
  readonly attribution: Attribution;
  readonly rule: string;
}

const leading = INDIRECT_RULES.find((r) => r.name === "indirect:leading-attribution");
const trailing = INDIRECT_RULES.find((r) => r.name === "indirect:trailing-attribution");

/**
 * The attributions of one sentence. A sentence that opens with its source ("Smith said …") is read that way first,
 * and a second reporting clause inside its content is split off; otherwise the first rule in order that matches.
 */
function matchSentence(text: string, s: Span): Found[] {
  // ", writes X," read as a leading attribution would make the subject before it the source.
  const inside = parentheticalAttribution.match(text, s);
  if (inside) {
    // "…, said Ana Ruiz, director of the parks department.": an apposition or a relative clause after the name ends
    // the sentence, which the trailing rule reads with the content before the verb (when its tail is short enough).
    const rest = text.slice(inside.attribution.source?.end ?? s.end, s.end);
    const trailingFound =
      /^,\s+(?:who|whose)\s/i.test(rest) || !hasFiniteVerbBesidesPossessive(`it ${rest}`)
        ? trailing?.match(text, s)
        : undefined;
    if (trailingFound && words(text, trailingFound.content) >= MIN_CONTENT_WORDS)
      return [{ ...trailingFound, rule: "indirect:trailing-attribution" }];
    return [{ ...inside, rule: "indirect:parenthetical" }];
  }
  // ", he said," inside the sentence, read as a trailing or leading attribution, would cut the sentence in two.
  const within = insideAttribution.match(text, s);
  if (within) return [{ ...within, rule: insideAttribution.name }];
  const early = leading?.match(text, s);
  if (early && wordCountOf(text, { start: s.start, end: early.attribution.cue.start }) <= EARLY_VERB_WORDS) {
    for (const m of execAll(SECOND_CLAUSE, text.slice(early.content.start, early.content.end))) {
      const cut = early.content.start + (m.index ?? 0);
      const rest = { start: cut + m[0].length, end: s.end };
      const second = leading?.match(text, rest);
      if (second && wordCountOf(text, { start: rest.start, end: second.attribution.cue.start }) <= 3) {
        const first = { start: early.content.start, end: cut };
        if (words(text, first) < MIN_CONTENT_WORDS) break;
        return [
          { ...early, content: first, rule: "indirect:leading-attribution" },
          { ...second, rule: "indirect:second-clause" },
        ];
      }
    }
    const participle = participleInContent(text, { ...early, rule: "indirect:leading-attribution" });
    if (participle) return participle;
    return [{ ...early, rule: "indirect:leading-attribution" }];
  }
  for (const rule of INDIRECT_RULES) {
    // The leading-attribution rule was read above already; its answer for the sentence stands.
    const found = rule === leading ? early : rule.match(text, s);
    if (found && words(text, found.content) >= MIN_CONTENT_WORDS) {
      const before = rule.name === PARTICIPLE_TAIL ? stanceBeforeParticiple(text, s, found) : undefined;
      return before ? [before, { ...found, rule: rule.name }] : [{ ...found, rule: rule.name }];
    }
  }
  const later = laterClauseAttribution(text, s);
  return later ? [later] : [];
}

const PARTICIPLE_TAIL = "indirect:participle-tail";
/** The stance rules that may read the main clause before a participle of saying: demands, pledges, judgements. */
const STANCES_BEFORE_PARTICIPLE = INDIRECT_RULES.filter((r) =>
  ["indirect:call-for", "indirect:commitment-or-request", "indirect:evaluation"].includes(r.name),
);

/**
 * "The union called for a pay rise, saying nurses had waited long enough": a demand, a pledge or a judgement in the
 * main clause before a participle of saying is an attribution of its own, by the same source, besides the one the
 * participle opens; its content ends at the participle's comma.
 */
function stanceBeforeParticiple(text: string, s: Span, participle: { attribution: Attribution }): Found | undefined {
  const comma = text.lastIndexOf(",", participle.attribution.cue.start);
  if (comma <= s.start) return undefined;
  const main = { start: s.start, end: comma };
  for (const rule of STANCES_BEFORE_PARTICIPLE) {
    const found = rule.match(text, main);
    if (found && words(text, found.content) >= MIN_CONTENT_WORDS) return { ...found, rule: rule.name };
  }
  return undefined;
}

/** ", adding that …" inside a reported clause: a participle of saying and an optional "that". */
const PARTICIPLE_IN_CONTENT = new RegExp(
  String.raw`,\s+(?:also\s+)?(${[...PARTICIPLES_OF_SAYING].join("|")})\s+(that:?\s+)?`,
  "dgu",
);

/**
 * "The mayor said the bridge was safe, adding that repairs would start in May.": a participle of saying inside a
 * leading attribution's clause opens a second attribution by the same source; the first ends at its comma. The
 * second needs "that" or a verb of its own ("…, adding 25,000 jobs" reports nothing), and the first its own words.
 */
function participleInContent(text: string, early: Found): Found[] | undefined {
  const c = early.content;
  const stretch = text.slice(c.start, c.end);
  PARTICIPLE_IN_CONTENT.lastIndex = 0;
  for (let m = PARTICIPLE_IN_CONTENT.exec(stretch); m !== null; m = PARTICIPLE_IN_CONTENT.exec(stretch)) {
    const verb = m.indices?.[1];
    if (verb === undefined) continue;
    const first = { start: c.start, end: c.start + m.index };
    if (words(text, first) < MIN_CONTENT_WORDS) continue;
    const second = reportedClause(text, { start: c.start + m.index + m[0].length, end: c.end }, m[2] !== undefined);
    if (second === undefined) continue;
    const cue = { start: c.start + verb[0], end: c.start + verb[1] };
    return [
      { ...early, content: first, rule: "indirect:leading-attribution" },
      {
        content: second,
        attribution: { ...early.attribution, cue, rule: "cue:participle-after-attribution" },
        rule: "indirect:participle-after-attribution",
      },
    ];
  }
  return undefined;
}

/**
 * Where a second clause of a sentence may open with its own subject: after a colon, semicolon or dash, or after a
 * comma and a conjunction ("…, but Obama said he was not speaking only about Trump").
 */
const CLAUSE_OPENING = /(?:[:;]\s+|\s[—–]\s+|,\s+(?:but|and|while|yet|so|though|although|because|as)\s+)/gu;
/** A plain comma, which may open a clause too. */
const COMMA_SPACE = /,\s+/g;
/** A party and state tag ("D-N.Y.", "R-Ky."). */
const PARTY_TAG = /^\p{Lu}\.?-\p{Lu}/u;
/** A plain comma opens a clause whose verb stands this early ("Based on …, Sanders on Tuesday said …"). */
const EARLY_VERB_AFTER_COMMA_WORDS = 4;

/**
 * "… on Friday: Republicans said they're increasingly convinced …": when no rule reads the sentence as a whole, a
 * later clause that opens with its source and verb of saying is read as a sentence of its own.
 */
function laterClauseAttribution(text: string, s: Span): Found | undefined {
  // Each later clause is read by the leading rule, which needs a verb (`isVerbAt`) among the clause's words, which
  // are the sentence's words after the clause's opening (it follows white space): without a possible verb in the
  // sentence, no clause has one.
  if (!wordsOf(text, s).some(mayBeVerb)) return undefined;
  const stretch = text.slice(s.start, s.end);
  const openings = [
    ...execAll(CLAUSE_OPENING, stretch).map((m) => ({
      at: (m.index ?? 0) + m[0].length,
      reach: EARLY_VERB_WORDS,
    })),
    ...execAll(COMMA_SPACE, stretch).map((m) => ({
      at: (m.index ?? 0) + m[0].length,
      reach: EARLY_VERB_AFTER_COMMA_WORDS,
    })),
  ].sort((a, b) => a.at - b.at);
  for (const { at, reach } of openings) {
    const rest = { start: s.start + at, end: s.end };
    const found = leading?.match(text, rest);
    if (!found || wordCountOf(text, { start: rest.start, end: found.attribution.cue.start }) > reach) continue;
    // "…, Jerry Nadler, D-N.Y., said …": a party tag after a comma belongs to the name before it, and is no source.
    const source = found.attribution.source;
    if (source && PARTY_TAG.test(text.slice(source.start, source.end))) continue;
    // The clause must open with its source ("…; maintain the draw-down of arms" has none of its own), and the source
    // must read as one ("…, meanwhile, said" is an adverb).
    if (!source || text.slice(rest.start, source.start).trim() !== "") continue;
    if (!isPlausibleSource(text.slice(source.start, source.end))) continue;
    if (words(text, found.content) < MIN_CONTENT_WORDS) continue;
    // "…, he had conceded the race, as if it mattered": deep in a sentence, a verb with an object and no verb of its
    // own before the next comma is the clause's predicate; a reported clause opens with "that" or has a verb.
    const that = /\bthat\s*$/i.test(text.slice(found.attribution.cue.end, found.content.start));
    const comma = text.indexOf(",", found.content.start);
    const firstPart = {
      start: found.content.start,
      end: comma >= 0 && comma < found.content.end ? comma : found.content.end,
    };
    if (!that && !hasFiniteVerb(text, firstPart)) continue;
    return { ...found, rule: "indirect:later-clause" };
  }
  return undefined;
}
