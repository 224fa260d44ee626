/**
 * NER evaluation: conlleval-style entity-level exact-match micro P/R/F1 per type and overall, on CoNLL-2003 valid
 * and WikiNEuRal dev, for Sift's tagger next to compromise (people/places/organizations → PER/LOC/ORG, run on the
 * same sentences joined with spaces), plus tokens per second of CPU time for both.
 *   npm run eval:ner
 */
import nlp from "compromise";
import { loadNerSet, type NerSet, type TaggedDocument } from "../src/annotate/ner/corpus.js";
import { loadNerModel, type NerModel } from "../src/annotate/ner/model.js";
import { type Chunk, chunksOf, NerScorer } from "../src/eval/ner-metric.js";
import { type EvalRow, formatEvalTable } from "../src/eval/report.js";

const CORE = ["PER", "ORG", "LOC"];
const TARGET_F1 = 0.91;
const TARGET_TOKENS_PER_SECOND = 100_000;

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function countTokens(docs: readonly TaggedDocument[]): number {
  return docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
}

/** Tags every document with the two-pass document tagger (as `recognize` does); predicted chunks per sentence. */
function runOurs(model: NerModel, docs: readonly TaggedDocument[]): Chunk[][] {
  return docs.flatMap((doc) =>
    model
      .tagDocument(doc.sentences.map((s) => s.words))
      .map((spans) => spans.map((c) => ({ start: c.startToken, end: c.endToken, type: c.label }))),
  );
}

interface CompromiseMatch {
  readonly offset: { readonly start: number; readonly length: number };
}

/** compromise on the sentence joined with spaces; its character spans mapped back to the tokens they overlap. */
function runCompromise(words: readonly string[]): Chunk[] {
  const text = words.join(" ");
  const starts: number[] = [];
  let pos = 0;
  for (const w of words) {
    starts.push(pos);
    pos += w.length + 1;
  }
  const doc = nlp(text);
  const chunks: Chunk[] = [];
  const add = (matches: CompromiseMatch[], type: string): void => {
    for (const m of matches) {
      const a = m.offset.start;
      const b = a + m.offset.length;
      let first = -1;
      let last = -1;
      words.forEach((w, i) => {
        const s = starts[i] ?? 0;
        if (s < b && a < s + w.length) {
          if (first < 0) first = i;
          last = i;
        }
      });
      if (first >= 0) chunks.push({ start: first, end: last + 1, type });
    }
  };
  add(doc.people().json({ offset: true }) as CompromiseMatch[], "PER");
  add(doc.organizations().json({ offset: true }) as CompromiseMatch[], "ORG");
  add(doc.places().json({ offset: true }) as CompromiseMatch[], "LOC");
  return chunks;
}

interface SetResult {
  readonly ours: NerScorer;
  readonly peer: NerScorer;
  readonly oursTps: number;
  readonly peerTps: number;
}

function evaluateSet(model: NerModel, docs: readonly TaggedDocument[]): SetResult {
  const sentences = docs.flatMap((d) => d.sentences);
  const tokens = countTokens(docs);
  runOurs(model, docs); // warm-up: JIT and the model's lazy load are not part of the speed figure
  let t0 = cpuSeconds();
  const predicted = runOurs(model, docs);
  const oursTps = tokens / Math.max(cpuSeconds() - t0, 1e-9);
  const ours = new NerScorer();
  sentences.forEach((s, i) => {
    ours.addChunks(chunksOf(s.tags), predicted[i] ?? []);
  });

  t0 = cpuSeconds();
  const peerChunks = sentences.map((s) => runCompromise(s.words));
  const peerTps = tokens / Math.max(cpuSeconds() - t0, 1e-9);
  const peer = new NerScorer();
  sentences.forEach((s, i) => {
    peer.addChunks(chunksOf(s.tags), peerChunks[i] ?? []);
  });
  return { ours, peer, oursTps, peerTps };
}

const SETS: readonly { set: NerSet; name: string }[] = [
  { set: "conll-valid", name: "CoNLL-2003 valid" },
  { set: "wikineural-dev", name: "WikiNEuRal dev" },
];

export async function runNerEval(): Promise<EvalRow[]> {
  const model = loadNerModel();
  const rows: EvalRow[] = [];
  for (const { set, name } of SETS) {
    const r = evaluateSet(model, loadNerSet(set));
    const isConll = set === "conll-valid";
    const row = (metric: string, types: string[] | undefined, withPeer: boolean, target?: number): EvalRow => ({
      task: "ner",
      dataset: name,
      metric,
      ours: r.ours.score(types).f1,
      ...(withPeer ? { peer: r.peer.score(types).f1, peerName: "compromise" } : {}),
      ...(target !== undefined ? { target, higherIsBetter: true } : {}),
    });
    const core = r.ours.score(CORE);
    const peerCore = r.peer.score(CORE);
    rows.push(row("F1 PER/ORG/LOC", CORE, true, isConll ? TARGET_F1 : undefined));
    rows.push({
      task: "ner",
      dataset: name,
      metric: "P PER/ORG/LOC",
      ours: core.precision,
      peer: peerCore.precision,
      peerName: "compromise",
    });
    rows.push({
      task: "ner",
      dataset: name,
      metric: "R PER/ORG/LOC",
      ours: core.recall,
      peer: peerCore.recall,
      peerName: "compromise",
    });
    for (const t of CORE) rows.push(row(`F1 ${t}`, [t], true));
    rows.push(row("F1 MISC (compromise has none)", ["MISC"], false));
    rows.push(row("F1 all four incl. MISC", undefined, false));
    rows.push({
      task: "ner",
      dataset: name,
      metric: "tokens/s (CPU, one core)",
      ours: r.oursTps,
      peer: r.peerTps,
      peerName: "compromise",
      ...(isConll ? { target: TARGET_TOKENS_PER_SECOND, higherIsBetter: true } : {}),
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatEvalTable(await runNerEval()));
}
