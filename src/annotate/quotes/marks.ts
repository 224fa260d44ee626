/**
 * Quotation marks: which characters open or close a quotation, and which are apostrophes, inch marks or elisions.
 * Curly marks say their direction; straight ones (" ') and the right single mark ’ (also the typographic
 * apostrophe) are read from their neighbours, the way a copy editor would.
 */

export type MarkFamily = "double" | "single" | "guillemet";
export type MarkRole = "open" | "close";

export interface Mark {
  readonly at: number;
  /** 1, or 2 for a doubled straight single mark ('') standing in for a double quotation mark. */
  readonly len: number;
  readonly family: MarkFamily;
  readonly role: MarkRole;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_OR_START = /^$|[\s([{\u2014\u2013/-]/u;
/** Characters that may follow a closing mark: space, punctuation, end of text, a bracketed source (“…”[NYT.]). */
const AFTER_CLOSE = /^$|[\s.,;:!?)[\]}\u2014\u2013/…-]/u;

/** What follows a straight mark after a comma when the mark closes: a space, or the end of the paragraph. */
const STRAIGHT_CLOSE_AFTER_COMMA = /^(?:\s|)$/;

function isOpeningContext(prev: string, next: string): boolean {
  return SPACE_OR_START.test(prev) && next !== "" && !/\s/.test(next);
}

function isClosingContext(prev: string, next: string): boolean {
  return prev !== "" && !/\s/.test(prev) && AFTER_CLOSE.test(next);
}

/**
 * "rock 'n' roll", "'90s", "5'11\"", "Smith's": a straight or right single mark that is not a quotation mark.
 * Checked before the mark is considered at all, because single quotes are far more often apostrophes.
 */
function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1] ?? "";
  const next = text[i + 1] ?? "";
  if (LETTER_OR_DIGIT.test(prev) && /\p{L}/u.test(next)) return true; // don't, Smith's, O'Brien
  if (/\p{N}/u.test(prev)) return true; // 5'11" (feet), 1990’
  if (/^\s$/.test(prev) && /\p{N}/u.test(next)) return true; // '90s
  // 'n' in "rock 'n' roll": both marks hug a lone n
  if (/^['’]n['’]/i.test(text.slice(i, i + 3)) || /['’]n['’]$/i.test(text.slice(i - 2, i + 1))) return true;
  return false;
}

/**
 * The rest of the paragraph has a double closing mark left over for a quotation opened before it: more closing
 * curly marks than opening ones, or an odd number of straight ones.
 */
function closesLater(rest: string): boolean {
  const count = (re: RegExp) => (rest.match(re) ?? []).length;
  return count(/[\u201D\u00BB]/g) > count(/[\u201C\u201E\u00AB]/g) || count(/"|''/g) % 2 === 1;
}

/**
 * “Let’s go. We can win.’ Schumer said: a single mark after the sentence's end, while a double quotation is open and
 * no single one is, and no mark later in the paragraph is left to close the double: it is the double's closing mark,
 * set wrong.
 */
function closesDoubleSetWrong(text: string, i: number, to: number, pending: Record<MarkFamily, number>): boolean {
  if (pending.single > 0 || pending.double === 0) return false;
  const prev = text[i - 1] ?? "";
  const next = i + 1 < to ? (text[i + 1] ?? "") : "";
  return /[.!?,]/.test(prev) && AFTER_CLOSE.test(next) && !closesLater(text.slice(i + 1, to));
}

/** Whether the character code is one `scanMarks` acts on: " ' « » ‘ ’ “ ” „ (not ‚ or ‛, between them). */
function isMarkCode(c: number): boolean {
  if (c < 0x80) return c === 0x22 || c === 0x27;
  if (c < 0x2018) return c === 0xab || c === 0xbb;
  return c <= 0x201e && c !== 0x201a && c !== 0x201b;
}

/** Reads every quotation mark in [from, to), with its role decided from context and the marks already open. */
export function scanMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  // Open marks still waiting for a partner, per family, so straight marks can be read as closers.
  const pending: Record<MarkFamily, number> = { double: 0, single: 0, guillemet: 0 };
  const push = (at: number, family: MarkFamily, role: MarkRole, len = 1): void => {
    marks.push({ at, len, family, role });
    pending[family] = Math.max(0, pending[family] + (role === "open" ? 1 : -1));
  };
  for (let i = from; i < to; i++) {
    // Only a mark character can do anything below: the rest of the text is skipped by its code, without reading
    // each character (and its neighbours) as a string.
    if (!isMarkCode(text.charCodeAt(i))) continue;
    const ch = text[i] ?? "";
    const prev = i > from ? (text[i - 1] ?? "") : "";
    const next = i + 1 < to ? (text[i + 1] ?? "") : "";
    // Three straight marks closing a quotation inside a quotation: the first closes the single, the pair the double.
    if (ch === "'" && next === "'" && text[i + 2] === "'" && pending.single > 0) {
      push(i, "single", "close");
      continue;
    }
    // Two straight single marks are one double mark in some archives (''Like this,'' he said).
    if (ch === "'" && next === "'") {
      const after = i + 2 < to ? (text[i + 2] ?? "") : "";
      if (pending.double > 0 && isClosingContext(prev, after)) push(i, "double", "close", 2);
      else if (isOpeningContext(prev, after) || /[,:;]/.test(prev)) push(i, "double", "open", 2);
      else if (isClosingContext(prev, after)) push(i, "double", "close", 2);
      // A pair standing alone between spaces (''…coalitions, '' said Mr. Gunnels) closes whatever is open.
      else if (pending.double > 0 && /\s/.test(prev) && AFTER_CLOSE.test(after)) push(i, "double", "close", 2);
      i++;
      continue;
    }
    switch (ch) {
      case "\u201C": // “ opens; glued to the word before and followed by a space, it is a closing mark set wrong
      case "\u201E": // „
        if (pending.double > 0 && isClosingContext(prev, next)) push(i, "double", "close");
        else push(i, "double", "open");
        break;
      case "\u201D": // ” closes; at a paragraph start, or before a word after a space, it is a reversed opening mark
        if (pending.double === 0 && (i === from || isOpeningContext(prev, next))) push(i, "double", "open");
        else push(i, "double", "close");
        break;
      case "\u00AB": // «
        push(i, "guillemet", "open");
        break;
      case "\u00BB": // »
        push(i, "guillemet", "close");
        break;
      case '"': {
        // An inch mark: 5'11", 27" screen; only when no double quote is waiting to be closed.
        if (/\p{N}/u.test(prev) && pending.double === 0) break;
        if (pending.double > 0 && isClosingContext(prev, next)) push(i, "double", "close");
        // After a comma a straight mark opens (He said,"We …") unless white space follows it: ‘…leaving," she wrote’
        // closes a quotation opened in a paragraph before, which the pairing carries over (nothing is pending here).
        else if (isOpeningContext(prev, next) || (/[,:;]/.test(prev) && !STRAIGHT_CLOSE_AFTER_COMMA.test(next)))
          push(i, "double", "open");
        else if (isClosingContext(prev, next)) push(i, "double", "close");
        // A mark standing alone between spaces ("…outreach,' " he said) closes whatever is open.
        else if (pending.double > 0 && /\s/.test(prev) && AFTER_CLOSE.test(next)) push(i, "double", "close");
        break;
      }
      case "\u2018": // ‘ opens, unless it elides (‘90s) or stands for an apostrophe between letters (Review‘s)
        if (!/\p{N}/u.test(next) && !(LETTER_OR_DIGIT.test(prev) && /\p{L}/u.test(next))) push(i, "single", "open");
        break;
      case "\u2019": // ’ closes only a pending single quote; otherwise it is an apostrophe
      case "'":
        if (isApostrophe(text, i)) break;
        if (pending.single > 0 && isClosingContext(prev, next)) push(i, "single", "close");
        else if (closesDoubleSetWrong(text, i, to, pending)) push(i, "double", "close");
        else if (ch === "'" && isOpeningContext(prev, next)) push(i, "single", "open");
        break;
      default:
        break;
    }
  }
  return marks;
}

/** Double and guillemet families pair with each other's direction only; a straight " may close a curly “. */
export function isDoubleLike(family: MarkFamily): boolean {
  return family === "double" || family === "guillemet";
}
