/**
 * Fast span look-ups for long documents. Annotators often ask "which sentence holds this offset?" or "is this span
 * inside one of these ranges?"; a linear scan per question is quadratic on a 10 MB page.
 */
import type { Span } from "./span.js";

/** Index of the last span in `sorted` (by start, not overlapping) whose start ≤ offset, or -1. */
export function lastStartingAtOrBefore(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Span).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The span of `sorted` (by start, not overlapping) that contains `offset`, or undefined. */
export function spanAt<T extends Span>(sorted: readonly T[], offset: number): T | undefined {
  const i = lastStartingAtOrBefore(sorted, offset);
  const s = i >= 0 ? sorted[i] : undefined;
  return s && offset < s.end ? s : undefined;
}

/** True when `span` lies wholly inside one of `sorted` (by start, not overlapping). */
export function insideAny(sorted: readonly Span[], span: Span): boolean {
  const i = lastStartingAtOrBefore(sorted, span.start);
  const s = i >= 0 ? sorted[i] : undefined;
  return s !== undefined && span.end <= s.end;
}

/** The spans of `sorted` (by start) that lie wholly inside `outer`, found by binary search. */
export function spansWithin<T extends Span>(sorted: readonly T[], outer: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as T).start < outer.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const s = sorted[i] as T;
    if (s.start >= outer.end) break;
    if (s.end <= outer.end) out.push(s);
  }
  return out;
}

/**
 * A fixed set of spans that answers "does anything here overlap this span?" in O(log n): spans sorted by start,
 * with the running maximum of their ends (some span with start < x.end overlaps x iff that maximum > x.start).
 */
export class SpanSet {
  private readonly starts: Float64Array;
  private readonly maxEnd: Float64Array;

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = Float64Array.from(sorted, (s) => s.start);
    this.maxEnd = new Float64Array(sorted.length);
    let max = Number.NEGATIVE_INFINITY;
    sorted.forEach((s, i) => {
      max = Math.max(max, s.end);
      this.maxEnd[i] = max;
    });
  }

  /** True when some span of the set shares at least one character with `span`. */
  overlaps(span: Span): boolean {
    // Last index whose start < span.end.
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) < span.end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && (this.maxEnd[found] ?? 0) > span.start;
  }
}
