/**
 * Whole-pipeline tests: the seed article and our own articles in other house styles, each analysed by the built
 * CLI and checked against its hand annotation with ../shared/tools/check-seed.mjs, exactly as the acceptance
 * command does. Every output is also validated against the published JSON Schema and the offset invariants.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repoRoot } from "../src/core/paths.js";
import { checkSeedTool, runSift, schemaErrors, sharedSeed, spanErrors } from "./helpers.js";

const outDir = join(repoRoot, "test-output/articles");
mkdirSync(outDir, { recursive: true });

interface Case {
  readonly name: string;
  readonly input: string;
  readonly expected?: string;
  readonly args: readonly string[];
}

const fixtures = join(repoRoot, "test/fixtures/articles");
const cases: Case[] = [{ name: "seed", input: sharedSeed, args: [] }];
for (const slug of readdirSync(fixtures).sort()) {
  const dir = join(fixtures, slug);
  const input = readdirSync(dir).find((f) => f.startsWith("article."));
  if (!input) continue;
  const argsFile = join(dir, "args.json");
  cases.push({
    name: slug,
    input: join(dir, input),
    expected: join(dir, "expected.json"),
    args: existsSync(argsFile) ? JSON.parse(readFileSync(argsFile, "utf8")) : [],
  });
}

describe("whole-pipeline articles", () => {
  for (const c of cases) {
    it(`${c.name}: every hand-annotated check holds`, () => {
      const r = runSift(["analyze", c.input, "--format", "json", ...c.args]);
      assert.equal(r.status, 0, r.stderr);
      const outPath = join(outDir, `${c.name}.json`);
      writeFileSync(outPath, r.stdout);
      const analysis = JSON.parse(r.stdout);
      assert.deepEqual(schemaErrors(analysis), [], "valid against schema/analysis.schema.json");
      assert.deepEqual(spanErrors(analysis), [], "every span inside the text");
      const check = spawnSync(process.execPath, [checkSeedTool, outPath, ...(c.expected ? [c.expected] : [])], {
        encoding: "utf8",
      });
      assert.equal(check.status, 0, check.stdout + check.stderr);
      assert.match(check.stdout, /: (\d+)\/\1 checks hold/);
    });
  }
});
