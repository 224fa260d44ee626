/**
 * A one-dimensional convolutional network over a sentence's GloVe word vectors (src/core/word-vectors.ts), whose
 * logit is blended with the hashed model's and the mean-vector network's (`Blend` in model.ts). The other two parts
 * see a bag of words; filters sliding over two to four consecutive words see word order ("we created 2 million
 * jobs" against "jobs, 2 million of them, we created?"), and their max over the sentence finds a claim-like phrase
 * wherever it stands. Filters of each width, ReLU after the max over positions, one logit out (Kim 2014, with the
 * word vectors kept fixed). Trained with Adam on a seeded shuffle and a seeded initialisation, with dropout on the
 * pooled features and early stopping on a validation part of the training sentences, so the same data gives the
 * same weights. Not in the shipped model (CNN_RUNS in train.ts): it gained within noise for twice the claims stage's
 * cost (models/claims/README.md, fourth round).
 */
import { seededRandom } from "../../core/random.js";
import { loadWordVectors, type WordVectors } from "../../core/word-vectors.js";
import { adamStep, concatenated } from "./adam.js";
import { sigmoid } from "./model.js";

export interface SentenceCnn {
  /** Dimensions of the word vectors it reads. */
  readonly dimensions: number;
  /** Filter widths in words, e.g. [2, 3, 4]. */
  readonly widths: readonly number[];
  /** Filters per width. */
  readonly filters: number;
  /**
   * Per width w, filter-major: filter f's weight on dimension d of the word at offset k of its window is
   * kernels[w][(f·w + k)·dimensions + d].
   */
  readonly kernels: readonly Float32Array[];
  /** Per width, one bias per filter. */
  readonly biases: readonly Float32Array[];
  /** One output weight per pooled filter, width by width. */
  readonly output: Float32Array;
  readonly bias: number;
}

export interface CnnOptions {
  readonly widths: readonly number[];
  readonly filters: number;
  /** Upper bound on epochs; training stops earlier when the validation loss has not improved for `patience`. */
  readonly maxEpochs: number;
  readonly patience: number;
  readonly learningRate: number;
  /** Probability of dropping a pooled feature in training. */
  readonly dropout: number;
  readonly batch: number;
  readonly seed: number;
}

/** A sentence as the network reads it in training: its words' vectors, word-major. */
export interface CnnExample {
  /** `length` × dimensions values: word t's vector at [t·dimensions, (t+1)·dimensions). */
  readonly words: Float32Array;
  readonly length: number;
  readonly label: 0 | 1;
  readonly weight: number;
}

const maxWidth = (widths: readonly number[]): number => widths.reduce((a, b) => Math.max(a, b), 1);

/**
 * The word vectors of a sentence's rows in the shipped vectors (-1 for a token without one, skipped), at their
 * GloVe length (a frequent function word's vector is short, a rare content word's long), padded with zero vectors
 * to at least `minimum` words so every filter has a window.
 */
export function wordMatrix(
  rows: readonly number[],
  minimum: number,
  vectors: WordVectors = loadWordVectors(),
): { words: Float32Array; length: number } {
  const known = rows.filter((r) => r >= 0);
  const length = Math.max(known.length, minimum);
  const { dimensions } = vectors;
  const words = new Float32Array(length * dimensions);
  known.forEach((row, t) => {
    vectors.addUnit(words.subarray(t * dimensions, (t + 1) * dimensions), row, vectors.norm(row));
  });
  return { words, length };
}

/**
 * The pooled features of a sentence (`hidden`, width by width, after the ReLU) and the window each max came from
 * (`from`, for the backward pass), computed straight from the word vectors: the training forward pass. Four filters
 * are summed side by side, each reading the same window, so the window is read once for four.
 */
function poolDirect(
  cnn: SentenceCnn,
  words: Float32Array,
  length: number,
  hidden: Float32Array,
  from: Int32Array,
): void {
  const { dimensions, filters } = cnn;
  let j = 0;
  cnn.widths.forEach((width, wi) => {
    const kernel = cnn.kernels[wi] as Float32Array;
    const bias = cnn.biases[wi] as Float32Array;
    const span = width * dimensions;
    const positions = length - width + 1;
    let f = 0;
    for (; f + 4 <= filters; f += 4, j += 4) {
      const o0 = f * span;
      const o1 = o0 + span;
      const o2 = o1 + span;
      const o3 = o2 + span;
      let m0 = Number.NEGATIVE_INFINITY;
      let m1 = m0;
      let m2 = m0;
      let m3 = m0;
      let t0 = 0;
      let t1 = 0;
      let t2 = 0;
      let t3 = 0;
      for (let t = 0; t < positions; t++) {
        let a0 = 0;
        let a1 = 0;
        let a2 = 0;
        let a3 = 0;
        const at = t * dimensions;
        for (let k = 0; k < span; k++) {
          const x = words[at + k] as number;
          a0 += (kernel[o0 + k] as number) * x;
          a1 += (kernel[o1 + k] as number) * x;
          a2 += (kernel[o2 + k] as number) * x;
          a3 += (kernel[o3 + k] as number) * x;
        }
        if (a0 > m0) [m0, t0] = [a0, t];
        if (a1 > m1) [m1, t1] = [a1, t];
        if (a2 > m2) [m2, t2] = [a2, t];
        if (a3 > m3) [m3, t3] = [a3, t];
      }
      hidden[j] = Math.max(0, m0 + (bias[f] as number));
      hidden[j + 1] = Math.max(0, m1 + (bias[f + 1] as number));
      hidden[j + 2] = Math.max(0, m2 + (bias[f + 2] as number));
      hidden[j + 3] = Math.max(0, m3 + (bias[f + 3] as number));
      from[j] = t0;
      from[j + 1] = t1;
      from[j + 2] = t2;
      from[j + 3] = t3;
    }
    for (; f < filters; f++, j++) {
      let m = Number.NEGATIVE_INFINITY;
      let best = 0;
      for (let t = 0; t < positions; t++) {
        let a = 0;
        const at = t * dimensions;
        const o = f * span;
        for (let k = 0; k < span; k++) a += (kernel[o + k] as number) * (words[at + k] as number);
        if (a > m) [m, best] = [a, t];
      }
      hidden[j] = Math.max(0, m + (bias[f] as number));
      from[j] = best;
    }
  });
}

const outputOf = (cnn: SentenceCnn, hidden: Float32Array): number => {
  let z = cnn.bias;
  for (let h = 0; h < hidden.length; h++) z += (cnn.output[h] as number) * (hidden[h] as number);
  return z;
};

/** The network's logit for a sentence given as word vectors (training and tests; the annotator uses `cnnLogit`). */
export function cnnLogitOfWords(cnn: SentenceCnn, words: Float32Array, length: number): number {
  const pooled = cnn.widths.length * cnn.filters;
  const hidden = new Float32Array(pooled);
  poolDirect(cnn, words, length, hidden, new Int32Array(pooled));
  return outputOf(cnn, hidden);
}

/**
 * Every filter's response to one word at every offset of its window, for the words seen so far: a window's sum is
 * then the sum of its words' responses, so scoring a sentence costs one addition per filter, offset and word
 * instead of a word vector's dimensions' worth of multiplications (the same word recurs across a text's claim units
 * and across texts). At most WORD_RESPONSES_MAX words are kept; when full, the table starts afresh (bounded memory
 * in a long-running server).
 */
interface WordResponses {
  /** Row in the word vectors → slot in `values`, -1 when not yet computed. */
  readonly slotOfRow: Int32Array;
  readonly values: Float32Array;
  readonly stride: number;
  used: number;
  /** Where width w's responses start in a word's stride. */
  readonly widthAt: readonly number[];
}
/**
 * 16,384 words × 288 responses (32 filters × (2 + 3 + 4) offsets) × 4 bytes ≈ 19 MB at most for the shipped network:
 * the words of 199 news articles fit, where at 8,192 the table kept starting afresh and cost twice as much per article.
 */
export const WORD_RESPONSES_MAX = 16384;
const responsesOf = new WeakMap<SentenceCnn, WordResponses>();

function wordResponses(cnn: SentenceCnn, vectors: WordVectors): WordResponses {
  let found = responsesOf.get(cnn);
  if (found === undefined) {
    const widthAt: number[] = [];
    let stride = 0;
    for (const w of cnn.widths) {
      widthAt.push(stride);
      stride += w * cnn.filters;
    }
    found = {
      slotOfRow: new Int32Array(vectors.size).fill(-1),
      values: new Float32Array(0),
      stride,
      used: 0,
      widthAt,
    };
    responsesOf.set(cnn, found);
  }
  return found;
}

let scratchVector: Float32Array | undefined;

/** The slot of a word's responses in `table.values`, computing them on first sight. */
function responseSlot(cnn: SentenceCnn, table: WordResponses, row: number, vectors: WordVectors): number {
  const known = table.slotOfRow[row] as number;
  if (known >= 0) return known;
  const slot = table.used++;
  if (table.values.length < table.used * table.stride) {
    // Grow by doubling up to the cap: most runs see a few thousand words.
    const grown = new Float32Array(Math.min(WORD_RESPONSES_MAX, Math.max(256, table.used * 2)) * table.stride);
    grown.set(table.values);
    (table as { values: Float32Array }).values = grown;
  }
  const { dimensions } = cnn;
  scratchVector ??= new Float32Array(dimensions);
  const x = scratchVector.length === dimensions ? scratchVector.fill(0) : new Float32Array(dimensions);
  vectors.addUnit(x, row, vectors.norm(row));
  // Offset-major within a width, so a window's sum adds whole runs of `filters` numbers: the response of filter f to
  // this word at offset k of a width-w window is at widthAt[w] + k·filters + f.
  const out = slot * table.stride;
  const { filters } = cnn;
  cnn.widths.forEach((width, wi) => {
    const kernel = cnn.kernels[wi] as Float32Array;
    const base = out + (table.widthAt[wi] as number);
    for (let f = 0; f < filters; f++)
      for (let k = 0; k < width; k++) {
        let a = 0;
        const o = (f * width + k) * dimensions;
        for (let d = 0; d < dimensions; d++) a += (kernel[o + d] as number) * (x[d] as number);
        table.values[base + k * filters + f] = a;
      }
  });
  table.slotOfRow[row] = slot;
  return slot;
}

/** Pooled maxima and a window's sums, reused from sentence to sentence. */
let scratchMax = new Float32Array(0);

/**
 * The network's logit for a sentence given as its tokens' rows in the shipped vectors (-1 for none): the same
 * number as `cnnLogitOfWords(wordMatrix(rows))` up to float rounding, from the word responses. Padding words (a
 * sentence shorter than the widest filter) respond 0.
 */
export function cnnLogit(cnn: SentenceCnn, rows: readonly number[], vectors: WordVectors = loadWordVectors()): number {
  const table = wordResponses(cnn, vectors);
  if (rows.length > WORD_RESPONSES_MAX) throw new Error(`cnnLogit: a sentence of ${rows.length} words is too long`);
  // Start the table afresh before, never while, a sentence's words are gathered.
  if (table.used + rows.length > WORD_RESPONSES_MAX) {
    table.slotOfRow.fill(-1);
    table.used = 0;
  }
  const slots: number[] = [];
  for (const row of rows) if (row >= 0) slots.push(responseSlot(cnn, table, row, vectors));
  const { filters, widths } = cnn;
  if (scratchMax.length < 2 * filters) scratchMax = new Float32Array(2 * filters);
  const best = scratchMax.subarray(0, filters);
  const sum = scratchMax.subarray(filters, 2 * filters);
  const { values, stride } = table;
  const widest = maxWidth(widths);
  let z = cnn.bias;
  for (let wi = 0; wi < widths.length; wi++) {
    const width = widths[wi] as number;
    const at = table.widthAt[wi] as number;
    const bias = cnn.biases[wi] as Float32Array;
    best.fill(Number.NEGATIVE_INFINITY);
    // A sentence shorter than the widest filter is padded to its width with words that respond 0, as in training.
    const windows = Math.max(slots.length, widest) - width + 1;
    for (let t = 0; t < windows; t++) {
      sum.fill(0);
      for (let k = 0; k < width && t + k < slots.length; k++) {
        const from = (slots[t + k] as number) * stride + at + k * filters;
        for (let f = 0; f < filters; f++) sum[f] = (sum[f] as number) + (values[from + f] as number);
      }
      for (let f = 0; f < filters; f++) if ((sum[f] as number) > (best[f] as number)) best[f] = sum[f] as number;
    }
    const output = wi * filters;
    for (let f = 0; f < filters; f++)
      z += (cnn.output[output + f] as number) * Math.max(0, (best[f] as number) + (bias[f] as number));
  }
  return z;
}

/** Box–Muller normal deviates from the seeded uniform sequence. */
const gaussian = (random: () => number) => (): number =>
  Math.sqrt(-2 * Math.log(random() || Number.MIN_VALUE)) * Math.cos(2 * Math.PI * random());

/** A network with He-initialised kernels (seeded), zero biases. */
export function initialCnn(dimensions: number, options: CnnOptions): SentenceCnn {
  const random = seededRandom(options.seed);
  const normal = gaussian(random);
  const { widths, filters } = options;
  const pooled = widths.length * filters;
  return {
    dimensions,
    widths: [...widths],
    filters,
    kernels: widths.map((w) =>
      Float32Array.from({ length: filters * w * dimensions }, () => normal() * Math.sqrt(2 / (w * dimensions))),
    ),
    biases: widths.map(() => new Float32Array(filters)),
    output: Float32Array.from({ length: pooled }, () => normal() * Math.sqrt(1 / pooled)),
    bias: 0,
  };
}

/** Gradients of one example's weighted log loss, laid out like the network's parameters. */
export interface CnnGradient {
  readonly kernels: Float32Array[];
  readonly biases: Float32Array[];
  readonly output: Float32Array;
  bias: number;
}

export const zeroGradient = (cnn: SentenceCnn): CnnGradient => ({
  kernels: cnn.kernels.map((k) => new Float32Array(k.length)),
  biases: cnn.biases.map((b) => new Float32Array(b.length)),
  output: new Float32Array(cnn.output.length),
  bias: 0,
});

/**
 * Adds one example's gradient of weight × log loss into `into`, with `keep` (one factor per pooled feature: 0 for a
 * dropped one, 1/(1 − dropout) for a kept one, all 1 without dropout) applied to the pooled features. Returns the
 * logit. The max over positions passes the gradient to the window it came from only.
 */
export function accumulateGradient(
  cnn: SentenceCnn,
  example: CnnExample,
  keep: Float32Array,
  into: CnnGradient,
  scratch: { hidden: Float32Array; from: Int32Array } = {
    hidden: new Float32Array(keep.length),
    from: new Int32Array(keep.length),
  },
): number {
  const { hidden, from } = scratch;
  poolDirect(cnn, example.words, example.length, hidden, from);
  let z = cnn.bias;
  for (let h = 0; h < hidden.length; h++) z += (cnn.output[h] as number) * (hidden[h] as number) * (keep[h] as number);
  const error = (sigmoid(z) - example.label) * example.weight;
  into.bias += error;
  const { dimensions, filters } = cnn;
  let j = 0;
  cnn.widths.forEach((width, wi) => {
    const gKernel = into.kernels[wi] as Float32Array;
    const gBias = into.biases[wi] as Float32Array;
    const span = width * dimensions;
    for (let f = 0; f < filters; f++, j++) {
      const kept = (hidden[j] as number) * (keep[j] as number);
      into.output[j] = (into.output[j] as number) + error * kept;
      if (kept === 0) continue;
      const back = error * (cnn.output[j] as number) * (keep[j] as number);
      gBias[f] = (gBias[f] as number) + back;
      const at = (from[j] as number) * dimensions;
      const o = f * span;
      for (let k = 0; k < span; k++)
        gKernel[o + k] = (gKernel[o + k] as number) + back * (example.words[at + k] as number);
    }
  });
  return z;
}

/** Weighted mean log loss of the network on `examples` (no dropout). */
export function cnnLoss(cnn: SentenceCnn, examples: readonly CnnExample[]): number {
  let loss = 0;
  let weights = 0;
  for (const ex of examples) {
    const p = sigmoid(cnnLogitOfWords(cnn, ex.words, ex.length));
    loss -= ex.weight * Math.log(Math.max(ex.label === 1 ? p : 1 - p, 1e-12));
    weights += ex.weight;
  }
  return loss / Math.max(weights, Number.MIN_VALUE);
}

/** The network's parameters as one list of arrays (kernels, biases, output, then the output bias in a 1-array). */
function parameterArrays(cnn: SentenceCnn, bias: Float32Array): Float32Array[] {
  return [...cnn.kernels, ...cnn.biases, cnn.output, bias];
}

/**
 * Fits the network (weighted log loss, mini-batch Adam, dropout on the pooled features) on `train`, keeping the
 * weights of the epoch with the lowest loss on `valid` and stopping once `patience` epochs have not improved it.
 */
export function trainCnn(
  train: readonly CnnExample[],
  valid: readonly CnnExample[],
  dimensions: number,
  options: CnnOptions,
): { cnn: SentenceCnn; epochs: number; validLoss: number } {
  if (train.length === 0) throw new Error("trainCnn: no training examples");
  const start = initialCnn(dimensions, options);
  const biasCell = new Float32Array([start.bias]);
  const live = (): SentenceCnn => ({ ...start, bias: biasCell[0] as number });
  const params = parameterArrays(start, biasCell);
  const moment1 = params.map((p) => new Float32Array(p.length));
  const moment2 = params.map((p) => new Float32Array(p.length));
  const random = seededRandom(options.seed + 1);
  const pooled = options.widths.length * options.filters;
  const keep = new Float32Array(pooled);
  const scratch = { hidden: new Float32Array(pooled), from: new Int32Array(pooled) };
  const kept = 1 / (1 - options.dropout);
  const order = train.map((_, i) => i);
  let best = { loss: cnnLoss(live(), valid), epoch: 0, params: params.map((p) => p.slice()) };
  let step = 0;
  for (let epoch = 1; epoch <= options.maxEpochs && epoch - best.epoch <= options.patience; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (let from = 0; from < order.length; from += options.batch) {
      const net = live();
      const gradient = zeroGradient(net);
      const to = Math.min(order.length, from + options.batch);
      for (let q = from; q < to; q++) {
        for (let h = 0; h < pooled; h++) keep[h] = random() < options.dropout ? 0 : kept;
        accumulateGradient(net, train[order[q] as number] as CnnExample, keep, gradient, scratch);
      }
      step++;
      const grads = [...gradient.kernels, ...gradient.biases, gradient.output, new Float32Array([gradient.bias])];
      adamStep(params, grads, { moment1, moment2 }, step, options.learningRate, to - from);
    }
    const loss = cnnLoss(live(), valid);
    if (loss < best.loss) best = { loss, epoch, params: params.map((p) => p.slice()) };
  }
  best.params.forEach((p, i) => {
    (params[i] as Float32Array).set(p);
  });
  return { cnn: live(), epochs: best.epoch, validLoss: best.loss };
}

/** Networks are averaged by concatenating their filters, each output weight divided by the number of networks. */
export function averageCnns(nets: readonly SentenceCnn[]): SentenceCnn {
  const first = nets[0];
  if (first === undefined) throw new Error("averageCnns: no networks");
  for (const n of nets)
    if (n.dimensions !== first.dimensions || n.widths.join() !== first.widths.join())
      throw new Error("averageCnns: networks of different shapes");
  const filters = nets.reduce((n, c) => n + c.filters, 0);
  return {
    dimensions: first.dimensions,
    widths: first.widths,
    filters,
    kernels: first.widths.map((_, wi) => concatenated(nets.map((c) => c.kernels[wi] as Float32Array))),
    biases: first.widths.map((_, wi) => concatenated(nets.map((c) => c.biases[wi] as Float32Array))),
    // Output weights width by width, each width's filters network by network, as the joined kernels.
    output: concatenated(
      first.widths.flatMap((_, wi) =>
        nets.map((c) => c.output.subarray(wi * c.filters, (wi + 1) * c.filters).map((v) => v / nets.length)),
      ),
    ),
    bias: nets.reduce((sum, c) => sum + c.bias, 0) / nets.length,
  };
}
