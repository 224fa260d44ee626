/**
 * Check-worthiness features of one sentence: word uni/bigrams plus named cue families (numbers, comparison, absolute
 * wording, causality, named-entity-like capitals, speech and epistemic verbs, tense, first person, questions, length).
 * Each cue family is a small named recogniser in one ordered list; the model sees the feature strings (hashed), the
 * annotator shows the cue names to a reader as the reasons a sentence was ranked high or low.
 */

import type { Token } from "../../core/document.js";
import { FNV_OFFSET, fnvContinue } from "../../core/fnv.js";
import { loadWordVectors } from "../../core/word-vectors.js";
import { tokenize } from "../tokens/tokenize.js";

/** A sentence's lower-cased words, with the word lists (bits of `WordList.bit`) that hold at least one of them. */
interface SentenceWords {
  readonly list: readonly string[];
  readonly lists: number;
  /** FORM bits of the words that have that form. */
  readonly forms: number;
  /** Whether the sentence holds an ASCII digit (what \d matches in the patterns without the u flag). */
  readonly digits: boolean;
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
/**
 * "US" in capitals is the country ("the US sent more ferries"), not the pronoun: the first-person cue, which
 * marks a speaker's own view, must not fire on it. Only the exact capitalised form; "Us" opening a sentence stays
 * the pronoun.
 */
const countryNotPronoun = (surface: string, lists: number): number =>
  surface === "US" ? lists & ~FIRST_PERSON.bit : lists;
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

/** Word forms some cue rules look for in any word of the sentence, as bits (found once per distinct word). */
const FORM = { comparative: 1, superlative: 2, past: 4, changeStem: 8 } as const;

function formsOf(lower: string): number {
  return (
    (hasForm(lower, "er", COMPARATIVE_FORM) ? FORM.comparative : 0) |
    (hasForm(lower, "est", SUPERLATIVE_FORM) ? FORM.superlative : 0) |
    (hasForm(lower, "ed", PAST_FORM) ? FORM.past : 0) |
    (CHANGE_STEM.test(lower) ? FORM.changeStem : 0)
  );
}

/** The cue families in the order a reader sees them. */
export const CUE_RULES: readonly CueRule[] = [
  // Dates, money, years and ordinals all hold a digit: a sentence without one skips those patterns.
  { name: "date", fire: (s, w) => w.digits && DATE_TEST.test(s) },
  {
    name: "number",
    fire: (s, w) => {
      if (!w.digits) return NUMBER_WORD.test(s);
      // Ordinals ("the 5th assault corps") name a unit or a rank, they do not count anything.
      const undated = s.replace(DATE, " ").replace(/\b\d+(?:st|nd|rd|th)\b/gi, " ");
      return NUMBER.test(undated) || NUMBER_WORD.test(undated);
    },
  },
  { name: "percentage", fire: (s) => PERCENT.test(s) },
  { name: "money", fire: (s, w) => w.digits && MONEY.test(s) },
  { name: "year", fire: (s, w) => w.digits && YEAR.test(s) },
  { name: "quantity", fire: (_s, w) => has(w, QUANTITY_WORDS) },
  {
    name: "comparison",
    // "than" first: the same answer as testing it per word, without the per-word regex when it is absent.
    fire: (_s, w) => has(w, COMPARATIVE) || (w.list.includes("than") && (w.forms & FORM.comparative) !== 0),
  },
  {
    name: "superlative",
    fire: (_s, w) => has(w, SUPERLATIVE) || (w.forms & FORM.superlative) !== 0,
  },
  { name: "absolute", fire: (_s, w) => has(w, ABSOLUTE) },
  { name: "causal", fire: (_s, w) => has(w, CAUSAL) },
  { name: "change", fire: (_s, w) => has(w, CHANGE) || (w.forms & FORM.changeStem) !== 0 },
  { name: "attribution", fire: (_s, w) => has(w, SPEECH) },
  { name: "narration", fire: (s, w) => has(w, NARRATION) || /\b(?:was|were)\s+(?:also\s+)?present\b/i.test(s) },
  { name: "evaluative", fire: (_s, w) => has(w, EVALUATIVE) },
  // "…made an official announcement:" introduces what follows; the claim is in the quote, not in the lead-in.
  { name: "lead-in", fire: (s) => /:\s*$/.test(s) },
  { name: "ongoing", fire: (_s, w) => has(w, ONGOING) },
  { name: "past-tense", fire: (_s, w) => has(w, PAST) || (w.forms & FORM.past) !== 0 },
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
  return DIGIT.test(word) ? NUMBER_GRAM : word.toLowerCase();
}

const NUMBER_GRAM = "<num>";
/** Length of the prefix that stands in for a stem ("increas-", "unemp-"), so inflections share evidence. */
const STEM_LENGTH = 5;

/**
 * What the features and cues take from one token's surface, and the FNV-1a hashes of its n-gram features. Claim
 * units share most of their words (a sentence and its clauses, and common words across sentences), so this is
 * worked out once per distinct surface: lower-casing, the digit and letter tests, the word-list look-up and the
 * hashing were most of scoring a unit.
 */
export interface SurfaceInfo {
  /** `normalise(surface)`. */
  readonly gram: string;
  readonly lower: string;
  readonly upperStart: boolean;
  /** WordList bits of `lower`. */
  readonly lists: number;
  /** FORM bits of `lower`. */
  readonly forms: number;
  /** `gram`'s five-letter stem when it has one that differs from it ("p:" feature), else undefined. */
  readonly stem: string | undefined;
  /** Hashes of "w:" + gram and "p:" + stem (0 without a stem), and the state after "b:" + gram + "_". */
  readonly wordHash: number;
  readonly stemHash: number;
  readonly bigramState: number;
  /** `lower`'s row in the shipped word vectors (src/core/word-vectors.ts), -1 without one. */
  readonly row: number;
}

/**
 * The memo of `surfaceInfo` in two generations of at most this many surfaces each (bounds memory in a long-running
 * server): when the current one fills up it becomes the old one and the oldest is dropped, and a surface found only
 * in the old one moves to the current. Common words thus survive the turnover, where clearing a single memo made
 * every word a miss again (on 300 articles' claim units: 40% fewer misses than clearing one memo).
 */
const SURFACE_INFOS_MAX = 4096;
let surfaceInfos = new Map<string, SurfaceInfo>();
let olderSurfaceInfos = new Map<string, SurfaceInfo>();

function rememberSurface(surface: string, info: SurfaceInfo): void {
  if (surfaceInfos.size >= SURFACE_INFOS_MAX) {
    olderSurfaceInfos = surfaceInfos;
    surfaceInfos = new Map();
  }
  surfaceInfos.set(surface, info);
}

const W_STATE = fnvContinue(FNV_OFFSET, "w:");
const P_STATE = fnvContinue(FNV_OFFSET, "p:");
const B_STATE = fnvContinue(FNV_OFFSET, "b:");

function surfaceInfo(surface: string): SurfaceInfo {
  let info = surfaceInfos.get(surface);
  if (info !== undefined) return info;
  info = olderSurfaceInfos.get(surface);
  if (info === undefined) {
    const gram = normalise(surface);
    const lower = surface.toLowerCase();
    const stem = gram.length > STEM_LENGTH && LETTER_START.test(gram) ? gram.slice(0, STEM_LENGTH) : undefined;
    info = {
      gram,
      lower,
      upperStart: UPPER_START.test(surface),
      lists: countryNotPronoun(surface, listsOfWord.get(lower) ?? 0),
      forms: formsOf(lower),
      stem,
      wordHash: fnvContinue(W_STATE, gram),
      stemHash: stem === undefined ? 0 : fnvContinue(P_STATE, stem),
      bigramState: fnvContinue(fnvContinue(B_STATE, gram), "_"),
      row: loadWordVectors().rowOf(lower),
    };
  }
  rememberSurface(surface, info);
  return info;
}

const SENTENCE_START = "<s>";
const SENTENCE_END = "</s>";
const START_BIGRAM_STATE = fnvContinue(fnvContinue(B_STATE, SENTENCE_START), "_");

/** A sentence's tokens, each token's surface info, and its words for the cue rules. */
interface SentenceTokens {
  readonly tokens: readonly Token[];
  readonly infos: readonly SurfaceInfo[];
  readonly words: SentenceWords;
}

/**
 * A sentence's tokens as spans of a longer text that holds it, equal to `tokenize(sentence)` moved by the
 * sentence's offset in `text` (see `tokensOfSpan` in units.ts): the claims layer scores many overlapping units and
 * takes their tokens from the tokens layer instead of tokenising each unit again.
 */
export interface TokensInText {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The tokens' surface infos, when the caller has them (`TokenSurfaces`). */
  readonly infos?: readonly SurfaceInfo[];
}

/**
 * The surface infos of a whole text's tokens, each token looked up once however many units hold it: a sentence
 * and its clauses are scored as separate units, and looking every token's surface up again was most of the cost of
 * building a unit's features.
 */
export class TokenSurfaces {
  readonly #text: string;
  readonly #tokens: readonly Token[];
  readonly #infos: (SurfaceInfo | undefined)[];

  constructor(text: string, tokens: readonly Token[]) {
    this.#text = text;
    this.#tokens = tokens;
    this.#infos = new Array(tokens.length);
  }

  /** Tokens [first, end) of the text, with their surface infos. */
  slice(first: number, end: number): TokensInText {
    const infos: SurfaceInfo[] = new Array(end - first);
    for (let i = first; i < end; i++) {
      let info = this.#infos[i];
      if (info === undefined) {
        const t = this.#tokens[i] as Token;
        info = surfaceInfo(this.#text.slice(t.start, t.end));
        this.#infos[i] = info;
      }
      infos[i - first] = info;
    }
    return { text: this.#text, tokens: this.#tokens.slice(first, end), infos };
  }
}

function sentenceTokens(sentence: string, given?: TokensInText): SentenceTokens {
  const tokens = given?.tokens ?? tokenize(sentence);
  const source = given?.text ?? sentence;
  const infos = given?.infos ?? tokens.map((t) => surfaceInfo(source.slice(t.start, t.end)));
  const list: string[] = [];
  let lists = 0;
  let forms = 0;
  let digits = false;
  for (let i = 0; i < tokens.length; i++) {
    const info = infos[i] as SurfaceInfo;
    if (info.gram === NUMBER_GRAM) digits = true;
    if ((tokens[i] as Token).kind === "punct") continue;
    list.push(info.lower);
    lists |= info.lists;
    forms |= info.forms;
  }
  return { tokens, infos, words: { list, lists, forms, digits } };
}

/**
 * Receives each feature as a fixed head and up to three more parts; concatenated they are the feature string
 * ("b:" + "the" + "_" + "cat"). `extractFeatures` joins them; `hashFeatures` hashes the n-grams from the surface
 * infos and the rest from the parts.
 */
type FeatureSink = (head: string, a?: string, sep?: string, b?: string) => void;

/** Emits the sentence's word, bigram and stem features in model order (the plain definition). */
function emitGrams(infos: readonly SurfaceInfo[], emit: FeatureSink): void {
  const grams = [SENTENCE_START, ...infos.map((x) => x.gram), SENTENCE_END];
  for (let i = 1; i < grams.length - 1; i++) emit("w:", grams[i]);
  for (let i = 0; i < grams.length - 1; i++) emit("b:", grams[i], "_", grams[i + 1]);
  for (const info of infos) if (info.stem !== undefined) emit("p:", info.stem);
}

/** Emits the features after the n-grams in model order; returns the cue names that fired. */
function emitCues(sentence: string, st: SentenceTokens, emit: FeatureSink): string[] {
  const { tokens, infos, words } = st;
  const cues: string[] = [];
  for (const rule of CUE_RULES) {
    if (rule.fire(sentence, words)) {
      cues.push(rule.name);
      emit("cue:", rule.name);
    }
  }
  // Capitalised words that do not open the sentence: a cheap stand-in for named entities.
  const capitals = tokens.filter((t, i) => i > 0 && t.kind === "word" && infos[i]?.upperStart).length;
  if (capitals > 0) cues.push("named-entity");
  emit("caps:", String(Math.min(capitals, 3)));
  const numbers = tokens.filter((t) => t.kind === "number").length;
  emit("nums:", String(Math.min(numbers, 3)));
  const bucket = LENGTH_BUCKETS.findIndex((b) => words.list.length <= b);
  emit("len:", String(bucket < 0 ? LENGTH_BUCKETS.length : bucket));
  // Pairs of cue families: a number next to a comparison is a stronger signal than either alone.
  for (let i = 0; i < cues.length; i++) for (let j = i + 1; j < cues.length; j++) emit("cc:", cues[i], "+", cues[j]);
  return cues;
}

export function extractFeatures(sentence: string): SentenceFeatures {
  const features: string[] = [];
  const emit: FeatureSink = (head, a = "", sep = "", b = "") => {
    features.push(head + a + sep + b);
  };
  const st = sentenceTokens(sentence);
  emit("bias");
  emitGrams(st.infos, emit);
  const cues = emitCues(sentence, st, emit);
  return { features, cues };
}

const BIAS_HASH = fnvContinue(FNV_OFFSET, "bias");

/**
 * The unmasked FNV-1a hashes of `extractFeatures(sentence).features`, in the same order, computed by continuing the
 * hash over each part instead of joining the strings (the n-grams from their surfaces' memoised states): every
 * claim unit of every article is scored, and its feature strings were the largest allocation of the analysis.
 * `rows` are the tokens' rows in the word vectors (-1 for none), punctuation included: the network's input (mlp.ts).
 */
export function hashFeatures(
  sentence: string,
  given?: TokensInText,
): { hashes: number[]; cues: string[]; rows: number[] } {
  const st = sentenceTokens(sentence, given);
  const { infos } = st;
  const hashes: number[] = [BIAS_HASH];
  for (const info of infos) hashes.push(info.wordHash);
  let state = START_BIGRAM_STATE;
  for (const info of infos) {
    hashes.push(fnvContinue(state, info.gram));
    state = info.bigramState;
  }
  hashes.push(fnvContinue(state, SENTENCE_END));
  for (const info of infos) if (info.stem !== undefined) hashes.push(info.stemHash);
  const cues = emitCues(sentence, st, (head, a, sep, b) => {
    let h = fnvContinue(FNV_OFFSET, head);
    if (a !== undefined) h = fnvContinue(h, a);
    if (sep !== undefined) h = fnvContinue(h, sep);
    if (b !== undefined) h = fnvContinue(h, b);
    hashes.push(h);
  });
  return { hashes, cues, rows: infos.map((info) => info.row) };
}
