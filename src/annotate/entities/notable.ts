/**
 * Notable public figures (models/people/notable-people.tsv): names the NER model may miss or mistype, and the
 * country each is tied to when the article itself does not say.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Mention } from "../../core/document.js";
import { modelsDir } from "../../core/paths.js";
import { escapeRegExp } from "../../core/regexp.js";
import type { MentionRecognizer } from "./recognizers.js";

export interface NotablePerson {
  readonly name: string;
  readonly country: string;
  readonly office: string;
}

interface NotableIndex {
  readonly byName: Map<string, NotablePerson>;
  /** Every listed name, longest first, matched case-insensitively between non-alphanumerics: the definition. */
  readonly pattern: RegExp;
  /** `pattern`, sticky: tried at one position. */
  readonly patternAt: RegExp;
  /** `firstWordKey` of every listed name. */
  readonly firstWords: ReadonlySet<string>;
  /** Every name starts with an ASCII letter or digit, which `findNotableNames` relies on. */
  readonly asciiStarts: boolean;
}

let index: NotableIndex | undefined;

function load(): NotableIndex {
  if (index) return index;
  const byName = new Map<string, NotablePerson>();
  for (const line of readFileSync(join(modelsDir, "people/notable-people.tsv"), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [name, surname, country, office] = line.split("\t");
    if (!name || !country || !office) continue;
    const person = { name, country, office };
    byName.set(name.toLowerCase(), person);
    if (surname && surname !== "-" && !byName.has(surname.toLowerCase())) byName.set(surname.toLowerCase(), person);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Case-sensitive capital first letter is checked after matching; the list itself is matched case-insensitively.
  const source = String.raw`(?<![\p{L}\p{N}])(?:${names.join("|")})(?![\p{L}\p{N}])`;
  index = {
    byName,
    pattern: new RegExp(source, "giu"),
    patternAt: new RegExp(source, "iuy"),
    firstWords: new Set([...byName.keys()].map(firstWordKey)),
    asciiStarts: [...byName.keys()].every((name) => /^[a-z0-9]/.test(name)),
  };
  return index;
}

/**
 * A name's first word (its leading run of letters, digits and marks), in the form a plain ASCII word of the text
 * matching it case-insensitively lowers to. Under the pattern's Unicode case folding "ſ" matches "s" and the
 * Kelvin sign "k"; they are the only non-ASCII characters that match ASCII ones.
 */
function firstWordKey(name: string): string {
  const first = /^[\p{L}\p{N}\p{M}]*/u.exec(name)?.[0] ?? "";
  return first.toLowerCase().replaceAll("ſ", "s").replaceAll("\u212a", "k");
}

/** The notable person a name (full name or distinctive surname) refers to, if any. */
export function notablePerson(name: string): NotablePerson | undefined {
  return load().byName.get(name.toLowerCase().replace(/['’]s$/, ""));
}

export interface NameMatch {
  readonly index: number;
  readonly text: string;
}

/** Where the listed names occur in `text`, as the global pattern finds them (`findNotableNames` is the fast way). */
export function findNotableNamesByPattern(text: string): NameMatch[] {
  return [...text.matchAll(load().pattern)].map((m) => ({ index: m.index, text: m[0] }));
}

/**
 * A word where a listed name may start: a letter or digit with none before it (the pattern's look-behind), and
 * the letters, digits and marks that follow it.
 */
const WORD_AT_NAME_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/**
 * The matches of `findNotableNamesByPattern`, found without running the two-hundred-name alternation at every
 * position of the text: a name starting in a plain ASCII word must start with that word (its next character is
 * no letter, digit or mark, so a name cannot go on or stop inside the word), so the pattern is only tried where
 * such a word is some name's first word; at words with other characters it is tried at every position, as the
 * global scan would. Matches do not overlap: the scan goes on after each, like the global pattern's.
 */
export function findNotableNames(text: string): NameMatch[] {
  const { patternAt, firstWords, asciiStarts } = load();
  if (!asciiStarts) return findNotableNamesByPattern(text);
  const out: NameMatch[] = [];
  const words = WORD_AT_NAME_START;
  words.lastIndex = 0;
  for (let w = words.exec(text); w !== null; w = words.exec(text)) {
    const word = w[0];
    const plain = PLAIN_WORD.test(word);
    if (plain && !firstWords.has(word.toLowerCase())) continue;
    const end = plain ? w.index + 1 : w.index + word.length;
    for (let at = w.index; at < end; at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1) {
      patternAt.lastIndex = at;
      const m = patternAt.exec(text);
      if (m === null) continue;
      out.push({ index: at, text: m[0] });
      words.lastIndex = at + m[0].length;
      break;
    }
  }
  return out;
}

/** Full names and distinctive surnames of notable people, typed as persons above the model's guess. */
export const notablePersonRecognizer: MentionRecognizer = {
  name: "notable-person",
  priority: 6,
  recognize(input) {
    const out: Mention[] = [];
    for (const range of input.ranges) {
      const slice = input.doc.text.slice(range.start, range.end);
      for (const m of findNotableNames(slice)) {
        if (!/^\p{Lu}/u.test(m.text)) continue;
        const start = range.start + m.index;
        out.push({
          start,
          end: start + m.text.length,
          type: "person",
          form: "name",
          rule: "entities:notable-person",
          score: 0.95,
        });
      }
    }
    return out;
  },
};
