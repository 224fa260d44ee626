/**
 * The merge pass, the refine pass's counterpart: joins two stories whose members are, pair by pair, linked about as
 * well as the members of one story. Single-pass clustering founds a second story whenever an article about an
 * event arrives before anything it resembles enough (a differently worded early report), and later articles then
 * divide between the two; no single arrival can join them, but looking at both stories' members can. A merge is
 * kept only when the refine pass would leave the merged story whole, so the two passes never undo each other.
 *
 * The work is bounded per batch: each story the batch touched is compared by centroid with the stories of the
 * pool (the recent-story window), and only its few best candidates are compared member by member.
 */
import type { StoryState } from "../store/types.js";
import { type ClusterOptions, dateDamping, dateGap, type RefineOptions, similarity } from "./cluster.js";
import type { ArticleVectors } from "./features.js";
import { splitStory, stateOf } from "./refine.js";

export interface MergeOptions {
  /** Merge only when the mean pairwise similarity between the two stories' members reaches this multiple of the
   * join threshold: articles that would not join each other one by one can still belong to one event, but on
   * average they must be clearly related. */
  readonly linkFactor: number;
  /** Stories compared member by member per touched story: the most similar by centroid. */
  readonly candidates: number;
  /** Centroid similarity below which a story is no candidate at all (a cheap filter before member comparisons). */
  readonly minCentroid: number;
  /** Members compared per story (the most recent), bounding the pairwise work on very large stories. */
  readonly maxMembers: number;
  /**
   * The link factor when one story has dates and the other none. Nothing then says the two happened at the same
   * time (an undated story is never damped), so the pair must be linked as strongly as an article must be to join
   * a story: on a 100,000-article corpus the looser factor let an undated story absorb an unrelated dated one.
   */
  readonly undatedLinkFactor: number;
}

/** Tuned on ECB+ dev subtopics and BASIL dev triplets (.scratch/mg-exp*.ts, mg-batch.ts). With the refine check in
 * place the link factor has a plateau (0.4–0.6 give ECB+ F1 within 0.002 of 0.5; 0.75 loses 0.004, 1.0 loses
 * 0.014); the refine check is what keeps two events of one kind apart: without it every factor that helps ECB+ also
 * merges its paired events. One to five candidates give the same merges; a centroid floor at the join threshold
 * misses some (ECB+ −0.005) and lets a worse pair merge first (BASIL −0.012). */
export const DEFAULT_MERGE_OPTIONS: MergeOptions = {
  linkFactor: 0.5,
  candidates: 3,
  minCentroid: 0.1,
  maxMembers: 200,
  undatedLinkFactor: 1,
};

/** A story member: its vectors and its arrival order (article id in the store, input index in an evaluation). */
export interface Member {
  readonly seq: number;
  readonly vectors: ArticleVectors;
}

/** One merge: `gone`'s members join `keep`, whose members afterwards are `members` (arrival order). */
export interface MergeStep {
  readonly keep: number;
  readonly gone: number;
  readonly link: number;
  readonly members: readonly Member[];
}

/** Days between two stories' date ranges; 0 when they overlap or either is undated. */
export function rangeGap(a: StoryState, b: StoryState): number {
  if (!a.firstDate || !a.lastDate || !b.firstDate || !b.lastDate) return 0;
  if (a.firstDate.slice(0, 10) <= b.lastDate.slice(0, 10) && b.firstDate.slice(0, 10) <= a.lastDate.slice(0, 10))
    return 0;
  return Math.min(dateGap(a.firstDate, b), dateGap(a.lastDate, b));
}

/**
 * Similarity of two stories by their summed vectors: `a`'s vectors compared with `b` as an article would be,
 * damped by the gap between the two date ranges. When the damping alone puts it below `floor`, returns 0 without
 * comparing the vectors.
 */
export function centroidSimilarity(a: StoryState, b: StoryState, o: ClusterOptions, floor = 0): number {
  const damping = dateDamping(rangeGap(a, b), o);
  // Similarity is at most 1 before damping: stories too far apart in time need no vector comparison.
  if (damping < floor) return 0;
  // Undated as an article, `a` is compared without damping (dateGap is 0 when either side is undated).
  return similarity({ terms: a.terms, names: a.names, title: a.title }, b, o) * damping;
}

const recent = (members: readonly Member[], max: number): readonly Member[] =>
  members.length > max ? members.slice(members.length - max) : members;

/** Mean similarity over all pairs of one member of `a` and one of `b` (each as the clusterer compares articles). */
export function meanLink(a: readonly ArticleVectors[], b: readonly ArticleVectors[], o: ClusterOptions): number {
  if (a.length === 0 || b.length === 0) return 0;
  let sum = 0;
  for (const y of b) {
    const single = stateOf([y]);
    for (const x of a) sum += similarity(x, single, o);
  }
  return sum / (a.length * b.length);
}

/** The two stories' members as one story, in arrival order. */
export function mergedMembers(a: readonly Member[], b: readonly Member[]): Member[] {
  return [...a, ...b].sort((x, y) => x.seq - y.seq);
}

/**
 * Whether two stories should be one: their members linked on average by at least `linkFactor` × threshold, and the
 * merged story one that the refine pass would keep whole. Returns the mean link, or undefined.
 */
export function mergeLink(
  a: readonly Member[],
  b: readonly Member[],
  cluster: ClusterOptions,
  refine: RefineOptions,
  merge: MergeOptions,
): number | undefined {
  const vectors = (m: readonly Member[]) => recent(m, merge.maxMembers).map((x) => x.vectors);
  const link = meanLink(vectors(a), vectors(b), cluster);
  if (link < merge.linkFactor * cluster.threshold) return undefined;
  const merged = mergedMembers(a, b).map((x) => x.vectors);
  return splitStory(merged, cluster, refine) ? undefined : link;
}

const pairKey = (a: number, b: number): string => (a < b ? `${a} ${b}` : `${b} ${a}`);

/**
 * Plans merges best first among the touched stories and their candidates. The caller loads members on demand
 * (`missing`, then `provide`), asks for the `next` merge, applies it and reports back (`applied` or `refused`), so
 * the same plan serves the in-memory evaluation and the store. Every accepted step is a pair whose mean link is the
 * highest of all pairs still open; a merged story gets fresh candidates and is compared again.
 */
export class MergePlanner {
  private readonly states = new Map<number, StoryState>();
  private readonly members = new Map<number, readonly Member[]>();
  private readonly pairs = new Map<string, readonly [number, number]>();
  /** Mean link per pair, or null when the pair must not merge; dropped when either story changes. */
  private readonly links = new Map<string, number | null>();

  constructor(
    pool: Iterable<{ readonly id: number; readonly state: StoryState }>,
    touched: Iterable<number>,
    private readonly cluster: ClusterOptions,
    private readonly refine: RefineOptions,
    private readonly merge: MergeOptions,
  ) {
    for (const s of pool) this.states.set(s.id, s.state);
    for (const id of new Set(touched)) if (this.states.has(id)) this.addCandidates(id);
  }

  /** The most similar stories of the pool by centroid, above `minCentroid`, become pairs with `id`. */
  private addCandidates(id: number): void {
    const state = this.states.get(id);
    if (!state) return;
    const scored: { id: number; sim: number }[] = [];
    for (const [other, s] of this.states) {
      if (other === id) continue;
      const sim = centroidSimilarity(state, s, this.cluster, this.merge.minCentroid);
      if (sim >= this.merge.minCentroid) scored.push({ id: other, sim });
    }
    scored.sort((x, y) => y.sim - x.sim || x.id - y.id);
    for (const c of scored.slice(0, this.merge.candidates)) this.pairs.set(pairKey(id, c.id), [id, c.id]);
  }

  /** Stories in open pairs whose members are not loaded yet. */
  missing(): number[] {
    const out = new Set<number>();
    for (const [a, b] of this.pairs.values()) {
      if (!this.members.has(a)) out.add(a);
      if (!this.members.has(b)) out.add(b);
    }
    return [...out];
  }

  /** The merge options for a pair: the stricter link factor when exactly one of the two is dated. */
  private optionsFor(a: number, b: number): MergeOptions {
    const dated = (id: number): boolean => this.states.get(id)?.firstDate !== undefined;
    return dated(a) === dated(b) ? this.merge : { ...this.merge, linkFactor: this.merge.undatedLinkFactor };
  }

  provide(id: number, members: readonly Member[]): void {
    this.members.set(id, members);
  }

  /** The open pair with the highest mean link that should merge, or undefined when none is left. */
  next(): MergeStep | undefined {
    let best: { a: number; b: number; link: number } | undefined;
    for (const [key, [a, b]] of this.pairs) {
      let link = this.links.get(key);
      if (link === undefined) {
        const ma = this.members.get(a);
        const mb = this.members.get(b);
        if (!ma || !mb) throw new Error(`merge planner: members of story ${ma ? b : a} were not provided`);
        link = mergeLink(ma, mb, this.cluster, this.refine, this.optionsFor(a, b)) ?? null;
        this.links.set(key, link);
      }
      if (link !== null && (best === undefined || link > best.link)) best = { a, b, link };
    }
    if (!best) return undefined;
    const ma = this.members.get(best.a) ?? [];
    const mb = this.members.get(best.b) ?? [];
    // The larger story keeps its id; between equals, the one with the earliest member (the older story).
    const firstSeq = (m: readonly Member[]) => m[0]?.seq ?? 0;
    const aKeeps = ma.length > mb.length || (ma.length === mb.length && firstSeq(ma) <= firstSeq(mb));
    const [keep, gone] = aKeeps ? [best.a, best.b] : [best.b, best.a];
    return { keep, gone, link: best.link, members: mergedMembers(ma, mb) };
  }

  /** Records a merge made with the merged story's new state; the merged story is compared afresh. */
  applied(step: MergeStep, state: StoryState): void {
    this.states.delete(step.gone);
    this.members.delete(step.gone);
    this.states.set(step.keep, state);
    this.members.set(step.keep, step.members);
    for (const [key, [a, b]] of [...this.pairs]) {
      if (a !== step.keep && a !== step.gone && b !== step.keep && b !== step.gone) continue;
      this.pairs.delete(key);
      this.links.delete(key);
      const other = a === step.keep || a === step.gone ? b : a;
      if (other !== step.keep && other !== step.gone) this.pairs.set(pairKey(step.keep, other), [step.keep, other]);
    }
    this.addCandidates(step.keep);
  }

  /** Records a merge that could not be made (a story changed meanwhile): the pair is not proposed again. */
  refused(step: MergeStep): void {
    this.links.set(pairKey(step.keep, step.gone), null);
  }
}

/**
 * Merges labelled articles (`labels[i]` the story of `vectors[i]`, arrival order) as the store's merge pass would
 * after a batch that touched every story; the merged story keeps the label of the larger one. Returns new labels.
 */
export function mergeLabels(
  labels: readonly number[],
  vectors: readonly ArticleVectors[],
  cluster: ClusterOptions,
  refine: RefineOptions,
  merge: MergeOptions,
): number[] {
  const byStory = new Map<number, Member[]>();
  labels.forEach((l, i) => {
    const m = byStory.get(l) ?? [];
    m.push({ seq: i, vectors: vectors[i] as ArticleVectors });
    byStory.set(l, m);
  });
  const pool = [...byStory].map(([id, m]) => ({ id, state: stateOf(m.map((x) => x.vectors)) }));
  const planner = new MergePlanner(pool, byStory.keys(), cluster, refine, merge);
  for (const [id, m] of byStory) planner.provide(id, m);
  const out = [...labels];
  for (let step = planner.next(); step; step = planner.next()) {
    planner.applied(step, stateOf(step.members.map((x) => x.vectors)));
    for (const m of step.members) out[m.seq] = step.keep;
  }
  return out;
}
