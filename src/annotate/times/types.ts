/**
 * The two kinds of unit the time recogniser is built from, as in chrono: recognisers (a pattern plus an `extract`
 * that turns one match into a candidate) and refiners (a list of candidates in, another list out).
 */
import type { Timex, TimexType } from "../../core/document.js";
import type { Anchor } from "./calendar.js";

/** Which way an expression without its own direction ("Friday", "December 6") points from the anchor. */
export type Direction = "past" | "future" | "unknown";

/** What a candidate's `resolve` may read: the anchor, the sentence's tense, the expressions before it. */
export interface ResolveContext {
  /** The anchor, or undefined when none is known (reading it marks the value as inferred). */
  readonly anchor: Anchor | undefined;
  /** The direction the verbs around the expression point to (computed on demand). */
  direction(): Direction;
  /** Expressions already resolved, in text order, for "the quarter" and "that year". */
  readonly previous: readonly Timex[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A time expression found by one recogniser, before the refiners have checked and anchored it. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  /** The recogniser (or refiner) that made it, e.g. "times:month-day-year". */
  readonly rule: string;
  /** The value, when the text states all of it ("December 12, 2017" → 2017-12-12). */
  readonly value?: string;
  /** How to work the value out from the anchor, for relative and partial expressions ("December 6", "yesterday"). */
  readonly resolve?: (ctx: ResolveContext) => string;
  readonly mod?: string;
  /**
   * The granularity of a DATE the refiners may attach a time of day to ("day"), or the time of day a TIME
   * candidate without a date carries ("T15:00", "TMO"), so "Friday" + "morning" can merge.
   */
  readonly day?: boolean;
  readonly clock?: string;
  /** Breaks ties between overlapping candidates of the same length; higher wins. */
  readonly priority?: number;
}

/** A named recogniser: a global regex and a function that turns one match into candidates (or nothing). */
export interface Recogniser {
  readonly name: string;
  /** Must have the "g" and "d" flags: the runner scans with `exec` and reads group offsets. */
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, text: string): Candidate | readonly Candidate[] | null;
}

/** What a refiner may read besides the candidates. */
export interface RefineContext {
  readonly text: string;
  readonly anchor: Anchor | undefined;
}

/** A list of candidates in, another list out (filter, merge, remove overlaps). */
export type Refiner = (candidates: readonly Candidate[], context: RefineContext) => Candidate[];
