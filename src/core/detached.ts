/**
 * The same text as a string of its own, for a key kept in a memo across articles: a substring of an article (from
 * `slice`) may be a view that keeps the whole article alive, which thousands of remembered names and words did. V8
 * makes a view of any substring of 13 or more characters; concatenating and cutting makes it copy the characters,
 * so the key holds only itself.
 */
export function detached(s: string): string {
  return `${s} `.slice(0, -1);
}
