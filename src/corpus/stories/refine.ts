/**
 * The refine pass: re-checks a story's members and splits a story whose members form two well-separated groups.
 * Single-pass clustering cannot undo a weak early join, after which the centroid drifts and attracts the other
 * event's articles; looking at all members at once can. The split is a spectral bisection of the members' pairwise
 * similarity graph (the sweep cut of the Fiedler vector with the lowest normalised cut, Shi & Malik 2000), polished
 * by moving members to the part they are closer to on average, and kept only when the parts are cohesive and barely
 * linked (RefineOptions). The larger part keeps the story.
 */
import type { StoryState } from "../store/types.js";
import { type ClusterOptions, joinStory, type RefineOptions, similarity } from "./cluster.js";
import type { ArticleVectors } from "./features.js";

/** Power iterations for the Fiedler vector; the graphs are small and dense, so this converges well before. */
const POWER_ITERATIONS = 200;

/** A story's state rebuilt from its members in arrival order, as the clusterer would have built it. */
export function stateOf(members: readonly ArticleVectors[]): StoryState {
  let state: StoryState | undefined;
  for (const m of members) state = joinStory(state, m);
  if (state === undefined) throw new Error("stateOf: a story needs at least one member");
  return state;
}

/** Article-to-article similarity: the clusterer's similarity with one article as a one-member story. */
export function pairwiseSimilarities(members: readonly ArticleVectors[], o: ClusterOptions): number[][] {
  const singles = members.map((m) => joinStory(undefined, m));
  const s = members.map(() => new Array<number>(members.length).fill(1));
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const v = similarity(members[i] as ArticleVectors, singles[j] as StoryState, o);
      (s[i] as number[])[j] = v;
      (s[j] as number[])[i] = v;
    }
  return s;
}

const at = (m: readonly (readonly number[])[], i: number, j: number): number => m[i]?.[j] ?? 0;

/**
 * The second eigenvector of D^-1/2 S D^-1/2 (S the similarity matrix, D its row sums) by power iteration on the
 * shifted matrix with the known first eigenvector (√D) projected out, scaled back by D^-1/2.
 */
function fiedlerVector(s: readonly (readonly number[])[], degree: readonly number[]): number[] {
  const n = degree.length;
  const root = degree.map(Math.sqrt);
  const rootNorm = Math.hypot(...root);
  const first = root.map((x) => x / rootNorm);
  // A fixed, non-symmetric start vector keeps the result deterministic.
  let v = Array.from({ length: n }, (_, i) => Math.sin(i + 1));
  for (let it = 0; it < POWER_ITERATIONS; it++) {
    const w = v.map((vi, i) => {
      let x = vi; // the +I shift makes every eigenvalue non-negative, so the iteration finds the largest remaining
      for (let j = 0; j < n; j++) x += (at(s, i, j) / ((root[i] ?? 1) * (root[j] ?? 1))) * (v[j] ?? 0);
      return x;
    });
    const along = w.reduce((acc, x, i) => acc + x * (first[i] ?? 0), 0);
    for (let i = 0; i < n; i++) w[i] = (w[i] ?? 0) - along * (first[i] ?? 0);
    const len = Math.hypot(...w);
    if (len === 0) break;
    v = w.map((x) => x / len);
  }
  return v.map((x, i) => x / (root[i] ?? 1));
}

/**
 * Splits indices 0..n-1 into two parts of at least `minPart` each: members sorted along the Fiedler vector, cut
 * where the normalised cut is lowest. Undefined when n < 2 × minPart or the graph has no weight.
 */
export function spectralBisection(
  s: readonly (readonly number[])[],
  minPart: number,
): [number[], number[]] | undefined {
  const n = s.length;
  if (n < 2 * minPart || minPart < 1) return undefined;
  const degree = s.map((row) => row.reduce((a, b) => a + Math.max(0, b), 0));
  if (degree.some((d) => d <= 0)) return undefined;
  const f = fiedlerVector(s, degree);
  const order = [...Array(n).keys()].sort((a, b) => (f[a] ?? 0) - (f[b] ?? 0) || a - b);
  const total = degree.reduce((a, b) => a + b, 0);
  let best: [number[], number[]] | undefined;
  let bestCut = Number.POSITIVE_INFINITY;
  for (let k = minPart; k <= n - minPart; k++) {
    const left = order.slice(0, k);
    const right = order.slice(k);
    let cut = 0;
    let volume = 0;
    for (const i of left) {
      volume += degree[i] ?? 0;
      for (const j of right) cut += at(s, i, j);
    }
    const ncut = cut / volume + cut / (total - volume);
    if (ncut < bestCut) {
      bestCut = ncut;
      best = [left, right];
    }
  }
  return best;
}

function meanBetween(s: readonly (readonly number[])[], a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  let pairs = 0;
  for (const i of a)
    for (const j of b) {
      if (i === j) continue;
      sum += at(s, i, j);
      pairs++;
    }
  return pairs === 0 ? 1 : sum / pairs;
}

/** Rounds of moving members between the parts; the moves settle in two or three. */
const REASSIGN_ROUNDS = 10;

/**
 * Moves each member to the part it is on average more similar to, until nothing moves (average-link 2-means
 * started from the spectral cut): one eigenvector's sweep cut misplaces members near the boundary, and a
 * misplaced member both blurs the story that keeps it and hides how cleanly the two events separate.
 */
function moveToCloserPart(
  s: readonly (readonly number[])[],
  parts: [number[], number[]],
  minPart: number,
): [number[], number[]] {
  let [a, b] = parts;
  for (let round = 0; round < REASSIGN_ROUNDS; round++) {
    const na: number[] = [];
    const nb: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const ta = meanBetween(s, [i], a);
      const tb = meanBetween(s, [i], b);
      (ta >= tb ? na : nb).push(i);
    }
    if (na.length < minPart || nb.length < minPart) break;
    if (na.length === a.length && na.every((x, k) => x === a[k])) break;
    a = na;
    b = nb;
  }
  return [a, b];
}

export interface StorySplit {
  /** Member indices that stay in the story (the larger part), and those that leave for a new story; ascending. */
  readonly keep: number[];
  readonly leave: number[];
  /** Mean pairwise similarity between the parts, and within the looser part. */
  readonly between: number;
  readonly within: number;
}

/**
 * Whether a story's members (in arrival order) should be two stories, and how. Only the last `maxMembers` are
 * looked at; older members stay with the story.
 */
export function splitStory(
  members: readonly ArticleVectors[],
  cluster: ClusterOptions,
  refine: RefineOptions,
): StorySplit | undefined {
  const offset = Math.max(0, members.length - refine.maxMembers);
  const recent = members.slice(offset);
  if (recent.length < 2 * refine.minPart) return undefined;
  const s = pairwiseSimilarities(recent, cluster);
  const parts = spectralBisection(s, refine.minPart);
  if (!parts) return undefined;
  const [a, b] = moveToCloserPart(s, parts, refine.minPart);
  const between = meanBetween(s, a, b);
  const within = Math.min(meanBetween(s, a, a), meanBetween(s, b, b));
  if (between >= refine.cohesionRatio * within || between >= refine.linkFactor * cluster.threshold) return undefined;
  // Ties go to the part holding the earliest member, so the story keeps its founding article.
  const small = a.length > b.length || (a.length === b.length && Math.min(...a) < Math.min(...b)) ? b : a;
  const leave = small.map((i) => i + offset).sort((x, y) => x - y);
  const leaving = new Set(leave);
  const keep = [...members.keys()].filter((i) => !leaving.has(i));
  return { keep, leave, between, within };
}

/**
 * Refines labelled articles (`labels[i]` the story of `vectors[i]`, arrival order): every story is checked once
 * and split at most once; the leaving part gets a fresh label above every existing one. Returns new labels.
 */
export function refineLabels(
  labels: readonly number[],
  vectors: readonly ArticleVectors[],
  cluster: ClusterOptions,
  refine: RefineOptions,
): number[] {
  const out = [...labels];
  const byStory = new Map<number, number[]>();
  labels.forEach((l, i) => {
    const m = byStory.get(l);
    if (m) m.push(i);
    else byStory.set(l, [i]);
  });
  let next = labels.reduce((m, l) => Math.max(m, l), 0) + 1;
  for (const members of byStory.values()) {
    const split = splitStory(
      members.map((i) => vectors[i] as ArticleVectors),
      cluster,
      refine,
    );
    if (!split) continue;
    const label = next++;
    for (const k of split.leave) out[members[k] as number] = label;
  }
  return out;
}
