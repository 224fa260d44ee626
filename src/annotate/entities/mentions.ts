/**
 * The mentions layer: every named reference to a person, organisation or place, before coreference. The trained
 * model and the rules each propose spans; one refiner keeps, of overlapping proposals, the strongest.
 */
import type { Mention, Outlet } from "../../core/document.js";
import { isWholeWordAt } from "../../core/letters.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { isFirstName } from "./first-names.js";
import { headlineNamesFromBody } from "./headline.js";
import { nerRecognizer } from "./ner-recognizer.js";
import { notablePersonRecognizer } from "./notable.js";
import { namesInAnotherLanguage } from "./other-language.js";
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

/**
 * Keeps the strongest of overlapping proposals: higher priority (`priorities[i]` is proposal i's), then longer, then
 * earlier. The kept proposals come back as they are, in text order. Priorities travel beside the proposals rather
 * than in a copy of each one: copying every proposal in and out again cost more than choosing among them.
 */
export function resolveOverlaps(proposals: readonly Mention[], priorities: readonly number[]): Mention[] {
  const at = (i: number): Mention => proposals[i] as Mention;
  const priority = (i: number): number => priorities[i] ?? 0;
  const ordered = proposals
    .map((_, i) => i)
    .sort(
      (a, b) =>
        priority(b) - priority(a) || at(b).end - at(b).start - (at(a).end - at(a).start) || at(a).start - at(b).start,
    );
  const kept: Mention[] = [];
  // owner[i] = 1 + index in `kept` of the mention covering character i: overlap checks cost the span's length.
  const length = proposals.reduce((n, p) => Math.max(n, p.end), 0);
  const owner = new Int32Array(length);
  for (const i of ordered) {
    const p = at(i);
    let clash = false;
    for (let c = p.start; c < p.end && !clash; c++) {
      const k = owner[c] ?? 0;
      if (k > 0 && !nests(p, kept[k - 1] as Mention)) clash = true;
    }
    if (clash) continue;
    kept.push(p);
    for (let c = p.start; c < p.end; c++) if ((owner[c] ?? 0) === 0) owner[c] = kept.length;
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "USA TODAY" under a byline, tagged a place by the model (it starts with "USA"): the name of the article's own outlet,
 * as the reading stage found it or the user gave it, is an organisation wherever it stands.
 */
export function outletIsOrganisation(
  mentions: readonly Mention[],
  text: string,
  outlet: Outlet | undefined,
): Mention[] {
  if (outlet === undefined) return [...mentions];
  const names = new Set([outlet.name, outlet.abbreviation].filter((n) => n !== undefined).map((n) => n.toLowerCase()));
  const retyped = mentions.map((m) =>
    m.type !== "organization" && m.form === "name" && names.has(text.slice(m.start, m.end).toLowerCase())
      ? { ...m, type: "organization" as const, rule: `${m.rule}+outlet` }
      : m,
  );
  const added = outletNamesUnmentioned(retyped, text, outlet.name);
  return added.length === 0 ? retyped : [...retyped, ...added].sort((a, b) => a.start - b.start);
}

/** Outlet names shorter than this ("PM", "AP") are too likely another word's letters to be looked for in the text. */
const MIN_OUTLET_NAME = 3;

/** A publication's name has a capital or a publication's noun ("pv magazine"); a phrase in lower case is a misreading. */
const LOOKS_LIKE_A_TITLE = /\p{Lu}|\b(?:magazine|news|times|post|journal|daily|weekly|review|report|online)\b/u;

/**
 * "Follow the Daily Ledger online", "© 2020 Harbour Times": the outlet's name written as the reader found it,
 * where no mention stands, is a mention of the outlet, on the page's furniture too: the article's publisher is one
 * of the organisations it names.
 */
function outletNamesUnmentioned(mentions: readonly Mention[], text: string, name: string): Mention[] {
  if (name.length < MIN_OUTLET_NAME || !/^[\p{L}\p{N}]/u.test(name) || !LOOKS_LIKE_A_TITLE.test(name)) return [];
  // "COPYRIGHT 2016 JANE Q. ROE": a columnist holds the notice, and a person's name is no publication's.
  if (isFirstName(name.split(/\s+/)[0] ?? "")) return [];
  const added: Mention[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (!isWholeWordAt(text, at, end)) continue;
    if (mentions.some((m) => m.start < end && at < m.end)) continue;
    added.push({ start: at, end, type: "organization", form: "name", rule: "entities:outlet-name", score: 1 });
  }
  return added;
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
    const proposals: Mention[] = [];
    const priorities: number[] = [];
    const titled: Mention[] = [];
    for (const recognizer of MENTION_RECOGNIZERS) {
      for (const m of recognizer.recognize(input)) {
        // Title + name spans ride along beside the name; coreference joins them to the name's entity.
        if (m.form === "titled") titled.push(m);
        else {
          proposals.push(m);
          priorities.push(recognizer.priority);
        }
      }
    }
    // In another language the tagger's doubtful names go before the refiners can spread them ("Die Daten" would
    // make every "Daten" a person) and again after them, for names a refiner turned into people.
    const language = doc.metadata.language?.value;
    const refined = MENTION_REFINERS.reduce(
      (ms, refine) => refine(ms, doc.text, input.ranges),
      namesInAnotherLanguage(resolveOverlaps(proposals, priorities), doc.text, language),
    );
    const kept = outletIsOrganisation(
      headlineNamesFromBody(
        namesInAnotherLanguage(refined, doc.text, language),
        doc.text,
        doc.metadata.headline?.provenance.span,
      ),
      doc.text,
      doc.metadata.outlet?.value,
    );
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
