/**
 * Mention recognisers, each a small named unit that reads the text and proposes typed spans. The mentions
 * annotator runs them in one ordered list and a refiner keeps the best of overlapping proposals. The trained NER
 * model proposes most names; these rules add what rules do well: titled names, organisation names with a head
 * noun, acronyms, places the gazetteer knows, demonyms, and the authors the byline names.
 */

import { detached } from "../../core/detached.js";
import type { Document, EntityType, Mention } from "../../core/document.js";
import { AT_CAPITAL, alternationOf, escapeRegExp, execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { countryOfDemonym, isDemonym, lookupPlace } from "../geo/gazetteer.js";
import { isFirstName, isListedOrganisation } from "./first-names.js";
import {
  COURTESY_TITLE,
  FAITH_ADJECTIVES,
  MONTH_SURNAMES,
  NOT_NAMES,
  OFFICE_HEADS,
  ORG_HEADS,
  PARTY_WORDS,
  PLURAL_TITLES,
  RANK_TITLES,
} from "./lexicon.js";

export interface RecognizerInput {
  readonly doc: Document;
  /** Ranges to read (the article and the author's lines). */
  readonly ranges: readonly Span[];
  /** Sentence starts: a capital there proves nothing. */
  readonly sentenceStarts: ReadonlySet<number>;
}

export interface MentionRecognizer {
  readonly name: string;
  /** Higher wins when proposals overlap. */
  readonly priority: number;
  recognize(input: RecognizerInput): Mention[];
}

/** One capitalised name word: "Macron", "O'Brien", "al-Haddad", "McDonald", "Jean-Luc". */
const NAME_WORD = String.raw`(?:(?:al|el|de|van|von|bin|ibn|da|di|le|la)[-\s])?\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{L}'’-]*`;
/** Last words of laws, treaties and bodies: a "titled name" ending with one is no person. */
const INSTRUMENT_WORDS = new Set(
  "regulation regulations act law laws treaty agreement accord protocol directive bill code convention charter assembly council committee commission fund".split(
    " ",
  ),
);

/**
 * A middle initial inside a name ("George W. Bush", "John F. Kennedy"), or two written together ("George H.W. Bush",
 * "Mary K. L. Ortiz"): stopping at the first left the name clipped after it ("George H.").
 */
const INITIAL = String.raw`\p{Lu}\.(?:\s?\p{Lu}\.)*`;
const NAME = String.raw`${NAME_WORD}(?:\s+${INITIAL})?(?:\s+${NAME_WORD}){0,2}`;

function mention(
  start: number,
  end: number,
  type: EntityType,
  form: Mention["form"],
  rule: string,
  score: number,
): Mention {
  return { start, end, type, form, rule: `entities:${rule}`, score };
}

function* matchesIn(input: RecognizerInput, re: RegExp): Generator<RegExpExecArray & { offset: number }> {
  for (const range of input.ranges) {
    const slice = input.doc.text.slice(range.start, range.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      yield Object.assign(m, { offset: range.start });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}

const isNotName = (word: string) => NOT_NAMES.has(word.toLowerCase()) || ORG_HEADS.has(word.toLowerCase());

/** The last word of a title is one of courtesy: "Mrs May", "Mrs. May". */
const COURTESY_TITLE_WORD = new RegExp(`^${COURTESY_TITLE}$`);
const isCourtesyNamed = (title: string, name: string) =>
  MONTH_SURNAMES.has(name) && COURTESY_TITLE_WORD.test(title.split(/\s+/).at(-1) ?? "");

/** Titles and offices that may open a titled name ("President", "Defense Minister General"), plural ones too
 * ("Senators Ann Lee, Bo Yang and …"): a plural title before a list of names titles each of them. */
const TITLES = alternationOf([...RANK_TITLES, ...OFFICE_HEADS, ...Object.keys(PLURAL_TITLES)]);
/** A title, then a name: compiled once (building it from the title lists per article cost more than matching). */
const TITLED_NAME = new RegExp(String.raw`\b((?:${TITLES})(?:\s+(?:${TITLES}))*)\s+(${NAME})\b`, "gu");
/** Each word of a title, as written ("Minister", "Gen."): a name holds none of them before its last word. */
const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...RANK_TITLES, ...OFFICE_HEADS].flatMap((t) => t.split(/\s+/)).filter((w) => /^\p{Lu}/u.test(w)),
);
/** What follows a surname: "Jr", "Sr", "II", "III". */
const GENERATIONAL_SUFFIX = /^(?:Jr|Sr|II|III|IV)$/;
/** A possessive ends a name: "Mr. Lee’s Korea" names Lee, and the word after it is what he has. */
const POSSESSIVE_END = /['’]s(?=\s|$)/u;

/** "President Macron", "French Defense Minister General Pistorius", "Brigadier General Omar Haddad": a title, then a name. */
export const titledPerson: MentionRecognizer = {
  name: "titled-person",
  priority: 9,
  recognize(input) {
    const out: Mention[] = [];
    for (const m of matchesIn(input, TITLED_NAME)) {
      const written = m[2] ?? "";
      const possessive = POSSESSIVE_END.exec(written);
      const bare = possessive ? written.slice(0, possessive.index) : written;
      const name = isCourtesyNamed(m[1] ?? "", bare) ? bare : trimNameTail(bare);
      if (!name || (!isCourtesyNamed(m[1] ?? "", name) && name.split(/\s+/).some(isNotName))) continue;
      // "Deputy Foreign Minister Ann Lee": a title inside what follows the first one ("Foreign Minister") is more of
      // the title, not the start of a name; the role rules read the whole title before the name the tagger finds.
      // The search goes on from that title, which opens the titled name ("Minister Ann Lee").
      const inner = name
        .split(/\s+/)
        .slice(0, -1)
        .findIndex((w) => TITLE_WORDS.has(w));
      if (inner >= 0) {
        const word = name.split(/\s+/)[inner] ?? "";
        TITLED_NAME.lastIndex = m.index + (m[0].length - written.length) + name.indexOf(word);
        continue;
      }
      // "Major Jewish groups", "House of Representatives Republicans": a lone word that names a group (a party, a
      // faith, a nationality) after a title word is what the title word describes, not a person ("Rep. French Hill"
      // is one: a name of two words).
      if (!name.includes(" ") && namesAGroup(name)) continue;
      // "served as Lt. Gov. until 2014": a title's abbreviation after another title ("Gov" before its full stop) is
      // more of the title with no name after it, not a name.
      // (Only an abbreviation: a whole title word may be a surname, "Dr. King".)
      if (!name.includes(" ") && TITLE_WORDS.has(`${name}.`)) continue;
      // "Martin Luther King Jr.": "King" is a title only before a name, and "Jr" is none.
      if (GENERATIONAL_SUFFIX.test(name)) continue;
      // "General Data Protection Regulation", "Secretary General Assembly": a rank word before a law's or a body's
      // name is part of that name, not a title before a person.
      if (INSTRUMENT_WORDS.has((name.split(/\s+/).at(-1) ?? "").toLowerCase())) continue;
      const titleStart = m.offset + m.index;
      const nameEnd = titleStart + (m[0].length - written.length) + name.length;
      // "General Motors", "General Electric": a company whose name opens with a rank word is no titled person.
      if (isListedOrganisation(`${m[1] ?? ""} ${name}`)) {
        out.push(mention(titleStart, nameEnd, "organization", "name", "listed-organisation", 0.9));
        continue;
      }
      // "the Special Counsel Independence and Integrity Act": the name runs on over "and" to a law's last word.
      if (endsInInstrument(NAME_RUN_AFTER.exec(input.doc.text.slice(nameEnd, nameEnd + 60))?.[0] ?? "")) continue;
      const nameStart = titleStart + (m[0].length - (m[2] ?? "").length);
      out.push(mention(nameStart, nameStart + name.length, "person", "name", "titled-person", 0.9));
      out.push(mention(titleStart, nameStart + name.length, "person", "titled", "titled-person", 0.9));
    }
    return out;
  },
};

/** A party label, a faith's or a nationality's adjective ("Republicans", "Jewish", "Irish"): a group, not a name. */
function namesAGroup(word: string): boolean {
  const lower = word.toLowerCase();
  return PARTY_WORDS.has(lower) || FAITH_ADJECTIVES.has(lower) || isDemonym(word);
}

/** Capitalised words joined by "and", "of", "for" or "&" right after a name: the rest of a longer name. */
const NAME_RUN_AFTER = /^(?:[ \t]+(?:and|of|for|&)[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})+/u;

/** Whether a run of words ends with the last word of a law or a body's name ("… and Integrity Act"). */
const endsInInstrument = (run: string): boolean =>
  run !== "" && INSTRUMENT_WORDS.has((/\p{L}+$/u.exec(run)?.[0] ?? "").toLowerCase());

/** Drops trailing words that are not part of a name ("Macron Flew" cannot happen in prose, but "Pistorius As" can). */
function trimNameTail(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 0 && isNotName(words.at(-1) ?? "")) words.pop();
  return words.join(" ");
}

/**
 * "Center for Strategic Studies", "Malian Air Force", "Armed Forces of the French Republic": a run of
 * capitalised words whose last head noun ("Center", "Forces") may take an of/for complement. A leading person
 * role ("Chief of the …") is not part of the name, and an organisation inside another ("… of the Armed Forces of
 * the French Republic") is proposed as well, nested.
 */
/**
 * A capitalised word; a dot only inside an abbreviation ("U.S."), or after "St", "Mt" or "Ft" before a name
 * ("Federal Reserve Bank of St. Louis", "Hadassah Hospital on Mt. Scopus"), never the full stop that ends a sentence.
 */
const CAPITALISED_WORD = String.raw`\p{Lu}(?:[\p{L}'’&-]|\.(?=\p{L})|(?<=\b(?:St|Mt|Ft))\.(?=\s\p{Lu}))*`;
/** Up to ten capitalised words, "of the", "for", "&" between them: compiled once (matchesIn rewinds it). */
const CAPITALISED_RUN = new RegExp(
  String.raw`\b${CAPITALISED_WORD}(?:\s+(?:(?:of|for|on|&|and)\s+(?:the\s+)?)?${CAPITALISED_WORD}){0,9}`,
  "gu",
);

export const organisationPhrase: MentionRecognizer = {
  name: "organisation-head-noun",
  priority: 8,
  recognize(input) {
    const out: Mention[] = [];
    for (const run of matchesIn(input, CAPITALISED_RUN))
      for (const m of possessiveFreeParts(run[0], run.offset + run.index)) {
        const base = m.offset;
        for (const phrase of organisationNames(m.text)) {
          const start = base + phrase.at;
          out.push(
            mention(
              start,
              start + phrase.text.length,
              "organization",
              "name",
              "organisation-head-noun",
              phrase.nested ? 0.7 : 0.8,
            ),
          );
        }
      }
    return out;
  },
};

/** Possessive words that belong inside a name: "Sheriff’s Department", "Children’s Hospital", "St. John’s". */
const NAME_POSSESSIVES = new Set(
  "sheriff sheriffs attorney attorneys children women men people veterans workers president judges".split(" "),
);
const POSSESSIVE_WORD = /(\S+)['’]s(?!\p{L})\s*/gu;

/**
 * "the Heritage Foundation’s website", "China’s Commerce Ministry", "University of Illinois’s Jo Park": a possessive
 * ends one name and what follows is another (or none); only an office's or a group's possessive stays inside a name
 * ("Barron County Sheriff’s Department", "St. Mary’s College").
 */
function possessiveFreeParts(run: string, offset: number): { text: string; offset: number }[] {
  // Most runs hold no possessive: the whole run is the one part (POSSESSIVE_WORD needs an apostrophe and an "s").
  if (!run.includes("'s") && !run.includes("’s")) return run.length > 0 ? [{ text: run, offset }] : [];
  const parts: { text: string; offset: number }[] = [];
  let from = 0;
  for (const p of execAll(POSSESSIVE_WORD, run)) {
    const stem = p[1] ?? "";
    const saint = /\bSt\.?\s+$/.test(run.slice(Math.max(0, p.index - 4), p.index));
    if (NAME_POSSESSIVES.has(stem.toLowerCase()) || saint) continue;
    parts.push({ text: run.slice(from, p.index + stem.length), offset: offset + from });
    from = p.index + p[0].length;
  }
  parts.push({ text: run.slice(from), offset: offset + from });
  return parts.filter((p) => p.text.length > 0);
}

/**
 * Where the name starts when the last head noun sits inside an of/for complement whose left side has no head noun
 * ("Lowery of The Washington Post" → "Washington Post"): the offset after "of the", or 0 to keep the run whole.
 */
function lastComplementBeforeHead(run: string): number {
  const words = execAll(/\S+/g, run);
  let head = -1;
  for (let i = words.length - 1; i >= 0 && head < 0; i--) if (ORG_HEADS.has(words[i]![0].toLowerCase())) head = i;
  if (head < 0) return 0;
  let of = -1;
  for (let i = head - 1; i >= 0 && of < 0; i--) if (/^(?:of|for)$/.test(words[i]![0])) of = i;
  if (of <= 0 || words.slice(0, of).some((w) => ORG_HEADS.has(w[0].toLowerCase()))) return 0;
  const after = /^the$/i.test(words[of + 1]?.[0] ?? "") ? of + 2 : of + 1;
  return words[after]?.index ?? 0;
}

/** Person roles that head a phrase ("Chief of the General Staff", "Democrat on the Budget Committee") without being
 * part of an organisation's name. */
const LEADING_ROLE =
  /^(?:(?:(?:(?:Chief|Head|President|Director|Commander|Minister|Secretary|Leader|Member|Deputy)s?|Chairman|Chairmen|Spokesman|Spokeswoman|Vice)\s+(?:of|for)|(?:Democrat|Republican|Member)s?\s+on)\s+(?:the\s+)?)+/;

/**
 * Whether a word of the run is a head noun. Every name `organisationNames` finds ends at or after one, and it only
 * ever cuts the run between its words, so a run without one has none: most runs are a person's or a place's name.
 */
function hasHeadNoun(run: string): boolean {
  return run.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()));
}

/** " and the ", " and Alex ": an "and" and what follows it, with a determiner when there is one. */
const AND_THEN = /\s+and\s+(?:(the|a|an|its|his|her|their)\s+)?(?=(\S+))/gu;

/**
 * Where a run that holds a name with a head noun goes on, after "and", with a second name ("Court of Justice and the
 * UN Security Council", "Department of Homeland Security and Alex Azar"): the offsets of the "and" and of what
 * follows it, when a determiner or a first name comes after the "and". "Department of Health and Human Services"
 * has neither, so it stays one name.
 */
function secondNameAfterAnd(run: string): { and: number; next: number } | undefined {
  for (const m of execAll(AND_THEN, run)) {
    if (!m[1] && !isFirstName(m[2] ?? "")) continue;
    if (!hasHeadNoun(run.slice(0, m.index))) continue;
    return { and: m.index, next: m.index + m[0].length };
  }
  return undefined;
}

function organisationNames(run: string): { at: number; text: string; nested: boolean }[] {
  if (!hasHeadNoun(run)) return [];
  let at = 0;
  let text = run;
  const cut = (n: number) => {
    at += n;
    text = text.slice(n);
  };
  // A sentence-initial "The" or function word is not part of the name.
  for (
    let m = /^(The|A|An|In|On|At|From|By|For|With|And|Of|To)\s+/.exec(text);
    m;
    m = /^(The|A|An|In|On|At|From|By|For|With|And|Of|To)\s+/.exec(text)
  )
    cut(m[0].length);
  const role = LEADING_ROLE.exec(text);
  if (role) cut(role[0].length);
  // "Khmer Rouge and Navy": an "and" before any of/for joins two names, not parts of one; keep what follows it.
  const joined = /^((?:\p{Lu}[^\s]*\s+)+)and\s+/u.exec(text);
  // "Blue and White Party", "Law and Justice Party": one word, "and", one word and a party's head is one name.
  const partyName = /^\p{Lu}\p{Ll}+\s+and\s+\p{Lu}\p{Ll}+\s+(?:Party|Alliance|Coalition|Movement|Front|League)\b/u.test(
    text,
  );
  if (joined && !partyName) {
    // "Harwick Chronicle and the Dunmore Monitor": a left part that ends in a head noun is a name of its own.
    const leftAt = at;
    const left = organisationNames((joined[1] ?? "").trimEnd()).map((p) => ({ ...p, at: leftAt + p.at }));
    cut(joined[0].length);
    return [...left, ...organisationNames(text).map((p) => ({ ...p, at: at + p.at }))];
  }
  // "Ministry of Defence and Ministry of the Interior", "Ann Lee of The Post and Bo Yang of The Times": two of-phrases
  // joined by "and" are two names ("Department of Health and Human Services" has one of-phrase, so stays whole).
  const pair =
    /^(\S+(?:\s+\S+)*?\s+(?:of|for)\s+\S+(?:\s+\S+)*?)\s+and\s+(?=(\S+(?:\s+\S+)*?\s+(?:of|for)\s+\S))/u.exec(text);
  if (pair?.[1]) {
    const right = organisationNames(text.slice(pair[0].length));
    return [
      ...organisationNames(pair[1]).map((p) => ({ ...p, at: at + p.at })),
      ...right.map((p) => ({ ...p, at: at + pair[0].length + p.at })),
    ];
  }
  // "the Court of Justice and the Security Council": two names, each read on its own (a person after "and" is left to
  // the other recognisers).
  const second = secondNameAfterAnd(text);
  if (second) {
    const rest = text.slice(second.next);
    return [
      ...organisationNames(text.slice(0, second.and)).map((p) => ({ ...p, at: at + p.at })),
      ...organisationNames(rest).map((p) => ({ ...p, at: at + second.next + p.at })),
    ];
  }
  // "Wesley Lowery of The Washington Post": when no head noun stands before the of/for that governs the last head,
  // the words before it are a person or a place, not part of the name.
  const ofBeforeHead = lastComplementBeforeHead(text);
  if (ofBeforeHead > 0) cut(ofBeforeHead);
  const words = text.split(/\s+/);
  // The name ends at the last head noun, or after the of/for complement that follows it.
  let headAt = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (ORG_HEADS.has((words[i] ?? "").toLowerCase())) {
      headAt = i;
      break;
    }
  }
  if (headAt < 0) return [];
  // "Council on Foreign Relations" takes its "on" phrase; "ABC News on Thursday" is a name, then when.
  const complement =
    /^(of|for|on)$/.test(words[headAt + 1] ?? "") &&
    !(words[headAt + 1] === "on" && NOT_NAMES.has((words[headAt + 2] ?? "").toLowerCase()));
  const kept = complement ? words : words.slice(0, headAt + 1);
  if (kept.length < 2) return [];
  const name = kept.join(" ");
  const found = [{ at, text: text.slice(0, text.indexOf(name) + name.length), nested: false }];
  // Nested organisations after " of the ": "General Staff of the Armed Forces of the French Republic".
  for (const m of execAll(/\s+of\s+the\s+/g, name)) {
    const rest = name.slice(m.index + m[0].length);
    const inner = organisationNames(rest)[0];
    if (inner && inner.at === 0) found.push({ at: at + m.index + m[0].length, text: inner.text, nested: true });
  }
  return found;
}

/** All-capital abbreviations that are not organisations. */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  // Things, conditions and measures news abbreviates, which the tagger reads as bodies: "an SUV", "PTSD", "GPS".
  "SUV",
  "GPS",
  "IQ",
  "ID",
  "VIP",
  "FYI",
  "PTSD",
  "OCD",
  "ICU",
  "PPE",
  "DUI",
  "HQ",
  "NDA",
  "RNA",
  "SARS",
  "WMD",
  "CPI",
  "ETF",
  "GED",
  "THC",
  "CBD",
  "HVAC",
  "PDF",
  "COO",
  "CTO",
  "TV",
  "OK",
  "AM",
  "PM",
  "GMT",
  "UTC",
  "CEO",
  "CFO",
  "PhD",
  "II",
  "III",
  "IV",
  "VI",
  "VII",
  "VIII",
  "IX",
  "XI",
  "DNA",
  "GDP",
  "COVID",
  "AIDS",
  "HIV",
  "Q",
  "A",
  "I",
  "USD",
  "EUR",
  "ET",
  "PT",
  "BST",
  "MW",
  "GW",
  "KW",
  "KWH",
  "MWH",
  "KM",
  "MPH",
  "KG",
  "MM",
  "CM",
  "FT",
  "LB",
  "OZ",
  "GB",
  "MB",
  "TB",
  "AD",
  "BC",
  "PS",
  "NB",
  "FAQ",
  "URL",
  // Labels of links and galleries in scraped pages: "… MORE", "( PHOTOS: …)".
  "MORE",
  "PHOTOS",
  "VIDEOS",
]);

const LOWER_CASE_LETTER = /^\p{Ll}$/u;
/** Whether each non-ASCII code point seen is a lower-case letter (a Unicode property test per character is slow). */
const nonAsciiLowerCase = new Map<number, boolean>();

/**
 * How many lower-case letters text[start, end) holds: what /\p{Ll}/gu finds in the slice, counted without the
 * slice or an array of every letter of the line (a surrogate pair cut by `end` counts as a lone surrogate).
 */
export function lowerCaseLettersIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; ) {
    let cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    if (i + width > end) cp = text.charCodeAt(i);
    if (cp < 0x80) {
      if (cp >= 97 && cp <= 122) count++;
    } else {
      let lower = nonAsciiLowerCase.get(cp);
      if (lower === undefined) {
        lower = LOWER_CASE_LETTER.test(String.fromCodePoint(cp));
        nonAsciiLowerCase.set(cp, lower);
      }
      if (lower) count++;
    }
    i += width;
  }
  return count;
}

/** "ISIS", "NATO", "FBI": a run of capitals is usually an organisation, unless the gazetteer knows it as a place. */
export const acronym: MentionRecognizer = {
  name: "acronym",
  priority: 3,
  recognize(input) {
    const out: Mention[] = [];
    // Whether each line is in capitals, found once per line rather than once per acronym on it.
    const capitalLines = new Map<number, boolean>();
    for (const m of matchesIn(input, /\b\p{Lu}{2,6}\b/gu)) {
      // "MORE", "PHOTOS:", "WATCH": a label word in capitals, not an organisation.
      if (NOT_ORG_ACRONYMS.has(m[0]) || NOT_NAMES.has(m[0].toLowerCase())) continue;
      const start = m.offset + m.index;
      // A line in capitals (a headline or label) is not full of acronyms.
      const lineStart = input.doc.text.lastIndexOf("\n", start) + 1;
      let inCapitals = capitalLines.get(lineStart);
      if (inCapitals === undefined) {
        const lineEnd = input.doc.text.indexOf("\n", start);
        const end = lineEnd < 0 ? input.doc.text.length : lineEnd;
        inCapitals = lowerCaseLettersIn(input.doc.text, lineStart, end) < (end - lineStart) / 4;
        capitalLines.set(lineStart, inCapitals);
      }
      if (inCapitals) continue;
      const isPlace = lookupPlace(m[0]).some((p) => p.featureCode.startsWith("PCL"));
      out.push(mention(start, start + m[0].length, isPlace ? "place" : "organization", "name", "acronym", 0.5));
    }
    return out;
  },
};

/** Capitalised word runs the gazetteer knows as a country, region or sizeable city. */
/** Lower-case letters only. */
const LOWER_CASE_ONLY = /^\p{Ll}+$/u;
/** A letter at the end, or at the start, of a string. */
const LETTER_AT_END = /\p{L}$/u;
const LETTER_AT_START = /^\p{L}/u;

/**
 * Whether `word` stands in `text` as a word of lower-case letters with no letter on either side: whether it is one of
 * the matches of /(?<!\p{L})\p{Ll}+(?!\p{L})/gu in the text. Only the word's own occurrences are looked at; collecting
 * every lower-case word of the text for the first candidate cost more than all the candidates' look-ups. Two code
 * units on each side hold a whole code point, so a letter outside the basic plane counts as a letter.
 */
export function standsAloneInLowerCase(text: string, word: string): boolean {
  if (!LOWER_CASE_ONLY.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!LETTER_AT_END.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_AT_START.test(text.slice(end, end + 2)))
      return true;
  }
  return false;
}

/** Runs of up to three name words, the candidates of gazetteerPlace (compiled once; matchesIn rewinds it). */
const placeNamePattern = new RegExp(String.raw`\b${NAME_WORD}(?:\s+${NAME_WORD}){0,2}\b`, "gu");

/** A capitalised word and one space right before a candidate: the candidate continues a longer name. */
const CAPITALISED_WORD_BEFORE = new RegExp(
  String.raw`${AT_CAPITAL}(?<![\p{L}.])(\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{L}'’-]*) $`,
  "u",
);

/** What the gazetteer makes of a candidate name: no place, a major place, or only minor ones. */
type PlaceKind = "none" | "major" | "minor";

/**
 * Each candidate name's kind of place, remembered across articles (the gazetteer never changes, and names recur
 * in article after article); bounded, started afresh past the limit.
 */
const placeKinds = new Map<string, PlaceKind>();
const PLACE_KINDS_MEMO_NAMES = 32_768;

export function placeKindOf(name: string): PlaceKind {
  let kind = placeKinds.get(name);
  if (kind === undefined) {
    const senses = lookupPlace(name);
    kind =
      senses.length === 0
        ? "none"
        : senses.some((s) => /^(PCL|ADM1|PPLC|CONT|RGN)/.test(s.featureCode) || s.population >= 100_000)
          ? "major"
          : "minor";
    if (placeKinds.size >= PLACE_KINDS_MEMO_NAMES) placeKinds.clear();
    placeKinds.set(detached(name), kind);
  }
  return kind;
}

const isAsciiLowerCase = (c: number): boolean => c >= 97 && c <= 122;
/** ASCII characters that can stand in a name word of CAPITALISED_WORD_BEFORE: letters, "'" and "-". */
const isAsciiNameCharacter = (c: number): boolean =>
  isAsciiLowerCase(c) || (c >= 65 && c <= 90) || c === 39 || c === 45;

/**
 * Whether text[from, to) ends with a word of ASCII lower-case letters, one space, and before the word anything but
 * a character a name word may hold: then CAPITALISED_WORD_BEFORE cannot match it, since its match runs through
 * name characters from a capital up to that space. Most candidates follow such a word ("in Paris"), and the check
 * spares the pattern's try at each of up to thirty positions.
 */
export function lowerCaseWordBefore(text: string, from: number, to: number): boolean {
  if (to - 2 < from || text.charCodeAt(to - 1) !== 32 || !isAsciiLowerCase(text.charCodeAt(to - 2))) return false;
  let at = to - 3;
  while (at >= from && isAsciiLowerCase(text.charCodeAt(at))) at--;
  if (at < from) return true;
  const c = text.charCodeAt(at);
  return c < 128 && !isAsciiNameCharacter(c);
}

export const gazetteerPlace: MentionRecognizer = {
  name: "gazetteer-place",
  priority: 4,
  recognize(input) {
    const out: Mention[] = [];
    // isAlsoWrittenAsWord per candidate name, remembered for the article.
    const writtenAsWordOf = new Map<string, boolean>();
    const writtenAsWord = (name: string): boolean => {
      if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
      let written = writtenAsWordOf.get(name);
      if (written === undefined) {
        written = standsAloneInLowerCase(input.doc.text, name.toLowerCase());
        writtenAsWordOf.set(name, written);
      }
      return written;
    };
    for (const m of matchesIn(input, placeNamePattern)) {
      // "the National Defense Authorization Act": the fourth word of a longer capitalised name is no place of its
      // own, though the gazetteer knows one of that name.
      const candidateStart = m.offset + m.index;
      const lookBehindStart = Math.max(0, candidateStart - 30);
      const before = lowerCaseWordBefore(input.doc.text, lookBehindStart, candidateStart)
        ? null
        : CAPITALISED_WORD_BEFORE.exec(input.doc.text.slice(lookBehindStart, candidateStart));
      if (before && !isNotName(before[1] ?? "")) continue;
      // Try the longest run first, then shorter prefixes: "New York City" before "New York".
      const words = m[0].split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        const name = words.slice(0, n).join(" ");
        const start = m.offset + m.index;
        if (n === 1 && isNotName(name)) break;
        const kind = placeKindOf(name);
        if (kind === "none") continue;
        const major = kind === "major";
        // A small town's name that opens a sentence or a quotation ("Come on, man"), or that the article also
        // writes as an ordinary word ("See No Evil" … "see"), is that word capitalised, not the town. (A major
        // place is kept whatever its context, so its context is not read.)
        const text = input.doc.text;
        const atSentenceStart = (): boolean =>
          input.sentenceStarts.has(start) ||
          /["“‘(]/.test(text[start - 1] ?? "") ||
          // after a full stop or an ellipsis the sentence splitter missed ("… policy… Many county officials"),
          // not after an abbreviation's dot ("Mt. Vernon").
          /(?:\p{Ll}{3}[.!?]["”’)]?|[…!?])\s+$/u.test(text.slice(Math.max(0, start - 8), start));
        // "quoted from the Bible, …": a town's name takes no article, so a small town's name after "the" that ends
        // the phrase is something else ("the Incirlik air base" uses the town's name as a modifier).
        const afterThe = (): boolean =>
          /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) &&
          /^(?:\s*[.,;:!?)]|\s+(?:and|or)\b|\s*$)/.test(text.slice(start + name.length, start + name.length + 5));
        if (!major && (atSentenceStart() || afterThe() || (n === 1 && writtenAsWord(name)))) break;
        out.push(mention(start, start + name.length, "place", "name", "gazetteer-place", major ? 0.7 : 0.4));
        break;
      }
    }
    return out;
  },
};

/** A demonym's shape, after an optional capitalised word of a two-word one ("South Carolinian", "Rhode Islander"). */
const DEMONYM_SHAPE = /\b(?:(\p{Lu}\p{Ll}+)[ \t])?\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ic|ch|er|ite)\b/gu;

/**
 * "French", "Malian", "South Carolinian": an adjective of nationality stands for its country or state (kept apart from
 * names by its form).
 */
export const demonym: MentionRecognizer = {
  name: "demonym",
  priority: 1,
  recognize(input) {
    const out: Mention[] = [];
    for (const m of matchesIn(input, DEMONYM_SHAPE)) {
      let start = m.offset + m.index;
      const end = start + m[0].length;
      // A two-word demonym first; else its last word alone ("Senate Texan" is "Texan").
      if (m[1] !== undefined && !countryOfDemonym(m[0])) start += m[1].length + 1;
      if (!countryOfDemonym(input.doc.text.slice(start, end))) continue;
      out.push(mention(start, end, "place", "demonym", "demonym", 0.5));
    }
    return out;
  },
};

/**
 * A byline that names an organisation, not a person: "By Harbour Trust Foundation", "By Valley News Staff" (its last
 * word, or the one before "Staff", is an organisation's head noun).
 */
export function bylineIsOrganisation(name: string): boolean {
  const words = name.trim().split(/\s+/);
  // "By Emily Post": a first name and one more word is a person whatever that word means.
  if (words.length < 2 || (words.length === 2 && isFirstName(words[0] ?? ""))) return false;
  const last = /^(?:staff|team|desk|editors|editorial)$/i.test(words.at(-1) ?? "") ? words.at(-2) : words.at(-1);
  return ORG_HEADS.has((last ?? "").toLowerCase());
}

/** The people a byline names, wherever their names appear (an organisation's byline names an organisation). */
export const bylineAuthor: MentionRecognizer = {
  name: "byline-author",
  priority: 10,
  recognize(input) {
    const out: Mention[] = [];
    for (const author of input.doc.metadata.authors?.value ?? []) {
      const type = bylineIsOrganisation(author.name) ? "organization" : "person";
      const re = new RegExp(String.raw`\b${escapeRegExp(author.name)}\b`, "gu");
      for (const m of matchesIn(input, re)) {
        const start = m.offset + m.index;
        out.push(mention(start, start + m[0].length, type, "name", "byline-author", 1));
      }
      if (author.span && !out.some((o) => o.start === author.span?.start)) {
        out.push(mention(author.span.start, author.span.end, type, "name", "byline-author", 1));
      }
    }
    return out;
  },
};
