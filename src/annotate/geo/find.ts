/**
 * Toponym finding (geotagging): the spans of `text` that name places.
 *
 * The trained NER model's LOC spans are the backbone; ORG and MISC spans join them only when the gazetteer knows
 * the whole span as a country, region or sizeable town (metonyms like "Washington said", or a town the model was
 * unsure of); capitalised word sequences the model left untagged are added when the gazetteer knows them well
 * enough. Without the NER model, the capitalised-sequence gazetteer matcher works alone. Demonyms ("Syrian") are
 * toponyms in some annotation schemes (TR-News, GeoWebNews count adjectival ones) and not in others (GeoVirus):
 * the caller chooses.
 */
import { recognize } from "../ner/index.js";
import { isDemonym, isDottedAbbreviation, lookupPlace, type PlaceCandidate } from "./gazetteer.js";

export interface FoundToponym {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

export interface FindOptions {
  /** "none": demonyms are not toponyms; "adjectives": "Syrian forces" counts, "the Syrians" does not. */
  readonly demonyms?: "none" | "adjectives" | "all";
  /** Use the trained NER model (default true; falls back to the gazetteer matcher when it cannot load). */
  readonly ner?: boolean;
  /** Also tag place names inside organisation names ("Winnipeg" in "Winnipeg Free Press"), as TR-News and
   * GeoWebNews do; GeoVirus does not. Default false. */
  readonly embedded?: boolean;
}

interface NerLike {
  readonly start: number;
  readonly end: number;
  readonly label: "PER" | "ORG" | "LOC" | "MISC";
  readonly score: number;
}

let nerBroken = false;

function runNer(text: string): NerLike[] | undefined {
  if (nerBroken) return undefined;
  try {
    return recognize(text) as NerLike[];
  } catch {
    nerBroken = true;
    return undefined;
  }
}

/** Words that are capitalised at a sentence start or in titles but are not places, though a town bears the name. */
const COMMON = new Set(
  (
    "a an the this that these those there here he she it we they i you his her its our their my your " +
    "in on at of for by with from to as and or but if so not no yes all any each every some many most more " +
    "mr mrs ms dr sir president minister king queen prince general officials police army government " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july " +
    "august september october november december today yesterday tomorrow " +
    "after before during while when where what who why how then than also however but about over under " +
    "new old north south east west central northern southern eastern western upper lower great greater " +
    "mobile reading bath nice most police bar van university college school hospital church street road " +
    "lake river mount island bay city county state province district region republic kingdom union " +
    "valley beach park centre center airport station port harbour harbor border capital village town " +
    "health hope victoria florence chase marion jackson lincoln franklin washington clinton trump obama " +
    "man early late real sale home best hall bush western eastern centre center southern northern " +
    "ebola zika salmonella marburg lassa nipah hendra lyme"
  ).split(" "),
);

const CONNECTORS = new Set([
  "of",
  "de",
  "del",
  "la",
  "le",
  "du",
  "des",
  "da",
  "do",
  "dos",
  "upon",
  "on",
  "and",
  "al",
  "el",
  "ez",
  "es",
  "ad",
  "as",
  "am",
  "an",
  "der",
  "y",
  "i",
]);

interface Word {
  start: number;
  end: number;
  text: string;
  capital: boolean;
  sentenceStart: boolean;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  // Hyphens split words ("Russia-Turkey ties", "Turkish-Russian"); the matcher joins them again across a hyphen
  // when the whole is a name ("Deir ez-Zor").
  const re = /[\p{L}\p{M}][\p{L}\p{M}'’.]*[\p{L}\p{M}.]|[\p{L}]/gu;
  let prevEnd = 0;
  for (const m of text.matchAll(re)) {
    let w = m[0];
    // "U.S." keeps its dots; "Syria." loses the sentence-final one.
    if (w.endsWith(".") && !isDottedAbbreviation(w)) w = w.slice(0, -1);
    if (w.endsWith("’s") || w.endsWith("'s")) w = w.slice(0, -2);
    if (w.length === 0) continue;
    const start = m.index!;
    const between = text.slice(prevEnd, start);
    const sentenceStart = out.length === 0 || /[.!?:"“]\s*$|\n\s*$/.test(between);
    out.push({ start, end: start + w.length, text: w, capital: /^\p{Lu}/u.test(w), sentenceStart });
    prevEnd = start + w.length;
  }
  return out;
}

/** How good a gazetteer hit a span is, without context: 0 none, 1 weak (small towns only), 2 strong. */
function strength(name: string): number {
  const senses = lookupPlace(name);
  if (senses.length === 0) return 0;
  return senses.some(strongSense) ? 2 : 1;
}

function strongSense(p: PlaceCandidate): boolean {
  return (
    p.featureCode.startsWith("PCL") ||
    p.featureCode === "ADM1" ||
    p.featureCode === "PPLC" ||
    p.featureCode === "CONT" ||
    p.country === "" ||
    (p.featureCode === "PPLA" && p.population >= 50_000) ||
    p.population >= 100_000 ||
    !p.featureCode.startsWith("PPL")
  );
}

/** Gazetteer matches of capitalised word sequences, longest first, not overlapping each other. */
function gazetteerMatches(
  text: string,
  ws: Word[],
  lowerSeen: Set<string>,
): { start: number; end: number; strong: boolean }[] {
  const out: { start: number; end: number; strong: boolean }[] = [];
  let i = 0;
  while (i < ws.length) {
    const w = ws[i]!;
    if (!w.capital) {
      i++;
      continue;
    }
    let matched = 0;
    let strong = false;
    // Up to six words: "Bosnia and Herzegovina", "Rio de Janeiro", "Isle of Man", "Democratic Republic of the Congo".
    for (let n = Math.min(6, ws.length - i); n >= 1; n--) {
      const last = ws[i + n - 1]!;
      if (!last.capital) continue;
      let ok = true;
      for (let k = i + 1; k < i + n; k++) {
        const mid = ws[k]!;
        const gap = text.slice(ws[k - 1]!.end, mid.start);
        if (!/^[ -]?$/.test(gap)) ok = false;
        if (!mid.capital && !CONNECTORS.has(mid.text.toLowerCase()) && mid.text !== "the") ok = false;
      }
      if (!ok) continue;
      const name = text.slice(w.start, last.end);
      const s = strength(name);
      if (s === 0) continue;
      if (n === 1) {
        const lower = w.text.toLowerCase();
        if (COMMON.has(lower) && s < 2) continue;
        if (COMMON.has(lower) && w.sentenceStart) continue;
        if (lowerSeen.has(lower)) continue;
        if (/^[A-Z]+$/.test(w.text) && w.text.length <= 3 && s < 2) continue;
      }
      // "West Nile virus", "Marburg fever", "Lyme disease": a disease named after a place is not the place.
      const after = text.slice(last.end, last.end + 14);
      if (/^\s+(?:virus|fever|disease|encephalitis|strain|flu)\b/i.test(after)) continue;
      matched = n;
      strong = s === 2;
      break;
    }
    if (matched > 0) {
      out.push({ start: w.start, end: ws[i + matched - 1]!.end, strong });
      i += matched;
    } else i++;
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Whether the demonym at `w` is used as an adjective (followed by a word), not as a people noun. */
function adjectival(word: string, ws: Word[], i: number, text: string): boolean {
  if (/s$/.test(word) && !/(ese|ish|ss)$/.test(word) && word !== "Swiss") return false;
  const next = ws[i + 1];
  if (!next) return false;
  return /^[ -]$/.test(text.slice(ws[i]!.end, next.start));
}

/** "Ky" + "." is the abbreviation "Ky.": take the dot when the gazetteer knows the dotted form. */
function extendAbbreviation(text: string, span: { start: number; end: number }): { start: number; end: number } {
  if (text[span.end] !== "." || text[span.end - 1] === ".") return span;
  const dotted = text.slice(span.start, span.end + 1);
  return isDottedAbbreviation(dotted) ? { start: span.start, end: span.end + 1 } : span;
}

/** Place-name spans in `text`, sorted by start. */
export function findToponyms(text: string, options: FindOptions = {}): FoundToponym[] {
  const demonyms = options.demonyms ?? "none";
  const ws = words(text);
  const lowerSeen = new Set(ws.filter((w) => !w.capital).map((w) => w.text));
  const spans: { start: number; end: number }[] = [];
  const ner = options.ner === false ? undefined : runNer(text);
  const blocked: { start: number; end: number }[] = [];

  if (ner) {
    for (const e of ner) {
      const name = text.slice(e.start, e.end);
      if (e.label === "LOC") {
        if (isDemonym(name) && (demonyms === "none" || lookupPlace(name).length === 0)) continue;
        // "Russia-Turkey", "Calgary-North": a hyphenated span the gazetteer does not know is split by the matcher.
        if (name.includes("-") && strength(name) === 0) continue;
        spans.push(extendAbbreviation(text, { start: e.start, end: e.end }));
      } else if (e.label === "ORG" || e.label === "MISC") {
        const s = strength(name);
        if (s === 2 || (s === 1 && e.label === "MISC"))
          spans.push(extendAbbreviation(text, { start: e.start, end: e.end }));
        else blocked.push(e);
      } else blocked.push(e);
    }
  }
  if (options.embedded) {
    // Place names inside organisation names count: unblock the organisation, keep its strong gazetteer matches.
    for (let k = blocked.length - 1; k >= 0; k--) if ((blocked[k] as NerLike).label === "ORG") blocked.splice(k, 1);
  }
  // Gazetteer matches outside the model's spans (all of them when there is no model).
  for (const m of gazetteerMatches(text, ws, lowerSeen)) {
    if (spans.some((s) => overlaps(s, m)) || blocked.some((b) => overlaps(b, m))) continue;
    if (ner && !m.strong) continue;
    spans.push(extendAbbreviation(text, { start: m.start, end: m.end }));
  }
  if (demonyms !== "none") {
    ws.forEach((w, i) => {
      if (!w.capital || !isDemonym(w.text) || lookupPlace(w.text).length > 0) return;
      if (demonyms === "adjectives" && !adjectival(w.text, ws, i, text)) return;
      const span = { start: w.start, end: w.end };
      if (spans.some((s) => overlaps(s, span))) return;
      spans.push(span);
    });
  } else {
    // The model may tag "Syrian" as LOC, and "Canadian" is also a town in Texas: drop demonyms.
    for (let k = spans.length - 1; k >= 0; k--) {
      const name = text.slice(spans[k]!.start, spans[k]!.end);
      if (isDemonym(name)) spans.splice(k, 1);
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundToponym[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && overlaps(prev, s)) continue;
    out.push({ start: s.start, end: s.end, name: text.slice(s.start, s.end) });
  }
  return out;
}
