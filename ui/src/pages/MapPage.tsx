/**
 * Places named in the corpus on an offline world map (#/map): Natural Earth land from the world-atlas package,
 * bundled with the UI and drawn in an equirectangular projection; no tiles, no network.
 */
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import land from "world-atlas/land-110m.json";
import { getJson, type PlaceFeature } from "../api.js";
import { PageTitle, Status } from "../components.js";
import { literal, plainText } from "../literal.js";
import { geometryPath, MAP_HEIGHT, MAP_WIDTH, project } from "../map/projection.js";
import { href } from "../router.js";
import { useApi } from "../useApi.js";

/** Marker radius for the most named place; others scale by the square root of their count (area ∝ count). */
const MAX_RADIUS = 14;
const MIN_RADIUS = 2.5;

let landPathCache: string | undefined;

/** The land outline, computed once per page load. */
function landPath(): string {
  if (landPathCache === undefined) {
    const topo = land as unknown as Topology<{ land: GeometryCollection }>;
    const fc = feature(topo, topo.objects.land);
    landPathCache = fc.features.map((f) => geometryPath(f.geometry)).join("");
  }
  return landPathCache;
}

export function MapPage() {
  const places = useApi("places", (signal) =>
    getJson<{ features: PlaceFeature[] }>("/api/places.geojson", { limit: 500 }, signal),
  );
  return (
    <>
      <PageTitle>Places</PageTitle>
      <Status loaded={places}>
        {(fc) => {
          const max = Math.max(1, ...fc.features.map((f) => f.properties.count));
          return (
            <figure class="map">
              <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-labelledby="map-title">
                <title id="map-title">{`World map of ${fc.features.length} places named in the corpus`}</title>
                <rect class="sea" x={0} y={0} width={MAP_WIDTH} height={MAP_HEIGHT} />
                <path class="land" d={landPath()} />
                {[...fc.features]
                  .sort((a, b) => b.properties.count - a.properties.count)
                  .map((f) => {
                    const [lon, lat] = f.geometry.coordinates;
                    const [x, y] = project(lon, lat);
                    const r = Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(f.properties.count / max));
                    const label = plainText(
                      `${f.properties.name}${f.properties.country ? ` (${f.properties.country})` : ""}: ${f.properties.count} ${f.properties.count === 1 ? "article" : "articles"}`,
                    );
                    return (
                      <a
                        key={`${f.properties.name}/${lon}/${lat}`}
                        href={href("search", {
                          q: `"${f.properties.name.replace(/"/g, "")}"`,
                          place: f.properties.name,
                        })}
                        aria-label={label}
                      >
                        <circle class="marker" cx={x} cy={y} r={r}>
                          <title>{label}</title>
                        </circle>
                      </a>
                    );
                  })}
              </svg>
              <figcaption class="muted">
                {fc.features.length} places, sized by the number of articles naming them. Map data: Natural Earth
                (public domain) via the world-atlas package (ISC licence).
              </figcaption>
              <details>
                <summary>The places as a table</summary>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">place</th>
                      <th scope="col">country</th>
                      <th scope="col">articles</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fc.features.map((f) => (
                      <tr key={`${f.properties.name}/${f.geometry.coordinates.join(",")}`}>
                        <td>{literal(f.properties.name)}</td>
                        <td>{f.properties.country ?? ""}</td>
                        <td>{f.properties.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </figure>
          );
        }}
      </Status>
    </>
  );
}
