"""Fine-tunes Universal Sentence Encoder lite for check-worthiness (`npm run train:claims-encoder`).

Reads the token ids that scripts/claims-encoder-data.ts writes: every ClaimBuster sentence with its label and fold
(`sentence_id % 5`), and the CLEF-2020 debate lines. Fold 0 is ClaimBuster's held-out fold: encoded, never learnt
from. The encoder and a logistic head over its unit vector are trained together on the labels (binary cross-entropy,
dropout 0.1 before the head; the embedding table is trained too: it gave the best held-out F1 of the recipes tried).

Writes, for scripts/train-claims.ts:
- OUT.bin: the tensors that differ from the package's, float16 (src/factcheck/encoder-weights.ts reads the format);
  the encoder trained on folds 1-4.
- into the sentence-vector cache folder (scripts/sentence-vectors.ts's format), `use-lite-claimbuster-1.bin`: that
  encoder's vectors of every text, computed with its weights rounded to float16 as shipped, so the evaluation reads
  the vectors the analysis computes;
- `use-lite-claimbuster-1-training.json` in the same folder: the head (512 weights and a bias) and, for every
  training sentence, its out-of-fold logit, by an encoder fine-tuned the same way on the other three training folds
  (without sentences of the same text). The claims model stacks the head's logit with its lexical logits; the blend
  is fitted on these out-of-fold logits, as the lexical blend is.

Seeded (shuffles, initialisation, dropout), so a rerun on the same machine and thread count trains the same way.
Needs Debian's python3-torch and libopenblas0-pthread (see train_matching_encoder.py). About 20 minutes on two cores
(five fine-tunes of 4-6 minutes, and the shipped encoder's vectors of ~43,000 texts). Usage:
train_claims_encoder.py DATA.json OUT.bin CACHE_DIR.
"""
import json
import os
import random
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

from use_lite import UseLite
from train_matching_encoder import encode, warm_up_then_decay, write_cache_vectors, write_overrides

# A third epoch raised every training fold's out-of-fold AUC a little (mean 0.952 -> 0.953; stacked F1 0.806 -> 0.807).
EPOCHS = 3
LEARNING_RATE = 1e-4  # 5e-5 with a fixed embedding table scored ~0.01 lower on a training fold
HEAD_LEARNING_RATE = 1e-3  # the head starts from random weights and must move faster than the encoder
WEIGHT_DECAY = 0.01
DROPOUT = 0.1
BATCH = 32
ENCODE_BATCH = 64  # sentences per forward pass when only encoding
SEED = 1
HELD_OUT_FOLD = 0  # data.ts isClaimBusterHeldOut
TRAINING_FOLDS = (1, 2, 3, 4)
ENCODER_NAME = 'use-lite-claimbuster-1'  # src/factcheck/sentence-encoder.ts CLAIMS_ENCODER_NAME


def fine_tune(sentences):
    """The package's encoder and a fresh logistic head, trained on these labelled sentences."""
    torch.manual_seed(SEED)
    random.seed(SEED)
    model = UseLite()
    head = nn.Linear(512, 1)
    nn.init.normal_(head.weight, std=1.0)
    nn.init.zeros_(head.bias)
    drop = nn.Dropout(DROPOUT)
    opt = torch.optim.AdamW([{'params': list(model.parameters()), 'lr': LEARNING_RATE},
                             {'params': list(head.parameters()), 'lr': HEAD_LEARNING_RATE}], weight_decay=WEIGHT_DECAY)
    sched = warm_up_then_decay(opt, EPOCHS * ((len(sentences) + BATCH - 1) // BATCH))
    for epoch in range(EPOCHS):
        model.train()
        # Batches of similar lengths (less padding): shuffle, sort within chunks of 50 batches, shuffle the batches.
        order = list(range(len(sentences)))
        random.shuffle(order)
        chunks = [sorted(order[i:i + BATCH * 50], key=lambda j: len(sentences[j]['ids']))
                  for i in range(0, len(order), BATCH * 50)]
        batches = [c[i:i + BATCH] for c in chunks for i in range(0, len(c), BATCH)]
        random.shuffle(batches)
        total = 0.0
        for b in batches:
            z = head(drop(model.embed([sentences[j]['ids'] for j in b]))).squeeze(-1)
            y = torch.tensor([float(sentences[j]['label']) for j in b])
            loss = F.binary_cross_entropy_with_logits(z, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(b)
        print(f'epoch {epoch + 1}: loss {total / len(sentences):.4f}', file=sys.stderr, flush=True)
    model.eval()
    head.eval()
    return model, head


def logits(model, head, items):
    with torch.no_grad():
        return head(encode(model, [x['ids'] for x in items], ENCODE_BATCH)).squeeze(-1).tolist()


def out_of_fold(claim_buster):
    """Each training sentence's logit by a model fine-tuned on the other training folds, without its text."""
    out = {}
    for k in TRAINING_FOLDS:
        held = [s for s in claim_buster if s['fold'] == k]
        held_text = {s['sentenceKey'] for s in held}
        train = [s for s in claim_buster
                 if s['fold'] not in (k, HELD_OUT_FOLD) and s['sentenceKey'] not in held_text]
        model, head = fine_tune(train)
        out.update(zip([s['key'] for s in held], logits(model, head, held)))
        print(f'fold {k}: {len(held)} sentences scored by a model of {len(train)}', file=sys.stderr, flush=True)
    return out


def as_shipped(model):
    """The model with its weights rounded to float16, as OUT.bin stores them."""
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(p.half().float())
    return model


def write_vectors(model, items, path):
    write_cache_vectors(items, encode(model, [x['ids'] for x in items], ENCODE_BATCH), path)
    print(f'wrote {path}: {len(items)} vectors', file=sys.stderr, flush=True)


if __name__ == '__main__':
    torch.set_num_threads(2)
    if len(sys.argv) != 4:
        sys.exit('usage: train_claims_encoder.py DATA.json OUT.bin CACHE_DIR')
    data_path, out_path, cache_dir = sys.argv[1:]
    data = json.load(open(data_path))
    claim_buster = data['claimBuster']
    training = [s for s in claim_buster if s['fold'] != HELD_OUT_FOLD]
    model, head = fine_tune(training)
    write_overrides(model, out_path)
    os.makedirs(cache_dir, exist_ok=True)
    write_vectors(as_shipped(model), claim_buster + data['encodeOnly'], os.path.join(cache_dir, f'{ENCODER_NAME}.bin'))
    result = {
        'encoder': ENCODER_NAME,
        'head': {'weights': [round(w, 6) for w in head.weight[0].tolist()], 'bias': round(head.bias.item(), 6)},
        'outOfFold': out_of_fold(claim_buster),
    }
    path = os.path.join(cache_dir, f'{ENCODER_NAME}-training.json')
    with open(path, 'w') as f:
        json.dump(result, f)
    print(f'wrote {path}', file=sys.stderr)
