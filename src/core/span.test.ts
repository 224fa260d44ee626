import assert from "node:assert/strict";
import { test } from "node:test";
import { lineAround } from "./span.js";

test("lineAround: the line holding a span, line breaks excluded", () => {
  const text = "First line\nSecond line here\n\nLast";
  // [span, the line's text]
  const rows: [[number, number], string][] = [
    [[0, 5], "First line"],
    [[11, 17], "Second line here"],
    [[17, 22], "Second line here"],
    // A span that starts right after a break or ends right before one is on that line.
    [[11, 27], "Second line here"],
    // An empty line, and the last line with no break after it.
    [[28, 28], ""],
    [[29, 33], "Last"],
    // A span across a break takes in both lines.
    [[6, 17], "First line\nSecond line here"],
  ];
  for (const [[start, end], line] of rows) {
    const around = lineAround(text, { start, end });
    assert.equal(text.slice(around.start, around.end), line, `${start}..${end}`);
  }
});
