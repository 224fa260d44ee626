/**
 * Mention refiners (chrono's refiners): each takes the kept mentions and returns a corrected list. They fix what
 * the model and rules get wrong in the same way every time, and each says in its name what it fixes.
 */

import { detached } from "../../core/detached.js";
import type { Mention } from "../../core/document.js";
import { codePointBefore } from "../../core/letters.js";
import { AT_CAPITAL, execAll, wholeWordPattern } from "../../core/regexp.js";
import { lineAround, type Span } from "../../core/span.js";
import { insideAny } from "../../core/span-index.js";
import { loadWordVectors } from "../../core/word-vectors.js";
import { countryOfDemonym, isDemonym, lookupPlace } from "../geo/gazetteer.js";
import { REGIONS } from "../geo/lists.js";
import {
  isMajorPlaceName,
  isPartOfOffice,
  isPersonNameHere,
  isTitleBeforeName,
  personNameWords,
} from "../geo/mention-context.js";
import {
  capitalTheOpensName,
  companiesByContext,
  companySuffixesAreOrganisations,
  papersAfterCapitalTheAreOrganisations,
  papersNamedByTheirHeadAlone,
  parallelListItemsShareTheirType,
  regionNamesByContext,
} from "./companies.js";
import { isFirstName, isFirstNameAccentsAside, isListedOrganisation } from "./first-names.js";
import {
  COURTESY_TITLE,
  DEPARTMENT_NAMES,
  departmentWordCount,
  MONTH_SURNAMES,
  NOT_NAMES,
  OFFICE_HEADS,
  OFFICES_OF,
  ORG_HEADS,
  PARTY_WORDS,
  PLURAL_TITLES,
  RANK_TITLES,
  ROLE_NOUNS,
  STORM_NAME,
  STORM_WORDS,
} from "./lexicon.js";
import { TITLE_TAIL_RULE } from "./ner-recognizer.js";
import { NOT_ORG_ACRONYMS } from "./recognizers.js";
import { PARTY_MEMBER } from "./roles.js";

/** Single words that are titles ("Councilman", "Senator", "Senators"): never the first name a model left out. */
const TITLE_WORDS = new Set(
  [...RANK_TITLES, ...OFFICE_HEADS, ...Object.keys(PLURAL_TITLES)].map((t) => t.toLowerCase().replace(/\.$/, "")),
);

/** `ranges` are the parts of the text the entity rules read (see scope.ts). */
export type MentionRefiner = (mentions: readonly Mention[], text: string, ranges: readonly Span[]) => Mention[];

/**
 * A mention's words (split at white space), remembered for the text being refined: a dozen refiners split the same
 * spans again. The arrays are shared, so callers only read them.
 */
function wordsOf(text: string, m: Span): readonly string[] {
  if (text.length >= SPAN_KEY_BASE) return text.slice(m.start, m.end).split(/\s+/);
  if (text !== wordsText) {
    wordsBySpan.clear();
    wordsText = text;
  }
  const key = m.start * SPAN_KEY_BASE + m.end;
  let words = wordsBySpan.get(key);
  if (words === undefined) {
    words = text.slice(m.start, m.end).split(/\s+/);
    wordsBySpan.set(key, words);
  }
  return words;
}

/** Spans are keyed start × SPAN_KEY_BASE + end: exact for texts under 2^26 characters (longer ones skip the memo). */
const SPAN_KEY_BASE = 2 ** 26;
let wordsText = "";
const wordsBySpan = new Map<number, readonly string[]>();

/**
 * "Happy", "Watch", "Summary": a span made only of function and label words names nothing, except a month that is
 * a surname after a title of courtesy ("Mrs May said").
 */
export const dropFunctionWords: MentionRefiner = (mentions, text) =>
  mentions.filter(
    (m) =>
      !wordsOf(text, m).every((w) => NOT_NAMES.has(w.toLowerCase().replace(/[^\p{L}]/gu, ""))) ||
      (MONTH_SURNAMES.has(text.slice(m.start, m.end)) &&
        COURTESY_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))),
  );

/**
 * Words of NOT_NAMES that also open names ("New York", "New Zealand", "New Delhi"): kept at the start of a span.
 * A span made only of such words ("Happy New Year") is still dropped by dropFunctionWords.
 */
const NAME_OPENERS = new Set(["new"]);

/**
 * An opening double quotation mark right before a name, and a closing one right after it (a full stop or comma may
 * come first). Single marks are left out: a closing one is also a plural's possessive ("“No Americans’ rights").
 */
const OPENING_QUOTE = /["“]$/u;
const CLOSING_QUOTE = /^[.,!?]?["”]/u;

/**
 * "The Malian" → "Malian", "From Cairo" → "Cairo": leading function words the model swept into a span are not
 * part of the name (organisation names keep "The" where a rule chose it). A name that fills a pair of quotation
 * marks is a title, whose words are all its own (ABC's “This Week”, “The Apprentice”).
 */
export const stripLeadingFunctionWords: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (m.form !== "name") return [m];
    if (
      OPENING_QUOTE.test(text.slice(Math.max(0, m.start - 1), m.start)) &&
      CLOSING_QUOTE.test(text.slice(m.end, m.end + 2))
    )
      return [m];
    let start = m.start;
    for (;;) {
      const lead = /^([\p{L}]+)\s+/u.exec(text.slice(start, m.end));
      const word = lead?.[1]?.toLowerCase();
      if (!lead || word === undefined || !NOT_NAMES.has(word) || NAME_OPENERS.has(word)) break;
      if (lead[1] === "The" && m.type === "organization" && !m.rule.startsWith("entities:ner")) break;
      if (isChineseSurnameHe(text, m, start, lead[1] ?? "")) break;
      start += lead[0].length;
    }
    return start < m.end ? [{ ...m, start }] : [];
  });

/** What follows a person's name, never a pronoun and a name: a comma of apposition or a speech verb. */
const COMMA_OR_SPEECH_AFTER = /^(?:,|\s+(?:said|says|told|added|wrote)\b)/;

/**
 * "He Weiming, the former executive director …": He is a Chinese family name as well as a pronoun. A capitalised
 * "He" the tagger ran into a person's name of one more word, with a comma of apposition or a speech verb after it,
 * is the family name: the pronoun is never followed by a name and then a comma or "said".
 */
function isChineseSurnameHe(text: string, m: Mention, start: number, word: string): boolean {
  if (word !== "He" || m.type !== "person" || start !== m.start) return false;
  const rest = text.slice(m.start + 3, m.end);
  return /^\p{Lu}\p{Ll}+$/u.test(rest) && COMMA_OR_SPEECH_AFTER.test(text.slice(m.end, m.end + 8));
}

/**
 * "ISIS" tagged MISC: a run of capitals is an organisation's acronym far more often than a nationality or event.
 * Not an abbreviation of a thing or a disease ("DNA", "AIDS"), nor a listed programme ("DACA"), which earlier
 * refiners made misc on purpose.
 */
export const acronymIsOrganisation: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "misc" || m.rule === NAMED_THING_RULE) return m;
    const word = text.slice(m.start, m.end);
    if (!ACRONYM.test(word) || NOT_ORG_ACRONYMS.has(word) || DISEASE_NAMES.has(word.toLowerCase())) return m;
    return { ...m, type: "organization" as const, rule: `${m.rule}+acronym` };
  });

/**
 * Presidents, justices and leaders news calls by their initials ("FDR's New Deal", "AOC said"): people, where the
 * tagger reads a run of capitals as a body. Not before an airport word ("JFK Airport", "JFK International").
 */
const PERSON_INITIALS = new Set(["FDR", "JFK", "LBJ", "RFK", "MLK", "RBG", "AOC"]);
const AIRPORT_AFTER = /^[\s'’s]*(?:airport|international|terminal)\b/iu;

export const initialsOfPeopleArePeople: MentionRefiner = (mentions, text) =>
  mentions.map((m) =>
    m.type !== "person" &&
    m.form === "name" &&
    PERSON_INITIALS.has(text.slice(m.start, m.end)) &&
    !AIRPORT_AFTER.test(text.slice(m.end, m.end + 20))
      ? { ...m, type: "person" as const, rule: `${m.rule}+initials` }
      : m,
  );

/** Words that qualify a role in a job title ("Senior Editor-at-Large", "Deputy Managing Editor"). */
const ROLE_QUALIFIERS = new Set(
  "senior junior deputy associate assistant acting interim chief executive managing contributing national foreign political at large general special staff lead principal".split(
    " ",
  ),
);

/**
 * Abbreviations of roles and common nouns, which name nothing on their own: "the former VP", "a super PAC", "on TV".
 * ("OK" is left out: after a city it is Oklahoma.)
 */
const COMMON_NOUN_ACRONYMS = new Set(["CEO", "CFO", "COO", "CTO", "VP", "MP", "MPs", "PAC", "PACs", "TV", "FYI"]);

/**
 * "Journalist", "Editor", "Senior Editor-at-Large": a person or organisation made only of role words and their
 * qualifiers is a job title, not a name; so is an abbreviation of a role or a common noun alone.
 */
export const dropBareRoleWords: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (m.form !== "name" || m.type === "place") return true;
    if (COMMON_NOUN_ACRONYMS.has(text.slice(m.start, m.end))) return false;
    const words = text
      .slice(m.start, m.end)
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w !== "");
    return !(words.some((w) => ROLE_NOUNS.has(w)) && words.every((w) => ROLE_NOUNS.has(w) || ROLE_QUALIFIERS.has(w)));
  });

/** Plurals of organisations' head nouns: kinds of body, never one body's name. */
const PLURAL_BODY_WORDS = new Set(
  "universities colleges companies corporations banks agencies ministries councils committees institutes associations foundations commissions unions schools hospitals".split(
    " ",
  ),
);

/**
 * "Universities, start-ups and large firms are …": a plural head noun alone, capitalised where it opens a sentence,
 * names a kind of body, not one organisation.
 */
export const dropPluralBodyWords: MentionRefiner = (mentions, text) =>
  mentions.filter(
    (m) =>
      m.form !== "name" ||
      // "Banks said …" after "Jim Banks": a surname stays.
      m.type === "person" ||
      !PLURAL_BODY_WORDS.has(text.slice(m.start, m.end).toLowerCase()),
  );

/** Words that open a job title rather than end a body's name: "Minority Leader", "Defense Secretary", "Deputy Chief". */
const TITLE_FRONT_MODIFIERS = new Set([
  "minority",
  "majority",
  "cabinet",
  "deputy",
  "vice",
  "assistant",
  "acting",
  "chief",
  "senior",
  "executive",
  "prime",
  "foreign",
  "defense",
  "defence",
  "interior",
  "finance",
  "health",
  "education",
  "justice",
  "labor",
  "labour",
  "trade",
  "energy",
  "home",
  "attorney",
  "general",
  "associate",
  "managing",
  "press",
  "security",
  "transport",
  "transportation",
  "treasury",
  "environment",
  "agriculture",
  "commerce",
  "interim",
  "former",
  // Departments of a firm or a campaign: "Communications Director", "Polling Director", "News Editor".
  "communications",
  "culture",
  "polling",
  "news",
  "digital",
  "political",
  "policy",
  "campaign",
  "marketing",
  "legal",
  "medical",
  "research",
  "sports",
  "editorial",
]);

/**
 * "Senate Minority Leader Mitch McConnell", "Japan’s Chief Cabinet Secretary": an organisation span that ends on a
 * modifier ("Minority", "Cabinet") right before a title word is the front of a job title, not an organisation.
 */
export const dropTitleFronts: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (m.type !== "organization" || m.form !== "name") return true;
    const last = (text.slice(m.start, m.end).split(/\s+/).at(-1) ?? "").toLowerCase();
    if (ORG_HEADS.has(last)) return true;
    // "Federal Reserve" cut from "Federal Reserve Chairman": a name before its officer's title, unless it ends on a
    // modifier of the title ("Senate Minority" of "Senate Minority Leader").
    // A name the tagger began after "and" or "of" is the end of a longer one ("Housing and Urban Development").
    if (m.rule.endsWith(TITLE_TAIL_RULE))
      return (
        !TITLE_FRONT_MODIFIERS.has(last) && !/\b(?:and|of|&)\s+$/.test(text.slice(Math.max(0, m.start - 5), m.start))
      );
    const next = /^ (\p{Lu}[\p{Ll}]+)\b/u.exec(text.slice(m.end, m.end + 20))?.[1]?.toLowerCase();
    return next === undefined || !(ROLE_NOUNS.has(next) || TITLE_WORDS.has(next));
  });

/**
 * "the Kentucky Republican said", "Reid, Nevada Democrat,": a place and a party name a member of that party, a
 * description of a person the text names elsewhere, not a name of its own.
 */
export const dropPartyMemberNames: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    // Whatever the type the tagger gave it: "California Democrat" read as a place is no place either.
    if (m.form !== "name") return true;
    const surface = text.slice(m.start, m.end);
    // "the Democrat", "a Republican": one party member, not the party (which is "Democrats", "Democratic Party").
    if (m.type !== "person" && /^(?:Democrat|Republican)$/.test(surface)) return false;
    if (!PARTY_MEMBER.test(surface)) return true;
    return lookupPlace(surface.replace(/\s+\S+$/, "")).length === 0;
  });

/**
 * "(R-TX)", "(D-N.M.)", "(I-Vt.)": a US legislator's party and state after the name, which the tagger reads as an
 * organisation. It names neither a party nor a state the entity layer could use, so it is no mention.
 */
const PARTY_STATE = /^[DRI]-[A-Z][A-Za-z.]{0,5}$/;
export const dropPartyStateTags: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (!PARTY_STATE.test(text.slice(m.start, m.end))) return true;
    // In brackets ("(D-N.Y.)") or between commas after the name ("Jerry Nadler, D-N.Y., said").
    const bracketed = text[m.start - 1] === "(" && /^[A-Za-z.]*\)/.test(text.slice(m.end, m.end + 6));
    const commas =
      /,\s$/.test(text.slice(m.start - 2, m.start)) && /^[A-Za-z.]*(?:,|$)/.test(text.slice(m.end, m.end + 6));
    return !(bracketed || commas);
  });

/** Kinship nouns before a capitalised word: "his son Hunter" names a person, not a place. */
const KIN_BEFORE =
  /\b(?:son|daughter|wife|husband|brother|sister|father|mother|uncle|aunt|nephew|niece|cousin|grandson|granddaughter)\s+$/i;

/**
 * Words that name a place only inside a longer name ("Christmas Island", "Isle of Man", "Main Street"): alone they
 * are a holiday, a religion, a month, a policy or a common noun, whatever town the gazetteer knows by that name.
 */
const NEVER_PLACES_ALONE = new Set(
  "Christmas Easter Muslim Muslims Christian Jewish Nov Man Obamacare Street Avenue Road Square Hill Act".split(" "),
);

/**
 * A "place" that is the front of an office ("Vice President"), a title abbreviation before a name ("Sens. Tom
 * Harkin"), the department of an office "of" ("Chief of Staff"), or a relative's first name ("his son Hunter") is no
 * place: the gazetteer knows a small town of that
 * name, and the text means something else.
 */
export const dropPlacesThatAreNot: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (m.type !== "place" || m.form !== "name") return true;
    if (NEVER_PLACES_ALONE.has(text.slice(m.start, m.end))) return false;
    if (isPartOfOffice(text, m) || isTitleBeforeName(text, m)) return false;
    // "Chief of Staff", "Secretary of the Navy": the department an office is of.
    if (
      DEPARTMENT_NAMES.has(text.slice(m.start, m.end)) &&
      OFFICE_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))
    )
      return false;
    return !(
      KIN_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && !isMajorPlaceName(text.slice(m.start, m.end))
    );
  });

/**
 * "Justice" of "Justice Thomas" left alone as a person (or a place: a town of that name): a title names nobody. Read
 * as an organisation, the title is dropped only before a person's name ("Justice Ann Lee"): a body may be named by
 * such a word before another capitalised word.
 */
export const dropLoneTitles: MentionRefiner = (mentions, text) => {
  const personStarts = new Set(mentions.filter((m) => m.type === "person").map((m) => m.start));
  return mentions.filter((m) => {
    if (m.form !== "name" || !TITLE_WORDS.has(text.slice(m.start, m.end).toLowerCase().replace(/\.$/, ""))) return true;
    const gap = /^[ \t]+/.exec(text.slice(m.end, m.end + 3));
    if (m.type === "organization") return !(gap && personStarts.has(m.end + gap[0].length));
    return !/^\s+\p{Lu}/u.test(text.slice(m.end, m.end + 3));
  });
};

/** "Donald J. " before a surname: a first name and a middle initial, or two ("George H.W. ", "Ann K. L. "). */
const FIRST_NAME_AND_INITIAL_BEFORE = /(?<![\p{L}.])(\p{Lu}\p{Ll}+) \p{Lu}\.( ?\p{Lu}\.)* $/u;

/**
 * "Donald J. Trump" where only "Trump" was found (and "Donald" read as a small town): a capitalised word and an
 * initial before a person's name are the rest of the name, whatever mention claimed the word.
 */
export const extendPersonOverInitial: MentionRefiner = (mentions, text) => {
  const out: Mention[] = [];
  const dropped = new Set<Mention>();
  const extended = new Map<Mention, Mention>();
  for (const m of mentions) {
    if (m.type !== "person" || m.form !== "name") continue;
    // The pattern ends in an initial's ". ": without one right before the name there is nothing to extend over.
    if (text[m.start - 1] !== " " || text[m.start - 2] !== ".") continue;
    const before = FIRST_NAME_AND_INITIAL_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    // "Ambassador J. Christopher Stevens": a title before the initial is no first name.
    if (!before || TITLE_WORDS.has((before[1] ?? "").toLowerCase())) continue;
    // "the U.S. Geological Survey": two initials are a country's abbreviation as often, so they need a listed first name.
    if (before[2] !== undefined && !isFirstName(before[1] ?? "")) continue;
    const start = m.start - before[0].length;
    const inside = mentions.filter((o) => o !== m && o.start >= start && o.end <= m.start);
    // A mention that reaches outside the name (an organisation ending in the word) is left alone.
    if (mentions.some((o) => o !== m && o.start < m.start && o.end > start && !inside.includes(o))) continue;
    for (const o of inside) dropped.add(o);
    extended.set(m, { ...m, start, rule: `${m.rule}+initial` });
  }
  for (const m of mentions) if (!dropped.has(m)) out.push(extended.get(m) ?? m);
  return out;
};

/** A listed first name and a middle initial, then a surname and perhaps a generational suffix ("Jr.", "III"). */
const FIRST_NAME_INITIAL_SURNAME =
  /^(\p{Lu}\p{Ll}+) \p{Lu}\. \p{Lu}[\p{Ll}'’-]+\p{Ll}(?:,? (?:Jr\.|Sr\.|II|III|IV)(?![\p{L}]))?/u;

/**
 * "Tomas W. Brandtner Jr., 55, of …": an unfamiliar surname leaves the tagger with "Tomas W." alone, typed as an
 * organisation or a place. A listed first name, an initial and a capitalised word after it are one person's name,
 * suffix included; mentions inside it give way. A person mention is left to extendPersonOverInitial.
 */
export const firstNameAndInitialOpenPerson: MentionRefiner = (mentions, text) => {
  const replaced = new Map<Mention, Mention>();
  const dropped = new Set<Mention>();
  for (const m of mentions) {
    if (m.type === "person" || m.form !== "name") continue;
    const name = FIRST_NAME_INITIAL_SURNAME.exec(text.slice(m.start, m.start + 60));
    if (!name?.[1] || !isFirstName(name[1]) || TITLE_WORDS.has(name[1].toLowerCase())) continue;
    const end = m.start + name[0].length;
    // The mention must lie inside the name, and so must every mention it would swallow.
    if (m.end > end) continue;
    const inside = mentions.filter((o) => o !== m && o.start >= m.start && o.start < end);
    if (inside.some((o) => o.end > end)) continue;
    for (const o of inside) dropped.add(o);
    replaced.set(m, { ...m, type: "person", end, rule: `${m.rule}+first-name-initial` });
  }
  return mentions.filter((m) => !dropped.has(m)).map((m) => replaced.get(m) ?? m);
};

/**
 * "Theresa May": a person's name the tagger ended before a capitalised month word that no other mention claims,
 * with no number after it (a date would have one: "Smith May 5"), takes that word as the surname.
 */
export const extendPersonByMonthSurname: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    if (m.type !== "person" || m.form !== "name") return m;
    const after = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}]| \d)/u.exec(text.slice(m.end, m.end + 12));
    if (!after?.[1] || !MONTH_SURNAMES.has(after[1])) return m;
    const end = m.end + after[0].length;
    const next = mentions[i + 1];
    if (next && next.start < end) return m;
    return { ...m, end, rule: `${m.rule}+month-surname` };
  });

/** "Leaving Mali now, …": a capitalised -ing word at a sentence or list-item start is a verb, not a name. */
export const dropLeadingGerund: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    const first = wordsOf(text, m)[0] ?? "";
    if (!/^\p{Lu}\p{Ll}+ing$/u.test(first)) return true;
    const before = text.slice(Math.max(0, m.start - 6), m.start);
    return !/(^|[\n.!?:]\s*|\d[.)]\s*|^\s*)$/.test(before);
  });

/**
 * "Democrat Ann Lee", "Republican Bo Park" taken whole by the tagger: a party label opening a person's name of
 * three or more words is a label, not the first name.
 */
export const stripLeadingPartyLabel: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "person" || m.form !== "name") return m;
    const lead = /^(\p{Lu}\p{Ll}+) (?=\p{Lu}\S* \p{Lu})/u.exec(text.slice(m.start, m.end));
    if (!lead?.[1] || !PARTY_WORDS.has(lead[1].toLowerCase())) return m;
    return { ...m, start: m.start + lead[0].length, rule: `${m.rule}+party-label` };
  });

/** "… Republic Karim Haddad": a capitalised word just before a person's name, that no other mention claims, is
 * the first name the model left out — on the same line: in scraped text the word ending the line above is a menu
 * label or a heading ("Columnists⏎Marta Lindqvist", "Email⏎Jon Avery"). */
export const extendPersonLeft: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    // A name split from the office before it ("Secretary of the Treasury | Neal Wolin") stays split.
    // (Nor does a name joined from two halves: joinSplitPersonName left the title word before it out.)
    if (m.type !== "person" || m.form !== "name" || m.rule.endsWith(SPLIT_OFFICE) || m.rule.endsWith(JOINED_SPLIT_NAME))
      return m;
    const before = /(\p{Lu}\p{Ll}+)[^\S\n]$/u.exec(text.slice(Math.max(0, m.start - 20), m.start));
    const word = before?.[1]?.toLowerCase();
    if (!before || !word || NOT_NAMES.has(word) || ROLE_NOUNS.has(word) || TITLE_WORDS.has(word)) return m;
    // "Democrat Hillary Clinton", "Republican Ann Lee": a party label, not a first name.
    if (PARTY_WORDS.has(word)) return m;
    const start = m.start - before[0].length;
    // "Secretary of State Mike Pompeo": a word after "of" ends an office's name, not the person's.
    if (/\bof\s+$/i.test(text.slice(Math.max(0, start - 4), start))) return m;
    const prev = mentions[i - 1];
    if (prev && prev.end > start) return m;
    if (start > 0 && /[.!?:]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return m;
    return { ...m, start };
  });

/** A run of capitals: an acronym, not a name written in words. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A place this populous is what a bare city name in news usually means. */
const MAJOR_PLACE_POPULATION = 50_000;

/**
 * "Plymouth", "Aberdeen" tagged ORG: CoNLL's sports pages taught the model that city names are clubs. A name the
 * gazetteer knows as a country, region or sizeable city, with no organisation head noun, is a place in news prose.
 */
export const placeOverClubName: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.form !== "name" || (m.type !== "organization" && m.type !== "person") || !m.rule.startsWith("entities:ner"))
      return m;
    const name = text.slice(m.start, m.end);
    // "Toyota in Kentucky", "Nissan in Tennessee": a listed company the tagger read as one stays a company, though
    // the gazetteer knows a city of its name.
    if (m.type === "organization" && isListedCompany(name)) return m;
    const strong = isPlaceOverClubName(name, m.type);
    return strong ? { ...m, type: "place" as const, rule: `${m.rule}+gazetteer` } : m;
  });

/**
 * Whether a name the tagger read as an organisation (or a person, `type`) is a place the gazetteer knows well
 * enough to overrule it. Remembered per name and type: the answer depends on nothing else, and the same club-like
 * city names recur from article to article. Bounded, started afresh past the limit.
 */
function isPlaceOverClubName(name: string, type: "organization" | "person"): boolean {
  const memo = type === "organization" ? placeOverOrganisation : placeOverPerson;
  let strong = memo.get(name);
  if (strong === undefined) {
    strong = placeOverClubNameOf(name, type);
    if (memo.size >= PLACE_OVER_CLUB_MEMO_NAMES) memo.clear();
    memo.set(detached(name), strong);
  }
  return strong;
}

const placeOverOrganisation = new Map<string, boolean>();
const placeOverPerson = new Map<string, boolean>();
const PLACE_OVER_CLUB_MEMO_NAMES = 16_384;

function placeOverClubNameOf(name: string, type: "organization" | "person"): boolean {
  if (name.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()))) return false;
  const senses = lookupPlace(name);
  // "GAO": an acronym is an agency that shares its letters with a town (Gao, Mali); it is a place only where the
  // gazetteer knows it as the abbreviation of a longer name ("DC", "UAE").
  if (ACRONYM.test(name) && !senses.some((p) => p.name.toLowerCase() !== name.toLowerCase())) return false;
  return type === "organization"
    ? senses.some((p) => /^(PCL|ADM1|ADM2|PPLC)/.test(p.featureCode) || p.population >= MAJOR_PLACE_POPULATION)
    : senses.some((p) => /^(PCL|ADM1|ADM2)/.test(p.featureCode));
}

/**
 * "between Plymouth and Penzance": a name coordinated with a place ("and", "or", "to", a comma) that the
 * gazetteer knows is a place too, whatever the model said.
 */
export const placeByCoordination: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    if (m.type === "place" || m.form !== "name" || !m.rule.startsWith("entities:ner")) return m;
    const name = text.slice(m.start, m.end);
    if (name.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()))) return m;
    const senses = lookupPlace(name);
    if (senses.length === 0) return m;
    // "U.S. and NATO forces": an acronym that only shares its letters with a village is an organisation still; it is a
    // place only where the gazetteer knows it as the abbreviation of a longer name ("UK", "UAE").
    if (ACRONYM.test(name) && !senses.some((p) => p.name.toLowerCase() !== name.toLowerCase())) return m;
    const linked = (other: Mention | undefined, gap: string) =>
      other?.type === "place" && /^\s*(and|or|to|,)\s*$/.test(gap);
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    const coordinated =
      (prev && linked(prev, text.slice(prev.end, m.start))) || (next && linked(next, text.slice(m.end, next.start)));
    return coordinated ? { ...m, type: "place" as const, rule: `${m.rule}+coordination` } : m;
  });

/**
 * "his home at Hollow Creek, Marsh Coast", "the forest of Alba on the Marsh Coast": a name the model read as a
 * person's (a first name opens many villages' names) is a place when a locative preposition stands before it and a
 * place it lies in follows (after a comma, or "on the"), whether the gazetteer knows the village or not.
 */
export const placeBeforeItsRegion: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    if (m.type !== "person" || m.form !== "name" || !m.rule.startsWith("entities:ner")) return m;
    const next = mentions[i + 1];
    if (next?.type !== "place" || next.form !== "name") return m;
    const gap = text.slice(m.end, next.start);
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    const comma = /^,[ \t]*$/.test(gap) && /\b(?:at|in|near|outside)[ \t]+$/.test(before);
    const onThe = /^[ \t]+on[ \t]+the[ \t]+$/.test(gap) && /\b(?:at|in|near|outside|of)[ \t]+$/.test(before);
    return comma || onThe ? { ...m, type: "place" as const, rule: `${m.rule}+region-after` } : m;
  });

/**
 * "following Campbell Soup's Denise Morrison", "Harlow Foods' Ann Velde": a two-word name the tagger read as a
 * person's, whose first word is no first name, before a possessive and a person's full name with a first name, is
 * the employer the person is named by. Not when the first word is a first name ("Donald Trump's Michael Cohen"),
 * nor when the name's last word stands alone elsewhere in the text (a surname: "Modi's Amit Shah … Modi said").
 */
export const employerBeforePossessivePerson: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    const next = mentions[i + 1];
    if (m.type !== "person" || m.form !== "name" || next?.type !== "person" || next.form !== "name") return m;
    if (!/^['’]s?[ \t]+$/u.test(text.slice(m.end, next.start))) return m;
    const words = text.slice(m.start, m.end).split(/\s+/);
    const nextWords = text.slice(next.start, next.end).split(/\s+/);
    if (words.length !== 2 || nextWords.length < 2) return m;
    if (isFirstName(words[0] ?? "") || !isFirstName(nextWords[0] ?? "")) return m;
    const last = words[1] ?? "";
    const alone = execAll(wholeWordPattern(last, "gu"), text);
    if (alone.some((a) => a.index < m.start || a.index >= m.end)) return m;
    return { ...m, type: "organization" as const, rule: `${m.rule}+employer-possessive` };
  });

/** Groups of people that name an advocacy body with "for" and its cause: "Parents for Safe Streets". */
const GROUP_FOR_BEFORE =
  /(^|[^\p{L}])(?:Citizens|Students|Parents|Taxpayers|Veterans|Families|Moms|Mothers|Doctors|Scientists)[ \t]+for[ \t]+$/u;
/** " for " and the cause in capitalised words ("and", "of", "the" may join them): "for Tax Reform". */
const FOR_CAUSE_AFTER = /^[ \t]+for[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:and|of|the|in)[ \t]+)?\p{Lu}[\p{L}'’-]*)*/u;

/**
 * "Americans for Tax Reform", "Students for Fair Admissions": a people's plural (a demonym, or a group word written
 * with a capital) before "for" and a cause in capitalised words is one advocacy body's name; the tagger read the
 * demonym apart and the cause as a person's or a body's name. At a sentence's start the capital proves nothing for
 * a group word ("Parents for Safe Streets" needs it inside a sentence); a demonym is capitalised anyway.
 */
export const groupsForACauseAreOrganisations: MentionRefiner = (mentions, text) => {
  const groups: Mention[] = [];
  for (const m of mentions) {
    const word = text.slice(m.start, m.end);
    if (m.form === "demonym" && /s$/u.test(word)) {
      const cause = FOR_CAUSE_AFTER.exec(text.slice(m.end, m.end + 90));
      if (cause) groups.push(group(m, m.start, m.end + cause[0].length));
    } else if (m.form === "name") {
      const slice = text.slice(Math.max(0, m.start - 16), m.start);
      // Most names have no "for" before them: the pattern, tried from every position of the slice, is spared.
      const before = slice.includes("for") ? GROUP_FOR_BEFORE.exec(slice) : null;
      const at = m.start - (before?.[0].length ?? 0) + (before?.[1]?.length ?? 0);
      if (!before || /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, at - 4), at))) continue;
      // The cause runs on over the words the tagger cut off: "for Responsibility | and Ethics in Washington".
      const forAt = text.lastIndexOf("for", m.start) - 1;
      const cause = FOR_CAUSE_AFTER.exec(text.slice(forAt, forAt + 90));
      groups.push(group(m, at, Math.max(m.end, forAt + (cause?.[0].length ?? 0))));
    }
  }
  if (groups.length === 0) return [...mentions];
  const kept = mentions.filter((m) => !groups.some((g) => m.start < g.end && g.start < m.end));
  return [...kept, ...groups].sort((a, b) => a.start - b.start);
};

const group = (m: Mention, start: number, end: number): Mention => ({
  ...m,
  start,
  end,
  type: "organization",
  form: "name",
  rule: `${m.rule}+for-cause`,
});

/** A kind of administrative area in lower case after a name: "the Kowloon district", "Benguet province". */
const AREA_WORD_AFTER =
  /^[ \t]+(?:district|province|prefecture|region|neighborhood|neighbourhood|municipality|suburb|township|governorate)\b/u;

/**
 * "the eastern Saltby Reach district", "in the Harbour Hills region": a name the tagger read as a person's or a
 * body's, followed by the kind of area it is in lower case, names that area (a person is not written "Smith
 * district"; "Pelosi's district" has a possessive and is left alone).
 */
export const namesBeforeAreaWordsArePlaces: MentionRefiner = (mentions, text) =>
  mentions.map((m) =>
    (m.type === "person" || m.type === "organization" || m.type === "misc") &&
    m.form === "name" &&
    AREA_WORD_AFTER.test(text.slice(m.end, m.end + 16))
      ? { ...m, type: "place" as const, rule: `${m.rule}+area-word` }
      : m,
  );

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** An ASCII letter or digit; undefined for a code unit outside ASCII (the Unicode pattern decides those). */
function asciiLetterOrDigit(c: number): boolean | undefined {
  if (c >= 128) return undefined;
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether the code point ending just before `i` (not before `from`) is a letter or digit. */
function wordCharBefore(text: string, i: number, from: number): boolean {
  if (i <= from) return false;
  const ascii = asciiLetterOrDigit(text.charCodeAt(i - 1));
  if (ascii !== undefined) return ascii;
  const lowSurrogate = /[\udc00-\udfff]/.test(text[i - 1] ?? "") && i - 2 >= from;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(lowSurrogate ? i - 2 : i - 1) ?? 0));
}

/** Whether the code point at `i` (before `to`) is a letter or digit. */
const wordCharAt = (text: string, i: number, to: number): boolean =>
  i < to &&
  (asciiLetterOrDigit(text.charCodeAt(i)) ?? LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? 0)));

/**
 * Whole-word occurrences of `names` (longest first) inside `range`, scanning left to right without overlaps, as
 * one regex alternation `(?<![\p{L}\p{N}])(?:a|b)(?![\p{L}\p{N}])` over the range would find them, but by
 * native indexOf per name: with dozens of names a long alternation was the refiner's whole cost.
 */
function wholeWordMatches(
  text: string,
  range: { start: number; end: number },
  names: readonly string[],
  occurrences: readonly (readonly number[])[],
) {
  const found: { start: number; end: number; rank: number }[] = [];
  names.forEach((name, rank) => {
    for (const at of occurrences[rank] ?? []) {
      const end = at + name.length;
      if (at < range.start || end > range.end) continue;
      if (!wordCharBefore(text, at, range.start) && !wordCharAt(text, end, range.end))
        found.push({ start: at, end, rank });
    }
  });
  found.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const out: { start: number; end: number }[] = [];
  let next = range.start;
  for (const f of found) {
    if (f.start < next) continue;
    out.push(f);
    next = f.end;
  }
  return out;
}

/** Every start offset of `name` in `text` (overlapping ones too), found once for all ranges. */
function occurrencesOf(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push(at);
  return out;
}

/** Whether covered[start, end) holds a 1 (a loop: a subarray view per match was garbage). */
function anyCovered(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i] === 1) return true;
  return false;
}

/** Names shorter than this are too likely to be ordinary words to propagate by string match. */
const MIN_PROPAGATED_NAME = 4;

/**
 * One name, one referent per article: where the model found "Karim Haddad" once, every other occurrence of the
 * same string that no mention covers is a mention of it too (the model misses names in crowded lists).
 */
/** Words that put a month name in a date: "in May", "last June", "May 5", "May of 2019", "April and May". */
const DATE_WORD_BEFORE =
  /\b(?:in|on|of|since|until|till|by|from|through|during|last|next|this|early|late|mid|before|after|between|and|or|to)[\s-]+$/i;
const DATE_AFTER = /^[\s,]*(?:\d|of\b|and\b|or\b|through\b|to\b)/;

/** A surname that is also a month ("May") copied to an occurrence the words around make a date. */
function isMonthInDateContext(text: string, start: number, end: number): boolean {
  if (!MONTH_SURNAMES.has(text.slice(start, end))) return false;
  return (
    DATE_WORD_BEFORE.test(text.slice(Math.max(0, start - 10), start)) || DATE_AFTER.test(text.slice(end, end + 10))
  );
}

export const propagateNames: MentionRefiner = (mentions, text, ranges) => {
  const seen = new Map<string, Mention>();
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    if (m.form === "name" && name.length >= MIN_PROPAGATED_NAME && /^\p{Lu}/u.test(name) && !seen.has(name))
      seen.set(name, m);
  }
  if (seen.size === 0) return [...mentions];
  // A character map says what is already taken.
  const covered = new Uint8Array(text.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const names = [...seen.keys()].sort((a, b) => b.length - a.length);
  const occurrences = names.map((n) => occurrencesOf(text, n));
  const added: Mention[] = [];
  for (const range of ranges) {
    for (const { start, end } of wholeWordMatches(text, range, names, occurrences)) {
      if (anyCovered(covered, start, end)) continue;
      const source = seen.get(text.slice(start, end));
      if (!source || isMonthInDateContext(text, start, end)) continue;
      covered.fill(1, start, end);
      added.push({ ...source, start, end, rule: "entities:name-propagation", score: source.score * 0.9 });
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
};

/**
 * "West Virginia Attorney" tagged ORG in "West Virginia Attorney General Patrick Morrisey": a span that ends in a
 * job title and runs straight into a capitalised name is the person's title, not an organisation.
 */
export const dropTitlesBeforeNames: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (m.type === "person" || m.form !== "name") return true;
    // "Arkansas Gov." before "Asa Hutchinson": an abbreviated title ends such spans too.
    const last = (wordsOf(text, m).at(-1) ?? "").toLowerCase();
    const title = ROLE_NOUNS.has(last) || (last.endsWith(".") && TITLE_WORDS.has(last.slice(0, -1)));
    return !(title && /^[ \t]+\p{Lu}/u.test(text.slice(m.end, m.end + 3)));
  });

/**
 * Words that end the name of a US local government area: "Douglas County", "DeSoto Parish", "Cranberry Township".
 * Not "Borough": "Brooklyn Borough President" is a title of New York City's boroughs.
 */
const LOCAL_AREA_HEADS = new Set(["County", "Parish", "Township"]);
const LOCAL_AREA_AFTER = /^[ \t]+(?:County|Parish|Township)(?![\p{L}\p{N}])/u;

/** Whether every word of a name is capitalised ("Douglas", "San Benito"), as the front of a county's name is. */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)*$/u;

/** Whether a word is a title ("Sheriff", "Superintendent", "President", "District Attorney" word by word). */
const isTitleWord = (w: string): boolean => {
  const word = w.toLowerCase().replace(/\.$/, "");
  return TITLE_WORDS.has(word) || ROLE_NOUNS.has(word) || word === "district";
};

/**
 * The span of the local area a name mention stands for, or undefined: "Douglas" before "County" (the tagger reads
 * "Douglas" as a person and "County" apart), "Sussex County" read as an organisation, "Dallas County Sheriff" before
 * a name (the area without the title after it). "Broward County Public Schools" names a body, not the area.
 */
function localAreaSpan(text: string, m: Mention): Span | undefined {
  const words = wordsOf(text, m);
  const head = words.findIndex((w, i) => i > 0 && LOCAL_AREA_HEADS.has(w));
  if (head === -1) {
    const after = LOCAL_AREA_AFTER.exec(text.slice(m.end, m.end + 12));
    if (after === null || !CAPITALISED_WORDS.test(text.slice(m.start, m.end))) return undefined;
    return { start: m.start, end: m.end + after[0].length };
  }
  // "University of Maryland Baltimore County": a body named after the area.
  if (!words.slice(0, head).every((w) => /^\p{Lu}/u.test(w) && !ORG_HEADS.has(w.toLowerCase()))) return undefined;
  const rest = words.slice(head + 1);
  if (rest.length === 0) return m.type === "place" ? undefined : { start: m.start, end: m.end };
  if (!rest.every(isTitleWord)) return undefined;
  const end = m.start + words.slice(0, head + 1).join(" ").length;
  // Words split at tabs or double spaces: only a span read back exactly is cut.
  return text.slice(m.start, end) === words.slice(0, head + 1).join(" ") ? { start: m.start, end } : undefined;
}

/**
 * "Douglas County", "DeSoto Parish": the whole name of a county, parish, township or borough is one place mention,
 * not a place (or a person) "Douglas" the gazetteer finds in another country. A title after it ("Milwaukee County
 * Sheriff David Clarke") stays out of the place; mentions inside the area's span give way to it.
 */
export const localAreasAreWhole: MentionRefiner = (mentions, text) => {
  const areas: Mention[] = [];
  const byIndex = new Map<number, Mention>();
  mentions.forEach((m, i) => {
    if (m.form !== "name" || m.type === "misc") return;
    const span = localAreaSpan(text, m);
    if (span === undefined) return;
    const area: Mention = { ...m, ...span, type: "place", rule: `${m.rule}+local-area` };
    areas.push(area);
    byIndex.set(i, area);
  });
  if (areas.length === 0) return [...mentions];
  return mentions.flatMap((m, i) => {
    const area = byIndex.get(i);
    if (area !== undefined) return [area];
    // "County" read apart, or a copy of the area the tagger also found: the area covers it.
    return areas.some((a) => m.start >= a.start && m.end <= a.end && m.form === "name") ? [] : [m];
  });
};

/**
 * What opens a place's name before the part the tagger kept: a compass word or "New" one space before ("West" of
 * "West Virginia", "New" of "New Jersey"), or a kind of place and "of" ("District of" of "District of Columbia").
 */
const PLACE_OPENER_BEFORE =
  /(?<![\p{L}\p{N}.])(?:(?:North|South|East|West|New)|(?:District|Republic|Isle|Gulf|Bay|City|Commonwealth|Kingdom|Sea|Strait) of(?: the)?) $/u;
/** The longest opener PLACE_OPENER_BEFORE matches ("Commonwealth of the "), plus the character before it. */
const PLACE_OPENER_LOOKBACK = 22;

/**
 * "West Virginia GOP Sen.-elect Shelley Moore Capito", "the District of Columbia": the tagger left "West" or
 * "District of" out of the place, which the gazetteer then reads as Virginia or a small town Columbia. An opener
 * that no other mention holds, before a place it makes a name the gazetteer knows whole ("West Virginia", "New
 * Jersey", "South Korea", "District of Columbia"), is part of the place.
 */
export const extendPlaceOverOpener: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    if (m.type !== "place" || m.form !== "name") return m;
    const opener = PLACE_OPENER_BEFORE.exec(text.slice(Math.max(0, m.start - PLACE_OPENER_LOOKBACK), m.start));
    if (opener === null) return m;
    const start = m.start - opener[0].length;
    const previous = mentions[i - 1];
    if (previous !== undefined && previous.end > start) return m;
    return lookupPlace(text.slice(start, m.end)).length > 0 ? { ...m, start, rule: `${m.rule}+place-opener` } : m;
  });

/** Determiners before a name whose "'s" is part of it: "a McDonald's restaurant", "every Wendy's". */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|another|every|each)\s+$/i;

/**
 * "a McDonald's restaurant": a possessive after an indefinite article (nobody writes "a Smith's house") is part of
 * a business's name, so the name keeps its "'s" and names the business. (After a preposition it proves nothing:
 * "closer to Trump's" leaves out the noun.) "Lowe's said", "Macy's declined to comment", "shares of Lowe's": so is a
 * possessive a speech verb follows or "shares of" precedes, unless the name is a state or a large city.
 */
export const keepPossessiveBusinessNames: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.form !== "name" || !/^['’]s\b/.test(text.slice(m.end, m.end + 3))) return m;
    const business =
      (m.type !== "place" && ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) ||
      SHARES_OF_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
      TICKER_AFTER_POSSESSIVE.test(text.slice(m.end + 2, m.end + 28)) ||
      (VERB_AFTER_POSSESSIVE.test(text.slice(m.end + 2, m.end + 24)) && !isStateOrCityName(text.slice(m.start, m.end)));
    if (!business) return m;
    return { ...m, end: m.end + 2, type: "organization" as const, rule: `${m.rule}${POSSESSIVE_NAME_RULE}` };
  });

/**
 * "peer Lowe's (LOW) stock", "Macy's (NYSE: M)": a stock ticker in brackets right after the possessive belongs to a
 * listed company whose name ends in "'s"; nothing a person owns is written so.
 */
const TICKER_AFTER_POSSESSIVE =
  /^[ \t]+\((?:(?:NYSE|NASDAQ|Nasdaq|AMEX|TSX|LSE)[ \t]*:[ \t]*\p{Lu}{1,5}|\p{Lu}{2,5})\)/u;

/** "shares of Lowe's": what has shares is a company, so the possessive after it is its name. */
const SHARES_OF_BEFORE = /\b[Ss]hares of[ \t]+$/;

/**
 * A verb right after a possessive: "Lowe's said", "Macy's declined to comment". A possessive is followed by what is
 * owned, never by a verb of speech, so the "'s" is part of a business's name (a person's name takes no "'s" before
 * "said"). "reported" is left out: in "Kim's reported offer" it is a participle before a noun.
 */
const VERB_AFTER_POSSESSIVE = /^[ \t]+(?:said|says|expects|declined to)\b/;

/** The rule suffix of a name whose "'s" is part of it: the canonical name keeps it. */
export const POSSESSIVE_NAME_RULE = "+possessive-name";

/**
 * "Kerry" after "John Kerry", "Taylor wrote" after "William Taylor III": a word of a person's name the article
 * gives is that person, even where the gazetteer knows a town (or a county) of that name. A major place (a
 * country, a capital, a large city) stays a place unless the sentence makes it speak ("Jordan said he …"), as the
 * geocodes layer reads it.
 */
export const personNameWordsAreNotPlaces: MentionRefiner = (mentions, text) => {
  const people = mentions
    .filter((m) => m.type === "person" && m.form === "name")
    .map((m) => text.slice(m.start, m.end));
  const words = personNameWords(people);
  if (words.size === 0) return [...mentions];
  const usedAsPlace = new Map<string, boolean>();
  const asPerson = (m: Mention): Mention => ({ ...m, type: "person", rule: `${m.rule}+person-name-word` });
  const speakers = new Set<string>();
  const out = mentions.map((m, i) => {
    // "W. Lincoln Rd.", "Lincoln County": a street, an island or a county keeps its namesake's words.
    if (m.type !== "place" || m.form !== "name" || endsInPlaceWord(text, m)) return m;
    if (isPersonNameHere(text, m, words)) return asPerson(m);
    if (!isArticlePersonHere(text, mentions, i, words, usedAsPlace)) return m;
    speakers.add(surnameOf(text, m));
    return asPerson(m);
  });
  if (speakers.size === 0) return out;
  // "Jordan said" makes the article's other "Jordan read out …" the same person, where no locative word precedes.
  return out.map((m, i) =>
    m.type === "place" && m.form === "name" && speakers.has(surnameOf(text, m)) && !isPlacedHere(text, mentions, i)
      ? asPerson(m)
      : m,
  );
};

/** A generational suffix or an initial that ends a written name but is no surname: "Jr.", "III". */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/**
 * "Brandtner faces up to ten years" after "Tomas W. Brandtner Jr.": the tagger reads a lone surname as an
 * organisation. One sense per discourse: a one-word organisation that is the surname (the last word, a suffix
 * aside) of a person the article names in full is that person, unless it is a listed organisation's name, is written
 * in capitals (an acronym), opens an organisation's longer name in the article ("Ford" beside "Ford Motor Co."), or
 * ends one (the full name itself read as an organisation somewhere).
 */
export const personSurnamesAreNotOrganisations: MentionRefiner = (mentions, text) => {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "person" || m.form !== "name") continue;
    const words = wordsOf(text, m).filter((w) => !NAME_SUFFIX.test(w.replace(/,$/, "")));
    const last = (words.at(-1) ?? "").replace(/,$/, "");
    if (words.length >= 2 && /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(last)) surnames.add(last);
  }
  // "Tucker Carlson" read as a person here and an organisation there: the clustering vote decides the full name,
  // and its surname is left to follow it.
  for (const m of mentions) {
    if (m.type !== "organization" || m.form !== "name") continue;
    const words = wordsOf(text, m);
    if (words.length >= 2) surnames.delete(words.at(-1) ?? "");
  }
  if (surnames.size === 0) return [...mentions];
  const opensLongerName = (name: string): boolean =>
    mentions.some(
      (o) => o.type === "organization" && o.form === "name" && text.slice(o.start, o.end).startsWith(`${name} `),
    );
  return mentions.map((m) => {
    if (m.type !== "organization" || m.form !== "name") return m;
    const name = surnameOf(text, m);
    if (!surnames.has(name) || /\s/.test(name) || isListedOrganisation(name) || opensLongerName(name)) return m;
    return { ...m, type: "person" as const, rule: `${m.rule}+person-surname` };
  });
};

/** A mention's text without a possessive: "Jordan's" → "Jordan". */
const surnameOf = (text: string, m: Span): string => text.slice(m.start, m.end).replace(/[’']s$/, "");

/** Words before a name that make it a place: "in Bolton", "to Warren", "from the Jordan". */
const LOCATIVE_BEFORE =
  /\b(?:in|at|from|near|to|into|across|outside|around|via|visit|visited|visiting)\s+(?:the\s+)?$/i;
const LOCATIVE_LOOKBACK = 20;
/** A speech verb right after a name: "Jordan said", "Jordan argued that". */
const SPEECH_VERB_RIGHT_AFTER =
  /^\s+(?:said|says|told|added|asked|argued|wrote|tweeted|insisted|noted|replied|responded|explained|warned|claimed)\b/;

/** Whether the text puts `name` after a locative word anywhere ("in Houston"): it uses the name as a place too. */
function placedSomewhere(text: string, name: string): boolean {
  return wholeWordOffsets(text, name).some((at) =>
    LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - LOCATIVE_LOOKBACK), at)),
  );
}

/** After a locative word ("in Bolton"), or before a place's name after a comma ("Lincoln, Nebraska"). */
function isPlacedHere(text: string, mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i] as Mention;
  if (LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - LOCATIVE_LOOKBACK), m.start))) return true;
  const next = mentions[i + 1];
  return next?.type === "place" && /^,\s*$/.test(text.slice(m.end, next.start));
}

/**
 * "Bolton supports withdrawing" with John Bolton in the article, "Jordan said" with Jim Jordan: a word of a person
 * the article names in full is that person, even where a large city bears the name, unless the article uses the
 * name as a place (after "in", "to" …, here or elsewhere) or a place's name follows it ("Lincoln, Nebraska"). A
 * country, state or capital is the person only when it speaks.
 */
function isArticlePersonHere(
  text: string,
  mentions: readonly Mention[],
  i: number,
  personWords: ReadonlySet<string>,
  usedAsPlace: Map<string, boolean>,
): boolean {
  const m = mentions[i] as Mention;
  const name = surnameOf(text, m);
  if (!personWords.has(name) || isPlacedHere(text, mentions, i)) return false;
  if (SPEECH_VERB_RIGHT_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  if (isStateOrCapitalName(name)) return false;
  let placed = usedAsPlace.get(name);
  if (placed === undefined) {
    placed = placedSomewhere(text, name);
    usedAsPlace.set(name, placed);
  }
  return !placed;
}

/**
 * "than Obama, Bush or Clinton": a name listed among people (a comma, "and" or "or" between them) is a person too,
 * unless it is a major place ("Obama, Merkel and France").
 */
export const personByCoordination: MentionRefiner = (mentions, text) => {
  const out = [...mentions];
  const linked = (other: Mention | undefined, gap: string) =>
    other?.type === "person" && other.form === "name" && /^\s*(?:,|,?\s*(?:and|or))\s*$/.test(gap);
  // Left to right, so a retyped item links the next one ("Obama, Bush or Clinton").
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as Mention;
    // One word, as a surname is ("the White House and Congress" lists institutions, not people).
    const name = text.slice(m.start, m.end);
    if (m.type !== "place" || m.form !== "name" || /\s/.test(name) || isMajorPlaceName(name)) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    if ((prev && linked(prev, text.slice(prev.end, m.start))) || (next && linked(next, text.slice(m.end, next.start))))
      out[i] = { ...m, type: "person", rule: `${m.rule}+person-list` };
  }
  return out;
};

/** A personal name of two to four words, initials without full stops among them: "Alan JB Moore", "Ann B Lee". */
const PERSONAL_NAME_SHAPE = /^\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:\p{Lu}{1,3}\.?|\p{Lu}[\p{Ll}'’-]+)){1,3}$/u;

/**
 * "Ann Lee, Alan JB Moore, and Tom Ray": a name the tagger read as an organisation (initials written
 * without full stops look like an acronym to it) between two people in one list is a person too, when it is shaped
 * like a personal name and holds no head noun of a body or a place.
 */
export const personBetweenListedPeople: MentionRefiner = (mentions, text) => {
  const out = [...mentions];
  const linked = (other: Mention | undefined, gap: string) =>
    other?.type === "person" && other.form === "name" && /^\s*(?:,|,?\s*(?:and|or))\s*$/.test(gap);
  for (let i = 1; i < out.length - 1; i++) {
    const m = out[i] as Mention;
    if (m.type !== "organization" || m.form !== "name" || !m.rule.startsWith("entities:ner")) continue;
    const name = text.slice(m.start, m.end);
    if (!PERSONAL_NAME_SHAPE.test(name)) continue;
    if (name.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()) || PLACE_HEADS.has(w.toLowerCase()))) continue;
    const prev = out[i - 1] as Mention;
    const next = out[i + 1] as Mention;
    if (linked(prev, text.slice(prev.end, m.start)) && linked(next, text.slice(m.end, next.start)))
      out[i] = { ...m, type: "person", rule: `${m.rule}+between-people` };
  }
  return out;
};

/** Senses of a place name that outweigh a person or a company of that name: a country, a state, a capital, a sea. */
const STATE_OR_CAPITAL_FEATURE = /^(?:PCL|ADM1|PPLC|CONT|OCN|SEA)/;
const LARGE_CITY_POPULATION = 100_000;

/** How much a name weighs as a place: 2 a country, state, capital or sea; 1 a large city; 0 neither. */
function placeWeightOf(name: string): number {
  let weight = placeWeightByName.get(name);
  if (weight === undefined) {
    const senses = lookupPlace(name);
    weight = senses.some((p) => STATE_OR_CAPITAL_FEATURE.test(p.featureCode))
      ? 2
      : senses.some((p) => p.population >= LARGE_CITY_POPULATION)
        ? 1
        : 0;
    if (placeWeightByName.size >= PLACE_WEIGHT_MEMO_NAMES) placeWeightByName.clear();
    placeWeightByName.set(detached(name), weight);
  }
  return weight;
}
const placeWeightByName = new Map<string, number>();
const PLACE_WEIGHT_MEMO_NAMES = 16_384;

/** Whether some sense of the name is a country, a state, a capital or a sea ("Turkey", "Washington", "Atlantic"). */
const isStateOrCapitalName = (name: string): boolean => placeWeightOf(name) === 2;
/** … or a large city ("Houston"). */
const isStateOrCityName = (name: string): boolean => placeWeightOf(name) > 0;

/**
 * Whether a place name listed among organisations may be one of them: one word, no word of the article's people
 * ("Barr, the FBI and …"), and no town, county or sea of that name the gazetteer knows ("Davis", "Argyll",
 * "Atlantic"), only a region at most ("Amazon", "Patagonia") or nothing at all ("Vimeo", "Alibaba").
 */
function mayNameACompanyInAList(name: string, people: ReadonlySet<string>): boolean {
  return (
    ONE_CAPITALISED_WORD.test(name) && !people.has(name) && lookupPlace(name).every((p) => p.featureCode === "RGN")
  );
}

/** What follows a company's name and never a place's: "Amazon founder Jeff Bezos", "Amazon's CEO". */
const COMPANY_CONTEXT_AFTER =
  /^(?:['’]s)?\s+(?:co-?founder|founder|CEO|chief executive|shareholders|stock price|subsidiary|warehouses?)\b/u;

/** What comes before an outlet a reporter quotes, and a clause end after it: "told Bloomberg.", "according to Vox,". */
const OUTLET_BEFORE = /\b(?:told|according to|reported by|in an interview with)\s+$/i;
const CLAUSE_END_AFTER = /^\s*(?:[,.;:!?"”)]|$)/u;

/**
 * "Apple, Amazon and Google", "Amazon founder Jeff Bezos", "sources told Bloomberg.": a place name listed among
 * organisations, followed by what only a company has, or quoted as a source is a company or an outlet. A country,
 * state, capital or large city stays a place ("the EU, NATO and Russia", "Turkey's stock market").
 */
export const placesThatAreCompanies: MentionRefiner = (mentions, text) => {
  const out = [...mentions];
  const people = personNameWords(
    mentions.filter((m) => m.type === "person" && m.form === "name").map((m) => text.slice(m.start, m.end)),
  );
  const listedWith = (other: Mention | undefined, gap: string) =>
    other?.type === "organization" && other.form === "name" && /^\s*(?:,|,?\s*(?:and|or))\s*$/.test(gap);
  // Left to right, so a retyped item links the next one ("Twitter, Amazon, Facebook").
  for (let i = 0; i < out.length; i++) {
    const m = out[i] as Mention;
    if (m.type !== "place" || m.form !== "name") continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const name = text.slice(m.start, m.end);
    const listed =
      (prev !== undefined && listedWith(prev, text.slice(prev.end, m.start))) ||
      (next !== undefined && listedWith(next, text.slice(m.end, next.start)));
    // "in the Northeast, Northeastern Republicans": after a locative word the name is a place, whatever follows.
    const placed = LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - LOCATIVE_LOOKBACK), m.start));
    const company =
      (!placed && listed && mayNameACompanyInAList(name, people)) ||
      (!placed && COMPANY_CONTEXT_AFTER.test(text.slice(m.end, m.end + 24))) ||
      (OUTLET_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) &&
        CLAUSE_END_AFTER.test(text.slice(m.end, m.end + 3)));
    if (company && !isStateOrCityName(name)) out[i] = { ...m, type: "organization", rule: `${m.rule}+company-context` };
  }
  return out;
};

/** A seller's verb or its customers after a name: "Amazon offers", "Acme is currently offering", "Acme shoppers". */
const RETAIL_AFTER =
  /^(?:['’]s)?[ \t]+(?:(?:is|are)[ \t]+)?(?:(?:also|currently|now|still|already)[ \t]+)?(?:offer(?:s|ing)|sell(?:s|ing)|discount(?:s|ing)|ship(?:s|ping)|customers|shoppers|subscribers|gift[ \t]+cards?)\b/u;
/** Where a price is bought: "at Acme", "on Acme", "via Acme", with a dollar price close by. */
const SHOP_BEFORE = /\b(?:at|on|from|via|through)[ \t]+$/;
const PRICE_NEAR = /\$\d/;
/** Nouns a seller's name modifies: "the Acme all-time low", "the Acme price", "the Acme store". */
const SELLER_NOUN_AFTER =
  /^[ \t]+(?:all-time|prices?|deals?|store|listing|page|gift|account|warehouses?|app|sale|offers?|discounts?)\b/u;
/**
 * "$700 at Amazon", "Get it on Amazon for $139", "Amazon is offering …": a one-word name the gazetteer knows at most
 * as a region (a rainforest, a river basin) is a retailer where the text sells through it. Every mention of it is,
 * unless the text also writes it with "the" ("the Amazon"), as a region is written.
 */
export const placeNamesThatSell: MentionRefiner = (mentions, text) => {
  const sellers = new Set<string>();
  const withThe = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "place" || m.form !== "name") continue;
    const name = text.slice(m.start, m.end);
    // ("the Acme all-time low" is the retailer's: a name with "the" that modifies a noun after it is no region.)
    if (
      (/^the\s/i.test(name) || /\bthe[ \t]+$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) &&
      !SELLER_NOUN_AFTER.test(text.slice(m.end, m.end + 14))
    )
      withThe.add(name);
    if (!ONE_CAPITALISED_WORD.test(name) || sellers.has(name)) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const after = text.slice(m.end, m.end + 40);
    const sells =
      RETAIL_AFTER.test(after) ||
      (SHOP_BEFORE.test(before) && (PRICE_NEAR.test(before) || PRICE_NEAR.test(after.slice(0, 12))));
    if (sells && !isStateOrCityName(name) && lookupPlace(name).every((p) => p.featureCode === "RGN")) sellers.add(name);
  }
  if (sellers.size === 0) return [...mentions];
  return mentions.map((m) => {
    const name = text.slice(m.start, m.end);
    return m.type === "place" && sellers.has(name) && !withThe.has(name)
      ? { ...m, type: "organization" as const, rule: `${m.rule}+sells` }
      : m;
  });
};

/** What follows a company's name: its staff, its stock, its founders ("Acme executive", "Acme shares"). */
const STAFF_OR_STOCK_AFTER =
  /^(?:['’]s)?[ \t]+(?:co-?founder|founder|CEO|chief executive|executives?|employees?|spokes(?:man|woman|person)|shareholders|shares|stock|subsidiary)\b/u;
/** What comes before a company's name: "shares of Acme", "battery maker Acme". */
const COMPANY_NOUN_BEFORE = /\b(?:shares of|manufacturer|maker|carmaker|automaker|retailer)[ \t]+$/;
/** Words shaped like adjectives of nations, parties and creeds ("Canadian", "Republican", "Islamic"). */
const ADJECTIVE_SHAPE = /(?:an|ese|ish|ic|ist|i)$/;

/**
 * "a former Acme executive", "shares of Acme": a name the tagger typed MISC (a product, an event) is a company when
 * its staff, its stock or a maker noun stands beside it. Words shaped like adjectives of nations and parties are
 * left alone ("Canadian executives" are no company).
 */
export const miscThatAreCompanies: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "misc" || m.form !== "name") return m;
    const name = text.slice(m.start, m.end);
    if (ADJECTIVE_SHAPE.test(name) || isDemonym(name)) return m;
    const company =
      STAFF_OR_STOCK_AFTER.test(text.slice(m.end, m.end + 24)) ||
      COMPANY_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
    return company ? { ...m, type: "organization" as const, rule: `${m.rule}+company-context` } : m;
  });

/** A count of seats in brackets right after a name: " (45 seats)", " (1 seat,". */
const SEAT_COUNT_AFTER = /^[ \t]*\([ \t]*\d{1,4}[ \t]+seats?\b/;

/**
 * "Civic Platform (45 seats)", "Jobbik (26 seats)": what wins seats in a parliament is a party, whatever the tagger
 * read its unfamiliar name as (a person, most often).
 */
export const partiesBeforeSeatCounts: MentionRefiner = (mentions, text) =>
  mentions.map((m) =>
    m.form === "name" && m.type !== "organization" && SEAT_COUNT_AFTER.test(text.slice(m.end, m.end + 16))
      ? { ...m, type: "organization" as const, rule: `${m.rule}+seat-count` }
      : m,
  );

/** A company named by its web address: "Amazon.com", "Overstock.com". */
const COMPANY_DOMAIN = /^(\p{Lu}[\p{L}\p{N}]+)\.(?:com|net)$/u;

/**
 * "Amazon.com can now be held liable … Amazon argued": once the text names a company by its web address, the bare
 * name is that company, not the river region or a person's surname the tagger took it for.
 */
export const domainNamesOwnTheirStem: MentionRefiner = (mentions, text) => {
  const stems = new Set(
    mentions.flatMap((m) => {
      const d = m.form === "name" ? COMPANY_DOMAIN.exec(text.slice(m.start, m.end)) : null;
      return d?.[1] ? [d[1]] : [];
    }),
  );
  if (stems.size === 0) return [...mentions];
  return mentions.map((m) =>
    m.form === "name" && m.type !== "organization" && stems.has(text.slice(m.start, m.end).replace(/['’]s$/, ""))
      ? { ...m, type: "organization" as const, rule: `${m.rule}+domain-stem` }
      : m,
  );
};

/** Jobs held at an employer: "a trade professor at ", "the chief economist at ". */
const JOB_AT_BEFORE =
  /\b(?:professor|economist|analyst|researcher|scientist|lecturer|fellow|executive|strategist|historian|editor|reporter|correspondent|columnist|engineer|partner)s?[ \t]+at[ \t]+$/;

/**
 * "Jo Lane, a trade professor at Cornell", "the chief economist at Acme Freight": what a professor or an economist
 * works at is the university or company, though the gazetteer knows a hamlet of that name or the tagger guessed a
 * place. A country, state, capital or large city stays a place ("an analyst at Moscow").
 */
export const employersAfterJobs: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "place" || m.form !== "name") return m;
    if (!JOB_AT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return m;
    if (
      !CLAUSE_END_AFTER.test(text.slice(m.end, m.end + 3)) &&
      !/^\s+(?:said|says|who|and)\b/.test(text.slice(m.end, m.end + 8))
    )
      return m;
    if (isStateOrCityName(text.slice(m.start, m.end))) return m;
    return { ...m, type: "organization" as const, rule: `${m.rule}+employer` };
  });

/** What follows a person's name and never a place's: a speech verb, an affiliation, a role apposition. */
const PERSON_CONTEXT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:said|says|told|wrote|argued|added|explained)\b|,\s+(?:of\s+the\b|(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${[...ROLE_NOUNS].join("|")})\b|the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${[...ROLE_NOUNS].join("|")})\s+(?:of|for|at)\b))`,
  "u",
);

/**
 * "Victoria Cobb, of the Family Foundation,": the model read a person as a place (her first name is a city's). A
 * name of two or three words the gazetteer does not know as a whole, that speaks or takes an affiliation or a
 * role, is a person.
 */
export const unknownPlacesThatArePeople: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "place" || m.form !== "name" || !m.rule.startsWith("entities:ner")) return m;
    const name = text.slice(m.start, m.end);
    if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(name) || lookupPlace(name).length > 0) return m;
    // "a church in Brandywine Hundred told …": after a locative preposition the name is a place, whatever follows.
    if (/\b(?:in|at|from|near|to|into|across|of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start)))
      return m;
    return PERSON_CONTEXT_AFTER.test(text.slice(m.end, m.end + 60))
      ? { ...m, type: "person" as const, rule: `${m.rule}+person-context` }
      : m;
  });

/** A lower-case role noun right before a name, with at most one modifier: "columnist ", "ranking member ". */
const ROLE_NOUN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${[...ROLE_NOUNS].join("|")})[ \t]+$`, "u");

/**
 * "Elizabeth Warren" read as an organisation in a headline, "Franklin Roosevelt" as a place: the tagger's organisation
 * or place of two or three capitalised words that opens with a listed first name, holds no head noun of a body or
 * a place, is no place the gazetteer knows, and is a person by its context: the surname alone is a person elsewhere
 * in the text, a role noun stands right before ("columnist Maria Bartiromo"), or a role apposition follows. (A
 * speech verb after it is no evidence: "Morgan Stanley said".)
 */
export const firstNameThenSurnameIsPerson: MentionRefiner = (mentions, text) => {
  const personSurnames = new Set(
    mentions.filter((m) => m.type === "person" && m.form === "name").map((m) => surnameOf(text, m)),
  );
  return mentions.map((m) => {
    if ((m.type !== "organization" && m.type !== "place") || m.form !== "name" || !m.rule.startsWith("entities:ner"))
      return m;
    // "Ann B. Lee Jr.": a generational suffix ends a person's name and is no part of the surname.
    const name = text
      .slice(m.start, m.end)
      .replace(/['’]s$/, "")
      .replace(GENERATIONAL_SUFFIX, "");
    if (!FIRST_NAME_AND_SURNAME.test(name)) return m;
    const words = name.split(" ");
    if (isFirstName(words.at(-1) ?? "")) return m;
    if (words.some((w) => ORG_HEADS.has(w.toLowerCase()) || PLACE_HEADS.has(w.toLowerCase()) || isNotName(w))) return m;
    if (lookupPlace(name).length > 0) return m;
    const roleBefore = ROLE_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
    // A first name the list lacks ("Thandiwe", "Raúl" written with its accent) is enough with a role noun right
    // before: "dictator Thandiwe Okoro" names a person whatever the first name.
    const surname = words.at(-1) ?? "";
    // "Yegor Balashov", "Oksana Petrenko": a first name the list lacks, then a Slavic surname, is a person's name.
    const slavic = words.length === 2 && SLAVIC_SURNAME.test(surname);
    if (!isFirstNameAccentsAside(words[0] ?? "") && !roleBefore && !slavic) return m;
    const person =
      personSurnames.has(surname) || roleBefore || slavic || ROLE_APPOSITION_AFTER.test(text.slice(m.end, m.end + 60));
    return person ? { ...m, type: "person" as const, rule: `${m.rule}+first-name` } : m;
  });
};

/**
 * Endings of Russian, Ukrainian, Polish and Serbian surnames ("Balashov", "Petrova", "Zelensky", "Kowalski",
 * "Shevchenko", "Djokovic"); at least three letters before them.
 */
const SLAVIC_SURNAME = /^\p{Lu}\p{Ll}{2,}(?:ov|ova|ev|eva|sky|skiy|ski|ska|skaya|enko|vich|vić|vic|chuk|yuk)$/u;

/** ", Jr." or " Sr." or " III" closing a person's name. */
const GENERATIONAL_SUFFIX = /,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** A first name, an initial or none, and one or two surnames, double ones too: "Alexandria Ocasio-Cortez". */
const FIRST_NAME_AND_SURNAME =
  /^\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}?[\p{Ll}'’]*\p{Ll})*){1,2}$/u;

/** A role apposition after a name: ", a columnist for", ", the senator from". */
const ROLE_APPOSITION_AFTER = new RegExp(
  String.raw`^(?:['’]s)?,\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:${[...ROLE_NOUNS].join("|")})\b`,
  "u",
);

/** Whether a word is on the not-a-name list. */
const isNotName = (word: string): boolean => NOT_NAMES.has(word.toLowerCase());

/** Last words of names of events, doctrines, plans and documents, never of a person. */
const EVENT_OR_DOCUMENT_HEADS = new Set(
  "crisis doctrine plan war act treaty accord accords agreement amendment kingdom empire revolution affair scandal summit conference prize award initiative".split(
    " ",
  ),
);

/** Last words of names of streets, islands, rivers and counties: "Downing Street", "Tybee Island". */
const PLACE_HEADS = new Set("street avenue road boulevard square lane plaza island river lake county".split(" "));

/** A street word's abbreviations, as addresses write them: "Church Ave.", "E. 55th St.", "Glenwood Rd.". */
const STREET_ABBREVIATIONS = new Set(["Ave.", "Ave", "Aves.", "Aves", "St.", "Rd.", "Blvd.", "Blvd", "Pkwy.", "Hwy."]);

/**
 * Whether a mention ends in a place word (PLACE_HEADS: a street's, an island's, a river's, a county's …) or a street
 * word's abbreviation: "Downing Street", "Lincoln Rd.", "Tybee Island".
 */
function endsInPlaceWord(text: string, m: Mention): boolean {
  const last = wordsOf(text, m).at(-1) ?? "";
  return STREET_ABBREVIATIONS.has(last) || PLACE_HEADS.has(last.toLowerCase());
}

/**
 * "Church Ave.", "Nostrand Ave.", "Snyder Ave." read as an organisation, a misc or a person: a name that ends in an
 * abbreviated street word is a street, a place. The abbreviation alone ("St." left over from "E. 55th St.") is no
 * name.
 */
export const abbreviatedStreetsArePlaces: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (m.form !== "name") return [m];
    const words = wordsOf(text, m);
    if (!STREET_ABBREVIATIONS.has(words.at(-1) ?? "")) return [m];
    if (words.length === 1) return [];
    return m.type === "place" ? [m] : [{ ...m, type: "place" as const, rule: `${m.rule}+street` }];
  });

/** The names of the hand-listed places (models/geo/hand-places.json) with one of these feature codes. */
const handListedNames = (featureCodes: readonly string[]): ReadonlySet<string> =>
  new Set(REGIONS.filter((r) => featureCodes.includes(r.featureCode)).flatMap((r) => r.names));

/**
 * The hand-listed landmarks by name: bases, airports, buildings, streets, city districts ("Capitol Hill", "Downing
 * Street", "Camp David"). Islands are left out, since people bear some of their names ("Diego Garcia").
 */
const LANDMARK_NAMES = handListedNames(["AIRB", "AIRP", "BLDG", "MILB", "NVB", "PPLX", "ST"]);

/**
 * "Cuban Missile Crisis", "Truman Doctrine", "Marshall Plan", "Hermit Kingdom", "Downing Street": the model read a
 * name made after a person as a person. A "person" whose last word names an event, a policy or a document is
 * none, and one whose last word is a street's or an island's is a place. (Words that are also surnames, "Deal",
 * "Games", are left out.) So is a hand-listed landmark ("Capitol Hill", read as a person named Hill).
 */
export const eventNamesAreNotPeople: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "person" || m.form !== "name" || m.rule.startsWith("entities:byline")) return m;
    if (LANDMARK_NAMES.has(text.slice(m.start, m.end)))
      return { ...m, type: "place" as const, rule: `${m.rule}+landmark` };
    const last = (wordsOf(text, m).at(-1) ?? "").toLowerCase();
    if (PLACE_HEADS.has(last)) return { ...m, type: "place" as const, rule: `${m.rule}+place-head` };
    return EVENT_OR_DOCUMENT_HEADS.has(last) ? { ...m, type: "misc" as const, rule: `${m.rule}+event-head` } : m;
  });

/** The hand-listed districts, streets and airports: places only, where a building may stand for its body. */
const DISTRICT_NAMES = handListedNames(["AIRB", "AIRP", "PPLX", "ST"]);

/**
 * "Capitol Hill", "Wall Street" read as organisations: the tagger reads a hand-listed district, street or airport as
 * a body where it stands for one ("Capitol Hill reacted"), and as a place elsewhere, so one name split into two
 * entities across a corpus. It is the place. A building keeps the tagger's type: "the Pentagon said" names the
 * department.
 */
export const districtsAreNotOrganisations: MentionRefiner = (mentions, text) =>
  mentions.map((m) =>
    m.type === "organization" &&
    m.form === "name" &&
    m.rule.startsWith("entities:ner") &&
    DISTRICT_NAMES.has(text.slice(m.start, m.end))
      ? { ...m, type: "place" as const, rule: `${m.rule}+district` }
      : m,
  );

/** Last words of names of wars and crises, which the tagger reads as the place they happened in. */
const EVENT_HEADS = new Set("war wars crisis revolution uprising summit scandal".split(" "));

/** "the Iraq War", "the Suez Crisis" read as a place: an event named after a place is no place. */
export const eventNamesAreNotPlaces: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "place" || m.form !== "name") return m;
    const words = wordsOf(text, m);
    const last = (words.at(-1) ?? "").toLowerCase();
    return words.length > 1 && EVENT_HEADS.has(last)
      ? { ...m, type: "misc" as const, rule: `${m.rule}+event-head` }
      : m;
  });

/** Last words of names of laws, founding documents and eras: "the Affordable Care Act", "the Great Recession". */
const NOT_ORGANISATION_HEADS = new Set(
  "act acts amendment constitution treaty accord accords agreement doctrine bill charter recession depression pandemic".split(
    " ",
  ),
);

/** "the CARES Act", "the Equal Rights Amendment": a law's head word the tagger left outside the name. */
const LAW_HEAD_AFTER = /^ (Act|Acts|Amendment|Treaty|Accords?|Agreement|Doctrine|Bill|Charter)(?![\p{L}\p{N}])/u;

/** An organisation or misc name followed by "Act", "Amendment" …: the whole is the law's name, a misc name. */
export const extendOverLawHeads: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if ((m.type !== "organization" && m.type !== "misc") || m.form !== "name") return m;
    const head = LAW_HEAD_AFTER.exec(text.slice(m.end, m.end + 12));
    return head ? { ...m, end: m.end + head[0].length, type: "misc" as const, rule: `${m.rule}+law-head` } : m;
  });

/** A web address as pages print it: "https://t.co/x1Yz", "pic.twitter.com/x1Yz", "www.example.org/path". */
const WEB_ADDRESS = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s"”’)\]]+/gu;
/** A social-media handle or hashtag: "@JaneRoe2020", "#SaveTheBay". */
const HANDLE_OR_TAG = /(?<![\p{L}\p{N}_.])[@#][\p{L}\p{N}_]+/gu;
/**
 * A handle or tag of joined words ("realJaneRoe", "SaveTheBay") or with digits or underscores is an account or a
 * topic, not a name as the text writes it ("KQEDnews" too); "@Reuters" or "@NASA" is the name itself and stays.
 */
const JOINED_WORDS = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}|[\d_]/u;

/** Where `text` has web addresses and joined-word handles or tags, or none when it has neither mark. */
function webAddressesAndHandles(text: string): Span[] {
  const spans: Span[] = [];
  if (text.includes("://") || text.includes("www.") || text.includes("pic.twitter"))
    for (const m of execAll(WEB_ADDRESS, text)) spans.push({ start: m.index, end: m.index + m[0].length });
  if (text.includes("@") || text.includes("#"))
    for (const m of execAll(HANDLE_OR_TAG, text))
      if (JOINED_WORDS.test(m[0].slice(1))) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** "https://t.co/x1Yz — Jane Roe (@JaneRoe2020)": tweets embedded in a page; the tagger reads the codes as names. */
export const dropWebAddressesAndHandles: MentionRefiner = (mentions, text) => {
  const spans = webAddressesAndHandles(text);
  if (spans.length === 0) return [...mentions];
  return mentions.filter((m) => !spans.some((s) => m.start < s.end && s.start < m.end));
};

/** Last words of public bodies' names that are no organisation head nouns elsewhere: "Postal Service". */
const PUBLIC_BODY_ENDS = new Set(["service", "survey", "guard", "command", "mission", "embassy", "marshals"]);

/** A country's initials right before a name: "U.S. ", "U.N. ", "U.K. ", "E.U. ". */
const COUNTRY_INITIALS_BEFORE = /(?:^|[^\p{L}.])((?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)[ \t\u00a0]+)$/u;

/**
 * "the U.S. Agency for International Development": a body's name opens with the initials of the country it belongs
 * to, which the tagger leaves out (or reads as a place of its own); the organisation's mention takes them in when it
 * holds an organisation's head noun ("Agency", "Army", "Department").
 */
export const countryInitialsOpenBodies: MentionRefiner = (mentions, text) => {
  const extended: Mention[] = [];
  const out = mentions.map((m) => {
    if (m.type !== "organization" || m.form !== "name") return m;
    // A public body: its name opens with a head noun ("Agency for …", "Army"), has an of/for phrase ("Chamber of
    // Commerce") or ends in a service's head ("Postal Service"); "the U.S. Velde Trust" is a company in the country.
    const words = wordsOf(text, m).map((w) => w.toLowerCase());
    const body =
      ORG_HEADS.has(words[0] ?? "") ||
      words.includes("of") ||
      words.includes("for") ||
      PUBLIC_BODY_ENDS.has(words.at(-1) ?? "");
    if (!body) return m;
    const initials = COUNTRY_INITIALS_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (!initials?.[1]) return m;
    const whole = { ...m, start: m.start - initials[1].length, rule: `${m.rule}+country-initials` };
    extended.push(whole);
    return whole;
  });
  return withExtendedKept(out, extended);
};

/** `mentions` without those that overlap one of `extended` (a mention a refiner lengthened over its neighbours). */
function withExtendedKept(mentions: Mention[], extended: readonly Mention[]): Mention[] {
  if (extended.length === 0) return mentions;
  return mentions.filter((m) => extended.includes(m) || !extended.some((x) => m.start < x.end && x.start < m.end));
}

/** A web site's domain ending right after a name: "Patch.com", "NJ.com", "Quartz.co.uk". */
const DOMAIN_AFTER = /^\.(?:com|org|net|co\.uk|com\.au|ca|io|news)(?![\p{L}\p{N}/]|\.\p{L})/u;

/**
 * "according to NJ.com": a name followed by its site's domain is the news site, an organisation; the mention takes
 * the domain in (the tagger stops at the dot and reads "NJ" as a state).
 */
export const siteNamesAreOrganisations: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.form !== "name") return m;
    const d = DOMAIN_AFTER.exec(text.slice(m.end, m.end + 8));
    if (!d) return m;
    return { ...m, end: m.end + d[0].length, type: "organization" as const, rule: `${m.rule}+site` };
  });

/** Verbs of a page's buttons and links: "Enlarge Image", "Follow Us", "Copy Link", "Read More". */
const INTERFACE_VERBS = new Set(
  "enlarge click share follow copy read show view watch subscribe sign download print email toggle skip load see".split(
    " ",
  ),
);
/** What such a button acts on. */
const INTERFACE_OBJECTS = new Set(
  "image images photo photos picture gallery video us more less link url search menu content navigation all here now up comments story article newsletter this".split(
    " ",
  ),
);

/**
 * "Enlarge Image", "Follow Us", "Copy Link": a button's label, alone on its line, is two or three capitalised words
 * the tagger reads as a name; a verb of the interface and what it acts on is none ("Skip Bayless" keeps his name:
 * his surname is no interface object).
 */
export const dropInterfaceLabels: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (m.form !== "name") return true;
    const words = text.slice(m.start, m.end).split(/\s+/);
    if (words.length < 2 || words.length > 3) return true;
    if (!INTERFACE_VERBS.has((words[0] ?? "").toLowerCase())) return true;
    if (!words.slice(1).some((w) => INTERFACE_OBJECTS.has(w.toLowerCase()))) return true;
    const around = lineAround(text, m);
    const line = text.slice(around.start, around.end).trim();
    return line.split(/\s+/).length > 4;
  });

/** What may stand between a sentence's end and its first word: spaces, opening quotes and brackets. */
const SENTENCE_GAP = /[\s"'“‘([]/u;

/** Whether the word at `i` opens a sentence or a line: only a gap back to a full stop, a colon or a line break. */
function opensSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && SENTENCE_GAP.test(text[j] as string) && text[j] !== "\n") j--;
  return j < 0 || text[j] === "\n" || ".?!:".includes(text[j] as string);
}

/** The offsets where `word` stands in `text` as a whole word (no letter or digit right before or after it). */
function wholeWordOffsets(text: string, word: string): number[] {
  return occurrencesOf(text, word).filter(
    (at) => !wordCharBefore(text, at, 0) && !wordCharAt(text, at + word.length, text.length),
  );
}

/** Whether `word` (lower case) follows a lower-case word somewhere in `text`: "… as liberals …". */
function usedAsCommonWord(text: string, word: string): boolean {
  return wholeWordOffsets(text, word).some((at) => /\p{Ll}[,;]?\s$/u.test(text.slice(Math.max(0, at - 3), at)));
}

/** Whether every whole-word occurrence of `word` in `text` opens a sentence. */
function onlyOpensSentences(text: string, word: string): boolean {
  return wholeWordOffsets(text, word).every((at) => opensSentence(text, at));
}

/**
 * "Policy Shortcomings" alone between two paragraphs: a section heading the tagger reads as a person. It is no name
 * when no word of it is a first name and one of its words is written in lower case in the text as a common word
 * ("… global policy frameworks …"); a caption with a person's name alone on its line keeps it.
 */
export const dropSubheadingPeople: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (m.type !== "person" || m.form !== "name" || !m.rule.startsWith("entities:ner")) return true;
    const words = text.slice(m.start, m.end).split(/\s+/);
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return true;
    const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
    const lineEnd = text.indexOf("\n", m.end);
    if (lineEnd < 0 || text.slice(lineStart, lineEnd).trim() !== text.slice(m.start, m.end)) return true;
    // A paragraph break on both sides: a blank line before and after the heading.
    if (!/\n[ \t]*\n$/.test(text.slice(Math.max(0, lineStart - 8), lineStart))) return true;
    if (!/^\n[ \t]*\n/.test(text.slice(lineEnd, lineEnd + 8))) return true;
    if (words.some((w) => isFirstName(w))) return true;
    return !words.some((w) => usedAsCommonWord(text, w.toLowerCase()));
  });

/** A single capitalised word: "Liberals", not "McCain" or "NATO". */
const ONE_CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Liberals.", "Well, …", "Extensive damage …": a one-word name that is capitalised only where it opens a sentence,
 * while the text also writes it in lower case after another word, is a common word the tagger took for a name.
 * A real name is capitalised inside a sentence somewhere ("Jane Brown" before "Brown said").
 */
export const dropCapitalisedCommonWords: MentionRefiner = (mentions, text) => {
  const verdict = new Map<string, boolean>();
  const isCommon = (word: string): boolean => {
    let common = verdict.get(word);
    if (common === undefined) {
      common = onlyOpensSentences(text, word) && usedAsCommonWord(text, word.toLowerCase());
      verdict.set(word, common);
    }
    return common;
  };
  return mentions.filter((m) => {
    if (m.form !== "name") return true;
    const word = text.slice(m.start, m.end);
    return !ONE_CAPITALISED_WORD.test(word) || !isCommon(word);
  });
};
/** A single word in capitals, three letters or more: "NEVER", "JOKE", or an acronym ("NATO", "WHO"). */
const ONE_WORD_IN_CAPITALS = /^\p{Lu}{3,}$/u;

/**
 * How frequent a word must be, as its row in the GloVe vectors (sorted by frequency in six billion tokens of news and
 * Wikipedia), to count as an ordinary English word: "never" is row 317, "joke" 6,925, "bailouts" 22,162, while
 * acronyms written in lower case by some texts ("doj" 46,067, "orca" 44,419, "antifa" absent) are rarer.
 */
const COMMON_WORD_RANK = 30_000;

/** Lower-case letters in the words around a mention: the line is ordinary prose, not a headline in capitals. */
const LOWER_CASE_NEARBY = /\p{Ll}{2,}/u;

/**
 * "will NEVER win", "A JOKE!", "go to 51 Votes NOW and WIN": a word in capitals for emphasis, in a quoted tweet
 * or a slogan, whose lower-case form the text also uses as an ordinary word. An acronym that is also a word keeps
 * its name when the text anywhere writes it as one: after a determiner, in brackets, or beside a capitalised word
 * ("the WHO said", "(DOJ)", "Project ORCA", "WHO Director-General"). A line set in capitals (a headline) is left alone.
 */
export const dropWordsInCapitals: MentionRefiner = (mentions, text) => {
  const verdict = new Map<string, boolean>();
  const isEmphasis = (word: string): boolean => {
    let emphasis = verdict.get(word);
    if (emphasis === undefined) {
      const lower = word.toLowerCase();
      const rank = loadWordVectors().rowOf(lower);
      emphasis =
        rank >= 0 &&
        rank < COMMON_WORD_RANK &&
        usedAsCommonWord(text, lower) &&
        !spelledOutIn(text, word) &&
        !wholeWordOffsets(text, word).some((at) => writtenAsAcronym(text, at, at + word.length));
      verdict.set(word, emphasis);
    }
    return emphasis;
  };
  return mentions.filter((m) => {
    if (m.form !== "name" || m.type === "person") return true;
    const word = text.slice(m.start, m.end);
    if (!ONE_WORD_IN_CAPITALS.test(word)) return true;
    const near = text.slice(Math.max(0, m.start - 12), Math.min(text.length, m.end + 12));
    return !LOWER_CASE_NEARBY.test(near) || !isEmphasis(word);
  });
};

/**
 * Whether the text spells the acronym out ("Center for Automotive Research" for "CAR"). Built only for the few words
 * in capitals that are also ordinary words, once per text.
 */
function spelledOutIn(text: string, acronym: string): boolean {
  const link = String.raw`[\p{L}'’-]*\s+(?:(?:of|for|and|the|on|in|&)\s+)*`;
  const initials = [...acronym].join(link);
  return new RegExp(String.raw`(?<!\p{L})${initials}[\p{L}'’-]*`, "u").test(text);
}

/** An occurrence an acronym's way: after a determiner, in brackets, beside a capitalised word, or as a source. */
function writtenAsAcronym(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  return (
    /\b(?:the|The|THE|a|an)\s+$/.test(before) ||
    /\($/.test(before) ||
    /^\)/.test(after) ||
    /^['’]s\b/.test(after) ||
    /^\s+\p{Lu}\p{Ll}/u.test(after) ||
    /^\s+(?:said|says|reported|reports|estimated|estimates|found|finds|told)\b/.test(after) ||
    /\p{Lu}\p{Ll}+\s+$/u.test(before)
  );
}

/**
 * The capitalised words between an organisation's name and the kind of body it is, in lower case: " Metall union"
 * in "the IG Metall union", " Beytenu party".
 */
const REST_OF_NAME_BEFORE_KIND =
  /^([ \t]+\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’-]*)?)[ \t]+(?:trade[ \t]+|labou?r[ \t]+)?(?:union|party|militia)\b/u;
/** Words that end a name before a body's kind rather than go on with it: days, months, titles, party labels. */
const NOT_NAME_WORDS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Republicans?|Democrats?|Democratic|Conservatives?|Labou?r|Liberals?|Communist|Socialist|Green|Workers|President|Chairman|Leader|Secretary)$/;

/**
 * "the IG Metall union", "the Likud Beytenu party": a name the tagger cut short before the kind of body it is (a
 * word of another language is unknown to it) runs on over the capitalised words up to that kind; the words must be
 * no mention of their own and no day, month, title or party label ("the Senate Republican party" stays).
 */
export const organisationNameBeforeItsKind: MentionRefiner = (mentions, text) => {
  const whole = new Set<string>();
  const extended = mentions.map((m, i) => {
    if (m.type !== "organization" || m.form !== "name") return m;
    const rest = REST_OF_NAME_BEFORE_KIND.exec(text.slice(m.end, m.end + 60))?.[1];
    if (rest === undefined) return m;
    const end = m.end + rest.length;
    const next = mentions[i + 1];
    if (
      (next !== undefined && next.start < end) ||
      rest
        .trim()
        .split(/\s+/)
        .some((w) => NOT_NAME_WORDS.test(w))
    )
      return m;
    whole.add(text.slice(m.start, end));
    return { ...m, end, rule: `${m.rule}+name-before-kind` };
  });
  if (whole.size === 0) return extended;
  // "IG Metall isn't happy": once the text names the body whole, its name elsewhere is whole too.
  return extended.map((m, i) => {
    if (m.type !== "organization" || m.form !== "name" || m.rule.endsWith("+name-before-kind")) return m;
    const name = [...whole].find(
      (w) =>
        text.startsWith(w, m.start) &&
        m.end < m.start + w.length &&
        !/[\p{L}\p{N}]/u.test(text[m.start + w.length] ?? ""),
    );
    const next = extended[i + 1];
    if (name === undefined || (next !== undefined && next.start < m.start + name.length)) return m;
    return { ...m, end: m.start + name.length, rule: `${m.rule}+name-before-kind` };
  });
};

/**
 * "an SUV", "PTSD", "DNA evidence" tagged as organisations: an abbreviation of a thing, a condition or a measure
 * names no body, wherever the tagger found it.
 */
export const acronymsOfThingsAreNotOrganisations: MentionRefiner = (mentions, text) =>
  mentions.map((m) =>
    m.type === "organization" && m.form === "name" && NOT_ORG_ACRONYMS.has(text.slice(m.start, m.end))
      ? { ...m, type: "misc" as const, rule: `${m.rule}+not-a-body` }
      : m,
  );

/** A country's or state's body: its chamber, court or armed service, written after its name. */
const BODY_AFTER_PLACE =
  /^(.+?)\s+(?:House(?: of (?:Representatives|Commons|Lords|Delegates))?|Senate|Congress|Parliament|Supreme Court|Army|Navy|Air Force|Marine Corps|Coast Guard)$/u;
/** A firm named "… Capital" ("Bain Capital"); a capital city is written in lower case ("the nation's capital"). */
const FIRM_CAPITAL = /^\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)?\s+Capital$/u;
/** A country's written constitution: a document, not a place. */
const CONSTITUTION = /^(.+?)\s+Constitution$/u;

/**
 * "the U.S. House", "the Texas Senate", "Bain Capital", "the U.S. Constitution" read as places (the tagger saw a
 * country's name open them): a country's or state's chamber, court or armed service is a body of it, a firm named
 * "… Capital" a company, and its constitution a document. The gazetteer's own names of the kind stay places.
 */
export const bodiesOfPlacesAreNotPlaces: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "place" || m.form !== "name") return m;
    const name = text.slice(m.start, m.end);
    if (isBodyOfPlace(name)) return { ...m, type: "organization" as const, rule: `${m.rule}+body-of-place` };
    if (lookupPlace(name).length > 0) return m;
    const country = CONSTITUTION.exec(name)?.[1];
    if (country !== undefined && isStateOrCapitalName(country))
      return { ...m, type: "misc" as const, rule: `${m.rule}+constitution` };
    return m;
  });

/** A country's or state's chamber, court or armed service ("the U.S. House"), or a firm named "… Capital". */
function isBodyOfPlace(name: string): boolean {
  if (lookupPlace(name).length > 0) return false;
  const body = BODY_AFTER_PLACE.exec(name)?.[1];
  return (body !== undefined && isStateOrCapitalName(body)) || FIRM_CAPITAL.test(name);
}

/** The storm word a storm's name opens with ("Typhoon " of "Typhoon Haiyan"): the name without it is the storm's too. */
const STORM_PREFIX = new RegExp(String.raw`^(?:${STORM_WORDS})\s+(?=\p{Lu})`, "u");

/** A storm word in lower case right before a name: "tropical cyclone Mangrove", "the typhoon Marlow". */
const STORM_WORD_BEFORE = /\b(?:hurricane|typhoon|cyclone|superstorm|storm)\s+$/iu;

/**
 * The storm's name alone is the storm too: once the text writes "Typhoon Marlow" (or "tropical cyclone Marlow"), a
 * later "Marlow will weaken" names the same storm, not a person the tagger saw in a bare capitalised word.
 */
export const stormsAreEvents: MentionRefiner = (mentions, text) => {
  const isStorm = (m: Mention) =>
    m.form === "name" &&
    (STORM_NAME.test(text.slice(m.start, m.end)) ||
      STORM_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)));
  // The storm's own name, without the storm word the mention opens with.
  const stormNames = new Set(mentions.filter(isStorm).map((m) => text.slice(m.start, m.end).replace(STORM_PREFIX, "")));
  const out = mentions.map((m) => {
    if (m.form !== "name" || !(isStorm(m) || stormNames.has(text.slice(m.start, m.end)))) return m;
    // "Hurricane Velma" where the tagger took only "Velma": the capitalised storm word is part of the storm's name.
    const word = CAPITAL_STORM_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    const start = word ? m.start - word[0].length : m.start;
    if (m.type === "misc" && start === m.start) return m;
    return { ...m, start, type: "misc" as const, rule: `${m.rule}+storm` };
  });
  // A mention the tagger made of the storm word alone gives way to the whole name.
  const storms = out.filter((m, i) => m !== mentions[i]);
  return out.filter((m) => storms.includes(m) || !storms.some((o) => o.start < m.end && m.start < o.end));
};

/** A storm word written as part of the name, right before it: "Hurricane ", "Super Typhoon ", "Tropical Storm ". */
const CAPITAL_STORM_WORD_BEFORE =
  /(?<![\p{L}])(?:Super\s+)?(?:Hurricane|Typhoon|Cyclone|Superstorm|Tropical Storm)\s+$/u;

/**
 * " Thursday" ending a name: no surname is a weekday ("Asked by host Ann Lee Thursday whether …"); nor does a body's
 * name end with the "on" before one ("the Harbour Council of Elms on Monday").
 */
const TRAILING_WEEKDAY = /(?:\son)?\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** The "on" of a weekday the tagger left out: "the Gulf of Aden on" of "… on Thursday". No name ends in it. */
const TRAILING_PREPOSITION = /\son$/;
/** A preposition and a month (a day, a year) ending a name: "in January", "on March 3", "since May 2019". */
const TRAILING_MONTH =
  /\s(?:in|on|since|until|by)\s(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{1,2})?(?:,?\s\d{4})?$/;

/**
 * A person's, organisation's or place's name the tagger ran into the weekday after it ends before the weekday
 * ("said on Facebook Monday", "in the Gulf of Aden on Saturday"): no surname, body or place ends with a weekday.
 * Nor does any name end with a month after a preposition ("passed the U.S. House of Representatives in January"),
 * whatever the tagger typed it.
 */
export const dropTrailingWeekday: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    const name = text.slice(m.start, m.end);
    const month = TRAILING_MONTH.exec(name);
    if (month && month.index > 0) {
      const cut = { ...m, end: m.start + month.index, rule: `${m.rule}-month` };
      // "U.S. House of Representatives" without its date is the body of a place, as bodiesOfPlacesAreNotPlaces reads.
      return cut.type === "place" && isBodyOfPlace(text.slice(cut.start, cut.end))
        ? { ...cut, type: "organization" as const, rule: `${cut.rule}+body-of-place` }
        : cut;
    }
    if (m.type !== "person" && m.type !== "organization" && m.type !== "place") return m;
    const day = TRAILING_WEEKDAY.exec(name) ?? TRAILING_PREPOSITION.exec(name);
    return day && day.index > 0 ? { ...m, end: m.start + day.index, rule: `${m.rule}-weekday` } : m;
  });

/** A determiner or pronoun written in lower case: it starts the next phrase ("Acme this quarter said"). */
const TRAILING_DETERMINER = /\s(?:this|that|these|those|its|his|her|their|our|which|who|said|says)$/;

/**
 * "Acme this quarter reported": the tagger ran a name into the lower-case determiner after it. No name ends with a
 * lower-case "this", "its" or "who" (names with inner lower-case words end with a capitalised one: "Bank of England").
 */
export const dropTrailingDeterminer: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.form !== "name") return m;
    const d = TRAILING_DETERMINER.exec(text.slice(m.start, m.end));
    return d && d.index > 0 ? { ...m, end: m.start + d.index, rule: `${m.rule}-determiner` } : m;
  });

/** A bracketed credit with a slash: "(Jane Roe/Northwind Press via AP)", "(AP Photo/Jane Roe)". */
const CREDIT_IN_BRACKETS = /\(([^()\n/]{2,60}\/[^()\n]{2,60})\)/g;
/** What marks a bracket with a slash as a picture credit, not a pair of names ("(Acme/Globex)" is a joint venture). */
const CREDIT_MARK = /\b(?:via|Photos?|Images|Pool|Getty|Reuters|AFP|AP|EPA)\b/;
/** A credit line, up to the line's end or a closing bracket: "Photo: Jane Roe / Northwind Press", "Photograph by Jane Roe". */
const CREDIT_LINE = /\b(?:Photo(?:graph)?s?|Image|Picture)(?:[ \t]+by|[ \t]*:)[ \t]*[^\n)]{2,80}/g;

/** Most words of a credit line with no slash and no "by" ("Photo: Jane Roe, Northwind Press"); more is a caption. */
const CREDIT_LINE_MAX_WORDS = 5;

/** A picture credit and, where one part of it names no agency, the photographer's part. */
interface Credit extends Span {
  photographer?: Span;
}

/** A credit's opening label: "Photo: ", "Photograph by ", "Image: ". */
const CREDIT_LABEL = /^\s*(?:Photo(?:graph)?s?|Image|Picture)(?:[ \t]+by|[ \t]*:)[ \t]*/;

/** The part of a credit's slash-separated parts that names no agency ("Jane Roe" of "Jane Roe/Northwind via AP"). */
function photographerPart(text: string, from: number, to: number): Span | undefined {
  let at = from;
  for (const part of text.slice(from, to).split("/")) {
    // "Photo: Jane Roe/…": the label before the photographer's name marks no agency.
    const unlabelled = part.replace(CREDIT_LABEL, "");
    const lead = part.length - unlabelled.trimStart().length;
    const body = unlabelled.trim();
    if (body !== "" && !CREDIT_MARK.test(body)) return { start: at + lead, end: at + lead + body.length };
    at += part.length + 1;
  }
  return undefined;
}

/** The picture credits in a text. */
function photoCredits(text: string): Credit[] {
  const credits: Credit[] = [];
  const add = (start: number, end: number, bodyStart: number, bodyEnd: number) => {
    const photographer = photographerPart(text, bodyStart, bodyEnd);
    credits.push(photographer ? { start, end, photographer } : { start, end });
  };
  for (const m of execAll(CREDIT_IN_BRACKETS, text))
    if (CREDIT_MARK.test(m[1] ?? "")) add(m.index, m.index + m[0].length, m.index + 1, m.index + m[0].length - 1);
  for (const m of execAll(CREDIT_LINE, text)) {
    const body = m[0].search(/(?<=:|\bby)[ \t]*\S/u);
    // "Photo: The mayor speaks to voters" is a caption, about the people in it: a credit has a slash, a "by", or
    // no more words than a name and an agency.
    const credited = m[0].slice(Math.max(0, body));
    const byline = /\bby[ \t]*$/u.test(m[0].slice(0, Math.max(0, body)));
    if (!credited.includes("/") && !byline && credited.trim().split(/\s+/u).length > CREDIT_LINE_MAX_WORDS) continue;
    add(m.index, m.index + m[0].length, m.index + Math.max(0, body), m.index + m[0].length);
  }
  return credits;
}

/**
 * "(Jane Roe/Northwind Press via AP)", "Photo: Jane Roe / Northwind Press": a picture credit names a photographer
 * and an agency, never a place. The photographer took the picture and is no one the story is about, so a name in the
 * part of the credit that names no agency is dropped; a place, person or misc name in the agency's part is the agency.
 */
export const photoCreditNames: MentionRefiner = (mentions, text) => {
  if (!/Photo|Image|Picture|\//.test(text)) return [...mentions];
  const credits = photoCredits(text);
  if (credits.length === 0) return [...mentions];
  return mentions.flatMap((m) => {
    if (m.form !== "name") return [m];
    const credit = credits.find((c) => c.start <= m.start && m.end <= c.end);
    if (!credit) return [m];
    const p = credit.photographer;
    if (p !== undefined && p.start <= m.start && m.end <= p.end) return [];
    if (m.type === "organization") return [m];
    // The tagger reads an agency's two words as a person's name too ("Jane Roe/Northwind Images").
    return [{ ...m, type: "organization" as const, rule: `${m.rule}+photo-credit` }];
  });
};

/** Lower-case words (three letters or more) closing a mention: " affiliate", " officials", " leaders". */
const TRAILING_LOWER_CASE_WORDS = /(?:[ \t]+\p{Ll}{3,}[\p{Ll}'’-]*)+$/u;
/** Particles inside names that a capitalised word always follows ("Bank of England", "Vincent van Gogh"). */
const NAME_PARTICLES = /^(?:of|for|the|and|von|van|der|den|del|della|des|las|los|bin|ibn)$/;

/**
 * "Northwind Party leaders said", "an upstart Northwind Front affiliate": the tagger ran a name into the common noun
 * after it. A name ends with a capitalised word (inner lower-case words are particles followed by one), so trailing
 * lower-case words are cut, and the mention kept when a capitalised word is left.
 */
export const dropTrailingLowerCaseWords: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (m.form !== "name") return [m];
    const name = text.slice(m.start, m.end);
    const tail = TRAILING_LOWER_CASE_WORDS.exec(name);
    if (!tail || tail.index === 0) return [m];
    const head = name.slice(0, tail.index);
    const lastWord = head.split(/[ \t]+/).at(-1) ?? "";
    if (NAME_PARTICLES.test(lastWord) || !/^\p{Lu}/u.test(lastWord)) return [m];
    return [{ ...m, end: m.start + tail.index, rule: `${m.rule}-lower-case-tail` }];
  });

/** One-word heads of organisations' names that an adjective before them opens: "Socialist Party", "Islamic State". */
const NAME_HEADS_AFTER_ADJECTIVE = new Set([...ORG_HEADS, "state", "front", "brotherhood", "movement", "group"]);

/**
 * "Northwind" tagged MISC and "Front" ORG in "the Northwind Front": an adjective or demonym the tagger typed MISC
 * right before a one-word organisation that is only a generic head ("Party", "State", "Front") is one name with it.
 * The head alone is no organisation (and propagated, it would tag "Secretary of State").
 */
export const joinAdjectiveAndHead: MentionRefiner = (mentions, text) => {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Mention;
    const b = sorted[i + 1];
    if (
      b !== undefined &&
      a.form === "name" &&
      b.form === "name" &&
      a.type === "misc" &&
      b.type === "organization" &&
      b.start === a.end + 1 &&
      text[a.end] === " " &&
      /^\p{Lu}\p{Ll}+$/u.test(text.slice(a.start, a.end)) &&
      NAME_HEADS_AFTER_ADJECTIVE.has(text.slice(b.start, b.end).toLowerCase())
    ) {
      out.push({ ...b, start: a.start, rule: `${b.rule}+adjective-head` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
};

/** "Leeds-based Harrow Foods": a place, "-based", and the name of what is based there. */
const BASED_IN_NAME = /^(\p{Lu}[\p{L}.'’ ]*?)-based\s+(\p{Lu}.*)$/u;

/**
 * "the Leeds-based Harrow Foods" read as one place: the place before "-based" is a place, and what is based there,
 * named right after, is a body (a company, a gang, a team). Each becomes its own mention.
 */
export const splitPlaceBasedName: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (m.form !== "name") return [m];
    const b = BASED_IN_NAME.exec(text.slice(m.start, m.end));
    if (!b) return [m];
    const place = b[1] ?? "";
    const body = b[2] ?? "";
    const bodyStart = m.end - body.length;
    // "the Leeds-based Harrow Crew, Ann Lee said": a name the tagger ran over a comma ends at it.
    const comma = body.indexOf(",");
    const bodyEnd = comma >= 0 ? bodyStart + comma : m.end;
    return [
      { ...m, end: m.start + place.length, type: "place" as const, rule: `${m.rule}+based-place` },
      { ...m, start: bodyStart, end: bodyEnd, type: "organization" as const, rule: `${m.rule}+based-body` },
    ];
  });

/** "Maryland-based" alone: a place name and "-based", with no name of what is based there after it. */
const PLACE_THEN_BASED = /^(\p{Lu}[\p{L}.'’ ]*?)-based$/u;

/**
 * "Maryland-based product liability lawyer", "Washington-based analysts": the tagger reads a place and its "-based"
 * as one misc word when a common noun follows. The place is a place when the gazetteer knows it.
 */
export const placeBeforeBasedAlone: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.form !== "name") return m;
    const place = PLACE_THEN_BASED.exec(text.slice(m.start, m.end))?.[1];
    if (place === undefined || lookupPlace(place).length === 0) return m;
    return { ...m, end: m.start + place.length, type: "place" as const, rule: `${m.rule}+based-place` };
  });

/** A round bracket with no partner inside the same span. */
const UNBALANCED_OPEN = /\((?![^()]*\))/;
const UNBALANCED_CLOSE = /^[^(]*\)/;

/**
 * "the Farmers Union (FU" or "FU) said": a name never holds half of a bracket pair. The tagger ran a name into the
 * abbreviation given in brackets after it; the mention is cut at the bracket into the name before it and the
 * abbreviation inside, each kept when it still opens with a capital.
 */
export const splitAtUnbalancedBracket: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (m.form !== "name") return [m];
    const name = text.slice(m.start, m.end);
    const open = UNBALANCED_OPEN.exec(name);
    const close = open ? null : UNBALANCED_CLOSE.exec(name);
    const at = open ? open.index : close ? close[0].length - 1 : -1;
    if (at < 0) return [m];
    const parts: Mention[] = [];
    for (const [from, to] of [
      [m.start, m.start + at],
      [m.start + at + 1, m.end],
    ] as const) {
      let start = from;
      let end = to;
      while (start < end && /[\s,;:]/.test(text[start] ?? "")) start++;
      while (end > start && /[\s,;:]/.test(text[end - 1] ?? "")) end--;
      if (end > start && /^\p{Lu}/u.test(text.slice(start, end)))
        parts.push({ ...m, start, end, rule: `${m.rule}+bracket-split` });
    }
    return parts;
  });

/**
 * Nouns of devices, screens and services a product's name modifies: "Retina display", "Acme app" (not nouns a
 * person's name modifies too: "Trump speakers", "the Trump plan", "Trump accounts").
 */
const PRODUCT_NOUN_AFTER =
  /^[ \t]+(?:display|screen|device|devices|app|apps|subscription|subscriptions|headphones|earbuds|chip|processor|sensor|thermostat|controller|console|tablet|laptop|smartphone|firmware|compatibility|integration|bundle|edition)\b/u;
/** "your Echo Dot", "your Kindle": copy that addresses the reader owns a thing by "your" ("my Kevin" may be a person). */
const OWNER_BEFORE = /\byour[ \t]+$/i;
/** What shows a name is a person's after all: a speech verb or a courtesy title. */
const PERSON_EVIDENCE_AFTER = /^[ \t]+(?:said|says|told|wrote|added|explained)\b/;

/**
 * "a Retina display", "your Hulu account", "from your Echo Dot": the tagger reads a product's or a service's name as
 * a person's. A person name one to three words long that the text writes before a device's or a service's noun, or
 * after "your", names a thing, and so do its other mentions, unless one of them speaks.
 */
export const productNamesAreNotPeople: MentionRefiner = (mentions, text) => {
  const products = new Set<string>();
  const speakers = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "person" || m.form !== "name") continue;
    const name = text.slice(m.start, m.end);
    if (PERSON_EVIDENCE_AFTER.test(text.slice(m.end, m.end + 12))) speakers.add(name);
    if (m.rule.startsWith("entities:titled") || wordsOf(text, m).length > 3) continue;
    if (
      PRODUCT_NOUN_AFTER.test(text.slice(m.end, m.end + 16)) ||
      OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))
    )
      products.add(name);
  }
  if (products.size === 0) return [...mentions];
  return mentions.map((m) => {
    const name = text.slice(m.start, m.end);
    return m.type === "person" && products.has(name) && !speakers.has(name)
      ? { ...m, type: "misc" as const, rule: `${m.rule}+product` }
      : m;
  });
};

/** Holidays are dates, which the times layer reads; the tagger sometimes takes one for a name. */
const HOLIDAYS = new Set([
  ..."Christmas Easter Thanksgiving Hanukkah Ramadan Passover Halloween Kwanzaa Diwali Eid".split(" "),
  "Yom Kippur",
  // Days named for shopping and public holidays of two words ("Black Friday pricing", "before Memorial Day").
  "Black Friday",
  "Cyber Monday",
  "Prime Day",
  "Memorial Day",
  "Labor Day",
  "Independence Day",
  "Veterans Day",
  "Presidents Day",
  "Boxing Day",
  // Greetings the tagger reads as people ("wished them a Merry Christmas").
  "Merry Christmas",
  "Happy Holidays",
  "Happy New Year",
  "Happy Thanksgiving",
  "Happy Hanukkah",
  "Happy Easter",
]);

/** A hyphen and a number of at most three digits that ends the word ("-19", not "-1984" or "-2.5"). */
const NUMBER_ON_ACRONYM = /^-\d{1,3}(?![\p{L}\p{N}]|[.,]\d)/u;
/**
 * "COVID-19", "AR-15": the tagger's tokens end an acronym before a hyphen and the number written onto it, which
 * belong to the name. A lone letter before a number ("I-95", "F-35") is no ACRONYM: seldom tagged, seldom a name.
 */
export const extendAcronymOverNumber: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    if (m.form !== "name" || text.charCodeAt(m.end) !== 0x2d /* - */) return m;
    if (!ACRONYM.test(text.slice(m.start, m.end))) return m;
    const number = NUMBER_ON_ACRONYM.exec(text.slice(m.end, m.end + 8));
    if (!number) return m;
    const end = m.end + number[0].length;
    const next = mentions[i + 1];
    if (next && next.start < end) return m;
    return { ...m, end, rule: `${m.rule}+number` };
  });

/** "before the Christmas holiday", "a Merry Christmas": a holiday or a greeting is no entity. */
export const dropHolidays: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => m.form !== "name" || !HOLIDAYS.has(text.slice(m.start, m.end)));

/** Diseases the tagger reads as organisations ("AIDS", "COVID"): named things, but no body of people. */
const DISEASE_NAMES = new Set("aids hiv covid covid-19 sars mers ebola zika h1n1 coronavirus".split(" "));

/** "the Child Victims Act", "the Constitution", "AIDS" read as an organisation: a law, an era or a disease is none. */
export const lawsAndDiseasesAreNotOrganisations: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "organization" || m.form !== "name") return m;
    const words = wordsOf(text, m).map((w) => w.toLowerCase());
    const last = words.at(-1) ?? "";
    if (NOT_ORGANISATION_HEADS.has(last)) return { ...m, type: "misc" as const, rule: `${m.rule}+law-head` };
    return words.length === 1 && DISEASE_NAMES.has(last)
      ? { ...m, type: "misc" as const, rule: `${m.rule}+disease` }
      : m;
  });

/** "Roe v. Wade", "Citizens United vs. FEC": up to four capitalised words on each side of "v." or "vs.". */
const COURT_CASE =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3}\s+vs?\.\s+\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3}/gu;

/**
 * "Roe v. Wade" read as an organisation "Roe" and a person "Wade": a court case is one name, of neither. The parts'
 * mentions give way to one misc mention of the whole case.
 */
export const courtCasesAreOneName: MentionRefiner = (mentions, text, ranges) =>
  COURT_CASE_MARK.test(text)
    ? giveWayTo(mentions, namesMatching(text, ranges, COURT_CASE, "misc", "entities:court-case"))
    : [...mentions];

/**
 * The " v. " or " vs. " every court case name holds. Most articles have none, and testing for it costs far less
 * than COURT_CASE, which tries its capitalised words at every capital letter of the text.
 */
const COURT_CASE_MARK = /\svs?\.\s/;

/**
 * Mentions of the given type over the readable matches of a pattern of known names (a match's final full stop or
 * comma is punctuation, not part of the name).
 */
function namesMatching(
  text: string,
  ranges: readonly Span[],
  pattern: RegExp,
  type: Mention["type"],
  rule: string,
): Mention[] {
  return mentionsOf(
    execAll(pattern, text).map((m) => ({ index: m.index, text: m[0] })),
    ranges,
    type,
    rule,
  );
}

/** Mentions of the given type over the readable ones of `matches` (in text order). */
function mentionsOf(
  matches: readonly { readonly index: number; readonly text: string }[],
  ranges: readonly Span[],
  type: Mention["type"],
  rule: string,
): Mention[] {
  const found: Mention[] = [];
  for (const m of matches) {
    const span = { start: m.index, end: m.index + m.text.replace(/[.,]+$/, "").length };
    if (insideAny(ranges, span)) found.push({ ...span, type, form: "name", rule, score: 1 });
  }
  return found;
}

const LETTER = /^\p{L}$/u;

/** Whether code point `cp` (-1: none) is a letter, with ASCII answered without the Unicode pattern. */
function isLetterCode(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}

/**
 * The matches of `(?<![\p{L}#@])(?:name1|name2|…)(?![\p{L}])` (flags gu) over the whole text, found by a substring
 * search per name instead of trying the alternation at every position: at each position the first listed name
 * that fits wins, and the scan goes on after it, as the pattern's would. Most articles name none of the names.
 */
export function listedNameMatches(text: string, names: readonly string[]): { index: number; text: string }[] {
  const found: { index: number; rank: number }[] = [];
  names.forEach((name, rank) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = codePointBefore(text, at);
      if (isLetterCode(before) || before === 35 || before === 64) continue;
      const end = at + name.length;
      if (end < text.length && isLetterCode(text.codePointAt(end) ?? -1)) continue;
      found.push({ index: at, rank });
    }
  });
  found.sort((a, b) => a.index - b.index || a.rank - b.rank);
  const out: { index: number; text: string }[] = [];
  let next = 0;
  for (const f of found) {
    if (f.index < next) continue;
    const name = names[f.rank] ?? "";
    out.push({ index: f.index, text: name });
    next = f.index + name.length;
  }
  return out;
}

/**
 * The known names replace the mentions they overlap; a longer mention that holds one whole ("Facebook Messenger" over
 * "Facebook") stays instead, when `keepLonger`.
 */
function giveWayTo(mentions: readonly Mention[], found: readonly Mention[], keepLonger = false): Mention[] {
  if (found.length === 0) return [...mentions];
  const holds = (m: Mention, f: Mention) => m.start <= f.start && f.end <= m.end && m.end - m.start > f.end - f.start;
  const kept = mentions.filter((m) =>
    found.every((f) => f.end <= m.start || m.end <= f.start || (keepLonger && holds(m, f))),
  );
  const added = found.filter((f) => !kept.some((m) => m.start <= f.start && f.end <= m.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** A long abstract noun ("Enforcement", "Prevention", "Security"): the last word of a body's name, never a surname. */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{4,}(?:ment|tion|sion|ity|ness|ance|ence)$/u;

/** "[Immigration and] Customs Enforcement" read as a person: a name ending in an abstract noun names a body. */
export const abstractNamesAreNotPeople: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "person" || m.form !== "name" || m.rule.startsWith("entities:byline")) return m;
    const words = wordsOf(text, m);
    return words.length > 1 && ABSTRACT_NOUN.test(words.at(-1) ?? "")
      ? { ...m, type: "organization" as const, rule: `${m.rule}+abstract-head` }
      : m;
  });

/** Nouns a politician's surname modifies: "the Romney campaign", "the Obama and Romney campaigns". */
const PERSONAL_HEAD_AFTER = /^(?:['’]s)?\s+(?:campaigns?|administration|presidency)\b/;
/** Words that modify "campaign" without naming its owner: parties, chambers, causes. */
const NOT_CAMPAIGN_OWNERS = new Set(
  "Democratic Republican Senate House Congressional Presidential Brexit Leave Remain Primary General Reelection Election Labour Conservative Tory Liberal Green".split(
    " ",
  ),
);

/**
 * "the Romney campaign" read as an organisation "Romney": a capitalised word (not an acronym, not a known place)
 * before "campaign", "administration" or "presidency" (not a party, a chamber, a cause or a demonym) is the surname of the person they belong to.
 */
export const campaignOwnersArePeople: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if ((m.type !== "organization" && m.type !== "misc") || m.form !== "name") return m;
    const name = text.slice(m.start, m.end);
    if (
      !/^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?$/u.test(name) ||
      NOT_CAMPAIGN_OWNERS.has(name) ||
      isDemonym(name) ||
      isMajorPlaceName(name)
    )
      return m;
    // "the Obama and Romney campaigns": the head may follow a second surname joined by "and".
    const after = text.slice(m.end, m.end + 40).replace(/^\s+and\s+\p{Lu}\p{Ll}+(?=\s)/u, "");
    return PERSONAL_HEAD_AFTER.test(after) ? { ...m, type: "person" as const, rule: `${m.rule}+campaign-owner` } : m;
  });

/**
 * Movements, groups and online platforms that news names without an organisation's head noun, so the tagger reads
 * them as places or people, or cuts them short ("Black Lives" + "Matter", "Snapchat" a place). Names that are also
 * common places or words (Amazon, Apple) are left to the tagger.
 */
const WELL_KNOWN_ORGANISATIONS = [
  "Black Lives Matter",
  "Antifa",
  "QAnon",
  "Occupy Wall Street",
  "MeToo",
  "Me Too",
  "Extinction Rebellion",
  "Mother Jones",
  "Snapchat",
  "Instagram",
  "WhatsApp",
  "TikTok",
  "YouTube",
  "Facebook",
  "Twitter",
  "Reddit",
  "Netflix",
  "LinkedIn",
  "Spotify",
  "Airbnb",
  // Bodies news names bare, which the tagger reads as a misc word or misses where a sentence opens with them.
  "Congress",
  "Taliban",
  "Hamas",
  "Hezbollah",
  "Boko Haram",
  "Islamic State",
  // Pollsters news names bare ("a Gallup poll", "Gallup finds"), which the tagger reads as a misc word or a place.
  "Gallup",
  "Rasmussen Reports",
  "YouGov",
];

/**
 * Slogans, programmes, weapons, shows and religious groups, which the tagger reads as people ("Make America Great
 * Again" hats, MSNBC's "Morning Joe", "Sunni tribal leaders") or organisations ("Obamacare", "AR-15"): named things,
 * but neither people, places nor bodies.
 */
const NAMED_THINGS = [
  // Programmes and laws named by a nickname or an acronym, which the tagger splits between misc and organisation.
  "Obamacare",
  "ObamaCare",
  "DACA",
  // Weapon and aircraft designations, which the tagger reads as organisations ("an AR-15-style rifle").
  "AR-15s",
  "AR-15",
  "AK-47s",
  "AK-47",
  "F-35s",
  "F-35",
  "F-16s",
  "F-16",
  "F-22",
  "B-52",
  "Make America Great Again",
  "America First",
  "Green New Deal",
  "New Deal",
  "Morning Joe",
  "Meet the Press",
  "Face the Nation",
  "Fox & Friends",
  "Fox and Friends",
  "Good Morning America",
  "Sunni",
  "Sunnis",
  "Shiite",
  "Shiites",
  "Shia",
  "Muslims",
  "Christians",
  "Evangelicals",
  "Catholics",
  "Jews",
];

/** The rule of namedThingsAreMisc's mentions, which later refiners leave misc. */
const NAMED_THING_RULE = "entities:named-thing";

/** A slogan, a show or a group: one misc mention in place of whatever the tagger made of its words. */
export const namedThingsAreMisc: MentionRefiner = (mentions, text, ranges) =>
  giveWayTo(mentions, mentionsOf(listedNameMatches(text, NAMED_THINGS), ranges, "misc", NAMED_THING_RULE));

/** Awards named by one word, which is also a first name ("Oscar", "Emmy", "Tony"). */
const AWARD_NAMES = new Set(["Oscar", "Emmy", "Grammy", "Tony", "Golden Globe", "Pulitzer", "Nobel", "Peabody"]);
/** Words after an award's name that make it the award ("an Emmy nomination", "Oscar-winning"). */
const AWARD_AFTER =
  /^[-\s](?:awards?|winning|winners?|wins?|nominated|nominations?|nominees?|nods?|contenders?|hopefuls?|host|hosts|hosting|statuettes?|ceremony|telecast|show|night|sunday|party|producers?|organizers?|voters|season|campaign|prize|race|buzz)\b/i;
/** What comes before it: an article, a number or a winning verb ("won an Oscar", "two Emmys"). */
const AWARD_BEFORE = /\b(?:an|won|win|wins|winning|two|three|four|five|six|seven|\d+)\s+$/i;
/**
 * A name before one of these nouns lends it its name ("the Richter scale", "Molotov cocktails", "a Ponzi scheme",
 * "his Achilles tendon"): the phrase names a thing, not its namesake.
 */
const EPONYM_NOUN_AFTER = /^\s+(?:scales?|cocktails?|schemes?|tendons?|heel|salads?|maneuver|manoeuvre)\b/;

/**
 * "earned an Emmy nomination", "won an Oscar": an award that bears a first name is a named thing (misc), not a
 * person; "his son Oscar" stays a person. "5.6 on the Richter scale", "Molotov cocktails": a thing named after
 * someone is no entity.
 */
export const awardsAndEponymsAreNotPeople: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (m.form !== "name") return [m];
    const after = text.slice(m.end, m.end + 16);
    if (EPONYM_NOUN_AFTER.test(after)) return [];
    if (!AWARD_NAMES.has(text.slice(m.start, m.end))) return [m];
    const award = AWARD_AFTER.test(after) || AWARD_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start));
    return [award ? { ...m, type: "misc" as const, rule: NAMED_THING_RULE } : m];
  });

/**
 * A well-known organisation's name is one organisation mention, whatever the tagger made of its words; not where it
 * names a town before its state ("in Gallup, N.M.,").
 */
export const wellKnownOrganisations: MentionRefiner = (mentions, text, ranges) =>
  giveWayTo(
    mentions,
    mentionsOf(
      listedNameMatches(text, WELL_KNOWN_ORGANISATIONS).filter((n) => !townBeforeItsPlace(n, mentions, text)),
      ranges,
      "organization",
      "entities:well-known-organisation",
    ),
    true,
  );

/**
 * True when the name stands where a town would, after "in", "at", "near", "from", "of" or "outside", with a comma and
 * a place after it that ends a clause or a list item ("the mayor of Gallup, N.M., said"). A list ("Hamas, Hezbollah,
 * Syria and Iran") or a clause ("On Twitter, Iran's president") has a place after a comma too.
 */
function townBeforeItsPlace(
  name: { index: number; text: string },
  mentions: readonly Mention[],
  text: string,
): boolean {
  if (!/\b(?:in|at|near|from|of|outside)[ \t]+$/.test(text.slice(Math.max(0, name.index - 8), name.index)))
    return false;
  const end = name.index + name.text.length;
  const comma = /^,[ \t]+/.exec(text.slice(end, end + 4));
  if (comma === null) return false;
  const place = mentions.find((m) => m.type === "place" && m.start === end + comma[0].length);
  return place !== undefined && /^[,.;:]/.test(text.slice(place.end, place.end + 1));
}

/** Initials of a district written after a city's name and a comma: ", D.C.". */
const DISTRICT_INITIALS_AFTER = /^,[ \t]+\p{Lu}\.\p{Lu}\./u;

/**
 * "American University in Washington, D.C.": the city and its district's initials are one place name the gazetteer
 * knows whole (a capital, where "Washington" alone is also a state); the place runs over the initials.
 */
export const placeOverDistrictInitials: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    if (m.type !== "place" || m.form !== "name") return m;
    const d = DISTRICT_INITIALS_AFTER.exec(text.slice(m.end, m.end + 8));
    if (!d) return m;
    const end = m.end + d[0].length;
    const next = mentions[i + 1];
    if ((next !== undefined && next.start < end) || lookupPlace(text.slice(m.start, end)).length === 0) return m;
    return { ...m, end, rule: `${m.rule}+district` };
  });

/**
 * "the Democratic Republic of Congo" read as "Democratic" and "Republic of Congo", "Central African" and "Republic":
 * two names one space apart that the gazetteer knows together as a country are that country.
 */
export const joinSplitCountryNames: MentionRefiner = (mentions, text) => {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const next = mentions[i + 1];
    if (
      next !== undefined &&
      m.form === "name" &&
      next.form === "name" &&
      next.start === m.end + 1 &&
      text[m.end] === " " &&
      lookupPlace(text.slice(m.start, next.end)).some((p) => p.featureCode.startsWith("PCL"))
    ) {
      out.push({ ...m, end: next.end, type: "place", rule: `${m.rule}+country` });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
};

/** An ordinal right before a name ("4th ", "116th ", "Third "), with nothing but a space after it. */
const ORDINAL_BEFORE =
  /(?<![\p{L}\p{N}.,])(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)[ \t]+$/u;

/** Bodies that are numbered: courts and circuits, congresses, districts, military units, police precincts. */
const NUMBERED_BODY_HEADS = new Set(
  "Court Circuit Congress District Division Brigade Battalion Regiment Fleet Army Corps Infantry Airborne Cavalry Squadron Wing Precinct Ward Parliament Assembly Legislature Police".split(
    " ",
  ),
);

/**
 * "California's 4th District Court of Appeal", "the 9th Circuit Court of Appeals", "the 116th Congress", "the 82nd
 * Airborne Division": a numbered court, circuit, congress or unit is named with its ordinal, which the tagger and the
 * head-noun rule leave out ("District Court of Appeal" is any of six courts). An organisation with the head of a
 * numbered body (a court, a congress, a division) right after an ordinal starts at it; "the 28th NATO summit" and
 * "38th St" are left alone.
 */
export const ordinalOpensBody: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    if (m.type !== "organization" || m.form !== "name") return m;
    const o = ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.start - 14), m.start));
    if (
      !o ||
      !text
        .slice(m.start, m.end)
        .split(/\s+/)
        .some((w) => NUMBERED_BODY_HEADS.has(w))
    )
      return m;
    const start = m.start - o[0].length;
    const prev = mentions[i - 1];
    if (prev !== undefined && prev.end > start) return m;
    return { ...m, start, rule: `${m.rule}+ordinal` };
  });

/** The Sun's planets and larger moons, which share their names with towns, gods and companies. */
const SOLAR_SYSTEM_BODIES = new Set(
  "Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto Ceres Europa Ganymede Callisto Io Titan Enceladus Triton Charon Phobos Deimos Titania Oberon Rhea Iapetus Dione Tethys Mimas Miranda".split(
    " ",
  ),
);

/** Words of astronomy and spaceflight: the text is about space when it uses two of them. */
const SPACE_WORDS =
  /\b(?:planets?|planetary|moons?|orbit(?:s|ed|ing|er)?|spacecraft|probes?|telescopes?|astronom\w*|astrobiolog\w*|solar system|flyby|flybys|NASA|ESA|rovers?)\b/g;

/**
 * "Jupiter's moon Europa", "Saturn's icy moon Enceladus": in a text about space, the name of a planet or a moon is
 * a named thing, not the Florida town of Jupiter or a place with no coordinates. A text that uses fewer than two
 * words of astronomy leaves the names alone (the town of Mars, Pennsylvania; the Titan company).
 */
export const celestialBodiesAreNotPlaces: MentionRefiner = (mentions, text) => {
  const names = mentions.filter(
    (m) => m.form === "name" && m.type !== "misc" && SOLAR_SYSTEM_BODIES.has(text.slice(m.start, m.end)),
  );
  if (names.length === 0) return [...mentions];
  const spaceWords = new Set((text.match(SPACE_WORDS) ?? []).map((w) => w.toLowerCase().replace(/s$/, "")));
  if (spaceWords.size < 2) return [...mentions];
  return mentions.map((m) =>
    names.includes(m) ? { ...m, type: "misc" as const, rule: `${m.rule}+celestial-body` } : m,
  );
};

/** A run of two or three capitalised words (with "&" between them): where a listed company's name may stand. */
const CAPITALISED_RUN = new RegExp(
  String.raw`${AT_CAPITAL}(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’-]*){1,2}(?![\p{L}\p{N}])`,
  "gu",
);

/** Listed organisation rows that name no organisation where news writes them: a person, an empire, a cathedral. */
const LISTED_NOT_ORGANISATIONS = new Set(["coco chanel", "roman empire", "notre dame", "medicare", "medicaid"]);

/** Whether a phrase (two or more words, or one word) is an organisation the NER gazetteer lists and news means so. */
const isListedCompany = (phrase: string): boolean =>
  isListedOrganisation(phrase) && !LISTED_NOT_ORGANISATIONS.has(phrase.toLowerCase()) && !/^the\s/i.test(phrase);

/**
 * "Home Depot reported weaker sales", "Airbus and Boeing": a company the NER gazetteer lists, written capitalised,
 * is one organisation mention, though the tagger missed it at a sentence's start ("Home" a town for the gazetteer)
 * or read a one-word name as a misc product. Names of several words replace what overlaps them (a longer mention
 * holding one whole stays); a one-word name only turns a misc mention into an organisation.
 */
export const listedCompaniesAreOrganisations: MentionRefiner = (mentions, text, ranges) => {
  const found: Mention[] = [];
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    for (const run of execAll(CAPITALISED_RUN, slice)) {
      const at = range.start + (run.index ?? 0);
      const words = execAll(/\S+/g, run[0]).map((w) => ({ text: w[0], start: at + (w.index ?? 0) }));
      // The longest listed stretch of the run's words, if any ("Home Depot" in "Home Depot Inc").
      let best: { from: number; to: number } | undefined;
      for (let from = 0; from < words.length && !best; from++)
        for (let to = words.length; to - from >= 2 && !best; to--) {
          const phrase = words.slice(from, to).map((w) => w.text);
          if (phrase.at(-1) !== "&" && isListedCompany(phrase.join(" "))) best = { from, to };
        }
      const first = best && words[best.from];
      const last = best && words[best.to - 1];
      if (!first || !last) continue;
      const span = { start: first.start, end: last.start + last.text.length };
      found.push({ ...span, type: "organization", form: "name", rule: "entities:listed-company", score: 1 });
    }
  }
  const retyped = mentions.map((m) =>
    m.type === "misc" &&
    m.form === "name" &&
    ONE_CAPITALISED_WORD.test(text.slice(m.start, m.end)) &&
    isListedCompany(text.slice(m.start, m.end))
      ? { ...m, type: "organization" as const, rule: `${m.rule}+listed-company` }
      : m,
  );
  return giveWayTo(retyped, found, true);
};

/**
 * "Braunau am Inn", "Newcastle upon Tyne", "Frankfurt an der Oder": two places the tagger found either side of a
 * particle that joins a town's name to its river are one place when the gazetteer knows the whole name.
 */
export const joinPlaceOverParticle: MentionRefiner = (mentions, text) => {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const next = mentions[i + 1];
    if (
      m.type === "place" &&
      next?.type === "place" &&
      m.form === "name" &&
      next.form === "name" &&
      /^[ \t]+(?:am|an der|an|upon|on|ob der|im|bei|sur|on the)[ \t]+$/.test(text.slice(m.end, next.start)) &&
      lookupPlace(text.slice(m.start, next.end)).length > 0
    ) {
      out.push({ ...m, end: next.end, rule: `${m.rule}+particle` });
      i++;
      continue;
    }
    // The river's name may be no mention of its own: "Braunau am Inn".
    const tail =
      m.type === "place" && m.form === "name" ? RIVER_AFTER_PARTICLE.exec(text.slice(m.end, m.end + 40)) : null;
    if (
      tail &&
      !(next && next.start < m.end + tail[0].length) &&
      lookupPlace(text.slice(m.start, m.end + tail[0].length)).length > 0
    ) {
      out.push({ ...m, end: m.end + tail[0].length, rule: `${m.rule}+particle` });
      continue;
    }
    out.push(m);
  }
  return out;
};

/** A particle and one capitalised word after a town's name: " am Inn", " upon Tyne". */
const RIVER_AFTER_PARTICLE = /^[ \t]+(?:am|an der|an|upon|ob der|im|bei|sur)[ \t]+\p{Lu}[\p{L}'’-]*/u;

/** Compass words that open a region's name: "West Bank", "North Caucasus". */
const COMPASS_OPENER = /^(?:West|East|North|South|Western|Eastern|Northern|Southern)\s/;

/**
 * "the West Bank" read as an organisation for its head noun ("Bank"): a name that opens with a compass word and
 * that the gazetteer knows as a region or a country is a place.
 */
export const compassRegionsArePlaces: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "organization" || m.form !== "name") return m;
    const name = text.slice(m.start, m.end);
    if (!COMPASS_OPENER.test(name)) return m;
    const senses = lookupPlace(name).filter((p) => p.name.toLowerCase() === name.toLowerCase());
    return senses.some((p) => /^(?:RGN|PCL|ADM1|TERR)/.test(p.featureCode))
      ? { ...m, type: "place" as const, rule: `${m.rule}+compass-region` }
      : m;
  });

/** Last words of the names of natural features and works the tagger reads as bodies: "Tigris River", "Mosul Dam". */
const FEATURE_HEADS = new Set(
  "river lake dam canal bay strait mountains valley desert peninsula gulf sea island islands coast basin delta highlands plateau lagoon canyon creek archipelago".split(
    " ",
  ),
);

/** "the Tigris River", "the Mosul Dam" read as an organisation: a river or a dam is a place. */
export const featureNamesArePlaces: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "organization" || m.form !== "name") return m;
    const words = wordsOf(text, m);
    return words.length > 1 && FEATURE_HEADS.has((words.at(-1) ?? "").toLowerCase())
      ? { ...m, type: "place" as const, rule: `${m.rule}+feature-head` }
      : m;
  });

/**
 * Last words of the names of buildings and grounds: places ("Dodger Stadium", "San Quentin State Prison") and
 * institutions housed in a building ("Dolby Theatre"). No person's name ends in one. (Streets and squares are
 * PLACE_HEADS, which eventNamesAreNotPeople reads.)
 */
const FACILITY_PLACE_HEADS = new Set(
  "stadium arena ballpark prison penitentiary jail airport station bridge tower highway".split(" "),
);
const FACILITY_BODY_HEADS = new Set("theatre theater hospital museum library cathedral mosque synagogue".split(" "));
/** A first word that opens a place's name and that the tagger leaves behind: "San" of "San Quentin State Prison". */
const PLACE_NAME_OPENERS = new Set(["San", "Santa", "Santo", "Saint", "St.", "Fort", "Mount"]);

/**
 * "Dodger Stadium", "Dolby Theatre" read as a person: a name that ends in a building's or a ground's word is that
 * place or the body it houses, unless the word is a surname after a first name ("John Tower"). A place-name opener
 * the tagger left as a mention of its own right before it joins it ("San" + "Quentin State Prison").
 */
export const facilitiesAreNotPeople: MentionRefiner = (mentions, text) => {
  const out: Mention[] = [];
  for (const m of mentions) {
    const words = m.type === "person" && m.form === "name" ? wordsOf(text, m) : [];
    const last = (words.at(-1) ?? "").toLowerCase();
    const type = FACILITY_PLACE_HEADS.has(last) ? "place" : FACILITY_BODY_HEADS.has(last) ? "organization" : undefined;
    // "John Tower", "Picabo Street": after a first name, the word is a surname.
    if (type === undefined || words.length < 2 || (words.length === 2 && isFirstName(words[0] as string))) {
      out.push(m);
      continue;
    }
    const before = out.at(-1);
    const opener =
      before !== undefined &&
      PLACE_NAME_OPENERS.has(text.slice(before.start, before.end)) &&
      text.slice(before.end, m.start) === " ";
    if (opener) out.pop();
    out.push({ ...m, start: opener ? (before as Mention).start : m.start, type, rule: `${m.rule}+facility-head` });
  }
  return out;
};

/** Generic words for a natural feature or a place that open longer names with "of": "Bay of …", "Gulf of …". */
const FEATURE_OPENERS = new Set(
  "bay gulf lake sea strait straits cape isle island islands mount port river sound".split(" "),
);
/** " of Lions", " of the Grey Hills": the capitalised words (up to three) after "of" that finish such a name. */
const OF_NAME_AFTER = /^[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}/u;

/**
 * "Bay" tagged alone in "the Bay of Lions": a generic feature word is never a name by itself when a capitalised "of"
 * phrase follows it; the mention runs on over the phrase (and any mention inside it gives way), so the geocoder
 * looks up the whole name instead of the first region it finds called "Bay".
 */
export const featureWordOpensOfName: MentionRefiner = (mentions, text) => {
  const extended: Mention[] = [];
  const out = mentions.map((m) => {
    if (m.form !== "name" || !FEATURE_OPENERS.has(text.slice(m.start, m.end).toLowerCase())) return m;
    const tail = OF_NAME_AFTER.exec(text.slice(m.end, m.end + 60));
    if (!tail) return m;
    const whole = { ...m, end: m.end + tail[0].length, type: "place" as const, rule: `${m.rule}+of-name` };
    extended.push(whole);
    return whole;
  });
  return withExtendedKept(out, extended);
};

/** One or two capitalised words and "of" right before a mention, on its line: "District of ", "Kingdom of ". */
const CAPITALISED_OF_BEFORE = new RegExp(
  String.raw`${AT_CAPITAL}(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+of[ \t]+$`,
  "u",
);

/**
 * "the District of Columbia", "the Kingdom of Saudi Arabia": the tagger finds only the name after "of" ("Columbia",
 * which the gazetteer then places in some town). When the capitalised words and "of" before it make a name the
 * gazetteer knows as a whole, the mention runs over them and is that place ("Bank of America", "Prince of Wales"
 * are no gazetteer names and stay as they are).
 */
export const placeNamedWithOf: MentionRefiner = (mentions, text) => {
  const extended: Mention[] = [];
  const out = mentions.map((m) => {
    if (m.form !== "name" || m.type === "person") return m;
    const before = CAPITALISED_OF_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (!before) return m;
    const start = m.start - before[0].length;
    if (lookupPlace(text.slice(start, m.end)).length === 0) return m;
    const whole = { ...m, start, type: "place" as const, rule: `${m.rule}+named-with-of` };
    extended.push(whole);
    return whole;
  });
  return withExtendedKept(out, extended);
};

/** An apposition that says what kind of place the name before it is: ", an area about 12 miles southwest of …". */
const PLACE_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:(?:small|remote|tiny|large|major|rural|coastal|border|northern|southern|eastern|western|mountain|farming|fishing|mining|industrial|residential|predominantly|mostly|largely)\s+){0,2}(?:area|town|city|village|district|suburb|neighbou?rhood|region|province|county|island|port|enclave|settlement|hamlet|township|municipality)(?:\s*[,.;:)]|\s+(?:of|in|on|near|outside|about|some|just|north|south|east|west|northeast|northwest|southeast|southwest|where|that|which|with|along|between)\b)/i;

/** "took over Maktab Khalid, an area about 12 miles southwest of Kirkuk": the apposition makes the name a place. */
export const placesByApposition: MentionRefiner = (mentions, text) =>
  mentions.map((m) =>
    m.type !== "place" && m.form === "name" && PLACE_APPOSITION.test(text.slice(m.end, m.end + 80))
      ? { ...m, type: "place" as const, rule: `${m.rule}+place-apposition` }
      : m,
  );

/**
 * Nouns for a business or another body, heading an apposition that says what the name before it is. Not nouns a
 * person is called as often ("publisher", "developer", "giant", "operator": "X, a conservative Web publisher").
 */
const BODY_NOUNS =
  "company|retailer|employer|firm|bank|lender|insurer|manufacturer|carrier|airline|chain|conglomerate|startup|start-up|subsidiary|arm|unit|division|charity|nonprofit|non-profit|automaker|carmaker|drugmaker|chipmaker|brokerage";

/**
 * ", the country's largest retailer", ", a unit of …": the body noun ends the apposition or takes a preposition or a
 * relative after it ("a firm believer" is no firm). The words between are modifiers only: no preposition ("the head
 * of the company" is a person) and no role noun.
 */
const BODY_APPOSITION = new RegExp(
  String.raw`^,\s+(?:a|an|the|its|their)\s+((?:[\p{L}\d.'’&-]+\s+){0,4}?)(?:${BODY_NOUNS})(?=\s*[,.;:)—–]|\s+(?:of|that|which|whose|based|in|with|for|and)\b)`,
  "u",
);
const NOT_MODIFIER = /^(?:of|for|at|in|with|on|by|from|to|and|or)$/i;

/** Mentions the apposition rule may retype: the tagger's, and the copies of its names over the text. */
const RETYPABLE_RULE = /^entities:(?:ner|name-propagation)/;

/**
 * "Velmora, the region's largest retailer, said" or "Halden Tech, a subsidiary of …" tagged a person, a place or a
 * miscellaneous name: an apposition that says the name is a company makes it an organisation, and the same name is
 * that company wherever else the text writes it. (It runs after the names are copied over the text.)
 */
export const organisationsByApposition: MentionRefiner = (mentions, text) => {
  const companies = new Set<string>();
  for (const m of mentions) {
    if (m.type === "organization" || m.form !== "name" || !RETYPABLE_RULE.test(m.rule)) continue;
    const a = BODY_APPOSITION.exec(text.slice(m.end, m.end + 90));
    if (!a) continue;
    const modifiers = (a[1] ?? "").trim().split(/\s+/).filter(Boolean);
    if (modifiers.some((w) => NOT_MODIFIER.test(w) || ROLE_NOUNS.has(w.toLowerCase()))) continue;
    companies.add(text.slice(m.start, m.end));
  }
  if (companies.size === 0) return [...mentions];
  return mentions.map((m) =>
    m.type !== "organization" &&
    m.form === "name" &&
    RETYPABLE_RULE.test(m.rule) &&
    companies.has(text.slice(m.start, m.end))
      ? { ...m, type: "organization" as const, rule: `${m.rule}+body-apposition` }
      : m,
  );
};

/** What follows a publication's name: its staff and its pieces ("a New Yorker writer", "a recent New Yorker piece"). */
const PUBLICATION_NOUN_AFTER =
  /^[ \t]+(?:writers?|editors?|reporters?|columnists?|correspondents?|pieces?|articles?|story|stories|essays?|profiles?|covers?|magazine|staff)\b/u;

/**
 * A lower-case word after the name that is no verb, function word or adverb a publication takes ("the New Yorker
 * reported", "the New Yorker bluntly called"): the name is an adjective before its noun ("the South Korean
 * delegation"). A word ending in "s" may be either ("reports", "officials") and proves nothing.
 */
const ADJECTIVE_BEFORE_NOUN =
  /^[ \t]+(?!(?:said|wrote|found|has|had|is|was|and|or|in|on|at|of|that|which|who|to|for|with|by|magazine|first|last)\b)\p{Ll}+(?<!ed|ly|s)\b/u;

/** A two-word demonym: "South Carolinian", "New Yorker". */
const TWO_WORD_DEMONYM = /^\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}+$/u;

/**
 * "Iraqi" tagged as an organisation, "South Carolinian" as a place: a demonym stands for its country or state, as the
 * demonym rule reads it. Not a person's mention: "Mr. English" is a surname. A two-word one the tagger read as an
 * organisation before its staff or its pieces, or in the singular after "the" with no noun after it, is a
 * publication's name ("writes for the New Yorker", "a New Yorker writer"; not "the South Korean delegation", "the
 * North Koreans"); a region's adjective the tagger
 * read as a place is the region's name ("the Atlantic", "the Caribbean").
 */
export const demonymsAreDemonyms: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.form !== "name" || m.type === "person") return m;
    const name = text.slice(m.start, m.end);
    const oneWord = /^\p{Lu}\p{Ll}+$/u.test(name);
    const demonym =
      (oneWord || TWO_WORD_DEMONYM.test(name)) &&
      isDemonym(name) &&
      (m.type === "place"
        ? m.rule.startsWith("entities:ner") && countryOfDemonym(name) !== undefined
        : oneWord ||
          (!PUBLICATION_NOUN_AFTER.test(text.slice(m.end, m.end + 16)) &&
            (!/\b[Tt]he[ \t]+$/.test(text.slice(Math.max(0, m.start - 4), m.start)) ||
              name.endsWith("s") ||
              ADJECTIVE_BEFORE_NOUN.test(text.slice(m.end, m.end + 16)))));
    return demonym ? { ...m, type: "place" as const, form: "demonym" as const, rule: `${m.rule}+demonym` } : m;
  });

/** The rule suffix of a demonym that names a person ("the Texan said"): a description of that person. */
export const DEMONYM_NOUN_RULE = "+demonym-noun";

/**
 * Before a demonym used as a noun: a determiner, maybe a word or two that are no preposition, verb or pronoun ("a
 * proud", "the first black"; not "that of many", "the guests were").
 */
const DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|[Ee]very|[Ee]ach|[Aa]nother|[Ff]ellow|[Tt]his|[Tt]hat|[Oo]ne)[ \t]+(?:(?!(?:of|to|in|for|and|or|with|by|on|at|from|as|is|are|was|were|be|been|that|which|who|than|into)[ \t])[\p{Ll}\d-]+[ \t]+){0,2}$/u;
/** A capital "The" inside a sentence opens a title ("wrote in The New Yorker."), not a noun phrase. */
const TITLE_THE_BEFORE = /[\p{Ll},][ \t]+The[ \t]+$/u;
/**
 * After a demonym used as a noun: a possessive, the clause's end, a relative pronoun, a verb of saying or being,
 * "and" before another person ("a Texan and a Californian"). Not a noun, nor a dash, which more often joins two
 * adjectives ("Arab–Israeli") than it ends a clause.
 */
const NOUN_END_AFTER =
  /^(?:['’]s\b|[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:who|whom|whose|said|says|told|added|argued|wrote|noted|explained|tweeted|insisted|replied|responded|warned|claimed|announced|is|was|are|were|has|had|will|would|could|can|may|might|must|should|did|does|knows|knew|won|lost|became|remains|joined|himself|herself|and[ \t]+(?:a|an|the)[ \t])\b)/u;
/** Demonyms whose bare form names a people, not one person: "the French", "the Chinese", "the Swiss", "the Welsh". */
const COLLECTIVE_DEMONYM = /(?:s|ese|sh|ch)$/u;

/**
 * "the South Carolinian said", "a proud West Virginian", "Kenyan Ana Ruiz won": a singular
 * demonym used as a noun names a person, not the place: a determiner before it and no noun after it, or, with no
 * determiner, a person's full name right after it. It is a description of that person (the entities stage links it
 * to the person named right after it, or, after "the", to the person named last before it). Not a region's adjective
 * that is also its name ("the Arctic", "the Atlantic"), nor the second half of a compound ("African-American").
 */
export const demonymNounsArePeople: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    if (m.form !== "demonym") return m;
    const word = text.slice(m.start, m.end);
    if (COLLECTIVE_DEMONYM.test(word) || /[-‐‑–—]$/u.test(text.slice(m.start - 1, m.start))) return m;
    if (lookupPlace(word).length > 0) return m;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const determiner = DETERMINER_BEFORE.test(before);
    const next = mentions[i + 1];
    const beforeFullName =
      !determiner &&
      next?.type === "person" &&
      next.form === "name" &&
      /^[ \t]+$/.test(text.slice(m.end, next.start)) &&
      /\s/.test(text.slice(next.start, next.end));
    const noun =
      beforeFullName ||
      (determiner && !TITLE_THE_BEFORE.test(before) && NOUN_END_AFTER.test(text.slice(m.end, m.end + 16)));
    return noun
      ? { ...m, type: "person" as const, form: "description" as const, rule: `${m.rule}${DEMONYM_NOUN_RULE}` }
      : m;
  });

/** A courtesy title right before a name: "Mr Brooks", "Ms. Lee". */
const COURTESY_BEFORE = new RegExp(String.raw`\b${COURTESY_TITLE}\s+$`);

/**
 * "Rayshard Brooks death declared homicide" read as an organisation "Rayshard Brooks", while the article calls him
 * "Mr Brooks": a two- or three-word name that ends with the surname of someone the article gives a courtesy title is
 * that person, whatever the tagger made of it.
 */
export const courtesySurnamesArePeople: MentionRefiner = (mentions, text) => {
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.type === "person" && COURTESY_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)))
      surnames.add(wordsOf(text, m).at(-1) ?? "");
  if (surnames.size === 0) return [...mentions];
  return mentions.map((m) => {
    if (m.type === "person" || m.form !== "name") return m;
    const words = wordsOf(text, m);
    return words.length >= 2 &&
      words.length <= 3 &&
      surnames.has(words.at(-1) ?? "") &&
      words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_HEADS.has(w.toLowerCase()))
      ? { ...m, type: "person" as const, rule: `${m.rule}+courtesy-surname` }
      : m;
  });
};

/** "X and Y" inside one span: the two conjuncts and where the second starts. */
const TWO_CONJUNCTS = /^(.+?) and (.+)$/u;

/**
 * "Abkhazia and South Ossetia", "US and North Korea" read as one organisation: a span that coordinates two names,
 * one of them a place the gazetteer knows (and the whole a name it does not, unlike "Trinidad and Tobago"), is two
 * places, unless a side has an organisation's head noun ("Blue and White Party").
 */
export const splitCoordinatedPlaces: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (m.form !== "name" || (m.type !== "organization" && m.type !== "place")) return [m];
    const name = text.slice(m.start, m.end);
    // TWO_CONJUNCTS needs " and ": most names have none, and the test costs less than the pattern's lazy scan.
    const parts = name.includes(" and ") ? TWO_CONJUNCTS.exec(name) : null;
    const [left, right] = [parts?.[1] ?? "", parts?.[2] ?? ""];
    if (!parts || lookupPlace(name).length > 0) return [m];
    const isName = (side: string) =>
      /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u.test(side) &&
      !side.split(" ").some((w) => ORG_HEADS.has(w.toLowerCase()));
    if (!isName(left) || !isName(right) || !(isMajorPlaceName(left) || isMajorPlaceName(right))) return [m];
    const rule = `${m.rule}+split-coordination`;
    const second = m.end - right.length;
    return [
      { ...m, end: m.start + left.length, type: "place" as const, rule },
      { ...m, start: second, type: "place" as const, rule },
    ];
  });

/** Two one-word plurals joined by "and": "Nationals and Orioles". */
const TWO_PLURALS = /^(\p{Lu}\p{Ll}+s) and (\p{Lu}\p{Ll}+s)$/u;

/**
 * "the Nationals and Orioles", "Steelers and Eagles" read as one organisation: teams and groups are named in the
 * plural, so two one-word plurals joined by "and" are two organisations. (A firm named for two people joins
 * singulars: "Barnes and Noble", "Procter and Gamble".)
 */
export const splitCoordinatedPlurals: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (m.form !== "name" || m.type !== "organization") return [m];
    const name = text.slice(m.start, m.end);
    const parts = name.includes(" and ") ? TWO_PLURALS.exec(name) : null;
    if (!parts) return [m];
    const rule = `${m.rule}+split-coordination`;
    return [
      { ...m, end: m.start + (parts[1] as string).length, rule },
      { ...m, start: m.end - (parts[2] as string).length, rule },
    ];
  });

/** An office "of" a department, right before a mention: "Deputy Secretary of the ", "Minister of ". */
const OFFICE_OF_BEFORE = new RegExp(String.raw`\b(?:${OFFICES_OF.join("|")})\s+(?:of|for)\s+(?:the\s+)?$`, "u");

/**
 * "Deputy Secretary of the Treasury Neal Wolin": the model reads the department and the name after it as one
 * organisation ("Treasury Neal Wolin"). After an office "of", a department word followed by two or more
 * capitalised words is the office's end and a person's name: the name is kept as a person, the department is left
 * to the title (the role rules read it).
 */
const SPLIT_OFFICE = "+split-office";

export const splitOfficeFromName: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (
      m.form !== "name" ||
      m.type === "person" ||
      !OFFICE_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))
    )
      return [m];
    const words = wordsOf(text, m);
    const k = departmentWordCount(words);
    if (k === 0 || words.length - k < 2) return [m];
    const rest = words.slice(k);
    if (!rest.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w))) return [m];
    const start = m.end - rest.join(" ").length;
    if (text.slice(start, m.end) !== rest.join(" ")) return [m];
    return [{ ...m, start, type: "person" as const, rule: `${m.rule}${SPLIT_OFFICE}` }];
  });

/** An office "of" a department inside a mention: "… Chief of Staff ", "Secretary of the ". */
const OFFICE_OF_INSIDE = new RegExp(String.raw`\b(?:${OFFICES_OF.join("|")})\s+(?:of|for)\s+(?:the\s+)?`, "u");

/**
 * "White House Chief of Staff Reince Priebus" read whole as a place or an organisation: an office "of" a known
 * department inside a mention, followed by two or more capitalised words, ends with a person's name. The name is
 * kept as a person (the office before it is left to the role rules, as splitOfficeFromName does when the tagger
 * leaves the office out of the mention).
 */
export const splitNameAfterOfficeInside: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.form !== "name" || m.type === "person") return m;
    const name = text.slice(m.start, m.end);
    const office = OFFICE_OF_INSIDE.exec(name);
    if (!office) return m;
    const rest = name.slice(office.index + office[0].length).split(" ");
    const k = departmentWordCount(rest);
    const person = rest.slice(k);
    if (k === 0 || person.length < 2 || !person.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w))) return m;
    const start = m.end - person.join(" ").length;
    if (text.slice(start, m.end) !== person.join(" ")) return m;
    return { ...m, start, type: "person" as const, rule: `${m.rule}${SPLIT_OFFICE}` };
  });

/** A position or title written in two to four capitals inside a mention: "DL", "QB", "CFO". */
const POSITION_INITIALS = /^\p{Lu}{2,4}$/u;
/** A capitalised word of a personal name. */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * "Rivertown DL Ola Berg", "Hawks DL Tomas Hale": the tagger reads a team or employer, a position's
 * initials and the player's name as one organisation. When a mention ends in initials, a listed first name and one
 * or two more capitalised words, those last words are a person; the words before the initials stay a mention of the
 * type the tagger gave ("Hawks"), and the initials are left to the role rules.
 */
const SPLIT_INITIALS = "+split-initials";

export const splitPersonAfterInitials: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (m.form !== "name" || m.type === "person") return [m];
    const words = wordsOf(text, m);
    const k = words.findIndex((w, i) => i < words.length - 2 && POSITION_INITIALS.test(w));
    if (k < 0) return [m];
    const person = words.slice(k + 1);
    if (
      person.length > 3 ||
      !isFirstName(person[0] ?? "") ||
      !person.every((w) => NAME_WORD.test(w)) ||
      ORG_HEADS.has((person.at(-1) ?? "").toLowerCase())
    )
      return [m];
    const name = person.join(" ");
    if (!text.slice(m.start, m.end).endsWith(name)) return [m];
    const split: Mention[] = [{ ...m, start: m.end - name.length, type: "person", rule: `${m.rule}${SPLIT_INITIALS}` }];
    if (k > 0) {
      const before = words.slice(0, k).join(" ");
      if (text.startsWith(before, m.start))
        split.unshift({ ...m, end: m.start + before.length, rule: `${m.rule}${SPLIT_INITIALS}` });
    }
    return split;
  });

/** Capitalised words right before an ampersand's fragment, on the same line ("Scott " of "Scott & White"). */
const CAPITALISED_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}$/u;
/** Capitalised words right after a fragment that ends in an ampersand ("Meagher &" + " Flom"). */
const CAPITALISED_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3}/u;

/**
 * "& White", "& Jerry", "Meagher &": the tagger cut a name at its ampersand. "X & Y" is a firm, a brand or an
 * institution ("Scott & White", "Ben & Jerry's", "Procter & Gamble"), so the fragment takes in the capitalised words
 * on the other side and becomes one organisation; a fragment with nothing capitalised there ("& me") is dropped.
 */
export const joinNamesAtAmpersand: MentionRefiner = (mentions, text) => {
  const joins = new Map<Mention, Mention | undefined>();
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    const leading = name.startsWith("& ");
    const trailing = name.endsWith(" &");
    if (m.form !== "name" || (!leading && !trailing)) continue;
    // "LIBYA & YEMEN", "Iraq & Iran": places joined by an ampersand are two places; the fragment keeps its own.
    if (leading && m.type === "place" && isMajorPlaceName(name.slice(2))) {
      joins.set(m, { ...m, start: m.start + 2 });
      continue;
    }
    // "Trump & me": a lower-case word after the ampersand names nobody.
    if (leading && !/^& \p{Lu}/u.test(name)) {
      joins.set(m, undefined);
      continue;
    }
    const before = leading ? CAPITALISED_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start)) : null;
    const after = trailing ? CAPITALISED_AFTER.exec(text.slice(m.end, m.end + 60)) : null;
    const start = before ? m.start - before[0].length : m.start;
    const end = after ? m.end + after[0].length : m.end;
    joins.set(
      m,
      (leading && !before) || (trailing && !after)
        ? undefined
        : { ...m, start, end, type: "organization", rule: `${m.rule}+ampersand` },
    );
  }
  if (joins.size === 0) return [...mentions];
  // The capitalised words taken in may have been a mention of their own ("Scott" + "& White"): it gives way.
  const taken = [...joins.entries()].flatMap(([m, j]) =>
    j && (j.start < m.start || j.end > m.end) ? [{ m, start: j.start, end: j.end }] : [],
  );
  return mentions.flatMap((m) => {
    if (joins.has(m)) {
      const j = joins.get(m);
      return j ? [j] : [];
    }
    return taken.some((t) => t.m !== m && t.start <= m.start && m.end <= t.end) ? [] : [m];
  });
};

/** Last words of public bodies' and institutions' names that hold an "and" ("… Committee", "… Administration"). */
const BODY_HEADS = new Set(
  "committee commission administration agency bureau department services service enforcement protection council program programme network league union staff project institute center centre foundation board office authority".split(
    " ",
  ),
);

/** Capitalised words and "and" right before a mention ("House Ways and " before "Means Committee"). */
const CAPITALISED_AND_BEFORE = /(?:(?!(?:The|A|An|His|Her|Its|Their|Our)\b)\p{Lu}[\p{L}'’-]*[ \t]+){1,3}and[ \t]+$/u;

/**
 * "Ways and | Means Committee", "Food and | Drug Administration": the tagger cut an organisation's name at an "and"
 * inside it. When the capitalised words before the "and" belong to no mention of their own (so "Ford and General
 * Motors" stays two), they are the name's first words.
 */
export const joinOrganisationOverAnd: MentionRefiner = (mentions, text) => {
  const absorbed = new Set<Mention>();
  const joined = mentions.map((m, i) => {
    // The tagger reads some of these halves as people or places ("Border Protection"): a name ending in a body's
    // head noun is a body whatever the tagger said (a place only when no gazetteer knows the name).
    if (m.form !== "name") return m;
    if (m.type !== "organization" && m.type !== "person" && m.type !== "place") return m;
    if (m.type === "place" && lookupPlace(text.slice(m.start, m.end)).length > 0) return m;
    // Only a public body's or an institution's name of two words or more ("Means Committee", "Drug Administration");
    // "Apple and Google", "Army and U.S. Navy" are two names the tagger found one of.
    const words = wordsOf(text, m);
    const first = words[0] ?? "";
    if (
      words.length < 2 ||
      !BODY_HEADS.has((words.at(-1) ?? "").toLowerCase()) ||
      /\.|^\p{Lu}+$/u.test(first) ||
      NOT_NAMES.has(first.toLowerCase())
    )
      return m;
    const before = CAPITALISED_AND_BEFORE.exec(text.slice(Math.max(0, m.start - 50), m.start));
    if (!before) return m;
    const start = m.start - before[0].length;
    const previous = mentions[i - 1];
    if (previous && previous.end > start) {
      // "Customs and | Border Protection", "Immigration and | Customs Enforcement": the first half read as a place
      // of one word that no gazetteer knows is the name's first word, not a place.
      const halfName = text.slice(previous.start, previous.end);
      if (
        previous.start < start ||
        previous.type === "organization" ||
        previous.type === "person" ||
        /\s/.test(halfName) ||
        lookupPlace(halfName).length > 0
      )
        return m;
      absorbed.add(previous);
    }
    return { ...m, start, type: "organization" as const, rule: `${m.rule}+and` };
  });
  return absorbed.size === 0 ? joined : joined.filter((m) => !absorbed.has(m));
};

/** An item of a list of areas inside a body's name: one to three capitalised words ("Urban Affairs"). */
const LIST_ITEM = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}`;
/**
 * A body's name that lists its areas, up to the head noun that ends it: "Senate Health, Education, Labor and
 * Pensions Committee", "Commerce, Science, and Transportation Committee", "Health, Education, Labor, and Pensions
 * (HELP) Committee". Anchored at the end of the text before a mention's end; at least one comma.
 */
const LISTED_AREAS_THEN_HEAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])${LIST_ITEM}(?:[ \t]+\p{Lu}[\p{L}'’-]*)?(?:,[ \t]+${LIST_ITEM})+,?[ \t]+and[ \t]+${LIST_ITEM}(?:[ \t]+\(\p{Lu}{2,8}\))?[ \t]+\p{Lu}\p{Ll}+$`,
  "u",
);
/** The rest of a list of areas after "of" + the first one: ", Tobacco, Firearms and Explosives", ", Ethics and Social
 * Policy". */
const LISTED_AREAS_AFTER =
  /^(?:,[ \t]+\p{Lu}[\p{L}'’-]*)+,?[ \t]+and[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?(?![\p{L}\p{N}])/u;
/** A name that ends with "of" and one word: "Bureau of Alcohol", "Department of Health". */
const OF_ONE_WORD_END = /[ \t](?:of|for|on)[ \t]+\p{Lu}[\p{L}'’-]*$/u;
/** Whether a capitalised word of the text is one that names nothing ("Tuesday", "The"). */
const namesNothingWithin = (phrase: string): boolean =>
  (phrase.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).some((w) => NOT_NAMES.has(w.toLowerCase()));
/** How far back a listed body's name may start before its head noun. */
const LISTED_NAME_LOOKBACK = 160;
const JOINED_LIST = "+listed-areas";

/**
 * "Senate Health, Education, Labor and Pensions Committee", "Bureau of Alcohol, Tobacco, Firearms and Explosives":
 * a body named by a list of its areas, which the tagger cuts at the commas ("Senate Health" | "Labor and Pensions
 * Committee"). Two forms: capitalised items joined by commas and a final "and" that end in the body's head noun
 * (the organisation mention ending there takes in the list), or a name ending "of" + one word that the list goes
 * on from. Never across a person's or a place's mention; the "of" form only where the tagger left at least one item
 * unmarked ("Department of Energy, Exxon and Chevron" names three organisations, each one a mention).
 */
export const joinListedAreaNames: MentionRefiner = (mentions, text) => {
  const joined: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== "organization" || m.form !== "name") continue;
    const last = /\p{L}+$/u.exec(text.slice(Math.max(m.start, m.end - 20), m.end))?.[0]?.toLowerCase() ?? "";
    if (BODY_HEADS.has(last) || last === "subcommittee") {
      const from = Math.max(0, m.end - LISTED_NAME_LOOKBACK, text.lastIndexOf("\n", m.end) + 1);
      const list = LISTED_AREAS_THEN_HEAD.exec(text.slice(from, m.end));
      if (!list) continue;
      let start = from + list.index;
      // "The Banking, Housing …": an opening function word is no part of the name.
      const opener = /^(\p{Lu}\p{Ll}*)[ \t]+/u.exec(list[0]);
      if (opener?.[1] && NOT_NAMES.has(opener[1].toLowerCase())) start += opener[0].length;
      // "On Tuesday, Health and Human Services Department": a day, a month or a function word is no area; "FVX
      // Research, KQM Aviation and PXW Services" lists companies (an acronym is a name of its own); "the Departments
      // of Labor, Health and Human Services" lists departments (the list is the complement of "of").
      const listed = text.slice(start, m.end);
      if (
        start < m.start &&
        !namesNothingWithin(listed) &&
        !/\b\p{Lu}{2,}\b/u.test(listed.replace(/\(\p{Lu}+\)/u, "")) &&
        !/\b(?:of|for)[ \t]+$/.test(text.slice(Math.max(0, start - 5), start))
      )
        joined.push({ ...m, start, rule: `${m.rule}${JOINED_LIST}` });
    } else if (OF_ONE_WORD_END.test(text.slice(Math.max(m.start, m.end - 40), m.end))) {
      const rest = LISTED_AREAS_AFTER.exec(text.slice(m.end, m.end + LISTED_NAME_LOOKBACK));
      if (!rest) continue;
      const end = m.end + rest[0].length;
      const inside = mentions.filter((o) => o !== m && o.start < end && o.end > m.end);
      const items = rest[0].match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
      if (inside.length >= items.length || namesNothingWithin(rest[0])) continue;
      joined.push({ ...m, end, rule: `${m.rule}${JOINED_LIST}` });
    }
  }
  if (joined.length === 0) return [...mentions];
  const kept = joined.filter((j) =>
    mentions.every(
      (o) => o.end <= j.start || o.start >= j.end || (o.type !== "person" && o.type !== "place") || o.form !== "name",
    ),
  );
  const overlapsKept = (o: Mention) => kept.some((j) => o.start < j.end && j.start < o.end);
  return [...mentions.filter((o) => !overlapsKept(o)), ...kept].sort((a, b) => a.start - b.start);
};

/** Abbreviations whose dot belongs to them even when long: "Corp.", "Bros.", "Assn.". */
const LONG_ABBREVIATIONS = new Set(["corp", "bros", "assn", "dept", "govt", "univ", "inst", "intl"]);

/**
 * "the Rayburn Room of the Capitol.", "Jerusalem.": a sentence's full stop the model took into a name ending in
 * a whole word is no part of it (initials, "U.S.", "Inc." and "Jr." keep theirs).
 */
export const dropSentenceFullStop: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.form !== "name" || text[m.end - 1] !== ".") return m;
    const last = /(\p{L}+)\.$/u.exec(text.slice(Math.max(m.start, m.end - 30), m.end))?.[1] ?? "";
    if (!/^\p{Lu}?\p{Ll}{3,}$/u.test(last) || LONG_ABBREVIATIONS.has(last.toLowerCase())) return m;
    return { ...m, end: m.end - 1 };
  });

/**
 * "NFL Insider Dana | La Rocca", "reporter Ann | Van Velde": the model cut one name in two at a surname that opens
 * with a capitalised particle or a word it rarely saw, and ran the first name into the title before it. Two person
 * mentions one space apart, the first ending in first names, are one name: the first names and the second mention
 * (a word before the first names, "Insider", is a title's, not the name's).
 */
const JOINED_SPLIT_NAME = "+joined-split-name";

export const joinSplitPersonName: MentionRefiner = (mentions, text) => {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as Mention;
    const b = mentions[i + 1];
    if (
      !b ||
      a.type !== "person" ||
      b.type !== "person" ||
      a.form !== "name" ||
      b.form !== "name" ||
      !/^[ \t]$/.test(text.slice(a.end, b.start)) ||
      wordsOf(text, b).length > 3
    ) {
      out.push(a);
      continue;
    }
    const words = wordsOf(text, a);
    // The first names: the longest run of listed first names that ends the first mention ("Mary Ann", "Jason").
    let k = words.length;
    while (k > 0 && isFirstName(words[k - 1] ?? "")) k--;
    if (k === words.length) {
      out.push(a);
      continue;
    }
    const start = a.start + text.slice(a.start, a.end).indexOf(words[k] ?? "");
    out.push({ ...a, start, end: b.end, rule: `${a.rule}${JOINED_SPLIT_NAME}` });
    i++;
  }
  return out;
};

export const MENTION_REFINERS: readonly MentionRefiner[] = [
  dropSentenceFullStop,
  splitAtUnbalancedBracket,
  dropTrailingDeterminer,
  dropTrailingLowerCaseWords,
  organisationNameBeforeItsKind,
  bodiesOfPlacesAreNotPlaces,
  acronymsOfThingsAreNotOrganisations,
  joinAdjectiveAndHead,
  splitPlaceBasedName,
  placeBeforeBasedAlone,
  joinNamesAtAmpersand,
  joinOrganisationOverAnd,
  joinListedAreaNames,
  splitOfficeFromName,
  splitNameAfterOfficeInside,
  splitPersonAfterInitials,
  dropWebAddressesAndHandles,
  dropInterfaceLabels,
  dropSubheadingPeople,
  siteNamesAreOrganisations,
  dropCapitalisedCommonWords,
  dropWordsInCapitals,
  stripLeadingFunctionWords,
  dropFunctionWords,
  localAreasAreWhole,
  extendPlaceOverOpener,
  placeOverDistrictInitials,
  joinSplitCountryNames,
  keepPossessiveBusinessNames,
  splitCoordinatedPlaces,
  splitCoordinatedPlurals,
  eventNamesAreNotPeople,
  abbreviatedStreetsArePlaces,
  districtsAreNotOrganisations,
  abstractNamesAreNotPeople,
  campaignOwnersArePeople,
  featureNamesArePlaces,
  facilitiesAreNotPeople,
  compassRegionsArePlaces,
  joinPlaceOverParticle,
  featureWordOpensOfName,
  placeNamedWithOf,
  placesByApposition,
  demonymsAreDemonyms,
  eventNamesAreNotPlaces,
  extendOverLawHeads,
  lawsAndDiseasesAreNotOrganisations,
  courtCasesAreOneName,
  wellKnownOrganisations,
  ordinalOpensBody,
  countryInitialsOpenBodies,
  namedThingsAreMisc,
  awardsAndEponymsAreNotPeople,
  dropHolidays,
  stormsAreEvents,
  dropTrailingWeekday,
  stripLeadingPartyLabel,
  unknownPlacesThatArePeople,
  firstNameThenSurnameIsPerson,
  placeOverClubName,
  placeByCoordination,
  placeBeforeItsRegion,
  namesBeforeAreaWordsArePlaces,
  employerBeforePossessivePerson,
  groupsForACauseAreOrganisations,
  acronymIsOrganisation,
  initialsOfPeopleArePeople,
  dropBareRoleWords,
  dropPluralBodyWords,
  dropPartyStateTags,
  dropPartyMemberNames,
  dropTitleFronts,
  dropPlacesThatAreNot,
  personNameWordsAreNotPlaces,
  personByCoordination,
  personBetweenListedPeople,
  placesThatAreCompanies,
  placeNamesThatSell,
  productNamesAreNotPeople,
  partiesBeforeSeatCounts,
  employersAfterJobs,
  miscThatAreCompanies,
  listedCompaniesAreOrganisations,
  domainNamesOwnTheirStem,
  celestialBodiesAreNotPlaces,
  joinSplitPersonName,
  dropTitlesBeforeNames,
  dropLeadingGerund,
  extendPersonLeft,
  firstNameAndInitialOpenPerson,
  extendPersonOverInitial,
  extendPersonByMonthSurname,
  photoCreditNames,
  personSurnamesAreNotOrganisations,
  companySuffixesAreOrganisations,
  demonymNounsArePeople,
  papersAfterCapitalTheAreOrganisations,
  papersNamedByTheirHeadAlone,
  companiesByContext,
  extendAcronymOverNumber,
  propagateNames,
  parallelListItemsShareTheirType,
  regionNamesByContext,
  organisationsByApposition,
  capitalTheOpensName,
  dropLoneTitles,
  courtesySurnamesArePeople,
];
