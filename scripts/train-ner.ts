/**
 * Trains the NER tagger and writes models/ner/. Deterministic: fixed seed, fixed document order per epoch.
 *   npm run train:ner                        # the shipped model
 *   npm run train:ner -- --no-save --wiki --wiki-weight 0.25   # experiments; --out DIR writes elsewhere
 */
import { join } from "node:path";
import { loadNerSet, type TaggedDocument } from "../src/annotate/ner/corpus.js";
import { createDocContext } from "../src/annotate/ner/doc-context.js";
import { parseGazetteer } from "../src/annotate/ner/gazetteer.js";
import { buildGazetteerLines, commonWordLines, trainingEntityLines } from "../src/annotate/ner/gazetteer-sources.js";
import { tagId } from "../src/annotate/ner/labels.js";
import { decode, type Weights } from "../src/annotate/ner/tagger.js";
import { tagDocuments, train } from "../src/annotate/ner/trainer.js";
import { readModel, saveModel } from "../src/annotate/ner/weights-file.js";
import { modelsDir } from "../src/core/paths.js";
import { NerScorer } from "../src/eval/ner-metric.js";

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

/** Defaults of the shipped model (chosen on CoNLL-2003 valid). */
const EPOCHS = option("epochs", 24);
const BITS = option("bits", 21);
const SEED = option("seed", 20031);
/** Update size for WikiNEuRal sentences (with --wiki): silver Wikipedia text, another domain than the target. */
const WIKI_WEIGHT = option("wiki-weight", 1);
const CORE_TYPES = ["PER", "ORG", "LOC"];

function score(docs: readonly TaggedDocument[], weights: Weights): NerScorer {
  const scorer = new NerScorer();
  const predicted = tagDocuments(docs, weights);
  docs.forEach((doc, d) => {
    for (const [i, s] of doc.sentences.entries()) scorer.add(s.tags, predicted[d]?.[i] ?? []);
  });
  return scorer;
}

/** Temperature minimising the dev log-loss of the chosen tokens' labels, so span scores read as probabilities. */
function fitTemperature(docs: readonly TaggedDocument[], weights: Weights): number {
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (const t of [0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32]) {
    let loss = 0;
    let n = 0;
    for (const doc of docs) {
      const ctx = createDocContext(doc.sentences.map((s) => s.words));
      for (const s of doc.sentences) {
        const { labels, probs } = decode(s.words, ctx, weights, t);
        labels.forEach((l, i) => {
          const p = Math.min(Math.max(probs[i] ?? 0, 1e-6), 1 - 1e-6);
          loss -= l === tagId(s.tags[i] ?? "O") ? Math.log(p) : Math.log(1 - p);
          n++;
        });
      }
    }
    if (loss / n < bestLoss) {
      bestLoss = loss / n;
      best = t;
    }
  }
  return best;
}

const started = Date.now();
const conllTrain = loadNerSet("conll-train");
const dev = loadNerSet("conll-valid");
const wikiDev = flag("wiki-dev") ? loadNerSet("wikineural-dev") : undefined;
const trainDocs = flag("wiki") ? [...conllTrain, ...loadNerSet("wikineural-train")] : conllTrain;
/** Training documents are split into this many folds; each fold's gazetteer holds the entities of the others. */
const FOLDS = option("folds", 5);
const externalLines = [
  ...(flag("no-gaz") ? [] : buildGazetteerLines()),
  // Tried: lower-case words of the training text as a list; it did not help dev F1, so it is opt-in.
  ...(flag("common-words") ? commonWordLines(conllTrain) : []),
];
const useTrainGaz = flag("train-gaz");
const gazetteerLines = [...externalLines, ...(useTrainGaz ? trainingEntityLines(trainDocs) : [])];
const gazetteer = gazetteerLines.length === 0 ? undefined : parseGazetteer(gazetteerLines.join("\n"));
const foldGazetteers = Array.from({ length: FOLDS }, (_, k) => {
  const others = trainDocs.filter((_, d) => d % FOLDS !== k);
  const lines = [...externalLines, ...(useTrainGaz ? trainingEntityLines(others) : [])];
  return lines.length === 0 ? undefined : parseGazetteer(lines.join("\n"));
});
console.log(
  `gazetteer: ${externalLines.length} listed phrases, ${gazetteerLines.length - externalLines.length} from training`,
);
console.log(`train: ${trainDocs.length} documents; dev: ${dev.length} documents; epochs ${EPOCHS}, 2^${BITS} buckets`);

const result = train(trainDocs, {
  bits: BITS,
  gazetteer,
  gazetteerFor: (d) => foldGazetteers[d % FOLDS],
  docWeight: (d) => (d < conllTrain.length ? 1 : WIKI_WEIGHT),
  epochs: EPOCHS,
  seed: SEED,
  onEpoch: (epoch, averaged, stats) => {
    const s = score(dev, averaged);
    const core = s.score(CORE_TYPES);
    const all = s.score();
    const secs = ((Date.now() - started) / 1000).toFixed(0);
    const wiki =
      wikiDev === undefined
        ? ""
        : `; WikiNEuRal dev PER/ORG/LOC ${score(wikiDev, averaged).score(CORE_TYPES).f1.toFixed(4)}`;
    console.log(
      `epoch ${epoch}: train token error ${(stats.errors / stats.tokens).toFixed(4)}; dev F1 PER/ORG/LOC ${core.f1.toFixed(4)}, all four ${all.f1.toFixed(4)}${wiki} (${secs}s)`,
    );
    return core.f1;
  },
});
console.log(`best epoch ${result.bestEpoch}: dev F1 PER/ORG/LOC ${result.bestScore.toFixed(4)}`);

if (!flag("no-save")) {
  const temperature = fitTemperature(dev, result.weights);
  const out = args.indexOf("--out");
  const dir = out >= 0 ? (args[out + 1] ?? "") : join(modelsDir, "ner");
  saveModel(dir, result.weights, gazetteerLines.length > 0 ? gazetteerLines : undefined, {
    temperature,
    trainedOn: flag("wiki") ? ["conll2003/train", "wikineural-en-val.train"] : ["conll2003/train"],
    tunedOn: "conll2003/valid",
    epochs: EPOCHS,
    bestEpoch: result.bestEpoch,
    seed: SEED,
  });
  // Score the file as shipped (after Int16 quantisation), not the in-memory weights.
  const shipped = readModel(dir).weights;
  const s = score(dev, shipped);
  const line = (t?: string[]): string => {
    const r = s.score(t);
    return `P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)} F1 ${r.f1.toFixed(4)}`;
  };
  console.log(`saved ${dir} (temperature ${temperature}); shipped weights on CoNLL-2003 valid:`);
  for (const t of ["PER", "ORG", "LOC", "MISC"]) console.log(`  ${t.padEnd(5)} ${line([t])}`);
  console.log(`  PER/ORG/LOC ${line(CORE_TYPES)}\n  all four    ${line()}`);
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)}s`);
