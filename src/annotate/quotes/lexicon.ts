/**
 * Word lists for attribution: reporting verbs (the cue), the words that open a source or a reported clause, and the
 * generic sources that are not entities. Lists, not a model: the reporting vocabulary of news English is small and
 * closed, and a list is easy to audit (PARC 3.0 and PolNeAR cue inventories are dominated by these verbs).
 */

/** Reporting verbs in the forms news copy uses them. "said" alone covers about half of all cues in PolNeAR. */
const REPORTING_VERB_FORMS = [
  "say|says|said|saying",
  "tell|tells|told|telling",
  "add|adds|added|adding",
  "note|notes|noted|noting",
  "state|states|stated",
  "argue|argues|argued|arguing",
  "claim|claims|claimed|claiming",
  "insist|insists|insisted|insisting",
  "explain|explains|explained|explaining",
  "write|writes|wrote|written|writing",
  "tweet|tweets|tweeted|tweeting",
  "announce|announces|announced|announcing",
  "report|reports|reported|reporting",
  "warn|warns|warned|warning",
  "suggest|suggests|suggested|suggesting",
  "acknowledge|acknowledges|acknowledged|acknowledging",
  "admit|admits|admitted|admitting",
  "assert|asserts|asserted|asserting",
  "contend|contends|contended",
  "maintain|maintains|maintained",
  "reply|replies|replied",
  "respond|responds|responded",
  "continue|continues|continued",
  "declare|declares|declared|declaring",
  "recall|recalls|recalled|recalling",
  "ask|asks|asked|asking",
  "answer|answers|answered",
  "predict|predicts|predicted",
  "promise|promises|promised|promising",
  "vow|vows|vowed|vowing",
  "pledge|pledges|pledged|pledging",
  "threaten|threatens|threatened|threatening",
  "implore|implores|implored",
  "concede|concedes|conceded",
  "confirm|confirms|confirmed",
  "deny|denies|denied",
  "allege|alleges|alleged",
  "charge|charges|charged",
  "complain|complains|complained",
  "joke|jokes|joked",
  "quip|quips|quipped",
  "boast|boasts|boasted",
  "urge|urges|urged|urging",
  "observe|observes|observed",
  "emphasize|emphasizes|emphasized|emphasise|emphasises|emphasised",
  "stress|stresses|stressed",
  // A verb of saying only as "point out" (source.ts isVerbAt): alone it is most often the noun ("a tipping point",
  // "leads by 20 points", "made a similar point").
  "point|points|pointed|pointing",
  "reveal|reveals|revealed",
  "describe|describes|described",
  "call|calls|called",
  "believe|believes|believed",
  "think|thinks|thought",
  "estimate|estimates|estimated",
  "mention|mentions|mentioned",
  "indicate|indicates|indicated",
  "show|shows|showed|shown",
  "find|finds|found",
  "conclude|concludes|concluded",
  "testify|testifies|testified",
  "shout|shouts|shouted",
  "yell|yells|yelled",
  "chant|chants|chanted",
  "profess|professes|professed",
  "post|posts|posted",
  "learn|learns|learned|learnt",
  "accuse|accuses|accused|accusing",
  "criticize|criticizes|criticized|criticise|criticised",
  "agree|agrees|agreed",
  "hope|hopes|hoped",
  "expect|expects|expected",
  "fear|fears|feared",
  "worry|worries|worried",
  "acknowledge|acknowledges|acknowledged",
  "speculate|speculates|speculated",
  "put|puts",
  "demand|demands|demanded",
  "wonder|wonders|wondered",
  "exclaim|exclaims|exclaimed",
  "cry|cries|cried",
  "plead|pleads|pleaded",
  "retort|retorts|retorted",
  "counter|counters|countered",
  "muse|muses|mused",
  "scoff|scoffs|scoffed",
  "sing|sings|sang",
  "read|reads",
  "recount|recounts|recounted",
  "remark|remarks|remarked",
  // "Jo Lane commented: “…”". "comments" is more often a noun ("his comments were “…”"): source.ts reads it as a verb
  // only right after a quotation with a name after it ("“…,” comments Jo Lane").
  "comment|commented",
  "interject|interjects|interjected",
  "speak|speaks|spoke|speaking",
  // Not "press" or "presses": in news copy they are the noun ("told the press", "White House press secretary").
  "pressed|pressing",
  "scream|screams|screamed",
  "shriek|shrieks|shrieked",
  "bellow|bellows|bellowed",
  "holler|hollers|hollered",
  "whisper|whispers|whispered",
  "murmur|murmurs|murmured",
  "elaborate|elaborates|elaborated",
  "surmise|surmises|surmised",
  "exult|exults|exulted",
  "gush|gushes|gushed",
  "sneer|sneers|sneered",
  "fume|fumes|fumed",
  "marvel|marvels|marveled|marvelled",
  "lament|laments|lamented",
  "caution|cautions|cautioned",
  "opine|opines|opined",
  "posit|posits|posited",
  "reiterate|reiterates|reiterated",
  "concur|concurs|concurred",
  "beam|beams|beamed",
  "retaliate|retaliates|retaliated",
  // Not "volunteer" or "volunteers": in news copy they are the noun ("“…,” volunteers said", "said volunteers Jo Lee").
  "volunteered",
  "brag|brags|bragged",
  "tease|teases|teased",
  "gripe|gripes|griped",
  "grumble|grumbles|grumbled",
  "gloat|gloats|gloated",
  "chide|chides|chided",
  "scold|scolds|scolded",
  "interrupt|interrupts|interrupted",
];

/** Verbs that take the quotation after them but seldom report a whole sentence ("called it", "described as"). */
/**
 * Stems of verbs that judge their object ("dismissed … as", "derided … as"): with "as" and words in marks after the
 * object, the words are the judge's ("dismissed the plan as “unworkable”"), so the verb is their cue. Not "attack"
 * or "blast", whose forms are as often nouns ("attacks on the embassy as …").
 */
export const JUDGING_VERB_STEMS =
  "dismiss|derid|denounc|disput|reject|criticiz|criticis|characteriz|characteris|portray|condemn|decr[iy]|slamm|hail|prais|tout|pann|ridicul|assail";
const JUDGING_VERB = new RegExp(`^(?:${JUDGING_VERB_STEMS})(?:e|es|ed|ing|s|ied|ies|y)?$`, "i");

/** Whether `word` is a form of a judging verb ("dismissed", "derides", "decried"). */
export function isJudgingVerb(word: string): boolean {
  return JUDGING_VERB.test(word);
}

export const NAMING_VERBS = new Set([
  "call",
  "calls",
  "called",
  "calling",
  "describe",
  "describes",
  "described",
  "dub",
  "dubbed",
  "label",
  "labeled",
  "labelled",
  "brand",
  "branded",
  "term",
  "termed",
  "deem",
  "deems",
  "deemed",
]);

/**
 * Verbs of uttering words (not of naming, thinking or finding): their object in marks is the whole of what was
 * said ("She says “we worked hard.”"), where "called it “…”" or "believes “…”" takes a phrase.
 */
export const UTTERANCE_VERBS: ReadonlySet<string> = new Set(
  [
    "say|says|said|saying",
    "tell|tells|told|telling",
    "add|adds|added|adding",
    "declare|declares|declared|declaring",
    "proclaim|proclaims|proclaimed|proclaiming",
    "announce|announces|announced|announcing",
    "write|writes|wrote|writing",
    "ask|asks|asked|asking",
    "respond|responds|responded|responding",
    "exclaim|exclaims|exclaimed|exclaiming",
    // Forms that are also nouns ("the state Senate", "a cry", "his tweets") are left out.
    "stated|stating",
    "tweeted|tweeting",
    "replied|replying",
    "answered|answering",
    "shouted|shouting",
    "yelled|yelling",
    "chanted|chanting",
    "cried|crying",
    "quipped|quipping",
    "joked|joking",
    // Singing a line utters it ("the crowd sang “We shall overcome.”").
    "sang|singing",
  ].flatMap((f) => f.split("|")),
);

export const REPORTING_VERBS: ReadonlySet<string> = new Set(REPORTING_VERB_FORMS.flatMap((f) => f.split("|")));

/** Reporting verbs strong enough to mark an indirect attribution ("X said the plan failed"). Weak ones like "find" need "that". */
export const STRONG_REPORTING_VERBS: ReadonlySet<string> = new Set(
  "say says said tell tells told add adds added note notes noted state states stated argue argues argued claim claims claimed insist insists insisted explain explains explained write writes wrote tweet tweets tweeted announce announces announced report reports reported warn warns warned acknowledge acknowledges acknowledged admit admits admitted assert asserts asserted contend contends contended maintain maintains maintained declare declares declared predict predicts predicted concede concedes conceded confirm confirms confirmed allege alleges alleged charge charges charged complain complains complained testify testifies testified".split(
    " ",
  ),
);

/** Multi-word cues that introduce a source before the content ("According to X, …"). */
export const ACCORDING_TO =
  /\b(?:according to|in the words of|as (?:reported|stated|noted|said|claimed|argued) by)\s+/i;

/** Pronouns that may stand as a source, with whether they point at one person. */
export const PRONOUNS: ReadonlyMap<string, "person" | "group" | "speaker"> = new Map([
  ["he", "person"],
  ["she", "person"],
  ["they", "group"],
  ["we", "group"],
  ["i", "speaker"],
  ["it", "group"],
]);

/** Head nouns of sources that are not one named entity: they go to `attributedTo` when no entity fits. */
export const GENERIC_SOURCE_HEADS = new Set(
  "critics officials official sources source experts expert analysts analyst observers residents witnesses people aides aide spokesman spokeswoman spokesperson representative representatives statement report reports polls poll survey study researchers advisers adviser insiders insider diplomats diplomat lawmakers democrats republicans supporters opponents voters campaign reporters journalists media documents data figures authorities police investigators prosecutors".split(
    " ",
  ),
);

/** Words that end a source noun phrase when scanning outward from the cue. */
export const PHRASE_BREAKERS = new Set([
  "and",
  "but",
  "that",
  "which",
  "who",
  "whom",
  "what",
  "while",
  "although",
  "though",
  "whereas",
  "unless",
  "because",
  "since",
  "as",
  "if",
  "when",
  "after",
  "before",
  "in",
  "on",
  "at",
  "to",
  "on",
  "during",
]);

/**
 * Words ending in "-ly" that are nouns or adjectives, not adverbs: "the family said", "a rally organiser told". The
 * rules that skip an adverb between a subject and its verb ("he frequently said") must not skip these.
 */
const LY_NON_ADVERBS =
  "family ally rally bully assembly supply reply monopoly anomaly tally daily weekly monthly quarterly yearly elderly belly jelly lily holly folly gully homily butterfly fly melancholy".split(
    " ",
  );

/** An adverb in "-ly" ("frequently", "reportedly"), as a regular-expression source; not a noun such as "family". */
export const LY_ADVERB = String.raw`(?!(?:${LY_NON_ADVERBS.join("|")})\b)\p{Ll}+ly`;

const WHOLE_LY_ADVERB = new RegExp(`^${LY_ADVERB}$`, "u");

/** Whether a word is a lower-case adverb in "-ly". */
export function isLyAdverb(word: string): boolean {
  return WHOLE_LY_ADVERB.test(word);
}
