/**
 * The refine pass on the store (src/corpus/stories/refine.ts has the algorithm): at the end of an ingest batch,
 * each story the batch touched is re-checked from its stored members and split when they form two well-separated
 * events, as `clusterIncrementally` does at the end of an evaluation batch. The decision is a pure function of the
 * stored members and the corpus's document frequencies, and the split is one store transaction
 * (CorpusStore.splitStory), so a run interrupted anywhere leaves whole stories and a re-run converges.
 */
import type { CorpusStore, StoredArticle } from "../store/types.js";
import {
  type ClusterOptions,
  DEFAULT_CLUSTER_OPTIONS,
  DEFAULT_REFINE_OPTIONS,
  type RefineOptions,
} from "../stories/cluster.js";
import { type ArticleVectors, dfKeys, vectorize } from "../stories/features.js";
import { splitStory, stateOf } from "../stories/refine.js";
import { errorMessage } from "./item.js";
import { storedFeatures } from "./record.js";

export interface StoryRefineOptions {
  readonly cluster?: ClusterOptions;
  readonly refine?: RefineOptions;
}

/** One split made: the story kept `kept` members and `left` of them founded story `newStoryId`. */
export interface StorySplitOutcome {
  readonly storyId: number;
  readonly newStoryId: number;
  readonly kept: number;
  readonly left: number;
}

export interface RefineReport {
  /** Stories big enough to hold two parts, whose members were compared. */
  readonly checked: number;
  readonly splits: readonly StorySplitOutcome[];
  /** Stories that could not be checked (say, a member whose stored analysis is unreadable); the rest go on. */
  readonly errors: readonly { readonly storyId: number; readonly reason: string }[];
}

/** The smallest story the pass looks at: two parts of `minPart` members each (6 by default). */
export function smallestSplittable(refine: RefineOptions = DEFAULT_REFINE_OPTIONS): number {
  return 2 * refine.minPart;
}

/** The members' vectors in arrival (id) order, weighted with the corpus's current document frequencies. */
export async function memberVectors(store: CorpusStore, members: readonly StoredArticle[]): Promise<ArticleVectors[]> {
  const features = members.map(storedFeatures);
  const keys = new Set<string>();
  for (const f of features) for (const k of dfKeys(f)) keys.add(k);
  const stats = await store.documentFrequencies([...keys]);
  return features.map((f) => vectorize(f, stats));
}

/**
 * Re-checks one story and splits it when its members form two events. Returns the split made, or undefined when
 * the story is too small, stays whole, or changed while it was being checked.
 */
export async function refineStoredStory(
  store: CorpusStore,
  storyId: number,
  o: StoryRefineOptions = {},
): Promise<StorySplitOutcome | undefined> {
  const cluster = o.cluster ?? DEFAULT_CLUSTER_OPTIONS;
  const refine = o.refine ?? DEFAULT_REFINE_OPTIONS;
  const members = (await store.storyMembers(storyId)).sort((a, b) => a.id - b.id);
  if (members.length < smallestSplittable(refine)) return undefined;
  const vectors = await memberVectors(store, members);
  const split = splitStory(vectors, cluster, refine);
  if (!split) return undefined;
  const pick = (indices: readonly number[]): ArticleVectors[] => indices.map((i) => vectors[i] as ArticleVectors);
  const newStoryId = await store.splitStory({
    storyId,
    keptState: stateOf(pick(split.keep)),
    leaving: split.leave.map((i) => (members[i] as StoredArticle).id),
    leavingState: stateOf(pick(split.leave)),
  });
  if (newStoryId === undefined) return undefined;
  return { storyId, newStoryId, kept: split.keep.length, left: split.leave.length };
}

/**
 * Refines the given stories, each once (a story founded by a split is not re-checked in the same pass), skipping
 * those below `smallestSplittable` members without loading them. `onSplit` hears each split as it is committed,
 * so callers can refresh their story windows and tell other workers.
 */
export async function refineStories(
  store: CorpusStore,
  storyIds: Iterable<number>,
  o: StoryRefineOptions & { readonly onSplit?: (split: StorySplitOutcome) => Promise<void> | void } = {},
): Promise<RefineReport> {
  const smallest = smallestSplittable(o.refine);
  const splits: StorySplitOutcome[] = [];
  const errors: { storyId: number; reason: string }[] = [];
  let checked = 0;
  for (const storyId of new Set(storyIds)) {
    try {
      const row = await store.getStory(storyId);
      if (!row || row.size < smallest) continue;
      checked++;
      const split = await refineStoredStory(store, storyId, o);
      if (!split) continue;
      splits.push(split);
      await o.onSplit?.(split);
    } catch (err) {
      errors.push({ storyId, reason: errorMessage(err) });
    }
  }
  return { checked, splits, errors };
}
