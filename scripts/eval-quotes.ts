/**
 * `npm run eval:quotes`: Sift's quote and attribution layer on PolNeAR dev (84 articles, brat standoff), next to
 * two baselines measured in the same run: a bare quotation-mark regex for spans, and compromise people() with the
 * nearest name for speakers. One annotator per article (the first .ann in sorted order), as the data README says.
 * Gold direct quotations are the Content parts inside quotation marks (src/eval/quotes-metric.ts, isEnclosed), read
 * with the shapes real copy has: a mark left outside the part, a quotation over several paragraphs, a transcript turn
 * after its speaker label, a pull quote closed after its credit line. PolNeAR counts any quoted Content, so a quoted
 * fragment that is the whole Content of its attribution (called it “a disaster”) is gold while Sift calls it
 * partial, and a quotation inside a larger Content (said she has one quality: “Steadiness.”) is not gold while Sift
 * calls it direct; both are left as they are, Sift's kinds being what its users read. A Content part whose middle
 * closes one quotation and opens another around the reporter's words (“A,” and “B”) is several quotations inside a
 * larger Content, so it is not counted as one direct quotation either.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import nlp from "compromise";
import { analyze } from "../src/analyze.js";
import { findQuotes } from "../src/annotate/quotes/index.js";
import { type EntitySpec, makeDoc } from "../src/annotate/quotes/testing.js";
import type { Document, Quote } from "../src/core/document.js";
import { sharedData } from "../src/core/paths.js";
import type { Span } from "../src/core/span.js";
import {
  exactSpanCounts,
  type GoldQuote,
  goldDirectQuotes,
  type Prf,
  parseBrat,
  speakerCorrect,
  sumPrf,
  tokenCounts,
} from "../src/eval/quotes-metric.js";
import { type EvalRow, formatEvalTable } from "../src/eval/report.js";

/** Which PolNeAR split to read. The rules were written looking at dev; train serves as an unseen check. */
export interface QuotesEvalOptions {
  readonly split?: "dev" | "train";
  /** Read only the first `limit` articles (sorted by name), to keep a check on train short. */
  readonly limit?: number;
}

interface Article {
  readonly name: string;
  readonly text: string;
  readonly ann: string;
}

function loadArticles(split: "dev" | "train", limit: number): Article[] {
  const DIR = join(sharedData, "quotes", "polnear", split);
  const anns = readdirSync(join(DIR, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const first = new Map<string, string>();
  for (const f of anns) {
    const article = f.replace(/_[^_]+\.ann$/, "");
    if (!first.has(article)) first.set(article, f);
  }
  return [...first].slice(0, limit).map(([name, f]) => ({
    name,
    text: readFileSync(join(DIR, "text", `${name}.txt`), "utf8"),
    ann: readFileSync(join(DIR, "attributions", f), "utf8"),
  }));
}

interface CompromiseMatch {
  readonly text: string;
  readonly offset: { readonly start: number; readonly length: number };
}

function compromiseSpans(text: string, kind: "people" | "organizations"): { span: Span; text: string }[] {
  const doc = nlp(text);
  const found = (kind === "people" ? doc.people() : doc.organizations()).json({ offset: true }) as CompromiseMatch[];
  return found.map((m) => {
    const raw = text.slice(m.offset.start, m.offset.start + m.offset.length);
    const clean = raw.replace(/['’]s$|[\s.,;:!?"“”’)]+$/u, "");
    return { span: { start: m.offset.start, end: m.offset.start + clean.length }, text: clean };
  });
}

/** The document the annotator reads: the full pipeline when it runs, else hand-built layers with compromise names. */
function documentFor(text: string): { doc: Document; pipeline: boolean } {
  try {
    return { doc: analyze(text, { mediaType: "text/plain" }), pipeline: true };
  } catch {
    const specs: EntitySpec[] = [];
    const seen = new Set<string>();
    for (const [kind, type] of [
      ["people", "person"],
      ["organizations", "organization"],
    ] as const) {
      for (const m of compromiseSpans(text, kind)) {
        if (m.text.length < 2 || seen.has(m.text)) continue;
        seen.add(m.text);
        specs.push({ name: m.text, type });
      }
    }
    return { doc: makeDoc(text, specs), pipeline: false };
  }
}

const isSpeech = (q: Quote): boolean => q.kind === "direct" || q.kind === "partial" || q.kind === "indirect";
const overlapsSpan = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The speaker as a reader would see it: the source phrase, and the entity's mention nearest the quotation. */
function predictedSpeaker(doc: Document, q: Quote): { spans: Span[]; names: string[] } {
  const spans: Span[] = q.source ? [q.source] : [];
  const names: string[] = q.source ? [doc.text.slice(q.source.start, q.source.end)] : [];
  const entity = (doc.layers.entities ?? []).find((e) => e.id === q.speaker);
  if (entity) {
    names.push(entity.name);
    const nearest = [...entity.mentions].sort((a, b) => distance(a, q) - distance(b, q))[0];
    if (nearest) spans.push(nearest);
  }
  if (q.attributedTo) names.push(q.attributedTo);
  return { spans, names };
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

interface Tally {
  exact: Prf[];
  token: Prf[];
  baseExact: Prf[];
  baseToken: Prf[];
  speaker: { right: number; total: number };
  baseSpeaker: { right: number; total: number };
  roles: Record<"source" | "cue" | "content", Prf[]>;
  /** Articles whose analysis threw, read with the fallback document instead. */
  fallbacks: number;
}

/** Quotation-mark regex: every “…” or "…" stretch is a quotation. */
const BASELINE_QUOTE = /“([^”]+)”|"([^"]+)"/g;

function baselineSpans(text: string): Span[] {
  return [...text.matchAll(BASELINE_QUOTE)].map((m) => ({
    start: (m.index ?? 0) + 1,
    end: (m.index ?? 0) + m[0].length - 1,
  }));
}

function scoreSpeakers(
  gold: readonly GoldQuote[],
  guess: (g: GoldQuote) => { spans: Span[]; names: string[] } | undefined,
  text: string,
  into: { right: number; total: number },
): void {
  for (const g of gold) {
    if (g.sources.length === 0) continue;
    const p = guess(g);
    if (p === undefined) continue;
    into.total++;
    if (speakerCorrect(text, p.spans, p.names, g.sources)) into.right++;
  }
}

function evaluateArticle(a: Article, t: Tally): void {
  const attributions = parseBrat(a.ann);
  const gold = goldDirectQuotes(a.text, attributions);
  const goldSpans = gold.map((g) => g.span);
  const { doc, pipeline } = documentFor(a.text);
  if (!pipeline) t.fallbacks++;
  const quotes = doc.layers.quotes ?? findQuotes(doc);
  const direct = quotes.filter((q) => q.kind === "direct");
  t.exact.push(exactSpanCounts(a.text, direct, goldSpans));
  t.token.push(tokenCounts(a.text, direct, goldSpans));
  const base = baselineSpans(a.text);
  t.baseExact.push(exactSpanCounts(a.text, base, goldSpans));
  t.baseToken.push(tokenCounts(a.text, base, goldSpans));

  const speech = quotes.filter((q) => q.kind === "direct" || q.kind === "partial");
  scoreSpeakers(
    gold,
    (g) => {
      const q = speech.find((s) => overlapsSpan(s, g.span));
      return q ? predictedSpeaker(doc, q) : undefined;
    },
    a.text,
    t.speaker,
  );
  const people = compromiseSpans(a.text, "people").filter((p) => !base.some((b) => overlapsSpan(b, p.span)));
  scoreSpeakers(
    gold,
    (g) => {
      if (!base.some((b) => overlapsSpan(b, g.span))) return undefined;
      const nearest = [...people].sort((x, y) => distance(x.span, g.span) - distance(y.span, g.span))[0];
      return nearest ? { spans: [nearest.span], names: [nearest.text] } : { spans: [], names: [] };
    },
    a.text,
    t.baseSpeaker,
  );

  const attributed = quotes.filter(isSpeech);
  const goldRole = (role: "source" | "cue" | "content") => attributions.flatMap((x) => x[role]);
  t.roles.source.push(
    tokenCounts(
      a.text,
      attributed.flatMap((q) => (q.source ? [q.source] : [])),
      goldRole("source"),
    ),
  );
  t.roles.cue.push(
    tokenCounts(
      a.text,
      attributed.flatMap((q) => (q.cue ? [q.cue] : [])),
      goldRole("cue"),
    ),
  );
  t.roles.content.push(tokenCounts(a.text, attributed, goldRole("content")));
}

export async function runQuotesEval(options: QuotesEvalOptions = {}): Promise<EvalRow[]> {
  const split = options.split ?? "dev";
  const articles = loadArticles(split, options.limit ?? Number.POSITIVE_INFINITY);
  const DATASET = `PolNeAR ${split}${options.limit === undefined ? "" : ` (first ${articles.length})`}`;
  const t: Tally = {
    exact: [],
    token: [],
    baseExact: [],
    baseToken: [],
    speaker: { right: 0, total: 0 },
    baseSpeaker: { right: 0, total: 0 },
    roles: { source: [], cue: [], content: [] },
    fallbacks: 0,
  };
  for (const a of articles) evaluateArticle(a, t);
  const exact = sumPrf(t.exact);
  const token = sumPrf(t.token);
  const baseExact = sumPrf(t.baseExact);
  const baseToken = sumPrf(t.baseToken);
  const acc = (s: { right: number; total: number }) => (s.total === 0 ? 0 : s.right / s.total);
  const task = "quotes";
  const regex = "quote-mark regex";
  const rows: EvalRow[] = [
    {
      task,
      dataset: DATASET,
      metric: "direct-quote span P (exact)",
      ours: exact.precision,
      peer: baseExact.precision,
      peerName: regex,
    },
    {
      task,
      dataset: DATASET,
      metric: "direct-quote span R (exact)",
      ours: exact.recall,
      peer: baseExact.recall,
      peerName: regex,
    },
    {
      task,
      dataset: DATASET,
      metric: `direct-quote span F1 (exact, gold n=${exact.tp + exact.fn})`,
      ours: exact.f1,
      peer: baseExact.f1,
      peerName: regex,
      target: 0.97,
    },
    {
      task,
      dataset: DATASET,
      metric: "direct-quote token F1 (overlap)",
      ours: token.f1,
      peer: baseToken.f1,
      peerName: regex,
    },
    {
      task,
      dataset: DATASET,
      metric: `speaker accuracy (n=${t.speaker.total})`,
      ours: acc(t.speaker),
      peer: acc(t.baseSpeaker),
      peerName: "compromise nearest person",
      target: 0.85,
    },
    { task, dataset: DATASET, metric: "attribution source token F1", ours: sumPrf(t.roles.source).f1 },
    { task, dataset: DATASET, metric: "attribution cue token F1", ours: sumPrf(t.roles.cue).f1 },
    { task, dataset: DATASET, metric: "attribution content token F1", ours: sumPrf(t.roles.content).f1, target: 0.65 },
  ];
  if (t.fallbacks > 0) {
    process.stderr.write(
      `eval-quotes: analyze() failed on ${t.fallbacks} of ${articles.length} articles; those used compromise names\n`,
    );
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // Optional: `tsx scripts/eval-quotes.ts train 200` checks the rules on articles they were not written against.
  const [split, limit] = process.argv.slice(2);
  const options: QuotesEvalOptions = {
    ...(split === "train" ? { split } : {}),
    ...(limit ? { limit: Number(limit) } : {}),
  };
  runQuotesEval(options).then((rows) => console.log(formatEvalTable(rows)));
}
