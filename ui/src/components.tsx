/** Small shared pieces: loading/error states, snippets with «hits», page headings. */
import type { ComponentChildren } from "preact";
import { literal } from "./literal.js";
import type { Loaded } from "./useApi.js";

export function Status<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.state === "loading")
    return (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  if (loaded.state === "error")
    return (
      <p class="error" role="alert">
        {loaded.message}
      </p>
    );
  return <>{children(loaded.data)}</>;
}

/** A search snippet: the store marks hits between « and »; they become <mark> around text nodes. */
export function Snippet({ text }: { readonly text: string }) {
  const parts = text.split(/[«»]/);
  return (
    <span class="snippet">{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{literal(p)}</mark> : literal(p)))}</span>
  );
}

export function PageTitle({ children }: { readonly children: ComponentChildren }) {
  return <h1 class="page-title">{children}</h1>;
}
