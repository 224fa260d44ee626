/**
 * Toponym resolution: picks, for each toponym of an article, the gazetteer sense the article means.
 *
 * Each sense gets a score from what it is (a country, a region, a capital, a big town) and from the article:
 * the countries and regions the article names elsewhere (a town inside a named country wins: "Tartus" with
 * "Mali" → Tartus SY; "Paris" with "Texas" → Paris TX), places near the other toponyms' likely senses, and the
 * outlet's home country. Every mention of a name gets the same sense (one sense per discourse). Two passes: the
 * first on what the senses are, the second with the first pass's picks as context.
 */
import type { GeoPoint } from "../../core/document.js";
import { execAll } from "../../core/regexp.js";
import { bareFeatureName } from "./features.js";
import { admin1Place, countryPlace, lookupPlace, type PlaceCandidate, placeOfDemonym } from "./gazetteer.js";
import { hasLocativeBefore } from "./mention-context.js";
import { normalizeName } from "./normalize.js";

export interface ToponymInput {
  readonly id: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface ResolveContext {
  readonly text: string;
  /** ISO 3166-1 alpha-2 code of the outlet's home country, when known. */
  readonly outletCountry?: string;
  /**
   * Place a name the gazetteer does not know, and that neither its feature word nor a region written after it
   * places, at the article's main place (default true, as geoparsers do). Callers whose names are noisier than
   * toponyms (the entity layer's places) turn it off.
   */
  readonly guessUnknown?: boolean;
}

export interface Resolution {
  readonly geo: GeoPoint;
  /** Why this sense won: only-sense, country, region, context-country, context-region, nearby, population … */
  readonly rule: string;
  /** Confidence in [0, 1]: the winner's share of the senses' softmax. */
  readonly score: number;
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * How much a sense is worth before context, by GeoNames feature code. The scale is set so that a country beats a
 * town of the same name even when the article is about the town's country ("Mexico" in a US article is not
 * Mexico, Missouri), a first-level region beats a town unless the town's own region is named, and a capital
 * beats a town of the same name elsewhere ("Washington" is the US capital, not Washington, Tyne and Wear).
 */
function featurePrior(p: PlaceCandidate): number {
  const f = p.featureCode;
  if (f.startsWith("PCL") || f === "CONT") return 15;
  if (f === "ADM1") return 12;
  if (f === "PPLC") return 9;
  if (f === "ADM2") return 7;
  if (f === "PPLA") return 2;
  if (f === "PPLA2") return 1;
  if (f === "PPLX") return -1;
  if (f.startsWith("PPL")) return 0;
  if (["RGN", "SEA", "OCN", "GULF", "PEN", "DSRT", "STRT", "CHN", "LK", "PLAT", "ISL", "MTS"].includes(f)) return 12;
  return 6;
}

const isCountryLevel = (p: PlaceCandidate): boolean => p.featureCode.startsWith("PCL");
const isBroad = (p: PlaceCandidate): boolean =>
  isCountryLevel(p) || p.featureCode === "CONT" || (p.country === "" && p.featureCode !== "ADM1");

function populationScore(p: PlaceCandidate): number {
  if (p.featureCode === "ADM1" || isBroad(p)) return 0;
  return Math.log10(Math.max(1, p.population));
}

/** The senses of a name: gazetteer entries, or the place a demonym points to. */
/** A city this large is what its name means, rather than the second-level district named after it. */
const CITY_OVER_DISTRICT_POPULATION = 50_000;

/** "Aberdeen", "Plymouth": where a sizeable city and a district of its country share a name, the city stands for both. */
function cityOverDistrict(senses: PlaceCandidate[]): PlaceCandidate[] {
  return senses.filter(
    (s) =>
      s.featureCode !== "ADM2" ||
      !senses.some(
        (c) =>
          c.featureCode.startsWith("PPL") && c.country === s.country && c.population >= CITY_OVER_DISTRICT_POPULATION,
      ),
  );
}

function sensesOf(name: string): PlaceCandidate[] {
  // "Canadian" is Canada, not Canadian, Texas.
  const demonym = placeOfDemonym(name);
  if (demonym) return [demonym];
  const found = cityOverDistrict(lookupPlace(name));
  if (found.length > 0) return found;
  // "Mali's" → "Mali"; "U.S.-led" is cut by the finder, not here.
  const bare = name.replace(/[’']s$/, "");
  if (bare !== name) {
    const again = lookupPlace(bare);
    if (again.length > 0) return again;
  }
  return [];
}

interface Context {
  /** Country code → weight of its mentions (countries, and the countries of unambiguous places). */
  countries: Map<string, number>;
  /** "US-TX" → weight. */
  admin1: Map<string, number>;
  /** Points of other toponyms' likely senses, with the normalised name they came from. */
  points: { key: string; lat: number; lon: number; weight: number }[];
  /** The region or country written right after the name ("Paris, Texas"; "Tartus, Mali"). */
  qualifier?: Qualifier;
}

/** A region or country written right after a name. */
interface Qualifier {
  readonly country: string;
  readonly admin1?: string;
  /** The region's name is also a country's ("Georgia", "Mexico"): the region is not sure. */
  readonly alsoCountry?: boolean;
}

function addWeight(map: Map<string, number>, key: string, w: number): void {
  map.set(key, (map.get(key) ?? 0) + w);
}

/** A city at least this large is what its name means in its country, whatever other regions the article names. */
const MAJOR_CITY_POPULATION = 100_000;
/** A namesake this many times smaller than such a city needs more than the article's regions to win over it. */
const DWARFED_RATIO = 20;
/** The share of the region and nearby-place evidence a dwarfed namesake keeps. */
const DWARFED_CONTEXT_SHARE = 0.1;

/** A national capital this large is known by its name the world over ("Paris", "Moscow", "Lima"). */
const WORLD_CAPITAL_POPULATION = 1_000_000;

/** Key under which the senses' largest world capital is kept in `largestInCountry`. */
const WORLD_CAPITAL_KEY = "*capital";

/**
 * "Miami" in a story that also names Oklahoma is still Miami, Florida: a town many times smaller than a major city
 * of the same name and country keeps only part of the evidence of the regions and places around it. So does a
 * town many times smaller than a world capital of its name, unless the article names a place near it ("the Paris
 * climate accords" in a story that names Texas is not Paris, Texas; "the Vienna Metro station" in one about
 * Fairfax is Vienna, Virginia). A qualifier ("Miami, Okla."; "Paris, Texas") still decides.
 */
function isDwarfed(
  p: PlaceCandidate,
  largestInCountry: ReadonlyMap<string, number>,
  key: string,
  points: Context["points"],
): boolean {
  const largest = largestInCountry.get(p.country) ?? 0;
  if (largest >= MAJOR_CITY_POPULATION && p.population * DWARFED_RATIO < largest) return true;
  const capital = largestInCountry.get(WORLD_CAPITAL_KEY) ?? 0;
  if (!p.featureCode.startsWith("PPL") || p.featureCode === "PPLC" || p.population * DWARFED_RATIO >= capital)
    return false;
  return !points.some((q) => q.key !== key && distanceKm(p.lat, p.lon, q.lat, q.lon) < NEAR_PLACE_KM);
}

/** A place named this close to a namesake of a world capital ties the article to the namesake. */
const NEAR_PLACE_KM = 200;

function score(
  p: PlaceCandidate,
  key: string,
  ctx: Context,
  outletCountry: string | undefined,
  largestInCountry: ReadonlyMap<string, number>,
): { total: number; rule: string } {
  const contextShare = isDwarfed(p, largestInCountry, key, ctx.points) ? DWARFED_CONTEXT_SHARE : 1;
  let total = featurePrior(p) + populationScore(p);
  let rule = isCountryLevel(p) ? "country" : p.featureCode === "ADM1" ? "region" : "population";
  let best = 0;
  if (p.country) {
    // Mentions of the place's own country by other names ("Mali" for "Tartus"). A country's own name is left
    // out of its context, but towns in it count for it.
    const w = ctx.countries.get(p.country) ?? 0;
    let bonus = 0;
    if (w > 0) {
      const full = w >= 1 ? 4 + 1.5 * Math.log2(w) : 4 * w;
      bonus = isCountryLevel(p) ? Math.min(2, w) : Math.min(p.featureCode === "ADM1" ? 6.5 : 4.5, full);
    }
    total += bonus;
    if (bonus > best) {
      best = bonus;
      rule = "context-country";
    }
    if (p.admin1 && p.featureCode !== "ADM1") {
      const wa = ctx.admin1.get(`${p.country}-${p.admin1}`) ?? 0;
      if (wa > 0) {
        const b = contextShare * (wa >= 1 ? Math.min(6.5, 5 + Math.log2(wa)) : 5 * wa);
        total += b;
        if (b > best) {
          best = b;
          rule = "context-region";
        }
      }
    }
    if (outletCountry && p.country === outletCountry && !isCountryLevel(p)) total += 1;
  }
  const q = ctx.qualifier;
  if (q && !isCountryLevel(p) && p.country === q.country && (q.admin1 === undefined || q.admin1 === p.admin1)) {
    total += 8;
    rule = "qualifier";
    best = 8;
  }
  if (!isBroad(p)) {
    let near = 0;
    for (const q of ctx.points) {
      if (q.key === key) continue;
      const d = distanceKm(p.lat, p.lon, q.lat, q.lon);
      const b = d < 50 ? 2.5 : d < 200 ? 1.5 : d < 500 ? 0.5 : 0;
      near = Math.max(near, contextShare * b * q.weight);
    }
    total += near;
    if (near > best) rule = "nearby";
  }
  return { total, rule };
}

interface Pick {
  place: PlaceCandidate;
  rule: string;
  confidence: number;
  senses: number;
}

function pick(all: PlaceCandidate[], key: string, ctx: Context, outletCountry: string | undefined): Pick | undefined {
  // A name that is a country's name means the country, not the country's own region or town of that name
  // ("Mexico" is not the State of México; "Kuwait" is not Kuwait City).
  const countryCodes = new Set(all.filter(isCountryLevel).map((p) => p.country));
  let senses = countryCodes.size === 0 ? all : all.filter((p) => isCountryLevel(p) || !countryCodes.has(p.country));
  // A country's or continent's name means it unless the text qualifies it ("Lebanon, Pennsylvania"): no amount
  // of context makes "China" China, Texas.
  // A first-level region stays in the running ("Georgia" the US state in a US story).
  if (!ctx.qualifier && senses.some(isBroad)) senses = senses.filter((p) => isBroad(p) || p.featureCode === "ADM1");
  if (ctx.qualifier) senses = inQualifiedRegion(senses, ctx.qualifier);
  // A section of a town ("Piccadilly", a suburb in Western Australia) counts only in a country the article names.
  senses = senses.filter((p) => p.featureCode !== "PPLX" || (ctx.countries.get(p.country) ?? 0) > 0);
  if (senses.length === 0) return undefined;
  if (senses.length === 1) {
    const only = senses[0]!;
    const q = ctx.qualifier;
    const qualified =
      q !== undefined && !isCountryLevel(only) && only.country === q.country && only.admin1 === q.admin1;
    return {
      place: only,
      rule: qualified && q.admin1 !== undefined ? "qualifier" : "only-sense",
      confidence: 1,
      senses: 1,
    };
  }
  const largestInCountry = new Map<string, number>();
  for (const p of senses)
    if (p.featureCode.startsWith("PPL") && p.population > (largestInCountry.get(p.country) ?? 0))
      largestInCountry.set(p.country, p.population);
  for (const p of senses)
    if (p.featureCode === "PPLC" && p.population >= WORLD_CAPITAL_POPULATION)
      largestInCountry.set(WORLD_CAPITAL_KEY, Math.max(p.population, largestInCountry.get(WORLD_CAPITAL_KEY) ?? 0));
  const scored = senses.map((p) => ({ p, ...score(p, key, ctx, outletCountry, largestInCountry) }));
  scored.sort((a, b) => b.total - a.total || b.p.population - a.p.population);
  const top = scored[0]!;
  let z = 0;
  for (const s of scored) z += Math.exp(s.total - top.total);
  return { place: top.p, rule: top.rule, confidence: 1 / z, senses: senses.length };
}

/**
 * "Sandy Hook, Connecticut", "Three Lakes, Wis.": a town written with its region lies in that region, not in
 * another region of the same country, nor is it a small town abroad. With no sense left, the name is placed at the
 * region (resolveUnknown). Countries, regions and large foreign cities stay, and a region named like a country
 * filters nothing ("Monterrey, Mexico" is not in the State of México).
 */
function inQualifiedRegion(senses: PlaceCandidate[], q: Qualifier): PlaceCandidate[] {
  if (q.admin1 === undefined || q.alsoCountry) return senses;
  return senses.filter((p) => {
    if (isBroad(p) || p.featureCode === "ADM1") return true;
    // A sense with no first-level code (an English county) may lie in the region.
    if (p.country === q.country) return !p.admin1 || p.admin1 === q.admin1;
    return p.population >= MAJOR_CITY_POPULATION;
  });
}

/** The context the picks give, leaving out the pick of `except` (a name is rescored with the others' picks). */
function buildContext(
  picks: Map<string, Pick>,
  demonymCountries: Map<string, number>,
  outletCountry: string | undefined,
  except?: string,
): Context {
  const countries = new Map<string, number>(demonymCountries);
  const admin1 = new Map<string, number>();
  const points: Context["points"] = [];
  for (const [key, p] of picks) {
    if (key === except) continue;
    const w = p.senses === 1 ? 1 : Math.max(0.3, p.confidence);
    if (p.place.country) addWeight(countries, p.place.country, w);
    if (p.place.admin1)
      addWeight(admin1, `${p.place.country}-${p.place.admin1}`, p.place.featureCode === "ADM1" ? w : w / 4);
    if (!isBroad(p.place) && p.place.featureCode !== "ADM1")
      points.push({ key, lat: p.place.lat, lon: p.place.lon, weight: w });
  }
  if (outletCountry) addWeight(countries, outletCountry, 0.25);
  return { countries, admin1, points };
}

/** Country mentions made by demonyms in the text ("Malian forces", "the Turks"). */
function demonymCountries(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of execAll(/\b[A-Z][a-z]+(?:s)?\b/g, text)) {
    const p = placeOfDemonym(m[0]);
    if (p?.country && lookupPlace(m[0]).length === 0) addWeight(out, p.country, 0.5);
  }
  return out;
}

/** "Paris, Texas" / "Paris (Texas)" / "Tartus, Mali": the region or country named right after a toponym. */
function qualifierAfter(text: string, start: number, end: number): Qualifier | undefined {
  // "Washington, DC. Read more": the longest run of words that names a region or country, so that the next
  // sentence's first word does not hide the qualifier.
  for (const name of qualifierNames(text, start, end)) {
    const q = regionOrCountryNamed(name);
    if (q) return q;
  }
  return undefined;
}

/**
 * ", Michigan", " and Ohio": one more name after a qualifier, which makes it a list. Not a date ("Somerville, Mass.,
 * September 4, 2018": a photo caption).
 */
const LIST_GOES_ON =
  /^\s*(?:,\s*|\s+and\s+|\s+or\s+)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}/u;

/** The capitalised words written right after a toponym (after a comma or in brackets), longest first. */
function qualifierNames(text: string, start: number, end: number): string[] {
  const m = /^(?:,\s*|\s*\()(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})/u.exec(text.slice(end, end + 40));
  if (!m) return [];
  // "Utah, Washington, West Virginia and Wyoming", "in Washington, Pennsylvania and California": a list of
  // places, not a place and its region.
  if (/,\s*$/.test(text.slice(Math.max(0, start - 3), start))) return [];
  if (LIST_GOES_ON.test(text.slice(end + m[0].length, end + m[0].length + 14))) return [];
  const words = m[1]!.split(/\s/);
  const names = words.map((_, i) => words.slice(0, words.length - i).join(" "));
  // "West Hollywood, LA's gayborhood": a possessive word opens an apposition, not a region ("Washington, D.C.
  // There's …" keeps "D.C.").
  return /^['’]s\b/.test(text.slice(end + m[0].length, end + m[0].length + 3)) ? names.slice(1) : names;
}

/** A town this populous, a capital or a first-order seat can qualify a district or suburb written before it. */
const QUALIFYING_TOWN_POPULATION = 100_000;
const isLargeTown = (p: PlaceCandidate): boolean =>
  p.featureCode === "PPLC" ||
  p.featureCode === "PPLA" ||
  (p.featureCode.startsWith("PPL") && p.population >= QUALIFYING_TOWN_POPULATION);

/** How far a sense may lie from the town written after it ("Spring Hill, Birmingham") to be the one meant. */
const TOWN_QUALIFIER_KM = 60;

/** "Spring Hill, Birmingham", "Streatham, London": the large town written right after a smaller place's name. */
function townQualifierAfter(text: string, start: number, end: number): string | undefined {
  const name = qualifierNames(text, start, end).find((n) => lookupPlace(n).some(isLargeTown));
  if (name === undefined) return undefined;
  if (name.endsWith(".")) return name;
  // "In Madinaty, Liverpool have other academies": a town that begins a clause is its subject, not a qualifier.
  const from = text.indexOf(name, end) + name.length;
  return /^(?:\s*[,.;:)]|\s+[—–-]\s|\s*$)/.test(text.slice(from, from + 3)) ? name : undefined;
}

/** The point a town qualifier stands for: the qualifier's own pick when it is a town, else its largest town. */
function qualifyingTown(name: string, picks: ReadonlyMap<string, Pick>): PlaceCandidate | undefined {
  const picked = picks.get(normalizeName(name))?.place;
  if (picked && isLargeTown(picked)) return picked;
  return lookupPlace(name)
    .filter(isLargeTown)
    .sort((a, b) => b.population - a.population)[0];
}

/** The senses near the qualifying town; none when the name is a district the gazetteer lacks. */
function nearTown(senses: PlaceCandidate[], town: PlaceCandidate | undefined): PlaceCandidate[] {
  if (!town) return senses;
  return senses.filter((p) => distanceKm(p.lat, p.lon, town.lat, town.lon) <= TOWN_QUALIFIER_KM);
}

/** The first-level region or country a qualifier names. */
function regionOrCountryNamed(name: string): Qualifier | undefined {
  const senses = lookupPlace(name);
  // "Maryland" is the US state, not Liberia's Maryland County: the most populous region of the name.
  const region = senses.filter((p) => p.featureCode === "ADM1").sort((a, b) => b.population - a.population)[0];
  if (region?.admin1)
    return {
      country: region.country,
      admin1: region.admin1,
      ...(senses.some(isCountryLevel) ? { alsoCountry: true } : {}),
    };
  const country = senses.find(isCountryLevel);
  return country ? { country: country.country } : undefined;
}

/** "Washington state", "the state of Washington", "Punjab province": the name means the first-level region. */
function regionWordAround(text: string, start: number, end: number): boolean {
  return (
    /^\s+(?:state|State|province|Province)\b/.test(text.slice(end, end + 10)) ||
    /\b(?:state|province) of\s+$/i.test(text.slice(Math.max(0, start - 12), start))
  );
}

/**
 * "NEW YORK —", "LONDON (Reuters) -", "PHILADELPHIA, Pennsylvania —": a capitalised name opening a line before a
 * dash, a parenthesis or a comma is a dateline, and a dateline names a town.
 */
function isDateline(text: string, start: number, end: number): boolean {
  if (start > 0 && text[start - 1] !== "\n") return false;
  const name = text.slice(start, end);
  if (name !== name.toUpperCase()) return false;
  return /^(?:\s+[—–-]|\s*\(|,[^\n]{0,40}?\s[—–-]\s)/.test(text.slice(end, end + 50));
}

/** "the White House", "the Gulf": a definite article written right before the name. */
function hasArticleBefore(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])[Tt]he\s+$/u.test(text.slice(Math.max(0, start - 5), start));
}

/**
 * A small town's name takes no article: where every mention is written "the White House" and the name has a sense
 * that is a feature (a building, a region, a sea), that sense is meant, not White House, Tennessee. Capitals and
 * large cities stay; the senses are unchanged when the name has only towns and administrative areas ("the
 * Parkland shooting", "the Rio Grande sector", "the Delta smelt" — Delta State in Nigeria is no better).
 */
function smallTownsLast(senses: PlaceCandidate[]): PlaceCandidate[] {
  if (!senses.some(isNamedFeature)) return senses;
  return senses.filter((p) => !isSmallTown(p));
}

/** A sense that is neither a town nor an administrative area: a building, a landmark, a region, a sea. */
const isNamedFeature = (p: PlaceCandidate): boolean => !/^(?:PPL|ADM|PCL)/.test(p.featureCode);

const isSmallTown = (p: PlaceCandidate): boolean =>
  p.featureCode.startsWith("PPL") && p.featureCode !== "PPLC" && p.population < MAJOR_CITY_POPULATION;

/**
 * The names (normalised) written as a feature rather than a small town: every mention with "the" before it ("the
 * White House"), or no mention written as a town is ("in White House", "White House, Tenn.") — "White House
 * staffers" is the building.
 */
function namesMeaningFeatures(
  toponyms: readonly ToponymInput[],
  text: string,
  qualifiers: ReadonlyMap<string, unknown>,
): Set<string> {
  const writtenAsTown = new Set<string>();
  for (const t of toponyms) {
    const key = normalizeName(t.name);
    if (hasArticleBefore(text, t.start)) continue;
    if (qualifiers.has(key) || hasLocativeBefore(text, t.start)) writtenAsTown.add(key);
  }
  const out = new Set<string>();
  for (const t of toponyms) {
    const key = normalizeName(t.name);
    if (!writtenAsTown.has(key)) out.add(key);
  }
  return out;
}

/** The town senses alone, when the name has any (the senses unchanged otherwise). */
function townsFirst(senses: PlaceCandidate[]): PlaceCandidate[] {
  const towns = senses.filter((p) => p.featureCode.startsWith("PPL"));
  return towns.length > 0 ? towns : senses;
}

/** Names written next to each other in a list ("Utah, Washington and Wyoming"), by normalised name. */
function listNeighbours(toponyms: readonly ToponymInput[], text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const sorted = [...toponyms].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (!/^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(text.slice(a.end, b.start))) continue;
    const ka = normalizeName(a.name);
    const kb = normalizeName(b.name);
    if (ka === kb) continue;
    if (!out.has(ka)) out.set(ka, new Set());
    if (!out.has(kb)) out.set(kb, new Set());
    out.get(ka)!.add(kb);
    out.get(kb)!.add(ka);
  }
  return out;
}

/**
 * The first-level region senses alone (in `countries`, when given), when the text calls the name a state or
 * province or lists it with such regions; the senses unchanged when it has no such region.
 */
function regionFirst(senses: PlaceCandidate[], countries?: ReadonlySet<string>): PlaceCandidate[] {
  if (countries?.size === 0) return senses;
  const regions = senses.filter((p) => p.featureCode === "ADM1" && (!countries || countries.has(p.country)));
  return regions.length > 0 ? regions : senses;
}

/** Whether the region written after a name holds one of the name's towns ("Washington, DC"; "Paris, Texas"). */
function qualifiesATown(senses: readonly PlaceCandidate[], q: Context["qualifier"]): boolean {
  if (q?.admin1 === undefined) return false;
  return senses.some((p) => p.featureCode.startsWith("PPL") && p.country === q.country && p.admin1 === q.admin1);
}

/** Whether a name is listed with a country ("Georgia and Ukraine"), as the first-level regions test above. */
function listedWithCountry(listedWith: ReadonlySet<string> | undefined, picks: Map<string, Pick>): boolean {
  for (const k of listedWith ?? []) {
    const p = picks.get(k)?.place;
    if (p && isCountryLevel(p)) return true;
  }
  return false;
}

/**
 * "The invaded people of Georgia and Ukraine": a name listed with a country means its country sense, when it has
 * one (the country, not the US state); the senses unchanged otherwise.
 */
function countryFirst(senses: PlaceCandidate[], listedWithACountry: boolean): PlaceCandidate[] {
  if (!listedWithACountry) return senses;
  const countries = senses.filter(isCountryLevel);
  return countries.length > 0 ? countries : senses;
}

/** The countries of the first-level regions a name is listed with. */
function listedRegionCountries(listedWith: ReadonlySet<string> | undefined, picks: Map<string, Pick>): Set<string> {
  const out = new Set<string>();
  for (const k of listedWith ?? []) {
    const p = picks.get(k)?.place;
    if (p?.featureCode === "ADM1") out.add(p.country);
  }
  return out;
}

function toGeo(p: PlaceCandidate): GeoPoint {
  return {
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    geonameId: p.geonameId,
    featureCode: p.featureCode,
    population: p.population,
  };
}

/**
 * Resolves each toponym to one gazetteer sense, using the whole article as context. A toponym with no sense in the
 * gazetteer is placed by `resolveUnknown` (its bare feature name, the region written after it, or the article's
 * main place) with a low score; one that cannot be placed even so is left out of the result.
 */
export function resolvePlaces(
  toponyms: readonly ToponymInput[],
  context: ResolveContext,
): Map<string, { geo: GeoPoint; rule: string; score: number }> {
  // One sense per discourse: resolve each distinct name once.
  const byKey = new Map<string, { name: string; ids: string[]; senses: PlaceCandidate[] }>();
  for (const t of toponyms) {
    const key = normalizeName(t.name);
    const entry = byKey.get(key);
    if (entry) entry.ids.push(t.id);
    else byKey.set(key, { name: t.name, ids: [t.id], senses: sensesOf(t.name) });
  }
  const demonyms = demonymCountries(context.text);
  const outlet = context.outletCountry;
  const qualifiers = new Map<string, Qualifier>();
  for (const t of toponyms) {
    const key = normalizeName(t.name);
    if (qualifiers.has(key)) continue;
    const q = qualifierAfter(context.text, t.start, t.end);
    if (q) qualifiers.set(key, q);
  }
  // A town qualifier is read only for names that are no large place themselves ("Paris, London" is a list).
  const townQualifiers = new Map<string, string>();
  for (const t of toponyms) {
    const key = normalizeName(t.name);
    if (qualifiers.has(key) || townQualifiers.has(key)) continue;
    if (byKey.get(key)!.senses.some((p) => isBroad(p) || p.featureCode === "ADM1" || isLargeTown(p))) continue;
    const q = townQualifierAfter(context.text, t.start, t.end);
    if (q) townQualifiers.set(key, q);
  }
  const regionNames = new Set<string>();
  for (const t of toponyms) if (regionWordAround(context.text, t.start, t.end)) regionNames.add(normalizeName(t.name));
  const neighbours = listNeighbours(toponyms, context.text);
  const datelines = new Set<string>();
  for (const t of toponyms) if (isDateline(context.text, t.start, t.end)) datelines.add(normalizeName(t.name));
  const featureMeant = namesMeaningFeatures(toponyms, context.text, qualifiers);
  const sensesFor = (key: string, e: { senses: PlaceCandidate[] }): PlaceCandidate[] =>
    datelines.has(key) ? townsFirst(e.senses) : featureMeant.has(key) ? smallTownsLast(e.senses) : e.senses;

  // Pass 1: context from the names whose sense is clear without context.
  let picks = new Map<string, Pick>();
  const empty: Context = { countries: new Map(demonyms), admin1: new Map(), points: [] };
  if (outlet) addWeight(empty.countries, outlet, 0.25);
  for (const [key, e] of byKey) {
    const senses = regionNames.has(key) ? regionFirst(e.senses) : sensesFor(key, e);
    const p = pick(senses, key, { ...empty, qualifier: qualifiers.get(key) }, outlet);
    if (p) picks.set(key, p);
  }
  // Passes 2–3: each name rescored with the others' picks as context (its own pick left out).
  for (let pass = 0; pass < 2; pass++) {
    const next = new Map<string, Pick>();
    for (const [key, e] of byKey) {
      const ctx = buildContext(picks, demonyms, outlet, key);
      ctx.qualifier = qualifiers.get(key);
      // "Utah, Washington and Wyoming": a name listed with first-level regions is one too.
      // "Washington, DC" is a town and its region, not a list of two regions.
      const listed = qualifiesATown(e.senses, ctx.qualifier)
        ? new Set<string>()
        : listedRegionCountries(neighbours.get(key), picks);
      const townQ = townQualifiers.get(key);
      const own = townQ ? { senses: nearTown(e.senses, qualifyingTown(townQ, picks)) } : e;
      const senses = regionNames.has(key)
        ? regionFirst(own.senses)
        : countryFirst(
            regionFirst(sensesFor(key, own), listed),
            listed.size === 0 && listedWithCountry(neighbours.get(key), picks),
          );
      const p = pick(senses, key, ctx, outlet);
      if (p) next.set(key, p);
    }
    picks = next;
  }

  // The article's context is built only for a pick that could be such a namesake: building it reads every pick.
  for (const [key, p] of picks) {
    const namesake = mayBeUnsupportedNamesake(p, qualifiers.has(key));
    const hamlet = isHamlet(p, qualifiers.has(key));
    if (!namesake && !hamlet) continue;
    const ctx = buildContext(picks, demonyms, outlet, key);
    if ((namesake && isUnsupported(p, ctx)) || (hamlet && isOutsideArticleRegions(p, ctx))) picks.delete(key);
  }

  const out = new Map<string, { geo: GeoPoint; rule: string; score: number }>();
  for (const [key, e] of byKey) {
    const p = picks.get(key);
    if (!p) continue;
    const value = { geo: toGeo(p.place), rule: p.rule, score: Math.round(p.confidence * 1000) / 1000 };
    for (const id of e.ids) out.set(id, value);
  }
  const towns = new Map<string, PlaceCandidate>();
  for (const [key, name] of townQualifiers) {
    const town = qualifyingTown(name, picks);
    if (town) towns.set(key, town);
  }
  resolveUnknown(toponyms, byKey, picks, demonyms, outlet, { qualifiers, towns }, context.guessUnknown !== false, out);
  return out;
}

/**
 * A namesake smaller than this, in a country the article never names, is no better than no sense at all ("Geneva"
 * in a US story stays Geneva). A region with no population given is a nation's part ("England", "Wales") and stays.
 */
const UNSUPPORTED_NAMESAKE_POPULATION = MAJOR_CITY_POPULATION;
/** The weight of a country's places that makes the article's own countries plain. */
const ARTICLE_COUNTRY_WEIGHT = 2;

/**
 * "the Cordillera region" in a story about the Philippines: the gazetteer lacks the region meant, and its senses
 * (a department of Paraguay, a village in Panama) lie in countries the article never names, while it names its own
 * countries plainly. Of several senses none is then supported: the best of them is a guess about a minor place in
 * another country, and the name is better left to the unknown names' rules. A country, a capital, a large town, a
 * sea or a region, and a name written with its region ("Cordillera, Paraguay") stay.
 */
function mayBeUnsupportedNamesake(p: Pick, qualified: boolean): boolean {
  if (qualified || p.senses < 2 || isBroad(p.place) || p.place.featureCode === "PPLC") return false;
  const population = p.place.population;
  return /^(?:PPL|ADM)/.test(p.place.featureCode) && population !== 0 && population < UNSUPPORTED_NAMESAKE_POPULATION;
}

/** Of a possible unsupported namesake: its country goes unnamed while the article names its own countries plainly. */
function isUnsupported(p: Pick, ctx: Context): boolean {
  if ((ctx.countries.get(p.place.country) ?? 0) > 0) return false;
  return [...ctx.countries.values()].some((w) => w >= ARTICLE_COUNTRY_WEIGHT);
}

/**
 * A village this small is what the gazetteer holds of a name, not what a story means by it: "Sandy Hook" in a story
 * about Newtown, Connecticut is the Connecticut village, which the gazetteer lacks, not Sandy Hook, Kentucky (630
 * people). Small enough that a story about the place itself would name its state or sit among its neighbours.
 */
const HAMLET_POPULATION = 1000;

/** A populated place under HAMLET_POPULATION (a county seat may be one; not a capital), written without its region. */
function isHamlet(p: Pick, qualified: boolean): boolean {
  const population = p.place.population;
  return (
    !qualified &&
    /^PPL(?!A$|C)/.test(p.place.featureCode) &&
    population > 0 &&
    population < HAMLET_POPULATION &&
    Boolean(p.place.admin1)
  );
}

/**
 * Of a hamlet: the article names its country's regions plainly, never the hamlet's own, and no other place it
 * names lies near the hamlet.
 */
function isOutsideArticleRegions(p: Pick, ctx: Context): boolean {
  if ((ctx.admin1.get(`${p.place.country}-${p.place.admin1}`) ?? 0) > 0) return false;
  const otherRegions = [...ctx.admin1].some(
    ([k, w]) => k.startsWith(`${p.place.country}-`) && w >= ARTICLE_COUNTRY_WEIGHT / 2,
  );
  const near = ctx.points.some((q) => distanceKm(q.lat, q.lon, p.place.lat, p.place.lon) < NEAR_HAMLET_KM);
  return otherRegions && !near;
}

/** Within this distance another place of the article supports a hamlet. */
const NEAR_HAMLET_KM = 100;

/** Confidence given to a place the gazetteer does not know, placed by what it is part of. */
const FALLBACK_SCORE = 0.2;

/**
 * Names the gazetteer does not know. A named feature is first resolved by its bare name in a region (or country)
 * the article names ("Salinas Valley" → Salinas, California; "Santa Clara County" → Santa Clara), then like any
 * unknown name: at the region written right after it ("Scott County, Indiana"); and, when guessing is on, at the
 * town named closest to it (within 150 characters), else at the town the article names most often, else at its
 * most-named region or country — the usual geoparser fallback, with a low score and a rule that says so.
 */
function resolveUnknown(
  toponyms: readonly ToponymInput[],
  byKey: Map<string, { name: string; ids: string[]; senses: PlaceCandidate[] }>,
  picks: Map<string, Pick>,
  demonyms: Map<string, number>,
  outlet: string | undefined,
  written: {
    readonly qualifiers: ReadonlyMap<string, Qualifier>;
    /** The large town written after a name ("Spring Hill, Birmingham"). */
    readonly towns: ReadonlyMap<string, PlaceCandidate>;
  },
  guess: boolean,
  out: Map<string, { geo: GeoPoint; rule: string; score: number }>,
): void {
  const unknown = [...byKey].filter(([key]) => !picks.has(key));
  if (unknown.length === 0) return;
  const ctx = buildContext(picks, demonyms, outlet);
  const focus = articleFocus(toponyms, picks);
  for (const [key, e] of unknown) {
    let value: { geo: GeoPoint; rule: string; score: number } | undefined;
    const bare = bareFeatureName(e.name);
    if (bare) {
      // "Scott County" in a story about Indiana is not Scott, Louisiana: the bare name's town must lie in a
      // region the article names, or, when it names none, in one of its countries.
      const inRegion = (p: PlaceCandidate): boolean => (ctx.admin1.get(`${p.country}-${p.admin1}`) ?? 0) > 0;
      const inCountry = (p: PlaceCandidate): boolean => (ctx.countries.get(p.country) ?? 0) > 0;
      const q = written.qualifiers.get(key);
      const inQualifier = (p: PlaceCandidate): boolean =>
        p.country === q?.country && (q.admin1 === undefined || p.admin1 === q.admin1);
      const senses = sensesOf(bare).filter((p) =>
        q ? inQualifier(p) : isBroad(p) || (ctx.admin1.size > 0 && !isCountryLevel(p) ? inRegion(p) : inCountry(p)),
      );
      const p = pick(senses, key, ctx, outlet);
      if (p) value = { geo: toGeo(p.place), rule: "feature-name", score: Math.round(p.confidence * 500) / 1000 };
    }
    const q = written.qualifiers.get(key);
    const qualifierPlace = q && (q.admin1 ? admin1Place(q.country, q.admin1) : countryPlace(q.country));
    if (!value && qualifierPlace)
      value = { geo: toGeo(qualifierPlace), rule: "qualifier-region", score: FALLBACK_SCORE };
    // "Spring Hill, Birmingham" with no Spring Hill near Birmingham: a district of the town written after it.
    const town = written.towns.get(key);
    if (!value && town) value = { geo: toGeo(town), rule: "qualifier-town", score: FALLBACK_SCORE };
    const near = guess ? nearestTown(toponyms, picks, e.ids) : undefined;
    if (!value && near) value = { geo: toGeo(near), rule: "nearby-town", score: FALLBACK_SCORE };
    if (!value && guess && focus) value = { geo: toGeo(focus.place), rule: focus.rule, score: FALLBACK_SCORE };
    if (value) for (const id of e.ids) out.set(id, value);
  }
}

/** How far (in characters) a town's mention may be from an unknown name to stand for it. */
const NEAR_MENTION_CHARS = 150;

/** The town named closest to the unknown name's first mention, within NEAR_MENTION_CHARS. */
function nearestTown(
  toponyms: readonly ToponymInput[],
  picks: Map<string, Pick>,
  ids: readonly string[],
): PlaceCandidate | undefined {
  const self = toponyms.find((t) => t.id === ids[0]);
  if (!self) return undefined;
  let best: { place: PlaceCandidate; d: number } | undefined;
  for (const t of toponyms) {
    const p = picks.get(normalizeName(t.name))?.place;
    if (p === undefined || !p.featureCode.startsWith("PPL")) continue;
    const d = Math.min(Math.abs(t.start - self.end), Math.abs(self.start - t.end));
    if (d <= NEAR_MENTION_CHARS && (!best || d < best.d)) best = { place: p, d };
  }
  return best?.place;
}

/** The article's main place: its most-mentioned town, else its most-mentioned region, else country. */
function articleFocus(
  toponyms: readonly ToponymInput[],
  picks: Map<string, Pick>,
): { place: PlaceCandidate; rule: string } | undefined {
  const counts = new Map<string, number>();
  for (const t of toponyms) {
    const key = normalizeName(t.name);
    if (picks.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const tiers: [string, (p: PlaceCandidate) => boolean][] = [
    ["article-town", (p) => p.featureCode.startsWith("PPL")],
    ["article-region", (p) => p.featureCode === "ADM1" || p.featureCode === "ADM2"],
    ["article-country", (p) => isCountryLevel(p)],
  ];
  for (const [rule, fits] of tiers) {
    let best: { place: PlaceCandidate; n: number } | undefined;
    for (const [key, n] of counts) {
      const p = picks.get(key)!.place;
      if (fits(p) && (!best || n > best.n)) best = { place: p, n };
    }
    if (best) return { place: best.place, rule };
  }
  return undefined;
}
