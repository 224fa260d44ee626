/**
 * The ingest loop: read sources → skip known content → analyse (inline or in workers) → decide duplicates,
 * versions and story → write the article in one transaction → at the end of the batch, refine the stories it
 * touched (refine.ts) and merge those that belong with another (merge.ts). Writes happen in input order on this
 * thread, so a run is reproducible and a killed run resumes by skipping what was committed. Bad input is recorded
 * as a failure and the batch goes on.
 */

import type { Document } from "../../core/document.js";
import type { CorpusStore } from "../store/types.js";
import { type ClusterOptions, DEFAULT_REFINE_OPTIONS, type RefineOptions } from "../stories/cluster.js";
import type { MergeOptions } from "../stories/merge.js";
import { sha256Hex } from "../text/normalize.js";
import { CorpusDecider } from "./decide.js";
import { DEFAULT_FETCH_OPTIONS, type FetchOptions, PoliteFetcher } from "./fetcher.js";
import { errorMessage, type SourceItem } from "./item.js";
import { mergeStories } from "./merge.js";
import { type Analyzer, makeAnalyzer } from "./pool.js";
import { Progress, type ProgressCounts } from "./progress.js";
import { bodyText, type PreparedArticle, prepareArticle } from "./record.js";
import { refineStories } from "./refine.js";
import { openSource } from "./sources/open.js";

export interface IngestOptions {
  readonly store: CorpusStore;
  /** Analysis threads; 1 analyses on the main thread. */
  readonly jobs?: number;
  readonly progress?: Progress;
  readonly fetch?: Partial<FetchOptions>;
  /** Per source, the only inputs to process (used by --retry-failed); absent means all. */
  readonly only?: ReadonlyMap<string, ReadonlySet<string>>;
  readonly cluster?: ClusterOptions;
  /** The end-of-batch refine pass over the stories the batch touched; false skips it (`--no-refine`). */
  readonly refine?: RefineOptions | false;
  /** The end-of-batch merge pass (after refining) over the stories the batch touched; false skips it. */
  readonly merge?: MergeOptions | false;
  readonly analyzer?: Analyzer;
  /** Checked between articles; when it returns true the run stops cleanly (Ctrl-C). */
  readonly shouldStop?: () => boolean;
}

export interface IngestSummary extends ProgressCounts {
  readonly versions: number;
  /** Stories the refine pass split in two at the end of the batch. */
  readonly storiesSplit: number;
  /** Stories the merge pass joined with another at the end of the batch. */
  readonly storiesMerged: number;
}

/** A failure of one item at a known stage (the caller records it; the queue worker does not retry it). */
export class ItemError extends Error {
  override readonly name = "ItemError";
  constructor(
    readonly stage: "analyze" | "store",
    message: string,
  ) {
    super(message);
  }
}

export interface StoreOutcome {
  readonly id: number;
  readonly storyId: number;
  /** False when the content was already stored (the write was a no-op). */
  readonly created: boolean;
  readonly duplicate: boolean;
  readonly version: boolean;
}

/**
 * Stores one analysed item: decides duplicate, version and story against the corpus, then writes the article.
 * The single-process ingest and the queue worker both call it; callers must not run two at once on one store
 * (decisions read the corpus the write changes), which the queue guarantees with a lock (src/queue/lock.ts).
 */
export async function storeAnalysed(
  store: CorpusStore,
  decider: CorpusDecider,
  item: SourceItem,
  doc: Document,
): Promise<StoreOutcome> {
  return storePrepared(store, decider, prepareAnalysed(item, doc));
}

/** The part of storeAnalysed that needs no corpus (signatures, features): the queue runs it outside its lock. */
export function prepareAnalysed(item: SourceItem, doc: Document): PreparedArticle {
  // An empty page would hash like every other empty page and pass for their duplicate.
  if (bodyText(doc).trim() === "") throw new ItemError("analyze", "no article text found");
  return prepareArticle(item, doc);
}

/** The part of storeAnalysed that reads and writes the corpus: one writer at a time per store. */
export async function storePrepared(
  store: CorpusStore,
  decider: CorpusDecider,
  prepared: PreparedArticle,
): Promise<StoreOutcome> {
  const article = await decider.decide(prepared);
  const res = await store.putArticle(article);
  if (res.created) decider.committed(res.storyId, article);
  return {
    ...res,
    duplicate: res.created && article.duplicateOf !== undefined,
    version: res.created && article.previousVersion !== undefined,
  };
}

interface Pending {
  readonly item: SourceItem;
  readonly result: Promise<{ doc?: Document; error?: string }>;
}

export async function ingest(sources: readonly string[], o: IngestOptions): Promise<IngestSummary> {
  const { store } = o;
  const jobs = Math.max(1, o.jobs ?? 1);
  const analyzer = o.analyzer ?? makeAnalyzer(jobs);
  const fetcher = new PoliteFetcher({ ...DEFAULT_FETCH_OPTIONS, ...o.fetch }, store);
  const decider = new CorpusDecider(store, o.cluster);
  const c = {
    seen: 0,
    stored: 0,
    skipped: 0,
    duplicates: 0,
    failed: 0,
    versions: 0,
    storiesSplit: 0,
    storiesMerged: 0,
  };
  // Stories this batch created or grew: the refine pass re-checks only these.
  const touched = new Set<number>();
  // Enough articles in flight to keep every worker busy while the main thread writes.
  const maxInFlight = jobs * 2;
  const inFlight: Pending[] = [];

  const fail = async (source: string, input: string, stage: "analyze" | "store", reason: string): Promise<void> => {
    c.failed++;
    await store.recordFailure({ source, input, stage, reason });
    o.progress?.failure(input, stage, reason);
  };

  const write = async (p: Pending): Promise<void> => {
    const { doc, error } = await p.result;
    if (!doc) return fail(p.item.source, p.item.input, "analyze", error ?? "analysis failed");
    try {
      const res = await storeAnalysed(store, decider, p.item, doc);
      if (res.created) {
        touched.add(res.storyId);
        c.stored++;
        if (res.duplicate) c.duplicates++;
        if (res.version) c.versions++;
      } else c.skipped++;
      await store.resolveFailure(p.item.source, p.item.input);
    } catch (err) {
      await fail(p.item.source, p.item.input, err instanceof ItemError ? err.stage : "store", errorMessage(err));
    }
    o.progress?.update(c);
  };

  try {
    for (const source of sources) {
      const only = o.only?.get(source);
      for await (const ev of openSource(source, { fetcher })) {
        if (o.shouldStop?.()) break;
        if (only && !only.has(ev.input)) continue;
        c.seen++;
        if (ev.kind === "failure") {
          c.failed++;
          await store.recordFailure(ev);
          o.progress?.failure(ev.input, ev.stage, ev.reason);
          continue;
        }
        if (await store.hasContent(sha256Hex(ev.bytes))) {
          c.skipped++;
          await store.resolveFailure(ev.source, ev.input);
          o.progress?.update(c);
          continue;
        }
        const result = analyzer.analyze(ev.analyzeInput, ev.options).then(
          (doc) => ({ doc }),
          (err: unknown) => ({ error: errorMessage(err) }),
        );
        inFlight.push({ item: ev, result });
        while (inFlight.length >= maxInFlight) await write(inFlight.shift() as Pending);
      }
      if (o.shouldStop?.()) break;
    }
    while (inFlight.length > 0) await write(inFlight.shift() as Pending);
  } finally {
    if (!o.analyzer) await analyzer.close();
  }
  const settled = await settleStories(store, decider, touched, o);
  c.storiesSplit = settled.split;
  c.storiesMerged = settled.merged;
  o.progress?.done(c);
  return c;
}

/**
 * The end-of-batch story passes over the stories a batch touched: refine (split a story chaining two events), then
 * merge (join fragments of one event), each skipped when its option is false. The decider's window follows every
 * change. Shared by ingest and the HTTP API's single-article writes.
 */
export async function settleStories(
  store: CorpusStore,
  decider: CorpusDecider,
  touched: ReadonlySet<number>,
  o: Pick<IngestOptions, "cluster" | "refine" | "merge" | "progress">,
): Promise<{ split: number; merged: number }> {
  const split = o.refine !== false ? await refineBatch(store, decider, touched, o) : 0;
  const merged = o.merge !== false ? await mergeBatch(store, decider, touched, o) : 0;
  return { split, merged };
}

/** The end-of-batch refine pass: splits chained merges among the touched stories; returns the number split. */
async function refineBatch(
  store: CorpusStore,
  decider: CorpusDecider,
  touched: ReadonlySet<number>,
  o: Pick<IngestOptions, "cluster" | "refine" | "progress">,
): Promise<number> {
  const report = await refineStories(store, touched, {
    cluster: o.cluster,
    refine: o.refine || DEFAULT_REFINE_OPTIONS,
    // The window must see both parts, or the next article would join the story as it was before the split.
    onSplit: (s) => decider.refresh([s.storyId, s.newStoryId]),
  });
  for (const s of report.splits)
    o.progress?.note(`refine: story ${s.storyId} split: ${s.kept} members stay, ${s.left} form story ${s.newStoryId}`);
  for (const e of report.errors) o.progress?.note(`refine: story ${e.storyId} not checked: ${e.reason}`);
  return report.splits.length;
}

/** The end-of-batch merge pass: joins touched stories with recent stories of the same event; returns the number. */
async function mergeBatch(
  store: CorpusStore,
  decider: CorpusDecider,
  touched: ReadonlySet<number>,
  o: Pick<IngestOptions, "cluster" | "refine" | "merge" | "progress">,
): Promise<number> {
  const report = await mergeStories(store, touched, {
    cluster: o.cluster,
    refine: o.refine || DEFAULT_REFINE_OPTIONS,
    merge: o.merge || undefined,
    // The window must drop the absorbed story, or the next article could be placed in a story that is gone.
    onMerge: (m) => decider.refresh([m.storyId, m.absorbedId]),
  });
  for (const m of report.merges)
    o.progress?.note(`merge: story ${m.absorbedId} joined story ${m.storyId} (${m.size} members)`);
  if (report.error) o.progress?.note(`merge: stopped early: ${report.error}`);
  return report.merges.length;
}

/** Re-runs the sources of unresolved failures, limited to the failed inputs (a failed whole source reruns whole). */
export async function retryFailed(o: IngestOptions): Promise<IngestSummary> {
  const failures = await o.store.listFailures();
  const only = new Map<string, Set<string>>();
  for (const f of failures) {
    const set = only.get(f.source) ?? new Set<string>();
    set.add(f.input);
    only.set(f.source, set);
  }
  const whole = [...only].filter(([source, inputs]) => inputs.has(source)).map(([s]) => s);
  for (const s of whole) only.delete(s);
  return ingest([...only.keys(), ...whole], { ...o, only });
}

export { Progress };
