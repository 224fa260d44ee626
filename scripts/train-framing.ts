/**
 * Trains Sift's propaganda models on the PTC training articles and writes models/framing/propaganda.json.gz.
 * `npm run train:framing`. Deterministic (seeded shuffles, fixed hash); the held-out fifth is never read here.
 * Steps: fit both span classifiers on the fitting articles, pick the thresholds on the tuning slice, then refit on
 * fitting + tuning articles with those thresholds; fit the technique classifier on all training articles.
 */
import { saveFramingModels } from "../src/annotate/framing/model-store.js";
import { isHeldOut, isTuneArticle, loadPtc } from "../src/annotate/framing/ptc.js";
import {
  SENTENCE_TRAINING,
  SI_DIM,
  spanScorerModel,
  TC_DIM,
  TECHNIQUE_TRAINING,
  TOKEN_TRAINING,
  trainSpanWeights,
  trainTechniqueModel,
  tuneThresholds,
} from "../src/annotate/framing/train.js";

const started = Date.now();
const all = loadPtc();
const training = all.filter((a) => !isHeldOut(a.id));
const fitting = training.filter((a) => !isTuneArticle(a.id));
const tuning = training.filter((a) => isTuneArticle(a.id));
console.log(
  `PTC: ${all.length} articles; training ${training.length} (fitting ${fitting.length}, tuning ${tuning.length}); held out ${all.length - training.length}`,
);

const choices = tuneThresholds(trainSpanWeights(fitting), tuning);
const best = choices[0];
if (!best) throw new Error("no threshold was scored");
console.log("tuning slice, best thresholds:");
for (const c of choices.slice(0, 5)) {
  console.log(
    `  sentence ≥ ${c.sentenceThreshold}, token ≥ ${c.tokenThreshold}: P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)} F1 ${c.f1.toFixed(3)}`,
  );
}
const spans = spanScorerModel(trainSpanWeights(training), best);
const techniques = trainTechniqueModel(training);
const bytes = saveFramingModels(
  // The runtime annotator uses the F1-best threshold too; each cue's score lets a reader ask for surer ones.
  { spans, techniques, runtimeSentenceThreshold: best.sentenceThreshold },
  {
    data: "Propaganda Techniques Corpus (Da San Martino et al. 2019; SemEval-2020 Task 11), ../shared/data/propaganda/ptc",
    split: "held out: FNV-1a(article id) mod 5 = 4; tuning slice: floor(FNV-1a/5) mod 6 = 0 among the rest",
    trainingArticles: training.length,
    siDim: SI_DIM,
    tcDim: TC_DIM,
    sentenceTraining: SENTENCE_TRAINING,
    tokenTraining: TOKEN_TRAINING,
    techniqueTraining: TECHNIQUE_TRAINING,
    tuningF1: Number(best.f1.toFixed(4)),
  },
);
console.log(
  `wrote models/framing/propaganda.json.gz (${(bytes / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
