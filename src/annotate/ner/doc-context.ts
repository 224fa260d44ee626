/**
 * Document-level evidence for the tagger (Ratinov & Roth 2009, "non-local features"): how each word is written
 * elsewhere in the same document, and which entity types the tagger already gave it. "REUTERS" in an all-caps
 * headline or "Clinton" at the start of a sentence are ambiguous alone; the same word written "Clinton" mid-sentence
 * or tagged PER two sentences earlier settles it.
 */

/** Bits of `DocContext.forms`: how a lowercased word was written somewhere in the document. */
export const FORM = {
  /** "Clinton" (first letter upper, some lower) not at sentence start, in a sentence that is not all caps. */
  titleMid: 1,
  /** "clinton": all lower case. */
  lower: 2,
  /** "IBM": all upper case, in a sentence that is not all caps. */
  upperMid: 4,
  /** First word of a run of two or more capitalised words ("Bill" in "Bill Clinton"). */
  runFirst: 8,
  /** Last word of such a run ("Clinton" in "Bill Clinton"). */
  runLast: 16,
  /** Capitalised and alone mid-sentence (no capitalised neighbour). */
  single: 32,
} as const;

export interface DocContext {
  /** Lowercased word → OR of FORM bits over the document. */
  readonly forms: Map<string, number>;
  /** Lowercased capitalised word → counts of entity types (PER, ORG, LOC, MISC) the tagger gave it so far. */
  readonly history: Map<string, Uint16Array>;
}

/** Letter case of a word: 0 no letters, 1 lower, 2 Title, 3 UPPER (two or more letters), 4 mixed/other. */
export function caseClass(w: string): number {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = w[i] ?? "";
      const lo = ch.toLowerCase();
      if (lo !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
  }
  if (upper + lower === 0) return 0;
  if (upper === 0) return 1;
  if (lower === 0) return upper >= 2 ? 3 : 2;
  const first = w[0] ?? "";
  return first !== first.toLowerCase() ? 2 : 4;
}

/** A headline-style sentence: most of its words are upper case ("SOCCER - JAPAN GET LUCKY WIN"). */
export function isAllCapsSentence(words: readonly string[], classes?: ArrayLike<number>): boolean {
  let upper = 0;
  let cased = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const c = classes === undefined ? caseClass(w) : (classes[i] ?? 0);
    if (c === 0) continue;
    cased++;
    if (c === 3 || (c === 2 && w.length === 1)) upper++;
  }
  return cased >= 2 && upper * 2 > cased;
}

function isCapitalised(c: number): boolean {
  return c === 2 || c === 3;
}

/**
 * A sentence's case classes and lower-cased words (`caseClass`, toLowerCase), when the caller has them already
 * (the tagger's per-word cache): the context then reads them instead of redoing them word by word.
 */
export interface KnownWordValues {
  readonly cls: ArrayLike<number>;
  readonly lowerStr: readonly string[];
}

/** Builds the document context from every sentence (tokens) of one document, before tagging any of them. */
export function createDocContext(
  sentences: readonly (readonly string[])[],
  known?: (sentence: number) => KnownWordValues | undefined,
): DocContext {
  const forms = new Map<string, number>();
  const add = (key: string, bit: number): void => {
    // Most words recur with the form already recorded: only a new bit is written (a second hash look-up each).
    const recorded = forms.get(key) ?? 0;
    if ((recorded | bit) !== recorded) forms.set(key, recorded | bit);
  };
  sentences.forEach((words, s) => {
    const values = known?.(s);
    const classes = values?.cls ?? words.map(caseClass);
    const lowerOf = (i: number): string => values?.lowerStr[i] ?? (words[i] ?? "").toLowerCase();
    const headline = isAllCapsSentence(words, classes);
    for (let i = 0; i < words.length; i++) {
      const c = classes[i] ?? 0;
      // A token's bits are gathered first and recorded in one look-up.
      let bits = c === 1 ? FORM.lower : 0;
      if (!headline && i !== 0) {
        if (c === 2) bits |= FORM.titleMid;
        else if (c === 3) bits |= FORM.upperMid;
        if (isCapitalised(c)) {
          const prevCap = i > 1 && isCapitalised(classes[i - 1] ?? 0);
          const nextCap = isCapitalised(classes[i + 1] ?? 0);
          if (!prevCap && nextCap) bits |= FORM.runFirst;
          if (prevCap && !nextCap) bits |= FORM.runLast;
          if (!prevCap && !nextCap) bits |= FORM.single;
        }
      }
      if (bits !== 0) add(lowerOf(i), bits);
    }
  });
  return { forms, history: new Map() };
}

/**
 * Records the entity types given to a tagged sentence's capitalised words, for later sentences of the document.
 * `delta` −1 takes a sentence's own votes back out (second pass of NerModel.tagDocument).
 */
export function recordHistory(
  ctx: DocContext,
  words: readonly string[],
  types: ArrayLike<number>,
  delta = 1,
  known?: KnownWordValues,
): void {
  for (let i = 0; i < words.length; i++) {
    const t = types[i] ?? 0;
    const w = words[i] ?? "";
    if (t === 0 || !isCapitalised(known === undefined ? caseClass(w) : (known.cls[i] ?? 0))) continue;
    const key = known?.lowerStr[i] ?? w.toLowerCase();
    let counts = ctx.history.get(key);
    if (counts === undefined) {
      counts = new Uint16Array(4);
      ctx.history.set(key, counts);
    }
    counts[t - 1] = Math.max(0, (counts[t - 1] ?? 0) + delta);
  }
}
