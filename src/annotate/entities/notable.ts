/**
 * Notable public figures (models/people/notable-people.tsv): names the NER model may miss or mistype, and the
 * country each is tied to when the article itself does not say.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Mention } from "../../core/document.js";
import { codePointBefore } from "../../core/letters.js";
import { modelsDir } from "../../core/paths.js";
import { escapeRegExp, execAll } from "../../core/regexp.js";
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
  /** `firstWordShapeAt` of every key of `firstWords`: a word whose shape is not here is no name's first word. */
  readonly firstWordShapes: Uint8Array;
}

/** Word lengths told apart by `firstWordShapeAt`; longer words share the last length. */
const SHAPE_LENGTHS = 64;

/** A word's length and first character (7 bits of it), as one index into `firstWordShapes`. */
function firstWordShapeAt(length: number, firstCode: number): number {
  return Math.min(length, SHAPE_LENGTHS - 1) * 128 + (firstCode & 127);
}

function firstWordShapesOf(keys: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(SHAPE_LENGTHS * 128);
  for (const key of keys) shapes[firstWordShapeAt(key.length, key.charCodeAt(0))] = 1;
  return shapes;
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
  const firstWords = new Set([...byName.keys()].map(firstWordKey));
  index = {
    byName,
    pattern: new RegExp(source, "giu"),
    patternAt: new RegExp(source, "iuy"),
    firstWords,
    firstWordShapes: firstWordShapesOf(firstWords),
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
  return execAll(load().pattern, text).map((m) => ({ index: m.index, text: m[0] }));
}

/** Whether a code point is a letter or digit (1), a mark (2) or neither (0); non-ASCII answers remembered. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const NON_ASCII_CLASS = new Map<number, number>();
const LN = 1;
const M = 2;

function classOf(cp: number): number {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122) ? LN : 0;
  let known = NON_ASCII_CLASS.get(cp);
  if (known === undefined) {
    const ch = String.fromCodePoint(cp);
    known = LETTER_OR_DIGIT.test(ch) ? LN : MARK.test(ch) ? M : 0;
    NON_ASCII_CLASS.set(cp, known);
  }
  return known;
}

const widthOf = (cp: number): number => (cp > 0xffff ? 2 : 1);
/** An ASCII letter's lower case code (other codes as they are). */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);
const isPlainCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * The next word at or after `from` where a listed name may start, as /(?<![\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{N}\p{M}]*\/gu
 * finds it from lastIndex `from` (a letter or digit with none before it, and the letters, digits and marks that
 * follow), scanned by character code: the pattern's match array and substring for every word of every text were
 * a good part of this recogniser's cost. Returns whether there is one, and leaves it in `foundWord`.
 */
function nextWordAtNameStart(text: string, from: number): boolean {
  for (let i = from; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    if (classOf(cp) !== LN || classOf(codePointBefore(text, i)) === LN) {
      i += widthOf(cp);
      continue;
    }
    let end = i + widthOf(cp);
    let plain = isPlainCode(cp);
    for (;;) {
      if (end >= text.length) break;
      const next = text.codePointAt(end) ?? 0;
      if (classOf(next) === 0) break;
      plain &&= isPlainCode(next);
      end += widthOf(next);
    }
    foundWord.start = i;
    foundWord.end = end;
    foundWord.plain = plain;
    return true;
  }
  return false;
}

/**
 * The word `nextWordAtNameStart` found last (`plain`: ASCII letters and digits only). One object reused: one per
 * word of every text was the scan's only garbage.
 */
const foundWord = { start: 0, end: 0, plain: false };

/**
 * The matches of `findNotableNamesByPattern`, found without running the two-hundred-name alternation at every
 * position of the text: a name starting in a plain ASCII word must start with that word (its next character is
 * no letter, digit or mark, so a name cannot go on or stop inside the word), so the pattern is only tried where
 * such a word is some name's first word; at words with other characters it is tried at every position, as the
 * global scan would. Matches do not overlap: the scan goes on after each, like the global pattern's.
 */
export function findNotableNames(text: string): NameMatch[] {
  const { patternAt, firstWords, asciiStarts, firstWordShapes } = load();
  if (!asciiStarts) return findNotableNamesByPattern(text);
  const out: NameMatch[] = [];
  let from = 0;
  while (nextWordAtNameStart(text, from)) {
    const { start, end: wordEnd, plain } = foundWord;
    from = wordEnd;
    // A plain word lowers to ASCII: its length and lowered first letter rule most words out before the look-up.
    if (plain && firstWordShapes[firstWordShapeAt(wordEnd - start, lowerAscii(text.charCodeAt(start)))] === 0) continue;
    if (plain && !firstWords.has(text.slice(start, wordEnd).toLowerCase())) continue;
    const end = plain ? start + 1 : wordEnd;
    for (let at = start; at < end; at += widthOf(text.codePointAt(at) ?? 0)) {
      patternAt.lastIndex = at;
      const m = patternAt.exec(text);
      if (m === null) continue;
      out.push({ index: at, text: m[0] });
      from = at + m[0].length;
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
