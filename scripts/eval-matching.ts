/**
 * `npm run eval:matching`: retrieval of previously fact-checked claims on CheckThat! data (../shared/data/claim-matching):
 * snopes-2020 dev tweets → 10,375 Snopes claims, and politifact-2021 dev debate sentences → 19,250 PolitiFact claims
 * (with the neighbouring transcript lines as context, the speaker as claimant and the debate date). Fusion weights
 * are tuned by a small grid search on each set's train queries, then the dev queries are scored once with them; a
 * plain BM25 (lower-cased words, no stemming, no stop list, claim + title) runs in the same pass as the baseline.
 * The headline rows score the learned re-ranker (models/factcheck, trained on the same train queries by
 * scripts/train-matching.ts) over its first stage; the tuned fused score alone is in an extra row.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { sharedData } from "../src/core/paths.js";
import { averagePrecisionAt, mean, reciprocalRank } from "../src/eval/ranking-metric.js";
import { type EvalRow, formatEvalTable } from "../src/eval/report.js";
import {
  DEFAULT_MATCH_WEIGHTS,
  FactCheckIndex,
  fuse,
  type MatchOptions,
  type MatchSignals,
  type MatchWeights,
  topK,
} from "../src/factcheck/factcheck-index.js";
import { loadReranker, type RerankerName, rerankerPath } from "../src/factcheck/rerank.js";
import { Bm25 } from "../src/factcheck/retrieval.js";
import { embedDate, encoderText, factCheckText } from "../src/factcheck/text.js";
import type { FactCheck } from "../src/factcheck/types.js";
import { sentenceVectors } from "./sentence-vectors.js";

const DIR = join(sharedData, "claim-matching");

/** Splits TSV with CSV-style quoting ("…" fields, "" for a quote inside), as pandas wrote these files. */
export function parseQuotedTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === "\t") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const readGz = (path: string): string => gunzipSync(readFileSync(path)).toString("utf8");

export interface Query {
  readonly id: string;
  readonly text: string;
  readonly options: MatchOptions;
}

export interface Collection {
  readonly ids: string[];
  readonly factChecks: FactCheck[];
}

function loadQueries(path: string): { id: string; text: string }[] {
  return parseQuotedTsv(readFileSync(path, "utf8"))
    .slice(1)
    .filter((r) => r.length >= 2)
    .map(([id = "", text = ""]) => ({ id, text }));
}

export function loadQrels(path: string): Map<string, Set<string>> {
  const qrels = new Map<string, Set<string>>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const [q, , doc, rel] = line.trim().split(/\t/);
    if (q === undefined || doc === undefined || rel === "0") continue;
    const set = qrels.get(q) ?? new Set<string>();
    set.add(doc);
    qrels.set(q, set);
  }
  return qrels;
}

/**
 * Publication dates of Snopes fact-checks, from the snopes-2022 collection (the same fact-checks under another id
 * scheme, with a `date` field), keyed by the claim text. Only the fact-checks' own metadata is taken: no query, no
 * label. 2020 v3 ships no dates; about 70% of its claims appear in the 2022 file word for word.
 */
function snopesDates(): Map<string, string> {
  const dates = new Map<string, string>();
  for (const line of readGz(join(DIR, "snopes-2022", "vclaims.jsonl.gz")).split("\n")) {
    if (line.trim() === "") continue;
    const r = JSON.parse(line) as Record<string, string>;
    const t = Date.parse(`${r.date ?? ""} UTC`);
    if (r.vclaim && !Number.isNaN(t)) dates.set(r.vclaim.trim(), new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

export function loadSnopes(withDates = false): Collection {
  const rows = parseQuotedTsv(readGz(join(DIR, "snopes-2020", "vclaims.tsv.gz"))).slice(1);
  const dates = withDates ? snopesDates() : new Map<string, string>();
  const ids: string[] = [];
  const factChecks: FactCheck[] = [];
  for (const [id = "", claim = "", title = ""] of rows) {
    if (claim === "") continue;
    ids.push(id);
    const date = dates.get(claim.trim());
    factChecks.push({
      url: `snopes:${id}`,
      claimReviewed: claim,
      title,
      rating: "",
      publisher: "Snopes",
      ...(date ? { date } : {}),
    });
  }
  return { ids, factChecks };
}

/** "stated on October 22, 2019 in a campaign mailer.:" → 2019-10-22. */
function statedDate(s: string): string | undefined {
  const m = /stated on (\w+ \d{1,2}, \d{4})/.exec(s);
  if (!m?.[1]) return undefined;
  const t = Date.parse(`${m[1]} UTC`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

export function loadPolitifact(): Collection {
  const ids: string[] = [];
  const factChecks: FactCheck[] = [];
  for (const line of readGz(join(DIR, "politifact-2021", "vclaims.jsonl.gz")).split("\n")) {
    if (line.trim() === "") continue;
    const r = JSON.parse(line) as Record<string, string>;
    ids.push(r.vclaim_id ?? "");
    factChecks.push({
      url: `https://www.politifact.com${r.url ?? ""}`,
      claimReviewed: r.vclaim ?? "",
      title: r.title,
      rating: r.truth_label ?? "",
      publisher: "PolitiFact",
      claimant: r.speaker,
      claimDate: statedDate(r.date ?? ""),
    });
  }
  return { ids, factChecks };
}

/** Lines before and after a debate sentence that the context may use. */
const CONTEXT_BEFORE = 2;
const CONTEXT_AFTER = 1;

export function debateQueries(split: string): Query[] {
  const transcripts = new Map<string, { speaker: string; text: string }>();
  for (const line of readGz(join(DIR, "politifact-2021", "transcripts.tsv.gz"))
    .split("\n")
    .slice(1)) {
    const [debate, no, speaker = "", text = ""] = line.split("\t");
    if (debate && no) transcripts.set(`${debate}_${no}`, { speaker, text });
  }
  return loadQueries(join(DIR, "politifact-2021", `${split}.queries.tsv`)).map(({ id, text }) => {
    const m = /^(.*)_(\d+)$/.exec(id);
    const debate = m?.[1] ?? "";
    const no = Number(m?.[2] ?? 0);
    const width = m?.[2]?.length ?? 4;
    const at = (k: number) => transcripts.get(`${debate}_${String(k).padStart(width, "0")}`);
    const context: string[] = [];
    for (let k = no - CONTEXT_BEFORE; k <= no + CONTEXT_AFTER; k++) if (k !== no) context.push(at(k)?.text ?? "");
    const ymd = /^(\d{4})(\d{2})(\d{2})/.exec(debate);
    return {
      id,
      text,
      options: {
        context: context.join(" "),
        claimant: at(no)?.speaker,
        date: ymd ? `${ymd[1]}-${ymd[2]}-${ymd[3]}` : undefined,
      },
    };
  });
}

export const tweetQueries = (split: string): Query[] =>
  loadQueries(join(DIR, "snopes-2020", `${split}.queries.tsv`)).map((q) => ({
    ...q,
    options: { date: embedDate(q.text) },
  }));

/**
 * The collection and queries with sentence-encoder vectors (src/factcheck/sentence-encoder.ts), as `sift factchecks
 * import` stores them for fact-checks and the factchecks stage computes them for claims. A tweet is encoded as
 * text.ts encoderText cleans it (no signature, links, handles' "@", emoji or capitals).
 */
export async function withSentenceVectors(
  c: Collection,
  queries: readonly Query[][],
  label: string,
): Promise<{ collection: Collection; queries: Query[][] }> {
  const docVectors = await sentenceVectors(c.factChecks.map(factCheckText), `${label} fact-checks`, "matching");
  const factChecks = c.factChecks.map((f, i) => ({ ...f, vector: docVectors[i] }));
  const withVectors: Query[][] = [];
  for (const qs of queries) {
    const vectors = await sentenceVectors(
      qs.map((q) => encoderText(q.text)),
      `${label} queries`,
      "matching",
    );
    withVectors.push(qs.map((q, i) => ({ ...q, options: { ...q.options, vector: vectors[i] } })));
  }
  return { collection: { ids: c.ids, factChecks }, queries: withVectors };
}

/** The query without its sentence vector: what matching does when the encoder is not used. */
const withoutVector = (q: Query): Query => {
  const { vector: _dropped, ...options } = q.options;
  return { ...q, options };
};

interface Scores {
  map5: number;
  mrr: number;
  p1: number;
}

function evaluate(
  rankings: readonly number[][],
  queries: readonly Query[],
  ids: readonly string[],
  qrels: Map<string, Set<string>>,
): Scores {
  const ap: number[] = [];
  const rr: number[] = [];
  const p1: number[] = [];
  queries.forEach((q, n) => {
    const relevant = qrels.get(q.id);
    if (!relevant) return;
    const flags = (rankings[n] ?? []).map((i) => relevant.has(ids[i] ?? ""));
    ap.push(averagePrecisionAt(flags, relevant.size, 5));
    rr.push(reciprocalRank(flags));
    p1.push(flags[0] ? 1 : 0);
  });
  return { map5: mean(ap), mrr: mean(rr), p1: mean(p1) };
}

/** Ranks kept per query: enough for MRR to be meaningful (a relevant item below 100 counts as ~0 anyway). */
const DEPTH = 100;

/**
 * First stage: the union of the best documents by BM25, character n-grams and coverage; the fused score re-ranks
 * only these (a document outside all three lists has next to no text in common with the query).
 */
const CANDIDATES = 400;

interface Compact {
  readonly docs: number[];
  readonly signals: MatchSignals;
}

export function compact(s: MatchSignals): Compact {
  const docs = [
    ...new Set([...topK(s.lexical, CANDIDATES), ...topK(s.chars, CANDIDATES), ...topK(s.coverage, CANDIDATES)]),
  ];
  const pick = <A extends Float64Array | Uint8Array>(a: A, make: (n: number) => A): A => {
    const out = make(docs.length);
    docs.forEach((d, i) => {
      out[i] = a[d] ?? 0;
    });
    return out;
  };
  const f = (n: number) => new Float64Array(n);
  const u = (n: number) => new Uint8Array(n);
  return {
    docs,
    signals: {
      lexical: pick(s.lexical, f),
      bigram: pick(s.bigram, f),
      chars: pick(s.chars, f),
      coverage: pick(s.coverage, f),
      media: pick(s.media, u),
      context: s.context ? pick(s.context, f) : undefined,
      numberOverlap: pick(s.numberOverlap, u),
      nameOverlap: pick(s.nameOverlap, u),
      claimant: pick(s.claimant, u),
      date: pick(s.date, f),
      month: pick(s.month, f),
    },
  };
}

const rank = (c: Compact, w: MatchWeights, k: number): number[] =>
  topK(fuse(c.signals, w), k).map((i) => c.docs[i] ?? -1);

/** Values tried for each weight (BM25 stays at 1: the scale is relative to it). */
const GRID: Readonly<Partial<Record<keyof MatchWeights, readonly number[]>>> = {
  bigram: [0, 0.15, 0.3, 0.6, 1],
  chars: [0, 0.5, 1, 2, 3],
  coverage: [0, 0.25, 0.5, 1, 2],
  media: [0, 0.05, 0.1, 0.2, 0.4],
  number: [0, 0.05, 0.15, 0.3],
  name: [0, 0.03, 0.1, 0.2],
  month: [0, 0.1, 0.2, 0.4, 0.8],
  context: [0, 0.15, 0.3, 0.6],
  claimant: [0, 0.15, 0.3, 0.6],
  date: [0, 0.15, 0.3, 0.6, 1, 1.5],
  dateWindowDays: [7, 14, 30, 60],
};
/** Weights that only debates can use (tweets come without context, claimant or claim date). */
const DEBATE_ONLY: ReadonlySet<string> = new Set(["context", "claimant"]);
/** A change must gain this much train MAP@5 (about one query in 500) to be kept: stops the fit chasing noise. */
const MIN_GAIN = 0.002;
/** Coordinate-ascent passes over the weights: two are enough for the fit to stop moving. */
const PASSES = 2;

/** Coordinate ascent on train MAP@5, one weight at a time, from the defaults (deterministic order). */
export function tune(
  signals: readonly Compact[],
  queries: readonly Query[],
  c: Collection,
  qrels: Map<string, Set<string>>,
  debates: boolean,
): MatchWeights {
  const score = (w: MatchWeights) =>
    evaluate(
      signals.map((s) => rank(s, w, 5)),
      queries,
      c.ids,
      qrels,
    ).map5;
  let w: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, bm25: 1 };
  if (!debates) w = { ...w, context: 0, claimant: 0 };
  let best = score(w);
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [key, values] of Object.entries(GRID)) {
      if (!debates && DEBATE_ONLY.has(key)) continue;
      for (const v of values ?? []) {
        const candidate = { ...w, [key]: v };
        const s = score(candidate);
        if (s > best + MIN_GAIN) {
          best = s;
          w = candidate;
        }
      }
    }
  }
  console.error(`train MAP@5 ${best.toFixed(3)}`);
  return w;
}

const plainTerms = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function runSet(
  name: string,
  c: Collection,
  train: Query[],
  dev: Query[],
  qrelsDir: string,
  debates: boolean,
  reranker: RerankerName,
  headline: "re-ranked" | "fusion",
): EvalRow[] {
  const trainQrels = loadQrels(join(qrelsDir, "train.qrels"));
  const devQrels = loadQrels(join(qrelsDir, "dev.qrels"));
  const index = new FactCheckIndex(c.factChecks);
  const weights = tune(
    train.map((q) => compact(index.signals(q.text, q.options))),
    train,
    c,
    trainQrels,
    debates,
  );
  console.error(`${name}: weights tuned on train ${JSON.stringify(weights)}`);
  const ours = evaluate(
    dev.map((q) => rank(compact(index.signals(q.text, q.options)), weights, DEPTH)),
    dev,
    c.ids,
    devQrels,
  );
  // The re-ranker trained on the train queries (scripts/train-matching.ts) over its own first stage.
  const reranked = new FactCheckIndex(c.factChecks, {}, loadReranker(rerankerPath(reranker)));
  const second = evaluate(
    dev.map((q) => reranked.rank(q.text, DEPTH, q.options).map((r) => r.doc)),
    dev,
    c.ids,
    devQrels,
  );
  // With sentence vectors, also the same re-ranker on the words alone (no claim vector: semantic features are 0).
  const hasVectors = dev.some((q) => q.options.vector !== undefined);
  const lexicalOnly = hasVectors
    ? evaluate(
        dev.map(withoutVector).map((q) => reranked.rank(q.text, DEPTH, q.options).map((r) => r.doc)),
        dev,
        c.ids,
        devQrels,
      )
    : undefined;
  const plain = new Bm25(c.factChecks.map((f) => plainTerms(`${f.claimReviewed} ${f.title ?? ""}`)));
  const base = evaluate(
    dev.map((q) => topK(plain.score(plainTerms(q.text)), DEPTH)),
    dev,
    c.ids,
    devQrels,
  );
  const target = debates ? 0.45 : 0.93;
  const task = "fact-check matching";
  const peerName = "plain BM25";
  const [main, other] = headline === "re-ranked" ? [second, ours] : [ours, second];
  const otherName = headline === "re-ranked" ? "fusion only (no re-ranker)" : `with the ${reranker} re-ranker`;
  return [
    { task, dataset: name, metric: "MAP@5", ours: main.map5, peer: base.map5, peerName, target },
    { task, dataset: name, metric: "MRR", ours: main.mrr, peer: base.mrr, peerName },
    { task, dataset: name, metric: "P@1", ours: main.p1, peer: base.p1, peerName },
    { task, dataset: name, metric: `MAP@5, ${otherName}`, ours: other.map5, peer: base.map5, peerName },
    ...(lexicalOnly
      ? [
          {
            task,
            dataset: name,
            metric: "MAP@5, re-ranked without sentence vectors",
            ours: lexicalOnly.map5,
            peer: base.map5,
            peerName,
          },
        ]
      : []),
  ];
}

export async function runMatchingEval(): Promise<EvalRow[]> {
  const tweets = await withSentenceVectors(loadSnopes(), [tweetQueries("train"), tweetQueries("dev")], "snopes-2020");
  const [train = [], dev = []] = tweets.queries;
  const datedSnopes = loadSnopes(true);
  // The same fact-checks with their dates: the vectors do not depend on them.
  const datedWithVectors: Collection = {
    ids: datedSnopes.ids,
    factChecks: datedSnopes.factChecks.map((f, i) => ({ ...f, vector: tweets.collection.factChecks[i]?.vector })),
  };
  const snopes = runSet(
    "snopes-2020 dev tweets (195)",
    tweets.collection,
    train,
    dev,
    join(DIR, "snopes-2020"),
    false,
    "tweets",
    "re-ranked",
  );
  const snopesDated = runSet(
    "snopes-2020 dev tweets + fact-check dates (from snopes-2022)",
    datedWithVectors,
    train,
    dev,
    join(DIR, "snopes-2020"),
    false,
    "tweets",
    "re-ranked",
  );
  const politifact = runSet(
    "politifact-2021 dev debates (140)",
    loadPolitifact(),
    debateQueries("train"),
    debateQueries("dev"),
    join(DIR, "politifact-2021"),
    true,
    "debates",
    "re-ranked",
  );
  return [...snopes, ...snopesDated, ...politifact];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log(formatEvalTable(await runMatchingEval()));
}
