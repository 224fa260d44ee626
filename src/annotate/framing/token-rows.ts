/**
 * The token classifier's feature rows, computed without building feature strings. `tokenFeatures` (features.ts)
 * is the readable definition; this computes exactly the same rows in the same order, because FNV-1a is a running
 * hash: the row of `w-1=house` is the hash of "w-1=" continued over "house". What depends on a word or a word
 * pair alone is hashed once per article (word-hashes.ts), so a token's row is mostly table look-ups and no string
 * is allocated per feature. Scoring every token of every sentence is the framing layer's hottest loop (about 30
 * features × every token). token-rows.test.ts holds the two versions equal on real articles.
 */

import { fnv1a, fnvContinue } from "../../core/fnv.js";
import { type ArticleInfo, bucket, isContentWord, type SentenceInfo, shapeAt, type TokenInfo } from "./features.js";
import { HashBuffer, rowOf } from "./hashing.js";
import { FEATURE_LEXICONS } from "./lexicon.js";
import {
  BM,
  BM_FIRST,
  BOUNDARY,
  BP,
  BP_LAST,
  PAIR_FIELDS,
  SFX,
  ST,
  STEM,
  W,
  WM1,
  WM2,
  WORD_FIELDS,
  WP1,
  WP2,
  wordHashesOf,
} from "./word-hashes.js";

const BIAS = fnv1a("bias");
const QUOTED = fnv1a("quoted");
const EST = fnv1a("est");
const PAIRREP = fnv1a("pairrep");
const TITLE = fnv1a("title");
/** `lx${d}=${name}` for d = -2..2 (index d + 2) and every lexicon, in FEATURE_LEXICONS order. */
const LX = [-2, -1, 0, 1, 2].map((d) => FEATURE_LEXICONS.map((l) => fnv1a(`lx${d}=${l.name}`)));
const SLX = FEATURE_LEXICONS.map((l) => fnv1a(`slx=${l.name}`));
/** `rep=${bucket(count, [2, 4, 8])}`: buckets 0–3. */
const REP = [0, 1, 2, 3].map((b) => fnv1a(`rep=${b}`));
const REP_EDGES = [2, 4, 8];
const SEND = { "!": fnv1a("send=!"), "?": fnv1a("send=?"), ".": fnv1a("send=.") };
/** `slen=${bucket(n, [5, 10, 20, 35])}`: buckets 0–4. */
const SLEN = [0, 1, 2, 3, 4].map((b) => fnv1a(`slen=${b}`));
const SLEN_EDGES = [5, 10, 20, 35];
const POS_FIRST = fnv1a("pos=first");
const POS_LAST = fnv1a("pos=last");
const POS_MID = [0, 1, 2].map((b) => fnv1a(`pos=${b}`));
const POS_EDGES = [0.33, 0.66];
const SHAPE_PREFIX = fnv1a("sh=");
/** `sh=` of the shapes most tokens have. */
const SH_LOW = fnvContinue(SHAPE_PREFIX, "low");
const SH_NUM = fnvContinue(SHAPE_PREFIX, "num");
const SH_CAP = fnvContinue(SHAPE_PREFIX, "Cap");
const SH_CAPS = fnvContinue(SHAPE_PREFIX, "CAPS");

/** The `sh=` hash of the token's shape (`shapeAt` returns the common shapes as these constants). */
function shapeHash(text: string, start: number, end: number): number {
  const s = shapeAt(text, start, end);
  if (s === "low") return SH_LOW;
  if (s === "num") return SH_NUM;
  if (s === "Cap") return SH_CAP;
  if (s === "CAPS") return SH_CAPS;
  return fnvContinue(SHAPE_PREFIX, s);
}

/** The buffers `visitTokenFeatures` fills, reused from sentence to sentence (it never runs inside itself). */
const tokenBuffer = new HashBuffer();
const sharedTailBuffer = new HashBuffer();

/** Adds table[i] for each set bit i of `mask`, lowest first; visits only the set bits (most tokens have none). */
const addLex = (out: HashBuffer, mask: number, table: readonly number[]): void => {
  for (let rest = mask; rest !== 0; rest &= rest - 1) out.add(table[31 - Math.clz32(rest & -rest)] as number);
};

/**
 * Calls `visit` with each token's feature hashes (before reduction modulo the model's dimension), in token order.
 * Only the first `count` entries are this token's; the array is reused from token to token (copy what must
 * outlive the call).
 */
function visitTokenFeatures(
  article: ArticleInfo,
  sentence: SentenceInfo,
  visit: (k: number, hashes: Int32Array, count: number) => void,
): void {
  const toks = sentence.tokens;
  const n = toks.length;
  const text = article.text;
  const { wordCounts, pairCounts } = article.vocabulary;
  const hashes = wordHashesOf(article);
  const word = hashes.word;
  const pair = hashes.pair;
  /** Hash `field` of token i's word (its place in `word`). */
  const wordAt = (i: number, field: number): number =>
    word[(toks[i] as TokenInfo).word * WORD_FIELDS + field] as number;
  const lexAt = (i: number): number => toks[i]?.lex ?? 0;

  // What every token of the sentence shares: its end mark, title flag, length, lexicon union and the tone.
  const last = toks[n - 1];
  const endText = last ? text.slice(last.start, last.end) : "";
  const shared: number[] = [SEND[endText.includes("!") ? "!" : endText.includes("?") ? "?" : "."]];
  if (sentence.title) shared.push(TITLE);
  shared.push(SLEN[bucket(n, SLEN_EDGES)] as number);
  const sharedTail = sharedTailBuffer;
  sharedTail.count = 0;
  let sentenceLex = 0;
  for (const t of toks) sentenceLex |= t.lex;
  addLex(sharedTail, sentenceLex, SLX);
  for (const h of hashes.tone) sharedTail.add(h);

  const f = tokenBuffer;
  for (let k = 0; k < n; k++) {
    const t = toks[k] as TokenInfo;
    const lower = t.lower;
    f.count = 0;
    f.add(BIAS);
    f.add(wordAt(k, W));
    f.add(shapeHash(text, t.start, t.end));
    f.add(wordAt(k, SFX));
    if (lower.length > STEM) f.add(wordAt(k, ST));
    f.add(k >= 1 ? wordAt(k - 1, WM1) : BOUNDARY.wm1);
    f.add(k + 1 < n ? wordAt(k + 1, WP1) : BOUNDARY.wp1);
    f.add(k >= 2 ? wordAt(k - 2, WM2) : BOUNDARY.wm2);
    f.add(k + 2 < n ? wordAt(k + 2, WP2) : BOUNDARY.wp2);
    // The left bigram is this token's pair with the previous token, the right one the next token's pair.
    f.add(k >= 1 ? (pair[t.pair * PAIR_FIELDS + BM] as number) : wordAt(k, BM_FIRST));
    f.add(k + 1 < n ? (pair[(toks[k + 1] as TokenInfo).pair * PAIR_FIELDS + BP] as number) : wordAt(k, BP_LAST));
    for (let d = -2; d <= 2; d++) addLex(f, lexAt(k + d), LX[d + 2] as number[]);
    if (t.quoted) f.add(QUOTED);
    if (lower.length > 5 && lower.endsWith("est")) f.add(EST);
    if (isContentWord(t)) {
      f.add(REP[bucket(wordCounts[t.word] as number, REP_EDGES)] as number);
      const pairL = k > 0 ? (pairCounts[t.pair] as number) : 0;
      // The last token's right pair is "<word> </s>", which no article contains.
      const pairR = k + 1 < n ? (pairCounts[(toks[k + 1] as TokenInfo).pair] as number) : 0;
      if (Math.max(pairL, pairR) >= 2) f.add(PAIRREP);
    }
    for (const h of shared) f.add(h);
    f.add(k === 0 ? POS_FIRST : k === n - 1 ? POS_LAST : (POS_MID[bucket(k / n, POS_EDGES)] as number));
    for (let i = 0; i < sharedTail.count; i++) f.add(sharedTail.items[i] as number);
    visit(k, f.items, f.count);
  }
}

/** Rows of every token of `sentence` for the token classifier: `tokenFeatures` hashed into `dim` rows. */
export function tokenRowsOf(article: ArticleInfo, sentence: SentenceInfo, dim: number): Int32Array[] {
  const out: Int32Array[] = new Array(sentence.tokens.length);
  visitTokenFeatures(article, sentence, (k, f, count) => {
    const rows = new Int32Array(count);
    for (let i = 0; i < count; i++) rows[i] = rowOf(f[i] as number, dim);
    out[k] = rows;
  });
  return out;
}

/**
 * Each token's logit under the token classifier's weights: the sum `logitScore` gives over `tokenRowsOf`, in the
 * same order (so the same number), without building a row per token — the runtime needs only the scores.
 */
export function tokenLogitsOf(
  article: ArticleInfo,
  sentence: SentenceInfo,
  weights: ArrayLike<number>,
  dim: number,
): number[] {
  const out: number[] = new Array(sentence.tokens.length);
  visitTokenFeatures(article, sentence, (k, f, count) => {
    let z = 0;
    for (let i = 0; i < count; i++) z += weights[rowOf(f[i] as number, dim)] as number;
    out[k] = z;
  });
  return out;
}
