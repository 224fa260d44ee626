/**
 * What every framing rule reads: the body's sentences outside boilerplate (analysed once: tokens, lexicon hits),
 * the quotes and entities found in them, and a test for "whose words are these". A framing cue is about the
 * author's choices, so words inside a quote (or inside quotation marks) are the speaker's and no rule may charge
 * them to the author, except a scare quote: there the author chose the quotation marks.
 */
import type { Document, Entity, FramingCue, Quote } from "../../../core/document.js";
import { layer } from "../../../core/document.js";
import type { Span } from "../../../core/span.js";
import { SpanSet } from "../../../core/span-index.js";
import type { EncoderVectors } from "../encoder-techniques.js";
import { type ArticleInfo, analyseArticle, type SentenceInfo, type TokenInfo } from "../features.js";
import { findHits, type Lexicon, wordFlags } from "../lexicon.js";

export interface FramingContext {
  readonly doc: Document;
  readonly text: string;
  /** Body sentences outside boilerplate, analysed. */
  readonly article: ArticleInfo;
  /** Quotes that lie in those sentences. */
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
  /** True when the span's first character is the speaker's words rather than the author's. */
  speakerVoice(span: Span): boolean;
  /** Share of the span's characters that are the speaker's words. */
  speakerShare(span: Span): number;
  /** `findHits(lexicon, the sentence's lower-cased words)`, each distinct word of the article looked up once. */
  lexiconHits(lexicon: Lexicon, sentence: SentenceInfo): [number, number][];
  /** The sentence encoder's vectors of the model's spans and their sentences, when the encoder refinement ran. */
  readonly encoderVectors?: EncoderVectors;
}

/** One named recogniser: reads the context, returns cues that carry its name in `rule`. */
export interface FramingRule {
  readonly name: string;
  /**
   * The rule reads English words (a lexicon, a model trained on English news): on a text in another language it
   * would flag ordinary words that happen to share a hashed feature, so the stage leaves it out there.
   */
  readonly readsEnglish?: boolean;
  apply(ctx: FramingContext): FramingCue[];
}

/** Quote kinds whose span holds someone else's words (a "name" quote is a title, not the author's wording either). */
const SPEAKER_KINDS = new Set<Quote["kind"]>(["direct", "partial", "indirect", "name"]);

export function buildContext(doc: Document, encoderVectors?: EncoderVectors): FramingContext {
  const text = doc.text;
  const boilerplate = doc.layers.boilerplate ?? [];
  const furniture = new SpanSet(boilerplate);
  const sentences = layer(doc, "sentences").filter(
    (s) => s.start >= doc.body.start && s.end <= doc.body.end && !furniture.overlaps(s),
  );
  const article = analyseArticle(text, sentences, false, doc.layers.tokens);
  const sentenceSet = new SpanSet(sentences);
  const quotes = (doc.layers.quotes ?? []).filter((q) => sentenceSet.overlaps(q) && !furniture.overlaps(q));
  const scare = quotes.filter((q) => q.kind === "scare");
  // The speaker's characters: inside a non-scare quote, or inside quotation marks that no scare quote explains.
  const mask = new Uint8Array(text.length);
  for (const q of quotes) if (SPEAKER_KINDS.has(q.kind)) mask.fill(1, q.start, q.end);
  const quotedTokens: TokenInfo[] = article.sentences.flatMap((s) => s.tokens.filter((t) => t.quoted));
  const scareSet = new SpanSet(scare);
  for (const t of quotedTokens) if (!scareSet.overlaps(t)) mask.fill(1, t.start, t.end);
  const speakerShare = (span: Span): number => {
    let n = 0;
    for (let i = span.start; i < span.end; i++) n += mask[i] ?? 0;
    return n / Math.max(1, span.end - span.start);
  };
  return {
    doc,
    text,
    article,
    quotes,
    entities: doc.layers.entities ?? [],
    speakerVoice: (span) => mask[span.start] === 1,
    speakerShare,
    lexiconHits: lexiconHitsOf(article),
    ...(encoderVectors ? { encoderVectors } : {}),
  };
}

/**
 * `lexiconHits` of an article: the rules look every sentence up in their lexicons, and an article's words repeat,
 * so each lexicon's `wordFlags` are worked out once per distinct word (by vocabulary id) and reused.
 */
function lexiconHitsOf(article: ArticleInfo): FramingContext["lexiconHits"] {
  const flagsByLexicon = new Map<Lexicon, Uint8Array>();
  const lowersBySentence = new Map<SentenceInfo, string[]>();
  let flags = new Uint8Array(64);
  return (lexicon, sentence) => {
    let byWord = flagsByLexicon.get(lexicon);
    if (byWord === undefined) {
      const words = article.vocabulary.words;
      byWord = new Uint8Array(words.length);
      for (let id = 0; id < words.length; id++) byWord[id] = wordFlags(lexicon, words[id] as string);
      flagsByLexicon.set(lexicon, byWord);
    }
    const tokens = sentence.tokens;
    // One buffer for every call (findHits reads it only while it runs, and only the sentence's part of it).
    if (flags.length < tokens.length) flags = new Uint8Array(tokens.length * 2);
    for (let k = 0; k < tokens.length; k++) flags[k] = byWord[(tokens[k] as TokenInfo).word] as number;
    let lowers = lowersBySentence.get(sentence);
    if (lowers === undefined) {
      lowers = tokens.map((t) => t.lower);
      lowersBySentence.set(sentence, lowers);
    }
    return findHits(lexicon, lowers, flags);
  };
}

/** A sentence that asks rather than asserts. */
export const isQuestion = (text: string, sentence: Span): boolean =>
  text.slice(sentence.start, sentence.end).trimEnd().endsWith("?");
