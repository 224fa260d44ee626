/**
 * Which "side" a quoted voice speaks for, for the one-sided-sourcing cue. Deliberately simple and explainable:
 * - a voice whose role, name or attribution names one country (by name, demonym or a seat-of-government
 *   metonym: "French Defense Minister", "President of the Malian Republic", "the Elysee") is on that
 *   country's side, written as its ISO 3166 code;
 * - failing that, an organisation acronym in the role ("WHO Director-General", "NATO spokesman") or the name of
 *   an organisation entity makes the organisation the side;
 * - otherwise the side is unknown, and an unknown voice counts as independent (so it never makes a story look
 *   one-sided).
 * Alliances are not inferred: they are contested and change, and a rule that decided who is allied with whom
 * would be an editorial judgement of its own.
 */

/** ISO code → lower-case names, demonyms and seats of government. Major news countries; extend as needed. */
// biome-ignore format: a table reads best one country to a line
const COUNTRIES: Record<string, readonly string[]> = {
  RU: ["russia", "russian", "russians", "russian federation", "kremlin", "moscow"],
  US: ["united states", "u.s.", "us", "usa", "america", "american", "americans", "white house", "pentagon", "state department", "washington"],
  GB: ["united kingdom", "uk", "u.k.", "britain", "british", "downing street", "whitehall", "london"],
  SY: ["syria", "syrian", "syrians", "syrian arab republic", "damascus"],
  UA: ["ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"],
  CN: ["china", "chinese", "beijing", "people's republic of china"],
  FR: ["france", "french", "élysée", "elysee", "paris"],
  DE: ["germany", "german", "germans", "berlin", "bundestag"],
  IR: ["iran", "iranian", "iranians", "tehran", "islamic republic of iran"],
  IL: ["israel", "israeli", "israelis", "knesset", "jerusalem"],
  PS: ["palestine", "palestinian", "palestinians", "gaza", "hamas"],
  TR: ["turkey", "turkish", "türkiye", "ankara"],
  SA: ["saudi arabia", "saudi", "saudis", "riyadh"],
  IQ: ["iraq", "iraqi", "iraqis", "baghdad"],
  AF: ["afghanistan", "afghan", "afghans", "kabul", "taliban"],
  IN: ["india", "indian", "new delhi"],
  PK: ["pakistan", "pakistani", "islamabad"],
  JP: ["japan", "japanese", "tokyo"],
  KP: ["north korea", "north korean", "pyongyang"],
  KR: ["south korea", "south korean", "seoul"],
  VE: ["venezuela", "venezuelan", "caracas"],
  BY: ["belarus", "belarusian", "minsk"],
  PL: ["poland", "polish", "warsaw"],
  IT: ["italy", "italian", "rome"],
  ES: ["spain", "spanish", "madrid"],
  CA: ["canada", "canadian", "ottawa"],
  AU: ["australia", "australian", "canberra"],
  EG: ["egypt", "egyptian", "cairo"],
  LB: ["lebanon", "lebanese", "beirut", "hezbollah"],
  YE: ["yemen", "yemeni", "houthi", "houthis", "sanaa"],
  LY: ["libya", "libyan", "tripoli"],
  QA: ["qatar", "qatari", "doha"],
  MX: ["mexico", "mexican"],
  BR: ["brazil", "brazilian", "brasilia"],
  NG: ["nigeria", "nigerian", "abuja"],
  ZA: ["south africa", "south african", "pretoria"],
  MG: ["madagascar", "malagasy"],
};

/** Each name with its pattern; the plain name lets a cheap substring test skip the regex for most phrases. */
const NAME_TO_CODE: [string, RegExp, string][] = Object.entries(COUNTRIES)
  .flatMap(([code, names]) => names.map((n) => [n, code] as const))
  // Longer names first, so "south korean" wins over "korean"-like fragments.
  .sort((a, b) => b[0].length - a[0].length)
  .map(([n, code]) => [n, new RegExp(`(?<![\\p{L}.])${n.replace(/[.]/g, "\\.")}(?![\\p{L}])`, "iu"), code]);

/**
 * Matches when any name occurs in a lower-cased phrase at all, the test that starts every name's check below: most
 * phrases (role titles, the words before a mention) name no country, and one pass answers for all ~130 names.
 */
const ANY_NAME = new RegExp(NAME_TO_CODE.map(([n]) => n.replace(/[.]/g, "\\.")).join("|"));

/** The countries a phrase names, each once. "US" and "us" are told apart by case, since "us" is a pronoun. */
export function countriesIn(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  if (!ANY_NAME.test(lower)) return [];
  const found = new Set<string>();
  for (const [name, re, code] of NAME_TO_CODE) {
    if (!lower.includes(name)) continue;
    const m = re.exec(phrase);
    if (!m) continue;
    if (m[0] === "us") continue;
    found.add(code);
  }
  return [...found];
}

/** An organisation acronym (2–6 capitals, not a country code such as "US" or "UK"): "WHO", "NATO", "UN". */
const ACRONYM = /\b([A-Z]{2,6})\b/;

export interface Voice {
  /** How the voice appears in the note: the entity name or the attribution phrase. */
  readonly label: string;
  /** Role strings (titles, functions) known for the voice. */
  readonly roles: readonly string[];
  readonly isOrganisation: boolean;
  /** ISO code of the country the entity layer ties the voice to, if any. */
  readonly country?: string;
}

/** The side a voice speaks for, with the reason, or undefined when nothing ties it to one. */
export function sideOf(voice: Voice): { side: string; why: string } | undefined {
  const texts = [...voice.roles, voice.label];
  const countries = new Set(texts.flatMap(countriesIn));
  if (voice.country && (countries.size === 0 || (countries.size === 1 && countries.has(voice.country)))) {
    return { side: voice.country, why: `country ${voice.country} from the entity layer` };
  }
  if (countries.size === 1) {
    const [code] = [...countries];
    return { side: code ?? "", why: `named country ${code}` };
  }
  if (countries.size > 1) return undefined;
  for (const r of voice.roles) {
    const m = ACRONYM.exec(r);
    if (m?.[1] && !(m[1] in COUNTRIES)) return { side: m[1], why: `organisation ${m[1]}` };
  }
  if (voice.isOrganisation) return { side: voice.label, why: "organisation" };
  return undefined;
}
