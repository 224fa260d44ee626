/**
 * The analysis the server runs: the default pipeline, plus fact-check matching when the SQLite corpus holds imported
 * fact-checks (as `sift analyze --db` does, by meaning when the sentence encoder loads, which then refines the claims
 * and framing too). Read once at start-up; restart to pick up new imports.
 */
import { existsSync } from "node:fs";
import { openFactCheckMatcher } from "../factcheck/matcher.js";
import { type AnalysisPlan, analysisPlan, loadRefinementEncoders } from "../pipeline/encoder.js";

/** The server's analysis: the stages and the asynchronous steps after them (src/pipeline/encoder.ts). */
export type ServeAnalysis = AnalysisPlan;

/** The analysis for a SQLite corpus file; empty (the default pipeline) when it has no fact-checks. */
export async function analysisFor(sqlitePath: string): Promise<ServeAnalysis> {
  if (sqlitePath === ":memory:" || !existsSync(sqlitePath)) return {};
  const log = (line: string) => process.stderr.write(`sift: ${line}\n`);
  try {
    const matcher = await openFactCheckMatcher(sqlitePath, log);
    if (matcher.count === 0) return {};
    // With the matching encoder loaded, claims and framing are refined with their encoders too (pipeline/encoder.ts),
    // before matching.
    const refinement = matcher.encoder ? await loadRefinementEncoders() : undefined;
    return analysisPlan(matcher.index, refinement, matcher.encoder);
  } catch (err) {
    // A read-only corpus, say: serve it without fact-check matching rather than not at all.
    log(`no fact-check matching: cannot read fact-checks from ${sqlitePath}: ${err}`);
    return {};
  }
}
