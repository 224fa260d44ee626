/** Guards for article-supplied values that end up in attributes. */

/** An http(s) URL as given, or undefined: `javascript:`, `data:` and relative URLs never become links. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}
