import assert from "node:assert/strict";
import { test } from "node:test";
import { clefDevSplit, type Debate, sentenceKey } from "./data.js";

test("sentenceKey: the same sentence across corpora gets one key", () => {
  const rows: [string, string][] = [
    ["We’ve lost 70,000 factories.", "We've lost 70,000 factories"],
    ["  Thank you --  Lester. ", "thank you lester"],
  ];
  for (const [a, b] of rows) assert.equal(sentenceKey(a), sentenceKey(b), a);
  assert.notEqual(sentenceKey("We lost 7,000 jobs."), sentenceKey("We lost 70,000 jobs."));
});

test("clefDevSplit: the latest 20% of debates by name are dev, whatever the input order", () => {
  const debate = (name: string): Debate => ({ name, sentences: [] });
  const rows: [number, number][] = [
    [48, 10],
    [10, 2],
    [4, 1],
  ];
  for (const [n, devCount] of rows) {
    const names = Array.from({ length: n }, (_, i) => `2016${String(i).padStart(4, "0")}_debate`);
    const { train, dev } = clefDevSplit([...names].reverse().map(debate));
    assert.equal(dev.length, devCount, `${n} debates`);
    assert.deepEqual(
      [...train, ...dev].map((d) => d.name),
      names,
    );
  }
});
