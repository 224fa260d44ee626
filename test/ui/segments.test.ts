/** The reader's segmentation: overlapping spans become pieces with several marks; hidden boilerplate is left out. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Analysis } from "../../ui/src/api.js";
import { buildSegments, displayParts, LAYERS, type Layer, segmentAt } from "../../ui/src/reader/segments.js";

//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const TEXT = "Ad here. Alice Smith said: 'Paris is big' today.";
const analysis: Analysis = {
  text: TEXT,
  boilerplate: [{ start: 0, end: 8, kind: "advertisement" }],
  entities: [
    { id: "e1", type: "person", name: "Alice Smith", mentions: [{ start: 9, end: 20 }] },
    { id: "e2", type: "place", name: "Paris", mentions: [{ start: 28, end: 33 }] },
  ],
  quotes: [{ start: 28, end: 40, kind: "direct", speaker: "e1" }],
  claims: [{ start: 28, end: 40, score: 0.9 }],
  times: [{ start: 42, end: 47, value: "2024-01-01" }],
};
const all = new Set<Layer>(LAYERS);

const piece = (s: { start: number; end: number }) => TEXT.slice(s.start, s.end);

test("segments cover the shown text exactly once, in order", () => {
  const segs = buildSegments(analysis, { layers: all, showBoilerplate: true }, 8);
  assert.equal(segs.map(piece).join(""), TEXT);
  for (let i = 1; i < segs.length; i++) assert.equal(segs[i]?.start, segs[i - 1]?.end);
});

test("nested spans: the place inside a quote inside a claim carries three marks", () => {
  const segs = buildSegments(analysis, { layers: all, showBoilerplate: false }, 8);
  const paris = segs.find((s) => piece(s) === "Paris");
  assert.ok(paris);
  assert.deepEqual(paris.marks.map((m) => m.layer).sort(), ["claim", "place", "quote"]);
  assert.match(paris.classes, /\be-place\b/);
  assert.match(paris.classes, /\bq-0\b/);
  const rest = segs.find((s) => piece(s) === " is big");
  assert.deepEqual(rest?.marks.map((m) => m.layer).sort(), ["claim", "quote"]);
});

test("rows: layers off and hidden boilerplate", () => {
  const rows: [string, Set<Layer>, boolean, string[]][] = [
    ["all layers, boilerplate hidden", all, false, ["Alice Smith", "Paris", " is big", "today"]],
    ["only dates", new Set<Layer>(["date"]), false, ["today"]],
    ["no layers, boilerplate shown", new Set<Layer>(), true, ["Ad here."]],
  ];
  for (const [what, layers, showBoilerplate, highlighted] of rows) {
    const segs = buildSegments(analysis, { layers, showBoilerplate }, 8);
    assert.deepEqual(segs.filter((s) => s.marks.length > 0).map(piece), highlighted, what);
    assert.equal(segs.map(piece).join("").includes("Ad here"), showBoilerplate, what);
  }
});

test("segmentAt finds the piece holding an offset", () => {
  const segs = buildSegments(analysis, { layers: all, showBoilerplate: false }, 8);
  assert.equal(piece(segs[segmentAt(segs, 30)] ?? { start: 0, end: 0 }), "Paris");
  assert.equal(segmentAt(segs, 2), -1, "inside hidden boilerplate");
});

test("bidi controls are shown as codes, other text untouched", () => {
  assert.deepEqual(displayParts("a\u202Ebc\u2066"), [
    { text: "a", control: false },
    { text: "U+202E", control: true },
    { text: "bc", control: false },
    { text: "U+2066", control: true },
  ]);
  assert.deepEqual(displayParts("zero\u200Dwidth e\u0301"), [{ text: "zero\u200Dwidth e\u0301", control: false }]);
});
