/**
 * `npm run eval:geo`: toponym finding (span P/R/F1, exact boundaries) and toponym resolution (accuracy@161 km,
 * mean/median error, AUC of the log-error curve) on GeoVirus, TR-News (dev half) and GeoWebNews (dev half) in
 * ../shared/data/geo/, next to a population-only baseline run in the same process: compromise's places() for the
 * spans and the most populous same-named gazetteer entry for the coordinates.
 *
 * Counting decisions (see models/geo/README.md):
 * - Gold offsets are re-aligned to the nearest occurrence of the gold name within 50 characters (GeoVirus offsets
 *   are shifted by one, some TR-News offsets drift); gold entries with an empty name are dropped.
 * - Demonyms: GeoVirus annotates none; TR-News and GeoWebNews annotate adjectival ones ("Syrian forces",
 *   GWN's Literal/Non-Literal Modifier), so the finder runs with demonyms "none" on GeoVirus and "adjectives" on the
 *   other two. GWN's Demonym type (people nouns: "Russians") carries no coordinates and is not gold.
 * - GeoWebNews gold spans are the paper's toponym types — Literal, Mixed, Metonymic, Literal/Non-Literal
 *   Modifier, Embedded Literal/Non-Literal and Coercion (literal plus associative toponyms); Non_Toponym,
 *   Homonym, Language, Demonym and the *_Expression context words are not. Geocoding counts only gold toponyms
 *   with coordinates and nonLocational=No.
 * - Geocoding is scored on the toponyms whose span was found exactly; a found toponym the gazetteer cannot
 *   resolve scores the largest possible error (20,039 km), so coverage gaps show in the figures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { findToponyms } from "../src/annotate/geo/find.js";
import { lookupPlace } from "../src/annotate/geo/gazetteer.js";
import { resolvePlaces } from "../src/annotate/geo/resolve.js";
import { sharedData } from "../src/core/paths.js";
import { errorScores, greatCircleKm, MAX_ERROR_KM, spanScores } from "../src/eval/geo-metric.js";
import { type EvalRow, formatEvalTable } from "../src/eval/report.js";

interface GoldToponym {
  start: number;
  end: number;
  name: string;
  /** Absent when the toponym is not to be geocoded (no coordinates, or non-locational). */
  lat?: number;
  lon?: number;
}

interface Article {
  text: string;
  url?: string;
  gold: GoldToponym[];
}

interface Dataset {
  name: string;
  demonyms: "none" | "adjectives";
  articles: Article[];
  /** Gold entries dropped (empty name) or whose name was not found near the given offset. */
  dropped: number;
  realigned: number;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ["article", "location", "toponym"].includes(name),
});

const str = (x: unknown): string => (x === undefined || x === null ? "" : typeof x === "object" ? "" : String(x));
const num = (x: unknown): number | undefined => {
  const s = str(x).trim();
  if (s === "") return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

/** Moves a gold span to the nearest occurrence of its name within 50 characters of the given start. */
function realign(
  text: string,
  name: string,
  start: number,
  end: number,
): { start: number; end: number; moved: boolean } | undefined {
  if (text.slice(start, end) === name) return { start, end, moved: false };
  let best: number | undefined;
  const from = Math.max(0, start - 50 - name.length);
  let i = text.indexOf(name, from);
  while (i >= 0 && i <= start + 50) {
    if (best === undefined || Math.abs(i - start) < Math.abs(best - start)) best = i;
    i = text.indexOf(name, i + 1);
  }
  if (best === undefined) return undefined;
  return { start: best, end: best + name.length, moved: true };
}

function finish(
  name: string,
  demonyms: Dataset["demonyms"],
  raw: { text: string; url?: string; gold: GoldToponym[] }[],
): Dataset {
  let dropped = 0;
  let realigned = 0;
  const articles = raw.map((a) => {
    const seen = new Set<string>();
    const gold: GoldToponym[] = [];
    for (const g of a.gold) {
      if (g.name.trim() === "") {
        dropped++;
        continue;
      }
      const r = realign(a.text, g.name, g.start, g.end);
      if (!r) {
        dropped++;
        continue;
      }
      if (r.moved) realigned++;
      const key = `${r.start}:${r.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      gold.push({ ...g, start: r.start, end: r.end });
    }
    return { text: a.text, url: a.url, gold };
  });
  return { name, demonyms, articles, dropped, realigned };
}

function loadGeoVirus(path: string): Dataset {
  const doc = parser.parse(readFileSync(path, "utf8"));
  const raw = (doc.articles.article as Record<string, unknown>[]).map((a) => {
    const locs = ((a.locations as { location?: Record<string, unknown>[] } | undefined)?.location ?? []) as Record<
      string,
      unknown
    >[];
    return {
      text: str(a.text),
      url: str(a.source).trim(),
      gold: locs.map((l) => ({
        name: str(l.name),
        start: num(l.start) ?? 0,
        end: num(l.end) ?? 0,
        lat: num(l.lat),
        lon: num(l.lon),
      })),
    };
  });
  return finish("GeoVirus", "none", raw);
}

function loadTrNews(path: string): Dataset {
  const doc = parser.parse(readFileSync(path, "utf8"));
  const raw = (doc.articles.article as Record<string, unknown>[]).map((a) => {
    const tops = ((a.toponyms as { toponym?: Record<string, unknown>[] } | undefined)?.toponym ?? []) as Record<
      string,
      unknown
    >[];
    return {
      text: str(a.text),
      url: str(a.url).trim(),
      gold: tops.map((t) => {
        const tag = t.gaztag as Record<string, unknown> | undefined;
        return {
          name: str(t.phrase),
          start: num(t.start) ?? 0,
          end: num(t.end) ?? 0,
          lat: tag ? num(tag.lat) : undefined,
          lon: tag ? num(tag.lon) : undefined,
        };
      }),
    };
  });
  return finish("TR-News", "adjectives", raw);
}

/** GeoWebNews toponym types that are toponyms (literal and associative), after Gritta et al. 2019. */
const GWN_TOPONYM_TYPES = new Set([
  "Literal",
  "Mixed",
  "Metonymic",
  "Literal_Modifier",
  "Non_Literal_Modifier",
  "Embedded_Literal",
  "Embedded_Non_Lit",
  "Coercion",
]);

function loadGwn(path: string): Dataset {
  const doc = parser.parse(readFileSync(path, "utf8"));
  const raw = (doc.articles.article as Record<string, unknown>[]).map((a) => {
    const tops = ((a.toponyms as { toponym?: Record<string, unknown>[] } | undefined)?.toponym ?? []) as Record<
      string,
      unknown
    >[];
    return {
      text: str(a.text),
      url: str(a.link).trim(),
      gold: tops
        .filter((t) => GWN_TOPONYM_TYPES.has(str(t.type)))
        .map((t) => {
          const geocodable = str(t.nonLocational) !== "Yes";
          return {
            name: str(t.extractedName),
            start: num(t.start) ?? 0,
            end: num(t.end) ?? 0,
            lat: geocodable ? num(t.latitude) : undefined,
            lon: geocodable ? num(t.longitude) : undefined,
          };
        }),
    };
  });
  return finish("GWN", "adjectives", raw);
}

/** The outlet's home country from its URL's top-level domain (cbc.ca → CA), when the domain tells. */
export function outletCountryFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const host = /^[a-z]+:\/\/([^/]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!host) return undefined;
  const tld = host.split(".").pop() ?? "";
  if (tld === "uk") return "GB";
  if (tld.length === 2 && !["tv", "io", "co", "me", "fm", "ly", "ws", "cc", "us"].includes(tld))
    return tld.toUpperCase();
  if (tld === "us") return "US";
  return undefined;
}

interface Prediction {
  start: number;
  end: number;
  lat?: number;
  lon?: number;
}

function evaluate(set: Dataset, predict: (a: Article) => Prediction[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: number[] = [];
  let unresolved = 0;
  for (const a of set.articles) {
    const pred = predict(a);
    const s = spanScores(a.gold, pred);
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
    const byPos = new Map(pred.map((p) => [`${p.start}:${p.end}`, p]));
    for (const g of a.gold) {
      if (g.lat === undefined || g.lon === undefined) continue;
      const p = byPos.get(`${g.start}:${g.end}`);
      if (!p) continue;
      if (p.lat === undefined || p.lon === undefined) {
        unresolved++;
        errors.push(MAX_ERROR_KM);
      } else errors.push(greatCircleKm(g.lat, g.lon, p.lat, p.lon));
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, geo: errorScores(errors), unresolved };
}

function sift(set: Dataset): (a: Article) => Prediction[] {
  return (a) => {
    const found = findToponyms(a.text, { demonyms: set.demonyms, embedded: set.name !== "GeoVirus" });
    const toponyms = found.map((t, i) => ({ id: String(i), ...t }));
    const resolved = resolvePlaces(toponyms, { text: a.text, outletCountry: outletCountryFromUrl(a.url) });
    return toponyms.map((t) => {
      const r = resolved.get(t.id);
      return { start: t.start, end: t.end, lat: r?.geo.lat, lon: r?.geo.lon };
    });
  };
}

/** Resolution alone: the gold toponyms resolved by `resolve`, scored by accuracy@161 km over those with coordinates. */
function resolutionOnGold(set: Dataset, resolve: (a: Article, spans: GoldToponym[]) => Prediction[]): number {
  const errors: number[] = [];
  for (const a of set.articles) {
    const pred = resolve(a, a.gold);
    a.gold.forEach((g, i) => {
      if (g.lat === undefined || g.lon === undefined) return;
      const p = pred[i]!;
      errors.push(
        p.lat === undefined || p.lon === undefined ? MAX_ERROR_KM : greatCircleKm(g.lat, g.lon, p.lat, p.lon),
      );
    });
  }
  return errorScores(errors).accuracy161;
}

function siftOnGold(a: Article, spans: GoldToponym[]): Prediction[] {
  const toponyms = spans.map((g, i) => ({
    id: String(i),
    name: a.text.slice(g.start, g.end),
    start: g.start,
    end: g.end,
  }));
  const resolved = resolvePlaces(toponyms, { text: a.text, outletCountry: outletCountryFromUrl(a.url) });
  return toponyms.map((t) => ({
    start: t.start,
    end: t.end,
    lat: resolved.get(t.id)?.geo.lat,
    lon: resolved.get(t.id)?.geo.lon,
  }));
}

function maxPopOnGold(a: Article, spans: GoldToponym[]): Prediction[] {
  return spans.map((g) => {
    const best = lookupPlace(a.text.slice(g.start, g.end)).sort((x, y) => y.population - x.population)[0];
    return { start: g.start, end: g.end, lat: best?.lat, lon: best?.lon };
  });
}

let nlp:
  | ((text: string) => {
      places(): { json(o: { offset: boolean }): { offset: { start: number; length: number }; text: string }[] };
    })
  | undefined;

async function baseline(): Promise<(a: Article) => Prediction[]> {
  nlp ??= (await import("compromise")).default as unknown as typeof nlp;
  return (a) =>
    nlp!(a.text)
      .places()
      .json({ offset: true })
      .map((m) => {
        // compromise's match text can carry trailing punctuation ("Syria."): trim the span to the name.
        let start = m.offset.start;
        let end = start + m.offset.length;
        while (end > start && /[\s.,;:!?'"’”)]/.test(a.text[end - 1]!)) end--;
        while (start < end && /[\s'"“(]/.test(a.text[start]!)) start++;
        const name = a.text.slice(start, end).replace(/[’']s$/, "");
        end = start + name.length;
        const best = lookupPlace(name).sort((x, y) => y.population - x.population)[0];
        return { start, end, lat: best?.lat, lon: best?.lon };
      });
}

export function loadGeoSets(dir: string = join(sharedData, "geo")): Dataset[] {
  return [
    loadGeoVirus(join(dir, "GeoVirus.xml")),
    loadTrNews(join(dir, "TR-News.dev.xml")),
    loadGwn(join(dir, "GWN.dev.xml")),
  ];
}

export async function runGeoEval(): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  const base = await baseline();
  const peerName = "compromise+max-pop";
  for (const set of loadGeoSets()) {
    const ours = evaluate(set, sift(set));
    const peer = evaluate(set, base);
    const dataset = set.name;
    rows.push(
      { task: "geotag", dataset, metric: "span P", ours: ours.precision, peer: peer.precision, peerName },
      { task: "geotag", dataset, metric: "span R", ours: ours.recall, peer: peer.recall, peerName },
      { task: "geotag", dataset, metric: "span F1", ours: ours.f1, peer: peer.f1, peerName, target: 0.85 },
      {
        task: "geocode",
        dataset,
        metric: "acc@161km",
        ours: ours.geo.accuracy161,
        peer: peer.geo.accuracy161,
        peerName,
        target: 0.85,
      },
      {
        task: "geocode",
        dataset,
        metric: "mean km",
        ours: ours.geo.meanKm,
        peer: peer.geo.meanKm,
        peerName,
        higherIsBetter: false,
      },
      {
        task: "geocode",
        dataset,
        metric: "median km",
        ours: ours.geo.medianKm,
        peer: peer.geo.medianKm,
        peerName,
        higherIsBetter: false,
      },
      {
        task: "geocode",
        dataset,
        metric: "AUC (lower better)",
        ours: ours.geo.auc,
        peer: peer.geo.auc,
        peerName,
        higherIsBetter: false,
      },
      { task: "geocode", dataset, metric: "n geocoded", ours: ours.geo.n, peer: peer.geo.n, peerName },
      {
        task: "geocode",
        dataset,
        metric: "acc@161km on gold spans",
        ours: resolutionOnGold(set, siftOnGold),
        peer: resolutionOnGold(set, maxPopOnGold),
        peerName: "max-pop",
      },
    );
    if (process.env.GEO_EVAL_VERBOSE) {
      console.error(
        `${set.name}: ${set.articles.length} articles, ${set.articles.reduce((s, a) => s + a.gold.length, 0)} gold, realigned ${set.realigned}, dropped ${set.dropped}; ours tp ${ours.tp} fp ${ours.fp} fn ${ours.fn} unresolved ${ours.unresolved}`,
      );
    }
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t = Date.now();
  runGeoEval().then((rows) => {
    console.log(formatEvalTable(rows));
    console.log(`\n(${((Date.now() - t) / 1000).toFixed(1)} s)`);
  });
}
