/** The `sift` command: one subcommand per file in ./commands, registered in the order `sift --help` lists them. */
import { Command } from "commander";
import { SiftError } from "../core/errors.js";
import { keepHeapCompact } from "../core/heap.js";
import { register as registerAnalyze } from "./commands/analyze.js";
import { register as registerEntity } from "./commands/entity.js";
import { register as registerErrors } from "./commands/errors.js";
import { register as registerExport } from "./commands/export.js";
import { register as registerExtract } from "./commands/extract.js";
import { register as registerFactChecks } from "./commands/factchecks.js";
import { register as registerIngest } from "./commands/ingest.js";
import { register as registerQueue } from "./commands/queue.js";
import { register as registerSearch } from "./commands/search.js";
import { register as registerServe } from "./commands/serve.js";
import { register as registerStories } from "./commands/stories.js";
import { register as registerStory } from "./commands/story.js";
import { register as registerTimeline } from "./commands/timeline.js";
import { register as registerWorker } from "./commands/worker.js";

export function buildProgram(): Command {
  const program = new Command("sift")
    .description("Reads the news the way a careful analyst does: who is quoted, what is claimed, how it is framed.")
    .version("0.1.0")
    .showHelpAfterError()
    .configureOutput({ outputError: (s, write) => write(`sift: ${s.replace(/^error: /, "")}`) });
  program.exitOverride((err) => {
    // Usage errors exit 2, like most Unix tools; --help and --version exit 0.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });
  for (const register of [
    registerAnalyze,
    registerExtract,
    registerIngest,
    registerWorker,
    registerQueue,
    registerErrors,
    registerSearch,
    registerStories,
    registerStory,
    registerEntity,
    registerTimeline,
    registerExport,
    registerFactChecks,
    registerServe,
  ]) {
    register(program);
  }
  return program;
}

// Every sift command analyses articles in bulk or serves them; see heap.ts for why the heap is kept compact.
keepHeapCompact();

// parseAsync: the corpus commands are asynchronous. A SiftError escaping a command is the user's input or
// configuration (e.g. a --db the command cannot use): one line, exit 1, no stack trace.
try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  if (!(err instanceof SiftError)) throw err;
  process.stderr.write(`sift: ${err.toLine()}\n`);
  process.exitCode = 1;
}
