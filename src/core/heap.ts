/**
 * How far V8 lets the old generation grow between full collections.
 *
 * Analysing one article allocates several MB, so each young-generation collection finds the article in flight still
 * alive and promotes about 1 MB of it to the old generation, where it dies moments later. V8 counts the full
 * collections of such a heap as cheap (mostly incremental marking), and answers cheap collections by letting it grow to
 * up to four times what survived the last one before collecting again. A run over 1,000 articles then held 250 MB
 * of heap for 80 MB of live data, and its peak RSS (300–440 MB) said more about that heuristic than about Sift.
 *
 * `--heap-growing-percent` fixes the growth factor instead. Unlike `--max-old-space-size` it is not a limit, so a
 * large corpus job can still use all the memory it needs; it only collects sooner.
 */
import { setFlagsFromString } from "node:v8";

/**
 * Collect when the old generation has grown by 15% over what the last full collection kept. Measured on 1,000
 * AllSides articles (`npm run bench`): peak RSS 355–400 → ~275 MB at the same speed with 25%; in session 10, with
 * more reading and attribution rules, 25% peaked at 296–301 MB and 15% at 288–293 MB, at the same speed (two
 * alternating runs each); a full collection every few dozen articles costs a few ms.
 */
export const HEAP_GROWING_PERCENT = 15;

/**
 * The young generation's semi-space size, in MB, that the `sift` command starts Node with (bin/sift.js's first line).
 * V8's default (16 MB on 64-bit) lets each article's short-lived objects fill more new space before a scavenge; 8 MB
 * scavenges sooner, at the same speed (1,000 AllSides articles: 16.2–18.5 s either way), and lowers the peak RSS by
 * about 18 MB (292–299 → 271–276 MB). V8 reads it only at start-up, so it is a command-line flag, not set here.
 */
export const SEMI_SPACE_FLAG = "--max-semi-space-size=8";

/**
 * The C allocator's arena limit that the `sift` command starts Node with (bin/sift.js's first line sets it in the
 * environment). V8 compiles and collects on helper threads, and glibc gives each thread an arena of its own whose
 * freed memory stays resident; two arenas keep that to a few MB. AllSides dev articles, `node --max-semi-space-size=8
 * scripts/bench-analyze-child.mjs sift N` with and without it, alternating: 1,000 articles peak RSS 282–286 → 268–273
 * MB; 400 articles 250 → 232–234 MB at the same CPU time (36.8–38.0 → 35.2–36.0 s). One arena saved ~5 MB more
 * (263 MB) but makes every thread share one lock. Other C libraries ignore the variable.
 */
export const MALLOC_ARENA_SETTING = { name: "MALLOC_ARENA_MAX", value: "2" } as const;

/**
 * Applies `percent` as V8's heap growing factor for this process and its worker threads (V8 flags are
 * process-wide, and the collector reads this one at every full collection, so it takes effect at once).
 */
export function keepHeapCompact(percent: number = HEAP_GROWING_PERCENT): void {
  if (!Number.isInteger(percent) || percent < 1 || percent > 1000)
    throw new RangeError(`heap growing percent must be an integer from 1 to 1000, got ${percent}`);
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
