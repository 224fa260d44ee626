"""Fine-tunes Universal Sentence Encoder lite for fact-check matching (`npm run train:matching-encoder`).

Reads the token ids that scripts/matching-encoder-data.ts writes (the Snopes fact-checks as the matcher encodes them,
the snopes-2020 train tweets cleaned as src/factcheck/text.ts encoderText cleans them, and each tweet's gold
fact-checks). Never reads the dev tweets. Contrastive training: each tweet should lie nearer its fact-check than
the batch's other fact-checks and one of its ten nearest wrong fact-checks by the package's encoder (hard negatives:
fact-checks on the same topic, which is where matching goes wrong). The embedding table stays fixed, so the weights
file holds only the Transformer and tanh layers (float16, ~10 MB): models/factcheck/encoder-matching.bin, read by
src/factcheck/encoder-weights.ts. Seeded (shuffles and negatives; the network has no dropout), so a rerun on the same machine and
thread count gives the same training: a rerun at two threads wrote the shipped file bit for bit (session 23; another
BLAS or thread count may round sums differently).

Then four more encoders, each fine-tuned the same way without a quarter of the train tweets, write their vectors of
every fact-check and of the tweets they did not see into the sentence-vector cache (cross_fit): scripts/train-matching.ts
fits the tweets re-ranker on those, not on the shipped encoder's vectors of its own training tweets.

Needs Debian's python3-torch (run by /usr/bin/python3; `apt-get install python3-torch`, and libopenblas0-pthread for
a usable speed: the reference BLAS is ~15x slower). About 15 minutes on two quiet cores (five fine-tunes of 2-3 minutes
and their encodings). Usage: train_matching_encoder.py DATA.json OUT.bin CROSS_FIT_DIR.
"""
import json
import os
import random
import sys

import numpy as np
import torch
import torch.nn.functional as F

from use_lite import UseLite, manifest_names, package_weights

EPOCHS = 2
LEARNING_RATE = 3e-5  # small: 797 tweets, and the package's weights already place topics well
TEMPERATURE = 0.05
BATCH = 32
HARD_NEGATIVES = 10  # nearest wrong fact-checks per tweet to draw one from
SEED = 1
CROSS_FOLDS = 4  # cross-fitted vectors for the re-ranker's training (cross_fit)
FOLD_SEED = 7
ENCODER_NAME = 'use-lite-snopes-1'  # src/factcheck/sentence-encoder.ts MATCHING_ENCODER_NAME


def encode(model, seqs, bs=128):
    out = [None] * len(seqs)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    with torch.no_grad():
        for i in range(0, len(order), bs):
            b = order[i:i + bs]
            for j, v in zip(b, model.embed([seqs[k] for k in b])):
                out[j] = v
    return torch.stack(out)


def warm_up_then_decay(opt, steps):
    """The learning rate's schedule over `steps` optimiser steps: linear warm-up over the first tenth, then linear
    decay to 0."""
    return torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1, (s + 1) / (0.1 * steps)) * max(0, (steps - s) / steps))


def fine_tune(tweets, hard, docs, index):
    """The package's encoder fine-tuned on these tweets (each with its hard negatives, indices into docs)."""
    torch.manual_seed(SEED)
    random.seed(SEED)
    model = UseLite()
    model.emb.requires_grad = False
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=LEARNING_RATE, weight_decay=0.01)
    sched = warm_up_then_decay(opt, EPOCHS * ((len(tweets) + BATCH - 1) // BATCH))
    for epoch in range(EPOCHS):
        model.train()
        order = list(range(len(tweets)))
        random.shuffle(order)
        total = 0.0
        for i in range(0, len(order), BATCH):
            b = order[i:i + BATCH]
            pos = [index[random.choice([g for g in tweets[j]['gold'] if g in index])] for j in b]
            neg = [random.choice(hard[j]) for j in b]
            q = model.embed([tweets[j]['ids'] for j in b])
            d = model.embed([docs[k]['ids'] for k in pos + neg])
            s = q @ d.T / TEMPERATURE
            # Two tweets of a batch may share their fact-check: the other's copy is no negative.
            same = torch.tensor([[k != r and k < len(b) and pos[k] == pos[r] for k in range(len(pos) + len(neg))]
                                 for r in range(len(b))])
            loss = F.cross_entropy(s.masked_fill(same, -1e4), torch.arange(len(b)))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(b)
        print(f'epoch {epoch + 1}: loss {total / len(tweets):.4f}', file=sys.stderr, flush=True)
    model.eval()
    return model


class Training:
    """The data, and each train tweet's nearest wrong fact-checks by the package's encoder (its hard negatives)."""

    def __init__(self, data):
        self.docs = data['docs']
        self.index = {d['id']: i for i, d in enumerate(self.docs)}
        self.tweets = data['train']
        base = UseLite()
        base.eval()
        near = (encode(base, [q['ids'] for q in self.tweets]) @ encode(base, [d['ids'] for d in self.docs]).T) \
            .topk(HARD_NEGATIVES + 10, dim=1).indices.tolist()
        self.hard = [[d for d in n if self.docs[d]['id'] not in q['gold']][:HARD_NEGATIVES]
                     for q, n in zip(self.tweets, near)]

    def fine_tune(self, chosen):
        """Fine-tuned on the chosen tweets (indices) that have a gold fact-check in the collection."""
        usable = [i for i in chosen if any(g in self.index for g in self.tweets[i]['gold'])]
        return fine_tune([self.tweets[i] for i in usable], [self.hard[i] for i in usable], self.docs, self.index)


def write_cache_vectors(items, vectors, path):
    """Each item's vector as a sentence-vector cache record (scripts/sentence-vectors.ts): its 20-byte key, then
    512 little-endian float32 values."""
    with open(path, 'wb') as f:
        for x, v in zip(items, vectors.numpy().astype('<f4')):
            f.write(bytes.fromhex(x['key']))
            f.write(v.tobytes())


def cross_fit(training, cache_dir):
    """Cross-fitted vectors for scripts/train-matching.ts: the train tweets in CROSS_FOLDS folds, each fold's encoder
    fine-tuned on the other folds. Its vectors of every fact-check and of its own fold's tweets go to a sentence-vector
    cache file (scripts/sentence-vectors.ts's format) named after the fold, so the re-ranker learns from each train
    tweet's cosines as an encoder that never saw it gives them: the shipped encoder's cosines of its own training
    tweets are better than a new claim's, and a re-ranker fitted on them would lean on the cosine too much."""
    order = list(range(len(training.tweets)))
    random.Random(FOLD_SEED).shuffle(order)
    fold_of = {t: n % CROSS_FOLDS for n, t in enumerate(order)}
    for k in range(CROSS_FOLDS):
        held = [t for t in range(len(training.tweets)) if fold_of[t] == k]
        model = training.fine_tune([t for t in range(len(training.tweets)) if fold_of[t] != k])
        items = training.docs + [training.tweets[t] for t in held]
        path = os.path.join(cache_dir, f'{ENCODER_NAME}-fold-{k}.bin')
        write_cache_vectors(items, encode(model, [x['ids'] for x in items]), path)
        print(f'wrote {path}: fold {k} of {CROSS_FOLDS}, {len(held)} held-out tweets', file=sys.stderr, flush=True)


def write_overrides(model, path):
    """The tensors that differ from the package's, as float16 (src/factcheck/encoder-weights.ts reads the format)."""
    _, original = package_weights()
    state = model.state_dict()
    header, blobs = [], []
    for key, name in manifest_names().items():
        v = state[key].numpy().reshape(original[name].shape)
        if np.array_equal(v, original[name]):
            continue
        header.append({'name': name, 'shape': list(original[name].shape)})
        blobs.append(v.astype('<f2').tobytes())
    h = json.dumps({'format': 'sift-encoder-overrides-1', 'dtype': 'float16', 'tensors': header},
                   separators=(',', ':')).encode()
    with open(path, 'wb') as f:
        f.write(len(h).to_bytes(4, 'little'))
        f.write(h)
        for b in blobs:
            f.write(b)
    print(f'wrote {path}: {len(header)} tensors', file=sys.stderr)


if __name__ == '__main__':
    torch.set_num_threads(2)
    if len(sys.argv) != 4:
        sys.exit('usage: train_matching_encoder.py DATA.json OUT.bin CROSS_FIT_DIR')
    data_path, out_path, cross_fit_dir = sys.argv[1:]
    training = Training(json.load(open(data_path)))
    write_overrides(training.fine_tune(range(len(training.tweets))), out_path)
    os.makedirs(cross_fit_dir, exist_ok=True)
    cross_fit(training, cross_fit_dir)
