/**
 * A half-open range [start, end) in UTF-16 code units of `Document.text`, as JavaScript strings index.
 * `text.slice(start, end)` is the surface form.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The surface text of a span. */
export function surface(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when the two half-open spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `outer` covers `inner` entirely. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Order by start ascending, then the longer span first (spaCy's and brat's reading order). */
export function bySpan(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/** The line holding the span: from the line break before its start to the one after its end (breaks excluded). */
export function lineAround(text: string, span: Span): Span {
  const end = text.indexOf("\n", span.end);
  return { start: text.lastIndexOf("\n", span.start - 1) + 1, end: end < 0 ? text.length : end };
}

/** Checks the offset invariant 0 ≤ start ≤ end ≤ length; throws on a broken span (a bug, not bad input). */
export function assertSpan(text: string, span: Span, what: string): void {
  if (
    !(
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      0 <= span.start &&
      span.start <= span.end &&
      span.end <= text.length
    )
  ) {
    throw new RangeError(`${what}: span [${span.start}, ${span.end}) is outside the text (length ${text.length})`);
  }
}
