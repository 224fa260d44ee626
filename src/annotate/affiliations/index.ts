/** The affiliations layer: organisations named in an author's bio (where the author works, studied, writes for). */
import type { Affiliation } from "../../core/document.js";
import { defineAnnotator } from "../../pipeline/annotator.js";

export const affiliationsAnnotator = defineAnnotator({
  name: "affiliations",
  requires: ["entities"],
  produces: "affiliations",
  annotate(doc) {
    const out: Affiliation[] = [];
    const orgs = (doc.layers.entities ?? []).filter((e) => e.type === "organization");
    for (const author of doc.metadata.authors?.value ?? []) {
      const bio = author.bio;
      if (!bio) continue;
      for (const org of orgs) {
        const m = org.mentions.find((x) => bio.start <= x.start && x.end <= bio.end);
        if (m && !out.some((a) => a.author === author.name && a.entity === org.id)) {
          out.push({ start: m.start, end: m.end, author: author.name, entity: org.id, name: org.name });
        }
      }
    }
    return out;
  },
});
