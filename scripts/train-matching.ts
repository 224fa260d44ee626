/**
 * Trains the fact-check matching re-rankers (src/factcheck/rerank.ts) on the CheckThat! TRAIN queries only:
 * snopes-2020 train tweets → models/factcheck/reranker-tweets.json, politifact-2021 train debate sentences →
 * models/factcheck/reranker-debates.json. Dev queries are never read here (`npm run eval:matching` scores them).
 * Deterministic: a rerun rewrites the same files. Run with `npx tsx scripts/train-matching.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { sharedData } from "../src/core/paths.js";
import { FactCheckIndex, type MatchWeights } from "../src/factcheck/factcheck-index.js";
import {
  type Reranker,
  type RerankerName,
  type RerankGroup,
  rerankerPath,
  trainReranker,
  undatedCopies,
} from "../src/factcheck/rerank.js";
import {
  compact,
  debateQueries,
  loadPolitifact,
  loadQrels,
  loadSnopes,
  tune,
  tweetQueries,
  withSentenceVectors,
} from "./eval-matching.js";

const DIR = join(sharedData, "claim-matching");

interface TrainingSet {
  readonly name: RerankerName;
  readonly collection: ReturnType<typeof loadSnopes>;
  readonly queries: ReturnType<typeof tweetQueries>;
  readonly qrels: Map<string, Set<string>>;
  /** Also learn from each dated query without its date (rerank.ts undatedCopies). */
  readonly undatedCopies: boolean;
  /**
   * Also learn from each query without its sentence vector, so the one model ranks well whether or not the encoder
   * ran (its semantic features are then constant over the candidates, and the other weights must carry the ranking).
   */
  readonly vectorlessCopies: boolean;
}

/**
 * The first stage: fusion weights fitted on the train queries by the eval's coordinate ascent (so the candidates
 * the re-ranker learns from are the ones it will see).
 */
function firstStage(set: TrainingSet): MatchWeights {
  const index = new FactCheckIndex(set.collection.factChecks);
  const signals = set.queries.map((q) => compact(index.signals(q.text, q.options)));
  return tune(signals, set.queries, set.collection, set.qrels, set.name === "debates");
}

/** Each train query's candidates (the fused ranking's best, plus date-window ones) with relevance flags. */
export function rerankGroups(set: TrainingSet, weights: MatchWeights): RerankGroup[] {
  const index = new FactCheckIndex(set.collection.factChecks, weights);
  const dated = set.undatedCopies ? [...set.queries, ...undatedCopies(set.queries)] : set.queries;
  const queries = set.vectorlessCopies ? [...dated, ...dated.flatMap(vectorless)] : dated;
  return queries.flatMap((q) => {
    const relevant = set.qrels.get(q.id);
    if (!relevant) return [];
    const { docs, features } = index.candidates(q.text, q.options);
    return [{ features, relevant: docs.map((d) => relevant.has(set.collection.ids[d] ?? "")) }];
  });
}

/** A copy of a query that carries a sentence vector, without it. */
function vectorless<Q extends { readonly options: { readonly vector?: Float32Array } }>(q: Q): Q[] {
  if (q.options.vector === undefined) return [];
  const { vector: _dropped, ...options } = q.options;
  return [{ ...q, options }];
}

async function trainingSets(): Promise<TrainingSet[]> {
  // With publication dates, as a ClaimReview's datePublished gives them at run time (eval-matching.ts explains),
  // and with sentence vectors, as `sift factchecks import` stores them.
  const tweets = await withSentenceVectors(loadSnopes(true), [tweetQueries("train")], "snopes-2020");
  return [
    {
      name: "tweets",
      collection: tweets.collection,
      queries: tweets.queries[0] ?? [],
      qrels: loadQrels(join(DIR, "snopes-2020", "train.qrels")),
      undatedCopies: true,
      vectorlessCopies: true,
    },
    {
      name: "debates",
      collection: loadPolitifact(),
      queries: debateQueries("train"),
      qrels: loadQrels(join(DIR, "politifact-2021", "train.qrels")),
      undatedCopies: false,
      vectorlessCopies: false,
    },
  ];
}

export async function trainAll(): Promise<Map<RerankerName, Reranker>> {
  const out = new Map<RerankerName, Reranker>();
  for (const set of await trainingSets()) {
    const weights = firstStage(set);
    const groups = rerankGroups(set, weights);
    const found = groups.filter((g) => g.relevant.some(Boolean)).length;
    console.error(`${set.name}: ${groups.length} train queries, ${found} with a relevant candidate`);
    out.set(set.name, { firstStage: weights, ...trainReranker(groups) });
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const [name, model] of await trainAll()) {
    const path = rerankerPath(name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(model)}\n`);
    console.error(`wrote ${path}`);
  }
}
