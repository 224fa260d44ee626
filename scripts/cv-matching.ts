/**
 * 4-fold cross-validation of the tweets re-ranker recipe (scripts/train-matching.ts) over the 797 snopes-2020 TRAIN
 * tweets, the measure that re-ranker changes are decided on (dev is the check; 195 dev tweets move MAP@5 by 0.005
 * each). The first stage is the shipped one (models/factcheck/reranker-tweets.json `firstStage`), so every fold sees
 * the same candidates; folds are by query (position modulo 4), a query and its copies always in one fold. Each fold's
 * re-ranker is trained exactly as train-matching.ts trains the shipped one (each tweet dated and undated, with and
 * without its sentence vector) and scores the held-out tweets with their vectors in the eval's two variants: the
 * fact-checks with their publication dates (from snopes-2022), and without them. MAP@5 is over each tweet's
 * candidates (a gold fact-check outside them counts as missed). Run with
 * `SIFT_VECTOR_CACHE=… npx tsx scripts/cv-matching.ts` (~10 minutes on one core).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { sharedData } from "../src/core/paths.js";
import { averagePrecisionAt, mean } from "../src/eval/ranking-metric.js";
import { FactCheckIndex, type MatchOptions, topK } from "../src/factcheck/factcheck-index.js";
import {
  loadReranker,
  type RerankGroup,
  rerankerPath,
  rerankScores,
  trainReranker,
  undatedCopies,
} from "../src/factcheck/rerank.js";
import { loadQrels, loadSnopes, tweetQueries, withSentenceVectors } from "./eval-matching.js";

const DIR = join(sharedData, "claim-matching");
export const CV_FOLDS = 4;

interface Query {
  readonly id: string;
  readonly text: string;
  readonly options: MatchOptions;
}

/** The query without its sentence vector (train-matching.ts trains on such copies too). */
const vectorless = (q: Query): Query[] => {
  if (q.options.vector === undefined) return [];
  const { vector: _dropped, ...options } = q.options;
  return [{ ...q, options }];
};

/** One held-out group: the candidates' features, relevance flags and how many relevant fact-checks exist. */
interface TestGroup extends RerankGroup {
  readonly totalRelevant: number;
}

export async function crossValidate(): Promise<{ dated: number; undated: number }> {
  const tweets = await withSentenceVectors(loadSnopes(true), [tweetQueries("train")], "snopes-2020");
  const queries = tweets.queries[0] ?? [];
  const ids = tweets.collection.ids;
  const qrels = loadQrels(join(DIR, "snopes-2020", "train.qrels"));
  const firstStage = loadReranker(rerankerPath("tweets")).firstStage ?? {};
  const dated = new FactCheckIndex(tweets.collection.factChecks, firstStage);
  // The eval's undated variant: the same fact-checks and vectors, without publication dates.
  const undated = new FactCheckIndex(
    loadSnopes(false).factChecks.map((f, i) => ({ ...f, vector: tweets.collection.factChecks[i]?.vector })),
    firstStage,
  );
  const group = (index: FactCheckIndex, q: Query): TestGroup | undefined => {
    const relevant = qrels.get(q.id);
    if (!relevant) return undefined;
    const { docs, features } = index.candidates(q.text, q.options);
    return { features, relevant: docs.map((d) => relevant.has(ids[d] ?? "")), totalRelevant: relevant.size };
  };
  const train: RerankGroup[][] = Array.from({ length: CV_FOLDS }, () => []);
  const test = Array.from({ length: CV_FOLDS }, () => ({ dated: [] as TestGroup[], undated: [] as TestGroup[] }));
  queries.forEach((q, i) => {
    const fold = i % CV_FOLDS;
    const copies = [q, ...undatedCopies([q])];
    for (const c of [...copies, ...copies.flatMap(vectorless)]) {
      const g = group(dated, c);
      if (g) train[fold]?.push(g);
    }
    const d = group(dated, q);
    const u = group(undated, q);
    if (d) test[fold]?.dated.push(d);
    if (u) test[fold]?.undated.push(u);
  });
  const ap = { dated: [] as number[], undated: [] as number[] };
  for (let fold = 0; fold < CV_FOLDS; fold++) {
    const model = trainReranker(train.filter((_, f) => f !== fold).flat());
    for (const kind of ["dated", "undated"] as const)
      for (const g of test[fold]?.[kind] ?? []) {
        const scores = rerankScores(model, g.features);
        const flags = topK(scores, 5).map((c) => g.relevant[c] ?? false);
        ap[kind].push(averagePrecisionAt(flags, g.totalRelevant, 5));
      }
    console.error(`fold ${fold + 1}/${CV_FOLDS} done`);
  }
  return { dated: mean(ap.dated), undated: mean(ap.undated) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const r = await crossValidate();
  console.log(`4-fold CV over the snopes-2020 train tweets, MAP@5 over the candidates, with vectors:`);
  console.log(`  fact-checks dated ${r.dated.toFixed(4)}, undated ${r.undated.toFixed(4)}`);
}
