/**
 * Builds Documents by hand for the framing tests: text, body, sentences (split after . ! ? and at line breaks),
 * and whatever quotes, entities and boilerplate a test gives, located by their surface text.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Boilerplate, Document, Entity, Quote, Sentence } from "../../core/document.js";
import { sharedData } from "../../core/paths.js";
import type { Span } from "../../core/span.js";
import { testDocument } from "../../core/test-document.js";
import { lineSpans } from "./ptc.js";

/** Sentence spans: split after ., ! or ? followed by white space, and at newlines. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]*?(?:[.!?]["”’]?(?=\s|$)|(?=\n)|$)/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = Math.min(to, m.index + m[0].length);
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end > start) out.push({ start, end, block: -1 });
  }
  return out;
}

/** The span of the `nth` occurrence of `needle` in `text` (throws when absent: a broken test). */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in the test text`);
  }
  return { start: at, end: at + needle.length };
}

export interface QuoteSpec {
  /** The quote's text as written (without marks for a scare quote's span, as the tests choose). */
  readonly text: string;
  readonly kind: Quote["kind"];
  readonly speaker?: string;
  readonly attributedTo?: string;
}

export interface DocSpec {
  readonly body?: Span;
  readonly quotes?: readonly QuoteSpec[];
  readonly entities?: readonly Entity[];
  readonly boilerplate?: readonly { readonly text: string; readonly kind: Boilerplate["kind"] }[];
}

export function entity(
  id: string,
  name: string,
  roles: readonly string[] = [],
  type: Entity["type"] = "person",
): Entity {
  return {
    id,
    type,
    name,
    roles: roles.map((role) => ({ start: 0, end: 0, role, rule: "test" })),
    mentions: [],
  };
}

export function makeDoc(text: string, spec: DocSpec = {}): Document {
  const body = spec.body ?? { start: 0, end: text.length };
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => ({
    id: `q${i + 1}`,
    ...find(text, q.text),
    kind: q.kind,
    speakerInferred: false,
    ...(q.speaker === undefined ? {} : { speaker: q.speaker }),
    ...(q.attributedTo === undefined ? {} : { attributedTo: q.attributedTo }),
    marks: { open: true, close: true },
    rule: "test",
  }));
  const boilerplate: Boilerplate[] = (spec.boilerplate ?? []).map((b) => ({
    ...find(text, b.text),
    kind: b.kind,
    rule: "test",
  }));
  return testDocument(text, {
    body,
    layers: { sentences: splitSentences(text), quotes, entities: spec.entities ?? [], boilerplate },
  });
}

/** A text the feature-row tests check: its name, the text, and its sentence spans (PTC articles: one per line). */
export interface RowsTestText {
  readonly name: string;
  readonly text: string;
  readonly isArticle: boolean;
  readonly spans: readonly Span[];
}

/**
 * Hand-written texts that exercise every feature template (capitals, quotes, numbers, repetition, a one-token
 * sentence) plus the first PTC articles when ../shared is beside the repo: the texts the fast feature rows are
 * checked against their string definitions on.
 */
export function featureRowsTestTexts(): RowsTestText[] {
  const texts: [string, string][] = [
    [
      "edge cases",
      'Shocking! "Treason," they say — the BIGGEST lie ever.\nWhat about the greatest, finest best-est nation?\nOk',
    ],
    ["repetition", "Fake news, fake news, fake news. The fake news media lies. Lies and lies again!"],
    ["one token", "Yes"],
    ["quotes and numbers", "He said “we will NEVER, ever surrender” in 1940, and 75% agreed. Déjà vu?  "],
  ];
  const ptc = join(sharedData, "propaganda/ptc/articles");
  let files: string[] = [];
  try {
    files = readdirSync(ptc).sort().slice(0, 12);
  } catch {
    // Without the shared data the hand-written texts still check every template.
  }
  for (const f of files) texts.push([f, readFileSync(join(ptc, f), "utf8")]);
  return texts.map(([name, text]) => {
    const isArticle = files.includes(name);
    return { name, text, isArticle, spans: isArticle ? lineSpans(text) : splitSentences(text) };
  });
}
