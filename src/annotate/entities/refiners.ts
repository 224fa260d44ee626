/**
 * Mention refiners (chrono's refiners): each takes the kept mentions and returns a corrected list. They fix what
 * the model and rules get wrong in the same way every time, and each says in its name what it fixes.
 */
import type { Mention } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { lookupPlace } from "../geo/gazetteer.js";
import { isMajorPlaceName, isPartOfOffice, isTitleBeforeName } from "../geo/mention-context.js";
import { NOT_NAMES, OFFICE_HEADS, ORG_HEADS, RANK_TITLES, ROLE_NOUNS } from "./lexicon.js";
import { PARTY_MEMBER } from "./roles.js";

/** Single words that are titles ("Councilman", "Senator"): never the first name a model left out. */
const TITLE_WORDS = new Set([...RANK_TITLES, ...OFFICE_HEADS].map((t) => t.toLowerCase().replace(/\.$/, "")));

/** `ranges` are the parts of the text the entity rules read (see scope.ts). */
export type MentionRefiner = (mentions: readonly Mention[], text: string, ranges: readonly Span[]) => Mention[];

const wordsOf = (text: string, m: Mention) => text.slice(m.start, m.end).split(/\s+/);

/** "Happy", "Watch", "Summary": a span made only of function and label words names nothing. */
export const dropFunctionWords: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => !wordsOf(text, m).every((w) => NOT_NAMES.has(w.toLowerCase().replace(/[^\p{L}]/gu, ""))));

/**
 * Words of NOT_NAMES that also open names ("New York", "New Zealand", "New Delhi"): kept at the start of a span.
 * A span made only of such words ("Happy New Year") is still dropped by dropFunctionWords.
 */
const NAME_OPENERS = new Set(["new"]);

/**
 * "The Syrian" → "Syrian", "From Cairo" → "Cairo": leading function words the model swept into a span are not
 * part of the name (organisation names keep "The" where a rule chose it).
 */
export const stripLeadingFunctionWords: MentionRefiner = (mentions, text) =>
  mentions.flatMap((m) => {
    if (m.form !== "name") return [m];
    let start = m.start;
    for (;;) {
      const lead = /^([\p{L}]+)\s+/u.exec(text.slice(start, m.end));
      const word = lead?.[1]?.toLowerCase();
      if (!lead || word === undefined || !NOT_NAMES.has(word) || NAME_OPENERS.has(word)) break;
      if (lead[1] === "The" && m.type === "organization" && !m.rule.startsWith("entities:ner")) break;
      start += lead[0].length;
    }
    return start < m.end ? [{ ...m, start }] : [];
  });

/** "ISIS" tagged MISC: a run of capitals is an organisation's acronym far more often than a nationality or event. */
export const acronymIsOrganisation: MentionRefiner = (mentions, text) =>
  mentions.map((m) =>
    m.type === "misc" && /^\p{Lu}{2,6}$/u.test(text.slice(m.start, m.end))
      ? { ...m, type: "organization" as const, rule: `${m.rule}+acronym` }
      : m,
  );

/** Words that qualify a role in a job title ("Senior Editor-at-Large", "Deputy Managing Editor"). */
const ROLE_QUALIFIERS = new Set(
  "senior junior deputy associate assistant acting interim chief executive managing contributing national foreign political at large general special staff lead principal".split(
    " ",
  ),
);

/**
 * "Journalist", "Editor", "Senior Editor-at-Large": a person or organisation made only of role words and their
 * qualifiers is a job title, not a name.
 */
export const dropBareRoleWords: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (m.form !== "name" || m.type === "place") return true;
    const words = text
      .slice(m.start, m.end)
      .toLowerCase()
      .split(/[\s-]+/)
      .filter((w) => w !== "");
    return !(words.some((w) => ROLE_NOUNS.has(w)) && words.every((w) => ROLE_NOUNS.has(w) || ROLE_QUALIFIERS.has(w)));
  });

/**
 * "Senate Minority Leader Mitch McConnell", "Japan’s Chief Cabinet Secretary": an organisation span that ends on a
 * modifier ("Minority", "Cabinet") right before a title word is the front of a job title, not an organisation.
 */
export const dropTitleFronts: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (m.type !== "organization" || m.form !== "name") return true;
    const last = (text.slice(m.start, m.end).split(/\s+/).at(-1) ?? "").toLowerCase();
    if (ORG_HEADS.has(last)) return true;
    const next = /^ (\p{Lu}[\p{Ll}]+)\b/u.exec(text.slice(m.end, m.end + 20))?.[1]?.toLowerCase();
    return next === undefined || !(ROLE_NOUNS.has(next) || TITLE_WORDS.has(next));
  });

/**
 * "the Kentucky Republican said", "Reid, Nevada Democrat,": a place and a party name a member of that party, a
 * description of a person the text names elsewhere, not a name of its own.
 */
export const dropPartyMemberNames: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (m.type !== "person" || m.form !== "name") return true;
    const surface = text.slice(m.start, m.end);
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
 * A "place" that is the front of an office ("Vice President"), a title abbreviation before a name ("Sens. Tom
 * Harkin"), or a relative's first name ("his son Hunter") is no place: the gazetteer knows a small town of that
 * name, and the text means something else.
 */
export const dropPlacesThatAreNot: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    if (m.type !== "place" || m.form !== "name") return true;
    if (isPartOfOffice(text, m) || isTitleBeforeName(text, m)) return false;
    return !(
      KIN_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)) && !isMajorPlaceName(text.slice(m.start, m.end))
    );
  });

/** Month names that are also surnames ("Theresa May", "Brian May"): the tagger reads them as dates. */
const MONTH_SURNAMES = new Set(["May", "June", "April", "August", "March"]);

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

/** "Leaving Syria now, …": a capitalised -ing word at a sentence or list-item start is a verb, not a name. */
export const dropLeadingGerund: MentionRefiner = (mentions, text) =>
  mentions.filter((m) => {
    const first = wordsOf(text, m)[0] ?? "";
    if (!/^\p{Lu}\p{Ll}+ing$/u.test(first)) return true;
    const before = text.slice(Math.max(0, m.start - 6), m.start);
    return !/(^|[\n.!?:]\s*|\d[.)]\s*|^\s*)$/.test(before);
  });

/** "… Republic Bashar Assad": a capitalised word just before a person's name, that no other mention claims, is
 * the first name the model left out. */
export const extendPersonLeft: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    if (m.type !== "person" || m.form !== "name") return m;
    const before = /(\p{Lu}\p{Ll}+)\s$/u.exec(text.slice(Math.max(0, m.start - 20), m.start));
    const word = before?.[1]?.toLowerCase();
    if (!before || !word || NOT_NAMES.has(word) || ROLE_NOUNS.has(word) || TITLE_WORDS.has(word)) return m;
    const start = m.start - before[0].length;
    // "Secretary of State Mike Pompeo": a word after "of" ends an office's name, not the person's.
    if (/\bof\s+$/i.test(text.slice(Math.max(0, start - 4), start))) return m;
    const prev = mentions[i - 1];
    if (prev && prev.end > start) return m;
    if (start > 0 && /[.!?:]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return m;
    return { ...m, start };
  });

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
    if (name.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase()))) return m;
    const senses = lookupPlace(name);
    const strong =
      m.type === "organization"
        ? senses.some((p) => /^(PCL|ADM1|ADM2|PPLC)/.test(p.featureCode) || p.population >= MAJOR_PLACE_POPULATION)
        : senses.some((p) => /^(PCL|ADM1|ADM2)/.test(p.featureCode));
    return strong ? { ...m, type: "place" as const, rule: `${m.rule}+gazetteer` } : m;
  });

/**
 * "between Plymouth and Penzance": a name coordinated with a place ("and", "or", "to", a comma) that the
 * gazetteer knows is a place too, whatever the model said.
 */
export const placeByCoordination: MentionRefiner = (mentions, text) =>
  mentions.map((m, i) => {
    if (m.type === "place" || m.form !== "name" || !m.rule.startsWith("entities:ner")) return m;
    const name = text.slice(m.start, m.end);
    if (name.split(/\s+/).some((w) => ORG_HEADS.has(w.toLowerCase())) || lookupPlace(name).length === 0) return m;
    const linked = (other: Mention | undefined, gap: string) =>
      other?.type === "place" && /^\s*(and|or|to|,)\s*$/.test(gap);
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    const coordinated =
      (prev && linked(prev, text.slice(prev.end, m.start))) || (next && linked(next, text.slice(m.end, next.start)));
    return coordinated ? { ...m, type: "place" as const, rule: `${m.rule}+coordination` } : m;
  });

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the code point ending just before `i` (not before `from`) is a letter or digit. */
function wordCharBefore(text: string, i: number, from: number): boolean {
  if (i <= from) return false;
  const lowSurrogate = /[\udc00-\udfff]/.test(text[i - 1] ?? "") && i - 2 >= from;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(lowSurrogate ? i - 2 : i - 1) ?? 0));
}

/** Whether the code point at `i` (before `to`) is a letter or digit. */
const wordCharAt = (text: string, i: number, to: number): boolean =>
  i < to && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? 0));

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

/** Names shorter than this are too likely to be ordinary words to propagate by string match. */
const MIN_PROPAGATED_NAME = 4;

/**
 * One name, one referent per article: where the model found "Bashar Assad" once, every other occurrence of the
 * same string that no mention covers is a mention of it too (the model misses names in crowded lists).
 */
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
      if (covered.subarray(start, end).some((c) => c === 1)) continue;
      const source = seen.get(text.slice(start, end));
      if (!source) continue;
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
    const last = (wordsOf(text, m).at(-1) ?? "").toLowerCase();
    return !(ROLE_NOUNS.has(last) && /^[ \t]+\p{Lu}/u.test(text.slice(m.end, m.end + 3)));
  });

export const MENTION_REFINERS: readonly MentionRefiner[] = [
  stripLeadingFunctionWords,
  dropFunctionWords,
  placeOverClubName,
  placeByCoordination,
  acronymIsOrganisation,
  dropBareRoleWords,
  dropPartyStateTags,
  dropPartyMemberNames,
  dropTitleFronts,
  dropPlacesThatAreNot,
  dropTitlesBeforeNames,
  dropLeadingGerund,
  extendPersonLeft,
  extendPersonByMonthSurname,
  propagateNames,
];
