/**
 * `sift story ID --compare`: the story outlet by outlet — who each outlet quotes, which claims and numbers it
 * carries, its framing cues, and what it says that the other outlets in the story do not.
 */
import type { Document } from "../../core/document.js";
import { surface } from "../../core/span.js";
import type { StoredArticle } from "../store/types.js";
import { contentTerms } from "../text/normalize.js";

export interface OutletView {
  readonly outlet: string;
  readonly articles: readonly {
    readonly id: number;
    readonly title?: string;
    readonly input: string;
    readonly published?: string;
  }[];
  /** Speaker → number of quotes. */
  readonly speakers: readonly { readonly name: string; readonly quotes: number }[];
  readonly claims: readonly { readonly text: string; readonly score: number }[];
  readonly numbers: readonly string[];
  /** Framing kind → count. */
  readonly framing: readonly { readonly kind: string; readonly count: number }[];
  /** Speakers, numbers, names and sentences found in this outlet only. */
  readonly only: {
    readonly speakers: readonly string[];
    readonly numbers: readonly string[];
    readonly entities: readonly string[];
    readonly sentences: readonly string[];
  };
}

/** Numbers worth comparing: figures with units, percentages, money; bare small integers are noise. */
const NUMBER = /(?:[$€£]\s?)?\d(?:[\d,.]*\d)?(?:\s?(?:%|percent|million|billion|thousand|people|dollars))?/gi;
/** A sentence is this outlet's own when its best term overlap with any other outlet's sentence is below this. */
const OWN_SENTENCE_OVERLAP = 0.25;
const MAX_LISTED = 8;

type Analysed = Pick<Document, "text" | "layers">;

function analysisOf(a: StoredArticle): Analysed {
  const doc = a.analysis as Partial<Analysed>;
  return { text: typeof doc.text === "string" ? doc.text : a.text, layers: doc.layers ?? {} };
}

function countBy(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function sentencesOf(doc: Analysed): string[] {
  const s = doc.layers.sentences;
  if (s && s.length > 0) return s.map((x) => surface(doc.text, x).trim()).filter((x) => x.length > 0);
  return doc.text.split(/(?<=[.!?])\s+/).filter((x) => x.trim().length > 0);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return a.size === 0 ? 0 : inter / a.size;
}

interface Collected {
  readonly outlet: string;
  readonly members: StoredArticle[];
  readonly speakers: string[];
  readonly claims: { text: string; score: number }[];
  readonly numbers: Set<string>;
  readonly entities: Set<string>;
  readonly framing: string[];
  readonly sentences: string[];
}

function collect(outlet: string, members: StoredArticle[]): Collected {
  const c: Collected = {
    outlet,
    members,
    speakers: [],
    claims: [],
    numbers: new Set(),
    entities: new Set(),
    framing: [],
    sentences: [],
  };
  for (const m of members) {
    const doc = analysisOf(m);
    const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.name]));
    for (const q of doc.layers.quotes ?? []) {
      // Only speakers resolved to an entity: free-text attributions are too noisy to compare across outlets.
      const who = q.speaker ? names.get(q.speaker) : undefined;
      if (who) c.speakers.push(who);
    }
    for (const cl of doc.layers.claims ?? []) c.claims.push({ text: surface(doc.text, cl), score: cl.score });
    for (const e of doc.layers.entities ?? []) c.entities.add(e.name);
    for (const f of doc.layers.framing ?? []) c.framing.push(f.kind);
    for (const n of m.text.match(NUMBER) ?? []) if (/\d{2,}|%|percent|million|billion/.test(n)) c.numbers.add(n.trim());
    c.sentences.push(...sentencesOf(doc));
  }
  return c;
}

export function compareOutlets(members: readonly StoredArticle[]): OutletView[] {
  const byOutlet = new Map<string, StoredArticle[]>();
  for (const m of members) {
    const key = m.outlet ?? (m.url ? new URL(m.url).host : "unknown outlet");
    byOutlet.set(key, [...(byOutlet.get(key) ?? []), m]);
  }
  const all = [...byOutlet].map(([outlet, ms]) => collect(outlet, ms));
  return all.map((c) => {
    const others = all.filter((o) => o !== c);
    const elsewhere = (pick: (o: Collected) => Iterable<string>): Set<string> =>
      new Set(others.flatMap((o) => [...pick(o)]));
    const otherSpeakers = elsewhere((o) => o.speakers);
    const otherNumbers = elsewhere((o) => o.numbers);
    const otherEntities = elsewhere((o) => o.entities);
    const otherSentenceTerms = others.flatMap((o) => o.sentences.map((s) => new Set(contentTerms(s))));
    const ownSentences = c.sentences.filter((s) => {
      const terms = new Set(contentTerms(s));
      return terms.size >= 5 && otherSentenceTerms.every((t) => overlap(terms, t) < OWN_SENTENCE_OVERLAP);
    });
    return {
      outlet: c.outlet,
      articles: c.members.map((m) => ({ id: m.id, title: m.title, input: m.url ?? m.input, published: m.published })),
      speakers: [...countBy(c.speakers)].sort((a, b) => b[1] - a[1]).map(([name, quotes]) => ({ name, quotes })),
      claims: [...c.claims].sort((a, b) => b.score - a.score).slice(0, MAX_LISTED),
      numbers: [...c.numbers].slice(0, MAX_LISTED * 2),
      framing: [...countBy(c.framing)].sort((a, b) => b[1] - a[1]).map(([kind, count]) => ({ kind, count })),
      only:
        others.length === 0
          ? { speakers: [], numbers: [], entities: [], sentences: [] }
          : {
              speakers: [...new Set(c.speakers)].filter((s) => !otherSpeakers.has(s)),
              numbers: [...c.numbers].filter((n) => !otherNumbers.has(n)).slice(0, MAX_LISTED),
              entities: [...c.entities].filter((e) => !otherEntities.has(e)).slice(0, MAX_LISTED * 2),
              sentences: ownSentences.slice(0, MAX_LISTED / 2),
            },
    };
  });
}

export function formatComparison(title: string, views: readonly OutletView[]): string {
  const lines = [`Story: ${title}`, ""];
  for (const v of views) {
    lines.push(`== ${v.outlet} (${v.articles.length} article${v.articles.length === 1 ? "" : "s"})`);
    for (const a of v.articles) lines.push(`   #${a.id} ${a.published ?? "????-??-??"} ${a.title ?? ""} <${a.input}>`);
    lines.push(`   quoted: ${v.speakers.map((s) => `${s.name} (${s.quotes})`).join(", ") || "nobody"}`);
    lines.push(`   numbers: ${v.numbers.join(", ") || "none"}`);
    lines.push(`   framing: ${v.framing.map((f) => `${f.kind} ×${f.count}`).join(", ") || "none"}`);
    for (const c of v.claims.slice(0, 4))
      lines.push(`   claim (${c.score.toFixed(2)}): ${c.text.replace(/\s+/g, " ")}`);
    lines.push(
      `   only here — speakers: ${v.only.speakers.join(", ") || "none"}; numbers: ${v.only.numbers.join(", ") || "none"}`,
    );
    lines.push(`   only here — names: ${v.only.entities.join(", ") || "none"}`);
    for (const s of v.only.sentences) lines.push(`   only here: "${s.replace(/\s+/g, " ")}"`);
    lines.push("");
  }
  return lines.join("\n");
}
