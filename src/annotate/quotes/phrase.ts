/**
 * The shape of a source phrase: where it starts and stops beside a reporting verb ("Smith, a spokesman for the
 * campaign, said"; "said Smith, speaking …"), and the subject at the start of a sentence when the verb is a
 * participle or a colon ("Later, Trump attacked …, saying, “…”" → "Trump").
 */
import { execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { ROLE_NOUNS } from "../entities/lexicon.js";
import { isMajorPlaceName } from "../geo/mention-context.js";
import { hasFiniteVerb, hasVerbWord } from "./clause.js";
import { trim, type Word, wordCountOf, wordsOf } from "./context.js";
import { GENERIC_SOURCE_HEADS, LY_ADVERB, PHRASE_BREAKERS, REPORTING_VERBS } from "./lexicon.js";

/** A conjunction and sentence adverbs opening a segment ("but thankfully the narrator says"). */
const OPENING_CONJUNCTION = new RegExp(String.raw`^(?:(?:and|but|so|yet|or)\s+)?(?:${LY_ADVERB}\s+)*(?=\S)`, "iu");
/** Every "-ly" adverb, with the space before it. */
const ANY_LY_ADVERB = new RegExp(String.raw`\s*\b${LY_ADVERB}\b`, "gu");
/** "-ly" adverbs ending a phrase ("officials privately"). */
const TRAILING_LY_ADVERBS = new RegExp(String.raw`(?:\s+${LY_ADVERB})+$`, "u");

/** How far a source phrase may reach from its verb; longer stretches are clauses, not names or titles. */
const MAX_SOURCE_WORDS = 12;
/** Longest apposition after a short name ("Jo Roe, director of the Institute for Policy Integrity at New York University's law school,"). */
const MAX_APPOSITION_WORDS = 16;

/**
 * How a source phrase begins: a capital (a name or title), a determiner or a pronoun (a pronoun for people: "those
 * who were there", "others"), or a bare plural that often speaks ("officials said"). "…” to drive up the price and
 * your pay, Warren said" has none of these.
 */
const SOURCE_WORDS =
  /^(?:the|a|an|he|she|they|we|i|it|one|those|others|anyone|everyone|someone|some|many|several|most|other|another|his|her|their|its|our|my|both|all|two|three|four|top|senior|former|state|federal|county|city|officials|sources|critics|experts|analysts|aides|advisers|people|residents|witnesses|police|authorities|democrats|republicans|supporters|opponents|voters|lawmakers|senators|economists|investigators|prosecutors|researchers|scientists|observers|insiders|diplomats)\b/i;

// Kept apart from SOURCE_WORDS: under the `i` flag \p{Lu} would match lower-case letters too.
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/** The first word of a source phrase: a capital or digit, or one of SOURCE_WORDS. */
export const SOURCE_START = {
  test: (phrase: string): boolean => CAPITAL_OR_DIGIT.test(phrase) || SOURCE_WORDS.test(phrase),
};

/** A name of at most four capitalised words ("Carl", "Prince Ben", "Sen. Jo Collins"). */
function isShortName(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * "Jordanian Foreign Minister Ana Ruiz", "Deputy Mayor Jo Lee": a capitalised title (after at most a capitalised
 * nationality or office word) before a capitalised name, all in capitals, too long for isShortName. The title must
 * not be the last word, so "Foreign Minister" alone names nobody.
 */
function isTitledName(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return words.slice(0, -1).some((w) => ROLE_NOUNS.has(w.toLowerCase()));
}

/** How an apposition describing the name before it begins ("a spokesman for …", "her lawyer", "executive director of …"). */
const APPOSITION_START =
  /^(?:(?:a|an|the|its|his|her|their|our)\s|one\s+of\s|(?:(?:executive|managing|deputy|senior|vice|national|general|former|assistant|associate|co)[\s-]+)?(?:chair|chairman|chairwoman|co-chair|president|director|head|leader|chief|founder|co-founder|spokesman|spokeswoman|spokesperson|member|secretary|editor|professor|author|executive)\s+(?:of|for|at)\s)/i;

/** Words that cannot stand in a title before a name: function words and verb forms. */
const TITLE_LEAD_BREAKERS =
  /^(?:the|a|an|by|of|at|in|on|for|with|from|to|and|or|but|as|that|who|which|is|was|are|were|has|had|\p{L}+ed|\p{L}+ing)$/u;

/** Most words of a name closing a longer segment ("Dr. Silvia S. Martins"). */
const MAX_TRAILING_NAME_WORDS = 5;

/**
 * The run of capitalised words (two or more) closing a segment of lower-case words: "Senior author Dr. Ann Lee" →
 * "Dr. Ann Lee". Undefined when the segment does not end in such a name.
 */
function trailingName(text: string, segment: Span): Span | undefined {
  const ws = wordsOf(text, segment);
  let i = ws.length;
  while (i > 0 && /^\p{Lu}/u.test(ws[i - 1]?.text ?? "")) i--;
  const run = ws.length - i;
  if (run < 2 || run > MAX_TRAILING_NAME_WORDS || i === 0) return undefined;
  // "first disclosed by the Aspen Times": a name after a preposition, an article or a verb form is an object, not a
  // titled name ("Senior author Dr. Ann Lee").
  const lead = ws.slice(0, i).map((w) => w.text.toLowerCase());
  if (lead.some((w) => TITLE_LEAD_BREAKERS.test(w))) return undefined;
  return { start: ws[i]?.start ?? segment.start, end: segment.end };
}

/** Conjunctions and adverbs that begin a clause, not a source ("Yet", "And", "To which she"). */
const NOT_A_SOURCE_START =
  /^(?:yet|and|but|or|so|to|which|that|then(?!-)|also|repeatedly|later|once|now|not|after|before|when|while|if|as|because|since|although|though|are|is|was|were|do|does|did|have|has|had|would|can|could|should|shall|must|what|why|how|where)\b/i;

/** A capitalised participle and a lower-case word open a participial phrase ("Meeting with world leaders, he …"). */
const PARTICIPLE_PHRASE = /^\p{Lu}\p{Ll}+ing\s+\p{Ll}/u;

/** A participle opens a clause ("treating her remark as …"); case-sensitive, so the name "King" is not one. */
const PARTICIPLE_START = /^\p{Ll}+ing\b/u;

/** "party leaders", "company officials": a short lower-case phrase headed by a noun for people who speak. */
export function isGenericPeoplePhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  return words.length <= 3 && PEOPLE_HEADS.has(words.at(-1) ?? "") && /^\p{Ll}/u.test(phrase);
}

/**
 * "committee spokesman Ali Ahmad", "head veterinarian Jo Lee", "then-candidate Obama", "committee Chairman Tom
 * Price": a lower-case description of one to four words, then a capitalised name. The description must end in a noun
 * for a person (a role noun, or an agent noun such as "researcher", "protester", "entrepreneur") unless the name
 * opens with a title, so that "late Sunday Trump", "to battle Dem" or "you know I'm" are not taken for one.
 */
const DESCRIBED_NAME =
  /^((?:\p{Ll}[\p{Ll}'’-]*\s+){0,3})(\p{Ll}[\p{Ll}-]*)\s+(\p{Lu}[\p{Ll}.'’][\p{L}.'’-]*(?:\s+(?:(?:van|von|de|del|der|da|di|du|la|le|bin|ibn|al)\s+)?\p{Lu}[\p{L}.'’-]*){0,3})$/u;

/** An affiliation closing a source phrase: " of NASA's laboratory", " at Yale", " from the bank". */
const TRAILING_AFFILIATION = /\s+(?:of|at|from|with)\s+\S.*$/su;

/** Endings of agent nouns: "researcher", "organizer", "activist", "veterinarian", "entrepreneur", "chairman". */
const AGENT_NOUN_ENDING = /(?:er|or|ist|ian|ant|ent|eur|man|woman|person)$/;

/** People nouns without an agent ending: kin, and roles that news copy puts before a name ("cousin Eric Davis"). */
const PERSON_NOUNS = new Set(
  "cousin aunt uncle brother sister son wife husband widow widower niece nephew friend fan astronaut pilot nurse student coach chef aide guard judge victim user rep candidate nominee host star icon".split(
    " ",
  ),
);

/** Words with those endings that are not people, and function words that cannot stand in a description. */
const NOT_IN_DESCRIPTION = new Set(
  "and but or so yet to as at by in on for from with of that which who what when while if because since although though is are was were be been has have had do does did will would can could should may might must not also then than after before about into over under the a an other either whether never ever however rather together further later earlier sooner per percent went sent spent meant want late early come last next this mid".split(
    " ",
  ),
);

/** Abbreviated titles that open a name ("state Sen. Jo Lee"); spelt-out ones are read as role or agent nouns. */
const ABBREVIATED_TITLE = /^(?:Sen|Rep|Gov|Gen|Dr|Lt|Col|Sgt|Adm|Capt)\.$/;

/** "Chairman", "Administrator", "Sen.": a capitalised title opening the name ("agency Administrator Gina McCarthy"). */
function isTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return ABBREVIATED_TITLE.test(word) || ROLE_NOUNS.has(lower) || AGENT_NOUN_ENDING.test(lower);
}

/** A lower-case word that names a kind of person ("spokesman", "then-candidate", "cousin"). */
function isPersonNoun(word: string): boolean {
  const head = word.replace(/^(?:then|ex|former)-/, "");
  return ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head) || AGENT_NOUN_ENDING.test(head);
}

/** Months and weekdays look like names after a description ("come June"). */
const CALENDAR_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

function isDescribedName(phrase: string): boolean {
  // "planetary geologist Ann Lee of the Space Institute", "economist Jo Roe at Yale": an affiliation after the name
  // does not change what the phrase is.
  const m = DESCRIBED_NAME.exec(phrase) ?? DESCRIBED_NAME.exec(phrase.replace(TRAILING_AFFILIATION, ""));
  if (!m?.[2] || !m[3] || CALENDAR_NAME.test(m[3])) return false;
  const words = [...(m[1] ?? "").trim().split(/\s+/).filter(Boolean), m[2]];
  if (words.some((w) => NOT_IN_DESCRIPTION.has(w) || /ly$|ing$/.test(w))) return false;
  return isPersonNoun(m[2]) || isTitle(m[3].split(/\s+/)[0] ?? "");
}

/** Plural nouns for people who speak as a group, besides those in SOURCE_WORDS. */
const PEOPLE_HEADS = new Set([
  ...GENERIC_SOURCE_HEADS,
  "leaders",
  "members",
  "organizers",
  "officers",
  "executives",
  "activists",
  "protesters",
  "workers",
  "scientists",
  "doctors",
  "economists",
  "forecasters",
  "traders",
  "negotiators",
  "commanders",
  "ministers",
  "senators",
  "aides",
  "strategists",
  "historians",
  "scholars",
  "consultants",
  "staffers",
  "republicans",
  "democrats",
  "volunteers",
  "nurses",
  "teachers",
  "students",
  "parents",
  "employees",
  "farmers",
  "veterans",
  "lawyers",
  "attorneys",
]);

/** A source phrase starts like a noun phrase and not like a clause, and holds no quotation mark. */
export function isPlausibleSource(phrase: string): boolean {
  return (
    (SOURCE_START.test(phrase) || isGenericPeoplePhrase(phrase) || isDescribedName(phrase)) &&
    !NOT_A_SOURCE_START.test(phrase) &&
    !PARTICIPLE_START.test(phrase) &&
    !/["“”«»]|''/.test(phrase)
  );
}

/**
 * Bodies of people that speak through a spokesperson ("the union threatened to strike", "the board vowed …"): a
 * lower-case head that can make a threat or a promise, as a person can.
 */
const SPEAKING_BODIES = new Set(
  "administration government council board party group committee agency city state country nation campaign firm company companies department ministry court team league coalition bank network union unions school university district commission organization organisation association federation regime army military police church family management side movement caucus senate house congress parliament legislature assembly cabinet office authority authorities body club lobby industry owner owners others some many several both all each".split(
    " ",
  ),
);
/** "-er" and "-or" nouns for things, not agents: "a court order", "the border", "the disaster". */
const NOT_AGENT_NOUNS = new Set(
  "order border disaster matter number power water weather center centre sector factor error paper letter winter summer corner layer barrier danger anger fever cancer chapter".split(
    " ",
  ),
);
/** A quantity before "of" whose noun is the head ("a number of GOP senators", "dozens of residents"). */
const QUANTITY_OF =
  /^(?:(?:a|an|the)\s+)?(?:\p{Ll}+\s+)?(?:number|dozen|dozens|handful|majority|minority|couple|lot|lots|group|pair|host|few|hundreds|thousands|millions|some|many|most|all|several|one|two|three)\s+of\s+(?:the\s+)?/iu;
/** A modifier after a source's head: a preposition's phrase or a participle's ("a U.S. order banning …"). */
const HEAD_MODIFIER = /\s+(?:(?:of|from|at|in|on|for|with|against|over|about|by)\s|\p{Ll}+ing\s).*$/su;

/**
 * Whether a source phrase names someone who can speak: a name, a pronoun for people, or a head noun for a person
 * or a body of people ("the senators", "the union", "critics of the law"). "The controversy", "the roof" and "their
 * differences" cannot: "the controversy threatens to undermine …" reports nobody's words.
 */
export function namesSpeaker(phrase: string): boolean {
  const head = (phrase.replace(QUANTITY_OF, "").replace(HEAD_MODIFIER, "").trim().split(/\s+/).at(-1) ?? "").replace(
    /['’]s?$/u,
    "",
  );
  const lower = head.toLowerCase();
  // "It threatens to upend …": a capital opening the sentence makes no name of a pronoun.
  if (/^(?:it|this|that|these|those|which|what)$/.test(lower)) return false;
  if (/^\p{Lu}/u.test(head)) return true;
  if (/^(?:he|she|they|we|i|you|who)$/.test(lower)) return true;
  const singular = lower.replace(/(?<=[^s])s$/, "");
  if (PEOPLE_HEADS.has(lower) || SPEAKING_BODIES.has(lower) || SPEAKING_BODIES.has(singular)) return true;
  // "encroachment", "government's statement": "-ment" ends no agent noun, unlike "-ent" ("president", "agent").
  if (NOT_AGENT_NOUNS.has(singular) || singular.endsWith("ment")) return false;
  return isPersonNoun(lower) || isPersonNoun(singular);
}

/** Words that end a determiner-led subject: auxiliaries and the verbs that follow a subject in news copy. */
const SUBJECT_ENDS = new Set([
  "is",
  "was",
  "are",
  "were",
  "has",
  "had",
  "have",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "did",
  "does",
  "do",
  "should",
  "must",
]);

/** Longest determiner-led subject ("The nonpartisan debate commission"). */
const MAX_DESCRIPTION_WORDS = 5;

/** "The ad uses …" → "The ad": a determiner and the words of its noun phrase, up to the first verb-like word. */
function descriptionLength(words: readonly Word[], longest = MAX_DESCRIPTION_WORDS, verbless = false): number {
  let n = 1;
  while (n < words.length && n < longest) {
    const w = (words[n]?.text ?? "").toLowerCase();
    if (
      SUBJECT_ENDS.has(w) ||
      REPORTING_VERBS.has(w) ||
      // "The ad uses …", "the agency blocked …": a plural-looking or -ed word after two words is the verb, unless
      // the phrase has none.
      (!verbless && n >= 2 && /[^s]s$|ed$/.test(w) && !/^\p{Lu}/u.test(words[n]?.text ?? ""))
    )
      break;
    n++;
  }
  return n;
}

/** An apposition opened by an article or a possessive name and a lower-case noun ("the mayor", "Roe’s rival"). */
const APPOSITION_AFTER_NAME = /^(?:(?:[Aa]n?|[Tt]he)\s|\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?['’]s\s+\p{Ll})/u;

/** Longest lower-case title between a possessive and a name ("campaign press secretary"). */
const MAX_POSSESSIVE_TITLE_WORDS = 3;
/** Longest name after such a title. */
const MAX_TITLED_NAME_WORDS = 3;

/**
 * The words of a subject whose first `n` words end in a possessive: through a lower-case title and the name after it
 * ("Ann Lee’s campaign manager Jo Roe"), or through one lower-case noun before the verb ("Ann Lee’s lawyer spoke").
 */
function possessiveTitledName(words: readonly Word[], n: number): number {
  let k = n;
  while (
    k < words.length &&
    k < n + MAX_POSSESSIVE_TITLE_WORDS &&
    /^\p{Ll}+$/u.test(words[k]?.text ?? "") &&
    !REPORTING_VERBS.has(words[k]?.text ?? "") &&
    !SUBJECT_ENDS.has(words[k]?.text ?? "")
  )
    k++;
  let m = k;
  while (m < words.length && m < k + MAX_TITLED_NAME_WORDS && /^\p{Lu}\p{Ll}/u.test(words[m]?.text ?? "")) m++;
  if (k > n && m > k) return m;
  // "Ann Lee’s lawyer spoke …": one lower-case noun before the verb is the head the possessive qualifies.
  return k === n + 1 && /^\p{Ll}/u.test(words[k]?.text ?? "") ? k : n;
}

/** Small words a multi-word name or title keeps ("the Secretary of State", "Ministry for Foreign Affairs"). */
const NAME_GLUE = new Set(["the", "a", "an", "of", "for", "and", "de", "van", "von", "der", "la", "le", "al"]);

/** A segment followed by another with words in it: an apposition or an aside follows, so it holds no verb. */
function closedByComma(segments: readonly Span[], at: number): boolean {
  const next = segments[at + 1];
  return next !== undefined && next.end > next.start && at + 1 < segments.length - 1;
}

/** Longest subject we take from the start of a sentence. */
const MAX_SUBJECT_WORDS = 8;

/**
 * The subject at the start of a clause: the first comma segment that is not an adverbial, cut to its leading
 * name-like run ("Later in the day, Trump attacked …" → "Trump"), with a following apposition ("Dean, a former …,").
 */
/** Adverbs that may open a sentence before its subject and focus it: "Even", "Only", "Just". */
const FOCUS_ADVERB = /^(?:even|only|just|perhaps|maybe|indeed|still)$/i;
/** A personal pronoun with a contracted auxiliary ("He's", "They've", "She'd"); the pronoun is the first group. */
const CONTRACTED_PRONOUN = /^(he|she|they|we|i|you)['’](?:s|d|ve|re|ll|m)$/i;

export function subjectAtStart(text: string, clause: Span): Span | undefined {
  const segments: Span[] = [];
  let from = clause.start;
  for (const m of execAll(/,\s*/g, text.slice(clause.start, clause.end))) {
    segments.push(trim(text, { start: from, end: clause.start + (m.index ?? 0) }));
    from = clause.start + (m.index ?? 0) + m[0].length;
  }
  segments.push(trim(text, { start: from, end: clause.end }));
  const at = segments.findIndex(
    (seg) =>
      seg.end > seg.start &&
      !ADVERBIAL_OPENERS.test(text.slice(seg.start, seg.end)) &&
      !TIME_SEGMENT.test(text.slice(seg.start, seg.end)) &&
      !PARTICIPLE_PHRASE.test(text.slice(seg.start, seg.end)) &&
      !/^\p{N}/u.test(text.slice(seg.start, seg.end)),
  );
  const seg = segments[at];
  if (seg === undefined) return undefined;
  // "Even some conservatives like Makin are warning": a focus adverb before the subject is not part of it.
  const all = wordsOf(text, seg);
  const words = all.length > 1 && FOCUS_ADVERB.test(all[0]?.text ?? "") ? all.slice(1) : all;
  // "He's also spoken out on taxes, calling for …": a subject pronoun with its auxiliary contracted onto it is the
  // whole subject; the words after it are the predicate.
  const contracted = CONTRACTED_PRONOUN.exec(words[0]?.text ?? "");
  if (contracted?.[1] && words[0]) return { start: words[0].start, end: words[0].start + contracted[1].length };
  let n = 0;
  while (
    n < words.length &&
    n < MAX_SUBJECT_WORDS &&
    (/^\p{Lu}/u.test(words[n]?.text ?? "") || NAME_GLUE.has((words[n]?.text ?? "").toLowerCase()))
  )
    n++;
  while (n > 0 && NAME_GLUE.has((words[n - 1]?.text ?? "").toLowerCase())) n--;
  // "Ann Lee’s campaign manager Jo Roe said …": a possessive name, a lower-case title after it and the name that
  // title describes are one subject.
  if (n > 0 && /\p{L}['’]s$/u.test(words[n - 1]?.text ?? "")) n = possessiveTitledName(words, n);
  // "Top organizers", "Many residents": a capitalised opener that is a common source word heads a lower-case phrase.
  if (
    n === 1 &&
    SOURCE_WORDS.test(words[0]?.text ?? "") &&
    // "Those cheering the vote", "Everyone in politics": a pronoun's qualifier is no noun phrase to read on.
    !/^(?:he|she|they|we|i|it|one|those|others|anyone|everyone|someone)$/i.test(words[0]?.text ?? "") &&
    /^\p{Ll}/u.test(words[1]?.text ?? "")
  )
    n = descriptionLength(words);
  // A segment that a comma closes is the whole noun phrase ("A group of 50 senior national security officials, all
  // alums of …,"), so it may run longer than one that runs on into its verb.
  // "A New York judge has rejected …": a capitalised determiner and a name used as a modifier head a lower-case
  // noun, which belongs to the subject.
  if (
    n > 1 &&
    n < words.length &&
    /^(?:the|a|an)$/i.test(words[0]?.text ?? "") &&
    /^\p{Ll}/u.test(words[n]?.text ?? "") &&
    descriptionLength(words) > n
  ) {
    n = descriptionLength(words);
    // "The GOP nominee later attacked": an adverb before the verb is no part of the subject.
    while (
      n > 1 &&
      /^(?:later|also|then|now|again|still|once|recently|since|\p{Ll}+ly)$/u.test(words[n - 1]?.text ?? "")
    )
      n--;
  }
  if (n === 0 && /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my)$/i.test(words[0]?.text ?? ""))
    n = closedByComma(segments, at) ? descriptionLength(words, MAX_SOURCE_WORDS, true) : descriptionLength(words);
  // "he previewed his defense: …": a subject pronoun is the whole subject.
  if (n === 0 && /^(?:he|she|they|we|i|it)$/i.test(words[0]?.text ?? "")) n = 1;
  const last = words[Math.max(0, n - 1)];
  const firstWord = words[0];
  if (firstWord === undefined || last === undefined) return undefined;
  let span: Span = {
    start: firstWord.start,
    end: n > 0 ? last.end : (words[Math.min(descriptionLength(words, 3), words.length) - 1]?.end ?? last.end),
  };
  const next = segments[at + 1];
  if (
    next &&
    n === words.length &&
    // "Jo Roe, the mayor’s rival, …", "Jo Roe, Ann Lee’s opponent in the race, …": an apposition describes the name.
    APPOSITION_AFTER_NAME.test(text.slice(next.start, next.end)) &&
    wordCountOf(text, next) <= MAX_SOURCE_WORDS
  ) {
    span = { start: span.start, end: next.end };
  }
  return isPlausibleSource(text.slice(span.start, span.end)) ? span : undefined;
}

/**
 * Words that open an adverbial segment before the subject ("In a statement, …", "Speaking to reporters, …"), and
 * adverbs that stand as a segment of their own ("Outside, a crowd chanted …", "Separately, …").
 */
const ADVERBIAL_OPENERS =
  /^(?:amid|despite|following|throughout|(?:around|across|among|toward|towards|until|upon|without|within)\s+(?:the|a|an|this|that|these|those|his|her|its|their)|in|at|on|during|after|before|speaking|writing|asked|when|while|since|earlier|later|meanwhile|however|still|yet|also|now|then|today|yesterday|last|this|for|with|by|from|as|but|and|so|over|under|through)\b|^(?:oh|well|yes|okay|ok|look|sure|alas|outside|inside|here|there|elsewhere|nearby|abroad|instead|indeed|again|though|too|monday|tuesday|wednesday|thursday|friday|saturday|sunday|first|second|third|finally|moreover|besides|nevertheless|nonetheless|afterwards?|online|overall|separately|similarly|ultimately|eventually|initially|originally|recently|previously|currently|additionally|frankly|honestly|unfortunately|fortunately|interestingly|notably|importantly|specifically|privately|publicly|officially|reportedly|apparently|clearly|obviously|understandably|predictably|tellingly|inevitably)$/iu;

/** A segment that ends as a time adjunct does: "Eight years later", "Two days ago". */
const ENDS_AS_TIME = /\b(?:later|earlier|ago|afterwards?)$/i;

/** An adverbial segment, which is never the name an apposition after it describes ("Eight years later, the …"). */
const isAdverbial = (segment: string): boolean => ADVERBIAL_OPENERS.test(segment) || ENDS_AS_TIME.test(segment);

/** A day or a relative time closing a source phrase: "on Monday", "last week", "Tuesday night", "earlier today". */
const TRAILING_TIME =
  /\s+(?:(?:on|late|early)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight|(?:earlier|later)\s+(?:today|this\s+\w+)|(?:last|this)\s+(?:week|month|year|weekend))$/i;

/** A segment that only says when: "Eight years ago", "Two weeks later", "Months earlier". */
const TIME_SEGMENT = /^[\p{L}\p{N}\s-]{1,30}\b(?:ago|later|earlier)$/iu;

/**
 * A conjunction opening the clause whose subject is the source ("as Mr. Bown observed", "as she put it",
 * "…, when Sanders said:").
 */
const AS_CLAUSE = /^(?:as|when|while|after|before|because|since|until|once|where)\s+(?=\S)/i;

/**
 * "who" alone (with adverbs) as a verb's subject: ", who added", ", who also said". Not "which": in "a complaint
 * against China, which alleges" it stands for the whole phrase, not the name closing it.
 */
const RELATIVE_SUBJECT =
  /^who(?:\s+\p{Ll}+ly|\s+(?:also|later|then|once|since|previously)|\s+(?:in|during)\s+(?:\d{4}|the\s+past)|\s+(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at\s+the\s+time|years?\s+ago))*$/iu;
/**
 * A lower-case word that is no preposition or determiner (the clause's verb: "said", "told"), then a capitalised
 * name of up to four words closing the clause; "Sen. Jeff Flake of Arizona, who said" is about Flake, not Arizona.
 */
const NAME_CLOSING_CLAUSE =
  /(?:^|\s)(?!(?:of|from|in|at|for|by|to|with|and|or|the|a|an|on|about|into|over|under|than|as|like)\s)\p{Ll}+\s((?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}'’-]+)$/u;

/**
 * An aside between a name and the relative clause on it: an apposition ("the former chair of the panel"), one that
 * says when ("then the ranking member", "now the majority leader"), a party tag or a parenthetical.
 */
const ASIDE_START = /^(?:then|now|until\s+recently|at\s+the\s+time|formerly)\s+(?:the|a|an|his|her|their)\s/i;
/** Most asides read back over between a relative clause and the name it describes ("R-Ohio, the former chair"). */
const MAX_ASIDES = 2;
/** A name with its titles and its place: "Republican Rep. Jo Kim of Ohio", "Senator Ana Ruiz". */
const NAME_WITH_PLACE =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?$/u;

/**
 * relativePastAside: "praise from Rep. Jo Kim of Ohio, the former chair of the panel, who called it …", "Ana Ruiz,
 * then the ranking member, who in 2019 said …": a relative "who" after an aside describes the name before the aside,
 * which speaks, not the aside's own nouns ("the panel"). The name is the segment before the asides when it is a name,
 * else the noun phrase closing that segment. Undefined when no aside stands between.
 */
function relativePastAside(text: string, parts: readonly Span[], i: number): Span | undefined {
  let j = i - 1;
  const isAside = (s: Span): boolean => {
    const segment = text.slice(s.start, s.end);
    return (
      (APPOSITION_START.test(segment) || ASIDE_START.test(segment) || PARTY_TAG_SEGMENT.test(segment)) &&
      wordCountOf(text, s) <= MAX_APPOSITION_WORDS
    );
  };
  while (j > 0 && i - 1 - j < MAX_ASIDES && isAside(parts[j] as Span)) j--;
  const named = parts[j];
  if (j === i - 1 || named === undefined) return undefined;
  const skip = OPENING_CONJUNCTION.exec(text.slice(named.start, named.end))?.[0].length ?? 0;
  const phrase = { start: named.start + skip, end: named.end };
  const segment = text.slice(phrase.start, phrase.end);
  if (
    !isAdverbial(segment) &&
    isPlausibleSource(segment) &&
    (NAME_WITH_PLACE.test(segment) || isDescribedName(segment))
  )
    return phrase;
  // "The plan drew praise from Jo Kim": the noun phrase closing a longer segment, read back to a verb or a preposition.
  return closingNounPhrase(text, wordsOf(text, phrase));
}

/** Words that open a relative clause set off by commas. */
const RELATIVE_OPENERS = /^(?:who|whom|whose|which|where)\b/i;

/**
 * A reduced relative clause: a past participle and the preposition or infinitive it takes ("scheduled to run from
 * noon to midnight", "based in Ohio", "known as the Hill"). Between commas after a noun it describes that noun, as
 * a relative clause does, and is never the source: the words inside it (a time, a place) are not the speaker.
 */
const REDUCED_RELATIVE =
  /^(?:\p{Ll}+ed|known|born|held|run|set|led|built|made|seen|shown|written|given|taken|founded|owned)\s+(?:to|in|as|at|by|from|for|with|on|under|near|until)\s/u;

/** Auxiliaries and adverbs that sit between a subject and its verb ("Clinton has not", "Trump once"). */
const TRAILING_AUX =
  /(?:\s+(?:has|had|have|is|was|were|are|been|not|never|once|now|also|later|then|did|does|do|would|will|could|can|should|must|shall|may|might|previously|repeatedly|recently|since|again|still|often|always|just|even|already|ever|too|both|all|each|instead|(?:won|wouldn|can|couldn|didn|doesn|don|isn|wasn|aren|weren|hasn|haven|hadn|shouldn|mustn)['’]t))+$/i;
/**
 * A subject pronoun ending a source phrase, after other words ("means she"): the pronoun alone is the subject.
 * Not one of a pair ("officials he or she spoke with").
 */
const FINAL_SUBJECT_PRONOUN = /(?<!\s(?:or|and))\s(?:he|she|they|we|I|you|it)$/i;

/** A politician's party and state standing for the name before them: "R-Ky.", "D-N.Y.", "R) of Wisconsin". */
const PARTY_TAG_SEGMENT =
  /^(?:[DRI]-[\p{L}.]+(?:\s\p{Lu}[\p{L}.]*)?|[DRI]\)?\s+(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?|(?:Republican|Democrat|Independent|independent)\s+(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)$/u;

/**
 * A verb joined by "but", "and" or "yet" to an earlier predicate, with any auxiliaries and adverbs between ("…, and
 * have also said"): its subject is the clause's.
 */
const SHARED_SUBJECT_VERB = new RegExp(`\\b(?:but|and|yet)${TRAILING_AUX.source.slice(0, -2)}*\\s*$`, "i");

/**
 * sharedSubjectAfterAdverbial: "The union objected -- but at the same time conceded …", "and in a letter
 * said …": a lower-case adverbial between the conjunction and the verb is no subject; the verb shares the subject of
 * the predicate before.
 */
const SHARED_SUBJECT_AFTER_ADVERBIAL =
  /\b(?:but|and|yet)\s+(?:then|later|also|still|now|again|separately|(?:at|in|on|by|with|after|for)\s+(?:[\p{Ll}\d]+\s+){0,3}[\p{Ll}\d]+)\s*,?\s*$/u;

/** A comma, then auxiliaries and adverbs at most, right before a verb: the next predicate of a list ("…, has called"). */
const LISTED_PREDICATE = new RegExp(`,${TRAILING_AUX.source.slice(0, -2)}*\\s*$`, "i");
/** What opens a source after its verb: a capital or a determiner ("…, said Ann Lee", "…, said the mayor"). */
const INVERTED_SOURCE_AFTER = /^\s*\S+\s+(?:\p{Lu}|(?:the|a|an|his|her|their|its|our)\s)/u;

/** A form of "be" and a participle: a passive predicate, whose subject is acted on ("was handed", "be blamed"). */
const PASSIVE_PREDICATE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u;
/** Adverbs between a subject and its verb ("Trump also praised"). */
const ADVERB_AFTER_SUBJECT = /^(?:also|then|later|now|again|still|even|\p{Ll}+ly)$/u;

/**
 * listedPredicate: "She backed the levy in Dover, has called for more buses …": a verb after a comma, with only
 * auxiliaries and adverbs between, is the next predicate of a list whose subject opens the clause, when the segment
 * before the comma is that subject and its finite verb ("Huckabee thanked the crowd, told them …"). Not when that
 * segment is passive ("They were handed a memo, told …" were told) or holds a relative clause, nor when the word
 * after the subject is a participle with a preposition ("The method used in the study, said …" describes a noun).
 * With nothing between the comma and the verb, a capital or a determiner after the verb makes it an inverted
 * attribution instead ("The plan failed, said the mayor").
 */
function listedPredicateSubject(text: string, from: number, verbAt: number): Span | undefined {
  const stretch = text.slice(from, verbAt);
  const listed = LISTED_PREDICATE.exec(stretch);
  if (listed === null) return undefined;
  if (listed[0].trim() === "," && INVERTED_SOURCE_AFTER.test(text.slice(verbAt, verbAt + 60))) return undefined;
  const comma = from + listed.index;
  const opening = Math.max(...execAll(/[,;:—–(]/g, text.slice(from, comma)).map((m) => (m.index ?? 0) + 1), 0);
  const previous = trim(text, { start: from + opening, end: comma });
  const subject = subjectAtStart(text, { start: from, end: comma });
  if (subject === undefined || subject.start !== previous.start || subject.end >= previous.end) return undefined;
  const predicate = text.slice(subject.end, previous.end);
  if (PASSIVE_PREDICATE.test(predicate) || /\b(?:who|whom|whose|which)\b/i.test(predicate)) return undefined;
  const words = wordsOf(text, { start: subject.end, end: previous.end });
  const verb = words.find((w) => !ADVERB_AFTER_SUBJECT.test(w.text));
  if (verb === undefined || REDUCED_RELATIVE.test(`${text.slice(verb.start, previous.end)} `)) return undefined;
  const present = PRESENT_FORM.test(verb.text);
  if (!present && !/^\p{Ll}+ed$/u.test(verb.text) && !hasFiniteVerb(text, verb)) return undefined;
  if (listed[0].trim() !== ",") return subject;
  // With no auxiliary to share, the two verbs agree in tense ("blasts the probe, says", "thanked the crowd, told"):
  // "Party operatives, worried that …" has a plural noun, not a verb, before its participle.
  const listedPresent = PRESENT_FORM.test(/^\S+/.exec(text.slice(verbAt))?.[0] ?? "");
  return listedPresent === present || /^ha(?:s|ve)$/i.test(verb.text) ? subject : undefined;
}

/** A verb in the present tense: a form of "be", "have" or "do", or an -s form ("says", "praises"). */
const PRESENT_FORM = /^(?:is|are|am|has|have|does|do|\p{Ll}+[^s'’\W]s)$/u;

/** "Brown, whom police have said …", "what it said were …": the subject after an object relative pronoun. */
const OBJECT_RELATIVE = /^(?:whom|which|what)\s+(?=\S)/i;

/**
 * "that" or "which" and a noun for people or a name right before the verb: "a vote on the bill that critics said would
 * …" — whether the clause is relative or a complement, its subject is the verb's, whatever opens the sentence.
 */
const THAT_SUBJECT =
  /\b(?:that|which)\s+(?!(?:while|when|if|as|because|since|although|though|after|before|until|unless|once|where|whether)\b)((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2})\s*$/iu;

/**
 * A source phrase read leftwards from just before `verbAt`: the noun after "that" right before the verb
 * (THAT_SUBJECT), else the last comma segment that is not an adverbial.
 */
export function sourceBefore(text: string, from: number, verbAt: number): Span | undefined {
  const stretch = text.slice(from, verbAt);
  const that = THAT_SUBJECT.exec(stretch);
  const phrase = that?.[1];
  if (that && phrase && (isGenericPeoplePhrase(phrase) || isShortName(phrase))) {
    const start = from + that.index + that[0].lastIndexOf(phrase);
    return { start, end: start + phrase.length };
  }
  // "The freshmen, who …, risk their seats but said …": a verb joined by "but" or "and" to an earlier predicate
  // shares that predicate's subject, at the start of the clause.
  if (SHARED_SUBJECT_VERB.test(stretch) || SHARED_SUBJECT_AFTER_ADVERBIAL.test(stretch)) {
    const subject = subjectAtStart(text, { start: from, end: verbAt });
    if (subject) return subject;
  }
  const listed = listedPredicateSubject(text, from, verbAt);
  if (listed) return listed;
  const segments: Span[] = [];
  let start = 0;
  // "… on Friday: Republicans said": a colon closes the clause before the source, as a semicolon does.
  for (const m of execAll(/[,;:—–(]|\s-\s/g, stretch)) {
    segments.push({ start: from + start, end: from + (m.index ?? 0) });
    start = (m.index ?? 0) + m[0].length;
  }
  segments.push({ start: from + start, end: verbAt });
  const parts = segments.map((s) => trim(text, s)).filter((s) => s.end > s.start);
  for (let i = parts.length - 1; i >= 0; i--) {
    const whole = parts[i];
    if (whole === undefined) continue;
    // The segment before this one: the name an apposition or a relative clause here describes.
    // A parenthetical segment ("(D-Md.)") belongs to the name before it: "Rep. Ann Lee (D-Md.), chair of …".
    const segmentBefore = parts[i - 1];
    const named = parts[i - 2];
    const before =
      segmentBefore && named && /^[^()]*\)$/.test(text.slice(segmentBefore.start, segmentBefore.end))
        ? { start: named.start, end: segmentBefore.end }
        : segmentBefore;
    // "Sen. Ann Lee, D-Md., the panel's top Democrat, said": the name an apposition describes stands before a party
    // tag between commas, which belongs to it.
    const partyTagged =
      segmentBefore !== undefined &&
      named !== undefined &&
      PARTY_TAG_SEGMENT.test(text.slice(segmentBefore.start, segmentBefore.end));
    // "Yet, as Mr. Bown observed": "as" right before the verb opens the clause whose subject is the source.
    const asClause =
      text.slice(whole.end, verbAt).trim() === "" ? AS_CLAUSE.exec(text.slice(whole.start, whole.end)) : null;
    // "…, and he said": a conjunction opening the segment is not part of the subject after it.
    // "but thankfully the narrator says": a conjunction and sentence adverbs opening it likewise.
    const conjunction = asClause ? null : OPENING_CONJUNCTION.exec(text.slice(whole.start, whole.end));
    const skip = asClause?.[0].length ?? conjunction?.[0].length ?? 0;
    const part = { start: whole.start + skip, end: whole.end };
    const words = wordsOf(text, part);
    if (words.length === 0) continue;
    // "Mike Pompeo, the former CIA director, has called …": a segment of auxiliaries alone belongs to the verb, and
    // so does one of adverbs alone ("Advocates — the self-appointed guardians — cynically countered").
    // "…, has reportedly told": auxiliaries and adverbs alone likewise.
    const auxOnly = ` ${text.slice(part.start, part.end).replace(ANY_LY_ADVERB, "")}`;
    if (auxOnly.trim() === "" || TRAILING_AUX.exec(auxOnly)?.index === 0) continue;
    // "Her father, Brad, 39, worried": an age after a name belongs to the name.
    if (i > 0 && /^\d{1,3}$/.test(text.slice(part.start, part.end))) continue;
    // "A medical examiner in Atlanta, Georgia, has declared": a state or country after a place names where that place
    // is; it belongs to the phrase before it.
    const previous = parts[i - 1];
    if (
      previous &&
      /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u.test(text.slice(part.start, part.end)) &&
      /\b(?:in|of|from|near|outside)\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u.test(
        text.slice(previous.start, previous.end),
      ) &&
      isMajorPlaceName(text.slice(part.start, part.end))
    )
      continue;
    // "Sen. Susan Collins (R-Maine), who …, announced": a parenthetical belongs to the name before it; so does a
    // party tag between commas ("Sen. Rand Paul, R-Ky., said", "Sen. Bill Cassidy, Republican of Louisiana, said").
    if (i > 0 && /^[^()]*\)$/.test(text.slice(part.start, part.end))) continue;
    if (i > 0 && PARTY_TAG_SEGMENT.test(text.slice(part.start, part.end))) continue;
    // An adverbial segment ("…, at a briefing, said") is skipped when a subject segment stands before it.
    if (i > 0 && !asClause && ADVERBIAL_OPENERS.test(text.slice(part.start, part.end))) continue;
    // "Brown, whom police have said was shot": an object relative's own subject is the source.
    // Only when the verb is inside the relative clause: "The Harbour Chamber, which helped with the appeal, said"
    // has a comma closing the clause before the verb, whose subject is the name before it.
    const objectRelative =
      whole.end === parts.at(-1)?.end && text.slice(whole.end, verbAt).trim() === ""
        ? OBJECT_RELATIVE.exec(text.slice(part.start, part.end))
        : null;
    if (objectRelative) {
      const subject = trim(text, { start: part.start + objectRelative[0].length, end: part.end });
      const aux = TRAILING_AUX.exec(text.slice(subject.start, subject.end));
      const end = aux ? subject.end - aux[0].length : subject.end;
      if (end > subject.start && wordCountOf(text, { start: subject.start, end }) <= MAX_DESCRIPTION_WORDS)
        return { start: subject.start, end };
    }
    // A relative clause ("Mayor Torres, who negotiated the deal, called …") describes the subject before it.
    // "Organizers of the fair, scheduled to end at 5 p.m. Sunday, said": the participle clause describes the noun
    // before it.
    if (i > 0 && REDUCED_RELATIVE.test(`${text.slice(part.start, part.end)} `)) continue;
    if (i > 0 && RELATIVE_OPENERS.test(text.slice(part.start, part.end))) {
      // "…, said Nunberg, who added that …": the relative pronoun is the verb's subject, and the name closing the
      // clause before it (after that clause's own verb) is whom it stands for.
      const closing = before && whole.end === parts.at(-1)?.end ? text.slice(before.start, before.end) : "";
      const name = NAME_CLOSING_CLAUSE.exec(closing)?.[1];
      const subjectRelative = RELATIVE_SUBJECT.test(text.slice(part.start, part.end));
      if (before && name && subjectRelative) return { start: before.end - name.length, end: before.end };
      // "The council praised the mayor, who called the plan …", "… was welcomed by two of the agency's officials,
      // who …": after a clause with a verb of its own, the relative's antecedent is the noun phrase closing it. (After
      // a noun phrase, "an aide to the harbour board, who …", the whole phrase is, as read below.)
      if (before && closing !== "" && subjectRelative && hasFiniteVerb(text, before)) {
        const antecedent = closingNounPhrase(text, wordsOf(text, before));
        if (antecedent) return antecedent;
      }
      const named = subjectRelative && whole.end === parts.at(-1)?.end ? relativePastAside(text, parts, i) : undefined;
      if (named) return named;
      continue;
    }
    // "the former CIA director who now serves as secretary of state": the source is the noun the clause describes.
    const relative = /\s(?:who|whom|whose|which)\s/i.exec(text.slice(part.start, part.end));
    if (relative && relative.index > 0) {
      const head = wordsOf(text, { start: part.start, end: part.start + relative.index });
      const cutHead = cutAtBreaker(head.slice(-MAX_SOURCE_WORDS));
      if (cutHead && /^(?:a|an|the)\b/i.test(text.slice(cutHead.start, part.end))) {
        const base = { start: cutHead.start, end: part.start + relative.index };
        // "Mike Pompeo, the former CIA director who …": keep the name the apposition describes.
        return before && /^\p{Lu}/u.test(text.slice(before.start, before.end)) && wordCountOf(text, before) <= 4
          ? { start: before.start, end: base.end }
          : base;
      }
      const restrictive = cutHead && restrictiveRelativeSource(text, part, part.start + relative.index, cutHead);
      if (restrictive) return restrictive;
    }
    // "Lee Weal, an activist based in New York City, told": a whole apposition after a short name keeps the name,
    // before the cut at a preposition inside the apposition would leave only its last words.
    // "But Carter, one of …": a conjunction opening the name's segment is no part of the source.
    // "Senior author Dr. Ann Lee, associate professor at …, said": a longer segment ending in a name keeps the name.
    const nameIn = (segment: Span | undefined): Span | undefined => {
      if (segment === undefined) return undefined;
      const skipped = OPENING_CONJUNCTION.exec(text.slice(segment.start, segment.end))?.[0].length ?? 0;
      const name = { start: segment.start + skipped, end: segment.end };
      return wordCountOf(text, name) <= 4 ? name : trailingName(text, name);
    };
    const taggedName = partyTagged ? nameIn(named) : undefined;
    const nameBefore = taggedName ?? nameIn(before);
    // "…, Nashville, and Houston, and a representative told": a segment opening with a conjunction adds a new noun,
    // it describes nothing.
    if (
      nameBefore &&
      skip === 0 &&
      APPOSITION_START.test(text.slice(part.start, part.end)) &&
      /^\p{Lu}/u.test(text.slice(nameBefore.start, nameBefore.end)) &&
      !isAdverbial(text.slice(nameBefore.start, nameBefore.end)) &&
      words.length <= MAX_APPOSITION_WORDS
    ) {
      const aux = TRAILING_AUX.exec(text.slice(part.start, part.end));
      return { start: nameBefore.start, end: aux ? part.end - aux[0].length : part.end };
    }
    // "a response to a Fox poll that found …": a relative pronoun before the verb makes the noun before it the source.
    const relativeLast = /^(?:that|which|who)$/i.test(words.at(-1)?.text ?? "") && words.length > 1;
    const head = relativeLast ? words.slice(0, -1) : words;
    // "Prince Ben, the younger brother of the heir, Carl, has told": a name that ends an apposition ("the heir,
    // Carl") belongs to it; the name the apposition describes is the source.
    const described = parts[i - 2];
    if (
      described &&
      (i === 2 || (i === 3 && ADVERBIAL_OPENERS.test(text.slice(parts[0]?.start ?? 0, parts[0]?.end ?? 0)))) &&
      before &&
      APPOSITION_START.test(text.slice(before.start, before.end)) &&
      isShortName(text.slice(part.start, part.end)) &&
      isShortName(text.slice(described.start, described.end)) &&
      !ADVERBIAL_OPENERS.test(text.slice(described.start, described.end))
    )
      return { start: described.start, end: part.end };
    // "Pell stood with tenant unions who argued …": a "who" with no comma before it describes the noun phrase closing
    // the clause before it, when that clause has a verb of its own.
    if (relativeLast && /^who$/i.test(words.at(-1)?.text ?? "")) {
      const first = head[0];
      const last = head.at(-1);
      const antecedent =
        first && last && hasVerbWord(text, { start: first.start, end: last.end })
          ? closingNounPhrase(text, head)
          : undefined;
      // Not the hearer of a verb of telling ("told a woman who suggested …, that “…”"): what follows may be the
      // teller's words.
      const verbBefore = antecedent && head.findLast((w) => w.end <= antecedent.start);
      if (antecedent && verbBefore && HEARER_VERB.test(verbBefore.text)) return undefined;
      if (antecedent) return antecedent;
    }
    const cut = cutAtBreaker(head.slice(-MAX_SOURCE_WORDS));
    if (cut === undefined) continue;
    let span: Span = { start: cut.start, end: relativeLast ? (head.at(-1)?.end ?? part.end) : part.end };
    // "There are many nurses who say …", "It was one of the guards who said …": before a relative pronoun, the main
    // clause's "be" is no part of the source; the noun the relative describes follows it.
    if (relativeLast) {
      const be = head.findLastIndex((w) => w.start >= cut.start && MAIN_CLAUSE_BE.test(w.text));
      const after = head[be + 1];
      if (be >= 0 && after !== undefined) span = { start: after.start, end: span.end };
    }
    const aux = TRAILING_AUX.exec(text.slice(span.start, span.end));
    if (aux) span = { start: span.start, end: span.end - aux[0].length };
    // "he frequently said", "officials privately told": a lower-case adverb between subject and verb.
    const adverbs = TRAILING_LY_ADVERBS.exec(text.slice(span.start, span.end));
    if (adverbs && adverbs.index > 0) span = { start: span.start, end: span.start + adverbs.index };
    // "Prosecutors on Monday said": a time between the subject and the verb is not part of the source.
    const when = TRAILING_TIME.exec(text.slice(span.start, span.end));
    if (when && when.index > 0) span = { start: span.start, end: span.start + when.index };
    // "That means she will say": a subject pronoun ends the phrase, and nothing before it belongs to the source.
    const pronoun = FINAL_SUBJECT_PRONOUN.exec(text.slice(span.start, span.end));
    if (pronoun && pronoun.index > 0) span = { start: span.start + pronoun.index + 1, end: span.end };
    // "He’s been saying": the subject is the pronoun, not the contraction.
    if (/^\p{L}+['’]s$/u.test(text.slice(span.start, span.end))) span = { start: span.start, end: span.end - 2 };
    if (span.end <= span.start) continue;
    // "Smith, a spokesman for the campaign, said", "Cummings, chair of the committee, said": keep the name before a
    // descriptive apposition.
    const kept = taggedName && wordCountOf(text, taggedName) <= 4 ? taggedName : before;
    if (
      APPOSITION_START.test(`${text.slice(span.start, span.end)} `) &&
      kept &&
      /^\p{Lu}/u.test(text.slice(kept.start, kept.end)) &&
      !isAdverbial(text.slice(kept.start, kept.end)) &&
      wordCountOf(text, kept) <= 4
    ) {
      span = { start: kept.start, end: span.end };
    }
    return span;
  }
  return undefined;
}

/**
 * The source of the reporting verb at [verbStart, verbEnd) in a clause from `from`: a participle's subject is the
 * clause's ("Top organizers …, arguing that", "Baron issued a statement saying “…”"), any other verb's source is the
 * phrase read back from it.
 */
export function sourceOfVerb(text: string, from: number, verb: { start: number; text: string }): Span | undefined {
  const ing = /ing$/i.test(verb.text);
  const absolute = ing
    ? (withAbsoluteSubject(text, from, verb.start) ?? attributionBeforeParticiple(text, from, verb.start))
    : undefined;
  if (absolute) return absolute;
  const source = ing ? subjectAtStart(text, { start: from, end: verb.start }) : sourceBefore(text, from, verb.start);
  // "A senior senator who …, by saying …": the relative pronoun that closed the subject is no part of it.
  const relative = source && TRAILING_RELATIVE.exec(text.slice(source.start, source.end));
  return source && relative ? { start: source.start, end: source.end - relative[0].length } : source;
}

/**
 * "with", then a name and an adverb at most before a participle: the absolute construction ("…, with Jo Roe
 * tweeting that …", "with former governor Ed Lane arguing …") gives the participle a subject of its own.
 */
const WITH_ABSOLUTE = /\bwith\s+([^,;:()"“”]+?)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Longest subject of such a construction. */
const MAX_WITH_SUBJECT_WORDS = 5;

/**
 * The subject of a participle in a "with" absolute construction, when it is a name (or a lower-case title and a
 * name) or a noun for people who speak: "Voters were angry, with Jo Roe posting that …" has "Jo Roe" as the one
 * posting, not "Voters", the subject of the main clause. Any other noun ("with prices rising") is left as it was.
 */
export function withAbsoluteSubject(text: string, from: number, verbAt: number): Span | undefined {
  const m = WITH_ABSOLUTE.exec(text.slice(from, verbAt));
  const phrase = m?.[1];
  if (m === null || phrase === undefined) return undefined;
  // "Still, with Jo Roe saying the plan failed, voters …": an absolute before the main clause ends at a comma that
  // the reported clause after the participle does not mark; it is left to the main clause's reading. After a main
  // clause with its own verb, the absolute runs to the sentence's end.
  if (!hasFiniteVerb(text, { start: from, end: from + m.index })) return undefined;
  const words = phrase.split(/\s+/);
  if (words.length > MAX_WITH_SUBJECT_WORDS) return undefined;
  const name =
    /^\p{Lu}/u.test(words.at(-1) ?? "") && (isShortName(phrase) || isDescribedName(phrase) || isTitledName(phrase));
  if (!name && !isGenericPeoplePhrase(phrase)) return undefined;
  const start = from + m.index + m[0].indexOf(phrase, 4);
  return { start, end: start + phrase.length };
}

/** ", Jo Roe said, " or ", she said, " right before a participle: a trailing attribution the participle goes on from. */
const ATTRIBUTION_BEFORE_PARTICIPLE =
  /,\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|he|she|they|we)\s+(\p{Ll}+)\s*,\s*$/u;

/**
 * participleAfterAttribution: "The panel set no limit, Jo Roe said, adding, “…”": a participle right after a trailing
 * attribution has that attribution's source for its subject, not the reported clause that opens the sentence.
 */
export function attributionBeforeParticiple(text: string, from: number, verbAt: number): Span | undefined {
  const before = text.slice(from, verbAt);
  const m = ATTRIBUTION_BEFORE_PARTICIPLE.exec(before);
  const name = m?.[1];
  if (m === null || name === undefined || !REPORTING_VERBS.has(m[2] ?? "")) return undefined;
  const start = from + m.index + m[0].indexOf(name);
  return { start, end: start + name.length };
}

/** Words a noun phrase does not run back over: prepositions, conjunctions, pronouns that stand alone, negations. */
const NOUN_PHRASE_STOPS = new Set(
  "about above across after against along among around as at before behind beside besides between beyond by during except for from in including inside into like near of off on onto out outside over past per since than through to toward towards under unlike until upon versus via with within without and or but nor so yet because if when while although though that which who whom whose what where whether he she they we i you it me him them us not never even also only just".split(
    " ",
  ),
);
/** Words that open a noun phrase: determiners, quantifiers and numbers. */
const NOUN_PHRASE_OPENER =
  /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|some|many|most|all|several|few|both|each|any|no|other|another|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|[\d][\d,.]*)$/i;
/** Quantities that an "of" phrase completes ("two of the officials", "a group of doctors", "members of Congress"). */
const QUANTITY_BEFORE_OF =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|several|few|none|both|each|any|dozens|hundreds|thousands|millions|majority|minority|number|handful|percent|half|third|rest|group|members|couple|pair|lot|lots|[\d][\d,.]*)$/i;
/** Pronouns for people that a prepositional phrase may qualify ("those in the room", "others at the summit"). */
const PRONOUN_HEAD_OPENING = /^(?:those|others|everyone|anyone|someone|everybody|anybody|somebody|one)$/i;
/** Pronouns for people that a relative clause describes ("those who", "anyone who"). */
const PERSON_PRONOUN_HEADS = /^(?:those|anyone|everyone|someone|anybody|everybody|somebody|one|ones|others)$/i;
/** Quantities that stand for people before a relative clause ("Many who were there", "Some who voted"). */
const QUANTITY_HEADS = /^(?:many|some|most|few|several|all)$/i;
/** Longest head before a restrictive relative clause in a source ("Several of the others who …"). */
const MAX_RELATIVE_HEAD_WORDS = 5;
/** Longest restrictive relative clause kept in a source. */
const MAX_RELATIVE_SOURCE_WORDS = 16;
/** Words that cannot be part of a source's head: personal pronouns and negated auxiliaries. */
const NOT_IN_RELATIVE_HEAD = /^(?:you|i|we|he|she|they|it|\p{L}+n['’]t)$/iu;
/**
 * Words that open a clause of their own inside a relative clause, whose verb the reporting verb may be ("who voted
 * for him because he promised", "who sold boats to ports that …").
 */
const INNER_CLAUSE_OPENER =
  /^(?:because|when|if|after|before|since|while|although|though|as|until|unless|whether|where|that|what|which|who)$/i;
/** A subject pronoun or a name: after "who", the relative pronoun is the object of its verb ("people who Ford says …"). */
const OWN_SUBJECT = /^(?:he|she|they|we|i|you|it|\p{Lu}.*)$/u;

/**
 * restrictiveRelativeSource: "Those who were there said", "Critics who attended the hearing said", "43% of those who
 * watched said": a pronoun, a quantity or a bare noun for people opening the subject says little without the
 * relative clause that picks the people out; the clause is part of the source, as PolNeAR marks it. Not when the
 * relative pronoun is the object of a verb with its own subject ("people who Lee says were there", "those who voted
 * for him because he promised"), nor when the head is a clause ("You seem like somebody who …").
 */
function restrictiveRelativeSource(text: string, part: Span, relativeAt: number, cutHead: Word): Span | undefined {
  // The head runs from the last clause breaker ("… found that voters who …"), as a source does.
  const from = cutHead.start;
  if (/[()]/.test(text.slice(from, part.end))) return undefined;
  const head = wordsOf(text, { start: from, end: relativeAt });
  const clause = wordsOf(text, { start: relativeAt, end: part.end });
  const headPhrase = text.slice(from, relativeAt);
  const last = head.at(-1)?.text ?? "";
  if (
    !/^who$/i.test(clause[0]?.text ?? "") ||
    head.length > MAX_RELATIVE_HEAD_WORDS ||
    clause.length > MAX_RELATIVE_SOURCE_WORDS ||
    head.some((w) => NOT_IN_RELATIVE_HEAD.test(w.text)) ||
    !(
      PERSON_PRONOUN_HEADS.test(last) ||
      QUANTITY_HEADS.test(headPhrase) ||
      isGenericPeoplePhrase(headPhrase.toLowerCase())
    ) ||
    hasVerbWord(text, { start: from, end: relativeAt })
  )
    return undefined;
  let span = { start: from, end: part.end };
  const aux = TRAILING_AUX.exec(text.slice(span.start, span.end));
  if (aux) span = { start: span.start, end: span.end - aux[0].length };
  const adverbs = TRAILING_LY_ADVERBS.exec(text.slice(span.start, span.end));
  if (adverbs && adverbs.index > 0) span = { start: span.start, end: span.start + adverbs.index };
  const own = clause.filter((w) => w.end <= span.end);
  if (own.length < 2 || OWN_SUBJECT.test(own[1]?.text ?? "")) return undefined;
  // "who sold boats to ports that later did what they now condemn": an inner clause with a subject of its own.
  const inner = own.findIndex(
    (w, k) => k > 0 && INNER_CLAUSE_OPENER.test(w.text) && OWN_SUBJECT.test(own[k + 1]?.text ?? ""),
  );
  return inner >= 0 ? undefined : span;
}

/** Longest antecedent read back from a relative pronoun. */
const MAX_ANTECEDENT_WORDS = 8;

/**
 * The noun phrase closing a segment, read back from its last word up to a verb, a preposition, a conjunction or a
 * pronoun: "The council praised the mayor" → "the mayor", "was welcomed by two of the agency's officials" → "two of
 * the agency's officials", "condemned by party elders like Senator Ann Lee" → "Senator Ann Lee". An "of" phrase
 * belongs to a quantity before it, and a name's place to the name ("Sen. Jo Kim of Ohio"). Undefined unless the
 * phrase names someone who can speak.
 */
function closingNounPhrase(text: string, words: readonly Word[]): Span | undefined {
  const last = words.at(-1);
  if (last === undefined) return undefined;
  let k = words.length - 1;
  while (k > 0 && words.length - k < MAX_ANTECEDENT_WORDS) {
    const w = words[k - 1] as Word;
    const lower = w.text.toLowerCase();
    const before = words[k - 2]?.text ?? "";
    if (/^(?:of|from|in|at)$/.test(lower) && /^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(words[k]?.text ?? "")) {
      k--;
      continue;
    }
    // "two of the officials", "GOP leaders in the House": a quantity's "of" phrase, or a place or body after a noun for
    // people, belongs to the phrase.
    if (
      (lower === "of" && QUANTITY_BEFORE_OF.test(before)) ||
      (/^(?:of|in|at|from|on)$/.test(lower) && PEOPLE_HEADS.has(before.toLowerCase()))
    ) {
      k--;
      continue;
    }
    if (NOUN_PHRASE_STOPS.has(lower) || isVerbForm(w, before)) break;
    k--;
  }
  // A phrase that is the whole segment is read as the segment ("Jo Roe, the new director, who …"), and one joined
  // by "and" or "or" to another may not be the whole antecedent ("Lee and her lawyer, who …").
  if (k === 0 || /^(?:and|or)$/i.test(words[k - 1]?.text ?? "")) return undefined;
  let first = k;
  // Without a determiner, a name followed by lower-case words may be a subject and a verb no rule saw ("Democrats
  // hate union leaders"): the phrase opens at its last determiner, else keeps only its head.
  const inside = words.slice(first);
  const nameThenLower = inside.some(
    (w, j) =>
      j > 0 &&
      j < inside.length - 1 &&
      /^\p{Ll}/u.test(w.text) &&
      !NAME_GLUE.has(w.text) &&
      /^\p{Lu}/u.test(inside[j - 1]?.text ?? "") &&
      !/['’]s?$/u.test(inside[j - 1]?.text ?? ""),
  );
  if (nameThenLower && !NOUN_PHRASE_OPENER.test(words[first]?.text ?? "")) {
    const opener = inside.findLastIndex((w) => NOUN_PHRASE_OPENER.test(w.text));
    first = opener > 0 ? first + opener : words.length - 1;
  }
  const start = words[first];
  if (start === undefined) return undefined;
  const span = { start: start.start, end: last.end };
  const phrase = text.slice(span.start, span.end);
  if (!PERSON_PRONOUN_HEADS.test(last.text) && !namesSpeaker(phrase)) return undefined;
  if (isPlausibleSource(phrase) || PERSON_PRONOUN_HEADS.test(phrase)) return span;
  // "party leaders in the Senate": a phrase of people is judged, and kept, without the modifier after its head.
  const head = phrase.replace(HEAD_MODIFIER, "");
  return isGenericPeoplePhrase(head) ? { start: span.start, end: span.start + head.length } : undefined;
}

/** Verbs of telling, whose object hears what is said. */
const HEARER_VERB =
  /^(?:told|tells|tell|asked|asks|warned|warns|reminded|reminds|assured|assures|informed|informs|urged|urges)$/i;

/**
 * A finite verb form inside a clause: an auxiliary or an irregular past, an -ed word after no determiner, an -s word
 * after a pronoun or a name.
 */
function isVerbForm(w: Word, before: string): boolean {
  const lower = w.text.toLowerCase();
  if (FINITE_AUXILIARIES.has(lower)) return true;
  if (/^\p{Ll}{2,}ed$/u.test(w.text)) return !NOUN_PHRASE_OPENER.test(before);
  return (
    /^\p{Ll}+[^s'’]s$/u.test(w.text) && (/^(?:he|she|it|this|that|who|which)$/i.test(before) || /^\p{Lu}/u.test(before))
  );
}
/** Auxiliaries and irregular pasts that no noun phrase holds. */
const FINITE_AUXILIARIES = new Set(
  "is are was were am be been being will would shall should can could may might must has have had do does did said told made took got gave won lost met led left saw knew thought found kept became brought sent".split(
    " ",
  ),
);

/** A form of "be" that a main clause puts before the noun a relative clause describes ("there are …", "it was …"). */
const MAIN_CLAUSE_BE = /^(?:is|are|was|were|am|been|being)$/i;

/** A relative pronoun ending a subject phrase, with the space before it. */
const TRAILING_RELATIVE = /\s+(?:who|which|whose)$/i;

/** The words after the last clause breaker ("and", "that", "while"), so "…and Smith said" gives "Smith". */
/** Determiners that open a noun phrase as a clause's subject. */
const SUBJECT_DETERMINERS = /^(?:the|a|an|this|these|those|his|her|their|its|our)$/i;

/** Lower-case verbs of perception and permission, whose object is the subject of a bare infinitive after it. */
const BARE_INFINITIVE_TAKERS = new Set("see hear watch let".split(" "));
/** Words before an infinitive: "to", and the modals. */
const INFINITIVE_MARKERS = new Set("to can could will would may might must should".split(" "));

function cutAtBreaker(words: readonly Word[]): Word | undefined {
  let first = 0;
  words.forEach((w, i) => {
    // "the Environment and Public Works Committee": a breaker between capitals is inside a name.
    const inName = /^\p{Lu}/u.test(words[i - 1]?.text ?? "") && /^\p{Lu}/u.test(words[i + 1]?.text ?? "");
    // "Johnson and another witness": a name joined by "and" to a second speaker is one source, not a new clause.
    const joinsSpeakers =
      w.text.toLowerCase() === "and" &&
      i > first &&
      words.slice(first, i).every((x) => /^\p{Lu}/u.test(x.text)) &&
      /^(?:a|an|another|his|her|their|the|other|several|two|three)$/i.test(words[i + 1]?.text ?? "");
    // "officials in Colorado", "leaders at the summit": a preposition after a noun for people qualifies that noun.
    // "those in the room", "everyone at the table": likewise after a pronoun for people that opens the phrase.
    const qualifiesPeople =
      (/^(?:in|on|at|to|during)$/i.test(w.text) && PEOPLE_HEADS.has((words[i - 1]?.text ?? "").toLowerCase())) ||
      (/^(?:in|on|at)$/i.test(w.text) && i <= first + 2 && PRONOUN_HEAD_OPENING.test(words[i - 1]?.text ?? ""));
    // "The evidence from similar spats in other states suggests": a preposition inside a noun phrase that opens the
    // clause with its determiner qualifies that phrase; it does not start a new one.
    const insideSubject =
      /^(?:in|on|at|to|during)$/i.test(w.text) &&
      i > first + 1 &&
      first === 0 &&
      SUBJECT_DETERMINERS.test(words[first]?.text ?? "");
    // "to see people dismiss it as …", "you can hear officials call it …": an infinitive of perception or permission
    // takes the speaker as its object, and the verb after that object is theirs; the phrase starts after it. (Not a
    // finite form: in "Critics who watched the hearing called it" the critics speak.)
    const perceives =
      BARE_INFINITIVE_TAKERS.has(w.text) && INFINITIVE_MARKERS.has((words[i - 1]?.text ?? "").toLowerCase());
    if (
      (PHRASE_BREAKERS.has(w.text.toLowerCase()) || perceives) &&
      i < words.length - 1 &&
      !inName &&
      !joinsSpeakers &&
      !qualifiesPeople &&
      !insideSubject
    )
      first = i + 1;
  });
  return words[first];
}

/** A source phrase read rightwards from `from`: up to a comma, a sentence end or a preposition. */
export function sourceAfter(text: string, from: number, to: number): Span | undefined {
  // "“…,” points out Jo Roe": the particle of "point out" is part of the cue, not of the source.
  const particle = POINT_BEFORE.test(text.slice(Math.max(0, from - 8), from))
    ? OUT_AFTER.exec(text.slice(from, to))
    : null;
  const start = from + (particle?.[0].length ?? 0);
  const words = wordsOf(text, { start, end: to });
  let end: number | undefined;
  // Past a short title's full stop ("said Sen. Lindsey Graham") only the name may follow.
  let inTitledName = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (i >= MAX_SOURCE_WORDS) break;
    const gap = text.slice(i === 0 ? start : (words[i - 1]?.end ?? start), w.start);
    if (i > 0 && /[,;:.!?—–()]/.test(gap)) {
      if (!isAbbreviationStop(words, i, gap)) break;
      inTitledName = true;
    }
    if (inTitledName && !/^\p{Lu}/u.test(w.text)) break;
    if (i > 0 && PHRASE_BREAKERS.has(w.text.toLowerCase())) break;
    end = w.end;
  }
  const first = words[0];
  if (!first || end === undefined) return undefined;
  // "said Obama's spokesman, Josh Earnest.": a description with lower-case words, then the name it describes, which
  // ends the clause, is one source with that name.
  const name = NAME_AFTER_DESCRIPTION.exec(text.slice(end, to));
  if (name && /\s\p{Ll}/u.test(text.slice(first.start, end))) return { start: first.start, end: end + name[0].length };
  return { start: first.start, end };
}

/** A form of "point" ending the text before a source, and the particle "out" opening it: the cue "point out". */
const POINT_BEFORE = /\bpoint(?:s|ed|ing)?$/i;
const OUT_AFTER = /^\s+out\b/i;

/** Titles written short with a full stop before a name: "said Sen. Lindsey Graham", "said Gov. Ann Lee". */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  "Sen Rep Reps Sens Gov Lt Gen Col Maj Capt Cmdr Adm Sgt Cpl Dr Mr Mrs Ms Prof Rev Fr Hon Atty Supt Insp Det Pres".split(
    " ",
  ),
);

/**
 * The full stop of a short title or of a middle initial after a first name ("John F. Kennedy") is inside the source,
 * not its end ("the U.S. The …" is: its letters follow no first name).
 */
function isAbbreviationStop(words: readonly Word[], i: number, gap: string): boolean {
  const word = words[i - 1]?.text ?? "";
  const initialAfterName = /^\p{Lu}$/u.test(word) && /^\p{Lu}\p{Ll}+$/u.test(words[i - 2]?.text ?? "");
  // "said former Sen. Bob Dole", "said the Rev. Al Sharpton", not "said his office never gave Mrs. Clinton …".
  const titleOpensPhrase = TITLE_ABBREVIATIONS.has(word) && i <= MAX_WORDS_BEFORE_TITLE + 1;
  return /^\.\s+$/.test(gap) && (titleOpensPhrase || initialAfterName);
}

/** Words that may stand before a short title in a source phrase ("the", "former", "Senate Majority Leader"'s no). */
const MAX_WORDS_BEFORE_TITLE = 2;

/** ", Josh Earnest" closing a clause after a description: up to four capitalised words, then the clause's end. */
const NAME_AFTER_DESCRIPTION = /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+(?=\s*(?:[.,;!?]|$))/u;
