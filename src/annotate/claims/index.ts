/**
 * The claims annotator: every body sentence outside page furniture, every asserting quotation's content and every
 * clause of a long sentence is scored for check-worthiness; questions are dropped; the layer is sorted best first.
 */
import type { Claim, Document, Quote } from "../../core/document.js";
import { layer } from "../../core/document.js";
import { isLetterOrDigit } from "../../core/letters.js";
import { lineAround, overlaps, type Span } from "../../core/span.js";
import { lastStartingAtOrBefore, SpanSet } from "../../core/span-index.js";
import { type Annotator, defineAnnotator } from "../../pipeline/annotator.js";
import { claimantOf } from "./claimant.js";
import { TokenSurfaces, type TokensInText } from "./features.js";
import { loadClaimsModel } from "./model.js";
import { rerankOffset, shiftScore } from "./news-rerank.js";
import { nonClaimRule } from "./non-claims.js";
import { scoreClaim } from "./score.js";
import { type ClaimUnit, sentenceUnits, tokenRangeOfSpan, WordCounter } from "./units.js";

export { isCheckWorthy, scoreClaim, scoreTranscriptLines } from "./score.js";
export type { TranscriptLine } from "./transcript.js";

const QUESTION = /\?\s*["”’»)]*\s*$/;

/**
 * Names a span of `text` by one number, start × (length + 1) + end, cheaper to look up than a "start:end" string;
 * the number is exact while it stays below 2^53 (texts up to 90 million characters), the string beyond.
 */
function spanKeys(text: string): (s: { start: number; end: number }) => number | string {
  const scale = text.length + 1;
  return scale * scale <= Number.MAX_SAFE_INTEGER ? (s) => s.start * scale + s.end : (s) => `${s.start}:${s.end}`;
}

/** Longest quote that can start before a sentence and still reach into it; longer quotes are split by paragraph. */
const QUOTE_REACH = 5000;

/** The quotes (sorted by start) that overlap `sentence`, found by binary search. */
function quotesOverlapping(quotes: readonly Quote[], sentence: { start: number; end: number }): Quote[] {
  const out: Quote[] = [];
  const last = lastStartingAtOrBefore(quotes, sentence.end - 1);
  for (let i = last; i >= 0; i--) {
    const q = quotes[i] as Quote;
    if (q.start < sentence.start - QUOTE_REACH) break;
    if (overlaps(q, sentence)) out.unshift(q);
  }
  return out;
}

/**
 * A unit's wording for spotting the same words again: lower case, letters and digits, every other run of characters
 * one space, no space at the ends. (A character loop: a Unicode-class replace on every unit cost a sixth of the
 * stage. Each run of letters and digits is sliced whole and the runs joined once: appending character by character
 * built a chain of partial strings for every unit.)
 */
export function wordingOf(surface: string): string {
  const runs: string[] = [];
  eachWord(surface.toLowerCase(), (word) => runs.push(word));
  return runs.join(" ");
}

/** Calls `onWord` with each run of letters and digits of `lower`, in order: its matches of /[\p{L}\p{N}]+/gu. */
function eachWord(lower: string, onWord: (word: string) => void): void {
  let runStart = -1;
  for (let i = 0; i < lower.length; ) {
    const cp = lower.codePointAt(i) as number;
    if (isLetterOrDigit(cp)) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      onWord(lower.slice(runStart, i));
      runStart = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (runStart >= 0) onWord(lower.slice(runStart));
}

/** Whether nothing but space stands between the span and the line breaks around it. */
function isWholeLine(text: string, s: Span): boolean {
  const line = lineAround(text, s);
  return /^\s*$/.test(text.slice(line.start, s.start)) && /^\s*$/.test(text.slice(s.end, line.end));
}

/** One unit the stage scores: its span, its text and its tokens (when the document has a tokens layer). */
interface ScoredUnit {
  readonly unit: ClaimUnit;
  readonly surface: string;
  readonly tokens: TokensInText | undefined;
}

/**
 * Every unit the stage scores, in order: the units of the body sentences outside page furniture, without
 * questions and without a span or wording already seen.
 */
function* scoredUnits(doc: Document): Generator<ScoredUnit> {
  const { text, body } = doc;
  const furnitureSet = new SpanSet(layer(doc, "boilerplate"));
  const quotes = [...layer(doc, "quotes")].sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const seenSpans = new Set<number | string>();
  const spanKey = spanKeys(text);
  const words = new WordCounter(text);
  const allTokens = doc.layers.tokens;
  const surfaces = allTokens && new TokenSurfaces(text, allTokens);
  for (const sentence of layer(doc, "sentences")) {
    if (!overlaps(sentence, body) || furnitureSet.overlaps(sentence)) continue;
    const inSentence: Quote[] = quotesOverlapping(quotes, sentence);
    for (const unit of sentenceUnits(text, sentence, inSentence, words)) {
      const surface = text.slice(unit.start, unit.end);
      const key = spanKey(unit);
      // The same words again (a repeated list line, a pull quote of a sentence already read) are one claim.
      const wording = wordingOf(surface);
      if (QUESTION.test(surface) || seenSpans.has(key) || seen.has(wording)) continue;
      if (nonClaimRule({ surface, words: words.count(unit), wholeLine: isWholeLine(text, unit) }) !== undefined)
        continue;
      seenSpans.add(key);
      seen.add(wording);
      const range = allTokens && tokenRangeOfSpan(text, allTokens, unit.start, unit.end);
      yield { unit, surface, tokens: range && surfaces?.slice(range.first, range.end) };
    }
  }
}

/** The texts the claims stage scores in `doc` (which needs the stage's required layers): what the encoder reads. */
export const claimUnitTexts = (doc: Document): string[] => Array.from(scoredUnits(doc), (u) => u.surface);

/**
 * The claims stage. `vectors` holds the claims encoder's vectors (loadClaimsEncoder) of the unit texts
 * (claimUnitTexts), computed before the stage runs because the encoder is asynchronous (src/pipeline/encoder.ts
 * `withEncoderStages`); a unit with a vector is scored by the model's encoder refinement, a unit without one by the
 * lexical model alone.
 */
export function claimsAnnotatorWith(vectors?: ReadonlyMap<string, Float32Array>): Annotator<"claims"> {
  return defineAnnotator({
    name: "claims",
    requires: ["sentences", "quotes", "boilerplate"],
    produces: "claims",
    annotate(doc) {
      const { text } = doc;
      const entities = doc.layers.entities;
      const drafts: Omit<Claim, "id">[] = [];
      const model = loadClaimsModel();
      for (const { unit, surface, tokens } of scoredUnits(doc)) {
        const scored = scoreClaim(surface, model, tokens, vectors?.get(surface));
        // The page-level re-ranking of news-rerank.ts moves the sentence score of kinds of unit debates lack.
        const moved = rerankOffset({
          surface,
          rule: unit.rule,
          quoted: unit.quote !== undefined,
          signals: scored.signals,
        });
        const score = shiftScore(scored.score, moved.offset);
        const cues = scored.cues;
        const claimant = unit.quote
          ? (unit.quote.speaker ?? unit.quote.attributedTo)
          : claimantOf(text, unit, entities);
        drafts.push({
          start: unit.shownStart ?? unit.start,
          end: unit.end,
          score,
          cues,
          rule: [unit.rule, ...moved.rules.map((r) => `rerank:${r}`)].join("+"),
          ...(claimant !== undefined ? { claimant } : {}),
          ...(unit.quote ? { quote: unit.quote.id } : {}),
        });
      }
      drafts.sort((a, b) => b.score - a.score || a.start - b.start);
      return withoutNearRepeats(text, withoutNestedRepeats(drafts)).map((d, i) => ({ id: `c${i + 1}`, ...d }));
    },
  });
}

/** Share of a unit's characters inside a better-scored unit above which it says nothing that one does not. */
const NESTED_SHARE = 0.8;

/**
 * Drops a unit that lies (almost) wholly inside a better-scored one: a reported clause scored as a quotation's
 * content and again as a clause of its sentence is one assertion, and the reader's top ten should not spend two
 * places on it. The better-scored unit keeps its place; a longer unit scored lower than a part of it stays, since it
 * holds more than that part. `drafts` is sorted best first.
 */
export function withoutNestedRepeats<T extends { start: number; end: number }>(drafts: readonly T[]): T[] {
  const kept: T[] = [];
  for (const d of drafts) {
    const length = Math.max(1, d.end - d.start);
    const nested = kept.some((k) => (Math.min(k.end, d.end) - Math.max(k.start, d.start)) / length >= NESTED_SHARE);
    if (!nested) kept.push(d);
  }
  return kept;
}

/** Share of the words two units have in common (of all the words either has) above which they are one claim. */
const NEAR_REPEAT_OVERLAP = 0.8;
/** Units this short share most of their words by chance ("The mayor declined."). */
const NEAR_REPEAT_MIN_WORDS = 6;

/** The distinct lower-case words of a span (by a character loop, as `wordingOf`: a Unicode-class match was slower). */
function wordSet(text: string, s: { start: number; end: number }): Set<string> {
  const words = new Set<string>();
  eachWord(text.slice(s.start, s.end).toLowerCase(), (word) => words.add(word));
  return words;
}

/**
 * Drops a unit whose words are nearly all a better-scored unit's: a page's standfirst or teaser often repeats the
 * first paragraph with a word changed ("was released Monday" / "was released on Monday"), and exact wording
 * (`wordingOf`) does not catch it. `drafts` is sorted best first.
 */
export function withoutNearRepeats<T extends { start: number; end: number }>(text: string, drafts: readonly T[]): T[] {
  const kept: T[] = [];
  // The word sets of the kept units that can repeat another: a set this short never does, and is not compared.
  const comparable: Set<string>[] = [];
  for (const draft of drafts) {
    const words = wordSet(text, draft);
    if (words.size < NEAR_REPEAT_MIN_WORDS) {
      kept.push(draft);
      continue;
    }
    if (!comparable.some((k) => nearRepeat(k, words))) {
      kept.push(draft);
      comparable.push(words);
    }
  }
  return kept;
}

/** Whether two word sets of NEAR_REPEAT_MIN_WORDS words or more share NEAR_REPEAT_OVERLAP of their words (Jaccard). */
function nearRepeat(k: Set<string>, words: Set<string>): boolean {
  // Sets whose sizes differ this much cannot reach the overlap, so they are not compared word by word.
  const small = Math.min(k.size, words.size);
  const large = Math.max(k.size, words.size);
  if (small < NEAR_REPEAT_OVERLAP * large) return false;
  let shared = 0;
  for (const w of words) if (k.has(w)) shared++;
  return shared / (k.size + words.size - shared) >= NEAR_REPEAT_OVERLAP;
}

/** The stage of the default pipeline: the lexical model alone. */
export const claimsAnnotator = claimsAnnotatorWith();
