/** The FTS5-syntax parser and its tsquery translation (no server needed). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseSearchQuery, type SearchNode, tsqueryExpression } from "./postgres-tsquery.js";
import { QueryError } from "./types.js";

/** A compact rendering of the tree, with the values inlined, for readable expectations. */
function render(node: SearchNode): string {
  const values: string[] = [];
  const sql = tsqueryExpression(node, (v) => {
    values.push(v);
    return `$${values.length}`;
  });
  return sql
    .replace(/\$(\d+)/g, (_, n: string) => `'${values[Number(n) - 1]}'`)
    .replace(/phraseto_tsquery\('english', ('[^']*')\)/g, "P$1")
    .replace(/to_tsquery\('english', ('[^']*')\)/g, "T$1");
}

const TRANSLATIONS: readonly (readonly [string, string])[] = [
  ["flood", "P'flood'"],
  ['"river valley"', "P'river valley'"],
  ["flood*", "T'flood:*'"],
  ['"new yor"*', "T'new <-> yor:*'"],
  ["river dam", "(P'river' && P'dam')"],
  ["river AND dam", "(P'river' && P'dam')"],
  ["river OR dam", "(P'river' || P'dam')"],
  ["river NOT dam", "(P'river' && !!P'dam')"],
  // NOT binds tighter than AND, AND tighter than OR, as in FTS5.
  ["a OR b c", "(P'a' || (P'b' && P'c'))"],
  ["a b NOT c", "(P'a' && (P'b' && !!P'c'))"],
  ["(a OR b) c", "((P'a' || P'b') && P'c')"],
  ["Zürich", "P'Zürich'"],
  ['"say ""hi"""', "P'say \"hi\"'"],
  // Lower-case operator words are plain words in FTS5.
  ["cats and dogs", "((P'cats' && P'and') && P'dogs')"],
];

for (const [query, expected] of TRANSLATIONS) {
  test(`tsquery: ${query}`, () => assert.equal(render(parseSearchQuery(query)), expected));
}

const MALFORMED = [
  '"unbalanced',
  "AND OR",
  "flood AND",
  "OR flood",
  "NOT flood",
  "(flood",
  "flood)",
  "()",
  "*",
  "covid-19",
  "a.b",
  "title:flood",
  "NEAR(a b)",
  "   ",
];

for (const query of MALFORMED) {
  test(`tsquery: ${JSON.stringify(query)} is a QueryError`, () =>
    assert.throws(() => parseSearchQuery(query), QueryError));
}
