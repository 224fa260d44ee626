/**
 * The technique classifier's feature rows, computed without building feature strings, as token-rows.ts and
 * sentence-rows.ts do for the span models: `spanFeatures` (span-features.ts) is the readable definition, and this
 * computes the same rows in the same order by continuing each template prefix's FNV-1a state over the varying part
 * (`sw=` continued over the word, then over nothing else). Every span the span model finds is classified, each
 * with some 80 features, and their strings were the technique stage's largest cost. span-rows.test.ts holds the
 * two versions equal on real articles.
 */
import { fnv1a, fnvContinue } from "../../core/fnv.js";
import type { Span } from "../../core/span.js";
import { type ArticleInfo, bucket, isAllCapsWord, isContentWord, shape, shapeAt, type TokenInfo } from "./features.js";
import { HashBuffer, rowOf } from "./hashing.js";
import { FEATURE_LEXICONS } from "./lexicon.js";
import { findLast, lowerTextOf, normalisedText, spanTokens, startsWithCapital } from "./span-features.js";
import { SENTENCE_END, SENTENCE_START, STEM } from "./word-hashes.js";

/** The running-hash state after a template's prefix. */
const prefix = (text: string): number => fnv1a(text);
const PREFIX = {
  sw: prefix("sw="),
  st: prefix("st="),
  sb: prefix("sb="),
  suf: prefix("suf="),
  gdup: prefix("gdup="),
  seenbefore: prefix("seenbefore:"),
  first: prefix("first="),
  last: prefix("last="),
  before: [1, 2, 3].map((d) => prefix(`c-${d}=`)),
  after: [1, 2, 3].map((d) => prefix(`c+${d}=`)),
  len: prefix("len="),
  occ: prefix("occ="),
  occlen: prefix("occlen="),
  wrep: prefix("wrep="),
  cover: prefix("cover="),
  shape0: prefix("shape0="),
  shape0len: prefix("shape0len="),
  chars: prefix("chars="),
  lsuf3: prefix("lsuf3="),
  lsuf2: prefix("lsuf2="),
  capw: prefix("capw="),
  prevlen: prefix("prevlen="),
  atstart: prefix("atstart:"),
  atend: prefix("atend:"),
};
/** Features of fixed text. */
const FIXED = {
  bias: fnv1a("bias"),
  gdupbefore: fnv1a("gdupbefore"),
  gdupafter: fnv1a("gdupafter"),
  nested: fnv1a("nested"),
  container: fnv1a("container"),
  nolex: fnv1a("nolex"),
  title: fnv1a("title"),
  hasQuestion: fnv1a("has?"),
  hasExclamation: fnv1a("has!"),
  hasquote: fnv1a("hasquote"),
  openq: fnv1a("openq"),
  quoted: fnv1a("quoted"),
  caps: fnv1a("caps"),
  num: fnv1a("num"),
};
/** Per lexicon (FEATURE_LEXICONS order): `clx=name`, `lx=name`, and the prefixes of `lxn=name:` and `lxlen=name:`. */
const CLX = FEATURE_LEXICONS.map((l) => fnv1a(`clx=${l.name}`));
const LX = FEATURE_LEXICONS.map((l) => fnv1a(`lx=${l.name}`));
const LXN = FEATURE_LEXICONS.map((l) => prefix(`lxn=${l.name}:`));
const LXLEN = FEATURE_LEXICONS.map((l) => prefix(`lxlen=${l.name}:`));

const GDUP_EDGES = [1, 2, 4];
const SEEN_EDGES = [2, 4, 9];
const LEN_EDGES = [2, 3, 4, 6, 9, 13, 21, 35];
const LXN_EDGES = [2, 4];
const LXLEN_EDGES = [3, 9];
const OCC_EDGES = [2, 3, 4];
const OCC_SHORT_EDGES = [2, 3];
const OCC_LEN_EDGES = [2, 4, 9];
const WREP_EDGES = [0.01, 0.5, 1];
const COVER_EDGES = [0.2, 0.5, 0.8, 0.98];
const SHAPE_LEN_EDGES = [2, 3, 5, 9];
const CHARS_EDGES = [8, 15, 30, 60, 120];
const CAPW_EDGES = [1, 2, 4];
/** How many occurrences of the span's text are counted at most (`occ=` buckets stop at 4). */
const MAX_OCCURRENCES = 5;

const BAR = "|";
const COLON = ":";

/** A bucket number's text, as a template literal writes it. */
const DIGITS = Array.from({ length: 10 }, (_, b) => String(b));
const numberText = (b: number): string => DIGITS[b] ?? String(b);

/** The state continued over a bucket number. */
const withNumber = (state: number, b: number): number => fnvContinue(state, numberText(b));

/** Adds `hash` for each set bit i of `mask`, from `table`, lowest first (`lexNames` order). */
function addLexicons(out: HashBuffer, mask: number, table: readonly number[]): void {
  for (let rest = mask; rest !== 0; rest &= rest - 1) out.add(table[31 - Math.clz32(rest & -rest)] as number);
}

const isWordLike = (t: TokenInfo): boolean => t.kind === "word" || t.kind === "number";

/** The buffer `spanRowsOf` fills, reused from span to span. */
const spanBuffer = new HashBuffer();

/**
 * The hashes of `spanFeatures(article, span, others)`, in the same order, in a buffer reused from span to span
 * (read it before the next call).
 */
export function spanHashesOf(article: ArticleInfo, span: Span, others: readonly Span[] = []): HashBuffer {
  const text = article.text;
  const { sentence, all, inside, before, after } = spanTokens(article, span);
  const f = spanBuffer;
  f.count = 0;
  f.add(FIXED.bias);
  // Distinct words, then distinct stems, in first-seen order.
  const seenWords = new Set<string>();
  for (const t of inside) {
    if (seenWords.has(t.lower)) continue;
    seenWords.add(t.lower);
    f.add(fnvContinue(PREFIX.sw, t.lower));
  }
  const seenStems = new Set<string>();
  for (const t of inside) {
    if (t.lower.length <= STEM) continue;
    const stem = t.lower.slice(0, STEM);
    if (seenStems.has(stem)) continue;
    seenStems.add(stem);
    f.add(fnvContinue(PREFIX.st, stem));
  }
  for (let i = 1; i < inside.length; i++) {
    const left = fnvContinue(fnvContinue(PREFIX.sb, (inside[i - 1] as TokenInfo).lower), BAR);
    f.add(fnvContinue(left, (inside[i] as TokenInfo).lower));
  }
  for (const t of inside)
    if (t.kind === "word" && t.lower.length > 3) f.add(fnvContinue(PREFIX.suf, t.lower.slice(-3)));
  for (const t of before.slice(-3)) addLexicons(f, t.lex, CLX);
  for (const t of after.slice(0, 3)) addLexicons(f, t.lex, CLX);
  // The other spans given for the article: the same words marked again point to repetition.
  const own = normalisedText(text, span);
  const same = others.filter((o) => (o.start !== span.start || o.end !== span.end) && normalisedText(text, o) === own);
  f.add(withNumber(PREFIX.gdup, bucket(same.length, GDUP_EDGES)));
  if (same.some((o) => o.start < span.start)) f.add(FIXED.gdupbefore);
  if (same.some((o) => o.start > span.start)) f.add(FIXED.gdupafter);
  const lowerText = lowerTextOf(article);
  const firstAt = own.length > 0 ? lowerText.indexOf(own) : -1;
  if (firstAt >= 0 && firstAt < span.start - 1) f.add(withNumber(PREFIX.seenbefore, bucket(inside.length, SEEN_EDGES)));
  const differs = (o: Span): boolean => o.start !== span.start || o.end !== span.end;
  if (others.some((o) => o.start <= span.start && span.end <= o.end && differs(o))) f.add(FIXED.nested);
  if (others.some((o) => span.start <= o.start && o.end <= span.end && differs(o))) f.add(FIXED.container);
  f.add(fnvContinue(PREFIX.first, inside[0]?.lower ?? ""));
  f.add(fnvContinue(PREFIX.last, inside[inside.length - 1]?.lower ?? ""));
  for (let d = 1; d <= 3; d++) {
    f.add(fnvContinue(PREFIX.before[d - 1] as number, before[before.length - d]?.lower ?? SENTENCE_START));
    f.add(fnvContinue(PREFIX.after[d - 1] as number, after[d - 1]?.lower ?? SENTENCE_END));
  }
  const len = inside.length;
  f.add(withNumber(PREFIX.len, bucket(len, LEN_EDGES)));
  // Lexicons in the order a token first shows them (the string version's Map order), with their counts.
  let lex = 0;
  const lexCount = new Array<number>(FEATURE_LEXICONS.length).fill(0);
  const lexOrder: number[] = [];
  for (const t of inside) {
    lex |= t.lex;
    for (let rest = t.lex; rest !== 0; rest &= rest - 1) {
      const i = 31 - Math.clz32(rest & -rest);
      if (lexCount[i] === 0) lexOrder.push(i);
      lexCount[i] = (lexCount[i] as number) + 1;
    }
  }
  for (const i of lexOrder) {
    f.add(LX[i] as number);
    f.add(withNumber(LXN[i] as number, bucket(lexCount[i] as number, LXN_EDGES)));
    f.add(withNumber(LXLEN[i] as number, bucket(len, LXLEN_EDGES)));
  }
  if (lex === 0) f.add(FIXED.nolex);
  // Repetition: the span's own words recurring elsewhere in the article.
  let occurrences = 0;
  if (own.length > 0) {
    for (let i = firstAt; i >= 0 && occurrences < MAX_OCCURRENCES; i = lowerText.indexOf(own, i + 1)) occurrences++;
  }
  f.add(withNumber(PREFIX.occ, bucket(occurrences, OCC_EDGES)));
  const occlen = fnvContinue(withNumber(PREFIX.occlen, bucket(occurrences, OCC_SHORT_EDGES)), COLON);
  f.add(withNumber(occlen, bucket(len, OCC_LEN_EDGES)));
  const content = inside.filter(isContentWord);
  if (content.length > 0) {
    const repeated = content.filter((t) => (article.vocabulary.wordCounts[t.word] as number) >= 3).length;
    f.add(fnvContinue(PREFIX.wrep, String(bucket(repeated / content.length, WREP_EDGES))));
  }
  if (sentence) {
    const cover = (span.end - span.start) / Math.max(1, sentence.end - sentence.start);
    f.add(withNumber(PREFIX.cover, bucket(cover, COVER_EDGES)));
    if (sentence.title) f.add(FIXED.title);
  }
  const s = text.slice(span.start, span.end);
  if (s.includes("?")) f.add(FIXED.hasQuestion);
  if (s.includes("!")) f.add(FIXED.hasExclamation);
  if (/["“”]/.test(s)) f.add(FIXED.hasquote);
  if (/["“]$/.test(text.slice(Math.max(0, span.start - 1), span.start))) f.add(FIXED.openq);
  if (inside.some((t) => t.quoted)) f.add(FIXED.quoted);
  if (inside.some((t) => isAllCapsWord(text, t))) f.add(FIXED.caps);
  const first = inside[0];
  const shape0 = first ? shapeAt(text, first.start, first.end) : shape("");
  const lenB = bucket(len, SHAPE_LEN_EDGES);
  f.add(fnvContinue(PREFIX.shape0, shape0));
  f.add(withNumber(fnvContinue(fnvContinue(PREFIX.shape0len, shape0), COLON), lenB));
  f.add(withNumber(PREFIX.chars, bucket(span.end - span.start, CHARS_EDGES)));
  const lastWord = findLast(inside, (t) => t.kind === "word");
  if (lastWord) {
    f.add(withNumber(fnvContinue(fnvContinue(PREFIX.lsuf3, lastWord.lower.slice(-3)), COLON), lenB));
    f.add(fnvContinue(PREFIX.lsuf2, lastWord.lower.slice(-2)));
  }
  let caps = 0;
  for (let i = 0; i < inside.length; i++)
    if ((i > 0 || before.length > 0) && startsWithCapital(text, inside[i] as TokenInfo)) caps++;
  f.add(withNumber(fnvContinue(withNumber(PREFIX.capw, bucket(caps, CAPW_EDGES)), COLON), lenB));
  const previous = before[before.length - 1]?.lower ?? SENTENCE_START;
  f.add(withNumber(fnvContinue(fnvContinue(PREFIX.prevlen, previous), COLON), lenB));
  if (inside.some((t) => t.kind === "number")) f.add(FIXED.num);
  // Whole-clause techniques start where the sentence starts or end where it ends.
  const firstOf = all.find(isWordLike);
  if (firstOf && first && firstOf.start === first.start) f.add(withNumber(PREFIX.atstart, lenB));
  const lastOf = findLast(all, isWordLike);
  if (lastOf && lastWord && lastOf.end === lastWord.end) f.add(withNumber(PREFIX.atend, lenB));
  return f;
}

/** `spanFeatures(article, span, others)` hashed into `dim` rows, in the same order. */
export function spanRowsOf(article: ArticleInfo, span: Span, dim: number, others: readonly Span[] = []): Int32Array {
  const f = spanHashesOf(article, span, others);
  const rows = new Int32Array(f.count);
  for (let i = 0; i < f.count; i++) rows[i] = rowOf(f.items[i] as number, dim);
  return rows;
}
