/**
 * Keeps each worker's in-memory story window (decide.ts) in step with the other workers' writes. Every write that
 * creates or grows a story, and every split by the refine pass, appends the story ids to a capped Redis list and
 * bumps a sequence number, inside the corpus lock; before deciding, a worker reads the ids appended since it last looked and reloads those stories
 * from the store. A worker that fell further behind than the list keeps (or sees the sequence go backwards after
 * Redis lost its data) reloads its whole window from the store.
 */
import type { Redis } from "ioredis";
import type { CorpusDecider } from "../corpus/ingest/decide.js";

/** Story updates remembered; a worker idle for longer than this many writes reloads its window instead. */
const LOG_LENGTH = 2000;

export class StorySync {
  private lastSeq: number | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly logKey: string,
    private readonly seqKey: string,
  ) {}

  /** Brings the decider up to date. Call holding the corpus lock. */
  async catchUp(decider: CorpusDecider): Promise<void> {
    const seq = Number((await this.redis.get(this.seqKey)) ?? 0);
    const last = this.lastSeq;
    this.lastSeq = seq;
    // First look: the decider's window is not loaded yet and will load fresh from the store.
    if (last === undefined || seq === last) return;
    const missed = seq - last;
    if (missed < 0 || missed > LOG_LENGTH) return decider.reload();
    const newestFirst = await this.redis.lrange(this.logKey, 0, missed - 1);
    // Each story once, at its latest change, oldest first: the window keeps the most recently touched stories.
    const ids = [...new Set(newestFirst.map(Number))].filter((id) => Number.isInteger(id)).reverse();
    await decider.refresh(ids);
  }

  /**
   * Records this worker's write to stories: an article's story, or both parts of a story the refine pass split.
   * Call holding the corpus lock, after the write committed. The sequence grows by one per id logged, since a
   * catching-up worker reads as many log entries as the sequence moved.
   */
  async wrote(...storyIds: number[]): Promise<void> {
    if (storyIds.length === 0) return;
    const res = await this.redis
      .multi()
      .lpush(this.logKey, ...storyIds.map(String))
      .ltrim(this.logKey, 0, LOG_LENGTH - 1)
      .incrby(this.seqKey, storyIds.length)
      .exec();
    const seq = res?.[2]?.[1];
    if (typeof seq === "number") this.lastSeq = seq;
  }
}
