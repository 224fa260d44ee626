/**
 * The feature hashes that belong to a word or a word pair of an article, worked out once per distinct word and
 * pair (the article's `Vocabulary`) instead of once per occurrence. The token classifier's row of `w-1=house`
 * is the same for every token that follows "house", and a word's bigrams with its neighbours recur as the pair
 * recurs; FNV-1a over those strings, token by token, was the framing layer's costliest loop. token-rows.ts and
 * sentence-rows.ts read these tables; their tests hold them equal to the string features.
 */

import { fnv1a, fnvContinue } from "../../core/fnv.js";
import type { ArticleInfo } from "./features.js";

/** Running-hash states of each template's prefix. */
const PREFIX = {
  w: fnv1a("w="),
  sfx: fnv1a("sfx="),
  st: fnv1a("st="),
  wm1: fnv1a("w-1="),
  wp1: fnv1a("w+1="),
  wm2: fnv1a("w-2="),
  wp2: fnv1a("w+2="),
  bm: fnv1a("b-="),
  bp: fnv1a("b+="),
  b: fnv1a("b="),
};
const BAR = "|";
/** The words a token's neighbours are before the first and after the last token of a sentence. */
export const SENTENCE_START = "<s>";
export const SENTENCE_END = "</s>";

/** Stem length of the `st=` feature and the word length above which it applies. */
export const STEM = 5;

/** Offsets of a word's hashes in `WordHashes.word` (WORD_FIELDS per word id). */
export const W = 0;
/** `sfx=` of the last three characters. */
export const SFX = 1;
/** `st=` of the first STEM characters; 0 for a word of STEM characters or fewer (it has no stem feature). */
export const ST = 2;
/** `w-1=` / `w+1=` / `w-2=` / `w+2=`: the word seen as a neighbour. */
export const WM1 = 3;
export const WP1 = 4;
export const WM2 = 5;
export const WP2 = 6;
/** `b-=<s>|word`: the left bigram of a sentence's first token. */
export const BM_FIRST = 7;
/** `b+=word|</s>`: the right bigram of a sentence's last token. */
export const BP_LAST = 8;
export const WORD_FIELDS = 9;

/** Offsets of a pair's hashes in `WordHashes.pair` (PAIR_FIELDS per pair id). */
export const BM = 0;
export const BP = 1;
export const B = 2;
export const PAIR_FIELDS = 3;

/** The neighbour features of a token with no token there (the sentence boundary). */
export const BOUNDARY = {
  wm1: fnvContinue(PREFIX.wm1, SENTENCE_START),
  wm2: fnvContinue(PREFIX.wm2, SENTENCE_START),
  wp1: fnvContinue(PREFIX.wp1, SENTENCE_END),
  wp2: fnvContinue(PREFIX.wp2, SENTENCE_END),
};

/** The state after "b-=<s>|". */
const BM_START_STATE = fnvContinue(fnvContinue(PREFIX.bm, SENTENCE_START), BAR);

/**
 * The tables hold each hash's 32 bits as a signed integer (`rowOf` takes either form): V8 keeps a signed 32-bit
 * number as a small integer, where an unsigned one above 2^31 is a double, boxed whenever it is passed around.
 */
export interface WordHashes {
  /** WORD_FIELDS hashes per word id. */
  readonly word: Int32Array;
  /** PAIR_FIELDS hashes per pair id: `b-=first|second`, `b+=first|second`, `b=first|second`. */
  readonly pair: Int32Array;
  /** Id of each word's stem (its first STEM characters) among the article's stems; -1 when it has none. */
  readonly stem: Int32Array;
  readonly stemCount: number;
  /** Article-wide tone features, hashed. */
  readonly tone: Int32Array;
}

function buildWordHashes(article: ArticleInfo): WordHashes {
  const { words, pairFirst, pairSecond } = article.vocabulary;
  const word = new Int32Array(words.length * WORD_FIELDS);
  const stem = new Int32Array(words.length).fill(-1);
  const stemIds = new Map<string, number>();
  // Each word's state after "b-=word|", "b+=word|" and "b=word|": a pair's bigrams continue them over its second
  // word (fnvContinue reads only a state's 32 bits, so the signed form continues the same).
  const bmState = new Int32Array(words.length);
  const bpState = new Int32Array(words.length);
  const bState = new Int32Array(words.length);
  for (let id = 0; id < words.length; id++) {
    const w = words[id] as string;
    const at = id * WORD_FIELDS;
    word[at + W] = fnvContinue(PREFIX.w, w);
    word[at + SFX] = fnvContinue(PREFIX.sfx, w.slice(-3));
    if (w.length > STEM) {
      const s = w.slice(0, STEM);
      word[at + ST] = fnvContinue(PREFIX.st, s);
      let sid = stemIds.get(s);
      if (sid === undefined) {
        sid = stemIds.size;
        stemIds.set(s, sid);
      }
      stem[id] = sid;
    }
    word[at + WM1] = fnvContinue(PREFIX.wm1, w);
    word[at + WP1] = fnvContinue(PREFIX.wp1, w);
    word[at + WM2] = fnvContinue(PREFIX.wm2, w);
    word[at + WP2] = fnvContinue(PREFIX.wp2, w);
    bmState[id] = fnvContinue(fnvContinue(PREFIX.bm, w), BAR);
    bpState[id] = fnvContinue(fnvContinue(PREFIX.bp, w), BAR);
    bState[id] = fnvContinue(fnvContinue(PREFIX.b, w), BAR);
    word[at + BM_FIRST] = fnvContinue(BM_START_STATE, w);
    word[at + BP_LAST] = fnvContinue(bpState[id] as number, SENTENCE_END);
  }
  const pair = new Int32Array(pairFirst.length * PAIR_FIELDS);
  for (let id = 0; id < pairFirst.length; id++) {
    const first = pairFirst[id] as number;
    const second = words[pairSecond[id] as number] as string;
    const at = id * PAIR_FIELDS;
    pair[at + BM] = fnvContinue(bmState[first] as number, second);
    pair[at + BP] = fnvContinue(bpState[first] as number, second);
    pair[at + B] = fnvContinue(bState[first] as number, second);
  }
  return { word, pair, stem, stemCount: stemIds.size, tone: Int32Array.from(article.tone, fnv1a) };
}

const cache = new WeakMap<ArticleInfo, WordHashes>();

/** The article's word and pair hashes, worked out on first use. */
export function wordHashesOf(article: ArticleInfo): WordHashes {
  let hashes = cache.get(article);
  if (hashes === undefined) {
    hashes = buildWordHashes(article);
    cache.set(article, hashes);
  }
  return hashes;
}
