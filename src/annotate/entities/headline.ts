/**
 * Names in a Title Case headline, checked against the body; likewise Title Case lines and quoted titles inside the
 * text (subheadings, lists of links to other stories, book titles).
 *
 * The tagger learnt capitals as evidence of a name from running text, where most words are lower case. In a headline
 * that capitalises every word ("The Night Bernie Sanders's 'Political Revolution' Died") that evidence is gone, and
 * it sweeps neighbouring words into names ("Night Bernie Sanders") or makes names of phrases ("Revolution' Died").
 * The body says the same names in ordinary case, so a headline mention is kept as the body writes it:
 *   - cut to the longest body name it contains ("Night Bernie Sanders" → "Bernie Sanders"), unless it is a listed
 *     person's full name ("Donald Trump" stays, though the body says "Trump");
 *   - kept whole when it is a body name or part of one ("Sanders", with "Bernie Sanders" in the body);
 *   - kept when a list recogniser, not the tagger alone, found it ("Emmanuel Macron"), or it is a major place
 *     ("Berlin"; a village's name is as likely a capitalised word: "Success");
 *   - dropped otherwise.
 */
import type { Mention } from "../../core/document.js";
import { escapeRegExp, execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { isFirstNameAccentsAside } from "./first-names.js";
import { notablePerson } from "./notable.js";
import { placeKindOf, standsAloneInLowerCase } from "./recognizers.js";

/**
 * Share of content words capitalised from which a headline is Title Case. A sentence-case headline full of names
 * ("Macron meets Scholz in Berlin", 3 of 4) still has its verb in lower case.
 */
const TITLE_CASE_SHARE = 0.9;
/**
 * Function words a Title Case headline may leave in lower case: articles, conjunctions, short prepositions, and the
 * short verbs and pronouns many desks also set small ("Velde Keeps it Short", "Could the Race be a Re-Run?").
 */
const SMALL_WORDS =
  /^(?:a|an|the|and|or|nor|but|if|so|of|to|in|on|at|for|with|by|from|as|into|than|is|are|was|be|it|its|vs|via|up|off|out)$/i;

/**
 * The words that show a headline's case. One letter says nothing ("A", "I"), and it keeps out the letters of a
 * headline decoded in the wrong charset ("Ã¢â‚¬ËœHad": "Ã", "â").
 */
const contentWordsOf = (s: string): string[] =>
  (s.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length > 1 && !SMALL_WORDS.test(w));
const contentWords = (s: string): number => contentWordsOf(s).length;

function isTitleCase(headline: string): boolean {
  const words = contentWordsOf(headline);
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE;
}

/**
 * Recognisers that read names from lists, so capitals alone did not make the mention. (The gazetteer is not one of
 * them: its villages bear ordinary words' names, and a major place is kept by its name below.)
 */
const LISTED = /^entities:(?:notable-person|demonym|byline)/;

const norm = (s: string): string =>
  s
    .replace(/['’]s$/u, "")
    .replace(/\s+/g, " ")
    .trim();

const LETTER = /[\p{L}\p{N}]/u;

/** Where `needle` occurs in `hay` with no letter or digit right before or after it, or -1. */
function wordIndex(hay: string, needle: string): number {
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (!LETTER.test(hay[at - 1] ?? " ") && !LETTER.test(hay[at + needle.length] ?? " ")) return at;
  }
  return -1;
}

/** The shortest-cut ending of `surface` that the notable-people list knows, when `surface` itself is not listed. */
function listedSuffix(surface: string): string | undefined {
  if (notablePerson(surface) !== undefined) return undefined;
  const words = surface.split(" ");
  for (let i = 1; i < words.length; i++) {
    const rest = words.slice(i).join(" ");
    if (notablePerson(rest) !== undefined) return rest;
  }
  return undefined;
}

/** Name suffixes that belong to the name before them ("Donald Trump Jr."). */
const NAME_SUFFIX = /^ (?:Jr|Sr|II|III|IV)\b/;

/**
 * Headings and titles inside the text that capitalise every word as a Title Case headline does: a line of its own
 * with no full stop (a subheading, a "Read more" link: "Steve Bannon Owns the Resistance for a Day") or a quoted title ("“Outrage,
 * INC.: How the Liberal Mob Ruined Science”"). Lines and quotations need more words than a headline, so that a
 * line or a quotation of names alone ("Jane Roe, John Doe") is not taken for a title.
 */
const MIN_TITLE_WORDS = 4;
const QUOTED = /[“"]([^“”"\n]{10,200})[”"]/gu;
/**
 * A title joins its words with articles, prepositions or a verb ("… Owns the Resistance for a Day"); a list of names,
 * outlets or credits ("Kyle Smith, National Review", "ABC World News, CBS Evening News and …") has none of them and
 * is no title. ("The" is no sign: "Jane Roe, The American Conservative" is a credit.)
 */
const TITLE_SMALL_WORD =
  /(?:^|\s)(?:of|to|in|on|at|for|with|from|as|is|are|was|were|be|has|have|will|says|said)(?=\s)/iu;
/** Two commas: a list. Three numbers: a table ("CBS Evening News 73.7 CNN NewsNight with Aaron Brown 56.0 …"). */
const LIST_COMMAS = /,[^,]*,|\d[^\d]+\d[^\d]+\d/;

function titleCaseStretches(text: string): Span[] {
  const out: Span[] = [];
  const isTitle = (s: string) =>
    isTitleCase(s) && contentWords(s) >= MIN_TITLE_WORDS && TITLE_SMALL_WORD.test(s) && !LIST_COMMAS.test(s);
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    // A line that ends in a full stop is a sentence of names and titles ("Jane Roe is Senior Editor at …").
    const line = text.slice(start, end).trimEnd();
    if (line.length > 10 && !/\.["”’]?$/.test(line) && isTitle(line)) out.push({ start, end });
    start = end + 1;
  }
  if (text.includes("“") || text.includes('"'))
    for (const m of execAll(QUOTED, text))
      if (isTitle(m[1] as string)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function headlineNamesFromBody(
  mentions: readonly Mention[],
  text: string,
  headline: Span | undefined,
): Mention[] {
  const inside = (spans: readonly Span[]) => (m: Span) => spans.some((s) => s.start <= m.start && m.end <= s.end);
  const titleCaseHeadline = headline !== undefined && isTitleCase(text.slice(headline.start, headline.end));
  const titles = [...(titleCaseHeadline ? [headline] : []), ...titleCaseStretches(text)];
  const inTitle = inside(titles);
  const inHeadline = inside(headline === undefined ? [] : [headline]);
  // Both rules change title mentions, and in a sentence-case headline people's names and the name opening it, only:
  // without one, there is no need to gather the body's names.
  if (!mentions.some((m) => inTitle(m) || (inHeadline(m) && (m.type === "person" || m.start === headline?.start))))
    return [...mentions];
  // The names the body writes, longest first, so a mention is cut to the fullest body name it holds.
  const bodyNames = [
    ...new Set(mentions.filter((m) => !inTitle(m) && !inHeadline(m)).map((m) => norm(text.slice(m.start, m.end)))),
  ].sort((a, b) => b.length - a.length);
  // The type the body gives each name (its first mention's): a headline mention cut to a body name takes it.
  const bodyTypes = new Map<string, Mention["type"]>();
  for (const m of mentions) {
    const name = norm(text.slice(m.start, m.end));
    if (!inTitle(m) && !inHeadline(m) && !bodyTypes.has(name)) bodyTypes.set(name, m.type);
  }
  const fromTitles =
    titles.length > 0 ? titleCaseNamesFromBody(mentions, text, inTitle, bodyNames, bodyTypes) : [...mentions];
  return headline !== undefined && !titleCaseHeadline
    ? gluedNamesCut(fromTitles, text, headline, new Set(bodyNames))
    : fromTitles;
}

/** The rules of the module comment, for a Title Case headline. */
function titleCaseNamesFromBody(
  mentions: readonly Mention[],
  text: string,
  inHeadline: (m: Span) => boolean,
  bodyNames: readonly string[],
  bodyTypes: ReadonlyMap<string, Mention["type"]>,
): Mention[] {
  return mentions.flatMap((m) => {
    if (!inHeadline(m)) return [m];
    const surface = text.slice(m.start, m.end);
    const name = norm(surface);
    if (name === "") return [];
    if (bodyNames.some((b) => b === name || wordIndex(b, name) >= 0)) return [m];
    // A listed person's full name stays whole though the body says only the surname ("Donald Trump", "Trump").
    if (LISTED.test(m.rule) && notablePerson(name) !== undefined) return [m];
    for (const b of bodyNames) {
      const at = wordIndex(surface, b);
      // "Court Drops … Against Maria Lopez", tagged a place for its first word: cut to "Maria Lopez", the name
      // is what the body says it is, a person.
      if (at >= 0)
        return [
          {
            ...m,
            type: bodyTypes.get(b) ?? m.type,
            start: m.start + at,
            end: m.start + at + b.length,
            rule: `${m.rule}+headline`,
          },
        ];
    }
    // A major place keeps its name in any case; a village's name in capitals is as likely a word ("Success").
    if ((m.type === "place" || m.rule.startsWith("entities:gazetteer-place")) && placeKindOf(name) === "major")
      return [m];
    if (!LISTED.test(m.rule)) return [];
    // A listed name that a refiner lengthened with a headline word ("Meets Scholz"): back to the listed part.
    const listed = listedSuffix(surface);
    return listed === undefined ? [m] : [{ ...m, start: m.end - listed.length, rule: `${m.rule}+headline` }];
  });
}

/**
 * A sentence-case headline still packs nouns together ("Senator calls Susan Rice Inauguration Day email …"), and the
 * tagger may glue a capitalised phrase onto a name:
 *   - a person that is a body name followed by more capitalised words is cut to the body name;
 *   - a name that opens the headline, whose first word is capitalised only for opening it, is cut to the body name
 *     after that word ("Anxious State Department staff brace …" → "State Department"). A word the body also
 *     capitalises inside a sentence is a name's ("Senate Democrats"), and a known place or person is kept whole.
 *     A person's first word must moreover be no first name and read as an ordinary word: one the body writes in
 *     lower case, or an adjective or participle by its ending ("Disappointed Velde"; not "Marta Velde", whose body
 *     says only "Velde").
 */
function gluedNamesCut(
  mentions: readonly Mention[],
  text: string,
  headline: Span,
  bodyNames: ReadonlySet<string>,
): Mention[] {
  const inHeadline = (m: Span) => headline.start <= m.start && m.end <= headline.end;
  const body = text.slice(headline.end);
  return mentions.map((m) => {
    if (!inHeadline(m)) return m;
    const surface = text.slice(m.start, m.end);
    if (bodyNames.has(norm(surface))) return m;
    const words = surface.split(" ");
    if (m.type === "person")
      for (let n = words.length - 1; n >= 2; n--) {
        const prefix = words.slice(0, n).join(" ");
        const rest = surface.slice(prefix.length);
        if (bodyNames.has(prefix) && /^ \p{Lu}/u.test(rest) && !NAME_SUFFIX.test(rest))
          return { ...m, end: m.start + prefix.length, rule: `${m.rule}+headline` };
      }
    const first = words[0] as string;
    const rest = surface.slice(first.length + 1);
    if (
      words.length >= 2 &&
      m.start === headline.start &&
      CAPITALISED_WORD.test(first) &&
      bodyNames.has(norm(rest)) &&
      !capitalisedInsideSentence(body, first) &&
      (m.type !== "person" || ordinaryWord(body, first)) &&
      placeKindOf(norm(surface)) === "none" &&
      notablePerson(norm(surface)) === undefined
    )
      return { ...m, start: m.end - rest.length, rule: `${m.rule}+headline` };
    return m;
  });
}

/** A word capitalised as a sentence's first word is ("Anxious"), not an abbreviation ("US Embassy"). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Endings of adjectives and participles, which no first name has ("Disappointed", "Outgoing", "Anxious"). */
const ADJECTIVE_ENDING = /(?:ed|ing|ous|ful|less|ive|able|ible)$/;

/** Whether a capitalised word opening a headline reads as an ordinary word rather than a first name. */
function ordinaryWord(body: string, word: string): boolean {
  if (isFirstNameAccentsAside(word)) return false;
  return ADJECTIVE_ENDING.test(word) || standsAloneInLowerCase(body, word.toLowerCase());
}

/** Whether `text` writes `word` capitalised after a lower-case word or a comma, where only a name's words are. */
function capitalisedInsideSentence(text: string, word: string): boolean {
  return new RegExp(String.raw`[\p{Ll},]\s${escapeRegExp(word)}(?![\p{L}\p{N}])`, "u").test(text);
}
