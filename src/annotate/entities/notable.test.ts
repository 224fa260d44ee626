import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { sharedData } from "../../core/paths.js";
import { findNotableNames, findNotableNamesByPattern } from "./notable.js";

/** Texts where a shortcut could go wrong: case, possessives, marks, look-arounds, overlaps, non-ASCII letters. */
const TRICKY = [
  "Emmanuel Macron met Macron's aides; MACRON and macron and Macronism and xMacron and Macron2 and 2Macron.",
  "Andrés Manuel López Obrador, Lopez Obrador and López Obrador spoke; Vučić, Vucic and VUČIĆ too.",
  "Macron\u0301Biden, e\u0301Macron, Macron\u0301, ſanders and \u212Aim Jong Un, Bernie ſanders.",
  "George W. Bush and George W Bush; Ferdinand Marcos Jr. left. Xi Jinping, Xi, XI Jinping.",
  "Mohammed bin Salman-backed, bin Salman's, Biden-Harris, Trump–Macron, “Biden”, (Zelensky), Zelenskyy.",
  "𝒜Macron 😀Biden Macron😀 Ursula von der Leyen von der Leyen",
  "",
];

/** Real news text, when the shared data is there (the tricky texts above run either way). */
function newsTexts(count: number): string[] {
  try {
    const lines = gunzipSync(readFileSync(join(sharedData, "allsides-news/dev/articles.jsonl.gz")))
      .toString("utf8")
      .split("\n")
      .filter(Boolean)
      .slice(0, count);
    return lines.map((l) => {
      const a = JSON.parse(l) as { title: string; content_original: string };
      return `${a.title}\n\n${a.content_original}`;
    });
  } catch {
    return [];
  }
}

test("findNotableNames finds exactly what the full name pattern finds", () => {
  let found = 0;
  for (const text of [...TRICKY, ...newsTexts(150)]) {
    const expected = findNotableNamesByPattern(text);
    assert.deepEqual(findNotableNames(text), expected, text.slice(0, 80));
    found += expected.length;
  }
  assert.ok(found > 20, `the texts contain listed names (${found})`);
});
