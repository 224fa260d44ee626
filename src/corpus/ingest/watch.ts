/** `sift watch`: poll feeds on an interval; conditional GET makes an unchanged feed cost one 304. */
import { type IngestOptions, ingest } from "./ingest.js";
import { Progress } from "./progress.js";

export interface WatchOptions extends Omit<IngestOptions, "progress" | "shouldStop"> {
  readonly everyMs: number;
  readonly once: boolean;
  readonly signal: AbortSignal;
  readonly log: (line: string) => void;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(t);
      resolve();
    });
  });

export async function watchFeeds(feeds: readonly string[], o: WatchOptions): Promise<void> {
  for (let round = 1; !o.signal.aborted; round++) {
    const s = await ingest(feeds, {
      ...o,
      progress: new Progress(process.stderr, undefined, true),
      shouldStop: () => o.signal.aborted,
    });
    o.log(
      `watch: poll ${round} at ${new Date().toISOString()}: ${s.stored} new, ${s.skipped} known, ${s.failed} failed`,
    );
    if (o.once) return;
    await sleep(o.everyMs, o.signal);
  }
}
