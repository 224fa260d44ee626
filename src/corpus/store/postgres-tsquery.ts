/**
 * The search syntax the CLI documents (SQLite FTS5's: words, "phrases", AND/OR/NOT, prefix*, parentheses) parsed
 * and translated into a PostgreSQL tsquery expression, so one query means the same on both stores. PostgreSQL's own
 * parsers never reject input (websearch_to_tsquery accepts anything), so malformed queries are caught here and
 * raised as QueryError, as SQLite raises them.
 *
 * Precedence follows FTS5: NOT binds tighter than AND (written or implicit), AND tighter than OR; NOT is binary
 * ("a NOT b"). Column filters (title:…), NEAR() and the ^ / + operators are FTS5 features with no tsquery
 * counterpart here: they are reported as unsupported rather than silently misread.
 */
import { QueryError } from "./types.js";

export type SearchNode =
  | { readonly kind: "term"; readonly text: string; readonly prefix: boolean; readonly phrase: boolean }
  | { readonly kind: "and" | "or" | "not"; readonly left: SearchNode; readonly right: SearchNode };

type Token =
  | { readonly kind: "word"; readonly text: string; readonly prefix: boolean; readonly phrase: boolean }
  | { readonly kind: "AND" | "OR" | "NOT" | "(" | ")" };

/** FTS5 barewords: letters, digits, underscore and any non-ASCII character. */
const isBarewordChar = (ch: string): boolean => /[\p{L}\p{N}_]/u.test(ch) || (ch.codePointAt(0) ?? 0) > 0x7f;
const OPERATORS = new Set(["AND", "OR", "NOT"]);

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const prefixAt = (): boolean => {
    if (query[i] !== "*") return false;
    i++;
    return true;
  };
  while (i < query.length) {
    const ch = query[i] ?? "";
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "(" || ch === ")") {
      tokens.push({ kind: ch });
      i++;
    } else if (ch === '"') {
      let text = "";
      i++;
      for (;;) {
        if (i >= query.length) throw new QueryError(`malformed search query: unterminated string in ${query}`);
        if (query[i] === '"') {
          if (query[i + 1] !== '"') break;
          i++; // "" inside a string is one quote mark, as in FTS5
        }
        text += query[i];
        i++;
      }
      i++;
      tokens.push({ kind: "word", text, prefix: prefixAt(), phrase: true });
    } else if (isBarewordChar(ch)) {
      let text = "";
      while (i < query.length && isBarewordChar(query[i] ?? "")) text += query[i++];
      if (query[i] === ":") throw new QueryError(`unsupported search syntax: column filter "${text}:" in ${query}`);
      if (text === "NEAR" && query[i] === "(") throw new QueryError(`unsupported search syntax: NEAR() in ${query}`);
      if (OPERATORS.has(text)) tokens.push({ kind: text as "AND" | "OR" | "NOT" });
      else tokens.push({ kind: "word", text, prefix: prefixAt(), phrase: false });
    } else {
      throw new QueryError(`malformed search query: syntax error near "${ch}" in ${query}`);
    }
  }
  return tokens;
}

/** Parses FTS5-style query text; throws QueryError on anything FTS5 would reject (or that tsquery cannot say). */
export function parseSearchQuery(query: string): SearchNode {
  const tokens = tokenize(query);
  if (tokens.length === 0) throw new QueryError("empty search query");
  let pos = 0;
  const fail = (what: string): never => {
    const t = tokens[pos];
    const near = t === undefined ? "at the end" : `near "${t.kind === "word" ? t.text : t.kind}"`;
    throw new QueryError(`malformed search query: ${what} ${near} in ${query}`);
  };
  const startsPrimary = (t: Token | undefined): boolean => t?.kind === "word" || t?.kind === "(";

  const primary = (): SearchNode => {
    const t = tokens[pos];
    if (t?.kind === "word") {
      pos++;
      return { kind: "term", text: t.text, prefix: t.prefix, phrase: t.phrase };
    }
    if (t?.kind === "(") {
      pos++;
      const inner = or();
      if (tokens[pos]?.kind !== ")") fail("expected )");
      pos++;
      return inner;
    }
    return fail("expected a word or phrase");
  };
  const not = (): SearchNode => {
    let left = primary();
    while (tokens[pos]?.kind === "NOT") {
      pos++;
      left = { kind: "not", left, right: primary() };
    }
    return left;
  };
  const and = (): SearchNode => {
    let left = not();
    for (;;) {
      if (tokens[pos]?.kind === "AND") pos++;
      else if (!startsPrimary(tokens[pos])) return left;
      left = { kind: "and", left, right: not() };
    }
  };
  const or = (): SearchNode => {
    let left = and();
    while (tokens[pos]?.kind === "OR") {
      pos++;
      left = { kind: "or", left, right: and() };
    }
    return left;
  };

  const tree = or();
  if (pos < tokens.length) fail("unexpected");
  return tree;
}

/** Word characters of a phrase, for to_tsquery input (which has its own operator characters). */
const WORDS = /[\p{L}\p{N}_]+/gu;

/**
 * The tsquery SQL expression of a parsed query; `param` registers a value and returns its placeholder. Phrases and
 * words go through phraseto_tsquery (english stemming and stop words, as the tsv columns); prefix terms through
 * to_tsquery with ":*" on the last word.
 */
export function tsqueryExpression(node: SearchNode, param: (value: string) => string): string {
  switch (node.kind) {
    case "term": {
      if (!node.prefix) return `phraseto_tsquery('english', ${param(node.text)})`;
      const words = node.text.match(WORDS) ?? [];
      if (words.length === 0) return `phraseto_tsquery('english', ${param("")})`;
      return `to_tsquery('english', ${param(`${words.join(" <-> ")}:*`)})`;
    }
    case "and":
      return `(${tsqueryExpression(node.left, param)} && ${tsqueryExpression(node.right, param)})`;
    case "or":
      return `(${tsqueryExpression(node.left, param)} || ${tsqueryExpression(node.right, param)})`;
    case "not":
      return `(${tsqueryExpression(node.left, param)} && !!${tsqueryExpression(node.right, param)})`;
  }
}
