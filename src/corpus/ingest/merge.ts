/**
 * The merge pass on the store (src/corpus/stories/merge.ts has the algorithm): at the end of an ingest batch, after
 * the refine pass, each story the batch touched is compared with the recent stories and joined with one whose
 * members belong to the same event, as `clusterIncrementally` does at the end of an evaluation batch. Each merge
 * is one store transaction (CorpusStore.mergeStories), so a run interrupted anywhere leaves whole stories.
 */
import type { CorpusStore } from "../store/types.js";
import {
  type ClusterOptions,
  DEFAULT_CLUSTER_OPTIONS,
  DEFAULT_REFINE_OPTIONS,
  type RefineOptions,
} from "../stories/cluster.js";
import type { ArticleVectors } from "../stories/features.js";
import { DEFAULT_MERGE_OPTIONS, type Member, type MergeOptions, MergePlanner } from "../stories/merge.js";
import { stateOf } from "../stories/refine.js";
import { errorMessage } from "./item.js";
import { memberVectors } from "./refine.js";

/** Recent stories a touched story is compared with: the ingest's story window (decide.ts), no further back. */
export const MERGE_POOL = 5000;

export interface StoryMergeOptions {
  readonly cluster?: ClusterOptions;
  readonly refine?: RefineOptions;
  readonly merge?: MergeOptions;
}

/** One merge made: story `absorbedId`'s members joined story `storyId`, which now has `size` members. */
export interface StoryMergeOutcome {
  readonly storyId: number;
  readonly absorbedId: number;
  readonly size: number;
}

export interface MergeReport {
  readonly merges: readonly StoryMergeOutcome[];
  /** Why the pass stopped early (say, a member whose stored analysis is unreadable); merges made stay. */
  readonly error?: string;
}

/** A story's members in arrival (id) order, weighted with the corpus's current document frequencies. */
async function loadMembers(store: CorpusStore, storyId: number): Promise<Member[]> {
  const members = (await store.storyMembers(storyId)).sort((a, b) => a.id - b.id);
  const vectors = await memberVectors(store, members);
  return members.map((m, i) => ({ seq: m.id, vectors: vectors[i] as ArticleVectors }));
}

/**
 * Merges the given stories with the recent stories they belong with, best-linked pair first. `onMerge` hears each
 * merge as it is committed, so callers can refresh their story windows and tell other workers.
 */
export async function mergeStories(
  store: CorpusStore,
  storyIds: Iterable<number>,
  o: StoryMergeOptions & { readonly onMerge?: (merge: StoryMergeOutcome) => Promise<void> | void } = {},
): Promise<MergeReport> {
  const cluster = o.cluster ?? DEFAULT_CLUSTER_OPTIONS;
  const refine = o.refine ?? DEFAULT_REFINE_OPTIONS;
  const merge = o.merge ?? DEFAULT_MERGE_OPTIONS;
  const merges: StoryMergeOutcome[] = [];
  try {
    const pool = await store.recentStories(MERGE_POOL);
    const planner = new MergePlanner(pool, storyIds, cluster, refine, merge);
    for (;;) {
      for (const id of planner.missing()) planner.provide(id, await loadMembers(store, id));
      const step = planner.next();
      if (!step) break;
      const mergedState = stateOf(step.members.map((m) => m.vectors));
      if (!(await store.mergeStories({ storyId: step.keep, absorbedId: step.gone, mergedState }))) {
        planner.refused(step);
        continue;
      }
      planner.applied(step, mergedState);
      const outcome = { storyId: step.keep, absorbedId: step.gone, size: mergedState.size };
      merges.push(outcome);
      await o.onMerge?.(outcome);
    }
  } catch (err) {
    return { merges, error: errorMessage(err) };
  }
  return { merges };
}
