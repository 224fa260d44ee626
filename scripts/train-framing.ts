/**
 * Trains Sift's propaganda models on the PTC training articles and writes models/framing/propaganda.json.gz.
 * `npm run train:framing`. Deterministic (seeded shuffles, fixed hash); the held-out fifth is never read here.
 * Steps: score every training article with span classifiers fitted on the other folds (out-of-fold), fit the
 * sentence-in-context stage and pick both thresholds on those scores, and ship the mean of those five fold models
 * (`averageSpanWeights`: the scale the context stage was fitted on, without one fit's noise); print the technique
 * classifier's 5-fold cross-validated micro-F1 (what decisions on it are made on), then fit it on all training
 * articles; then the same for the technique model that also reads the sentence encoder's vectors
 * (models/framing/techniques-encoder.json.gz; vectors cached by scripts/sentence-vectors.ts).
 */
import { ENCODER_SENTENCE_SCALE, ENCODER_SPAN_SCALE } from "../src/annotate/framing/encoder-techniques.js";
import { saveEncoderTechniqueModel, saveFramingModels } from "../src/annotate/framing/model-store.js";
import { isHeldOut, loadPtc } from "../src/annotate/framing/ptc.js";
import {
  averageSpanWeights,
  CONTEXT_TRAINING,
  crossFitSpanWeights,
  NETWORK_TRAINING,
  SENTENCE_TRAINING,
  SI_DIM,
  SI_FOLDS,
  spanScorerModel,
  TC_DIM,
  TECHNIQUE_TRAINING,
  TOKEN_TRAINING,
  techniqueCrossValidation,
  trainContextWeights,
  trainTechniqueModel,
  tuneThresholds,
} from "../src/annotate/framing/train.js";
import { SENTENCE_ENCODER_NAME } from "../src/factcheck/sentence-encoder.js";
import { framingEncoderValues } from "./framing-vectors.js";

const started = Date.now();
const all = loadPtc();
const training = all.filter((a) => !isHeldOut(a.id));
console.log(
  `PTC: ${all.length} articles; training ${training.length} (${SI_FOLDS} folds for out-of-fold span scores); held out ${all.length - training.length}`,
);

const { oof, foldWeights } = crossFitSpanWeights(training);
const context = trainContextWeights(oof);
const choices = tuneThresholds(context, oof);
const best = choices[0];
if (!best) throw new Error("no threshold was scored");
console.log("out-of-fold training articles, best thresholds:");
for (const c of choices.slice(0, 5)) {
  console.log(
    `  sentence ≥ ${c.sentenceThreshold}, token ≥ ${c.tokenThreshold}: P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)} F1 ${c.f1.toFixed(3)}`,
  );
}
const tcCv = techniqueCrossValidation(training);
console.log(
  `technique classification, ${SI_FOLDS}-fold CV on gold spans: micro-F1 ${tcCv.micro.f1.toFixed(3)}, macro-F1 ${tcCv.macroF1.toFixed(3)}`,
);
// The shipped stage 1 is the mean of the fold models the context stage and thresholds were fitted on (train.ts).
const spans = spanScorerModel(averageSpanWeights(foldWeights), context, best);
const techniques = trainTechniqueModel(training);
const bytes = saveFramingModels(
  // The runtime annotator uses the F1-best threshold too; each cue's score lets a reader ask for surer ones.
  { spans, techniques, runtimeSentenceThreshold: best.sentenceThreshold },
  {
    data: "Propaganda Techniques Corpus (Da San Martino et al. 2019; SemEval-2020 Task 11), ../shared/data/propaganda/ptc",
    split: `held out: FNV-1a(article id) mod 5 = 4; out-of-fold folds: floor(FNV-1a/5) mod ${SI_FOLDS} among the rest`,
    trainingArticles: training.length,
    siDim: SI_DIM,
    tcDim: TC_DIM,
    sentenceTraining: SENTENCE_TRAINING,
    tokenTraining: TOKEN_TRAINING,
    contextTraining: CONTEXT_TRAINING,
    sentenceNetworkTraining: NETWORK_TRAINING,
    wordVectors: "models/embeddings/glove-100d.bin (GloVe 6B, 100 dimensions, 64,000 words)",
    techniqueTraining: TECHNIQUE_TRAINING,
    outOfFoldF1: Number(best.f1.toFixed(4)),
  },
);
console.log(
  `wrote models/framing/propaganda.json.gz (${(bytes / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

const encoderValues = await framingEncoderValues(training, "framing spans");
const encoderCv = techniqueCrossValidation(training, TC_DIM, encoderValues);
console.log(
  `technique classification with the sentence encoder, ${SI_FOLDS}-fold CV on gold spans: micro-F1 ${encoderCv.micro.f1.toFixed(3)}, macro-F1 ${encoderCv.macroF1.toFixed(3)}`,
);
const encoderBytes = saveEncoderTechniqueModel(trainTechniqueModel(training, TC_DIM, encoderValues), {
  data: "Propaganda Techniques Corpus (Da San Martino et al. 2019; SemEval-2020 Task 11), ../shared/data/propaganda/ptc",
  split: "held out: FNV-1a(article id) mod 5 = 4",
  trainingArticles: training.length,
  tcDim: TC_DIM,
  techniqueTraining: TECHNIQUE_TRAINING,
  wordVectors: "models/embeddings/glove-100d.bin (GloVe 6B, 100 dimensions, 64,000 words)",
  sentenceEncoder: `${SENTENCE_ENCODER_NAME}: the span's vector ×${ENCODER_SPAN_SCALE}, its sentence's ×${ENCODER_SENTENCE_SCALE}`,
});
console.log(
  `wrote models/framing/techniques-encoder.json.gz (${(encoderBytes / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
