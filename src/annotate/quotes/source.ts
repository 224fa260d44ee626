/**
 * Finds the cue (reporting verb or phrase) and the source phrase beside a quotation or a reported clause:
 * after the quotation (“…,” said X / “…,” X said / “…,” he told reporters) or before it (X said: “…” /
 * According to X, “…” / X made an announcement: “…”).
 */
import type { Span } from "../../core/span.js";
import { sentenceEnds, trim, type Word, wordsOf } from "./context.js";
import { PHRASE_BREAKERS, REPORTING_VERBS, STRONG_REPORTING_VERBS } from "./lexicon.js";

export interface Attribution {
  readonly cue: Span;
  readonly source?: Span;
  readonly rule: string;
}

/** How far a source phrase may reach from its verb; longer stretches are clauses, not names or titles. */
const MAX_SOURCE_WORDS = 12;
/**
 * How a source phrase begins: a capital (a name or title), a determiner or a pronoun, or a bare plural that often
 * speaks ("officials said"). "…” to drive up the price and your pay, Warren said" has none of these.
 */
const SOURCE_WORDS =
  /^(?:the|a|an|he|she|they|we|i|it|one|some|many|several|most|other|another|his|her|their|its|our|both|all|two|three|four|officials|sources|critics|experts|analysts|aides|advisers|people|residents|witnesses|police|authorities|democrats|republicans|supporters|opponents|voters|lawmakers|senators|economists|investigators|prosecutors|researchers|scientists|observers|insiders|diplomats)\b/i;
// Kept apart from SOURCE_WORDS: under the `i` flag \p{Lu} would match lower-case letters too.
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
export const SOURCE_START = {
  test: (phrase: string): boolean => CAPITAL_OR_DIGIT.test(phrase) || SOURCE_WORDS.test(phrase),
};

/** How far after a closing mark the verb may stand: a name with a long apposition ("X, the attorney general of …, said"). */
const MAX_AFTER_SOURCE_WORDS = 24;
/** Conjunctions and adverbs that begin a clause, not a source ("Yet", "And", "To which she"). */
const NOT_A_SOURCE_START =
  /^(?:yet|and|but|or|so|to|which|that|then|also|repeatedly|later|once|now|not|after|before|when|while|if|as|because|since|although|though|\p{Ll}+ing)\b/iu;

/** A source phrase starts like a noun phrase and not like a clause, and holds no quotation mark. */
export function isPlausibleSource(phrase: string): boolean {
  return SOURCE_START.test(phrase) && !NOT_A_SOURCE_START.test(phrase) && !/["“”«»]|''/.test(phrase);
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
function descriptionLength(words: readonly Word[]): number {
  let n = 1;
  while (n < words.length && n < MAX_DESCRIPTION_WORDS) {
    const w = (words[n]?.text ?? "").toLowerCase();
    if (
      SUBJECT_ENDS.has(w) ||
      REPORTING_VERBS.has(w) ||
      (n >= 2 && /[^s]s$/.test(w) && !/^\p{Lu}/u.test(words[n]?.text ?? ""))
    )
      break;
    n++;
  }
  return n;
}

/** Small words a multi-word name or title keeps ("the Secretary of State", "Ministry for Foreign Affairs"). */
const NAME_GLUE = new Set(["the", "a", "an", "of", "for", "and", "de", "van", "von", "der", "la", "le", "al"]);
/** Longest subject we take from the start of a sentence. */
const MAX_SUBJECT_WORDS = 8;

/**
 * The subject at the start of a clause: the first comma segment that is not an adverbial, cut to its leading
 * name-like run ("Later in the day, Trump attacked …" → "Trump"), with a following apposition ("Dean, a former …,").
 */
export function subjectAtStart(text: string, clause: Span): Span | undefined {
  const segments: Span[] = [];
  let from = clause.start;
  for (const m of text.slice(clause.start, clause.end).matchAll(/,\s*/g)) {
    segments.push(trim(text, { start: from, end: clause.start + (m.index ?? 0) }));
    from = clause.start + (m.index ?? 0) + m[0].length;
  }
  segments.push(trim(text, { start: from, end: clause.end }));
  const at = segments.findIndex(
    (seg) =>
      seg.end > seg.start &&
      !ADVERBIAL_OPENERS.test(text.slice(seg.start, seg.end)) &&
      !/^\p{N}/u.test(text.slice(seg.start, seg.end)),
  );
  const seg = segments[at];
  if (seg === undefined) return undefined;
  const words = wordsOf(text, seg);
  let n = 0;
  while (
    n < words.length &&
    n < MAX_SUBJECT_WORDS &&
    (/^\p{Lu}/u.test(words[n]?.text ?? "") || NAME_GLUE.has((words[n]?.text ?? "").toLowerCase()))
  )
    n++;
  while (n > 0 && NAME_GLUE.has((words[n - 1]?.text ?? "").toLowerCase())) n--;
  if (n === 0 && /^(?:the|a|an|this|that|these|those|his|her|their|its|our)$/i.test(words[0]?.text ?? ""))
    n = descriptionLength(words);
  const last = words[Math.max(0, n - 1)];
  const firstWord = words[0];
  if (firstWord === undefined || last === undefined) return undefined;
  let span: Span = {
    start: firstWord.start,
    end: n > 0 ? last.end : (words[Math.min(2, words.length - 1)]?.end ?? last.end),
  };
  const next = segments[at + 1];
  if (
    next &&
    n === words.length &&
    /^(?:a|an|the)\s/i.test(text.slice(next.start, next.end)) &&
    wordsOf(text, next).length <= MAX_SOURCE_WORDS
  ) {
    span = { start: span.start, end: next.end };
  }
  return isPlausibleSource(text.slice(span.start, span.end)) ? span : undefined;
}

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
  "simply",
  "just",
  "further",
  "separately",
  "earlier",
  "finally",
  "flatly",
  "bluntly",
]);
/** Words that open an adverbial segment before the subject ("In a statement, …", "Speaking to reporters, …"). */
const ADVERBIAL_OPENERS =
  /^(?:in|at|on|during|after|before|speaking|writing|asked|when|while|since|earlier|later|meanwhile|however|still|yet|also|now|then|today|yesterday|last|this|for|with|by|from|as|but|and|so|over|under|through)\b/i;
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

/** A reporting verb used as a verb: not after a determiner or preposition. */
export function isVerbAt(words: readonly Word[], i: number, lenient = false): boolean {
  const w = words[i];
  const lower = w?.text.toLowerCase() ?? "";
  if (w === undefined || !REPORTING_VERBS.has(lower)) return false;
  const prev = words[i - 1]?.text ?? "";
  if (NOUN_MARKERS.has(prev.toLowerCase())) return false;
  // "his early-morning tweets", "police reports": a form that is as often a noun needs a subject-like word before it.
  // Right after a quotation ("…,” the letter reads) the noun reading is rare, so `lenient` skips this check.
  return lenient || !NOUN_LIKE_FORMS.has(lower) || /^\p{Lu}/u.test(prev) || SUBJECT_PRONOUNS.has(prev.toLowerCase());
}

/** Reporting-verb forms that are at least as often nouns in news copy. */
const NOUN_LIKE_FORMS = new Set(
  "tweet tweets report reports claim claims post posts call calls note notes state states show shows find finds charge charges answer answers reply replies remark remarks promise promises vow vows hope hopes fear fears worry worries estimate estimates read reads counter counters put puts".split(
    " ",
  ),
);
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "who", "which", "that"]);
/** Auxiliaries and adverbs that sit between a subject and its verb ("Clinton has not", "Trump once"). */
const TRAILING_AUX =
  /(?:\s+(?:has|had|have|is|was|were|are|been|not|never|once|now|also|later|then|did|does|do|would|will|could|may|might|previously|repeatedly|recently|again|still|often|always|just))+$/i;

/** "…, as argued by analysts" / "as reported by the Post": a passive attribution after the content. */
const AS_BY = /^[\s,.!?—–-]*as\s+(?:was\s+)?(\p{L}+)\s+by\s+([^,.;:!?]+)/iu;

/** A source phrase read leftwards from just before `verbAt`: the last comma segment that is not an adverbial. */
export function sourceBefore(text: string, from: number, verbAt: number): Span | undefined {
  const stretch = text.slice(from, verbAt);
  const segments: Span[] = [];
  let start = 0;
  for (const m of stretch.matchAll(/[,;—–(]|\s-\s/g)) {
    segments.push({ start: from + start, end: from + (m.index ?? 0) });
    start = (m.index ?? 0) + m[0].length;
  }
  segments.push({ start: from + start, end: verbAt });
  const parts = segments.map((s) => trim(text, s)).filter((s) => s.end > s.start);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    if (part === undefined) continue;
    const words = wordsOf(text, part);
    if (words.length === 0) continue;
    // An adverbial segment ("…, at a briefing, said") is skipped when a subject segment stands before it.
    if (i > 0 && ADVERBIAL_OPENERS.test(text.slice(part.start, part.end))) continue;
    const cut = cutAtBreaker(words.slice(-MAX_SOURCE_WORDS));
    if (cut === undefined) continue;
    let span: Span = { start: cut.start, end: part.end };
    const aux = TRAILING_AUX.exec(text.slice(span.start, span.end));
    if (aux) span = { start: span.start, end: span.end - aux[0].length };
    // "He’s been saying": the subject is the pronoun, not the contraction.
    if (/^\p{L}+['’]s$/u.test(text.slice(span.start, span.end))) span = { start: span.start, end: span.end - 2 };
    if (span.end <= span.start) continue;
    // "Smith, a spokesman for the campaign, said": keep the name before a descriptive apposition.
    const prev = parts[i - 1];
    if (
      /^(?:a|an|the)\b/i.test(text.slice(span.start, span.end)) &&
      prev &&
      /^\p{Lu}/u.test(text.slice(prev.start, prev.end)) &&
      wordsOf(text, prev).length <= 4
    ) {
      span = { start: prev.start, end: span.end };
    }
    return span;
  }
  return undefined;
}

/** The words after the last clause breaker ("and", "that", "while"), so "…and Smith said" gives "Smith". */
function cutAtBreaker(words: readonly Word[]): Word | undefined {
  let first = 0;
  words.forEach((w, i) => {
    if (PHRASE_BREAKERS.has(w.text.toLowerCase()) && i < words.length - 1) first = i + 1;
  });
  return words[first];
}

/** A source phrase read rightwards from `from`: up to a comma, a sentence end or a preposition. */
export function sourceAfter(text: string, from: number, to: number): Span | undefined {
  const words = wordsOf(text, { start: from, end: to });
  let end: number | undefined;
  for (const [i, w] of words.entries()) {
    if (i >= MAX_SOURCE_WORDS) break;
    const gap = text.slice(i === 0 ? from : (words[i - 1]?.end ?? from), w.start);
    if (i > 0 && /[,;:.!?—–()]/.test(gap)) break;
    if (i > 0 && PHRASE_BREAKERS.has(w.text.toLowerCase())) break;
    end = w.end;
  }
  const first = words[0];
  return first && end !== undefined ? { start: first.start, end } : undefined;
}

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
  // “…,” said X — but not “…,” adding that …: a participle continues the sentence, it does not name a source.
  if (isVerbAt(words, 0, true) && !/ing$/i.test(first.text)) {
    const source = sourceAfter(text, first.end, clause.end);
    const plausible = source && isPlausibleSource(text.slice(source.start, source.end));
    return { cue: first, ...(plausible ? { source } : {}), rule: "cue:verb-source" };
  }
  for (const [i, w] of words.entries()) {
    if (i > MAX_AFTER_SOURCE_WORDS) break;
    if (!isVerbAt(words, i, true)) continue;
    const source = trim(text, { start: first.start, end: lastNonAux(words, i, first.start) });
    if (source.end <= source.start) return undefined;
    // "…, as opposed to", "…, which said": a relative or comparative clause, not a source.
    if (
      /^(?:as|which|who|where|when|while|if|because|so|than|was|is|were|are|been|be|being)\b/i.test(
        text.slice(source.start, source.end),
      )
    )
      return undefined;
    if (sentenceEnds(text, source.start, source.end).length > 0) return undefined;
    if (!isPlausibleSource(text.slice(source.start, source.end))) return undefined;
    return { cue: w, source, rule: "cue:source-verb" };
  }
  return undefined;
}

/** End of the source before verb `i`, skipping auxiliaries and adverbs that sit between them. */
function lastNonAux(words: readonly Word[], i: number, floor: number): number {
  let j = i - 1;
  while (j >= 0 && BETWEEN_SOURCE_AND_VERB.has((words[j]?.text ?? "").toLowerCase())) j--;
  return words[j]?.end ?? floor;
}

/** X said: “…” / X told CNN, “…” / According to X, “…” / X made an announcement: “…”: the clause before an opening mark. */
export function attributionBefore(text: string, clause: Span): Attribution | undefined {
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
    const w = words[i];
    if (w === undefined || !isVerbAt(words, i)) continue;
    // A weak verb ("continue", "find") introduces speech only when a comma or colon hands over to the quotation.
    if (!STRONG_REPORTING_VERBS.has(w.text.toLowerCase()) && !/[,:]\s*$/.test(stretch)) continue;
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
    if (words.length > 0 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w.text))) {
      const colon = clause.start + stretch.lastIndexOf(":");
      return {
        cue: { start: colon, end: colon + 1 },
        source: trim(text, { start: clause.start, end: colon }),
        rule: "cue:name-colon",
      };
    }
    // "X is rolling out a new message: “…”": the colon hands over to the subject of the sentence.
    const colon = clause.start + stretch.lastIndexOf(":");
    const subject = subjectAtStart(text, { start: clause.start, end: colon });
    if (subject) return { cue: { start: colon, end: colon + 1 }, source: subject, rule: "cue:colon-subject" };
  }
  return undefined;
}
