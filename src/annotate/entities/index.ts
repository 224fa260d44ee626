/**
 * The entities layer: mentions joined into entities (name-variant coreference), with the roles the text gives
 * each person and the descriptions ("the head of state") that refer back to them.
 *
 *  1. Name mentions cluster when one name's words are contained in another's ("Haddad" ⊂ "Karim Haddad"), or an
 *     acronym spells another's initials ("UN" ~ "United Nations").
 *  2. Title + name mentions ("President Macron") join the entity of the name they end with.
 *  3. Role rules read titles and appositions around each person's mentions.
 *  4. Descriptions link to the nearest preceding person whose roles license them.
 */

import { detached } from "../../core/detached.js";
import type { Entity, EntityMention, EntityType, Mention, Role, Sentence } from "../../core/document.js";
import { execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { lastStartingAtOrBefore, spanAt } from "../../core/span-index.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { countryOfDemonym, lookupPlace } from "../geo/gazetteer.js";
import { CAPITAL_THE_RULE } from "./companies.js";
import { isFirstName } from "./first-names.js";
import { DESCRIPTIONS, holdsOffice, OFFICE_HEADS, officeWordIndex, RANK_TITLES, STORM_WORDS } from "./lexicon.js";
import { notablePerson } from "./notable.js";
import { standsAloneInLowerCase } from "./recognizers.js";
import { DEMONYM_NOUN_RULE, POSSESSIVE_NAME_RULE } from "./refiners.js";
import { functionOfRole, isCompleteRole, ROLE_RULES } from "./roles.js";
import { readableRanges } from "./scope.js";

type NamedMention = Mention & { text: string };

interface Cluster {
  type: EntityType;
  typeVotes: Map<EntityType, number>;
  names: NamedMention[];
  /** Distinct name keys of `names`: clustering compares keys, not every mention. */
  keys: Set<string>;
  others: EntityMention[];
  roles: Role[];
}

/** Lower case, no diacritics, no possessive: the key two spellings of a name share. */
export function nameKey(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/['’]s$/i, "")
      .replace(/^the\s+/i, "")
      // "Northwind Energy Ltd." and "Northwind Energy" are one company.
      .replace(/[,\s]+(ltd|limited|inc|incorporated|corp|corporation|plc|llc|gmbh|ag|sa|co)\.?$/i, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}

/**
 * `nameKey` per name text, remembered: an article names the same people and places again and again, and the key
 * takes a Unicode normalisation and six patterns. Bounded like `keyParts` below.
 */
const keysByName = new Map<string, string>();
const KEYS_BY_NAME_MAX = 4096;

function keyOf(name: string): string {
  let key = keysByName.get(name);
  if (key === undefined) {
    key = nameKey(name);
    if (keysByName.size >= KEYS_BY_NAME_MAX) keysByName.clear();
    keysByName.set(detached(name), key);
  }
  return key;
}

const initialsOf = (key: string) =>
  key
    .split(" ")
    .filter((w) => !/^(of|the|for|and|in|on)$/.test(w))
    .map((w) => w[0])
    .join("");

/**
 * Each name key's words and initials, split once: clustering compares every new name with every cluster's keys,
 * and splitting both sides at each comparison was most of its time. Keys recur across articles (common names).
 */
const keyParts = new Map<string, { readonly words: readonly string[]; readonly initials: string }>();
/** Keys remembered before the memo starts afresh (bounds memory in a long-running server). */
const KEY_PARTS_MAX = 20_000;

function partsOf(key: string): { readonly words: readonly string[]; readonly initials: string } {
  let parts = keyParts.get(key);
  if (parts === undefined) {
    parts = { words: key.split(" "), initials: initialsOf(key) };
    if (keyParts.size >= KEY_PARTS_MAX) keyParts.clear();
    keyParts.set(key, parts);
  }
  return parts;
}

/** Whether a name mention refers to the same entity as a cluster's names (`mine`: the name key's parts). */
function sameEntity(
  key: string,
  mine: { readonly words: readonly string[]; readonly initials: string },
  type: EntityType,
  cluster: Cluster,
): boolean {
  if (cluster.keys.has(key)) return true;
  // The types decide before any name is compared.
  if (type !== cluster.type && !(type === "misc" || cluster.type === "misc")) return false;
  if (type === "misc" && cluster.type === "misc") return [...cluster.keys].some((k) => isStormVariant(key, k));
  const person = type === "person" || cluster.type === "person";
  if (!person && type !== "organization") return false;
  if (person && mine.words.length >= 2 && hasOtherFullName(mine.words, cluster)) return false;
  for (const other of cluster.keys) {
    const theirs = partsOf(other);
    if (person) {
      // "Haddad" ⊂ "Karim Haddad"; "Macron" ⊂ "Emmanuel Macron" — a single surname or a full name containing it.
      const shortFirst = mine.words.length <= theirs.words.length;
      const short = shortFirst ? mine.words : theirs.words;
      const long = shortFirst ? theirs.words : mine.words;
      if (short.length >= 1 && wordsWithin(short, long) && short.at(-1) === long.at(-1)) return true;
    } else if (
      (mine.words.length === 1 && theirs.initials === key && key.length >= 2) ||
      (theirs.words.length === 1 && mine.initials === other && other.length >= 2)
    ) {
      return true;
    }
  }
  return false;
}

/** Letters of a clipped first word that names an organisation ("Fed", "Met"): a longer one is a word of its own. */
const MIN_CLIPPED_LETTERS = 3;
const MAX_CLIPPED_LETTERS = 4;
/** Fewest letters the clipping leaves off ("Fed|eral"): "Congress|ional", "South|ern", "Grow|ing" are words. */
const MIN_CLIPPED_OFF = 4;

/**
 * "the Fed" and "the Federal Reserve", "the Met" and "the Metropolitan Police": a short word that clips the first
 * word of a longer organisation's name is that organisation's short name. Not "Congress" for "Congressional Budget
 * Office" (a word of its own, which only a suffix tells apart), nor a name with "of" in it, whose first word is one
 * of its parts rather than its head ("Federal Bureau of Investigation").
 */
function isClippedName(short: readonly string[], long: readonly string[]): boolean {
  const clipped = short[0] ?? "";
  const head = long[0] ?? "";
  return (
    short.length === 1 &&
    long.length >= 2 &&
    clipped.length >= MIN_CLIPPED_LETTERS &&
    clipped.length <= MAX_CLIPPED_LETTERS &&
    head.length >= clipped.length + MIN_CLIPPED_OFF &&
    head.startsWith(clipped) &&
    !long.includes("of")
  );
}

/**
 * Last words of an institution's or a company's name whose first word is the name itself: "Quinnipiac University" is
 * "Quinnipiac", "Promises Treatment Center" "Promises", "Tesla Motors" "Tesla". (Not an association, council, fund or
 * committee, whose first word is often what it is about: "Internet Association", "Senate Leadership Fund"; nor a
 * newsroom, "CBS News", a part of its network.)
 */
const INSTITUTION_HEAD =
  /^(?:center|centre|clinic|hospital|institute|institution|foundation|endowment|university|college|group|company|holdings|partners|associates|airlines|airways|motors|industries|technologies|laboratories|pharmaceuticals)$/;
/** Bodies that a longer name's first word also names: "the House" is not the "House Visitor Center". */
const LEGISLATURES = /^(?:house|senate|congress|parliament|assembly|legislature)$/;

/**
 * "Quinnipiac" and "Quinnipiac University": one word that is the whole first word of an institution's or company's
 * name is its short name. Not initials ("NFL", "NFL Players Association" is another body), nor a legislature; and
 * (checked by the caller) not a word the article also writes in lower case ("Tax", "Tax Foundation").
 */
function isShortName(short: readonly string[], long: readonly string[], shortText: string): boolean {
  const word = short[0] ?? "";
  return (
    short.length === 1 &&
    long.length >= 2 &&
    long[0] === word &&
    INSTITUTION_HEAD.test(long.at(-1) ?? "") &&
    !long.includes("of") &&
    !LEGISLATURES.test(word) &&
    !/^\p{Lu}{2,}$/u.test(shortText)
  );
}

/** `single`'s names, keys and other mentions join `owner`'s, and `single` leaves the list. */
function absorb(owner: Cluster, single: Cluster, clusters: Cluster[], byKey: Map<string, Cluster>): void {
  owner.names.push(...single.names);
  for (const k of single.keys) {
    owner.keys.add(k);
    byKey.set(k, owner);
  }
  owner.others.push(...single.others);
  clusters.splice(clusters.indexOf(single), 1);
}

/**
 * "the Fed" and "the Federal Reserve", in either order: once every name is clustered, a cluster of one-word names
 * (an organisation, or a misc the tagger was unsure of) whose word clips the first word of an organisation's longer
 * name joins it; so does an organisation's one word that is an institution's first word ("Quinnipiac", "Quinnipiac
 * University"). Joined while clustering, the first full name to come along took the short one ("the Fed … the
 * Federal Trade Commission … the Federal Reserve" put the Fed with the trade commission). Where the word clips
 * several organisations' names, it joins the one whose full name the text writes most often, then the one named
 * fewest sentences away from it, and none on a tie.
 */
function joinClippedNames(
  clusters: Cluster[],
  byKey: Map<string, Cluster>,
  sentences: readonly Sentence[],
  text: string,
): void {
  // Initials in the plural ("OBs") clip nothing.
  const singles = clusters.filter(
    (c) =>
      (c.type === "organization" || c.type === "misc") &&
      [...c.keys].every((k) => !k.includes(" ")) &&
      !c.names.some((n) => /^\p{Lu}{2,}s$/u.test(n.text)),
  );
  for (const single of singles) {
    const shortText = single.names[0]?.text.replace(/^the\s+/i, "") ?? "";
    const clips = (n: NamedMention) =>
      [...single.keys].some((k) => {
        const long = partsOf(keyOf(n.text)).words;
        return (
          isClippedName(partsOf(k).words, long) ||
          (single.type === "organization" &&
            isShortName(partsOf(k).words, long, shortText) &&
            !standsAloneInLowerCase(text, k))
        );
      });
    const owners = clusters.filter((c) => c !== single && c.type === "organization" && c.names.some(clips));
    let owner = owners[0];
    if (owners.length > 1) {
      const gap = (c: Cluster) =>
        Math.min(
          ...c.names
            .filter(clips)
            .flatMap((n) =>
              single.names.map((s) => Math.abs(sentenceIndex(sentences, n.start) - sentenceIndex(sentences, s.start))),
            ),
        );
      const ranked = owners
        .map((c) => ({ c, named: c.names.filter(clips).length, gap: gap(c) }))
        .sort((a, b) => b.named - a.named || a.gap - b.gap);
      const [first, second] = ranked;
      owner = first && second && first.named === second.named && first.gap === second.gap ? undefined : first?.c;
    }
    if (owner === undefined) continue;
    absorb(owner, single, clusters, byKey);
  }
}

/** The index of the sentence holding offset `at` (of the last sentence starting at or before it; 0 before any). */
const sentenceIndex = (sentences: readonly Sentence[], at: number): number =>
  Math.max(0, lastStartingAtOrBefore(sentences, at));

/** A storm word before a storm's name key: "typhoon " of "typhoon haiyan". */
const STORM_WORD_KEY = new RegExp(`^(?:super )?(?:${STORM_WORDS.toLowerCase()}) `);

/** "Haiyan" and "Typhoon Haiyan": a storm's name with and without its storm word is the one storm. */
function isStormVariant(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const word = STORM_WORD_KEY.exec(long);
  return word !== null && long.slice(word[0].length) === short && !STORM_WORD_KEY.test(short);
}

/** Whether a name is written in capitals only, two or more of them ("HONG KONG", "U.S."; not "X"). */
function isAllCapitals(name: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
}

/**
 * The first cluster whose names the name key matches by its words or initials (none holds the key itself). A place
 * matches none that way, so places skip the comparisons.
 */
function clusterByNameParts(key: string, type: EntityType, clusters: readonly Cluster[]): Cluster | undefined {
  if (type === "place") return undefined;
  const mine = partsOf(key);
  return clusters.find((c) => sameEntity(key, mine, type, c));
}

/** "Mr. " or "Mrs. " right before a name: the honorific tells a husband's mentions from his wife's. */
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;

function honorificOf(text: string, m: Span): "mr" | "ms" | undefined {
  const h = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start))?.[1];
  return h === undefined ? undefined : h === "Mr" ? "mr" : "ms";
}

/**
 * "Clinton" once "Bill Clinton" and "Hillary Clinton" are both named: a surname several people's full names end
 * with means the one named last if that was in the last few sentences, else the one named most (the first of them
 * took it only because it came first), among those whose honorifics fit ("Mrs. Clinton" is not the one already called "Mr.
 * Clinton").
 */
function surnameOfSeveral(
  key: string,
  m: NamedMention,
  text: string,
  clusters: readonly Cluster[],
): Cluster | undefined {
  if (m.type !== "person" || key.includes(" ")) return undefined;
  const owners = clusters.filter(
    (c) => c.type === "person" && [...c.keys].some((k) => k.includes(" ") && surnameOf(partsOf(k).words) === key),
  );
  if (owners.length < 2) return undefined;
  const mine = honorificOf(text, m);
  const honorifics = (c: Cluster) => new Set(c.names.map((n) => honorificOf(text, n)));
  const fitting = mine ? owners.filter((c) => !honorifics(c).has(mine === "mr" ? "ms" : "mr")) : owners;
  const same = mine ? fitting.filter((c) => honorifics(c).has(mine)) : [];
  let pool = same.length > 0 ? same : fitting.length > 0 ? fitting : owners;
  // "President Kennedy" with "John F. Kennedy" and "first lady Jackie Kennedy" named, "President Trump" with "his
  // daughter Ivanka Trump": an office holder is not the one the text introduced as a relative or spouse.
  if (OFFICE_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start))) {
    const notKin = pool.filter(
      (c) => !c.names.some((n) => KIN_BEFORE.test(text.slice(Math.max(0, n.start - 25), n.start))),
    );
    if (notKin.length > 0) pool = notKin;
  }
  // "Trump" with "Donald Trump" and "Ivanka Trump" named: the surname alone is the listed public figure's.
  const listed = listedFullNameKey(key);
  const figure = listed === undefined ? undefined : pool.find((c) => c.keys.has(listed));
  if (figure) return figure;
  // "Carson" with "Ben Carson" and "Ben Carson Jr." named: the bare surname is the father's.
  const plain = pool.filter((c) => [...c.keys].some((k) => !GENERATIONAL_SUFFIX.test(partsOf(k).words.at(-1) ?? "")));
  if (plain.length > 0) pool = plain;
  // The one named last, if within the last few sentences; else the one the article names most.
  const lastMention = (c: Cluster) => c.names.at(-1)?.start ?? -1;
  const latest = pool.reduce((best, c) => (lastMention(c) > lastMention(best) ? c : best));
  if (m.start - lastMention(latest) <= RECENT_MENTION_CHARS) return latest;
  return pool.reduce((best, c) =>
    c.names.length > best.names.length || (c.names.length === best.names.length && lastMention(c) > lastMention(best))
      ? c
      : best,
  );
}

/** An office title right before a surname ("President Kennedy", "Sen. Paul"). */
const OFFICE_TITLE_BEFORE =
  /(?:^|[^\p{L}.])(?:President|Sen\.|Senator|Gov\.|Governor|Rep\.|Representative|Secretary|Judge|Justice|Mayor|Gen\.|General|Chancellor|Prime Minister|Speaker)\s+$/u;

/** A relative or spouse named by that relation ("first lady Jackie Kennedy", "his daughter Ivanka Trump"). */
const KIN_BEFORE =
  /\b(?:first lady|wife|husband|widow|son|daughter|brother|sister|mother|father|nephew|niece|cousin|grandson|granddaughter)[,]?\s+$/i;

/**
 * The name key of the public figure a surname alone stands for in the notable-people list ("trump" → "donald
 * trump"), when the list gives the surname that use.
 */
function listedFullNameKey(key: string): string | undefined {
  if (key.includes(" ")) return undefined;
  const figure = notablePerson(key);
  const full = figure ? keyOf(figure.name) : undefined;
  return full !== undefined && full !== key ? full : undefined;
}

/** Whether any of a cluster's names stands right after words that introduce a relative or a spouse. */
const introducedAsKin = (c: Cluster, text: string): boolean =>
  c.names.some((n) => n.text.includes(" ") && KIN_BEFORE.test(text.slice(Math.max(0, n.start - 25), n.start)));

/**
 * Whether a surname alone (`key`, mention `m`) is someone other than the one person whose full name it would join:
 *  - "President Obama" where the only full name is "first lady Michelle Obama": an office holder is not the person
 *    the text introduced as a relative or a spouse (surnameOfSeveral does this when several full names share it);
 *  - "Trump" where the only full name is "Ivanka Trump": the surname alone is the public figure the notable-people
 *    list gives it to, not another member of the family (a titled "Mrs. Trump" is left to the honorific rules).
 * The surname then starts an entity of its own, which later bare mentions of it join.
 */
function isSomeoneElsesSurname(key: string, m: NamedMention, text: string, cluster: Cluster): boolean {
  if (m.type !== "person" || key.includes(" ")) return false;
  const fullNames = [...cluster.keys].filter((k) => k.includes(" "));
  if (fullNames.length === 0) return false;
  if (OFFICE_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 25), m.start)) && introducedAsKin(cluster, text))
    return true;
  // "John McConnell and Matthew Scully … McConnell and Scully": a full name just before is who the surname means.
  const last = cluster.names.at(-1);
  if (last !== undefined && m.start - last.end <= NEARBY_FULL_NAME_CHARS && last.text.includes(" ")) return false;
  return isListedAsOther(key, fullNames) && honorificOf(text, m) !== "ms";
}

/** How close a full name must stand before a surname for the surname to mean that person, whatever the list says. */
const NEARBY_FULL_NAME_CHARS = 400;

/**
 * Whether the notable-people list gives a surname to a public figure none of these full names can be: each has
 * another first name ("Ivanka Trump", "Team Obama" for "Trump", "Obama"). Spellings of the figure's own name keep
 * the first name's initial ("Donald J. Trump", "Sergei Lavrov" for "Sergey Lavrov", "Jim Mattis" for "James").
 */
function isListedAsOther(surname: string, fullNames: readonly string[]): boolean {
  const listed = listedFullNameKey(surname);
  if (listed === undefined || fullNames.length === 0) return false;
  const listedFirst = fullFirstName(listed.split(" ")[0] ?? "");
  const canBeTheFigure = (k: string): boolean => {
    const words = partsOf(k).words;
    // "Billionaire Donald Trump": the figure's first name anywhere; "Donald J. Trump", "Sergei" for "Sergey": the
    // same initial first.
    return words.some((w) => fullFirstName(w) === listedFirst) || (words[0] ?? "")[0] === listed[0];
  };
  return !fullNames.some(canBeTheFigure);
}

/**
 * "Michelle Obama" after "President Obama" and "Obama": a full name does not join an entity known so far only by a
 * surname that the notable-people list gives to another public figure (the surname's entity is that figure).
 */
function isOtherThanListedSurname(key: string, m: NamedMention, cluster: Cluster): boolean {
  if (m.type !== "person" || !key.includes(" ") || [...cluster.keys].some((k) => k.includes(" "))) return false;
  return [...cluster.keys].some(
    (surname) => surname === surnameOf(partsOf(key).words) && isListedAsOther(surname, [key]),
  );
}

/** How close (in characters) a full name must be to a bare surname to make it the surname's person outright. */
const RECENT_MENTION_CHARS = 250;

/**
 * "Jackie Kennedy" after "John F. Kennedy" and "Kennedy": a full name joins a person only if it fits every full
 * name the person already has (one's words inside the other's). The shared surname alone made one person of a
 * family.
 */
function hasOtherFullName(words: readonly string[], cluster: Cluster): boolean {
  for (const other of cluster.keys) {
    const theirs = partsOf(other).words;
    if (theirs.length < 2) continue;
    const [short, long] = words.length <= theirs.length ? [words, theirs] : [theirs, words];
    if (!wordsWithin(short, long) || otherInitials(short, long)) return true;
  }
  return false;
}

/**
 * "George W. Bush" and "George H.W. Bush": two full names whose middles are initials only, and other initials, are
 * two people (father and son), though one's words are all in the other's.
 */
function otherInitials(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 3) return false;
  const middle = (w: readonly string[]) => w.slice(1, -1);
  const initialsOnly = (w: readonly string[]) => w.every((x) => x.length === 1);
  const [a, b] = [middle(short), middle(long)];
  return initialsOnly(a) && initialsOnly(b) && a.join(" ") !== b.join(" ");
}

/** A first name's full form ("joe" → "joseph"), or the word itself. */
const fullFirstName = (w: string) => NICKNAMES.get(w) ?? w;

/** Whether every word of `short` is in `long`, a short first name matching its full form ("Joe" ~ "Joseph"). */
function wordsWithin(short: readonly string[], long: readonly string[]): boolean {
  return short.every((w) => long.includes(w) || long.some((l) => fullFirstName(l) === fullFirstName(w)));
}

/** Short forms of first names news copy uses for the same person ("Joe McCarthy" is "Joseph McCarthy"). */
const NICKNAMES = new Map(
  Object.entries({
    joe: "joseph",
    bill: "william",
    bob: "robert",
    rob: "robert",
    rick: "richard",
    dick: "richard",
    mike: "michael",
    jim: "james",
    jimmy: "james",
    tom: "thomas",
    ted: "edward",
    chuck: "charles",
    charlie: "charles",
    dan: "daniel",
    dave: "david",
    steve: "stephen",
    tony: "anthony",
    andy: "andrew",
    nick: "nicholas",
    pat: "patrick",
    sam: "samuel",
    ben: "benjamin",
    alex: "alexander",
    chris: "christopher",
    matt: "matthew",
    greg: "gregory",
    jeff: "jeffrey",
    ron: "ronald",
    ed: "edward",
    liz: "elizabeth",
    beth: "elizabeth",
    kate: "katherine",
    cathy: "catherine",
    sue: "susan",
    bernie: "bernard",
    larry: "lawrence",
    tim: "timothy",
    ken: "kenneth",
    don: "donald",
    doug: "douglas",
    josh: "joshua",
    jon: "jonathan",
    billy: "william",
    bobby: "robert",
    rudy: "rudolph",
    fred: "frederick",
    debbie: "deborah",
    becky: "rebecca",
    jenny: "jennifer",
  }),
);

/** The description patterns, compiled once with the global flag for matchAll. */
const DESCRIPTION_PATTERNS = DESCRIPTIONS.map((d) => ({ phrase: new RegExp(d.phrase.source, "gi"), roles: d.roles }));

/** Where a role names the office a description's last word names ("president" in "Vice President"), or its match. */
function officeAt(role: string, office: string, roles: RegExp): number {
  const at = officeWordIndex(role.toLowerCase(), office);
  return at >= 0 ? at : role.search(roles);
}

function sentenceOf(sentences: readonly Sentence[], at: number): Span {
  return spanAt(sentences, at) ?? { start: at, end: at };
}

export const entitiesAnnotator = defineAnnotator({
  name: "entities",
  requires: ["mentions", "sentences", "boilerplate"],
  produces: "entities",
  annotate(doc) {
    const text = doc.text;
    const mentions = doc.layers.mentions ?? [];
    const sentences = doc.layers.sentences ?? [];
    const clusters: Cluster[] = [];

    // 1. Cluster name mentions in reading order; demonyms only join a country already named.
    const names: NamedMention[] = mentions
      .filter((m) => m.form === "name")
      .map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
    const byKey = new Map<string, Cluster>();
    for (const m of names) {
      const key = keyOf(m.text);
      if (!key) continue;
      const candidate =
        surnameOfSeveral(key, m, text, clusters) ?? byKey.get(key) ?? clusterByNameParts(key, m.type, clusters);
      const found =
        candidate && (isSomeoneElsesSurname(key, m, text, candidate) || isOtherThanListedSurname(key, m, candidate))
          ? undefined
          : candidate;
      if (found) {
        found.names.push(m);
        found.keys.add(key);
        found.typeVotes.set(m.type, (found.typeVotes.get(m.type) ?? 0) + m.score);
        byKey.set(key, found);
      } else {
        const cluster: Cluster = {
          type: m.type,
          typeVotes: new Map([[m.type, m.score]]),
          names: [m],
          keys: new Set([key]),
          others: [],
          roles: [],
        };
        clusters.push(cluster);
        byKey.set(key, cluster);
      }
    }
    for (const c of clusters) c.type = clusterType(c);
    joinLoneFirstNames(clusters, byKey);
    joinOneWordNames(clusters, byKey, "first");
    joinOneWordNames(clusters, byKey, "last", "person", text);
    joinOneWordNames(clusters, byKey, "last", "organization");
    joinClippedNames(clusters, byKey, sentences, text);

    // 2. Titled mentions join the entity whose name they end with.
    for (const t of mentions.filter((m) => m.form === "titled")) {
      const owner = clusters.find((c) => c.names.some((n) => n.end === t.end));
      owner?.others.push({ start: t.start, end: t.end, form: "titled", certainty: "stated" });
    }

    // 3. Roles.
    const people = clusters.filter((c) => c.type === "person");
    const allPeopleSpans = people.flatMap((c) => c.names.map((n) => ({ start: n.start, end: n.end })));
    const organisationNames = names.filter((n) => n.type === "organization");
    for (const c of people) {
      for (const n of c.names) {
        const titled = c.others.find((o) => o.form === "titled" && o.end === n.end);
        const input = {
          text,
          name: n,
          ...(titled ? { titled } : {}),
          sentence: sentenceOf(sentences, n.start),
          otherPeople: allPeopleSpans.filter((p) => p.end !== n.end),
        };
        for (const rule of ROLE_RULES) {
          for (const found of rule(input)) {
            const r = roleThroughOrganisation(found, organisationNames, text);
            if (!isCompleteRole(r)) continue;
            if (!c.roles.some((x) => x.role === r.role)) c.roles.push(r);
            const office = functionOfRole(r);
            if (office && !c.roles.some((x) => x.role === office.role)) c.roles.push(office);
          }
        }
      }
    }

    // 4. Descriptions that refer back to a person with a fitting role.
    const ranges = readableRanges(doc);
    const roleSpans = people.flatMap((c) => c.roles);
    for (const range of ranges) {
      const slice = text.slice(range.start, range.end);
      for (const d of DESCRIPTION_PATTERNS) {
        for (const m of execAll(d.phrase, slice)) {
          const start = range.start + m.index;
          const end = start + m[0].length;
          // "the President of X" or "the President Karim Haddad" is a role phrase, not a reference back.
          if (/^\s+(of\b|\p{Lu})/u.test(text.slice(end, end + 4))) continue;
          if (roleSpans.some((r) => r.start <= start && end <= r.end)) continue;
          const office = (m[0].split(/\s+/).at(-1) ?? "").toLowerCase();
          const antecedent = nearestBefore(people, start, (c) =>
            c.roles.some((r) => d.roles.test(r.role) && holdsOffice(r.role, officeAt(r.role, office, d.roles), m[0])),
          );
          antecedent?.others.push({ start, end, form: "description", certainty: "inferred" });
        }
      }
    }

    // 5. "the South Carolinian said": a demonym that names a person refers to the person named right after it
    // ("fellow Texan Ana Ruiz") or, after "the", to the person named last before it, in its sentence or the one before;
    // "a Texan" is someone new.
    for (const m of mentions) {
      if (m.form !== "description" || m.type !== "person" || !m.rule.endsWith(DEMONYM_NOUN_RULE)) continue;
      const named = people.find((c) =>
        c.names.some((n) => n.start > m.end && /^[ \t]+$/.test(text.slice(m.end, n.start))),
      );
      const antecedent =
        named ??
        (DEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start))
          ? personNamedLastBefore(people, m.start, sentences)
          : undefined);
      antecedent?.others.push({ start: m.start, end: m.end, form: "description", certainty: "inferred" });
    }

    // Entities in order of first mention, canonical name = the longest name mention.
    const entities: Entity[] = clusters
      .map((c) => {
        const all: EntityMention[] = [
          ...c.names.map((n) => ({ start: n.start, end: n.end, form: "name" as const, certainty: "stated" as const })),
          ...c.others,
        ].sort((a, b) => a.start - b.start || b.end - a.end);
        // "HONG KONG" of a dateline and "Hong Kong" of the body: a person's or place's name as prose writes it (an
        // organisation's capitals may be its name: "NATO" and "Nato" are left as they come).
        const shouted = (n: NamedMention) => (c.type === "organization" ? 0 : isAllCapitals(n.text) ? 1 : 0);
        const canonical = [...c.names].sort((a, b) => b.text.length - a.text.length || shouted(a) - shouted(b))[0];
        // A possessive is cut from the name ("Lee's" → "Lee") unless it is part of it ("McDonald's").
        const keepsPossessive = canonical?.rule.endsWith(POSSESSIVE_NAME_RULE) ?? false;
        // "told The Daily Ledger": the mention keeps the capital "The" the text writes, the name is "Daily Ledger".
        const name = canonical?.rule.includes(CAPITAL_THE_RULE)
          ? canonical.text.replace(/^The\s+/, "")
          : (canonical?.text ?? "");
        return { c, all, name: keepsPossessive ? name : name.replace(/['’]s$/, "") };
      })
      .sort((a, b) => (a.all[0]?.start ?? 0) - (b.all[0]?.start ?? 0))
      .map(({ c, all, name }, i) => {
        const country = c.type === "person" ? countryOfPerson(c) : undefined;
        return { id: `e${i + 1}`, type: c.type, name, roles: c.roles, mentions: all, ...(country ? { country } : {}) };
      });
    return entities;
  },
});

/** Offices and ranks written before a name, lower case ("secretary-general", "ayatollah"). */
const TITLES: ReadonlySet<string> = new Set([...OFFICE_HEADS, ...RANK_TITLES].map((t) => t.toLowerCase()));

/**
 * "chairman of the Senate Health, Education, Labor and Pensions Committee": a role phrase stops at a comma, which
 * here stands inside the name of the body the role is held in ("UN Secretary" stops at a rank word, in "UN
 * Secretary-General"). A role that ends inside an organisation's name mention (and starts before it) runs on to the
 * end of that name, unless a capitalised word follows the name (the tagger ran it into a person's first name).
 */
function roleThroughOrganisation(r: Role, organisations: readonly Span[], text: string): Role {
  const org = organisations.find((o) => o.start >= r.start && o.start < r.end && r.end < o.end);
  if (!org) return r;
  // "Director of National Intelligence James | Clapper": a name the tagger ran on into a first name is no body
  // (one that ends in a title runs up to a name as it should: "UN Secretary-General | Kofi Annan").
  const lastWord = /[\p{L}.-]+$/u.exec(text.slice(org.start, org.end))?.[0] ?? "";
  if (/^[ \t]+\p{Lu}/u.test(text.slice(org.end, org.end + 2)) && !TITLES.has(lastWord.toLowerCase())) return r;
  return { ...r, end: org.end, role: text.slice(r.start, org.end) };
}

/** The rule of the name mentions the titled-person recogniser found ("Pruitt" of "Administrator Pruitt"). */
const TITLED_NAME_RULE = "entities:titled-person";

/**
 * A cluster's type: the type its name mentions vote for (each by its score), except that a name the text writes
 * after a person's title ("Mr. Pruitt", "Sen. Elizabeth Warren", "Director James Comey") makes the cluster a person.
 * The tagger often reads a politician's name in a headline, or a surname it rarely saw, as an organisation or a
 * place, and those votes outnumbered the one titled mention ("Pruitt said" … read as an organisation 120 times).
 */
function clusterType(c: Cluster): EntityType {
  if (c.names.some((n) => n.type === "person" && n.rule.startsWith(TITLED_NAME_RULE))) return "person";
  return [...c.typeVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? c.type;
}

/** Name keys' last words that follow a surname: "jr", "sr", "ii", "iii", "iv". */
const GENERATIONAL_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;

/** A name key's surname: its last word, or the one before a generational suffix ("William Taylor III" → taylor). */
const surnameOf = (words: readonly string[]) => words.at(GENERATIONAL_SUFFIX.test(words.at(-1) ?? "") ? -2 : -1);

/**
 * A one-word person cluster joins the one longer person name whose `edge` word it is; two people sharing that word
 * ("Bill Clinton", "Bill Gates") leave it alone.
 *  - First words: "Bernie" after "Bernie Sanders", "Kim" after "Kim Jong Un", "Wang" after "Wang Yi" (a first name
 *    used informally, or a family name written first).
 *  - Last words: "Clinton" first read as a place (a headline, a town of that name), then "Bill Clinton" and "Mr.
 *    Clinton" as a person: clustering in reading order kept the full name apart from the surname's cluster because
 *    their types differed then. Once the votes make both person clusters, they join, as name-variant coreference
 *    does for clusters that agree from the start.
 *  - Organisations, last words only: "the Post" after "The Washington Post", "the Journal" after "The Wall Street
 *    Journal", the short form papers and agencies use for themselves on second mention.
 */
function joinOneWordNames(
  clusters: Cluster[],
  byKey: Map<string, Cluster>,
  edge: "first" | "last",
  type: "person" | "organization" = "person",
  text?: string,
): void {
  const people = clusters.filter((c) => c.type === type);
  const edgeWord = (words: readonly string[]) => (edge === "first" ? words[0] : surnameOf(words));
  for (const single of people) {
    if (![...single.keys].every((k) => partsOf(k).words.length === 1)) continue;
    const word = [...single.keys][0];
    const owners = people.filter(
      (c) =>
        c !== single && [...c.keys].some((k) => partsOf(k).words.length >= 2 && edgeWord(partsOf(k).words) === word),
    );
    const owner = owners[0];
    if (owner === undefined || owners.length > 1) continue;
    // A surname kept apart from a relative's full name while clustering stays apart.
    if (text !== undefined && single.names.some((n) => isSomeoneElsesSurname(word ?? "", n, text, owner))) continue;
    absorb(owner, single, clusters, byKey);
  }
}

/**
 * "Rosa" read as an organisation after "Rosa Delgado" was named: a one-word organisation or misc cluster whose word
 * is a listed first name and the first word of exactly one person's full name is that person, called by the first
 * name (the tagger rarely saw an unfamiliar first name alone). Places stay apart ("Jordan", "Georgia" are places
 * before they are first names); two people sharing the first name leave it alone.
 */
function joinLoneFirstNames(clusters: Cluster[], byKey: Map<string, Cluster>): void {
  const people = clusters.filter((c) => c.type === "person");
  for (const single of clusters.filter((c) => c.type === "organization" || c.type === "misc")) {
    if (single.keys.size !== 1) continue;
    const word = [...single.keys][0] ?? "";
    if (word.includes(" ") || !isFirstName(word)) continue;
    const owners = people.filter((c) => [...c.keys].some((k) => k.includes(" ") && partsOf(k).words[0] === word));
    const owner = owners[0];
    if (owner === undefined || owners.length > 1) continue;
    absorb(owner, single, clusters, byKey);
  }
}

/**
 * The country a person is tied to: the first country or nationality their roles name ("French Defense Minister",
 * "President of the Malian Republic"), else the notable-people list.
 */
function countryOfPerson(c: Cluster): string | undefined {
  for (const r of c.roles) {
    for (const word of r.role.match(/\p{Lu}[\p{L}-]+/gu) ?? []) {
      const code = countryOfDemonym(word) ?? lookupPlace(word).find((p) => p.featureCode.startsWith("PCL"))?.country;
      if (code) return code;
    }
  }
  for (const n of c.names) {
    const known = notablePerson(n.text);
    if (known) return known.country;
  }
  return undefined;
}

/**
 * Right before a demonym that names a person, "the" (or "this", "that"): "the average American" is nobody in
 * particular, so a word between them breaks the link.
 */
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat)[ \t]+$/u;

/** The person whose name or title ends last before `at`, when that is in `at`'s sentence or the one before. */
function personNamedLastBefore(
  people: readonly Cluster[],
  at: number,
  sentences: readonly Sentence[],
): Cluster | undefined {
  const last = lastNamedBefore(people, at, () => true);
  if (last === undefined || sentenceIndex(sentences, at) - sentenceIndex(sentences, last.end - 1) > 1) return undefined;
  return last.cluster;
}

function nearestBefore(people: readonly Cluster[], at: number, fits: (c: Cluster) => boolean): Cluster | undefined {
  return lastNamedBefore(people, at, fits)?.cluster;
}

/** The cluster among those that fit whose name or other mention ends last at or before `at`, and where it ends. */
function lastNamedBefore(
  people: readonly Cluster[],
  at: number,
  fits: (c: Cluster) => boolean,
): { cluster: Cluster; end: number } | undefined {
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of people) {
    if (!fits(c)) continue;
    for (const n of [...c.names, ...c.others]) {
      if (n.end <= at && n.end > bestAt) {
        best = c;
        bestAt = n.end;
      }
    }
  }
  return best === undefined ? undefined : { cluster: best, end: bestAt };
}
