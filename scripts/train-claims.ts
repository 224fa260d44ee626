/**
 * `npm run train:claims`: fits the check-worthiness model on ClaimBuster (minus its held-out fold) and all CLEF-2020
 * T5 debates (no debate line whose text is a held-out ClaimBuster sentence), plus the speaker-aware transcript re-ranker,
 * and writes models/claims/checkworthy-lr.json (the hashed weights, the mean-vector network of mlp.ts and the
 * convolutional network of cnn.ts), and the optional encoder refinement (the head of the encoder fine-tuned for
 * check-worthiness, stacked with the lexical logits by its own blend and threshold), which needs what
 * `npm run train:claims-encoder` stored in the sentence-vector cache: the head and the out-of-fold logits of the
 * ClaimBuster training sentences (that command runs this script after it). Deterministic: the same data gives the
 * same file.
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
  MLP_OPTIONS,
  MLP_RUNS,
  TRAIN_OPTIONS,
  trainClaimsModel,
} from "../src/annotate/claims/train.js";
import { CLAIMS_ENCODER_NAME } from "../src/factcheck/sentence-encoder.js";
import { storedClaimsEncoderTraining } from "./sentence-vectors.js";

const claimBuster = loadClaimBuster();
const debates = loadClefDebates();
const encoder = storedClaimsEncoderTraining(claimBuster.map((s) => s.text));
const started = Date.now();
const model = trainClaimsModel(claimBuster, debates, new Set(), encoder);
const provenance =
  `hashed logistic regression (2^${TRAIN_OPTIONS.bits} buckets, AdaGrad, ${TRAIN_OPTIONS.epochs} epochs, weights averaged over ${AVERAGED_RUNS} shuffle seeds from ${TRAIN_OPTIONS.seed}); ` +
  `blended (weights fitted on out-of-fold logits) with the logit of a ReLU network (${MLP_RUNS} × ${MLP_OPTIONS.hidden} hidden units, Adam, ${MLP_OPTIONS.epochs} epochs, seeds from ${MLP_OPTIONS.seed}) over the sentence's mean GloVe 6B 100d unit vector (models/embeddings, PDDL)` +
  (CNN_RUNS > 0
    ? ` and of a convolutional network (${CNN_RUNS} × ${CNN_OPTIONS.filters} filters of widths ${CNN_OPTIONS.widths.join("/")} over the sentence's GloVe vectors, max over positions, dropout ${CNN_OPTIONS.dropout}, Adam, early stopping on a seeded ${CNN_VALIDATION_SHARE * 100}% of its ClaimBuster training sentences, seeds from ${CNN_OPTIONS.seed})`
    : "") +
  "; " +
  `optional encoder refinement: the logistic head of ${CLAIMS_ENCODER_NAME} (Universal Sentence Encoder lite, Apache-2.0, fine-tuned with the head on the same ClaimBuster folds: models/claims/encoder-claims.bin, scripts/python/train_claims_encoder.py), stacked with the lexical logits by its own blend and threshold, fitted on the out-of-fold logits of four encoders fine-tuned without each fold; ` +
  `transcript re-ranker fitted on out-of-fold sentence logits of the debates; ` +
  `trained on ClaimBuster train.json minus sentence_id%5==0 (Arslan et al. 2020, GPL-3.0 claimbuster-spotter split) ` +
  `and ${debates.length} CLEF-2020 CheckThat! T5 debates (free for general research use); corpus weights ${JSON.stringify(CORPUS_WEIGHTS)}`;
mkdirSync(dirname(MODEL_PATH), { recursive: true });
writeFileSync(MODEL_PATH, serialiseModel(model, provenance));
console.log(
  `wrote ${MODEL_PATH} (threshold ${model.threshold}, blend ${JSON.stringify(model.blend)}; with the encoder: threshold ${model.encoder?.threshold}, blend ${JSON.stringify(model.encoder?.blend)}) in ${Math.round((Date.now() - started) / 1000)} s`,
);
