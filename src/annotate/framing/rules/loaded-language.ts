/**
 * Loaded language in the author's voice: evaluative or emotive words a neutral report would not need ("heroic",
 * "disastrous", "regime", "thugs"), and phrases built on them ("complete victory", "brilliantly demonstrated",
 * "long-awaited journey home"). The span is the phrase: an evaluative adjective takes the noun it qualifies, an
 * evaluative adverb the word it modifies. Words inside quotes are the speaker's and are left alone.
 */
import type { FramingCue } from "../../../core/document.js";
import type { SentenceInfo, TokenInfo } from "../features.js";
import { compileLexicon, hasWord } from "../lexicon.js";
import type { FramingContext, FramingRule } from "./context.js";

/**
 * The runtime list: the strongly evaluative part of the model's loaded-language feature list. Words that news
 * uses neutrally as often as not ("crisis", "attack", "historic", "terrorist", the disease "plague") are left to
 * the model, which sees their context.
 */
// biome-ignore format: a word list reads best as a paragraph
export const AUTHOR_LOADED = [
  "heroic", "heroically", "heroism", "honourable", "honorable", "valiant*", "glorious*", "noble", "selfless*",
  "courageous*", "brilliant*", "splendid*", "magnificent*", "triumphant*", "long-awaited", "righteous*",
  "shameful*", "shameless*", "disgrace", "disgraceful*", "travesty", "disastrous*", "catastrophic*", "horrific*", "atrocious*",
  "appalling*", "despicable", "vile", "evil", "wicked", "sinister", "nefarious", "heinous", "monstrous",
  "barbaric", "barbarians", "savage*", "ruthless*", "cynical*", "callous*", "regime", "regime's", "thug*",
  "puppet*", "cronies", "henchm*", "stooge*", "lackey*", "propagandists", "traitor*", "treacherous*", "crooked",
  "hoax", "sham", "farce", "witch-hunt", "hysteri*", "lunatic*", "idiot*", "moron*", "pathetic", "ridiculous*",
  "absurd*", "ludicrous*", "laughabl*", "bogus", "phony", "bloodbath", "carnage", "butcher*", "tyrant*",
  "tyrannical", "despot*", "draconian", "so-called", "notorious*", "infamous", "sordid", "blatant*", "brazen*",
  "reckless*", "arrogant*", "hypocrit*", "incompetent*", "inept", "miserabl*", "pitiful", "disgusting",
  "sickening", "masterful*", "masterly", "flawless*", "spectacular*", "stunning*", "resounding", "crushing",
  "humiliat*", "liberator*", "aggressor*", "occupiers", "invaders", "mercenar*", "jihadists", "terrorists'",
  // Judgements of honesty, sense and worth that a neutral report leaves to its sources.
  "dishonest*", "disingenuous", "mendacious", "paper-thin", "bombshell", "misguided", "wrongheaded",
  "ill-conceived", "half-baked", "needlessly", "onerous", "egregious*", "outrageous*", "deplorabl*",
  "reprehensibl*", "abhorrent", "preposterous*", "shoddy", "shambolic", "feckless*", "craven*", "cowardly",
  "spineless", "unhinged", "deranged", "vindictive*", "scandalous*", "debacle", "fiasco", "boondoggle*",
  "charade*", "smear*", "miscreant*", "screed*", "fearmonger*", "scaremonger*", "demagogu*",
  // Verbs and adjectives of attack and disdain that a reporter picks over "criticised" or "small" (attackWords).
  "scathing", "assail", "assails", "assailed", "assailing", "lambast*", "excoriat*", "railed", "railing against",
  "pariah*", "swanky", "insatiabl*", "meager", "meagre",
];

export const LOADED_LEXICON = compileLexicon("author-loaded", AUTHOR_LOADED);

/** Completeness words that turn an outcome into a verdict: "complete victory", "total failure". */
const VERDICT_HEADS = new Set(
  "complete total utter resounding crushing decisive stunning glorious final absolute".split(" "),
);
const VERDICT_NOUNS =
  /^(victory|victories|defeat|failure|success|triumph|rout|collapse|disaster|liberation|destruction|annihilation|humiliation|fiasco)$/;

const FUNCTION_WORDS = new Set(
  "the a an of to in on at by for with from and or but as is are was were be been has have had that which who this these those its their his her it they he she we".split(
    " ",
  ),
);

/** Endings that mark an adjective (no POS tagger here): an adjective takes the noun it qualifies, a noun takes nothing. */
const ADJECTIVE_ENDING = /(ic|ous|ful|ive|ble|al|ed|ing|ant|ent|less|ish|ary|ile)$/;

/** The phrase a loaded word heads: up to `max` following content words (the noun an adjective qualifies). */
function extendPhrase(tokens: readonly TokenInfo[], to: number, max: number): number {
  let end = to;
  while (end < tokens.length && end - to < max) {
    const t = tokens[end];
    if (t?.kind !== "word" || FUNCTION_WORDS.has(t.lower)) break;
    // A past-tense verb after the noun ends the phrase ("heroic defenders held"), and so does a plural noun.
    if (end > to && /ed$/.test(t.lower)) break;
    end++;
    if (/[^s]s$/.test(t.lower)) break;
  }
  return end;
}

/** Nouns that make "regime" a system of rules: "the sanctions regime", "a tax regime", "the non-proliferation regime". */
const SYSTEM_MODIFIERS = new Set(
  "sanctions sanction non-proliferation nonproliferation tax trade tariff regulatory legal inspection inspections visa export import monetary currency price pricing climate emissions treaty verification fiscal policy immigration privacy copyright testing control controls oversight accounting reporting safety investment licensing".split(
    " ",
  ),
);

/** The word after "regime of" names a system: a lower-case word that is no determiner ("of secularism"). */
function ofSystem(ctx: FramingContext, t: TokenInfo | undefined): boolean {
  if (t === undefined || /^(?:the|a|an|his|her|its|their|this|that)$/.test(t.lower)) return false;
  return /^\p{Ll}/u.test(ctx.text.slice(t.start, t.end));
}

/**
 * A listed word in a neutral sense: "regime" as a system of rules ("the sanctions regime", "a regime of religious
 * liberty", the term "regime change"; not "the regime of a named ruler"), and "so-called" before a proper name it
 * introduces ("the so-called Harbour Act"), where the author names rather than sneers.
 */
function neutralSense(ctx: FramingContext, tokens: readonly TokenInfo[], a: number, b: number): boolean {
  const word = tokens[a]?.lower ?? "";
  const next = tokens[b];
  if (word === "regime" || word === "regime's")
    return (
      SYSTEM_MODIFIERS.has(tokens[a - 1]?.lower ?? "") ||
      next?.lower === "change" ||
      // "a regime of religious liberty" is a system; "the regime of General Varro" is a government named.
      (next?.lower === "of" && ofSystem(ctx, tokens[b + 1]))
    );
  if (word === "so-called") return next !== undefined && /^\p{Lu}/u.test(ctx.text.slice(next.start, next.end));
  return false;
}

function sentenceCues(ctx: FramingContext, sentence: SentenceInfo): FramingCue[] {
  const tokens = sentence.tokens;
  const lowers = tokens.map((t) => t.lower);
  const cues: FramingCue[] = [];
  const push = (a: number, b: number, rule: string, why: string): void => {
    const first = tokens[a];
    const last = tokens[b - 1];
    if (!first || !last || ctx.speakerVoice(first)) return;
    const phrase = ctx.text.slice(first.start, last.end);
    cues.push({ kind: "loaded-language", start: first.start, end: last.end, note: `"${phrase}": ${why}`, rule });
  };
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (VERDICT_HEADS.has(lowers[k] ?? "") && VERDICT_NOUNS.test(lowers[k + 1] ?? "")) {
      push(k, k + 2, "framing:loaded-verdict", "an outcome stated as a sweeping verdict in the author's voice");
    }
  }
  for (const [a, b] of ctx.lexiconHits(LOADED_LEXICON, sentence)) {
    if (cues.some((c) => (c.start ?? 0) <= (tokens[a]?.start ?? 0) && (tokens[a]?.start ?? 0) < (c.end ?? 0))) continue;
    if (neutralSense(ctx, tokens, a, b)) continue;
    const word = lowers[a] ?? "";
    const adverb = word.endsWith("ly");
    const end = extendPhrase(tokens, b, adverb ? 1 : ADJECTIVE_ENDING.test(word) ? 2 : 0);
    const what = adverb ? "an evaluative adverb" : "an evaluative word";
    push(a, end, "framing:loaded-lexicon", `${what} ("${word}") in the author's voice, not in a quote`);
  }
  return cues;
}

export const loadedLanguageRule: FramingRule = {
  name: "loaded-language",
  readsEnglish: true,
  apply: (ctx) => ctx.article.sentences.flatMap((s) => sentenceCues(ctx, s)),
};

export const isLoadedWord = (word: string): boolean => hasWord(LOADED_LEXICON, word.toLowerCase());
