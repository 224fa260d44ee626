/**
 * The words that make a named feature of a name: "Orange County", "Salinas Valley", "Lake Erie", "Royal Street".
 * The finder uses them to take the whole name as the toponym; the resolver, to place a feature the gazetteer does
 * not know by its bare name ("Salinas Valley" → Salinas).
 */
/** Streets and buildings: GeoWebNews and TR-News tag them as places ("Royal Street", "Colchester Hospital"). */
export const FACILITY_WORDS: readonly string[] = [
  "Street",
  "Road",
  "Avenue",
  "Boulevard",
  "Drive",
  "Lane",
  "Square",
  "Park",
  "Airport",
  "Stadium",
  "Arena",
  "Centre",
  "Center",
  "Church",
  "Cathedral",
  "Mosque",
  "Hospital",
  "Prison",
  "Mall",
  "Tower",
  "Bridge",
  "Library",
  "Theatre",
  "Estate",
];

/** Words that end a capitalised name of a place of their own: "Orange County", "Salinas Valley", "Royal Street". */
export const FEATURE_SUFFIXES = new Set<string>([
  "County",
  "Parish",
  "Province",
  "Prefecture",
  "Governorate",
  "Oblast",
  "Valley",
  "Island",
  "Islands",
  "Peninsula",
  "Delta",
  "Canal",
  "River",
  "Falls",
  "Mountains",
  "Desert",
  ...FACILITY_WORDS,
]);
/** Words that may start a multi-word name before a feature word: "Santa Clara County", "San Fernando Valley". */
export const NAME_STARTERS = new Set<string>([
  "San",
  "Santa",
  "Los",
  "Las",
  "El",
  "La",
  "Le",
  "New",
  "Prince",
  "Queen",
  "St",
  "St.",
  "Saint",
  "Fort",
  "Port",
  "Mount",
  "North",
  "South",
  "East",
  "West",
  "Upper",
  "Lower",
  "Great",
  "Little",
  "Holy",
]);
/** Words that begin a name of a place of its own: "Lake Erie", "Mount Kenya". */
export const FEATURE_PREFIXES = new Set<string>(["Lake", "Mount"]);
/** Facility words: the name before them may run to several capitalised words ("Dulles International Airport"). */
export const FACILITY_SUFFIXES: ReadonlySet<string> = new Set(FACILITY_WORDS);
/** Compass words that may follow a street's name: "Eglinton Avenue West". */
export const STREET_COMPASS = new Set<string>(["North", "South", "East", "West"]);
/** Compass words that make a region of a country or first-level region: "South Florida", "Central Luzon". */
export const COMPASS = new Set<string>([
  "North",
  "South",
  "East",
  "West",
  "Northern",
  "Southern",
  "Eastern",
  "Western",
  "Central",
]);

/** "Salinas Valley" → "Salinas", "Lake Erie" → "Erie", "The Royal Street" → "Royal"; undefined for other names. */
export function bareFeatureName(name: string): string | undefined {
  const parts = name.trim().split(/\s+/);
  if (parts[0] === "The") parts.shift();
  if (parts.length < 2) return undefined;
  if (FEATURE_PREFIXES.has(parts[0]!)) return parts.slice(1).join(" ");
  const last = parts[parts.length - 1]!;
  if (FEATURE_SUFFIXES.has(last) && !FACILITY_SUFFIXES.has(last)) return parts.slice(0, -1).join(" ");
  return undefined;
}
