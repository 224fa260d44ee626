/**
 * Word lists for framing cues and for the propaganda model's features.
 *
 * Origin: written by hand for Sift (MIT, like the rest of the project) from the technique definitions of the
 * Propaganda Techniques Corpus guidelines (Da San Martino et al. 2019) and general English usage; no list was
 * copied from another lexicon. Entries are lower-case; a "*" at the end matches any ending ("disgrace*").
 * Each list is a feature for the model as well as a rule's trigger, so a word belongs where its *typical* use
 * in news points.
 */

import { detached } from "../../core/detached.js";

/** Evaluative or emotive words a neutral report would not need: the author's judgement in one word. */
// biome-ignore format: a word list reads best as a paragraph
export const LOADED = [
  "heroic", "hero", "heroes", "heroism", "brave", "bravely", "courageous", "glorious", "honourable", "honorable",
  "noble", "valiant", "triumph*", "splendid", "magnificent", "brilliant*", "stunning", "remarkabl*", "long-awaited",
  "historic", "legendary", "selfless", "righteous", "shameful", "shameless*", "disgrace*", "disastrous", "disaster",
  "catastroph*", "horrific", "horrible", "horrendous", "atrocious", "atrocit*", "appalling", "outrage*", "scandal*",
  "despicable", "vile", "evil", "wicked", "sinister", "nefarious", "heinous", "monstrous", "barbaric", "barbarian*",
  "brutal*", "savage*", "ruthless*", "vicious*", "cruel*", "regime", "thug*", "puppet*", "cronies", "crony",
  "henchm*", "stooge*", "lackey*", "propagandist*", "terroris*", "extremis*", "radical*", "fanatic*", "zealot*",
  "jihadi*", "traitor*", "treason*", "treacher*", "corrupt*", "crooked", "criminal*", "fraud*", "lie", "lies",
  "liar*", "lying", "hoax", "sham", "farce", "witch hunt", "hysteri*", "paranoi*", "insane", "crazy", "lunatic*",
  "idiot*", "stupid*", "moron*", "pathetic", "ridiculous", "absurd*", "ludicrous", "laughabl*", "bogus", "phony",
  "fake", "rigged", "slaughter*", "massacre*", "butcher*", "genocid*", "bloodbath", "carnage", "onslaught",
  "aggression", "aggressor*", "invader*", "occupier*", "annihilat*", "obliterat*", "destroy*", "devastat*", "ravag*",
  "plague", "scourge", "menace", "chaos", "chaotic", "mayhem", "crisis", "nightmare", "doom*", "smear*", "slander*",
  "vilif*", "demoniz*", "demonis*", "tyrann*", "tyrant*", "dictator*", "despot*", "totalitarian", "authoritarian",
  "fascis*", "nazi*", "communis*", "marxist*", "socialis*", "globalist*", "elite*", "establishment", "deep state",
  "swamp", "snowflake*", "mob", "mobs", "horde*", "invasion", "infest*", "vermin", "parasite*", "cancer", "poison*",
  "toxic", "filth*", "sick", "sickening", "disgusting", "heartbreaking", "tragic*", "tragedy", "shocking",
  "alarming", "terrifying", "horrifying", "chilling", "draconian", "so-called", "notorious*", "infamous", "sordid",
  "blatant*", "brazen*", "reckless*", "arrogan*", "hypocrit*", "hypocrisy", "incompeten*", "inept", "failed",
  "failing", "miserabl*", "pitiful", "unprecedented", "explosive", "bombshell", "damning", "sweeping", "dramatic*",
  "desperate*", "frenzy", "furious*", "fury", "rage", "raging", "wrath", "hateful", "hatred", "bigot*", "racis*",
  "sexis*",
];

/** Words that turn up the volume of what follows; they make "loaded" phrases and exaggerations. */
// biome-ignore format: a word list reads best as a paragraph
export const INTENSIFIERS = [
  "very", "extremely", "incredibly", "utterly", "deeply", "truly", "really", "highly", "hugely", "massive*",
  "enormous*", "tremendous*", "immense*", "huge", "so", "such", "absolutely", "outright", "sheer", "utter",
  "complete", "total", "crushing", "resounding", "overwhelming*", "staggering", "astonishing*", "incredible",
  "unbelievabl*", "extraordinar*", "desperately", "fiercely", "wildly", "grossly", "badly", "severely",
];

/** Superlatives written as words; "-est" adjectives are caught by shape. */
// biome-ignore format: a word list reads best as a paragraph
export const SUPERLATIVES = [
  "most", "least", "best", "worst", "greatest", "biggest", "largest", "ever", "unparalleled", "unrivalled",
  "unmatched", "second-to-none", "record", "all-time",
];

/** All-or-nothing words: the "absolutist" cue. */
// biome-ignore format: a word list reads best as a paragraph
export const ABSOLUTES = [
  "all", "every", "everyone", "everybody", "everything", "everywhere", "never", "always", "nobody", "nothing",
  "nowhere", "none", "completely", "totally", "entire", "entirely", "wholly", "absolutely", "forever", "undeniabl*",
  "unquestionabl*", "without exception", "no one",
];

/** Hedges: the author softening a claim (a model feature; the absence of hedging is what absolutism shows). */
// biome-ignore format: a word list reads best as a paragraph
export const HEDGES = [
  "may", "might", "could", "perhaps", "possibly", "apparently", "reportedly", "allegedly", "seemingly", "likely",
  "unlikely", "probably", "suggest*", "appear*", "seem*", "somewhat", "arguably", "estimated",
];

/** Words of threat and danger: "appeal to fear". */
// biome-ignore format: a word list reads best as a paragraph
export const FEAR = [
  "threat*", "danger*", "risk*", "fear*", "terror*", "attack*", "war", "wars", "kill*", "death*", "die", "dying",
  "dead", "deadly", "destroy*", "destruction", "collapse*", "catastroph*", "disaster*", "doom*", "nuclear",
  "invade*", "invasion", "bomb*", "weapon*", "violen*", "crime*", "criminal*", "murder*", "rape*", "epidemic",
  "pandemic", "outbreak", "contamina*", "warn*", "alarm*", "panic*", "imminent", "apocalyp*", "extinction",
  "wipe out", "annihilat*", "slaughter*", "enslave*", "tyranny",
];

/** Nation, patriotism and group identity: "flag-waving". */
// biome-ignore format: a word list reads best as a paragraph
export const FLAG = [
  "nation", "nations", "national", "nationalis*", "patriot*", "country", "countrymen", "homeland", "fatherland",
  "motherland", "america", "american", "americans", "our people", "our country", "our nation", "flag", "freedom",
  "freedoms", "liberty", "sovereign*", "independence", "constitution*", "founding fathers", "heritage", "citizens",
  "troops", "veterans", "heroes", "great again", "first", "god", "faith", "christian*", "western civilization",
  "civilization", "values", "our", "we", "us",
];

/** Questioning and discrediting: "doubt". */
// biome-ignore format: a word list reads best as a paragraph
export const DOUBT = [
  "why", "how", "whether", "question*", "doubt*", "dubious", "suspicious*", "suspect*", "supposed*", "so-called",
  "alleged*", "claim*", "claimed", "unproven", "unverified", "credib*", "legitima*", "really", "actually",
  "mysterious*", "strange*", "odd", "curious*", "hidden", "cover-up", "coverup", "secret*",
];

/** Cause-and-effect connectives: "causal oversimplification". */
// biome-ignore format: a word list reads best as a paragraph
export const CAUSAL = [
  "because", "so", "therefore", "thus", "hence", "consequently", "cause*", "caused", "due to", "result*",
  "responsible", "blame*", "fault", "led to", "leads to", "thanks to", "reason", "since", "as a result",
];

/** Appeals to experts and office: "appeal to authority". */
// biome-ignore format: a word list reads best as a paragraph
export const AUTHORITY = [
  "expert*", "scientist*", "professor*", "dr.", "doctor*", "official*", "spokes*", "according to", "study",
  "studies", "research*", "report*", "analyst*", "scholar*", "pope", "president", "minister", "director", "chief",
  "head of", "said", "says", "told", "stated", "testified", "confirmed", "insisted", "explained",
];

/** Phrases that appeal to the crowd (and Reductio ad Hitlerum, the same SemEval class). */
// biome-ignore format: a word list reads best as a paragraph
export const BANDWAGON = [
  "everyone knows", "everybody knows", "everyone agrees", "most people", "millions of", "the majority",
  "all americans", "the people", "join", "popular", "consensus", "hitler", "nazi*", "stalin", "fascis*",
];

/** Phrases that close a discussion instead of arguing it. */
// biome-ignore format: a word list reads best as a paragraph
export const CLICHES = [
  "it is what it is", "that's just how it is", "enough is enough", "end of story", "period", "the bottom line",
  "at the end of the day", "nothing to see here", "move on", "so be it", "time will tell", "let's face it",
  "you can't argue with", "it goes without saying", "make no mistake", "plain and simple", "simple as that",
];

/** Deflection: "whataboutism, straw men, red herring". */
// biome-ignore format: a word list reads best as a paragraph
export const WHATABOUT = [
  "what about", "but what about", "how about", "meanwhile", "yet", "while", "instead", "hypocrit*",
  "double standard*", "same people", "where was", "where were", "never mentioned", "conveniently", "ignore*",
];

/** Either-or framing: "black-and-white fallacy". */
// biome-ignore format: a word list reads best as a paragraph
export const BLACK_WHITE = [
  "either", "or", "only", "only way", "only option", "no choice", "no alternative", "with us", "against us",
  "no other", "must choose", "one or the other", "no middle ground",
];

/** Author's-voice evaluation and summary markers: the "opinion" cue. Phrases are matched across words. */
// biome-ignore format: a word list reads best as a paragraph
export const OPINION_MARKERS = [
  "in summary", "in short", "in conclusion", "to sum up", "clearly", "obviously", "undoubtedly", "undeniably",
  "unquestionably", "without doubt", "without a doubt", "no doubt", "needless to say", "it is obvious that",
  "it is clear that", "it's clear that", "it is evident that", "evidently", "of course", "indeed", "sadly",
  "unfortunately", "fortunately", "thankfully", "regrettably", "shamefully", "ironically", "frankly", "admittedly",
  "surely", "should", "must", "ought to", "i think", "i believe", "i feel", "in my view", "in my opinion",
  "we believe", "we think", "to be sure", "let us", "let's",
];

/**
 * A model-only list (no rule reads it): emotive verbs, adjectives and adverbs and pejorative labels for people and
 * groups that LOADED leaves out, so that the model can generalise to loaded words that its training articles
 * never show. Written for Sift from general English usage.
 */
// biome-ignore format: a word list reads best as a paragraph
export const EMOTIVE = [
  "slam*", "blast*", "lash*", "rip", "rips", "ripped", "bash*", "mock*", "ridicul*", "sneer*", "scoff*", "rant*",
  "rave*", "shriek*", "scream*", "howl*", "whine*", "whining", "gloat*", "boast*", "brag*", "peddl*", "spew*",
  "parrot*", "regurgitat*", "concoct*", "fabricat*", "manipulat*", "brainwash*", "indoctrinat*", "propagand*",
  "hijack*", "sabotag*", "betray*", "backstab*", "conspir*", "collu*", "scheme*", "scheming", "plot", "plotting",
  "rigging", "cheat*", "swindl*", "con", "conned", "duped", "dupe*", "hoodwink*", "deceiv*", "decept*", "deceit*",
  "dishonest*", "disingenuous", "deluded", "delusion*", "unhinged", "deranged", "demented", "lunacy", "madness",
  "mad", "nuts", "nutty", "kooky", "bizarre", "outlandish", "preposterous", "asinine", "idiocy", "dumb", "dimwit*",
  "nitwit*", "halfwit*", "buffoon*", "clown*", "fool", "fools", "foolish*", "ignoran*", "imbecil*", "loser*",
  "coward*", "spineless", "gutless", "weakling*", "sleazy", "sleaze*", "slimy", "creep*", "scum*", "lowlife",
  "degenerate*", "deviant*", "perver*", "depraved", "immoral", "godless", "satanic", "demonic", "diabolical",
  "villain*", "crook*", "gangster*", "mobster*", "goon*", "hoodlum*", "hooligan*", "rioter*", "looter*", "anarchist*",
  "militant*", "insurgent*", "jihad*", "islamist*", "islamofasc*", "leftist*", "lefty", "lefties", "libtard*",
  "commie*", "pinko*", "rightwing", "far-right", "far-left", "alt-right", "neocon*", "warmonger*", "hawkish",
  "apologist*", "shill*", "mouthpiece*", "cheerleader*", "sycophant*", "toady", "minion*", "flunk*", "pawn*",
  "useful idiot*", "bootlicker*", "elitist*", "oligarch*", "plutocrat*", "kleptocra*", "cabal*", "clique*", "cult",
  "cultist*", "sect", "junta", "overlord*", "usurp*", "despotic", "oppress*", "persecut*", "subjugat*", "tyrannical",
  "draconian", "orwellian", "dystopian", "gestapo", "stasi", "witch-hunt", "lynch*", "pogrom*", "purge*",
  "crackdown", "clampdown", "bloodthirsty", "bloody", "blood-soaked", "murderous", "homicidal", "genocidal",
  "sadistic", "psychopath*", "sociopath*", "maniac*", "madman", "monster*", "beast*", "animal*", "savages", "pig",
  "pigs", "rat", "rats", "snake*", "vulture*", "leech*", "bloodsuck*", "predator*", "prey", "cancerous",
  "festering", "rotten", "rot", "stench", "stinking", "foul", "filthy", "dirty", "sordid", "seedy", "shady",
  "murky", "dodgy", "fishy", "crooks", "rogue", "outlaw*", "lawless*", "pariah*", "disgrace", "disgraced",
  "dishonour*", "dishonor*", "humiliat*", "embarrass*", "debacle", "fiasco", "blunder*", "bungl*", "botch*",
  "flop*", "failure*", "wreck*", "ruin*", "cripple*", "crippling", "gut", "gutted", "decimat*", "eviscerat*",
  "shred*", "trash*", "smash*", "crush*", "demolish*", "torpedo*", "assault*", "onslaught", "barrage", "tirade*",
  "diatribe*", "screed*", "harangue*", "vitriol*", "venom*", "bile", "spite*", "malic*", "malign*", "vindictive",
  "vengeful", "hostil*", "belligeren*", "bellicose", "jingois*", "chauvinis*", "xenophob*", "islamophob*",
  "homophob*", "misogyn*", "antisemit*", "anti-semit*", "supremacis*", "hate", "hates", "hated", "hating", "loath*",
  "despis*", "detest*", "abhor*", "revolting", "repugnant", "repulsive", "obscen*", "grotesque", "hideous",
  "ugly", "awful", "terrible", "dreadful", "ghastly", "gruesome", "grisly", "harrowing", "agoniz*", "anguish*",
  "torment*", "tortur*", "suffer*", "misery", "despair*", "hopeless*", "grim", "bleak", "dire", "perilous",
  "ominous", "menacing", "sinister", "looming", "unleash*", "rampant", "runaway", "out of control", "spiral*",
  "skyrocket*", "soar*", "plummet*", "plunge*", "tank*", "crumbl*", "implod*", "meltdown", "collapse", "havoc",
  "turmoil", "upheaval", "pandemonium", "anarchy", "bedlam", "uproar", "furor*", "firestorm", "backlash",
  "outcry", "scandalous", "shocking", "stunned", "stunning", "jaw-dropping", "mind-boggling", "astounding",
  "amazing", "wonderful", "fantastic", "glorious", "majestic", "sublime", "exalted", "revered", "beloved",
  "cherished", "sacred", "holy", "blessed", "martyr*", "valor*", "valour*", "gallant*", "fearless*", "patriotic",
  "steadfast", "unwavering", "unflinching", "indomitable", "invincible", "mighty", "proud*", "pride", "glory",
  "victorious", "defiant*", "defiance", "heroine*", "champion*", "savior*", "saviour*", "crusade*", "crusader*",
  "pure", "purity", "innocent*", "helpless", "defenseless", "defenceless", "vulnerable", "victim*", "victimi*",
  "outrageous*", "egregious", "flagrant*", "gross", "grossly", "shamelessly", "cynical*", "callous*", "heartless",
  "ruthless", "mercilessly", "merciless", "relentless*", "utterly", "wholesale", "rabid", "frenzied", "feverish",
  "obsess*", "hysterical", "alarmist*", "fearmonger*", "scaremonger*", "doomsayer*", "conspiracy theor*", "crackpot*",
  "quack*", "charlatan*", "huckster*", "snake oil", "grifter*", "grift", "scam*", "racket*", "extort*", "bribe*",
  "kickback*", "payoff*", "loot*", "plunder*", "pillag*", "squander*", "fleec*", "gouge*", "rob", "robbed",
  "robbery", "theft", "steal*", "stolen", "hoax*", "lie", "lied", "untruth*", "falsehood*", "deceptive", "misleading",
  "distort*", "twist*", "spin", "whitewash*", "cover up", "covered up", "stonewall*", "obstruct*", "coverup*",
];

/** A compiled word list: exact entries and prefix ("*") entries, single words and phrases. */
export interface Lexicon {
  readonly name: string;
  /** Single words, exact. */
  readonly words: ReadonlySet<string>;
  /** Single-word prefixes (entries ending in "*"). */
  readonly prefixes: readonly string[];
  /**
   * The prefixes by their first PREFIX_KEY characters (shorter prefixes under their whole text): a word is checked
   * against only the prefixes that can match it, where a scan of every prefix was a good part of analysing a text.
   */
  readonly prefixesByStart: ReadonlyMap<string, readonly string[]>;
  /** Multi-word phrases as arrays of lower-case words. */
  readonly phrases: readonly (readonly string[])[];
  /** The phrases by their first word, longest first: a word is checked against only the phrases it can start. */
  readonly phrasesByFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export function compileLexicon(name: string, entries: readonly string[]): Lexicon {
  const words = new Set<string>();
  const prefixes: string[] = [];
  const phrases: string[][] = [];
  for (const e of entries) {
    if (e.includes(" ")) phrases.push(e.split(" "));
    else if (e.endsWith("*")) prefixes.push(e.slice(0, -1));
    else words.add(e);
  }
  const phrasesByFirst = new Map<string, string[][]>();
  for (const ph of phrases) {
    const list = phrasesByFirst.get(ph[0] as string) ?? [];
    list.push(ph);
    phrasesByFirst.set(ph[0] as string, list);
  }
  for (const list of phrasesByFirst.values()) list.sort((a, b) => b.length - a.length);
  const prefixesByStart = new Map<string, string[]>();
  for (const p of prefixes) {
    const key = p.slice(0, PREFIX_KEY);
    prefixesByStart.set(key, [...(prefixesByStart.get(key) ?? []), p]);
  }
  return { name, words, prefixes, prefixesByStart, phrases, phrasesByFirst };
}

/** How many leading characters index the prefix entries. */
const PREFIX_KEY = 3;

/**
 * Remembered prefix answers per lexicon: every word of every article is checked against every list, and news
 * vocabulary repeats, so a bounded memo spares most of the prefix look-ups.
 */
const prefixMemo = new WeakMap<Lexicon, Map<string, boolean>>();
/** Words remembered per lexicon before the memo starts afresh (a few MB across all lists at most). */
const PREFIX_MEMO_WORDS = 50_000;

/** True when one lower-cased word is in the lexicon's single-word part (memoised per lexicon). */
export function hasWord(lex: Lexicon, word: string): boolean {
  if (lex.words.has(word)) return true;
  if (lex.prefixesByStart.size === 0) return false;
  let memo = prefixMemo.get(lex);
  if (!memo) {
    memo = new Map();
    prefixMemo.set(lex, memo);
  }
  const known = memo.get(word);
  if (known !== undefined) return known;
  const found = hasPrefixOf(lex, word);
  if (memo.size >= PREFIX_MEMO_WORDS) memo.clear();
  memo.set(detached(word), found);
  return found;
}

/** `hasWord` without the memo, for callers that remember the answer themselves. */
function hasWordUnmemoised(lex: Lexicon, word: string): boolean {
  return lex.words.has(word) || (lex.prefixesByStart.size > 0 && hasPrefixOf(lex, word));
}

function hasPrefixOf(lex: Lexicon, word: string): boolean {
  // A prefix shorter than the key is stored under its whole text, so look up every shorter start too.
  for (let k = 1; k <= PREFIX_KEY && k <= word.length; k++) {
    for (const p of lex.prefixesByStart.get(word.slice(0, k)) ?? []) if (word.startsWith(p)) return true;
  }
  return false;
}

/** True when the phrase's words follow each other in `words` from index `at`. */
function phraseAt(phrase: readonly string[], words: readonly string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/** `wordFlags` bits: the word is in the lexicon's single-word part; a phrase of the lexicon starts with it. */
export const WORD_HIT = 1;
export const PHRASE_START = 2;

/** What the lexicon says about one lower-cased word, as WORD_HIT and PHRASE_START bits (not memoised). */
export const wordFlags = (lex: Lexicon, word: string): number =>
  (hasWordUnmemoised(lex, word) ? WORD_HIT : 0) | (lex.phrasesByFirst.has(word) ? PHRASE_START : 0);

/**
 * Finds lexicon hits in a list of lower-cased words: [first, last) word indices. A phrase wins over a single word
 * that starts at the same place, so "no one" is one hit. `flags`, when given, are the words' `wordFlags` (a caller
 * that knows them per distinct word spares a look-up per occurrence).
 */
export function findHits(lex: Lexicon, words: readonly string[], flags?: ArrayLike<number>): [number, number][] {
  const hits: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    const flag = flags?.[i];
    if (flag === 0) continue;
    let matched = 0;
    // Plain loops and no fallback arrays: this runs for every word of every sentence against every list.
    const candidates = flag === undefined || flag & PHRASE_START ? lex.phrasesByFirst.get(words[i] ?? "") : undefined;
    if (candidates !== undefined)
      for (const ph of candidates) {
        if (phraseAt(ph, words, i)) {
          matched = ph.length;
          break;
        }
      }
    if (matched === 0 && (flag === undefined ? hasWord(lex, words[i] ?? "") : flag & WORD_HIT)) matched = 1;
    if (matched > 0) {
      hits.push([i, i + matched]);
      i += matched - 1;
    }
  }
  return hits;
}

/** The lists the model uses as features, compiled once, in a fixed order (the order names feature ids). */
export const FEATURE_LEXICONS: readonly Lexicon[] = [
  compileLexicon("loaded", LOADED),
  compileLexicon("intens", INTENSIFIERS),
  compileLexicon("super", SUPERLATIVES),
  compileLexicon("absol", ABSOLUTES),
  compileLexicon("hedge", HEDGES),
  compileLexicon("fear", FEAR),
  compileLexicon("flag", FLAG),
  compileLexicon("doubt", DOUBT),
  compileLexicon("causal", CAUSAL),
  compileLexicon("auth", AUTHORITY),
  compileLexicon("bandw", BANDWAGON),
  compileLexicon("cliche", CLICHES),
  compileLexicon("whatab", WHATABOUT),
  compileLexicon("bw", BLACK_WHITE),
  compileLexicon("opin", OPINION_MARKERS),
  compileLexicon("emot", EMOTIVE),
];

/** A word's bits in a set of up to 16 lexicons: bit i when lexicon i has it as a single word, bit 16 + i when one
 * of lexicon i's phrases starts with it. */
const HALF = 16;

/**
 * Lexicon bits of every word of a sentence against a list of lexicons at once: bit i of entry k is set when a hit
 * of lexicon i covers word k, exactly as `findHits` finds them (a phrase wins over a word starting at the same
 * place, and a hit is not overlapped by the next). Each word is looked up once for all lists (in tables merged from
 * all of them) instead of once per list, which made `hasWord` the costliest line of the analysis.
 */
export class LexiconSet {
  readonly lexicons: readonly Lexicon[];
  /** Every list's single words and phrase-first words at once: word → its exact bits in all the lists. */
  readonly #exact = new Map<string, number>();
  /** Every list's prefixes at once, by their first PREFIX_KEY characters as in `Lexicon.prefixesByStart`. */
  readonly #prefixes = new Map<string, { readonly prefix: string; readonly bit: number }[]>();

  constructor(lexicons: readonly Lexicon[]) {
    if (lexicons.length > HALF) throw new Error(`a LexiconSet holds at most ${HALF} lexicons, not ${lexicons.length}`);
    this.lexicons = lexicons;
    const addExact = (word: string, bit: number): void => {
      this.#exact.set(word, (this.#exact.get(word) ?? 0) | bit);
    };
    lexicons.forEach((lex, i) => {
      for (const w of lex.words) addExact(w, 1 << i);
      for (const w of lex.phrasesByFirst.keys()) addExact(w, 1 << (i + HALF));
      for (const [key, prefixes] of lex.prefixesByStart) {
        const list = this.#prefixes.get(key) ?? [];
        for (const prefix of prefixes) list.push({ prefix, bit: 1 << i });
        this.#prefixes.set(key, list);
      }
    });
  }

  /**
   * Single-word bits in the low half, phrase-start bits in the high half. The lists are merged into one table of
   * words and one of prefixes, so a word costs a few look-ups for all lists together (no memo to keep: a memo of
   * 50,000 words cost as much per look-up, and far more for every word it had not seen).
   */
  bitsOf(word: string): number {
    let bits = this.#exact.get(word) ?? 0;
    // As `hasPrefixOf`: a prefix shorter than the key is stored under its whole text, so every shorter start counts.
    for (let k = 1; k <= PREFIX_KEY && k <= word.length; k++) {
      const candidates = this.#prefixes.get(word.slice(0, k));
      if (candidates === undefined) continue;
      for (const { prefix, bit } of candidates) if ((bits & bit) === 0 && word.startsWith(prefix)) bits |= bit;
    }
    return bits;
  }

  /**
   * `bits` are the words' `bitsOf`, when the caller has them (an article looks each distinct word up once, not
   * each occurrence).
   */
  masks(words: readonly string[], bits: ArrayLike<number> = words.map((w) => this.bitsOf(w))): number[] {
    const n = words.length;
    const out = new Array<number>(n).fill(0);
    // Most sentences touch few of the lists: a list none of whose bits any word has is skipped without a scan.
    let any = 0;
    for (let i = 0; i < n; i++) any |= bits[i] as number;
    if (any === 0) return out;
    this.lexicons.forEach((lex, li) => {
      const single = 1 << li;
      const first = 1 << (li + HALF);
      if ((any & (single | first)) === 0) return;
      for (let i = 0; i < n; i++) {
        const b = bits[i] as number;
        if ((b & (single | first)) === 0) continue;
        let matched = 0;
        if (b & first)
          for (const ph of lex.phrasesByFirst.get(words[i] as string) ?? []) {
            if (phraseAt(ph, words, i)) {
              matched = ph.length;
              break;
            }
          }
        if (matched === 0 && b & single) matched = 1;
        for (let k = i; k < i + matched; k++) out[k] = (out[k] as number) | single;
        if (matched > 0) i += matched - 1;
      }
    });
    return out;
  }
}

/** FEATURE_LEXICONS as one set, for the per-token lexicon bits of the propaganda features. */
export const FEATURE_LEXICON_SET = new LexiconSet(FEATURE_LEXICONS);
