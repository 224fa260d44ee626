/** Sift's offline geocoding: the gazetteer, toponym finding and toponym resolution. See models/geo/README.md. */
export { type FindOptions, type FoundToponym, findToponyms } from "./find.js";
export {
  admin1Place,
  countryOfDemonym,
  countryPlace,
  isDemonym,
  loadGazetteer,
  lookupPlace,
  type PlaceCandidate,
  placeOfDemonym,
} from "./gazetteer.js";
export { normalizeName } from "./normalize.js";
export { distanceKm, type Resolution, type ResolveContext, resolvePlaces, type ToponymInput } from "./resolve.js";
