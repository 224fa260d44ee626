/**
 * The analysis pipeline the server runs: the default one, plus fact-check matching when the SQLite corpus holds
 * imported fact-checks (as `sift analyze --db` does). Read once at start-up; restart to pick up new imports.
 */
import { existsSync } from "node:fs";
import { factchecksAnnotator } from "../annotate/factchecks/index.js";
import { FactCheckIndex, shippedReranker } from "../factcheck/index.js";
import { openFactCheckStore } from "../factcheck/store.js";
import type { Annotator } from "../pipeline/annotator.js";
import { DEFAULT_PIPELINE } from "../pipeline/configuration.js";

/** The pipeline for a SQLite corpus file; undefined (the default pipeline) when it has no fact-checks. */
export function pipelineFor(sqlitePath: string): readonly Annotator[] | undefined {
  if (sqlitePath === ":memory:" || !existsSync(sqlitePath)) return undefined;
  let store: ReturnType<typeof openFactCheckStore>;
  try {
    store = openFactCheckStore(sqlitePath);
  } catch (err) {
    // A read-only corpus, say: serve it without fact-check matching rather than not at all.
    process.stderr.write(`sift: no fact-check matching: cannot read fact-checks from ${sqlitePath}: ${err}\n`);
    return undefined;
  }
  try {
    const known = store.all();
    return known.length === 0
      ? undefined
      : [...DEFAULT_PIPELINE, factchecksAnnotator(new FactCheckIndex(known, {}, shippedReranker()))];
  } finally {
    store.close();
  }
}
