/** The geocodes layer: each place entity resolved to a gazetteer sense, with the article as context. */
import type { Entity, Geocode } from "../../core/document.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import {
  isCompanyNamedLikeRegion,
  isContextOnlySmallTown,
  isMergedPerson,
  isNamedAsOrganisation,
  isPartOfOffice,
  isPersonNameHere,
  isSmallTownSense,
  isTitleBeforeName,
  isUnanchoredSmallTown,
  isWordOrNamePartOnly,
  isWrittenAsAcronym,
  isWrittenAsPlace,
  longerPlaceName,
  type MentionSpan,
  personNameWords,
} from "../geo/mention-context.js";
import { type ResolveContext, resolvePlaces, type ToponymInput } from "../geo/resolve.js";

export const geocodesAnnotator = defineAnnotator({
  name: "geocodes",
  requires: ["mentions", "entities"],
  produces: "geocodes",
  annotate(doc) {
    const taggedPerson = new Set(
      (doc.layers.mentions ?? []).filter((m) => /\bner-PER\b/.test(m.rule)).map((m) => `${m.start}:${m.end}`),
    );
    return geocodePlaces(doc.text, doc.layers.entities ?? [], (m) => taggedPerson.has(`${m.start}:${m.end}`));
  },
});

/**
 * Resolves the entity layer's places (`taggedPerson`: whether the NER model tagged a mention PER). A place whose
 * every name mention reads as something else (a title, a person, a company) is left out; so is a small town the
 * resolver could tie to nothing in the article and that no mention writes as a place, and a small town tied to it
 * only by the regions it names whose name is an ordinary word of the article or part of a longer name ("Freedom
 * Caucus"), and a small town whose name is only written as an acronym ("UN"). The rest are resolved again
 * without it, so that "Much" (a German town) does not count as Germany in the context of the others. See
 * models/geo/README.md, "The geocodes layer".
 */
export function geocodePlaces(
  text: string,
  entities: readonly Entity[],
  taggedPerson: (m: MentionSpan) => boolean = () => false,
): Geocode[] {
  const people = personNameWords(entities.filter((e) => e.type === "person").map((e) => e.name));
  const candidates = new Map<
    string,
    { toponym: ToponymInput; mentions: readonly MentionSpan[]; resolvedWhole: boolean }
  >();
  for (const e of entities) {
    if (e.type !== "place") continue;
    const names = e.mentions.filter((m) => m.form === "name");
    const mentions = names.length > 0 ? names : e.mentions;
    const first = mentions[0];
    if (!first) continue;
    const readsAsSomethingElse = (m: MentionSpan): boolean =>
      isTitleBeforeName(text, m) ||
      isPartOfOffice(text, m) ||
      isPersonNameHere(text, m, people) ||
      isCompanyNamedLikeRegion(text, m) ||
      isNamedAsOrganisation(text, m);
    if (names.length > 0 && (names.every(readsAsSomethingElse) || isMergedPerson(text, names, people, taggedPerson)))
      continue;
    // "District of Columbia" cut to "Columbia", "San Gabriel" to "San": resolve the whole name when every mention
    // sits inside it.
    const longer = longerPlaceName(text, first);
    const whole =
      longer && mentions.every((m) => longerPlaceName(text, m)?.name === longer.name)
        ? { id: e.id, name: longer.name, start: longer.start, end: longer.end }
        : undefined;
    candidates.set(e.id, {
      toponym: whole ?? { id: e.id, name: e.name, start: first.start, end: first.end },
      mentions,
      resolvedWhole: whole !== undefined,
    });
  }
  // Entity-layer places include the odd non-place ("Political Science"): no guessing at the article's main place.
  const context: ResolveContext = { text, guessUnknown: false };
  const resolve = () =>
    resolvePlaces(
      [...candidates.values()].map((c) => c.toponym),
      context,
    );
  let resolved = resolve();
  let dropped = false;
  for (const [id, r] of resolved) {
    const c = candidates.get(id)!;
    const unanchored = isUnanchoredSmallTown(r.geo, r.rule) && !isWrittenAsPlace(text, c.mentions);
    // "Freedom" of "Freedom Caucus"; not "San" of "San Fernando Valley", resolved by its whole name.
    const wordOrNamePart =
      !c.resolvedWhole && isContextOnlySmallTown(r.geo, r.rule) && isWordOrNamePartOnly(text, c.mentions);
    const acronym = isSmallTownSense(r.geo) && !r.rule.startsWith("qualifier") && isWrittenAsAcronym(text, c.mentions);
    if (unanchored || wordOrNamePart || acronym) {
      candidates.delete(id);
      dropped = true;
    }
  }
  if (dropped) resolved = resolve();
  const out: Geocode[] = [];
  for (const [entity, r] of resolved) out.push({ entity, geo: r.geo, rule: `geocodes:${r.rule}`, score: r.score });
  return out;
}
