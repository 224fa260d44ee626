/**
 * Names in a Title Case headline, checked against the body.
 *
 * The tagger learnt capitals as evidence of a name from running text, where most words are lower case. In a headline
 * that capitalises every word ("The Night Bernie Sanders's 'Political Revolution' Died") that evidence is gone, and
 * it sweeps neighbouring words into names ("Night Bernie Sanders") or makes names of phrases ("Revolution' Died").
 * The body says the same names in ordinary case, so a headline mention is kept as the body writes it:
 *   - cut to the longest body name it contains ("Night Bernie Sanders" → "Bernie Sanders");
 *   - kept whole when it is a body name or part of one ("Sanders", with "Bernie Sanders" in the body);
 *   - kept when a list recogniser, not the tagger alone, found it ("Emmanuel Macron"), or it is a place the
 *     gazetteer knows ("Berlin");
 *   - dropped otherwise.
 */
import type { Mention } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { lookupPlace } from "../geo/gazetteer.js";
import { notablePerson } from "./notable.js";

/**
 * Share of content words capitalised from which a headline is Title Case. A sentence-case headline full of names
 * ("Macron meets Scholz in Berlin", 3 of 4) still has its verb in lower case.
 */
const TITLE_CASE_SHARE = 0.9;
/** Function words a Title Case headline may leave in lower case. */
const SMALL_WORDS = /^(?:a|an|the|and|or|nor|but|of|to|in|on|at|for|with|by|from|as|is|are|was|vs|via|up|off|out)$/i;

function isTitleCase(headline: string): boolean {
  const words = (headline.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !SMALL_WORDS.test(w));
  if (words.length < 3) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE;
}

/** Recognisers that read names from lists and gazetteers, so capitals alone did not make the mention. */
const LISTED = /^entities:(?:notable-person|gazetteer|demonym|byline)/;

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

export function headlineNamesFromBody(
  mentions: readonly Mention[],
  text: string,
  headline: Span | undefined,
): Mention[] {
  if (headline === undefined) return [...mentions];
  const inHeadline = (m: Span) => headline.start <= m.start && m.end <= headline.end;
  // Both rules change headline mentions only: without one, there is no need to gather the body's names.
  if (!mentions.some(inHeadline)) return [...mentions];
  const titleCase = isTitleCase(text.slice(headline.start, headline.end));
  // In a sentence-case headline only people's names are cut.
  if (!titleCase && !mentions.some((m) => m.type === "person" && inHeadline(m))) return [...mentions];
  // The names the body writes, longest first, so a mention is cut to the fullest body name it holds.
  const bodyNames = [
    ...new Set(mentions.filter((m) => !inHeadline(m)).map((m) => norm(text.slice(m.start, m.end)))),
  ].sort((a, b) => b.length - a.length);
  return titleCase
    ? titleCaseNamesFromBody(mentions, text, inHeadline, bodyNames)
    : gluedNamesCut(mentions, text, inHeadline, new Set(bodyNames));
}

/** The rules of the module comment, for a Title Case headline. */
function titleCaseNamesFromBody(
  mentions: readonly Mention[],
  text: string,
  inHeadline: (m: Span) => boolean,
  bodyNames: readonly string[],
): Mention[] {
  return mentions.flatMap((m) => {
    if (!inHeadline(m)) return [m];
    const surface = text.slice(m.start, m.end);
    const name = norm(surface);
    if (name === "") return [];
    if (bodyNames.some((b) => b === name || wordIndex(b, name) >= 0)) return [m];
    for (const b of bodyNames) {
      const at = wordIndex(surface, b);
      if (at >= 0) return [{ ...m, start: m.start + at, end: m.start + at + b.length, rule: `${m.rule}+headline` }];
    }
    if (m.type === "place" && lookupPlace(name).length > 0) return [m];
    if (!LISTED.test(m.rule)) return [];
    // A listed name that a refiner lengthened with a headline word ("Meets Scholz"): back to the listed part.
    const listed = listedSuffix(surface);
    return listed === undefined ? [m] : [{ ...m, start: m.end - listed.length, rule: `${m.rule}+headline` }];
  });
}

/**
 * A sentence-case headline still packs nouns together ("Senator calls Susan Rice Inauguration Day email …"), and the
 * tagger may glue a capitalised phrase onto a name. A headline mention that is a body name followed by more
 * capitalised words is cut to the body name.
 */
function gluedNamesCut(
  mentions: readonly Mention[],
  text: string,
  inHeadline: (m: Span) => boolean,
  bodyNames: ReadonlySet<string>,
): Mention[] {
  return mentions.map((m) => {
    if (!inHeadline(m) || m.type !== "person") return m;
    const surface = text.slice(m.start, m.end);
    if (bodyNames.has(norm(surface))) return m;
    const words = surface.split(" ");
    for (let n = words.length - 1; n >= 2; n--) {
      const prefix = words.slice(0, n).join(" ");
      const rest = surface.slice(prefix.length);
      if (bodyNames.has(prefix) && /^ \p{Lu}/u.test(rest) && !NAME_SUFFIX.test(rest))
        return { ...m, end: m.start + prefix.length, rule: `${m.rule}+headline` };
    }
    return m;
  });
}
