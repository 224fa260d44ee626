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
import { encoderText, factCheckText } from "../src/factcheck/text.js";
import {
  type Collection,
  compact,
  debateQueries,
  loadPolitifact,
  loadQrels,
  loadSnopes,
  type Query,
  tune,
  tweetQueries,
} from "./eval-matching.js";
import { CROSS_FIT_FOLDS, crossFitEncoderName, storedVectors } from "./sentence-vectors.js";

const DIR = join(sharedData, "claim-matching");

/** Train queries and the collection with the vectors they are scored against. */
interface Part {
  readonly collection: Collection;
  readonly queries: Query[];
}

interface TrainingSet {
  readonly name: RerankerName;
  /** One part, or one per cross-fitted encoder (each with its own fold of the queries: crossFittedTweets). */
  readonly parts: readonly Part[];
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
  const signals = set.parts.flatMap((part) => {
    const index = new FactCheckIndex(part.collection.factChecks);
    return part.queries.map((q) => compact(index.signals(q.text, q.options)));
  });
  const queries = set.parts.flatMap((part) => part.queries);
  // Every part holds the same fact-checks in the same order (only their vectors differ), and tune reads their ids.
  const ids = set.parts[0]?.collection ?? { ids: [], factChecks: [] };
  return tune(signals, queries, ids, set.qrels, set.name === "debates");
}

/** Each train query's candidates (the fused ranking's best, plus date-window ones) with relevance flags. */
export function rerankGroups(set: TrainingSet, weights: MatchWeights): RerankGroup[] {
  return set.parts.flatMap(({ collection, queries: asked }) => {
    const index = new FactCheckIndex(collection.factChecks, weights);
    const dated = set.undatedCopies ? [...asked, ...undatedCopies(asked)] : asked;
    const queries = set.vectorlessCopies ? [...dated, ...dated.flatMap(vectorless)] : dated;
    return queries.flatMap((q) => {
      const relevant = set.qrels.get(q.id);
      if (!relevant) return [];
      const { docs, features } = index.candidates(q.text, q.options);
      return [{ features, relevant: docs.map((d) => relevant.has(collection.ids[d] ?? "")) }];
    });
  });
}

/** A copy of a query that carries a sentence vector, without it. */
function vectorless<Q extends { readonly options: { readonly vector?: Float32Array } }>(q: Q): Q[] {
  if (q.options.vector === undefined) return [];
  const { vector: _dropped, ...options } = q.options;
  return [{ ...q, options }];
}

/**
 * The train tweets with cross-fitted vectors: each tweet, and the fact-checks it is scored against, as encoded by the
 * fold's encoder that was fine-tuned without that tweet (scripts/python/train_matching_encoder.py writes them). The
 * shipped encoder was fine-tuned on all of these tweets, so its own cosines for them are better than a new claim's
 * (MAP@5 by cosine alone: 0.730 on the train tweets against 0.645 on dev), and a re-ranker fitted on those would
 * lean on the cosine more than the cosine deserves at run time.
 */
export function crossFittedTweets(collection: Collection, tweets: readonly Query[]): Part[] {
  const docTexts = collection.factChecks.map(factCheckText);
  const tweetTexts = tweets.map((q) => encoderText(q.text));
  const parts: Part[] = [];
  const covered = new Set<number>();
  for (let fold = 0; fold < CROSS_FIT_FOLDS; fold++) {
    const name = crossFitEncoderName(fold);
    const docVectors = storedVectors(docTexts, name);
    const tweetVectors = storedVectors(tweetTexts, name);
    const missing = docVectors.indexOf(undefined);
    if (missing >= 0) throw new Error(`${name}: no stored vector of fact-check ${collection.ids[missing]}`);
    const factChecks = collection.factChecks.map((f, i) => ({ ...f, vector: docVectors[i] }));
    const queries = tweets.flatMap((q, i) => {
      const vector = tweetVectors[i];
      if (vector === undefined) return [];
      covered.add(i);
      return [{ ...q, options: { ...q.options, vector } }];
    });
    parts.push({ collection: { ids: collection.ids, factChecks }, queries });
  }
  if (covered.size !== tweets.length) {
    throw new Error(`the cross-fitted vectors cover ${covered.size} of ${tweets.length} train tweets`);
  }
  return parts;
}

function trainingSets(): TrainingSet[] {
  // With publication dates, as a ClaimReview's datePublished gives them at run time (eval-matching.ts explains),
  // and with sentence vectors, as `sift factchecks import` stores them (cross-fitted for the train tweets).
  return [
    {
      name: "tweets",
      parts: crossFittedTweets(loadSnopes(true), tweetQueries("train")),
      qrels: loadQrels(join(DIR, "snopes-2020", "train.qrels")),
      undatedCopies: true,
      vectorlessCopies: true,
    },
    {
      name: "debates",
      parts: [{ collection: loadPolitifact(), queries: debateQueries("train") }],
      qrels: loadQrels(join(DIR, "politifact-2021", "train.qrels")),
      undatedCopies: false,
      vectorlessCopies: false,
    },
  ];
}

export async function trainAll(): Promise<Map<RerankerName, Reranker>> {
  const out = new Map<RerankerName, Reranker>();
  for (const set of trainingSets()) {
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
