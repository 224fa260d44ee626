/**
 * Article-derived text shown literally: bidi override and isolate characters are displayed as their code
 * ("U+202E") instead of being applied, so a crafted string cannot make itself read differently. Used for every
 * value that comes from an article (titles, names, quotes, snippets), inside and outside the reader.
 */
import type { ComponentChild } from "preact";
import { BIDI_CONTROLS, displayParts } from "./reader/segments.js";

export function literal(s: string | undefined): ComponentChild {
  if (!s) return s ?? null;
  const parts = displayParts(s);
  if (parts.length === 1 && !parts[0]?.control) return s;
  return parts.map((p, i) =>
    p.control ? (
      <span key={i} class="ctl" title="invisible formatting character, shown as its code">
        {p.text}
      </span>
    ) : (
      p.text
    ),
  );
}

export function Literal({ text }: { readonly text: string | undefined }) {
  return <>{literal(text)}</>;
}

/** For attributes and SVG titles, where markup cannot go: the codes in brackets. */
export function plainText(s: string): string {
  return s.replace(BIDI_CONTROLS, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`);
}
