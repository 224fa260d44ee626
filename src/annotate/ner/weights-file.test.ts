import assert from "node:assert/strict";
import { test } from "node:test";
import { seededRandom } from "../../core/random.js";
import { LABEL_COUNT } from "./labels.js";
import { addCompactRows, addRows } from "./tagger.js";
import { compactTable, fullTable } from "./weights-file.js";

/** A full table where about one bucket in five has weights, like the shipped model (one in twenty). */
function sparseTable(buckets: number, seed: number): Int16Array {
  const random = seededRandom(seed);
  const full = new Int16Array(buckets * LABEL_COUNT);
  for (let b = 0; b < buckets; b++) {
    if (random() > 0.2) continue;
    for (let l = 0; l < LABEL_COUNT; l++) full[b * LABEL_COUNT + l] = Math.round((random() - 0.5) * 2000);
  }
  return full;
}

test("compactTable keeps only non-zero buckets and fullTable restores the table exactly", () => {
  const full = sparseTable(4096, 7);
  const compact = compactTable(full);
  const nonZero = new Set<number>();
  for (let i = 0; i < full.length; i++) if (full[i] !== 0) nonZero.add(Math.floor(i / LABEL_COUNT));
  assert.equal(compact.table.length, (nonZero.size + 1) * LABEL_COUNT, "one row per non-zero bucket plus the zero row");
  assert.ok(
    compact.table.subarray(0, LABEL_COUNT).every((v) => v === 0),
    "row 0 is the shared zero row",
  );
  assert.deepEqual(fullTable({ ...compact, bits: 12 }), full);
});

test("the compact table scores the same as the full one", () => {
  const full = sparseTable(4096, 11);
  const { table, rows } = compactTable(full);
  const random = seededRandom(3);
  const feats = Int32Array.from({ length: 200 }, () => Math.floor(random() * 4096) * LABEL_COUNT);
  const viaFull = new Float64Array(LABEL_COUNT);
  const viaCompact = new Float64Array(LABEL_COUNT);
  addRows(full, feats, 0, feats.length, viaFull);
  addCompactRows(table, rows, feats, 0, feats.length, viaCompact, 0);
  assert.deepEqual(viaCompact, viaFull);
  assert.ok(
    viaFull.some((v) => v !== 0),
    "the features hit non-zero rows",
  );
});
