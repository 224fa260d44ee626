/**
 * The sentence classifier's feature rows, computed without building feature strings, as token-rows.ts does for
 * the token classifier: `sentenceFeatures` (features.ts) is the readable definition, and this computes the same
 * rows in the same order by continuing each template prefix's FNV-1a state over the varying part. Every sentence of
 * every article is scored, and its word and bigram strings were the framing layer's largest source of garbage.
 * sentence-rows.test.ts holds the two versions equal on real articles.
 */

import { fnv1a, fnvContinue } from "../../core/fnv.js";
import { type ArticleInfo, bucket, isContentWord, pairCountsOf, type SentenceInfo } from "./features.js";
import { FEATURE_LEXICONS } from "./lexicon.js";

const SLEN_EDGES = [4, 8, 12, 18, 25, 35, 50];
const QUOTED_EDGES = [0.01, 0.3, 0.7];
const WREP_EDGES = [1, 2, 4, 7];
const PAIRREP_EDGES = [1, 3, 6];
const CAPS_EDGES = [2, 4];
const SPOS_EDGES = [0.1, 0.3, 0.6, 0.9];
const LXN_EDGES = [2, 3, 5];

/** Hashes of `${name}=${b}` for every bucket b of `edges`. */
const bucketHashes = (name: string, edges: readonly number[]): number[] =>
  Array.from({ length: edges.length + 1 }, (_, b) => fnv1a(`${name}=${b}`));

const BIAS = fnv1a("bias");
const TITLE = fnv1a("title");
const HAS_EXCLAMATION = fnv1a("has!");
const ENDS_QUESTION = fnv1a("ends?");
const W = fnv1a("w=");
const ST = fnv1a("st=");
const B = fnv1a("b=");
const SLEN = bucketHashes("slen", SLEN_EDGES);
const QUOTED = bucketHashes("quoted", QUOTED_EDGES);
const WREP = bucketHashes("wrep", WREP_EDGES);
const PAIRREP = bucketHashes("pairrep", PAIRREP_EDGES);
const CAPS = bucketHashes("caps", CAPS_EDGES);
const SPOS = bucketHashes("spos", SPOS_EDGES);
/** Per lexicon (FEATURE_LEXICONS order): `lx=name`, `lxn=name:b`, and the neighbours' `plx=name` / `nlx=name`. */
const LX = FEATURE_LEXICONS.map((l) => fnv1a(`lx=${l.name}`));
const LXN = FEATURE_LEXICONS.map((l) =>
  Array.from({ length: LXN_EDGES.length + 1 }, (_, b) => fnv1a(`lxn=${l.name}:${b}`)),
);
const NEIGHBOUR_LX = [
  { offset: -1, hashes: FEATURE_LEXICONS.map((l) => fnv1a(`plx=${l.name}`)) },
  { offset: 1, hashes: FEATURE_LEXICONS.map((l) => fnv1a(`nlx=${l.name}`)) },
];
/** Stem length of the `st=` feature and the word length above which it applies. */
const STEM = 5;
const ALL_CAPS_WORD = /^\p{Lu}{2,}$/u;
const ASCII_LIMIT = 0x80;
const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;

/**
 * ALL_CAPS_WORD on the token's text. A token of one code unit, or one starting with an ASCII character other than
 * A–Z, cannot match: answered without slicing the token and running the Unicode regex (most tokens).
 */
function isAllCapsWord(text: string, t: { start: number; end: number }): boolean {
  if (t.end - t.start < 2) return false;
  const first = text.charCodeAt(t.start);
  if (first < ASCII_LIMIT && !isAsciiUpper(first)) return false;
  return ALL_CAPS_WORD.test(text.slice(t.start, t.end));
}

/** Rows of `sentenceFeatures(article, sentence)` reduced modulo `dim`. */
export function sentenceRowsOf(
  article: ArticleInfo,
  sentence: SentenceInfo,
  dim: number,
  /** `pairCountsOf(article, sentence)`, when the caller has it (the token classifier reads it too). */
  pairCounts: Int32Array = pairCountsOf(article, sentence),
): Int32Array {
  const toks = sentence.tokens;
  const n = toks.length;
  const hashes: number[] = [BIAS, SLEN[bucket(n, SLEN_EDGES)] as number];
  if (sentence.title) hashes.push(TITLE);
  // Distinct words and stems in first-seen order (arrays beside the sets: iterating a Set allocated per step).
  const seen = new Set<string>();
  const words: string[] = [];
  for (const t of toks) {
    if (seen.has(t.lower)) continue;
    seen.add(t.lower);
    words.push(t.lower);
    hashes.push(fnvContinue(W, t.lower));
  }
  seen.clear();
  for (const w of words) {
    if (w.length <= STEM) continue;
    const stem = w.slice(0, STEM);
    if (seen.has(stem)) continue;
    seen.add(stem);
    hashes.push(fnvContinue(ST, stem));
  }
  for (let i = 1; i < n; i++)
    hashes.push(fnvContinue(fnvContinue(fnvContinue(B, toks[i - 1]?.lower ?? ""), "|"), toks[i]?.lower ?? ""));
  // Lexicons in the order a token first shows them (the order of the string version's Map), with their counts.
  const lexCount = new Array<number>(FEATURE_LEXICONS.length).fill(0);
  const lexOrder: number[] = [];
  for (const t of toks) {
    if (t.lex === 0) continue; // most tokens are in no lexicon
    for (let i = 0; i < FEATURE_LEXICONS.length; i++) {
      if ((t.lex & (1 << i)) === 0) continue;
      if (lexCount[i] === 0) lexOrder.push(i);
      lexCount[i] = (lexCount[i] as number) + 1;
    }
  }
  for (const i of lexOrder) hashes.push(LX[i] as number, LXN[i]?.[bucket(lexCount[i] as number, LXN_EDGES)] as number);
  const text = article.text.slice(sentence.start, sentence.end);
  if (text.includes("!")) hashes.push(HAS_EXCLAMATION);
  if (text.trimEnd().endsWith("?")) hashes.push(ENDS_QUESTION);
  let quoted = 0;
  let repeated = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.quoted) quoted++;
    if (isContentWord(t) && (article.wordCounts.get(t.lower) ?? 0) >= 3) repeated++;
    if (isAllCapsWord(article.text, t)) caps++;
  }
  hashes.push(QUOTED[bucket(quoted / Math.max(1, n), QUOTED_EDGES)] as number);
  hashes.push(WREP[bucket(repeated, WREP_EDGES)] as number);
  let pairs = 0;
  for (let k = 1; k < n; k++) if ((pairCounts[k] as number) >= 2) pairs++;
  hashes.push(PAIRREP[bucket(pairs, PAIRREP_EDGES)] as number);
  if (caps > 0) hashes.push(CAPS[bucket(caps, CAPS_EDGES)] as number);
  hashes.push(SPOS[bucket(sentence.index / Math.max(1, article.sentences.length), SPOS_EDGES)] as number);
  for (const { offset, hashes: lx } of NEIGHBOUR_LX) {
    let mask = 0;
    for (const t of article.sentences[sentence.index + offset]?.tokens ?? []) mask |= t.lex;
    for (let i = 0; i < lx.length; i++) if (mask & (1 << i)) hashes.push(lx[i] as number);
  }
  const rows = new Int32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) rows[i] = (hashes[i] as number) % dim;
  return rows;
}
