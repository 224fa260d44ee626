import type { Document, Entity, EntityMention, EntityType, Role } from "../../core/document.js";
import { testDocument } from "../../core/test-document.js";
import { splitLines } from "./context.js";
import { findQuotes } from "./index.js";
import { sentencesOf } from "./indirect.js";

export interface EntitySpec {
  readonly name: string;
  readonly type?: EntityType;
  /** Titles the entity holds ("President", "Defense Minister"), as the role layer would record them. */
  readonly roles?: readonly string[];
  /** Other forms to find as mentions ("the head of state"), recorded as descriptions. */
  readonly aliases?: readonly string[];
}

function findAll(text: string, needle: string): number[] {
  const out: number[] = [];
  const re = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\p{L}\p{N}])`,
    "gu",
  );
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}

function entityFrom(text: string, spec: EntitySpec, i: number, taken: Set<number>): Entity {
  const mentions: EntityMention[] = [];
  const add = (form: string, kind: EntityMention["form"]) => {
    for (const at of findAll(text, form)) {
      if (taken.has(at)) continue;
      for (let k = at; k < at + form.length; k++) taken.add(k);
      mentions.push({ start: at, end: at + form.length, form: kind, certainty: "stated" });
    }
  };
  add(spec.name, "name");
  const last = spec.name.split(/\s+/).at(-1);
  if (last && last !== spec.name) add(last, "name");
  for (const alias of spec.aliases ?? []) add(alias, "description");
  const roles: Role[] = (spec.roles ?? []).map((role) => ({ start: 0, end: 0, role, rule: "test" }));
  mentions.sort((a, b) => a.start - b.start);
  return { id: `e${i + 1}`, type: spec.type ?? "person", name: spec.name, roles, mentions };
}

/** A plain-text Document with the layers the quotes annotator reads. */
export function makeDoc(text: string, specs: readonly EntitySpec[] = []): Document {
  const body = { start: 0, end: text.length };
  const taken = new Set<number>();
  // Longer names first, so "Donald Trump" claims its words before "Trump" alone is searched.
  const order = specs.map((s, i) => ({ s, i })).sort((a, b) => b.s.name.length - a.s.name.length);
  const built = order
    .map(({ s, i }) => entityFrom(text, s, i, taken))
    .sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
  const sentences = sentencesOf(text, splitLines(text, body)).map((s) => ({ ...s, block: -1 }));
  return testDocument(text, { body, layers: { sentences, entities: built, boilerplate: [] } });
}

/** Indirect attributions found in a text with no entities, as [content, cue, source]. */
export function indirectAttributions(text: string): [string, string, string][] {
  return findQuotes(makeDoc(text))
    .filter((q) => q.kind === "indirect")
    .map((q) => [
      text.slice(q.start, q.end),
      q.cue ? text.slice(q.cue.start, q.cue.end) : "",
      q.source ? text.slice(q.source.start, q.source.end) : "",
    ]);
}
