/** The start page (#/): what is in the corpus and the latest articles. */
import { type ArticleSummary, getJson, type Health } from "../api.js";
import { ArticleItem, PageTitle, Status } from "../components.js";
import { href } from "../router.js";
import { useApi } from "../useApi.js";

export function HomePage() {
  const health = useApi("health", (signal) => getJson<Health>("/api/health", {}, signal));
  const docs = useApi("recent", (signal) =>
    getJson<{ total: number; items: ArticleSummary[] }>("/api/documents", { limit: 20 }, signal),
  );
  return (
    <>
      <PageTitle>Sift</PageTitle>
      <p>
        Read an article with its layers on <a href={href("analyze")}>Analyse</a>, or explore the corpus: search,
        stories, timeline, map and network.
      </p>
      <Status loaded={health}>
        {(h) => (
          <dl class="counts">
            {Object.entries(h.counts ?? {}).map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v.toLocaleString()}</dd>
              </div>
            ))}
          </dl>
        )}
      </Status>
      <h2>Latest articles</h2>
      <Status loaded={docs}>
        {(d) =>
          d.items.length === 0 ? (
            <p class="muted">The corpus is empty: ingest articles with `sift ingest`.</p>
          ) : (
            <ul class="doc-list">
              {d.items.map((a) => (
                <ArticleItem key={a.id} article={a} />
              ))}
            </ul>
          )
        }
      </Status>
    </>
  );
}
