/** `sift analyze --encoder`: check-worthiness refined by the sentence encoder, through the built CLI. */
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { repoRoot } from "../src/core/paths.js";
import { runSift } from "./helpers.js";

const article = join(repoRoot, "test/fixtures/articles/op-ed/article.txt");

interface ClaimOut {
  start: number;
  end: number;
  score: number;
}

test("--encoder rescores the same claims, and the default analysis does not change", () => {
  const plain = runSift(["analyze", article, "--format", "json"]);
  assert.equal(plain.status, 0, plain.stderr);
  const again = runSift(["analyze", article, "--format", "json"]);
  assert.equal(again.stdout, plain.stdout);
  const refined = runSift(["analyze", article, "--format", "json", "--encoder"]);
  assert.equal(refined.status, 0, refined.stderr);
  const a = JSON.parse(plain.stdout);
  const b = JSON.parse(refined.stdout);
  const spans = (cs: ClaimOut[]) => cs.map((c) => `${c.start}:${c.end}`).sort();
  assert.deepEqual(spans(b.claims), spans(a.claims), "the same units are scored");
  const scoreOf = new Map(a.claims.map((c: ClaimOut) => [`${c.start}:${c.end}`, c.score]));
  const changed = b.claims.filter((c: ClaimOut) => scoreOf.get(`${c.start}:${c.end}`) !== c.score);
  assert.ok(changed.length > a.claims.length / 2, `${changed.length} of ${a.claims.length} scores changed`);
  const { claims: _a, ...restA } = a;
  const { claims: _b, ...restB } = b;
  assert.deepEqual(restB, restA, "every other layer is the same");
});
