/** The UI palette meets WCAG AA: every foreground/background pair the reader draws, checked by its contrast. */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  AA_NON_TEXT,
  AA_TEXT,
  contrastPairs,
  contrastRatio,
  cssVariables,
  SPEAKER_COLOURS,
} from "../../ui/src/palette.js";

test("contrast ratio matches known WCAG values", () => {
  const cases: [string, string, number][] = [
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#ffffff", 1],
    ["#777777", "#ffffff", 4.48],
    ["#767676", "#ffffff", 4.54],
  ];
  for (const [a, b, want] of cases) assert.ok(Math.abs(contrastRatio(a, b) - want) < 0.01, `${a} on ${b}`);
  assert.equal(contrastRatio("#123456", "#abcdef"), contrastRatio("#abcdef", "#123456"));
  assert.throws(() => contrastRatio("red", "#ffffff"), /red/);
});

test("every palette pair meets its AA minimum", () => {
  const pairs = contrastPairs();
  assert.ok(pairs.length > 50, "the pair list covers highlights × speakers");
  const failing = pairs
    .map((p) => ({ ...p, ratio: contrastRatio(p.fg, p.bg) }))
    .filter((p) => p.ratio < p.min)
    .map((p) => `${p.what}: ${p.fg} on ${p.bg} = ${p.ratio.toFixed(2)} < ${p.min}`);
  assert.deepEqual(failing, []);
  assert.ok(pairs.every((p) => p.min === AA_TEXT || p.min === AA_NON_TEXT));
});

test("the CSS variables carry every speaker colour", () => {
  const vars = cssVariables();
  SPEAKER_COLOURS.forEach((c, i) => {
    assert.equal(vars[`--speaker-${i}`], c);
  });
  assert.ok(Object.values(vars).every((v) => /^#[0-9a-f]{6}$/i.test(v)));
});
