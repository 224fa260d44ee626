/** Shared test helpers: schema validation, offset invariants, and running the built CLI. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { repoRoot } from "../src/core/paths.js";

const schema = JSON.parse(readFileSync(join(repoRoot, "schema/analysis.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Validates an analysis against the published schema; returns the errors as readable lines. */
export function schemaErrors(analysis: unknown): string[] {
  if (validate(analysis)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

interface Spanned {
  start?: unknown;
  end?: unknown;
}

/** Every {start, end} anywhere in the analysis lies inside `text` with start ≤ end. */
export function spanErrors(analysis: { text: string }): string[] {
  const errors: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value && typeof value === "object") {
      const s = value as Spanned;
      if (typeof s.start === "number" && typeof s.end === "number") {
        if (!(0 <= s.start && s.start <= s.end && s.end <= analysis.text.length))
          errors.push(`${path}: [${s.start}, ${s.end})`);
      }
      for (const [k, v] of Object.entries(value)) if (k !== "text") walk(v, `${path}.${k}`);
    }
  };
  walk(analysis, "");
  return errors;
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `sift` binary (npm test builds first), as a user would. */
export function runSift(args: readonly string[], input?: string | Uint8Array): CliResult {
  const r = spawnSync(process.execPath, [join(repoRoot, "bin/sift.js"), ...args], {
    cwd: repoRoot,
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const sharedSeed = join(repoRoot, "../shared/seed/000_6878ee9bf43401a2.txt");
export const checkSeedTool = join(repoRoot, "../shared/tools/check-seed.mjs");

/** Runs `run` with SIFT_VECTOR_CACHE (scripts/sentence-vectors.ts) pointing at `dir`, then restores it. */
export function withVectorCache<T>(dir: string, run: () => T): T {
  const before = process.env.SIFT_VECTOR_CACHE;
  process.env.SIFT_VECTOR_CACHE = dir;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.SIFT_VECTOR_CACHE;
    else process.env.SIFT_VECTOR_CACHE = before;
  }
}
