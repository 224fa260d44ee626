/**
 * The token classifier's feature rows, computed without building feature strings. `tokenFeatures` (features.ts)
 * is the readable definition; this computes exactly the same rows in the same order, because FNV-1a is a running
 * hash: the row of `w-1=house` is the hash of "w-1=" continued over "house", so each template's prefix is hashed
 * once and no string is allocated per feature. Scoring every token of every sentence is the framing layer's
 * hottest loop (about 30 features × every token), and the strings were most of its time and garbage.
 * token-rows.test.ts holds the two versions equal on real articles.
 */

import { fnv1a, fnvContinue } from "../../core/fnv.js";
import { type ArticleInfo, bucket, isContentWord, pairCountsOf, type SentenceInfo, shape } from "./features.js";
import { FEATURE_LEXICONS } from "./lexicon.js";

/** Running-hash states of each template's prefix. */
const P = {
  w: fnv1a("w="),
  sh: fnv1a("sh="),
  sfx: fnv1a("sfx="),
  st: fnv1a("st="),
  wm1: fnv1a("w-1="),
  wp1: fnv1a("w+1="),
  wm2: fnv1a("w-2="),
  wp2: fnv1a("w+2="),
  bm: fnv1a("b-="),
  bp: fnv1a("b+="),
};
const BIAS = fnv1a("bias");
const QUOTED = fnv1a("quoted");
const EST = fnv1a("est");
const PAIRREP = fnv1a("pairrep");
const TITLE = fnv1a("title");
const BAR = "|";
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

/** Hashes of the article-wide tone features, once per article. */
const toneCache = new WeakMap<ArticleInfo, number[]>();
function toneHashes(article: ArticleInfo): number[] {
  let h = toneCache.get(article);
  if (!h) {
    h = article.tone.map(fnv1a);
    toneCache.set(article, h);
  }
  return h;
}

/**
 * A list of feature hashes (one token's, or what a sentence's tokens share), cleared by resetting `count`: emptying
 * an array with `length = 0` frees its storage, which then grows again for every token of every sentence.
 */
class HashBuffer {
  readonly items: number[] = [];
  count = 0;
  add(h: number): void {
    this.items[this.count++] = h;
  }
}

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
  pair: Int32Array,
  visit: (k: number, hashes: readonly number[], count: number) => void,
): void {
  const toks = sentence.tokens;
  const n = toks.length;
  const text = article.text;
  const word = (i: number): string => toks[i]?.lower ?? (i < 0 ? "<s>" : "</s>");
  const lexAt = (i: number): number => toks[i]?.lex ?? 0;

  // What every token of the sentence shares: its end mark, title flag, length, lexicon union and the tone.
  const last = toks[n - 1];
  const endText = last ? text.slice(last.start, last.end) : "";
  const shared: number[] = [SEND[endText.includes("!") ? "!" : endText.includes("?") ? "?" : "."]];
  if (sentence.title) shared.push(TITLE);
  shared.push(SLEN[bucket(n, SLEN_EDGES)] as number);
  const sharedTail = new HashBuffer();
  let sentenceLex = 0;
  for (const t of toks) sentenceLex |= t.lex;
  addLex(sharedTail, sentenceLex, SLX);
  for (const h of toneHashes(article)) sharedTail.add(h);

  const f = new HashBuffer();
  for (let k = 0; k < n; k++) {
    const t = toks[k] as SentenceInfo["tokens"][number];
    const lower = t.lower;
    f.count = 0;
    f.add(BIAS);
    f.add(fnvContinue(P.w, lower));
    f.add(fnvContinue(P.sh, shape(text.slice(t.start, t.end))));
    f.add(fnvContinue(P.sfx, lower.slice(-3)));
    if (lower.length > 5) f.add(fnvContinue(P.st, lower.slice(0, 5)));
    const prev = word(k - 1);
    const next = word(k + 1);
    f.add(fnvContinue(P.wm1, prev));
    f.add(fnvContinue(P.wp1, next));
    f.add(fnvContinue(P.wm2, word(k - 2)));
    f.add(fnvContinue(P.wp2, word(k + 2)));
    f.add(fnvContinue(fnvContinue(fnvContinue(P.bm, prev), BAR), lower));
    f.add(fnvContinue(fnvContinue(fnvContinue(P.bp, lower), BAR), next));
    for (let d = -2; d <= 2; d++) addLex(f, lexAt(k + d), LX[d + 2] as number[]);
    if (t.quoted) f.add(QUOTED);
    if (lower.length > 5 && lower.endsWith("est")) f.add(EST);
    if (isContentWord(t)) {
      f.add(REP[bucket(article.wordCounts.get(lower) ?? 0, REP_EDGES)] as number);
      const pairL = k > 0 ? (pair[k] as number) : 0;
      // The last token's right pair is "<word> </s>", which no article contains.
      const pairR = k + 1 < n ? (pair[k + 1] as number) : 0;
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
  visitTokenFeatures(article, sentence, pairCountsOf(article, sentence), (k, f, count) => {
    const rows = new Int32Array(count);
    for (let i = 0; i < count; i++) rows[i] = (f[i] as number) % dim;
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
  /** `pairCountsOf(article, sentence)`, when the caller has it (the sentence classifier reads it too). */
  pairs: Int32Array = pairCountsOf(article, sentence),
): number[] {
  const out: number[] = new Array(sentence.tokens.length);
  visitTokenFeatures(article, sentence, pairs, (k, f, count) => {
    let z = 0;
    for (let i = 0; i < count; i++) z += weights[(f[i] as number) % dim] as number;
    out[k] = z;
  });
  return out;
}
