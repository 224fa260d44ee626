/** A stand-alone CLI with only the corpus commands, for the integration tests (the lead wires the real one). */
import { Command } from "commander";
import { register as registerEntity } from "../../src/cli/commands/entity.js";
import { register as registerErrors } from "../../src/cli/commands/errors.js";
import { register as registerExport } from "../../src/cli/commands/export.js";
import { register as registerIngest } from "../../src/cli/commands/ingest.js";
import { register as registerSearch } from "../../src/cli/commands/search.js";
import { register as registerStories } from "../../src/cli/commands/stories.js";
import { register as registerStory } from "../../src/cli/commands/story.js";
import { register as registerTimeline } from "../../src/cli/commands/timeline.js";

export function corpusProgram(): Command {
  const program = new Command("sift").description("Sift corpus commands");
  for (const register of [
    registerIngest,
    registerErrors,
    registerSearch,
    registerStories,
    registerStory,
    registerEntity,
    registerTimeline,
    registerExport,
  ]) {
    register(program);
  }
  return program;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await corpusProgram().parseAsync(process.argv);
}
