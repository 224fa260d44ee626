/** What a source yields: an article to analyse, or a failure to record. Sources never throw for bad input. */
import type { AnalyzeOptions } from "../../analyze.js";
import type { FailureInput } from "../store/types.js";

/** Metadata the source knew (JSONL fields, feed item fields); it overrides what the reader finds in the text. */
export interface ItemMeta {
  readonly title?: string;
  readonly outlet?: string;
  readonly authors?: readonly string[];
  readonly published?: string;
  readonly url?: string;
}

export interface SourceItem {
  readonly kind: "item";
  readonly source: string;
  readonly input: string;
  /** The original bytes, stored compressed; their SHA-256 is the idempotency key. */
  readonly bytes: Uint8Array;
  /** What analyze() reads: the bytes themselves, or the text field of a JSON record. */
  readonly analyzeInput: Uint8Array | string;
  readonly options: AnalyzeOptions;
  readonly meta: ItemMeta;
  readonly fetchedAt: string;
}

export interface SourceFailure extends FailureInput {
  readonly kind: "failure";
}

export type SourceEvent = SourceItem | SourceFailure;

/** An article page known by URL but not fetched yet (a feed entry or a URL-list line, when fetching is deferred). */
export interface PageRef {
  readonly kind: "page";
  readonly source: string;
  /** The page URL. */
  readonly input: string;
  readonly meta: ItemMeta;
  /** The feed's own content for the entry, used when the page cannot be fetched. */
  readonly fallback?: string;
}

export function failure(source: string, input: string, stage: FailureInput["stage"], reason: string): SourceFailure {
  return { kind: "failure", source, input, stage, reason };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
