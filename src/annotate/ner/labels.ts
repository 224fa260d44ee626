/**
 * The IOB2 label set the tagger predicts, and conversions between tag strings and label ids. Ids are fixed because
 * the shipped weights are laid out by them: row `bucket * LABEL_COUNT + id`.
 */

export type NerLabel = "PER" | "ORG" | "LOC" | "MISC";

export const ENTITY_TYPES: readonly NerLabel[] = ["PER", "ORG", "LOC", "MISC"];

/** O, then B-/I- for each type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
export const LABEL_COUNT = TAGS.length;

const TAG_ID = new Map(TAGS.map((t, i) => [t, i]));

/** Id of an IOB2 tag; unknown tags (e.g. a foreign type) become O. */
export function tagId(tag: string): number {
  return TAG_ID.get(tag) ?? 0;
}

/** 0 for O, else 1 + index of the type in ENTITY_TYPES. */
export function typeOf(id: number): number {
  return id === 0 ? 0 : (id + 1) >> 1;
}

/**
 * `typeOf` of every label, as an array. A plain loop: `Array.from` over a typed array goes through its iterator,
 * an object per label, and tagging takes the types of every sentence twice.
 */
export function typesOf(labels: ArrayLike<number>): number[] {
  const types = new Array<number>(labels.length);
  for (let i = 0; i < labels.length; i++) types[i] = typeOf(labels[i] ?? 0);
  return types;
}

export function isInside(id: number): boolean {
  return id !== 0 && id % 2 === 0;
}

/** IOB2 forbids I-X unless the previous tag is B-X or I-X; the greedy decoder never proposes such a tag. */
export function allowedAfter(prev: number, next: number): boolean {
  return !isInside(next) || (prev !== 0 && typeOf(prev) === typeOf(next));
}

/** CoNLL-2003 ships IOB1 (I-X opens a chunk unless it continues one of the same type); IOB2 starts every chunk with B-. */
export function iob1ToIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prev = "O";
  for (const tag of tags) {
    if (tag.startsWith("I-")) {
      const type = tag.slice(2);
      const continues = prev !== "O" && prev.slice(2) === type;
      out.push(continues ? tag : `B-${type}`);
    } else {
      out.push(tag);
    }
    prev = tag;
  }
  return out;
}
