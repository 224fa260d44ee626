/**
 * The analysis the server runs: the default pipeline, plus fact-check matching when the SQLite corpus holds imported
 * fact-checks (as `sift analyze --db` does, by meaning when the sentence encoder loads, which then refines the claims
 * and framing too). Read once at start-up; restart to pick up new imports.
 */
import { existsSync } from "node:fs";
import { factchecksAnnotator, withFactChecks } from "../annotate/factchecks/index.js";
import type { Document } from "../core/document.js";
import { openFactCheckMatcher } from "../factcheck/matcher.js";
import type { Annotator } from "../pipeline/annotator.js";
import { DEFAULT_PIPELINE } from "../pipeline/configuration.js";
import { PIPELINE_BEFORE_ENCODER, withEncoderStages } from "../pipeline/encoder.js";

export interface ServeAnalysis {
  /** The stages to run, when not the default ones. */
  readonly pipeline?: readonly Annotator[];
  /** A last, asynchronous stage after the pipeline (fact-check matching by meaning). */
  readonly afterPipeline?: (doc: Document) => Promise<Document>;
}

/** The analysis for a SQLite corpus file; empty (the default pipeline) when it has no fact-checks. */
export async function analysisFor(sqlitePath: string): Promise<ServeAnalysis> {
  if (sqlitePath === ":memory:" || !existsSync(sqlitePath)) return {};
  const log = (line: string) => process.stderr.write(`sift: ${line}\n`);
  try {
    const matcher = await openFactCheckMatcher(sqlitePath, log);
    if (matcher.count === 0) return {};
    const { index, encoder } = matcher;
    // With the encoder loaded, claims and framing are refined with it too (pipeline/encoder.ts), before matching.
    return encoder
      ? {
          pipeline: PIPELINE_BEFORE_ENCODER,
          afterPipeline: async (doc) => withFactChecks(await withEncoderStages(doc, encoder), index, encoder),
        }
      : { pipeline: [...DEFAULT_PIPELINE, factchecksAnnotator(index)] };
  } catch (err) {
    // A read-only corpus, say: serve it without fact-check matching rather than not at all.
    log(`no fact-check matching: cannot read fact-checks from ${sqlitePath}: ${err}`);
    return {};
  }
}
