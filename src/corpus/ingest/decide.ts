/**
 * The decisions that need the corpus: is the article a new version of a URL already stored, an exact or near
 * duplicate of an earlier article, and which story it joins. Runs on the single writer thread, just before the
 * article's transaction, so the decisions and the write see the same corpus.
 */
import { estimateJaccard } from "../dedup/minhash.js";
import type { ArticleInput, CorpusStore } from "../store/types.js";
import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, StoryWindow } from "../stories/cluster.js";
import { dfKeys, vectorize } from "../stories/features.js";
import type { PreparedArticle } from "./record.js";

/** Estimated Jaccard of 5-shingle sets above which two texts count as the same article (tuned on the perturbed
 * AllSides set by scripts/eval-corpus.ts: light edits stay above it, same-topic articles fall far below). */
export const NEAR_DUPLICATE_JACCARD = 0.4;
/** Stories kept in memory for incremental clustering: older ones no longer attract new articles. */
const STORY_WINDOW = 5000;

export class CorpusDecider {
  private window: StoryWindow | undefined;

  constructor(
    private readonly store: CorpusStore,
    private readonly options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  ) {}

  private async storyWindow(): Promise<StoryWindow> {
    if (!this.window) {
      this.window = new StoryWindow(this.options, STORY_WINDOW);
      this.window.load((await this.store.recentStories(STORY_WINDOW)).reverse());
    }
    return this.window;
  }

  async decide(a: PreparedArticle): Promise<ArticleInput> {
    const { features, ...rest } = a;
    let previousVersion: number | undefined;
    let duplicateOf: ArticleInput["duplicateOf"];
    let forcedStory: number | undefined;
    if (a.url) {
      const prior = await this.store.latestByUrl(a.url);
      if (prior && prior.contentHash !== a.contentHash) {
        previousVersion = prior.id;
        forcedStory = prior.storyId;
      }
    }
    if (previousVersion === undefined) {
      const exact = await this.store.findByTextHash(a.textHash);
      if (exact) {
        duplicateOf = { id: exact.duplicateOf ?? exact.id, kind: "exact", similarity: 1 };
        forcedStory = exact.storyId;
      } else {
        let best: { id: number; sim: number; story?: number } | undefined;
        for (const c of await this.store.lshCandidates(a.lshKeys)) {
          const sim = estimateJaccard(a.minhash, c.minhash);
          if (sim >= NEAR_DUPLICATE_JACCARD && (!best || sim > best.sim))
            best = { id: c.duplicateOf ?? c.id, sim, story: c.storyId };
        }
        if (best) {
          duplicateOf = { id: best.id, kind: "near", similarity: best.sim };
          forcedStory = best.story;
        }
      }
    }
    const keys = dfKeys(features);
    const stats = await this.store.documentFrequencies(keys);
    const vectors = vectorize(features, stats);
    const window = await this.storyWindow();
    if (forcedStory !== undefined) {
      const row = await this.store.getStory(forcedStory);
      if (row) window.load([row]);
    }
    const placed = window.place(vectors, forcedStory);
    return { ...rest, previousVersion, duplicateOf, dfKeys: keys, story: { id: placed.id, state: placed.state } };
  }

  /**
   * Brings stories that another writer on the same store created or grew into the window (the queue's workers
   * share one store; see src/queue/story-sync.ts). Before the first decision the window loads fresh anyway. A
   * story that no longer exists (merged into another) leaves the window.
   */
  async refresh(storyIds: Iterable<number>): Promise<void> {
    if (!this.window) return;
    for (const id of storyIds) {
      const row = await this.store.getStory(id);
      if (row) this.window.commit(row.id, row.state);
      else this.window.forget(id);
    }
  }

  /** Drops the window so the next decision reloads it from the store (when too much changed to catch up). */
  reload(): void {
    this.window = undefined;
  }

  /** Tells the window the story id the store gave (a new story gets its id only at write time). */
  committed(storyId: number, article: ArticleInput): void {
    this.window?.commit(storyId, article.story.state);
  }
}
