/**
 * Small tests on a reported clause shared by the reported-speech rules: whether it has a finite verb, and its span
 * without the sentence's closing punctuation.
 */
import type { Span } from "../../core/span.js";
import { trim, type Word, wordsOf } from "./context.js";

/** Auxiliaries, and common irregular past forms, that show a clause has a finite verb. */
const FINITE_WORDS = new Set(
  "is are was were am be will would shall should can could may might must has have had do does did 's 're 've 'll 'd rose fell grew went came made took got gave won lost paid sold held left ran saw knew thought found kept began became brought built bought spent sent cut hit put set met led told said wrote spoke stood meant felt heard broke chose drove ate flew forgot hid hurt let lay rode rang shook shot shut sang sat slept stole struck swore threw understood woke wore".split(
    " ",
  ),
);

/** An auxiliary with "n't" ("didn't", "won't", "can't", "isn't"). */
const NEGATED_AUXILIARY = /^(?:is|are|was|were|do|does|did|has|have|had|wo|would|ca|could|should|must|ai|need)n['’]t$/u;

/** Capitalised words that open a sentence without naming anyone: prepositions and articles. */
const OPENING_WORD = /^(?:in|on|at|for|of|by|from|with|to|as|the|a|an|after|before|under|over|among)$/i;

/**
 * Whether a reported clause has a finite verb: an auxiliary, an irregular past, an -ed word after its first, or an -s
 * word in lower case right after a pronoun or a name ("it works", "Smith wants"; "10,000 positions" is a plural, "the
 * United States" a name).
 */
export function hasFiniteVerb(text: string, s: Span): boolean {
  const ws = wordsOf(text, s);
  for (let i = 0; i < ws.length; i++) {
    const w = (ws[i] as Word).text;
    const lower = w.toLowerCase();
    if (FINITE_WORDS.has(lower)) return true;
    // The tests below need an apostrophe, an "-ed" or an "-s" ending: most words have none, and skip them.
    const apostrophe = hasApostrophe(lower);
    if (apostrophe && FINITE_WORDS.has(lower.replace(/^\p{L}+(?=['’])/u, ""))) return true;
    // negatedAuxiliary: "didn't", "won't", "isn't" are auxiliaries too, written with their negation.
    if (apostrophe && NEGATED_AUXILIARY.test(lower)) return true;
    if (i > 0 && lower.endsWith("ed") && /\p{L}{2,}ed$/u.test(lower)) return true;
    if (!w.endsWith("s")) continue;
    const before = ws[i - 1]?.text ?? "";
    // A capitalised word before is a name, not a sentence's opening preposition or article ("In terms of …").
    if (
      /^\p{Ll}+[^s']s$/u.test(w) &&
      (/^(?:he|she|it|this|that|who|which)$/i.test(before) || (/^\p{Lu}/u.test(before) && !OPENING_WORD.test(before)))
    )
      return true;
  }
  return false;
}

/** Auxiliaries, modals and irregular pasts that may open the main clause's predicate after a subject's relative clause. */
const MAIN_PREDICATE_OPENERS = new Set(
  "is are was were has have had will would can could should may might must do does did came went made took got gave won lost paid sold held left ran saw knew thought found kept began became brought built bought spent sent".split(
    " ",
  ),
);
/** Words that go on a verb group: auxiliaries, participles, negations and adverbs ("was sexually assaulted"). */
const IN_VERB_GROUP =
  /^(?:not|never|also|still|even|just|already|been|being|be|\p{Ll}+ly|\p{Ll}+ed|\p{Ll}+en|\p{Ll}+ing)$/u;
/** Function words after which a verb does not open a new predicate (nor after a verb of saying or thinking). */
const FUNCTION_WORD_BEFORE_PREDICATE =
  /^(?:to|and|or|but|nor|that|which|who|whom|whose|what|if|whether|when|where|while|because|as|than|he|she|they|we|i|you|it|there|this|these|those)$/i;
/** Conjunctions that join a clause of its own to the reported one ("he lost while the consultants got rich"). */
const CLAUSE_JOINER = /^(?:while|whereas|because|although|though|since|when|whenever|if|unless|until|as|but|so)$/i;
/** A possessive, not a contracted "is" or "has" after a pronoun. */
const POSSESSIVE = /^(?!(?:he|she|it|that|there|what|who|here|where)['’]s$)\p{L}[\p{L}.-]*['’]s$/iu;
/** Verbs of saying or thinking, which open a clause of their own. */
const SAYING_OR_THINKING =
  /^(?:say|says|said|think|thinks|thought|believe|believes|believed|know|knows|knew|claim|claims|claimed|feel|feels|felt)$/i;
/** What follows an -ed form that opens a predicate: its object ("sued the estate"). */
const OBJECT_AFTER = /^(?:the|a|an|his|her|their|its|our|my|this|that|these|those|him|them|us|me|\p{Lu}\p{L}*)$/u;

/**
 * "Women who say they were mistreated have come forward": a reported clause inside the relative clause of a subject
 * ends where the main clause's predicate begins. After the reported clause's own verb group, a word that opens a
 * predicate (an auxiliary, a modal, an irregular past, or an -ed form with its object) right after a noun, with no
 * punctuation, conjunction or verb of saying between, is taken as that predicate: "… they did not finish school came
 * from the South" ends before "came". The clause is returned whole when no such word follows ("tend to be" goes
 * unread: a plain present looks like a noun).
 */
export function beforeMainPredicate(text: string, c: Span): Span {
  const ws = wordsOf(text, c);
  // The reported clause's own verb: the first word whose prefix of the clause has a finite verb, a possessive
  // ("America's nationalism") being none.
  const finiteAt = (k: number): boolean => {
    const w = ws[k] as Word;
    const prev = ws[k - 1];
    // "Ann Lee’s famous ties": a word after a possessive is its noun or an adjective, not a verb in -s.
    if (POSSESSIVE.test(w.text) || POSSESSIVE.test(prev?.text ?? "")) return false;
    if (prev === undefined) return hasFiniteVerb(text, w);
    return hasFiniteVerb(text, { start: prev.start, end: w.end }) && !hasFiniteVerb(text, prev);
  };
  let i = ws.findIndex((_, k) => finiteAt(k));
  if (i < 0) return c;
  while (i + 1 < ws.length && (IN_VERB_GROUP.test(ws[i + 1]?.text ?? "") || FINITE_WORDS.has(ws[i + 1]?.text ?? "")))
    i++;
  for (let k = i + 2; k < ws.length; k++) {
    const w = ws[k] as Word;
    const before = ws[k - 1] as Word;
    const lower = w.text;
    const opens =
      MAIN_PREDICATE_OPENERS.has(lower) || (/^\p{Ll}{2,}ed$/u.test(lower) && OBJECT_AFTER.test(ws[k + 1]?.text ?? ""));
    if (!opens) continue;
    const gap = text.slice(before.end, w.start);
    if (
      !/^["”’']?\s+$/u.test(gap) ||
      FUNCTION_WORD_BEFORE_PREDICATE.test(before.text) ||
      SAYING_OR_THINKING.test(before.text)
    )
      continue;
    if (IN_VERB_GROUP.test(before.text) || FINITE_WORDS.has(before.text.toLowerCase())) continue;
    // A verb of saying or thinking or a conjunction since the reported clause's verb, or a relative pronoun anywhere
    // before, opens a clause of its own, whose verb this may be ("the men who hurt them were never charged").
    if (ws.slice(i + 1, k).some((x) => SAYING_OR_THINKING.test(x.text) || CLAUSE_JOINER.test(x.text))) return c;
    if (ws.slice(0, k).some((x) => /^(?:who|whom|which|that)$/i.test(x.text))) return c;
    return { start: c.start, end: before.end + (/^["”’']/u.test(gap) ? 1 : 0) };
  }
  return c;
}

/**
 * Whether a phrase holds a word that is only ever a verb in it: an auxiliary, a common irregular past or an -ed form
 * after its first word ("Biden dismissed those"). Unlike hasFiniteVerb, a plural after a name is no verb ("Dock
 * workers").
 */
export function hasVerbWord(text: string, s: Span): boolean {
  return wordsOf(text, s).some((w, i) => FINITE_WORDS.has(w.text) || (i > 0 && /^\p{Ll}{2,}ed$/u.test(w.text)));
}

/** Small words a title leaves in lower case. */
const TITLE_GLUE = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|but|from|as|is)$/i;

/** Every word but small ones capitalised: the title of a work or a slogan ("Fire and Fury", "Full House"). */
export function isTitleCase(content: string): boolean {
  const words = content.match(/[\p{L}'’-]+/gu) ?? [];
  return words.length > 0 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && TITLE_GLUE.test(w)));
}

const hasApostrophe = (word: string): boolean => word.includes("'") || word.includes("’");

/** Strips the sentence's final punctuation from a content span, and a comma left before it ("said that, …"). */
export function content(text: string, s: Span): Span {
  const t = trim(text, s);
  let end = t.end;
  while (end > t.start && /[.!?;:,]/.test(text[end - 1] ?? "")) end--;
  let start = t.start;
  while (start < end && /[,;:\s]/.test(text[start] ?? "")) start++;
  return { start, end };
}
