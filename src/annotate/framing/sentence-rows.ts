/**
 * The sentence classifier's feature rows, computed without building feature strings, as token-rows.ts does for
 * the token classifier: `sentenceFeatures` (features.ts) is the readable definition, and this computes the same
 * rows in the same order by continuing each template prefix's FNV-1a state over the varying part. Every sentence of
 * every article is scored, and its word and bigram strings were the framing layer's largest source of garbage.
 * sentence-rows.test.ts holds the two versions equal on real articles.
 */

import { fnv1a } from "../../core/fnv.js";
import {
  type ArticleInfo,
  bucket,
  isAllCapsWord,
  isContentWord,
  type SentenceInfo,
  type TokenInfo,
} from "./features.js";
import { HashBuffer, rowOf } from "./hashing.js";
import { FEATURE_LEXICONS } from "./lexicon.js";
import { B, PAIR_FIELDS, ST, W, WORD_FIELDS, type WordHashes, wordHashesOf } from "./word-hashes.js";

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
/**
 * Marks of the words and stems a sentence has shown, by id: a mark equal to the sentence's stamp means "seen in
 * this sentence", so the marks need no clearing between sentences (a Set per sentence was most of its garbage).
 */
interface SeenMarks {
  readonly words: Int32Array;
  readonly stems: Int32Array;
  stamp: number;
}
const seenMarks = new WeakMap<WordHashes, SeenMarks>();
function seenMarksOf(hashes: WordHashes): SeenMarks {
  let marks = seenMarks.get(hashes);
  if (marks === undefined) {
    marks = {
      words: new Int32Array(hashes.word.length / WORD_FIELDS),
      stems: new Int32Array(hashes.stemCount),
      stamp: 0,
    };
    seenMarks.set(hashes, marks);
  }
  return marks;
}

/** The buffer `sentenceRowsOf` fills, reused from sentence to sentence. */
const sentenceBuffer = new HashBuffer();

/** Fills `sentenceBuffer` with the hashes of `sentenceFeatures(article, sentence)`, in order. */
function fillSentenceHashes(article: ArticleInfo, sentence: SentenceInfo): HashBuffer {
  const toks = sentence.tokens;
  const n = toks.length;
  const { wordCounts, pairCounts } = article.vocabulary;
  const table = wordHashesOf(article);
  const seen = seenMarksOf(table);
  const stamp = ++seen.stamp;
  const hashes = sentenceBuffer;
  hashes.count = 0;
  hashes.add(BIAS);
  hashes.add(SLEN[bucket(n, SLEN_EDGES)] as number);
  if (sentence.title) hashes.add(TITLE);
  // Distinct words in first-seen order, then their distinct stems in the same order (a repeated word brings no
  // new stem, so visiting every token is visiting the distinct words in order).
  for (const t of toks) {
    if (seen.words[t.word] === stamp) continue;
    seen.words[t.word] = stamp;
    hashes.add(table.word[t.word * WORD_FIELDS + W] as number);
  }
  for (const t of toks) {
    const stem = table.stem[t.word] as number;
    if (stem < 0 || seen.stems[stem] === stamp) continue;
    seen.stems[stem] = stamp;
    hashes.add(table.word[t.word * WORD_FIELDS + ST] as number);
  }
  for (let i = 1; i < n; i++) hashes.add(table.pair[(toks[i] as TokenInfo).pair * PAIR_FIELDS + B] as number);
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
  for (const i of lexOrder) {
    hashes.add(LX[i] as number);
    hashes.add(LXN[i]?.[bucket(lexCount[i] as number, LXN_EDGES)] as number);
  }
  const text = article.text.slice(sentence.start, sentence.end);
  if (text.includes("!")) hashes.add(HAS_EXCLAMATION);
  if (text.trimEnd().endsWith("?")) hashes.add(ENDS_QUESTION);
  let quoted = 0;
  let repeated = 0;
  let caps = 0;
  let pairs = 0;
  for (let k = 0; k < n; k++) {
    const t = toks[k] as TokenInfo;
    if (t.quoted) quoted++;
    if (isContentWord(t) && (wordCounts[t.word] as number) >= 3) repeated++;
    if (isAllCapsWord(article.text, t)) caps++;
    if (k > 0 && (pairCounts[t.pair] as number) >= 2) pairs++;
  }
  hashes.add(QUOTED[bucket(quoted / Math.max(1, n), QUOTED_EDGES)] as number);
  hashes.add(WREP[bucket(repeated, WREP_EDGES)] as number);
  hashes.add(PAIRREP[bucket(pairs, PAIRREP_EDGES)] as number);
  if (caps > 0) hashes.add(CAPS[bucket(caps, CAPS_EDGES)] as number);
  hashes.add(SPOS[bucket(sentence.index / Math.max(1, article.sentences.length), SPOS_EDGES)] as number);
  for (const { offset, hashes: lx } of NEIGHBOUR_LX) {
    let mask = 0;
    for (const t of article.sentences[sentence.index + offset]?.tokens ?? []) mask |= t.lex;
    for (let i = 0; i < lx.length; i++) if (mask & (1 << i)) hashes.add(lx[i] as number);
  }
  return hashes;
}

/** Rows of `sentenceFeatures(article, sentence)` reduced modulo `dim`. */
export function sentenceRowsOf(article: ArticleInfo, sentence: SentenceInfo, dim: number): Int32Array {
  const hashes = fillSentenceHashes(article, sentence);
  const rows = new Int32Array(hashes.count);
  for (let i = 0; i < hashes.count; i++) rows[i] = rowOf(hashes.items[i] as number, dim);
  return rows;
}

/**
 * The sentence classifier's logit over its hashed rows: `logitScore(weights, sentenceRowsOf(...))`, summed in the
 * same order (so the same number) without a rows array per sentence.
 */
export function sentenceLogitOf(
  article: ArticleInfo,
  sentence: SentenceInfo,
  weights: ArrayLike<number>,
  dim: number,
): number {
  const hashes = fillSentenceHashes(article, sentence);
  let z = 0;
  for (let i = 0; i < hashes.count; i++) z += weights[rowOf(hashes.items[i] as number, dim)] as number;
  return z;
}
