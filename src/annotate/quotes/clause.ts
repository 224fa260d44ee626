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
