/**
 * Check-worthiness features of one sentence: word uni/bigrams plus named cue families (numbers, comparison, absolute
 * wording, causality, named-entity-like capitals, speech and epistemic verbs, tense, first person, questions, length).
 * Each cue family is a small named recogniser in one ordered list; the model sees the feature strings (hashed), the
 * annotator shows the cue names to a reader as the reasons a sentence was ranked high or low.
 */

import { FNV_OFFSET, fnvContinue } from "../../core/fnv.js";
import { tokenize } from "../tokens/tokenize.js";

/** A sentence's lower-cased words, with the word lists (bits of `WordList.bit`) that hold at least one of them. */
interface SentenceWords {
  readonly list: readonly string[];
  readonly lists: number;
}

/** A recogniser: given the sentence and its words, whether its cue fires. */
interface CueRule {
  readonly name: string;
  fire(sentence: string, words: SentenceWords): boolean;
}

interface WordList {
  readonly words: ReadonlySet<string>;
  readonly bit: number;
}

/**
 * Word → bits of the lists holding it. A sentence's lists are found with one look-up per word, where asking each
 * of the twenty lists in turn scanned the sentence twenty times (this ran for every claim unit of every article).
 */
const listsOfWord = new Map<string, number>();
let listCount = 0;
/** Bits available in a list mask (bitwise operators work on 32-bit integers). */
const MAX_WORD_LISTS = 31;

const wordList = (s: string): WordList => {
  if (listCount === MAX_WORD_LISTS) throw new Error(`claims features: more than ${MAX_WORD_LISTS} word lists`);
  const bit = 1 << listCount++;
  const words = new Set(s.split(/\s+/));
  for (const w of words) listsOfWord.set(w, (listsOfWord.get(w) ?? 0) | bit);
  return { words, bit };
};
const has = (words: SentenceWords, list: WordList): boolean => (words.lists & list.bit) !== 0;

function sentenceWords(list: readonly string[]): SentenceWords {
  let lists = 0;
  for (const w of list) lists |= listsOfWord.get(w) ?? 0;
  return { list, lists };
}

const ABSOLUTE = wordList(
  "all every everyone everybody everything never always none nobody nothing completely entirely totally fully wholly no-one only",
);
const COMPARATIVE = wordList("more less fewer greater higher lower larger smaller bigger worse better than compared");
const SUPERLATIVE = wordList(
  "most least best worst largest biggest highest lowest smallest first record fastest greatest strongest weakest",
);
const CAUSAL = wordList(
  "because caused causes cause led leads due result resulted consequence therefore thanks blame blamed",
);
const CHANGE = wordList(
  "increased decreased rose fell doubled tripled dropped grew cut raised lost gained destroyed killed liberated freed captured built created",
);
/** Inflected change-of-state verbs ("returning", "fleeing", "increases"): the stems, any ending. */
const CHANGE_STEM =
  /^(?:increas|decreas|ris(?:e|es|ing)$|fall(?:s|ing)$|return|flee|fled$|grow|drop|doubl|tripl|destroy|liberat|captur|evacuat|kill|collaps|expand|shrink|surg|plung|soar|declin)/;
const SPEECH = wordList("said says say told announced claimed claims stated reported according confirmed denied");
const EPISTEMIC = wordList("think believe feel hope guess suppose wish want love like");
const MODAL = wordList("should must ought would could might may");
const FUTURE = wordList("will 'll going gonna");
const PAST = wordList("was were had did");
const FIRST_PERSON = wordList("i me my we our us");
const SECOND_PERSON = wordList("you your");
const GREETING = wordList("thank thanks hello welcome congratulations goodnight evening morning");
const CALL_TO_ACTION = wordList("subscribe click sign join follow share donate register download visit vote please");
const HEDGE = wordList("maybe perhaps probably possibly");
const QUANTITY_WORDS = wordList(
  "percent million billion trillion thousand hundred dozens hundreds thousands millions billions half twice double triple",
);
const MONEY = /[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:dollars|euros|pounds|rubles|roubles)\b/i;
const PERCENT = /\d\s?%|\bper\s?cent\b|\bpercent\b/i;
const YEAR = /\b(?:1[89]|20)\d{2}s?\b/;
const NUMBER = /\d/;
/**
 * Dates: "December 11", "11 Dec 2017", "2017-12-11". Their digits say when, not how many, so the number cues are
 * tested on the sentence with dates taken out (a "date" cue fires instead).
 */
const DATE =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})\b/gi;
/** DATE without the global flag, for a plain test (a global regex's lastIndex would carry over between calls). */
const DATE_TEST = new RegExp(DATE.source, "i");
/** Past-tense travel and meeting verbs: itinerary narration ("flew to", "met with") that is rarely what needs checking. */
const NARRATION = wordList(
  "flew landed arrived went travelled traveled visited met talked communicated came returned left headed drove toured attended",
);
/** Adverbs that grade what was done ("brilliantly demonstrated"): the author's judgement, not a checkable fact. */
const EVALUATIVE = wordList(
  "brilliantly successfully heroically bravely shamefully skilfully skillfully masterfully honourably honorably gloriously triumphantly admirably disgracefully miserably spectacularly",
);
/** Present-tense statements that something persists ("remains", "is still deployed"): claims about the current state. */
const ONGOING = wordList("remains remain stays persists continues still stationed deployed");
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b/i;

/** Longer words ending like a comparative, a superlative or a past tense (hoisted: one RegExp, not one per word). */
const COMPARATIVE_FORM = /^\p{L}{3,}er$/u;
const SUPERLATIVE_FORM = /^\p{L}{3,}est$/u;
const PAST_FORM = /^\p{L}{3,}ed$/u;
/**
 * `form.test(word)` for a form /^\p{L}{3,}<ending>$/u, with the ending checked first: most words do not have it,
 * and a string comparison is much cheaper than a Unicode regex run on every word of every claim unit.
 */
const hasForm = (word: string, ending: string, form: RegExp): boolean => word.endsWith(ending) && form.test(word);

/** The cue families in the order a reader sees them. */
export const CUE_RULES: readonly CueRule[] = [
  { name: "date", fire: (s) => DATE_TEST.test(s) },
  {
    name: "number",
    fire: (s) => {
      // Ordinals ("the 5th assault corps") name a unit or a rank, they do not count anything.
      const undated = s.replace(DATE, " ").replace(/\b\d+(?:st|nd|rd|th)\b/gi, " ");
      return NUMBER.test(undated) || NUMBER_WORD.test(undated);
    },
  },
  { name: "percentage", fire: (s) => PERCENT.test(s) },
  { name: "money", fire: (s) => MONEY.test(s) },
  { name: "year", fire: (s) => YEAR.test(s) },
  { name: "quantity", fire: (_s, w) => has(w, QUANTITY_WORDS) },
  {
    name: "comparison",
    // "than" first: the same answer as testing it per word, without the per-word regex when it is absent.
    fire: (_s, w) =>
      has(w, COMPARATIVE) || (w.list.includes("than") && w.list.some((x) => hasForm(x, "er", COMPARATIVE_FORM))),
  },
  {
    name: "superlative",
    fire: (_s, w) => has(w, SUPERLATIVE) || w.list.some((x) => hasForm(x, "est", SUPERLATIVE_FORM)),
  },
  { name: "absolute", fire: (_s, w) => has(w, ABSOLUTE) },
  { name: "causal", fire: (_s, w) => has(w, CAUSAL) },
  { name: "change", fire: (_s, w) => has(w, CHANGE) || w.list.some((x) => CHANGE_STEM.test(x)) },
  { name: "attribution", fire: (_s, w) => has(w, SPEECH) },
  { name: "narration", fire: (s, w) => has(w, NARRATION) || /\b(?:was|were)\s+(?:also\s+)?present\b/i.test(s) },
  { name: "evaluative", fire: (_s, w) => has(w, EVALUATIVE) },
  // "…made an official announcement:" introduces what follows; the claim is in the quote, not in the lead-in.
  { name: "lead-in", fire: (s) => /:\s*$/.test(s) },
  { name: "ongoing", fire: (_s, w) => has(w, ONGOING) },
  { name: "past-tense", fire: (_s, w) => has(w, PAST) || w.list.some((x) => hasForm(x, "ed", PAST_FORM)) },
  { name: "future", fire: (_s, w) => has(w, FUTURE) },
  { name: "opinion", fire: (_s, w) => has(w, EPISTEMIC) && has(w, FIRST_PERSON) },
  { name: "modal", fire: (_s, w) => has(w, MODAL) },
  { name: "hedge", fire: (_s, w) => has(w, HEDGE) },
  { name: "first-person", fire: (_s, w) => has(w, FIRST_PERSON) },
  { name: "second-person", fire: (_s, w) => has(w, SECOND_PERSON) },
  { name: "greeting", fire: (_s, w) => has(w, GREETING) },
  { name: "call-to-action", fire: (_s, w) => w.list.length > 0 && CALL_TO_ACTION.words.has(w.list[0] ?? "") },
  { name: "question", fire: (s) => /\?\s*["”’]?\s*$/.test(s) },
  { name: "exclamation", fire: (s) => /!\s*["”’]?\s*$/.test(s) },
];

/** Sentence length buckets in words: debates are full of fragments ("Thank you.") that are never worth checking. */
const LENGTH_BUCKETS = [4, 8, 15, 25, 40] as const;

export interface SentenceFeatures {
  /** Feature strings for the model (hashed downstream). */
  readonly features: string[];
  /** Cue family names that fired, for display. */
  readonly cues: string[];
}

const DIGIT = /\d/;
const LETTER_START = /^\p{L}/u;
const UPPER_START = /^\p{Lu}/u;

/** Normalises a word for n-gram features: lower case, digits collapsed so "1,000" and "35" share a feature. */
function normalise(word: string): string {
  return DIGIT.test(word) ? "<num>" : word.toLowerCase();
}

/**
 * Receives each feature as a fixed head and up to three more parts; concatenated they are the feature string
 * ("b:" + "the" + "_" + "cat"). `extractFeatures` joins them, `hashFeatures` hashes them without building it.
 */
type FeatureSink = (head: string, a?: string, sep?: string, b?: string) => void;

/** Emits the sentence's features in model order; returns the cue names that fired. */
function emitFeatures(sentence: string, emit: FeatureSink): string[] {
  const tokens = tokenize(sentence);
  const surfaces = tokens.map((t) => sentence.slice(t.start, t.end));
  const words = tokens.filter((t) => t.kind !== "punct").map((t) => sentence.slice(t.start, t.end).toLowerCase());
  emit("bias");
  const grams = ["<s>", ...surfaces.map(normalise), "</s>"];
  for (let i = 1; i < grams.length - 1; i++) emit("w:", grams[i]);
  for (let i = 0; i < grams.length - 1; i++) emit("b:", grams[i], "_", grams[i + 1]);
  // A five-letter prefix stands in for a stem ("increas-", "unemp-"), so inflections share evidence.
  const stems = grams.map((g) => (g.length > 5 && LETTER_START.test(g) ? g.slice(0, 5) : g));
  for (let i = 1; i < stems.length - 1; i++) if (stems[i] !== grams[i]) emit("p:", stems[i]);

  const cues: string[] = [];
  const cueWords = sentenceWords(words);
  for (const rule of CUE_RULES) {
    if (rule.fire(sentence, cueWords)) {
      cues.push(rule.name);
      emit("cue:", rule.name);
    }
  }
  // Capitalised words that do not open the sentence: a cheap stand-in for named entities.
  const capitals = tokens.filter((t, i) => i > 0 && t.kind === "word" && UPPER_START.test(surfaces[i] ?? "")).length;
  if (capitals > 0) cues.push("named-entity");
  emit("caps:", String(Math.min(capitals, 3)));
  const numbers = tokens.filter((t) => t.kind === "number").length;
  emit("nums:", String(Math.min(numbers, 3)));
  const bucket = LENGTH_BUCKETS.findIndex((b) => words.length <= b);
  emit("len:", String(bucket < 0 ? LENGTH_BUCKETS.length : bucket));
  // Pairs of cue families: a number next to a comparison is a stronger signal than either alone.
  for (let i = 0; i < cues.length; i++) for (let j = i + 1; j < cues.length; j++) emit("cc:", cues[i], "+", cues[j]);
  return cues;
}

export function extractFeatures(sentence: string): SentenceFeatures {
  const features: string[] = [];
  const cues = emitFeatures(sentence, (head, a = "", sep = "", b = "") => {
    features.push(head + a + sep + b);
  });
  return { features, cues };
}

/**
 * The unmasked FNV-1a hashes of `extractFeatures(sentence).features`, in the same order, computed by continuing the
 * hash over each part instead of joining the strings: every claim unit of every article is scored, and its feature
 * strings were the largest allocation of the analysis.
 */
export function hashFeatures(sentence: string): { hashes: number[]; cues: string[] } {
  const hashes: number[] = [];
  const cues = emitFeatures(sentence, (head, a, sep, b) => {
    let h = fnvContinue(FNV_OFFSET, head);
    if (a !== undefined) h = fnvContinue(h, a);
    if (sep !== undefined) h = fnvContinue(h, sep);
    if (b !== undefined) h = fnvContinue(h, b);
    hashes.push(h);
  });
  return { hashes, cues };
}
