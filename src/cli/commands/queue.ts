/** `sift queue`: the ingest queue's state, its dead-letter list, and retrying it (docs/SCALING.md). */
import type { Command } from "commander";
import { formatOption, printJson } from "../../corpus/cli/common.js";
import { queueLocation } from "../../queue/connection.js";
import { deadLetters, formatStatus, queueStatus, retryDeadLetters } from "../../queue/status.js";

interface QueueCliOptions {
  readonly redis?: string;
  readonly queueName?: string;
  readonly format: "text" | "json";
  readonly failed?: boolean;
  readonly retryFailed?: boolean;
}

export function register(program: Command): void {
  const cmd = program
    .command("queue")
    .description(
      "Show the ingest queue: waiting, active, delayed (waiting to retry, or for a busy host), completed and " +
        "failed (dead-letter) jobs, connected workers and the rate over the last minute. --failed lists the " +
        "dead-lettered inputs with their reasons; --retry-failed puts them back in the queue.",
    )
    .option("--redis <url>", "Redis holding the queue (default: $SIFT_REDIS or redis://127.0.0.1:6379)")
    .option("--queue-name <name>", "queue to inspect (default: $SIFT_QUEUE or sift-ingest)")
    .option("--failed", "list the dead-lettered inputs with their reasons")
    .option("--retry-failed", "move every dead-lettered job back to the queue with fresh attempts");
  formatOption(cmd).action(async (o: QueueCliOptions) => {
    const location = queueLocation(o);
    try {
      if (o.retryFailed) {
        const n = await retryDeadLetters(location);
        if (o.format === "json") printJson({ retried: n });
        else process.stdout.write(`queue ${location.queueName}: ${n} dead-lettered jobs back in the queue\n`);
        return;
      }
      if (o.failed) {
        const dead = await deadLetters(location);
        if (o.format === "json") return printJson(dead);
        if (dead.length === 0) process.stdout.write(`queue ${location.queueName}: no dead-lettered jobs\n`);
        for (const d of dead)
          process.stdout.write(`${d.input}\t${d.reason}\t(${d.attempts} attempts, ${d.failedAt ?? "?"})\n`);
        return;
      }
      const s = await queueStatus(location);
      if (o.format === "json") printJson(s);
      else process.stdout.write(`${formatStatus(s)}\n`);
    } catch (err) {
      process.stderr.write(`sift: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    }
  });
}
