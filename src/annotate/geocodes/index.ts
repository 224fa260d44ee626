/** The geocodes layer: each place entity resolved to a gazetteer sense, with the article as context. */
import type { Geocode } from "../../core/document.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { resolvePlaces } from "../geo/resolve.js";

export const geocodesAnnotator = defineAnnotator({
  name: "geocodes",
  requires: ["entities"],
  produces: "geocodes",
  annotate(doc) {
    const places = (doc.layers.entities ?? []).filter((e) => e.type === "place");
    const toponyms = places.flatMap((e) => {
      const first = e.mentions.find((m) => m.form === "name") ?? e.mentions[0];
      return first ? [{ id: e.id, name: e.name, start: first.start, end: first.end }] : [];
    });
    // Entity-layer places include the odd non-place ("Political Science"): no guessing at the article's main place.
    const resolved = resolvePlaces(toponyms, { text: doc.text, guessUnknown: false });
    const out: Geocode[] = [];
    for (const [entity, r] of resolved) out.push({ entity, geo: r.geo, rule: `geocodes:${r.rule}`, score: r.score });
    return out;
  },
});
