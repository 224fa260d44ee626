/**
 * Toponym finding (geotagging): the spans of `text` that name places.
 *
 * The trained NER model's LOC spans are the backbone; ORG and MISC spans join them only when the gazetteer knows
 * the whole span as a country, region or sizeable town (metonyms like "Washington said", or a town the model was
 * unsure of); capitalised word sequences the model left untagged are added when the gazetteer knows them well
 * enough. Without the NER model, the capitalised-sequence gazetteer matcher works alone. Demonyms ("Malian") are
 * toponyms in some annotation schemes (TR-News, GeoWebNews count adjectival ones) and not in others (GeoVirus):
 * the caller chooses. On top of the model: named features are taken whole ("Orange County", "Royal Street"),
 * model spans are grown and trimmed, unsure unknown LOC spans and people's surnames are dropped, a place found once
 * is found at its other mentions, and hyphenated compounds do not hide places (models/geo/README.md lists them).
 */
import { execAll } from "../../core/regexp.js";
import { recognize } from "../ner/index.js";
import {
  COMPASS,
  FACILITY_SUFFIXES,
  FEATURE_PREFIXES,
  FEATURE_SUFFIXES,
  NAME_STARTERS,
  STREET_COMPASS,
} from "./features.js";
import { isDemonym, isDottedAbbreviation, lookupPlace, type PlaceCandidate } from "./gazetteer.js";

export interface FoundToponym {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

export interface FindOptions {
  /** "none": demonyms are not toponyms; "adjectives": "Malian forces" counts, "the Malians" does not. */
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
  // Hyphens split words ("Russia-Turkey ties", "Turkish-French"); the matcher joins them again across a hyphen
  // when the whole is a name ("Deir ez-Zor").
  const re = /[\p{L}\p{M}][\p{L}\p{M}'’.]*[\p{L}\p{M}.]|[\p{L}]/gu;
  let prevEnd = 0;
  for (const m of execAll(re, text)) {
    let w = m[0];
    // "U.S." keeps its dots; "Mali." loses the sentence-final one.
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

/** Below this NER confidence a LOC span the gazetteer does not know is more often a product, a firm or a stray
 * capitalised word ("Coincheck", "Follow us") than a place the gazetteer lacks. */
const UNKNOWN_LOC_MIN_SCORE = 0.6;

/** Words after which a capitalised name is a place: "in Hinton", "from Cirencester" (not "to": "according to Johnson"). */
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|near|into|outside|around|across|through)\s+$/u;
/** A trailing word that a model's span can swallow at a line break or a run-on sentence ("Portugal The pair"). */
const TRAILING_FUNCTION_WORD = /\s+(?:The|A|An|And|Or|But|In|On|At|Of)$/;

type Span = { start: number; end: number };

/** Drops a sentence-final dot and a swallowed function word from a model span ("Douma." → "Douma"). */
function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const name = text.slice(start, end);
  if (name.endsWith(".") && !isDottedAbbreviation(name) && !isDottedAbbreviation(name.split(/\s+/).pop() ?? "")) end--;
  const fn = TRAILING_FUNCTION_WORD.exec(text.slice(start, end));
  if (fn) end -= fn[0].length;
  return { start, end };
}

/** "Greece Italy" (a list without its comma): the parts when every word-run is a strong place by itself. */
function splitRunOnList(text: string, span: Span): Span[] | undefined {
  const parts: Span[] = [];
  const re = /\S+/g;
  const name = text.slice(span.start, span.end);
  for (const m of execAll(re, name))
    parts.push({ start: span.start + m.index!, end: span.start + m.index! + m[0].length });
  if (parts.length < 2 || parts.length > 3) return undefined;
  return parts.every((p) => strength(text.slice(p.start, p.end)) === 2) ? parts : undefined;
}

/** The longest run of whole words inside `span` that the gazetteer knows well ("Harrow" in "Harrow Boys"). */
function strongInner(text: string, ws: Word[], span: Span): Span | undefined {
  const inside = ws.filter((w) => w.start >= span.start && w.end <= span.end);
  for (let n = inside.length - 1; n >= 1; n--) {
    for (let i = 0; i + n <= inside.length; i++) {
      const first = inside[i]!;
      const last = inside[i + n - 1]!;
      if (!first.capital || !last.capital) continue;
      const sub = { start: first.start, end: last.end };
      if (strength(text.slice(sub.start, sub.end)) === 2) return sub;
    }
  }
  return undefined;
}

/** The index of the word starting at `pos`, if any. */
function wordAt(ws: Word[], pos: number): number {
  let lo = 0;
  let hi = ws.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ws[mid]!.start;
    if (s === pos) return mid;
    if (s < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const isRegion = (name: string): boolean =>
  lookupPlace(name).some(
    (p) => p.featureCode === "ADM1" || p.featureCode === "ADM2" || p.featureCode.startsWith("PCL"),
  );

/**
 * Grows a place span into the named feature it is part of: "Orange" + "County", "Benue" + "State", "Lake" + "Erie",
 * "South" + "Florida", and a longer gazetteer name ("Klamath" + "Falls").
 */
function growToFeature(text: string, ws: Word[], span: Span): Span {
  let { start, end } = span;
  const first = wordAt(ws, start);
  if (first < 0) return span;
  let last = first;
  while (last + 1 < ws.length && ws[last + 1]!.start < end) last++;
  // A longer gazetteer name that contains the span ("Klamath Falls", "Garden City"), one word either side.
  const gap = (a: number, b: number): boolean => text.slice(ws[a]!.end, ws[b]!.start) === " ";
  if (last + 1 < ws.length && ws[last + 1]!.capital && gap(last, last + 1)) {
    const longer = text.slice(start, ws[last + 1]!.end);
    if (strength(longer) > 0 && !FEATURE_SUFFIXES.has(ws[last + 1]!.text)) {
      last++;
      end = ws[last]!.end;
    }
  }
  if (first > 0 && ws[first - 1]!.capital && !ws[first - 1]!.sentenceStart && gap(first - 1, first)) {
    const longer = text.slice(ws[first - 1]!.start, end);
    if (strength(longer) > 0) start = ws[first - 1]!.start;
  }
  const next = ws[last + 1];
  if (next && gap(last, last + 1) && FEATURE_SUFFIXES.has(next.text)) end = next.end;
  const startWord = wordAt(ws, start);
  const prev = startWord > 0 ? ws[startWord - 1] : undefined;
  if (prev && gap(startWord - 1, startWord)) {
    if (FEATURE_PREFIXES.has(prev.text)) start = prev.start;
    else if (COMPASS.has(prev.text) && !prev.sentenceStart && isRegion(text.slice(start, end))) start = prev.start;
  }
  return { start, end };
}

/** How many capitalised words a facility's name may have before its feature word ("Dulles International"). */
const MAX_FACILITY_NAME_WORDS = 4;

/** A capitalised name followed by a feature word the gazetteer does not know as a whole ("Muhlenberg County"). */
function featureNames(text: string, ws: Word[]): Span[] {
  const out: Span[] = [];
  const joined = (a: number, b: number): boolean => text.slice(ws[a]!.end, ws[b]!.start) === " ";
  ws.forEach((w, i) => {
    if (FEATURE_SUFFIXES.has(w.text) && i > 0) {
      let j = i - 1;
      const head = ws[j]!;
      if (!head.capital || COMMON.has(head.text.toLowerCase()) || isDemonym(head.text) || !joined(j, i)) return;
      const facility = FACILITY_SUFFIXES.has(w.text);
      // "Santa Clara County", "Los Angeles County", but not "Republican Orange County"; a facility's name runs
      // longer ("Third Presbyterian Church", "Colchester General Hospital").
      while (j > 0 && ws[j - 1]!.capital && joined(j - 1, j) && !ws[j]!.sentenceStart) {
        const prev = ws[j - 1]!;
        if (COMMON.has(prev.text.toLowerCase()) && prev.sentenceStart) break;
        if (facility ? i - j >= MAX_FACILITY_NAME_WORDS : i - j >= 2) break;
        const longer = text.slice(prev.start, ws[i - 1]!.end);
        if (!facility && !NAME_STARTERS.has(prev.text) && strength(longer) === 0) break;
        j--;
      }
      while (j < i - 1 && ws[j]!.text === "The") j++;
      let end = w.end;
      const after = ws[i + 1];
      if (facility && after && STREET_COMPASS.has(after.text) && joined(i, i + 1)) end = after.end;
      out.push({ start: ws[j]!.start, end });
    } else if (FEATURE_PREFIXES.has(w.text) && i + 1 < ws.length) {
      const n = ws[i + 1]!;
      if (!n.capital || !joined(i, i + 1)) return;
      out.push({ start: w.start, end: n.end });
    }
  });
  return out;
}

/** Single-word names the article uses for people ("Amin" after "Adnan Z. Amin"): not places here. */
function personWords(text: string, ner: readonly NerLike[]): Set<string> {
  const out = new Set<string>();
  for (const e of ner) {
    if (e.label !== "PER") continue;
    const parts = text.slice(e.start, e.end).split(/\s+/);
    if (parts.length >= 2) for (const p of parts) out.add(p);
  }
  return out;
}

/** Place-name spans in `text`, sorted by start. */
export function findToponyms(text: string, options: FindOptions = {}): FoundToponym[] {
  const demonyms = options.demonyms ?? "none";
  const ws = words(text);
  const lowerSeen = new Set(ws.filter((w) => !w.capital).map((w) => w.text));
  const spans: Span[] = [];
  const ner = options.ner === false ? undefined : runNer(text);
  const blocked: (Span & { label?: string })[] = [];
  const people = ner ? personWords(text, ner) : new Set<string>();
  const add = (span: Span): void => {
    spans.push(growToFeature(text, ws, extendAbbreviation(text, trimSpan(text, span))));
  };

  if (ner) {
    for (const e of ner) {
      const name = text.slice(e.start, e.end);
      if (e.label === "LOC") {
        if (isDemonym(name) && (demonyms === "none" || lookupPlace(name).length === 0)) continue;
        // "Russia-Turkey", "Calgary-North": a hyphenated span the gazetteer does not know is split by the matcher.
        if (name.includes("-") && strength(name) === 0) continue;
        const trimmed = trimSpan(text, e);
        const s = strength(text.slice(trimmed.start, trimmed.end));
        if (s === 0) {
          const parts = splitRunOnList(text, trimmed);
          if (parts) {
            for (const part of parts) add(part);
            continue;
          }
          const inner = strongInner(text, ws, trimmed);
          if (inner && options.embedded) {
            add(inner);
            continue;
          }
          if (e.score < UNKNOWN_LOC_MIN_SCORE && !inner) continue;
        }
        if (!name.includes(" ") && people.has(name) && s < 2) continue;
        add(trimmed);
      } else if (e.label === "ORG" || e.label === "MISC") {
        const s = strength(name);
        if (s === 2 || (s === 1 && e.label === "MISC")) add(e);
        // "Berlin-based", "DPRK-South Korea": the gazetteer matcher looks inside hyphenated spans.
        else if (!name.includes("-")) blocked.push({ start: e.start, end: e.end, label: e.label });
      } else if (e.label === "PER" && strength(name) > 0 && !COMMON.has(name.toLowerCase()) && locativeCue(text, e))
        add(e);
      else blocked.push({ start: e.start, end: e.end, label: e.label });
    }
  }
  if (options.embedded) {
    // Place names inside organisation names count: unblock the organisation, keep its strong gazetteer matches.
    for (let k = blocked.length - 1; k >= 0; k--) if (blocked[k]!.label === "ORG") blocked.splice(k, 1);
  }
  // Named features ("Orange County", "Lake Erie") stand whether or not the model saw them.
  for (const f of featureNames(text, ws)) {
    if (spans.some((s) => s.start <= f.start && s.end >= f.end)) continue;
    for (let k = spans.length - 1; k >= 0; k--) if (overlaps(spans[k]!, f)) spans.splice(k, 1);
    spans.push(f);
  }
  // Gazetteer matches outside the model's spans (all of them when there is no model).
  for (const m of gazetteerMatches(text, ws, lowerSeen)) {
    if (spans.some((s) => overlaps(s, m)) || blocked.some((b) => overlaps(b, m))) continue;
    if (ner && !m.strong) continue;
    add(m);
  }
  if (ner) propagate(text, ws, spans, blocked, people);
  if (demonyms !== "none") {
    ws.forEach((w, i) => {
      if (!w.capital) return;
      // "South Korean", "Latin American": a two-word demonym first.
      const next = ws[i + 1];
      const pair = next && text.slice(w.end, next.start) === " " ? text.slice(w.start, next.end) : "";
      const word = pair && isDemonym(pair) ? pair : w.text;
      const end = word === pair ? next!.end : w.end;
      if (!isDemonym(word) || lookupPlace(word).length > 0) return;
      if (demonyms === "adjectives" && !adjectival(word, ws, word === pair ? i + 1 : i, text)) return;
      const span = { start: w.start, end };
      for (let k = spans.length - 1; k >= 0; k--) {
        // A two-word demonym replaces the model's "Korean" in "South Korean".
        if (word === pair && overlaps(spans[k]!, span) && spans[k]!.start >= span.start && spans[k]!.end <= span.end)
          spans.splice(k, 1);
      }
      if (spans.some((s) => overlaps(s, span))) return;
      spans.push(span);
    });
  } else {
    // The model may tag "Malian" as LOC, and "Canadian" is also a town in Texas: drop demonyms.
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

/** Whether the words before `span` make it a place: "in Beverly Hills", "from Cirencester". */
function locativeCue(text: string, span: Span): boolean {
  return LOCATIVE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start));
}

/**
 * One sense per discourse for spans: a name found as a place once is a place at its other capitalised
 * occurrences too, unless those sit inside a person's or (unless unblocked) an organisation's name.
 */
function propagate(
  text: string,
  ws: Word[],
  spans: Span[],
  blocked: readonly Span[],
  people: ReadonlySet<string>,
): void {
  const names = new Set<string>();
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (strength(name) > 0 && !people.has(name)) names.add(name);
  }
  for (const name of names) {
    let i = text.indexOf(name);
    while (i >= 0) {
      const span = { start: i, end: i + name.length };
      i = text.indexOf(name, i + 1);
      const before = text[span.start - 1];
      const after = text[span.end];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      if (spans.some((s) => overlaps(s, span))) continue;
      // Only whole person spans are overruled ("Hinton" tagged PER), not "Paris" in "Paris Hilton".
      if (blocked.some((b) => overlaps(b, span) && !(b.start === span.start && b.end === span.end))) continue;
      if (wordAt(ws, span.start) < 0) continue;
      spans.push(span);
    }
  }
}
