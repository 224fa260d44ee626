/** Small shared pieces: loading/error states, snippets with «hits», page headings. */
import type { ComponentChildren } from "preact";
import type { ArticleSummary } from "./api.js";
import { literal } from "./literal.js";
import { href } from "./router.js";
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

/** One article in a list: its title (or source) linking to the reader, then outlet and date. */
export function ArticleItem({ article: a }: { readonly article: ArticleSummary }) {
  return (
    <li>
      <a href={href(["doc", a.id])}>{literal(a.title || a.input)}</a>{" "}
      <span class="muted">{literal([a.outlet, a.published?.slice(0, 10)].filter((x) => x).join(" · "))}</span>
    </li>
  );
}
