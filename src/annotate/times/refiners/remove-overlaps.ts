/** Keeps one candidate where several overlap: the longest, then the one with the higher priority, then the earliest. */
import type { Candidate } from "../types.js";

export function removeOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  // Characters already taken by a kept candidate: an overlap check costs the candidate's length, not the list's.
  const taken = new Uint8Array(candidates.reduce((n, c) => Math.max(n, c.end), 0));
  for (const c of ranked) {
    if (anyTaken(taken, c.start, c.end)) continue;
    kept.push(c);
    taken.fill(1, c.start, c.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether a character of [start, end) is taken (a loop: a subarray view per candidate was an allocation each). */
function anyTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}
