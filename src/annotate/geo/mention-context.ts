/**
 * Whether a name the entity layer calls a place is one where it is written. The gazetteer holds 135,000 towns,
 * many named like English words ("Much", "Hard", "Liberal"), surnames ("Bush", "Radford") or title abbreviations
 * ("Sens", Yonne): a capitalised word that matches one is a place only when the sentence treats it as one. These
 * rules read the words around each mention; they veto a geocode, never add one.
 */

import { detached } from "../../core/detached.js";
import type { GeoPoint } from "../../core/document.js";
import { lookupPlace, type PlaceCandidate } from "./gazetteer.js";

export interface MentionSpan {
  readonly start: number;
  readonly end: number;
}

/** Abbreviated titles written before a name: "Sens. Tom Harkin", "Gen. Mattis", "Del. Danica Roem". */
const TITLE_ABBREVIATIONS = new Set([
  "Adm",
  "Amb",
  "Atty",
  "Brig",
  "Capt",
  "Cmdr",
  "Col",
  "Cpl",
  "Del",
  "Det",
  "Dr",
  "Fr",
  "Gen",
  "Gov",
  "Govs",
  "Hon",
  "Lt",
  "Maj",
  "Msgr",
  "Pres",
  "Prof",
  "Rep",
  "Reps",
  "Rev",
  "Sen",
  "Sens",
  "Sgt",
  "Supt",
]);

/**
 * "Sens. Tom Harkin": a title abbreviation, its dot, then a capitalised name. After a comma the same letters are a
 * state ("Dover, Del. Officials said").
 */
export function isTitleBeforeName(text: string, m: MentionSpan): boolean {
  if (!TITLE_ABBREVIATIONS.has(text.slice(m.start, m.end))) return false;
  if (/,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start))) return false;
  return /^\.\s+\p{Lu}/u.test(text.slice(m.end, m.end + 4));
}

/** A place this populous, or of this kind, is what its name usually means, even when a person shares it. */
const MAJOR_POPULATION = 100_000;
const MAJOR_FEATURE = /^(?:PCL|ADM1|PPLC|CONT|RGN|OCN|SEA)/;

/** Whether some sense of the name is a country, region, capital or large city. */
export function isMajorPlaceName(name: string): boolean {
  let major = majorByName.get(name);
  if (major === undefined) {
    major = lookupPlace(name).some((p) => MAJOR_FEATURE.test(p.featureCode) || p.population >= MAJOR_POPULATION);
    if (majorByName.size >= MAJOR_MEMO_NAMES) majorByName.clear();
    majorByName.set(detached(name), major);
  }
  return major;
}

/**
 * `isMajorPlaceName` by name, remembered: several entity refiners and the geocodes layer ask it of the same names,
 * article after article. Bounded, started afresh past the limit.
 */
const majorByName = new Map<string, boolean>();
const MAJOR_MEMO_NAMES = 16_384;

/** The words of the article's multi-word person names ("George W. Bush" → Bush, George), possessives cut. */
export function personNameWords(people: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of people) {
    const words = name.split(/\s+/).map((w) => w.replace(/[’']s$/, ""));
    if (words.length < 2) continue;
    for (const w of words) if (/^\p{Lu}\p{L}+$/u.test(w)) out.add(w);
  }
  return out;
}

const SPEECH_VERB_AFTER =
  /^\s+(?:said|says|told|added|asked|argued|wrote|tweeted|insisted|noted|replied|responded|explained|acknowledged|stated|warned|claimed|recalled)\b[^.!?"“”]{0,20}?\b(?:he|she|him|her|his)\b/;

/**
 * "Bush" of "George W. Bush", "Jordan said" with Jim Jordan in the article: a word of a person's name is that
 * person, unless it is a major place and the sentence does not make it speak. A lone word after an initial
 * ("William J. Phelan") is a surname whatever the article's people.
 */
export function isPersonNameHere(text: string, m: MentionSpan, personWords: ReadonlySet<string>): boolean {
  const name = text.slice(m.start, m.end).replace(/[’']s$/, "");
  const major = isMajorPlaceName(name);
  if (!major && /(?:^|\s)\p{Lu}\.\s+$/u.test(text.slice(Math.max(0, m.start - 4), m.start))) return true;
  if (!personWords.has(name)) return false;
  return !major || actsAsPersonHere(text, m);
}

/**
 * "Washington was an active slave holder", "Jordan was born in", "Kerry's wife": what only a person is, does or has.
 */
const PERSON_PREDICATE_AFTER =
  /^(?:\s+(?:was|is)\s+(?:born\b|(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:man|woman|person|holder|owner|slaveholder|leader|general|soldier|politician|farmer|writer|author|hero|father|mother|son|daughter|founder|lawyer|preacher|president)\b)|['’]s\s+(?:wife|husband|widow|father|mother|son|daughter|brother|sister|family|children)\b)/u;

/** "Jordan said he …": the mention is a speech verb's subject and a person's pronoun follows ("Paris said it …" is a country). */
export function speaksAsPersonHere(text: string, m: MentionSpan): boolean {
  return SPEECH_VERB_AFTER.test(text.slice(m.end, m.end + 40));
}

/** The mention speaks as a person, or the sentence says what only a person is or has. */
function actsAsPersonHere(text: string, m: MentionSpan): boolean {
  return speaksAsPersonHere(text, m) || PERSON_PREDICATE_AFTER.test(text.slice(m.end, m.end + 60));
}

/**
 * "Jim Jordan" in the article and "Jordan said he …" (or the model tagged a mention PER): the entity layer merged
 * the person with the country of his surname, and the person is what the article means.
 */
export function isMergedPerson(
  text: string,
  mentions: readonly MentionSpan[],
  personWords: ReadonlySet<string>,
  taggedPerson: (m: MentionSpan) => boolean,
): boolean {
  return mentions.some(
    (m) => personWords.has(text.slice(m.start, m.end)) && (taggedPerson(m) || speaksAsPersonHere(text, m)),
  );
}

/**
 * Regions whose bare name is better known as a company's: "through Amazon" is the retailer, "the Amazon" or "the
 * Amazon rainforest" the region, "in Patagonia" the region.
 */
const REGIONS_NAMED_LIKE_COMPANIES = new Set(["Amazon", "Patagonia"]);
const GEOGRAPHIC_HEAD_AFTER = /^\s+(?:rainforest|rain forest|basin|river|region|jungle|forest|delta|steppe)\b/i;

/** Whether a mention of such a region stands for the company: no "the" or "in" before it, no geographic noun after. */
export function isCompanyNamedLikeRegion(text: string, m: MentionSpan): boolean {
  const name = text.slice(m.start, m.end).replace(/[’'.]s?$/, "");
  if (!REGIONS_NAMED_LIKE_COMPANIES.has(name)) return false;
  if (/\b(?:the|in|across|into|throughout)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start))) return false;
  return !GEOGRAPHIC_HEAD_AFTER.test(text.slice(m.end, m.end + 14));
}

/** A noun for a company or a team written right before a name, as its apposition or label. */
const ORGANISATION_NOUN_BEFORE =
  /\b(?:firm|company|corporation|retailer|chain|brand|bank|startup|maker|manufacturer|carrier|airline|publisher|newspaper|website|charity|club|team|band)(?:,\s*|\s+(?:called|named)\s+)$/i;

/** "a car hire firm, Enterprise,", "the retailer called Target": the name is the organisation's. */
export function isNamedAsOrganisation(text: string, m: MentionSpan): boolean {
  return ORGANISATION_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/**
 * Prepositions and nouns that put a town in a sentence as a place: "in Liberal", "the town of Hard". Not "the":
 * a town's name takes no article, so "outside the West" is the West, not West, Texas.
 */
const LOCATIVE_BEFORE =
  /\b(?:in|at|from|near|outside|inside|into|across|around|toward|towards|throughout|between|within|via|(?:city|town|village|suburb|hamlet|township|borough|residents|people|citizens|mayor|streets|outskirts|centre|center|heart|edge|suburbs) of)\s+(?:downtown\s+|nearby\s+|rural\s+)?$/i;

/** "between Plymouth and", "in Bath, Wells and", "from London to": the list a mention ends, cut to find its cue. */
const LIST_BEFORE = /(?:\p{Lu}[\p{L}'’-]*,?\s+){1,6}(?:and|or|to)\s+$/u;

export function hasLocativeBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const list = LIST_BEFORE.exec(before);
  return LOCATIVE_BEFORE.test(list ? before.slice(0, list.index) : before);
}

/** "the Sinjar area", "the Liberal city council": a noun for a place right after the name. */
const PLACE_NOUN_AFTER = /^\s+(?:area|region|district|city|town|village|county|suburbs?|neighbou?rhood|outskirts)\b/;

/**
 * "in Liberal", "LIBERAL, Kan. —", "Davos-based", "the Sinjar area": a preposition (unless the name goes on as a
 * longer name), a dateline, a "-based" compound or a place noun marks a place.
 */
function hasPlaceCue(text: string, m: MentionSpan): boolean {
  // "in Charge Richard DesLauriers", "from Hurricane Maria": the preposition governs the longer name.
  if (hasLocativeBefore(text, m.start) && !isInsideLongerName(text, m)) return true;
  if (/^-based\b/.test(text.slice(m.end, m.end + 7))) return true;
  if (PLACE_NOUN_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  const lineStart = m.start === 0 || text[m.start - 1] === "\n";
  return lineStart && /^(?:,|\s+[—–-]|\s*\()/.test(text.slice(m.end, m.end + 3));
}

/** Resolution rules that already tie a town to the article's geography (its region, a place near it, a qualifier). */
const ANCHORED_RULES = new Set([
  "qualifier",
  "context-region",
  "nearby",
  "feature-name",
  "qualifier-region",
  "qualifier-town",
]);

/** Whether a resolved sense is a small town (not a capital) that the resolver picked without local support. */
export function isUnanchoredSmallTown(geo: GeoPoint, rule: string): boolean {
  const code = geo.featureCode ?? "";
  if (!code.startsWith("PPL") || code === "PPLC") return false;
  if ((geo.population ?? 0) >= MAJOR_POPULATION) return false;
  return !ANCHORED_RULES.has(rule);
}

/**
 * "Much remains to be done", "See No Evil: 19 Hard Truths", "Friends of the Earth": a small town picked with
 * nothing local to support it is a place only when some mention of it is written as one ("in Liberal",
 * "LIBERAL, Kan. —"), and never when the article also uses its name as a word ("Safer at Home" … "stay home").
 */
export function isWrittenAsPlace(text: string, mentions: readonly MentionSpan[]): boolean {
  const first = mentions[0];
  if (first && isAlsoWrittenAsWord(text, text.slice(first.start, first.end))) return false;
  return mentions.some((m) => hasPlaceCue(text, m));
}

/** The rules that tie a town to the article only through the regions or places it names, not through its own text. */
const CONTEXT_ONLY_RULES = new Set(["context-region", "nearby"]);

/** Whether a resolved sense is a small town (not a capital) the resolver tied to the article by its context alone. */
export function isContextOnlySmallTown(geo: GeoPoint, rule: string): boolean {
  const code = geo.featureCode ?? "";
  if (!code.startsWith("PPL") || code === "PPLC") return false;
  return (geo.population ?? 0) < MAJOR_POPULATION && CONTEXT_ONLY_RULES.has(rule);
}

/** Whether a resolved sense is a small town: not a capital, under MAJOR_POPULATION. */
export function isSmallTownSense(geo: GeoPoint): boolean {
  const code = geo.featureCode ?? "";
  return code.startsWith("PPL") && code !== "PPLC" && (geo.population ?? 0) < MAJOR_POPULATION;
}

/**
 * "Trump at UN threatens …": a name every mention of which is an acronym in capitals (two to four letters) is not
 * a small town spelt the same ("Un", India); acronyms of places (US, UK, DC, NYC) name countries, regions and
 * large cities. A name opening a line is a dateline in capitals ("AMES, Iowa —"), not an acronym.
 */
export function isWrittenAsAcronym(text: string, mentions: readonly MentionSpan[]): boolean {
  return (
    mentions.length > 0 &&
    mentions.every(
      (m) => m.start > 0 && text[m.start - 1] !== "\n" && /^\p{Lu}{2,4}$/u.test(text.slice(m.start, m.end)),
    )
  );
}

/**
 * "the Freedom Caucus", "Americans for Prosperity": a name inside a longer capitalised name, with a capitalised
 * word right after it on its line, or "Word for" right before it. Not "Word of", which is as often a person and
 * the town he is from ("Lillian Campbell of Somerville").
 */
export function isInsideLongerName(text: string, m: MentionSpan): boolean {
  if (/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(m.end, m.end + 3))) return true;
  return /\p{Lu}\p{Ll}*[ \t]+for[ \t]+$/u.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/**
 * "Freedom Caucus Chairman Mark Meadows" in a story that names California (Freedom, California), "Orange refers
 * to …" in one that names Texas: a small town that only the article's regions support is not meant when no mention
 * is written as a place and its name is an ordinary word of the article ("freedom") or each mention is part of a
 * longer name.
 */
export function isWordOrNamePartOnly(text: string, mentions: readonly MentionSpan[]): boolean {
  const first = mentions[0];
  if (!first || mentions.some((m) => hasPlaceCue(text, m))) return false;
  return (
    isAlsoWrittenAsWord(text, text.slice(first.start, first.end)) || mentions.every((m) => isInsideLongerName(text, m))
  );
}

/**
 * "District of Columbia", "Horn of Africa", "San Gabriel": a name the entity layer cut out of a longer gazetteer
 * name ("X of Y" before it, or one or two capitalised words after it). Returns the longest such name's span.
 */
export function longerPlaceName(text: string, m: MentionSpan): (MentionSpan & { name: string }) | undefined {
  const known = (start: number, end: number) => {
    const name = text.slice(start, end);
    const senses: PlaceCandidate[] = lookupPlace(name);
    return senses.length > 0 ? { start, end, name } : undefined;
  };
  const before = /(\p{Lu}\p{L}+\s+of\s+(?:the\s+)?)$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
  const ofName = before ? known(m.start - before[1]!.length, m.end) : undefined;
  if (ofName) return ofName;
  const after = /^(?: \p{Lu}[\p{Ll}’'-]+){1,2}/u.exec(text.slice(m.end, m.end + 40));
  if (!after) return undefined;
  const words = after[0].slice(1).split(" ");
  for (let n = words.length; n >= 1; n--) {
    const found = known(m.start, m.end + 1 + words.slice(0, n).join(" ").length);
    if (found) return found;
  }
  return undefined;
}

/** Office words that a capitalised word right before them belongs to ("Vice President", "Home Secretary"). */
const OFFICE_AFTER =
  /^\s+(?:President|Presidents|Chairman|Chairwoman|Chair|Minister|Premier|Chancellor|Secretary|Admiral|Marshal|Governor|Mayor|Speaker)\b/;

/** "Vice President Mike Pence": a small town's name written as the first word of an office. */
export function isPartOfOffice(text: string, m: MentionSpan): boolean {
  return OFFICE_AFTER.test(text.slice(m.end, m.end + 14)) && !isMajorPlaceName(text.slice(m.start, m.end));
}

/**
 * Whether the name, lower-cased, is also written in the article as an ordinary word ("home", "liberal"): then
 * its capitalised form is more likely that word in a title or a slogan ("Safer at Home") than a small town.
 */
export function isAlsoWrittenAsWord(text: string, name: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(name) && standsAloneIn(text, name.toLowerCase());
}

/**
 * Whether `word` occurs in `text` with no letter right before or after it: what the pattern
 * /(?<!\p{L})word(?!\p{L})/u finds, looked for with indexOf (a pattern built and run per name cost more than the
 * search). The neighbours are whole code points, as the pattern reads them.
 */
export function standsAloneIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(codePointBefore(text, at)) && !isLetter(text.codePointAt(at + word.length))) return true;
  }
  return false;
}

/** The code point that ends just before `at` (a surrogate pair read whole), or undefined at the start. */
function codePointBefore(text: string, at: number): number | undefined {
  if (at === 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

const LETTER = /^\p{L}$/u;
/** Whether each non-ASCII code point asked about is a letter (a Unicode property test per call is slow). */
const nonAsciiLetter = new Map<number, boolean>();

function isLetter(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 0x80) return (cp | 32) >= 97 && (cp | 32) <= 122;
  let known = nonAsciiLetter.get(cp);
  if (known === undefined) {
    known = LETTER.test(String.fromCodePoint(cp));
    nonAsciiLetter.set(cp, known);
  }
  return known;
}
