"""Fine-tunes Universal Sentence Encoder lite for fact-check matching (`npm run train:matching-encoder`).

Reads the token ids that scripts/matching-encoder-data.ts writes (the Snopes fact-checks as the matcher encodes them,
the snopes-2020 train tweets cleaned as src/factcheck/text.ts encoderText cleans them, and each tweet's gold
fact-checks). Never reads the dev tweets. Contrastive training: each tweet should lie nearer its fact-check than
the batch's other fact-checks and one of its ten nearest wrong fact-checks by the package's encoder (hard negatives:
fact-checks on the same topic, which is where matching goes wrong). The embedding table stays fixed, so the weights
file holds only the Transformer and tanh layers (float16, ~10 MB): models/factcheck/encoder-matching.bin, read by
src/factcheck/encoder-weights.ts. Seeded (shuffles and negatives; the network has no dropout), so a rerun on the same machine and
thread count gives the same training; whether the file comes out bit for bit the same was not checked (a
multi-threaded BLAS may round sums differently from run to run).

Needs Debian's python3-torch (run by /usr/bin/python3; `apt-get install python3-torch`, and libopenblas0-pthread for
a usable speed: the reference BLAS is ~15x slower). About 15 minutes on two cores.
"""
import json
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


def encode(model, seqs, bs=128):
    out = [None] * len(seqs)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    with torch.no_grad():
        for i in range(0, len(order), bs):
            b = order[i:i + bs]
            for j, v in zip(b, model.embed([seqs[k] for k in b])):
                out[j] = v
    return torch.stack(out)


def train(data):
    torch.manual_seed(SEED)
    random.seed(SEED)
    docs = data['docs']
    index = {d['id']: i for i, d in enumerate(docs)}
    tweets = [q for q in data['train'] if any(g in index for g in q['gold'])]
    model = UseLite()
    model.emb.requires_grad = False
    model.eval()
    doc_vectors = encode(model, [d['ids'] for d in docs])
    near = (encode(model, [q['ids'] for q in tweets]) @ doc_vectors.T).topk(HARD_NEGATIVES + 10, dim=1).indices.tolist()
    hard = [[d for d in n if docs[d]['id'] not in q['gold']][:HARD_NEGATIVES] for q, n in zip(tweets, near)]
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=LEARNING_RATE, weight_decay=0.01)
    steps = EPOCHS * ((len(tweets) + BATCH - 1) // BATCH)
    # Linear warm-up over the first tenth, then linear decay to 0.
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1, (s + 1) / (0.1 * steps)) * max(0, (steps - s) / steps))
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
    return model


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
    data_path, out_path = sys.argv[1], sys.argv[2]
    write_overrides(train(json.load(open(data_path))), out_path)
