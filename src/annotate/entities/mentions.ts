/**
 * The mentions layer: every named reference to a person, organisation or place, before coreference. The trained
 * model and the rules each propose spans; one refiner keeps, of overlapping proposals, the strongest.
 */
import type { Mention } from "../../core/document.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { headlineNamesFromBody } from "./headline.js";
import { nerRecognizer } from "./ner-recognizer.js";
import { notablePersonRecognizer } from "./notable.js";
import {
  acronym,
  bylineAuthor,
  demonym,
  gazetteerPlace,
  type MentionRecognizer,
  organisationPhrase,
  type RecognizerInput,
  titledPerson,
} from "./recognizers.js";
import { MENTION_REFINERS } from "./refiners.js";
import { readableRanges } from "./scope.js";

/** Run in this order; `priority` (not order) decides overlaps, so adding a recogniser never reorders others. */
export const MENTION_RECOGNIZERS: readonly MentionRecognizer[] = [
  bylineAuthor,
  titledPerson,
  organisationPhrase,
  notablePersonRecognizer,
  nerRecognizer,
  gazetteerPlace,
  acronym,
  demonym,
];

/** An organisation named inside another's name ("… of the Armed Forces of the French Republic") may nest. */
const nests = (inner: Mention, outer: Mention) =>
  inner.type === "organization" &&
  outer.type === "organization" &&
  outer.start <= inner.start &&
  inner.end <= outer.end &&
  inner.rule === outer.rule;

/** Keeps the strongest of overlapping proposals: higher priority, then longer, then earlier. */
export function resolveOverlaps(proposals: readonly (Mention & { priority: number })[]): Mention[] {
  const ordered = [...proposals].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: (Mention & { priority: number })[] = [];
  // owner[i] = 1 + index in `kept` of the mention covering character i: overlap checks cost the span's length.
  const length = proposals.reduce((n, p) => Math.max(n, p.end), 0);
  const owner = new Int32Array(length);
  for (const p of ordered) {
    let clash = false;
    for (let i = p.start; i < p.end && !clash; i++) {
      const k = owner[i] ?? 0;
      if (k > 0 && !nests(p, kept[k - 1] as Mention)) clash = true;
    }
    if (clash) continue;
    kept.push(p);
    for (let i = p.start; i < p.end; i++) if ((owner[i] ?? 0) === 0) owner[i] = kept.length;
  }
  return kept.sort((a, b) => a.start - b.start).map(({ priority: _p, ...m }) => m);
}

export const mentionsAnnotator = defineAnnotator({
  name: "mentions",
  requires: ["tokens", "sentences", "boilerplate"],
  produces: "mentions",
  annotate(doc) {
    const sentences = doc.layers.sentences ?? [];
    const input: RecognizerInput = {
      doc,
      ranges: readableRanges(doc),
      sentenceStarts: new Set(sentences.map((s) => s.start)),
    };
    const proposals: (Mention & { priority: number })[] = [];
    const titled: Mention[] = [];
    for (const recognizer of MENTION_RECOGNIZERS) {
      for (const m of recognizer.recognize(input)) {
        // Title + name spans ride along beside the name; coreference joins them to the name's entity.
        if (m.form === "titled") titled.push(m);
        else proposals.push({ ...m, priority: recognizer.priority });
      }
    }
    const refined = MENTION_REFINERS.reduce(
      (ms, refine) => refine(ms, doc.text, input.ranges),
      resolveOverlaps(proposals),
    );
    const kept = headlineNamesFromBody(refined, doc.text, doc.metadata.headline?.provenance.span);
    // A titled span rides along with the name it ends with; a refiner may have lengthened that name ("Prime
    // Minister Theresa" + "May"), so the titled span ends where the name now ends.
    const people = kept.filter((m) => m.type === "person");
    const riders = titled.flatMap((t) => {
      const name = people.find((m) => m.start < t.end && t.end <= m.end);
      return name ? [{ ...t, end: name.end }] : [];
    });
    return [...kept, ...riders].sort((a, b) => a.start - b.start || b.end - a.end);
  },
});
