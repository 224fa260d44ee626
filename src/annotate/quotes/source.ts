/**
 * Finds the cue (reporting verb or phrase) and the source phrase beside a quotation or a reported clause:
 * after the quotation (“…,” said X / “…,” X said / “…,” he told reporters) or before it (X said: “…” /
 * According to X, “…” / X made an announcement: “…”).
 */
import type { Span } from "../../core/span.js";
import { sentenceEnds, trim, type Word, wordsOf } from "./context.js";
import { isLyAdverb, REPORTING_VERBS, STRONG_REPORTING_VERBS } from "./lexicon.js";
import {
  attributionBeforeParticiple,
  isPlausibleSource,
  sourceAfter,
  sourceBefore,
  subjectAtStart,
  withAbsoluteSubject,
} from "./phrase.js";

export interface Attribution {
  readonly cue: Span;
  readonly source?: Span;
  readonly rule: string;
}

/**
 * A full stop right before a closing quotation mark. Not "?" or "!": “Why?” Eva Miller, a retired worker, asked.
 * is written as often as with a comma.
 */
const ENDS_SENTENCE_BEFORE_MARK = /\.["”’']$/u;
/** After a quotation that ends its sentence, how far the verb may stand: "Sen. Ann Marie Lee said." */
const MAX_AFTER_SENTENCE_END_WORDS = 4;
/** How far after a closing mark the verb may stand: a name with a long apposition ("X, the attorney general of …, said"). */
const MAX_AFTER_SOURCE_WORDS = 24;

/** Words an auxiliary or adverb may put between a source and its verb ("he later said", "she has told"). */
const BETWEEN_SOURCE_AND_VERB = new Set([
  "also",
  "later",
  "then",
  "has",
  "had",
  "have",
  "would",
  "will",
  "once",
  "again",
  "previously",
  "recently",
  "repeatedly",
  // "has since said": the adverb after a perfect auxiliary, not the conjunction.
  "since",
  "simply",
  "just",
  "further",
  "separately",
  "earlier",
  "finally",
  "flatly",
  "bluntly",
]);

/** Verbs that carry a colon cue with a noun ("made an announcement:", "issued a statement:"). */
const COLON_CUE_VERBS =
  /\b(?:made|makes|make|issued|issues|gave|gives|released|releases|posted|posts|offered|offers|put|puts|sent|sends|delivered|delivers)\b[^:]*:?\s*$/i;

const ACCORDING = /\b(according to|in the words of)\s+([^,.;:]+?)\s*[,:]?\s*$/i;

/** Words before which a reporting-verb form is a noun or adjective: "head of state", "the continued presence". */
const NOUN_MARKERS = new Set([
  "the",
  "a",
  "an",
  "of",
  "his",
  "her",
  "its",
  "their",
  "this",
  "that",
  "our",
  "your",
  "my",
  "in",
  "on",
  "for",
  "with",
  "to",
  "no",
  "any",
  "each",
  "every",
]);

/** Punctuation between two words that closes the first one's phrase: "…without asking her, pledged …". */
const PHRASE_BREAK = /[,;:()—–]/;

/**
 * Whether `isVerbAt` may hold for a word, whatever its neighbours: only a reporting-verb form (or "comments" before
 * "that") can be one. Rules that try many stretches of one sentence ask it of the sentence's words first.
 */
export function mayBeVerb(word: Word): boolean {
  const lower = word.text.toLowerCase();
  return REPORTING_VERBS.has(lower) || VERB_BEFORE_THAT.has(lower);
}

/**
 * A reporting verb used as a verb: not after a determiner or preposition. Given the text, a word behind a comma or
 * another phrase break is not read as the verb's determiner: in "…without asking her, pledged that" the "her" ends
 * an aside, and "pledged" is the sentence's verb.
 */
export function isVerbAt(words: readonly Word[], i: number, lenient = false, text?: string): boolean {
  const w = words[i];
  const lower = w?.text.toLowerCase() ?? "";
  if (w === undefined) return false;
  // "the economist Ann Lee comments that …": a form that is mostly a noun is a verb before "that".
  // Only after a name or a pronoun: "the abortion comments that sank …" is a noun.
  const verbBeforeThat =
    VERB_BEFORE_THAT.has(lower) &&
    words[i + 1]?.text.toLowerCase() === "that" &&
    /^(?:\p{Lu}\p{Ll}|he$|she$|they$|it$)/u.test(words[i - 1]?.text ?? "");
  if (!REPORTING_VERBS.has(lower) && !verbBeforeThat) return false;
  // "lawmakers continue to have concerns", "he has learned the hard way": going on and finding out report no words
  // with an infinitive, an object or a complement right after ("…,” he continued as …", "continues Keller," and "…,
  // the paper has learned." do). "critics continue to insist that …" goes on saying: a verb of saying after "to"
  // makes it a cue.
  if (GOING_ON_OR_FINDING_OUT.has(lower) && !REPORTING_VERBS.has(words[i + 2]?.text.toLowerCase() ?? "")) {
    const next = words[i + 1];
    const joined = next !== undefined && (text === undefined || !PHRASE_BREAK.test(text.slice(w.end, next.start)));
    if (joined && GOING_ON_OBJECT.test(next.text)) return false;
  }
  // "a tipping point", "leads by 20 points", "pointed to the data": a form of "point" reports speech only with "out".
  if (POINT_FORMS.has(lower) && words[i + 1]?.text.toLowerCase() !== "out") return false;
  const left = words[i - 1];
  const broken = text !== undefined && left !== undefined && PHRASE_BREAK.test(text.slice(left.end, w.start));
  const adjacent = left?.text ?? "";
  const prev = broken ? "" : adjacent;
  // "the United States and China", "Reports Without Borders": a capitalised form after a capitalised word is part of
  // a name, not a verb.
  if (/^\p{Lu}/u.test(w.text) && /^\p{Lu}/u.test(prev)) return false;
  if (NOUN_MARKERS.has(prev.toLowerCase())) return false;
  // "state Sen. Jason Holsman said", "state Rep. Ann Lee": "state" before a title is the office's level, not a verb.
  if ((lower === "state" || lower === "states") && STATE_TITLE_AFTER.test(words[i + 1]?.text ?? "")) return false;
  // "The newly announced cases", "Britain's emotionally charged uprising": a participle after a determiner or a
  // possessive and an adverb describes the noun after it.
  const before = words[i - 2]?.text ?? "";
  if (
    isLyAdverb(prev) &&
    (NOUN_MARKERS.has(before.toLowerCase()) || (/\p{L}['’]s$/u.test(before) && !CONTRACTIONS.test(before)))
  )
    return false;
  // "NARAL’s claim", "the president's remarks": after a possessive, a noun ("he's said" is a contraction, not one).
  if (/\p{L}['’]s$/u.test(prev) && !CONTRACTIONS.test(prev)) return false;
  // "Most state lawmakers", "many report cards": after a quantifier and without "that", a noun-like form is a noun.
  if (NOUN_LIKE_FORMS.has(lower) && QUANTIFIERS.has(prev.toLowerCase()) && words[i + 1]?.text.toLowerCase() !== "that")
    return false;
  // "The most popular chant has been", "the June reports are": a form that is often a noun, followed by an auxiliary,
  // is the subject noun. (Not "say": "a plan critics say is flawed" keeps its verb.)
  if (NOUN_LIKE_FORMS.has(lower) && AUXILIARY_AFTER_NOUN.has(words[i + 1]?.text.toLowerCase() ?? "")) return false;
  // "when he sent the Thursday morning tweet": the base form after a determiner and a singular word is a noun, since
  // a singular subject would take "tweets" ("the senators tweet" keeps its verb, "the statement read" its past).
  if (
    NOUN_LIKE_FORMS.has(lower) &&
    !lower.endsWith("s") &&
    !PAST_LIKE_BASE.has(lower) &&
    !/s$/i.test(prev) &&
    words.slice(Math.max(0, i - 3), Math.max(0, i - 1)).some((w) => NOUN_MARKERS.has(w.text.toLowerCase()))
  )
    return false;
  // "his early-morning tweets", "police reports": a form that is as often a noun needs a subject-like word before it.
  // Right after a quotation ("…,” the letter reads) the noun reading is rare, so `lenient` skips this check.
  return (
    lenient || !NOUN_LIKE_FORMS.has(lower) || /^\p{Lu}/u.test(adjacent) || SUBJECT_PRONOUNS.has(adjacent.toLowerCase())
  );
}

/** Forms of "continue" and "learn", which report speech only without an object or an infinitive after them. */
const GOING_ON_OR_FINDING_OUT = new Set("continue continues continued learn learns learned learnt".split(" "));
/** What opens an infinitive, an object or a complement after "continue" or "learn". */
const GOING_ON_OBJECT =
  /^(?:to|the|a|an|his|her|its|their|this|these|those|our|my|your|some|many|much|more|about|of|from|with|on|in|at|for|apace|unabated|\p{Ll}+ing)$/iu;

/** Titles that "state" qualifies: "state Sen.", "state Rep.", "state Attorney General". */
const STATE_TITLE_AFTER =
  /^(?:Sen|Sens|Rep|Reps|Senator|Senators|Representative|Representatives|Del|Delegate|Attorney|Treasurer|Auditor|Comptroller|Superintendent|Rep\.|Sen\.)\.?$/;

/** Forms of "point", a verb of saying only in "point out". */
const POINT_FORMS = new Set(["point", "points", "pointed", "pointing"]);

/** Base forms that are also past tenses ("the statement read", "the report put it"): verbs after any subject. */
const PAST_LIKE_BASE = new Set(["read", "put"]);

/** Pronouns and the like whose "'s" is "is" or "has". */
const CONTRACTIONS = /^(?:he|she|it|that|who|what|there|here|where|one|everyone|nobody|somebody)['’]s$/i;

/** Quantifiers that stand before a noun ("most state lawmakers") as often as they stand alone ("many say"). */
const QUANTIFIERS = new Set(["most", "many", "some", "several", "few", "other", "these", "those", "both", "all"]);

/** Auxiliaries that follow a subject noun but never a finite reporting verb ("reports are", "chant has been"). */
const AUXILIARY_AFTER_NOUN = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
]);

/** Reporting-verb forms that are at least as often nouns in news copy. */
export const NOUN_LIKE_FORMS = new Set(
  "tweet tweets report reports claim claims post posts call calls note notes state states show shows find finds charge charges answer answers reply replies remark remarks promise promises pledge pledges vow vows hope hopes fear fears worry worries estimate estimates read reads counter counters put puts chant chants comment".split(
    " ",
  ),
);

const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "who", "which", "that"]);

/** "…, as argued by analysts" / "as reported by the Post": a passive attribution after the content. */
const AS_BY = /^[\s,.!?—–-]*as\s+(?:was\s+)?(\p{L}+)\s+by\s+([^,.;:!?]+)/iu;

/** ", as X put it," / ", as X said.": a source and a verb closing an "as" clause right after the closing mark. */
const AS_SOURCE_VERB = /^[\s,]*as\s+([^,.;:!?()—–]+?)\s+(\p{Ll}+)(?:\s+it)?\s*(?=[,.;:!?)—–]|$)/du;

/** A closing quotation mark at the end of the text before a clause. */
const AFTER_CLOSING_MARK = /["”’»']$/u;

/** “…,” said X / “…,” X said / “…,” he told reporters: the clause after a closing mark. */
export function attributionAfter(text: string, clause: Span): Attribution | undefined {
  // “…” ― Jane Doe: a dash byline after the quotation, as in vox-pops and epigraphs.
  const dash = /^\s*([―—–]|--?)\s*(?=\p{Lu})/u.exec(text.slice(clause.start, clause.end));
  if (dash?.[1]) {
    const cueAt = clause.start + dash[0].indexOf(dash[1]);
    const source = sourceAfter(text, clause.start + dash[0].length, clause.end);
    if (source) return { cue: { start: cueAt, end: cueAt + dash[1].length }, source, rule: "cue:dash-byline" };
  }
  const words = wordsOf(text, clause);
  const first = words[0];
  if (first === undefined) return undefined;
  // Anything but light punctuation between the mark and the first word means a new clause, not an attribution.
  if (!/^[\s,.!?—–-]*$/.test(text.slice(clause.start, first.start))) return undefined;
  const asBy = AS_BY.exec(text.slice(clause.start, clause.end));
  if (asBy?.[1] && asBy[2] && REPORTING_VERBS.has(asBy[1].toLowerCase())) {
    const cueAt = clause.start + asBy[0].indexOf(asBy[1]);
    const sourceAt = clause.start + asBy[0].length - asBy[2].length;
    return {
      cue: { start: cueAt, end: cueAt + asBy[1].length },
      source: trim(text, { start: sourceAt, end: sourceAt + asBy[2].length }),
      rule: "cue:as-by",
    };
  }
  // "opposition to “the collective society,” as Jane Roe put it, …": an "as" clause whose verb closes it
  // (with "it" at most), right after a closing mark, names whose words the quotation holds. ("…, as the law
  // requires" has no reporting verb; after a clause with no quotation, "…, as it claims?" is left alone.)
  const asPut = AFTER_CLOSING_MARK.test(text.slice(0, clause.start))
    ? AS_SOURCE_VERB.exec(text.slice(clause.start, clause.end))?.indices
    : undefined;
  const [who, verb] = [asPut?.[1], asPut?.[2]];
  if (who && verb) {
    const at = words.findIndex((w) => w.start === clause.start + verb[0]);
    // "as Salon has previously reported": auxiliaries and adverbs before the verb are not part of the source.
    const end = lastNonAux(words, at, clause.start + who[0]);
    const source = trim(text, { start: clause.start + who[0], end: Math.min(end, clause.start + who[1]) });
    if (at >= 0 && isVerbAt(words, at, true, text) && isPlausibleSource(text.slice(source.start, source.end)))
      return { cue: words[at] as Word, source, rule: "cue:as-source-verb" };
  }
  // “…,” said X — but not “…,” adding that …: a participle continues the sentence, it does not name a source.
  // "“…,” comments Jo Lane": a form that is mostly a noun is a verb here, before a name.
  const invertedOnly = INVERTED_ONLY_VERBS.has(first.text.toLowerCase()) && /^\p{Lu}/u.test(words[1]?.text ?? "");
  if ((isVerbAt(words, 0, true, text) || invertedOnly) && !/ing$/i.test(first.text)) {
    const source = sourceAfter(text, first.end, clause.end);
    // "…, announced she will not back the bill", "…, said he's sympathetic": a pronoun with more words or a
    // contracted verb after it is a clause, not "said he".
    const plausible =
      source &&
      isPlausibleSource(text.slice(source.start, source.end)) &&
      !/^(?:he|she|they|we|i|it|you)(?:\s+\S|['’])/i.test(text.slice(source.start, source.end));
    return { cue: first, ...(plausible ? { source } : {}), rule: "cue:verb-source" };
  }
  // “… irredeemables.” Her campaign was …: a quotation that ends its sentence is followed by a new one, which names
  // its speaker only in a short "Smith said." (a name, no apposition).
  // ("“… pay his?” a narrator in the ad asks." goes on with a lower-case word: the same sentence.)
  const newSentence =
    ENDS_SENTENCE_BEFORE_MARK.test(text.slice(Math.max(0, clause.start - 3), clause.start)) &&
    /^\p{Lu}/u.test(first.text);
  const reach = newSentence ? MAX_AFTER_SENTENCE_END_WORDS : MAX_AFTER_SOURCE_WORDS;
  for (let i = 0; i < words.length; i++) {
    const goOn = continuationCue(text, words, i);
    const w = goOn ?? (words[i] as Word);
    if (i > reach) break;
    if (!goOn && !isVerbAt(words, i, true, text)) continue;
    // "…, some of them with only a 10-minute warning.": a form in -ing with a determiner just before it is a noun.
    if (/ing$/i.test(w.text) && words.slice(Math.max(0, i - 2), i).some((x) => DETERMINERS.has(x.text.toLowerCase())))
      continue;
    const source = trim(text, { start: first.start, end: lastNonAux(words, i, first.start) });
    if (source.end <= source.start) return undefined;
    // "…in a vacuum.” Managers, he went on, “…”": after a quotation that ended its sentence, a comma in the source
    // means the new sentence is the reporter's, and its attribution belongs to the quotation after it.
    if (newSentence && /,/.test(text.slice(source.start, source.end))) return undefined;
    // "…, as opposed to", "…, which said": a relative or comparative clause, not a source.
    if (
      /^(?:as|which|who|where|when|while|if|because|so|than|was|is|were|are|been|be|being)\b/i.test(
        text.slice(source.start, source.end),
      )
    )
      return undefined;
    if (sentenceEnds(text, source.start, source.end).length > 0) return undefined;
    // "“…” the country is facing, said Romney adviser Russ Schriefer": the quotation's sentence runs on past the
    // closing mark and a comma hands over to an inverted attribution, whose source follows the verb.
    const inverted = invertedSource(text, source, w, clause.end);
    if (inverted) return { cue: w, source: inverted, rule: "cue:verb-source" };
    // "…, not limited to the West Bank, as the Obama administration claimed": the subject of the "as" clause.
    const asClause = /(?:^|,\s*|\s)as\s+(?=[^,]+$)/i.exec(text.slice(source.start, source.end));
    const subject = asClause ? { start: source.start + asClause.index + asClause[0].length, end: source.end } : source;
    if (!isPlausibleSource(text.slice(subject.start, subject.end))) return undefined;
    return { cue: w, source: subject, rule: "cue:source-verb" };
  }
  return undefined;
}

/** Reporting forms that are nouns more often than verbs, read as verbs before "that" ("Lee comments that …"). */
const VERB_BEFORE_THAT = new Set(["comments"]);

/** Reporting forms read as verbs only right after a quotation and before a name: elsewhere they are nouns. */
const INVERTED_ONLY_VERBS = new Set(["comments"]);

/** Forms of "go" that, with "on" and nothing after it in the clause, continue someone's speech. */
const GO_ON_FORMS = new Set(["went", "goes"]);

/**
 * "“…,” she went on." / "Managers, he went on, “…”": "went on" closing its clause (a comma, a stop, a colon or a
 * dash after "on") says the speaker continued speaking; the two words together are the cue. "went on a tour" and
 * "went on to praise" go on with an object and report no speech.
 */
export function continuationCue(text: string, words: readonly Word[], i: number): Word | undefined {
  const go = words[i];
  const on = words[i + 1];
  if (go === undefined || on === undefined || !GO_ON_FORMS.has(go.text.toLowerCase())) return undefined;
  if (on.text.toLowerCase() !== "on" || !/^\s+$/.test(text.slice(go.end, on.start))) return undefined;
  if (!/^\s*(?:[,.:;—–]|$)/.test(text.slice(on.end, on.end + 3))) return undefined;
  return { start: go.start, end: on.end, text: text.slice(go.start, on.end) };
}

/** Determiners before a noun ("a 10-minute warning", "the early reporting"). */
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "no"]);

/** A finite verb inside a phrase: no source phrase has one ("the country is facing"). */
export const FINITE_IN_PHRASE =
  /\b(?:(?:is|are|was|were|has|have|had|would|could|do|does|did)(?:n['’]t)?|will|can|can['’]t|won['’]t)\b/i;

/**
 * The source after verb `w` when the phrase before it cannot be one (it has a finite verb of its own) and a comma
 * stands right before the verb: "…, said Romney adviser Russ Schriefer". The source must open with a capital.
 */
function invertedSource(text: string, before: Span, w: Word, end: number): Span | undefined {
  if (!FINITE_IN_PHRASE.test(text.slice(before.start, before.end))) return undefined;
  if (!/,\s*$/.test(text.slice(before.end, w.start))) return undefined;
  const after = sourceAfter(text, w.end, end);
  if (after === undefined || !/^\p{Lu}/u.test(text.slice(after.start, after.end))) return undefined;
  return isPlausibleSource(text.slice(after.start, after.end)) ? after : undefined;
}

/** End of the source before verb `i`, skipping auxiliaries and adverbs that sit between them. */
function lastNonAux(words: readonly Word[], i: number, floor: number): number {
  let j = i - 1;
  while (j >= 0 && BETWEEN_SOURCE_AND_VERB.has((words[j]?.text ?? "").toLowerCase())) j--;
  return words[j]?.end ?? floor;
}

/** Verbs of asking: a quoted question right after one is what was asked, with or without a comma before it. */
const ASKING_VERBS = new Set(["ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering"]);

/**
 * X said: “…” / X told CNN, “…” / According to X, “…” / X made an announcement: “…”: the clause before an opening mark.
 * `question`: the quotation is a question, which a verb of asking governs without a comma ("X asked “Why …?”").
 */
/** Verbs of an imperative that hands the floor to someone: "Let Dr. Lee explain:", "Take it from the coach:". */
const IMPERATIVE_LEAD = /^(?:let|allow|take\s+it\s+from|hear\s+it\s+from|listen\s+to)\s+(?=\S)/i;

/**
 * The speaker an imperative lead names: the object after its verb, up to the infinitive or verb it takes ("Allow
 * the surgeon to repeat that", "Let Ann Lee explain"). Undefined when the lead is no such imperative, null when
 * it is one but names nobody plausible — the imperative's verb is then no speaker either.
 */
function imperativeSpeaker(text: string, lead: Span): Span | null | undefined {
  const stretch = text.slice(lead.start, lead.end);
  const verb = IMPERATIVE_LEAD.exec(stretch);
  if (verb === null) return undefined;
  const words = wordsOf(text, { start: lead.start + verb[0].length, end: lead.end });
  let n = 0;
  // The object runs until "to", or until a lower-case word after a capitalised name ("Let Ann Lee explain").
  while (n < words.length) {
    const w = words[n]?.text ?? "";
    if (/^to$/i.test(w) || (n > 0 && /^\p{Ll}/u.test(w) && /^\p{Lu}/u.test(words[n - 1]?.text ?? ""))) break;
    n++;
  }
  const first = words[0];
  const last = words[n - 1];
  if (first === undefined || last === undefined) return null;
  const object = { start: first.start, end: last.end };
  return isPlausibleSource(text.slice(object.start, object.end)) ? object : null;
}

export function attributionBefore(text: string, clause: Span, question = false): Attribution | undefined {
  const stretch = text.slice(clause.start, clause.end);
  const according = ACCORDING.exec(stretch);
  if (according?.[1] && according[2]) {
    const cueStart = clause.start + according.index;
    const source = trim(text, {
      start: cueStart + according[1].length,
      end: cueStart + according[0].replace(/[\s,:]+$/, "").length,
    });
    return { cue: { start: cueStart, end: cueStart + according[1].length }, source, rule: "cue:according-to" };
  }
  const words = wordsOf(text, clause);
  // The reporting verb must sit in the last few words: "Trump told the crowd on Monday:" but not a verb far back.
  const reach = Math.max(0, words.length - 6);
  for (let i = words.length - 1; i >= reach; i--) {
    const goOn = continuationCue(text, words, i);
    const w = goOn ?? words[i];
    if (w === undefined || (!goOn && !isVerbAt(words, i, false, text))) continue;
    // "…, with Foreign Minister Ana Ruiz warning of “grave delays”": a participle with a subject of its own in a
    // "with" absolute construction is that person's cue, comma or not; the main clause's subject does not speak.
    const absolute = /ing$/i.test(w.text) ? withAbsoluteSubject(text, clause.start, w.start) : undefined;
    if (absolute) return { cue: w, source: absolute, rule: "cue:with-absolute" };
    // "…, Jo Roe said, adding, “…”": the participle goes on from the trailing attribution before it.
    const resumed = /ing$/i.test(w.text) ? attributionBeforeParticiple(text, clause.start, w.start) : undefined;
    if (resumed) return { cue: w, source: resumed, rule: "cue:participle-after-attribution" };
    // A weak verb ("continue", "find") introduces speech only when a comma or colon hands over to the quotation.
    // "After Lena Fox asked last week “Why …?”": a verb of asking takes a quoted question as its object.
    const asks = question && ASKING_VERBS.has(w.text.toLowerCase());
    const strong = STRONG_REPORTING_VERBS.has(w.text.toLowerCase()) || goOn !== undefined || asks;
    if (!strong && !/[,:]\s*$/.test(stretch)) continue;
    // "…, saying, “…”": a participle's subject is the subject of the sentence.
    const near = /ing$/i.test(w.text)
      ? undefined
      : (sourceBefore(text, clause.start, w.start) ?? sourceAfter(text, w.end, clause.end));
    const source =
      near && isPlausibleSource(text.slice(near.start, near.end))
        ? near
        : subjectAtStart(text, { start: clause.start, end: w.start });
    return { cue: w, ...(source ? { source } : {}), rule: "cue:source-verb-before" };
  }
  if (/:\s*$/.test(stretch)) {
    const colonCue = COLON_CUE_VERBS.exec(stretch);
    if (colonCue) {
      const cue = trim(text, { start: clause.start + colonCue.index, end: clause.end });
      const source = sourceBefore(text, clause.start, cue.start);
      return { cue, ...(source ? { source } : {}), rule: "cue:colon-phrase" };
    }
    // "Trump: “…”" — a bare name and a colon, as in transcripts and interviews.
    // "ANALYSIS/OPINION:", "IN A NUTSHELL:": a section label has a slash or a function word; a speaker's name has not.
    if (
      words.length > 0 &&
      words.length <= 4 &&
      words.every((w) => /^\p{Lu}/u.test(w.text)) &&
      !/\/|\b(?:a|an|the|in|of|it|is|what|to|for|and|on)\b/i.test(stretch.slice(0, stretch.lastIndexOf(":")))
    ) {
      const colon = clause.start + stretch.lastIndexOf(":");
      return {
        cue: { start: colon, end: colon + 1 },
        source: trim(text, { start: clause.start, end: colon }),
        rule: "cue:name-colon",
      };
    }
    // "Allow the surgeon to repeat that: “…”": an imperative lead has no subject; who speaks is its object.
    const colon = clause.start + stretch.lastIndexOf(":");
    const imperative = imperativeSpeaker(text, { start: clause.start, end: colon });
    if (imperative !== undefined)
      return {
        cue: { start: colon, end: colon + 1 },
        ...(imperative ? { source: imperative } : {}),
        rule: "cue:colon-imperative",
      };
    // "X is rolling out a new message: “…”": the colon hands over to the subject of the sentence.
    const subject = subjectAtStart(text, { start: clause.start, end: colon });
    if (subject) return { cue: { start: colon, end: colon + 1 }, source: subject, rule: "cue:colon-subject" };
  }
  return undefined;
}
