/**
 * `npm run train:claims`: fits the check-worthiness model on ClaimBuster (minus its held-out fold) and all CLEF-2020
 * T5 debates (no debate line whose text is a held-out ClaimBuster sentence), plus the speaker-aware transcript re-ranker,
 * and writes models/claims/checkworthy-lr.json (the hashed weights, the mean-vector network of mlp.ts and the
 * convolutional network of cnn.ts), and the optional encoder refinement (a network over the sentence encoder's vector,
 * with its own blend and threshold), which needs the encoder's vectors of the ClaimBuster sentences and CLEF positives
 * (scripts/sentence-vectors.ts caches them; the first run encodes ~8,500 sentences, a few minutes on one core).
 * Deterministic: the same data gives the same file.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { loadClaimBuster, loadClefDebates } from "../src/annotate/claims/data.js";
import { MODEL_PATH, serialiseModel } from "../src/annotate/claims/model.js";
import {
  AVERAGED_RUNS,
  CNN_OPTIONS,
  CNN_RUNS,
  CNN_VALIDATION_SHARE,
  CORPUS_WEIGHTS,
  ENCODER_MLP_OPTIONS,
  ENCODER_MLP_RUNS,
  MLP_OPTIONS,
  MLP_RUNS,
  TRAIN_OPTIONS,
  trainClaimsModel,
} from "../src/annotate/claims/train.js";
import { SENTENCE_ENCODER_NAME } from "../src/factcheck/sentence-encoder.js";
import { sentenceVectors } from "./sentence-vectors.js";

const claimBuster = loadClaimBuster();
const debates = loadClefDebates();
// The encoder network learns from ClaimBuster and the CLEF positives (as the word-vector network does).
const encoded = [
  ...new Set([
    ...claimBuster.map((s) => s.text),
    ...debates.flatMap((d) => d.sentences.filter((s) => s.label === 1).map((s) => s.text)),
  ]),
];
const encodedVectors = await sentenceVectors(encoded, "train-claims: sentence encoder");
const vectors = new Map(encoded.map((t, i) => [t, encodedVectors[i] as Float32Array]));
const started = Date.now();
const model = trainClaimsModel(claimBuster, debates, new Set(), vectors);
const provenance =
  `hashed logistic regression (2^${TRAIN_OPTIONS.bits} buckets, AdaGrad, ${TRAIN_OPTIONS.epochs} epochs, weights averaged over ${AVERAGED_RUNS} shuffle seeds from ${TRAIN_OPTIONS.seed}); ` +
  `blended (weights fitted on out-of-fold logits) with the logit of a ReLU network (${MLP_RUNS} × ${MLP_OPTIONS.hidden} hidden units, Adam, ${MLP_OPTIONS.epochs} epochs, seeds from ${MLP_OPTIONS.seed}) over the sentence's mean GloVe 6B 100d unit vector (models/embeddings, PDDL)` +
  (CNN_RUNS > 0
    ? ` and of a convolutional network (${CNN_RUNS} × ${CNN_OPTIONS.filters} filters of widths ${CNN_OPTIONS.widths.join("/")} over the sentence's GloVe vectors, max over positions, dropout ${CNN_OPTIONS.dropout}, Adam, early stopping on a seeded ${CNN_VALIDATION_SHARE * 100}% of its ClaimBuster training sentences, seeds from ${CNN_OPTIONS.seed})`
    : "") +
  "; " +
  `optional encoder refinement: a ReLU network (${ENCODER_MLP_RUNS} × ${ENCODER_MLP_OPTIONS.hidden} hidden units, Adam, ${ENCODER_MLP_OPTIONS.epochs} epochs, seeds from ${ENCODER_MLP_OPTIONS.seed}) over the ${SENTENCE_ENCODER_NAME} sentence vector (Universal Sentence Encoder lite, Apache-2.0), stacked with the lexical logits by its own out-of-fold blend and threshold; ` +
  `transcript re-ranker fitted on out-of-fold sentence logits of the debates; ` +
  `trained on ClaimBuster train.json minus sentence_id%5==0 (Arslan et al. 2020, GPL-3.0 claimbuster-spotter split) ` +
  `and ${debates.length} CLEF-2020 CheckThat! T5 debates (free for general research use); corpus weights ${JSON.stringify(CORPUS_WEIGHTS)}`;
mkdirSync(dirname(MODEL_PATH), { recursive: true });
writeFileSync(MODEL_PATH, serialiseModel(model, provenance));
console.log(
  `wrote ${MODEL_PATH} (threshold ${model.threshold}, blend ${JSON.stringify(model.blend)}; with the encoder: threshold ${model.encoder?.threshold}, blend ${JSON.stringify(model.encoder?.blend)}) in ${Math.round((Date.now() - started) / 1000)} s`,
);
