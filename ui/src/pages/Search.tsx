/** Corpus search (#/search?q=…): hits of one layer, facets to narrow by outlet, month, entity and place. */
import { useEffect, useState } from "preact/hooks";
import { type FacetCount, type FacetName, getJson, type SearchLayer, type SearchResult } from "../api.js";
import { PageTitle, Snippet, Status } from "../components.js";
import { literal } from "../literal.js";
import { href } from "../router.js";
import { useApi } from "../useApi.js";

const PAGE = 20;
const FILTERS = ["outlet", "author", "entity", "place", "from", "to"] as const;
const LAYER_NAMES: Readonly<Record<SearchLayer, string>> = { articles: "Articles", quotes: "Quotes", claims: "Claims" };
const FACETS: readonly { readonly name: FacetName; readonly label: string }[] = [
  { name: "outlet", label: "Outlet" },
  { name: "month", label: "Month" },
  { name: "entity", label: "Entity" },
  { name: "place", label: "Place" },
  { name: "author", label: "Author" },
];

type Params = Record<string, string | undefined>;

function paramsOf(p: URLSearchParams): Params {
  const out: Params = {};
  for (const k of ["q", "layer", "offset", ...FILTERS]) out[k] = p.get(k) ?? undefined;
  return out;
}

/** The last day of a YYYY-MM month. */
function monthEnd(month: string): string {
  const [y, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, "0")}`;
}

/** The search with one facet value added as a filter (a month becomes a from/to range). */
function withFacet(params: Params, facet: FacetName, value: string): Params {
  const next: Params = { ...params, offset: undefined };
  if (facet === "month") {
    next.from = `${value}-01`;
    next.to = monthEnd(value);
  } else next[facet] = value;
  return next;
}

function FacetList({
  name,
  label,
  values,
  params,
}: {
  name: FacetName;
  label: string;
  values: readonly FacetCount[];
  params: Params;
}) {
  if (values.length === 0) return null;
  return (
    <section class="facet" aria-labelledby={`facet-${name}`}>
      <h3 id={`facet-${name}`}>{label}</h3>
      <ul>
        {values.slice(0, 12).map((v) => (
          <li key={v.value}>
            <a href={href("search", withFacet(params, name, v.value))} data-facet={name}>
              {literal(v.value)}
            </a>{" "}
            <span class="muted">{v.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SearchPage({ params: routeParams }: { readonly params: URLSearchParams }) {
  const params = paramsOf(routeParams);
  const q = params.q ?? "";
  const layer = (params.layer as SearchLayer | undefined) ?? "articles";
  const offset = Number(params.offset ?? 0) || 0;
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const key = JSON.stringify(params);
  const result = useApi(key, (signal) =>
    q === ""
      ? Promise.resolve(undefined)
      : getJson<SearchResult>("/api/search", { ...params, q, layer, limit: PAGE, offset: offset || undefined }, signal),
  );
  const active = FILTERS.filter((f) => params[f]);

  return (
    <>
      <PageTitle>Search the corpus</PageTitle>
      <form
        class="search-form"
        aria-label="Search"
        onSubmit={(e) => {
          e.preventDefault();
          location.hash = href("search", { ...params, q: draft, offset: undefined });
        }}
      >
        <label>
          Search words, "phrases", AND/OR/NOT, prefix*{" "}
          <input type="search" name="q" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      <nav class="layer-switch" aria-label="What to search">
        {(Object.keys(LAYER_NAMES) as SearchLayer[]).map((l) => (
          <a
            key={l}
            href={href("search", { ...params, layer: l, offset: undefined })}
            aria-current={l === layer ? "page" : undefined}
          >
            {LAYER_NAMES[l]}
          </a>
        ))}
      </nav>
      {active.length > 0 ? (
        <ul class="chips" aria-label="Filters">
          {active.map((f) => (
            <li key={f}>
              {f}: {literal(params[f])}{" "}
              <a
                href={href("search", { ...params, [f]: undefined, offset: undefined })}
                aria-label={`Remove filter ${f}`}
              >
                ×
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {q === "" ? (
        <p class="muted">Type a query to search articles, quotes or claims.</p>
      ) : (
        <Status loaded={result}>
          {(r) =>
            r ? (
              <div class="search-grid">
                <section aria-label="Results" class="hits">
                  <p class="muted" role="status">
                    {r.total.toLocaleString()} {r.total === 1 ? "hit" : "hits"}
                  </p>
                  <ol class="hit-list" start={offset + 1}>
                    {r.hits.map((h) => (
                      <li key={`${h.articleId}-${h.key ?? ""}`} class="hit">
                        <a href={href(["doc", h.articleId], { focus: h.layer === "articles" ? undefined : h.key })}>
                          {literal(h.title || h.input)}
                        </a>
                        <div class="muted">
                          {literal(
                            [h.outlet, h.published?.slice(0, 10), h.speaker ? `speaker: ${h.speaker}` : undefined]
                              .filter((x) => x)
                              .join(" · "),
                          )}
                        </div>
                        <Snippet text={h.snippet} />
                      </li>
                    ))}
                  </ol>
                  <nav class="pager" aria-label="Result pages">
                    {offset > 0 ? (
                      <a href={href("search", { ...params, offset: String(Math.max(0, offset - PAGE)) })}>Previous</a>
                    ) : null}
                    {offset + PAGE < r.total ? (
                      <a href={href("search", { ...params, offset: String(offset + PAGE) })}>Next</a>
                    ) : null}
                  </nav>
                </section>
                <aside class="facets" aria-label="Narrow the search">
                  {r.facetsOver < r.matchedArticles ? (
                    <p class="muted">
                      Counts over the {r.facetsOver.toLocaleString("en")} best-ranked of{" "}
                      {r.matchedArticles.toLocaleString("en")} matched articles.
                    </p>
                  ) : null}
                  {FACETS.map((f) => (
                    <FacetList
                      key={f.name}
                      name={f.name}
                      label={f.label}
                      values={r.facets[f.name] ?? []}
                      params={params}
                    />
                  ))}
                </aside>
              </div>
            ) : null
          }
        </Status>
      )}
    </>
  );
}
