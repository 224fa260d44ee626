/**
 * What a quoted stretch is: speech standing as a sentence (direct), a fragment of speech inside a reporting sentence
 * (partial), a phrase held at a distance (scare), or a quoted name or title (name). Ordered rules, first match wins.
 */
import type { QuoteKind } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { hasFiniteVerb } from "./clause.js";
import { wordsOf } from "./context.js";
import {
  ACCORDING_TO,
  JUDGING_VERB_STEMS,
  NAMING_VERBS,
  REPORTING_VERBS,
  STRONG_REPORTING_VERBS,
  UTTERANCE_VERBS,
} from "./lexicon.js";

export interface KindInput {
  readonly text: string;
  readonly content: Span;
  /** The clause before the opening mark (empty when the quotation starts a sentence). */
  readonly left: Span;
  /** The clause after the closing mark. */
  readonly right: Span;
  /** True when a reporting verb with a source sits right before or after the quotation. */
  readonly attributed: boolean;
  /** True when the attribution follows the closing mark (“…,” she said). */
  readonly attributedAfter: boolean;
  /** True when the opening mark was missing and the content was recovered from the paragraph. */
  readonly recovered: boolean;
  /** True when the quotation is the whole paragraph. */
  readonly paragraphOnly: boolean;
  /** True when the quotation resumes a direct quotation interrupted by its attribution (“…,” she said, “…”). */
  readonly resumes: boolean;
}

export interface KindRule {
  readonly name: string;
  readonly test: (input: KindInput) => boolean;
  readonly kind: QuoteKind;
}

/** Longest quoted name or title we accept ("The Audacity of Hope", "Operation Desert Storm" are 2–4 words). */
const MAX_NAME_WORDS = 6;
/** Longest scare-quoted phrase; longer stretches in running text are nearly always someone's words. */
const MAX_SCARE_WORDS = 4;
/** How many words before a scare-quoted noun a verb of speech or naming still governs it ("called it the “…”"). */
const NEAR_VERB_WORDS = 6;
/** Longest phrase read as a term after a determiner: "the “reset”", "a “war room” meeting". */
const MAX_TERM_WORDS = 2;
/** Shortest speech that stands alone as a direct quotation without a sentence mark inside it. */
const MIN_DIRECT_WORDS = 3;

/** Longest chant or sign text we recognise as a slogan rather than a sentence of speech. */
const MAX_SLOGAN_WORDS = 8;
/** Chants, cries and the things that carry words (signs, shirts, hats) just before the quotation. */
const SLOGAN_CUES =
  /\b(?:chant(?:s|ed|ing)?|cries|cry|cried|crying|shouts|shouting|yells|yelling|singing|sang|chorus|signs?|banners?|placards?|shirts?|t-shirts?|hats?|caps?|posters?|slogans?)\b(?:\s+\S+){0,3}?\s*(?:of|that\s+(?:read|reads|said|says)|reading|saying)?\s*,?\s*$/i;

/** Small words a title keeps lower case ("The Art of the Deal"). */
const TITLE_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "by",
  "from",
  "vs",
  "de",
  "la",
]);
/**
 * Nouns and verbs after which a quoted capitalised phrase is a name or title, not speech; the title may stand as an
 * appositive after a comma ("in his 2012 book, “An American Son.”").
 */
const NAME_CUES =
  /\b(?:corps|operation|group|brigade|battalion|unit|division|regiment|squad|film|movie|book|memoir|novel|song|album|show|podcast|series|theme|motto|tagline|exhibition|festival|program|programme|plan|project|campaign|slogan|hashtag|initiative|doctrine|law|act|bill|party|movement|band|magazine|newspaper|column|article|essay|report|documentary|video|poem|play|game|called|named|dubbed|titled|entitled|nicknamed|known as|alias|aka|brand|codenamed|code-named)\s*,?\s*$/i;
/** Words before a quotation that hold the phrase at a distance rather than report it. */
const SCARE_CUES =
  /(?:\b(?:the|a|an|so-called|so called|supposed|alleged|self-styled|like|with the|of the|as|his|her|their|its|this|these|those|our|your|such)\s*)$/i;

/**
 * A verb that judges its object (JUDGING_VERB), the object, then "as" right before the marks ("dismissed Obama's
 * concerns as", "has derided the plan as"). Up to eight words of object, no clause break in between.
 */
const JUDGED_AS = new RegExp(`\\b(?:${JUDGING_VERB_STEMS})\\w*(?:\\s+[^\\s,;:.!?“”"]+){1,8}\\s+as\\s*$`, "i");
export const JUDGED_AS_RULE = "kind:partial-judged-as";

/**
 * The words of the spans of the quotation being classified, by span: the rules ask for the words of the same
 * content and left clause over and over (a dozen times for one quotation), and each time scanned the clause again.
 */
const wordsMemo = { input: undefined as KindInput | undefined, bySpan: new Map<Span, readonly string[]>() };

function words(input: KindInput, span: Span): readonly string[] {
  if (wordsMemo.input !== input) {
    wordsMemo.input = input;
    wordsMemo.bySpan.clear();
  }
  let found = wordsMemo.bySpan.get(span);
  if (found === undefined) {
    found = wordsOf(input.text, span).map((w) => w.text);
    wordsMemo.bySpan.set(span, found);
  }
  return found;
}

/** Lets go of the last quotation's words (and through them its text). */
function forgetWords(): void {
  wordsMemo.input = undefined;
  wordsMemo.bySpan.clear();
}

function contentText(input: KindInput): string {
  return input.text.slice(input.content.start, input.content.end);
}

function leftText(input: KindInput): string {
  return input.text.slice(input.left.start, input.left.end);
}

/** Speech punctuation inside the closing mark: “…,” “….” “…?” */
function endsLikeSpeech(input: KindInput): boolean {
  return /[.,!?…—-]$/.test(contentText(input));
}

/** What stands right before a work's or a show's title: a preposition, or a possessive ("on Fox News’ "). */
const TITLE_SLOT_BEFORE = /(?:\b(?:on|in|of|told)|\p{Lu}[\p{L}.]*(?:['’]s?|s['’]))\s*$/u;

/** A headline's clause, where every word but the small ones is capitalised and so a title cannot be told apart. */
function inTitleCaseClause(input: KindInput): boolean {
  const ws = words(input, input.left);
  return ws.length >= 3 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

/**
 * Whether the quoted words are cased like a title. `verbsSmall`: also let a form of "be" stay lower case, as many
 * titles write it ("The Medium is the Message"); only where a naming cue stands before the marks.
 */
function looksLikeTitle(input: KindInput, verbsSmall = false): boolean {
  const ws = words(input, input.content);
  if (ws.length === 0 || ws.length > MAX_NAME_WORDS) return false;
  // A trailing period or comma may be the sentence's, put inside the marks by American style.
  if (/[!?;:]$|\.\.$/.test(contentText(input))) return false;
  const small = (w: string) => TITLE_SMALL_WORDS.has(w) || (verbsSmall && TITLE_SMALL_VERBS.has(w));
  return ws.every((w, i) => /^[\p{Lu}\p{N}#@]/u.test(w) || (i > 0 && small(w.toLowerCase())));
}

/** Forms of "be" that titles often leave in lower case. */
const TITLE_SMALL_VERBS = new Set(["is", "are", "was", "were", "be"]);

/**
 * reportingParticiple: "in saying the president does not see it as a “driver”": the participle of a strong verb of
 * speech ("saying", "noting", "arguing") reports speech as its finite forms do, so a short phrase after it is the
 * speaker's. The participle is matched by its stem, with or without the "e" it drops.
 */
function hasReportingParticiple(input: KindInput): boolean {
  return words(input, input.left).some((w) => {
    const lower = w.toLowerCase();
    if (!lower.endsWith("ing") || lower.length < 6) return false;
    const stem = lower.slice(0, -3);
    return STRONG_REPORTING_VERBS.has(stem) || STRONG_REPORTING_VERBS.has(`${stem}e`);
  });
}

function hasReportingVerb(input: KindInput, span: Span, verbs: ReadonlySet<string>): boolean {
  return words(input, span).some((w) => verbs.has(w.toLowerCase()));
}

/** The rule that reads a short noun phrase after a determiner, far from any verb of speech, as the writer's term. */
export const SCARE_TERM_RULE = "kind:scare-after-determiner";

/** Words after a verb of speech that make it ask rather than report: "explain why", "say how", "asked whether". */
const QUESTION_WORD = /^(?:why|how|what|whether|when|where|who|if)$/i;

/** The left clause holds a strong verb of speech that reports a statement ("said the plan is …"), not a question. */
function reportsStatement(input: KindInput): boolean {
  const ws = words(input, input.left);
  // A capitalised form is a name ("State Department experts"), not the verb.
  return ws.some((w, k) => STRONG_REPORTING_VERBS.has(w) && !QUESTION_WORD.test(ws[k + 1] ?? ""));
}

function startsSentence(input: KindInput): boolean {
  return leftText(input).trim() === "";
}

/** The left clause's last word is a reporting verb ("said,"). */
function lastWordIsVerb(input: KindInput): boolean {
  return REPORTING_VERBS.has((words(input, input.left).at(-1) ?? "").toLowerCase());
}

/**
 * A sentence of a few words ends inside the mark (singing “It's Our Time.” Northam…), so the capital after it starts the
 * next sentence; unless a naming verb just before makes it a name ("called Merkel “The Chancellor of the Free World.”").
 */
function sentenceEndsInside(input: KindInput): boolean {
  if (!/[.!?]$/.test(contentText(input)) || words(input, input.content).length < MIN_DIRECT_WORDS) return false;
  return !words(input, input.left)
    .slice(-INTRO_REACH_WORDS)
    .some((w) => NAMING_VERBS.has(w.toLowerCase()));
}

/** Nothing but white space follows the closing mark in the sentence. */
function endsSentence(input: KindInput): boolean {
  return input.text.slice(input.right.start, input.right.end).trim() === "";
}

/** How far back from the opening mark a reporting verb may stand and still hand the floor to the speaker. */
const INTRO_REACH_WORDS = 3;

/**
 * A subordinating conjunction right before the opening mark ("said that, “…”", "a problem because, “In the end …”"):
 * the quotation is the clause it opens, a part of the reporter's sentence, however it is capitalised. "Though" and
 * "as" are left out: after a comma they are asides ("she said, though, “…”") or examples ("such as, “…”").
 */
const SUBORDINATOR_BEFORE = /\b(?:that|because|since|although|unless|whether|if),?$/i;

/**
 * The left clause hands the floor to the speaker: a colon ("said:"), a reporting verb just before the mark
 * ("Trump declared “…”", "told reporters, “…”"), or a comma after a clause with a reporting verb in it.
 */
function introducedBySpeech(input: KindInput): boolean {
  const left = leftText(input).trimEnd();
  if (SUBORDINATOR_BEFORE.test(left)) return false;
  if (/:$/.test(left) || ACCORDING_TO.test(left)) return true;
  const ws = words(input, input.left);
  if (ws.slice(-INTRO_REACH_WORDS).some((w) => REPORTING_VERBS.has(w.toLowerCase()))) return true;
  return /,$/.test(left) && ws.some((w) => REPORTING_VERBS.has(w.toLowerCase()));
}

/**
 * A verb of uttering hands over the quotation: right before the opening mark ("says “…”", "chanted, “…”"), or a
 * few words back with its listener and a comma or colon between ("told his supporters, “…”").
 */
function utteranceVerbBefore(input: KindInput): boolean {
  const left = leftText(input);
  // "said that, “…”" reports a clause, however the quotation is cut.
  if (!/[\p{L}][,:]?\s*$/u.test(left) || /\bthat[,:]?\s*$/i.test(left)) return false;
  const ws = words(input, input.left).map((w) => w.toLowerCase());
  const last = ws.at(-1) ?? "";
  // "allow companies to tell “one country that …”": right after "tell" comes its listener, not the words said.
  if (LISTENER_FIRST_VERBS.has(last) && !/[,:]\s*$/.test(left)) return false;
  if (UTTERANCE_VERBS.has(last)) return true;
  return /[,:]\s*$/.test(left) && ws.slice(-INTRO_REACH_WORDS, -1).some((w) => UTTERANCE_VERBS.has(w));
}

/** Words that open a clause with a subject of its own: the quotation then is not the end of the reporter's clause. */
const CLAUSE_OPENERS = new Set(
  "i we you he she they it there this that these those my our your his her their its what who".split(" "),
);
/**
 * Sentence adverbs, conjunctions and prepositions that open a stretch before an aside without being its subject
 * ("However, she said, …", "In a statement, he said, …").
 */
const ASIDE_LEADS = new Set(
  "however but and yet still so now also instead indeed meanwhile then first finally moreover besides rather otherwise today in on at after before for with from during since as if when while although though because".split(
    " ",
  ),
);
/** Longest subject we read before the aside ("The savings in the new law, she said, …"). */
const MAX_ASIDE_SUBJECT_WORDS = 8;

/**
 * The left clause is a subject, then an aside of a source and a reporting verb between commas ("The savings, she
 * said,"), and the quotation opens in lower case with no subject of its own: it finishes the reporter's sentence.
 */
function finishesSubjectBeforeAside(input: KindInput): boolean {
  const first = /^\s*(\p{Ll}+)/u.exec(contentText(input))?.[1];
  if (first === undefined || CLAUSE_OPENERS.has(first)) return false;
  const m = /^([^,;:]+),\s*((?:[\p{L}.'’-]+\s+){1,4})(\p{Ll}+(?:\s+on)?)\s*,\s*$/u.exec(leftText(input).trim());
  if (m === null) return false;
  const [, subject = "", , verb = ""] = m;
  const subjectWords = subject.trim().split(/\s+/);
  if (subjectWords.length > MAX_ASIDE_SUBJECT_WORDS || ASIDE_LEADS.has((subjectWords[0] ?? "").toLowerCase()))
    return false;
  if (!REPORTING_VERBS.has(verb.split(/\s+/)[0] ?? "")) return false;
  // The quotation opens with its verb ("do not cut"); "Regarding the plan, she said, “voters want …”" has a subject
  // inside the marks. A complement after a copula ("It was, he said, “a stone where …”") is left direct, as
  // annotated corpora (PolNeAR) count it.
  return hasFiniteVerb(`it ${first}`, { start: 0, end: 3 + first.length });
}

/** Verbs of uttering whose first object is the listener ("told reporters"), so a quotation glued to them is no utterance. */
const LISTENER_FIRST_VERBS: ReadonlySet<string> = new Set(["tell", "tells", "told", "telling"]);

/** A dash before the opening mark and after the closing one: the quotation stands as an aside (… -- “…” -- …). */
const DASH_BEFORE = /(?:--|[—–])\s*$/;
const DASH_AFTER = /^\s*(?:--|[—–])/;

/**
 * A whole sentence of speech set off by dashes ("treating the remark as a compliment -- “That makes me smart” --"):
 * the dashes hand the floor to the speaker as a colon would, and take it back after.
 */
function standsAsAside(input: KindInput): boolean {
  return (
    DASH_BEFORE.test(leftText(input)) &&
    DASH_AFTER.test(input.text.slice(input.right.start, input.right.end)) &&
    /^\p{Lu}/u.test(contentText(input)) &&
    words(input, input.content).length >= MIN_DIRECT_WORDS &&
    !looksLikeTitle(input)
  );
}

/** The quotation closes its sentence: speech punctuation inside the closing mark or right after it, nothing more. */
function closesSentence(input: KindInput): boolean {
  const rest = input.text.slice(input.right.start, input.right.end);
  // A period inside the mark and a capital after it: American style put the sentence's period inside, and the next
  // sentence has begun (singing “It's Our Time.” Northam joined), though the clause reader ran on past the mark.
  if (/\.$/.test(contentText(input)) && /^\s+\p{Lu}/u.test(rest)) return true;
  const after = rest.trim();
  if (!/^[.!?…]*$/u.test(after)) return false;
  return /[.!?…]$/u.test(contentText(input)) || after !== "" || input.right.end === input.right.start;
}

/**
 * A question or exclamation inside the marks, with the sentence going on in a new predicate after them (chanted
 * “What curfew?” and kept going): its own ? or ! shows the utterance is whole, and "and", "but" or "then" shows the
 * reporter's sentence took it as a whole. "chanting “Four more years!” until midnight" keeps it inside the verb phrase.
 */
function completeUtteranceBeforeConjunction(input: KindInput): boolean {
  return (
    /[?!]$/.test(contentText(input)) &&
    /^\s*,?\s+(?:and|but|then)\s/u.test(input.text.slice(input.right.start, input.right.end))
  );
}

/** The sentence runs on after the closing mark (“…” to drive up the price): the quotation is a fragment of it. */
function sentenceRunsOn(input: KindInput): boolean {
  // Punctuation inside the closing mark ends the quoted unit (“…,” when she …), so the sentence does not run on through it.
  if (/[.!?…,]$/.test(contentText(input))) return false;
  return /^\s+[\p{Ll}\p{N}]/u.test(input.text.slice(input.right.start, input.right.end)) && !input.attributedAfter;
}

/**
 * An aside naming the source right before the opening mark: "according to X,", "in her words,", "in the words of X,",
 * "as X put it,". The source may be a name, a pronoun or a possessive ("in Forbes’ words").
 */
const PARENTHETICAL_SOURCE =
  /(?:\b(?:according to|in the words of)\s[^,]{1,60}|\bin\s+(?:his|her|their|its|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?)\s+(?:own\s+)?words|\bas\s[^,]{1,60}?\s(?:put|puts)\s+it),\s*$/u;

/** "the words", "the phrase" right before the opening mark: what follows is named as words, not handed over as speech. */
const WORDS_MENTIONED = /\b(?:the|these|those)\s+(?:words?|phrases?|terms?|expressions?)\s*,?\s*$/i;

/**
 * She added the words, “Hillary Clinton.”; Obama said the words “lump”: a phrase named as words is a fragment worked
 * into the reporter's sentence, even as the whole object of a verb of uttering. A capitalised stretch of a few words
 * or more (used the words, “I’m not quite there yet,”) is still a sentence of speech; "in her words, “…”" names a source.
 */
function mentionsWords(input: KindInput): boolean {
  if (!WORDS_MENTIONED.test(leftText(input))) return false;
  const count = words(input, input.content).length;
  const sentence = /^\p{Lu}/u.test(contentText(input)) && count >= MIN_DIRECT_WORDS;
  return !sentence && count <= MAX_NAME_WORDS;
}

/** The rule for the whole object of a verb of uttering; its cue is that verb (direct.ts reads it from the clause). */
export const WHOLE_OBJECT_RULE = "kind:direct-whole-object";

/** A work's noun and an optional copula or naming word before its quoted title: "His latest book is: “…”". */
const WORK_TITLE_CUE =
  /\b(?:book|memoir|novel|biography|film|movie|documentary|album|song|play|series|podcast|essay|report|study|paper)\s*,?\s*(?:(?:is|was|are|were|titled|entitled|called|named)\s*)?[:,]?\s*$/i;
/**
 * The word for a headline or caption right before the marks ("the headline", "headlined,"); not before a colon,
 * which presents the words as someone's ("used her quote as its headline: “…”").
 */
const HEADLINE_CUE = /\b(?:headlines?|headlined|captions?|captioned|subject\s+line)\s*,?\s*$/i;
/** Longest title we accept after such a cue (subtitles make titles long: "The Greatest Comeback: How …"). */
const MAX_WORK_TITLE_WORDS = 25;
/** Share of a title's content words that a Title Case title capitalises. */
const WORK_TITLE_CAPITALS = 0.7;

/** The quotation is a work's title in Title Case right after the work's noun. */
function isWorkTitle(input: KindInput): boolean {
  if (!WORK_TITLE_CUE.test(leftText(input))) return false;
  const ws = words(input, input.content).filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (ws.length === 0 || ws.length > MAX_WORK_TITLE_WORDS) return false;
  return ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / ws.length >= WORK_TITLE_CAPITALS;
}

/** Nouns for a named feature of a product or a page, right after its quoted title. */
const FEATURE_HEAD_AFTER =
  /^\s+(?:idea|category|feature|button|section|tab|option|function|tool|label|brand|logo|banner|menu|filter|setting|mode|app|icon)s?\b/i;

export const KIND_RULES: readonly KindRule[] = [
  {
    name: "kind:work-title",
    kind: "name",
    test: (i) => !i.recovered && isWorkTitle(i),
  },
  {
    // ran the headline “Mayor Says Budget Is Safe”, a story headlined “…”: a headline or caption in marks names a
    // piece of writing, in whatever case it is set; whoever the sentence is about did not say it.
    name: "kind:name-headline",
    kind: "name",
    test: (i) => !i.recovered && HEADLINE_CUE.test(leftText(i)) && words(i, i.content).length <= MAX_WORK_TITLE_WORDS,
  },
  {
    name: "kind:name-after-cue",
    kind: "name",
    test: (i) =>
      !i.recovered && looksLikeTitle(i, true) && (NAME_CUES.test(leftText(i)) || /['’]s\s*$/.test(leftText(i))),
  },
  {
    name: "kind:name-heading",
    kind: "name",
    // 'All Bets Are Off.' standing as its own paragraph: a subheading, not speech.
    test: (i) => !i.recovered && looksLikeTitle(i) && i.paragraphOnly && words(i, i.content).length <= MAX_NAME_WORDS,
  },
  {
    name: "kind:name-before-name",
    kind: "name",
    // the commander of the unit “Falcons” Colonel Ivanov: a quoted nickname glued to the next name.
    test: (i) =>
      !i.recovered &&
      !startsSentence(i) &&
      looksLikeTitle(i) &&
      !sentenceEndsInside(i) &&
      /^\s+\p{Lu}/u.test(i.text.slice(i.right.start, i.right.end)),
  },
  {
    // "said in an interview on Fox News’ “Fox and Friends.”", "told “Fox News Sunday.”": a title right after a
    // preposition, a possessive or "told" names a show or a work, whatever verb stands further back.
    name: "kind:name-after-preposition",
    kind: "name",
    test: (i) => looksLikeTitle(i) && TITLE_SLOT_BEFORE.test(leftText(i)) && !inTitleCaseClause(i),
  },
  {
    // "adopted the “Stories” idea", "select the “Social Media” category": a quoted title that names a feature, a
    // category or a button before the noun for it is a name.
    name: "kind:name-before-head",
    kind: "name",
    test: (i) => looksLikeTitle(i) && FEATURE_HEAD_AFTER.test(i.text.slice(i.right.start, i.right.end)),
  },
  {
    // "pressed fellow Republicans on Thursday to “get tough”": what someone is urged to do, in marks, is the
    // urger's words.
    name: "kind:partial-urged",
    kind: "partial",
    test: (i) =>
      /\bto\s*$/i.test(leftText(i)) &&
      /\b(?:urged?|urges|urging|press(?:ed|es|ing)?|implored?|called\s+on|calls\s+on)\b/i.test(leftText(i)),
  },
  {
    // dismissed the concerns as “unpersuasive”, derided the plan as “a fantasy”: a verb that judges its object, then
    // "as" and the words in marks, puts the judgement in the subject's mouth; the author is quoting, not distancing.
    name: JUDGED_AS_RULE,
    kind: "partial",
    test: (i) => words(i, i.content).length <= MAX_SCARE_WORDS && JUDGED_AS.test(leftText(i)),
  },
  {
    name: "kind:scare-distance",
    kind: "scare",
    test: (i) =>
      words(i, i.content).length <= MAX_SCARE_WORDS &&
      !i.attributed &&
      !hasReportingVerb(i, i.left, NAMING_VERBS) &&
      // Only verbs that clearly report speech make a short phrase someone's words; "continue", "find" do not.
      !hasReportingVerb(i, i.left, STRONG_REPORTING_VERBS) &&
      !hasReportingParticiple(i) &&
      (SCARE_CUES.test(leftText(i)) || /^\p{Ll}/u.test(contentText(i))),
  },
  {
    name: SCARE_TERM_RULE,
    kind: "scare",
    // could not explain why they kept quiet when the “reset” failed: a short lower-case phrase used as a noun after a
    // determiner, with no reporting verb near it, is the writer's term held at a distance, even when a verb of
    // speech asking "why" or "how" stands further back; "called it the “…”" keeps its verb close and stays
    // partial, and "said the plan is not an “ideal” fix" reports a statement, so the phrase is the speaker's.
    test: (i) =>
      words(i, i.content).length <= MAX_TERM_WORDS &&
      !i.attributed &&
      /^\p{Ll}/u.test(contentText(i)) &&
      /\b(?:the|a|an|this|that|these|those)\s*$/i.test(leftText(i)) &&
      // "described the delay as a “betrayal”": "as" before the determiner names the thing in the speaker's words.
      !/\bas\s+\S+\s*$/i.test(leftText(i)) &&
      !words(i, i.left)
        .slice(-NEAR_VERB_WORDS)
        .some((w) => REPORTING_VERBS.has(w.toLowerCase()) || NAMING_VERBS.has(w.toLowerCase())) &&
      !reportsStatement(i) &&
      !hasReportingParticiple(i),
  },
  {
    // "The fees, she said, “do not touch a single pension.”": the reporter's sentence has its subject before the
    // aside, and the words in marks only finish it, so they are a fragment however much of the sentence they fill.
    name: "kind:partial-after-aside",
    kind: "partial",
    test: (i) => !i.recovered && finishesSubjectBeforeAside(i),
  },
  {
    name: WHOLE_OBJECT_RULE,
    kind: "direct",
    // She says “we worked hard to keep New York values at the center.”: whatever its case, the whole object of a
    // verb of uttering, closing the sentence, is all that was said; "called it “…”" and "said that “…”" stay partial.
    test: (i) =>
      !i.recovered &&
      !startsSentence(i) &&
      utteranceVerbBefore(i) &&
      (closesSentence(i) || completeUtteranceBeforeConjunction(i)),
  },
  {
    name: "kind:direct-after-parenthetical-source",
    kind: "direct",
    // because, in her words, “he knows how to do it.”: the aside hands the rest of the sentence to the source, so a
    // clause in marks closing it is all the source said there, whatever its case.
    test: (i) =>
      !i.recovered &&
      PARENTHETICAL_SOURCE.test(leftText(i)) &&
      closesSentence(i) &&
      words(i, i.content).length >= MIN_DIRECT_WORDS,
  },
  {
    name: "kind:direct-question",
    kind: "direct",
    // as Mr. Bown observed -- “what products would you pick?”: a question closing the sentence after a comma, colon or
    // dash hands over a whole utterance; a fragment worked into the reporter's sentence has no question mark of its own.
    test: (i) =>
      !i.recovered &&
      /\?$/.test(contentText(i)) &&
      closesSentence(i) &&
      /(?:[,:—–]|--)\s*$/.test(leftText(i)) &&
      hasReportingVerb(i, i.left, REPORTING_VERBS) &&
      !hasReportingVerb(i, i.left, NAMING_VERBS),
  },
  {
    name: "kind:partial-slogan",
    kind: "partial",
    // chanting “Lock her up!”, a shirt that read “…”: words carried by a crowd or an object, inside the sentence.
    test: (i) => !startsSentence(i) && words(i, i.content).length <= MAX_SLOGAN_WORDS && SLOGAN_CUES.test(leftText(i)),
  },
  {
    name: "kind:partial-runs-on",
    kind: "partial",
    test: (i) => !i.recovered && !i.resumes && sentenceRunsOn(i),
  },
  {
    name: "kind:direct-parenthesised",
    kind: "direct",
    // denied any contact with the group (“We have never met them”) — a capitalised utterance that fills a
    // parenthesis on its own stands as a sentence of its own, set beside the reporter's sentence rather than in it.
    // Not after a name: "Corner Diner (“You can't beat our pies!”)" glosses the name with its slogan.
    test: (i) =>
      !i.recovered &&
      /\(\s*$/.test(leftText(i)) &&
      !/^\p{Lu}/u.test(
        leftText(i)
          .replace(/\(\s*$/, "")
          .trim()
          .split(/\s+/)
          .at(-1) ?? "",
      ) &&
      /^\s*\)/.test(i.text.slice(i.right.start, i.right.end)) &&
      /^\p{Lu}/u.test(contentText(i)) &&
      words(i, i.content).length >= MIN_DIRECT_WORDS,
  },
  {
    name: "kind:direct-sentence",
    kind: "direct",
    test: (i) =>
      (startsSentence(i) || /:\s*$/.test(leftText(i))
        ? /^[\p{Lu}\p{N}“"‘'(.…[]/u.test(contentText(i))
        : introducedBySpeech(i) && /^[\p{Lu}“"‘'[]/u.test(contentText(i))) &&
      (endsLikeSpeech(i) || words(i, i.content).length >= MIN_DIRECT_WORDS),
  },
  {
    name: "kind:direct-after-verb-comma",
    kind: "direct",
    // Mr. Smith said, “we were floored.”: a whole sentence of speech handed over by "said,", whatever its case.
    test: (i) =>
      endsInWordAndComma(leftText(i)) && lastWordIsVerb(i) && /[.!?…]$/.test(contentText(i)) && endsSentence(i),
  },
  {
    name: "kind:direct-aside",
    kind: "direct",
    test: (i) => !i.recovered && standsAsAside(i),
  },
  {
    name: "kind:direct-resumed",
    kind: "direct",
    test: (i) => i.resumes,
  },
  {
    name: "kind:direct-recovered",
    kind: "direct",
    test: (i) => i.recovered,
  },
  {
    name: "kind:name-title",
    kind: "name",
    test: (i) => looksLikeTitle(i) && !i.attributed && !hasReportingVerb(i, i.left, REPORTING_VERBS),
  },
  {
    name: "kind:scare-short",
    kind: "scare",
    test: (i) => words(i, i.content).length <= 2 && !i.attributed && !hasReportingVerb(i, i.left, REPORTING_VERBS),
  },

  { name: "kind:partial", kind: "partial", test: (i) => !startsSentence(i) },
  { name: "kind:direct-fallback", kind: "direct", test: () => true },
];

/**
 * A word and a comma end the text, white space after them at most: `/\b\p{L}+,\s*$/u`, tried only when the text
 * ends in a comma (the pattern, tried at every word of a long left clause, is slow to fail).
 */
const endsInWordAndComma = (text: string): boolean => text.trimEnd().endsWith(",") && /\b\p{L}+,\s*$/u.test(text);

/** The rule that reads a phrase named as words ("added the words, “Hillary Clinton.”") as a fragment, not speech. */
export const WORDS_MENTIONED_RULE = "kind:partial-words-mentioned";

export function classifyKind(input: KindInput): { kind: QuoteKind; rule: string } {
  try {
    const found = KIND_RULES.find((rule) => rule.test(input));
    const kind = found?.kind ?? "direct";
    // Only speech is demoted: a named term the rules read as a name or a scare quote stays one.
    if (kind === "direct" && !input.recovered && !startsSentence(input) && mentionsWords(input)) {
      return { kind: "partial", rule: WORDS_MENTIONED_RULE };
    }
    return { kind, rule: found?.name ?? "kind:direct-fallback" };
  } finally {
    forgetWords();
  }
}
