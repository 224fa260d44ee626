import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { WorkerPool } from "./pool.js";

const script = new URL("../../../test/fixtures/workers/fragile-worker.mjs", import.meta.url);

describe("analysis thread pool", () => {
  it("a crashing thread fails only its article, and the pool goes on with a fresh thread", async () => {
    const pool = new WorkerPool(2, { script });
    try {
      const results = await Promise.allSettled(
        ["a", "crash", "b", "c", "crash", "d"].map((input, i) => pool.analyze(input, { name: `item${i}` })),
      );
      assert.deepEqual(
        results.map((r) => (r.status === "fulfilled" ? r.value.text : "failed")),
        ["a", "failed", "b", "c", "failed", "d"],
      );
      const reason = results[1]?.status === "rejected" ? String(results[1].reason) : "";
      assert.match(reason, /crashed on item1/);
    } finally {
      await pool.close();
    }
  });

  it("a thread over its heap cap fails its article with an out-of-memory reason", async () => {
    const pool = new WorkerPool(1, { script, heapMb: 32 });
    try {
      await assert.rejects(pool.analyze("hog", { name: "big.html" }), /ran out of memory .*32 MB.* on big\.html/);
      assert.equal((await pool.analyze("after", {})).text, "after");
    } finally {
      await pool.close();
    }
  });

  it("threads that cannot start fail every request instead of respawning forever", async () => {
    const pool = new WorkerPool(1, { script: new URL("./no-such-worker.mjs", script) });
    try {
      await assert.rejects(pool.analyze("a", {}), /cannot start|crashed|Cannot find/);
    } finally {
      await pool.close();
    }
  });
});
