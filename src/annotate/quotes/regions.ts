/**
 * Pairs quotation marks into quoted regions, paragraph by paragraph. Beyond simple pairs it recovers the shapes
 * real copy has: a quotation running over several paragraphs (newswire reopens each paragraph and closes only the
 * last), an opening mark that was lost (content runs from the paragraph start, or from a colon cue, to the close),
 * and a closing mark that was lost (content runs to the end of the paragraph).
 */
import type { Span } from "../../core/span.js";
import { type Mark, type MarkFamily, scanMarks } from "./marks.js";

export type RegionRule = "marks:paired" | "marks:continued" | "marks:missing-open" | "marks:missing-close";

export interface Region extends Span {
  /** Span including whichever marks are present. */
  readonly outer: Span;
  readonly family: MarkFamily;
  readonly marks: { readonly open: boolean; readonly close: boolean };
  /** 0 for a top-level quotation, 1+ for a quotation inside another. */
  readonly depth: number;
  /** Index of the paragraph where the quotation opens. */
  readonly paragraph: number;
  readonly rule: RegionRule;
  /** Pieces of one quotation split at paragraph breaks share a group (the offset of its opening mark). */
  readonly group: number;
}

/** Fewest words a content recovered without its opening mark must have; a stray mark before one word is a typo. */
const MIN_MISSING_OPEN_WORDS = 3;

interface Open {
  readonly mark: Mark;
  readonly paragraph: number;
}

function contentSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return { start: s, end: e };
}

function region(
  text: string,
  open: Open | undefined,
  openAt: number,
  close: Mark | undefined,
  closeAt: number,
  rest: Omit<Region, "start" | "end" | "outer" | "marks" | "group">,
): Region {
  const inner = contentSpan(text, open ? openAt + open.mark.len : openAt, closeAt);
  const outer = { start: open ? openAt : inner.start, end: close ? closeAt + close.len : inner.end };
  return {
    ...inner,
    outer,
    marks: { open: open !== undefined, close: close !== undefined },
    group: outer.start,
    ...rest,
  };
}

/**
 * Where a missing-open quotation starts: after the last colon cue before the close, else at the paragraph start.
 * Right after an earlier quotation's closing mark is not a start: there the stray mark is a typo, not a quotation.
 */
function missingOpenStart(text: string, paragraph: Span, closeAt: number, floor: number): number | undefined {
  const from = Math.max(paragraph.start, floor);
  const colon = text.slice(from, closeAt).lastIndexOf(": ");
  if (colon >= 0) return from + colon + 1;
  return from === paragraph.start ? from : undefined;
}

/** Markup or code left in the text ("<tweet author=") is not speech. */
const NOT_PROSE = /[<>=]/;

function wordCount(text: string, span: Span): number {
  return text
    .slice(span.start, span.end)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}

/**
 * The sentence goes on in lower case right after the closing mark, with no speech punctuation inside it
 * (…a review of [his] systems" including his heart): the quotation was a fragment of that sentence, so where
 * its lost opening mark stood cannot be told, and the paragraph start is no guess.
 */
function runsOnAfter(text: string, content: Span, close: Mark): boolean {
  if (/[.,!?…:;—-]$/.test(text.slice(content.start, content.end))) return false;
  return /^\s+\p{Ll}/u.test(text.slice(close.at + close.len, close.at + close.len + 3));
}

/** Most words a credit line under a quotation has ("Josh Bivens, Economic Policy Institute."). */
const MAX_CREDIT_WORDS = 8;
/** Small words a credit line keeps in lower case ("Center for Economic and Policy Research"). */
const CREDIT_SMALL_WORDS = /^(?:of|for|and|the|at|on|in|de|a)$/;

/**
 * A paragraph that is only a credit line with the closing mark of the quotation above it: a few words, mostly
 * capitalised (a name, a title, an organisation), ending the paragraph with the mark.
 */
function isCreditLine(text: string, paragraph: Span, close: Mark): boolean {
  if (text.slice(close.at + close.len, paragraph.end).trim() !== "") return false;
  const words = text
    .slice(paragraph.start, close.at)
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > MAX_CREDIT_WORDS || !/^\p{Lu}/u.test(words[0] ?? "")) return false;
  // "Amy Pope, deputy homeland security advisor.": a name, then its title in lower case after a comma.
  const beforeComma = text.slice(paragraph.start, close.at).split(",")[0] ?? "";
  if (text.slice(paragraph.start, close.at).includes(",") && NAME_WORDS.test(beforeComma.trim())) return true;
  const content = words.filter((w) => !CREDIT_SMALL_WORDS.test(w));
  return content.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > content.length;
}

/** Two to four capitalised words: a person's name ("Amy Pope", "Charles M. Blow"). */
const NAME_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** A dash byline closing a paragraph (“…” ― Christina Lastra.): a capitalised name of a few words, nothing after. */
const DASH_CREDIT = /^[.,]?\s*(?:[―—–]|--)\s*\p{Lu}[^\n"“”]{0,60}$/u;

/**
 * “…” ― Jane Doe: a paragraph opened by a quotation mark and credited by a dash byline after its last closing mark is
 * one quotation, from that opening mark to that closing mark; the credit names the speaker of all of it. Used where
 * inner single marks were set wrong (‘Some people are so poor.” … “all evil’.”), which broke the pairing: the
 * quotation is rebuilt with every other quotation in the paragraph inside it.
 */
function creditedQuotation(
  text: string,
  paragraph: Span,
  marks: readonly Mark[],
  found: readonly Region[],
  p: number,
): Region[] | undefined {
  const first = opensParagraph(text, paragraph, marks);
  const last = marks.at(-1);
  if (!first || !last || first.family === "single" || last.family !== first.family || last.role !== "close")
    return undefined;
  if (!DASH_CREDIT.test(text.slice(last.at + last.len, paragraph.end))) return undefined;
  const whole = region(text, { mark: first, paragraph: p }, first.at, last, last.at, {
    family: first.family,
    depth: 0,
    paragraph: p,
    rule: "marks:paired",
  });
  // Only the paragraph's own quotations are rebuilt: one carried in from the paragraph before is left as it was.
  if (found.some((r) => r.outer.start < whole.outer.start || r.outer.end > whole.outer.end)) return undefined;
  // The pairing that broke at the misset mark (its opener is the paragraph's) is replaced, not kept inside.
  const inner = found.filter((r) => r.outer.start !== whole.outer.start);
  return [whole, ...inner.map((r) => ({ ...r, depth: r.depth + 1 }))];
}

/** The first mark of a paragraph, when it opens the paragraph (only white space before it). */
function opensParagraph(text: string, paragraph: Span, marks: readonly Mark[]): Mark | undefined {
  const first = marks[0];
  if (first === undefined || first.role !== "open") return undefined;
  return text.slice(paragraph.start, first.at).trim() === "" ? first : undefined;
}

/** Pairs the marks of every paragraph into regions, carrying an unclosed quotation into the next paragraph. */
export function findRegions(text: string, paragraphs: readonly Span[]): Region[] {
  const regions: Region[] = [];
  let carry: Open | undefined;
  paragraphs.forEach((paragraph, p) => {
    const marks = scanMarks(text, paragraph.start, paragraph.end);
    const stack: Open[] = [];
    let skip: Mark | undefined;
    if (carry) {
      const reopen = opensParagraph(text, paragraph, marks);
      const firstOrphan = reopen ? undefined : firstOrphanClose(marks, carry.mark.family);
      if (firstOrphan && isCreditLine(text, paragraph, firstOrphan)) {
        // “A quotation.¶Dean Baker, Center for Economic Research.”: the last line names the speaker, it is not speech.
        regions.push(missingClose(text, carry, paragraphs));
        skip = firstOrphan;
      } else if ((reopen && reopen.family === carry.mark.family) || firstOrphan) {
        stack.push(carry);
        skip = reopen;
      } else {
        regions.push(missingClose(text, carry, paragraphs));
      }
      carry = undefined;
    }
    // Where the last region closed, so a missing-open content never swallows an earlier quotation.
    let floor = paragraph.start;
    const paragraphRegions = regions.length;
    // Single marks the pairing could not honour: opened and closed by a double mark, or closing with no opener.
    let missetSingles = 0;
    for (const mark of marks) {
      if (mark === skip) continue;
      if (mark.role === "open") {
        stack.push({ mark, paragraph: p });
        continue;
      }
      const at = findLastIndex(stack, (o) => o.mark.family === mark.family);
      const open = at >= 0 ? stack[at] : undefined;
      if (mark.family === "single" && !open) missetSingles++;
      if (open) {
        missetSingles += stack.slice(at + 1).filter((o) => o.mark.family === "single").length;
        stack.length = at;
        const rule = open.paragraph === p ? "marks:paired" : "marks:continued";
        regions.push(
          region(text, open, open.mark.at, mark, mark.at, {
            family: mark.family,
            depth: depthIn(stack, mark.family),
            paragraph: open.paragraph,
            rule,
          }),
        );
      } else if (mark.family !== "single" && stack.length === 0) {
        const start = missingOpenStart(text, paragraph, mark.at, floor);
        const r =
          start === undefined
            ? undefined
            : region(text, undefined, start, mark, mark.at, {
                family: mark.family,
                depth: 0,
                paragraph: p,
                rule: "marks:missing-open",
              });
        if (
          r &&
          wordCount(text, r) >= MIN_MISSING_OPEN_WORDS &&
          !NOT_PROSE.test(text.slice(r.start, r.end)) &&
          !runsOnAfter(text, r, mark)
        )
          regions.push(r);
      }
      floor = mark.at + mark.len;
    }
    if (missetSingles > 0 && skip === undefined) {
      const credited = creditedQuotation(text, paragraph, marks, regions.slice(paragraphRegions), p);
      if (credited) regions.splice(paragraphRegions, regions.length - paragraphRegions, ...credited);
    }
    // Only the outermost unclosed double-like quotation survives the paragraph end; stray singles are apostrophes.
    const unclosed = stack.find((o) => o.mark.family !== "single");
    if (unclosed) carry = unclosed;
  });
  if (carry) regions.push(missingClose(text, carry, paragraphs));
  return regions
    .flatMap((r) => splitByParagraph(text, r, paragraphs))
    .sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end);
}

/**
 * A quotation over several paragraphs becomes one region per paragraph, each without the mark that reopens it:
 * a paragraph is the unit readers (and annotators) take a quotation in, and a paragraph may add its own cue.
 */
function splitByParagraph(text: string, r: Region, paragraphs: readonly Span[]): Region[] {
  if (r.rule !== "marks:continued") return [r];
  const out: Region[] = [];
  for (let p = r.paragraph; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para === undefined || para.start >= r.end) break;
    let start = Math.max(r.start, para.start);
    if (p > r.paragraph && /["“«„]/.test(text[start] ?? "")) start++;
    const piece = contentSpan(text, start, Math.min(r.end, para.end));
    if (piece.end <= piece.start) continue;
    const first = p === r.paragraph;
    const last = r.end <= para.end;
    out.push({
      ...r,
      ...piece,
      outer: { start: first ? r.outer.start : para.start, end: last ? r.outer.end : para.end },
      marks: { open: first ? r.marks.open : start > para.start, close: last ? r.marks.close : false },
      paragraph: p,
    });
  }
  return out;
}

function missingClose(text: string, open: Open, paragraphs: readonly Span[]): Region {
  const paragraph = paragraphs[open.paragraph] ?? { start: open.mark.at, end: text.length };
  return region(text, open, open.mark.at, undefined, paragraph.end, {
    family: open.mark.family,
    depth: 0,
    paragraph: open.paragraph,
    rule: "marks:missing-close",
  });
}

/** A closing mark of the family with no opener before it in the paragraph. */
function firstOrphanClose(marks: readonly Mark[], family: MarkFamily): Mark | undefined {
  let depth = 0;
  for (const m of marks) {
    if (m.family !== family) continue;
    if (m.role === "open") depth++;
    else if (depth === 0) return m;
    else depth--;
  }
  return undefined;
}

/**
 * How deep a quotation closing now is nested: a single quotation counts every mark still open around it, a double
 * one only the double marks, because a single mark left open is far more often a stray apostrophe (Review‘s) than
 * the outer quotation of a double one.
 */
function depthIn(stack: readonly Open[], family: MarkFamily): number {
  return family === "single" ? stack.length : stack.filter((o) => o.mark.family !== "single").length;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item !== undefined && test(item)) return i;
  }
  return -1;
}
