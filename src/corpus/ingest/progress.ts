/** Ingest progress: a redrawn status line on a terminal, plain log lines otherwise (logs, CI, pipes). */
export interface ProgressCounts {
  readonly seen: number;
  readonly stored: number;
  readonly skipped: number;
  readonly duplicates: number;
  readonly failed: number;
}

/** Redraw at most every 200 ms: fast enough to look live, slow enough not to cost throughput. */
const TTY_INTERVAL_MS = 200;
/** Without a terminal, one line every 5 s keeps logs readable on long runs. */
const LOG_INTERVAL_MS = 5000;

export class Progress {
  private readonly started = Date.now();
  private last = 0;

  constructor(
    private readonly out: NodeJS.WriteStream | { write(s: string): boolean; isTTY?: boolean },
    private readonly total?: number,
    private readonly quiet = false,
  ) {}

  private line(c: ProgressCounts): string {
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? c.seen / secs : 0;
    const parts = [
      `${c.seen}${this.total ? `/${this.total}` : ""} read`,
      `${c.stored} stored`,
      `${c.skipped} already present`,
      `${c.duplicates} duplicates`,
      `${c.failed} failed`,
      `${rate.toFixed(1)}/s`,
    ];
    if (this.total && rate > 0) parts.push(`ETA ${Math.max(0, Math.round((this.total - c.seen) / rate))}s`);
    return parts.join(" · ");
  }

  update(c: ProgressCounts): void {
    if (this.quiet) return;
    const now = Date.now();
    const tty = this.out.isTTY === true;
    if (now - this.last < (tty ? TTY_INTERVAL_MS : LOG_INTERVAL_MS)) return;
    this.last = now;
    this.out.write(tty ? `\r\x1b[2K${this.line(c)}` : `ingest: ${this.line(c)}\n`);
  }

  failure(input: string, stage: string, reason: string): void {
    if (this.quiet) return;
    const tty = this.out.isTTY === true;
    this.out.write(`${tty ? "\r\x1b[2K" : ""}failed [${stage}] ${input}: ${reason}\n`);
  }

  /** A line about the batch as a whole (the refine pass). */
  note(line: string): void {
    if (this.quiet) return;
    this.out.write(`${this.out.isTTY === true ? "\r\x1b[2K" : ""}${line}\n`);
  }

  done(c: ProgressCounts): void {
    if (this.quiet) return;
    this.out.write(`${this.out.isTTY === true ? "\r\x1b[2K" : ""}ingest done: ${this.line(c)}\n`);
  }
}
