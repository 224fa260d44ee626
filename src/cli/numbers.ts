/**
 * Parsers for the CLI's numeric options. Commander passes option text through as given, and `Number("ten")` is NaN,
 * which used to turn `--limit ten` into an empty result instead of an error; these reject such values with
 * commander's InvalidArgumentError, so the user sees which option and value were wrong.
 */
import { InvalidArgumentError } from "commander";

/** A whole number ≥ 0 (counts, offsets, limits). */
export function wholeNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError("expected a whole number ≥ 0");
  return n;
}

/** A whole number ≥ 1 (worker counts, attempts, sizes). */
export function positiveWholeNumber(value: string): number {
  const n = wholeNumber(value);
  if (n < 1) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return n;
}

/** A number > 0, fractions allowed (intervals and timeouts). */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a number > 0");
  return n;
}
