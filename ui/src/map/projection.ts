/**
 * An equirectangular projection and SVG path data for GeoJSON land polygons. A ring that jumps across the
 * antimeridian (a longitude step over half the world) starts a new subpath instead of drawing a line across the map.
 */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 480;

export type Position = readonly [number, number] | readonly number[];

export function project(lon: number, lat: number): [number, number] {
  return [((lon + 180) / 360) * MAP_WIDTH, ((90 - lat) / 180) * MAP_HEIGHT];
}

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

function ringPath(ring: readonly Position[]): string {
  let d = "";
  let prevLon: number | undefined;
  for (const p of ring) {
    const lon = p[0] ?? 0;
    const [x, y] = project(lon, p[1] ?? 0);
    const jump = prevLon !== undefined && Math.abs(lon - prevLon) > 180;
    d += `${prevLon === undefined || jump ? "M" : "L"}${round(x)},${round(y)}`;
    prevLon = lon;
  }
  return d ? `${d}Z` : "";
}

interface Geometry {
  readonly type: string;
  readonly coordinates?: unknown;
  readonly geometries?: readonly Geometry[];
}

/** SVG path data of a Polygon / MultiPolygon / GeometryCollection. */
export function geometryPath(g: Geometry | null | undefined): string {
  if (!g) return "";
  if (g.type === "Polygon") return (g.coordinates as Position[][]).map(ringPath).join("");
  if (g.type === "MultiPolygon") return (g.coordinates as Position[][][]).flat().map(ringPath).join("");
  if (g.type === "GeometryCollection") return (g.geometries ?? []).map(geometryPath).join("");
  return "";
}
