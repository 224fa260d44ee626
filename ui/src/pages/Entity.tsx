/** One entity across the corpus (#/entity/NAME): the articles naming it, what it is named with, its quotes. */
import { type EntityReport, getJson, seg } from "../api.js";
import { ArticleItem, PageTitle, Status } from "../components.js";
import { literal } from "../literal.js";
import { href } from "../router.js";
import { useApi } from "../useApi.js";

export function EntityPage({ name }: { readonly name: string }) {
  const rep = useApi(`entity/${name}`, (signal) => getJson<EntityReport>(`/api/entities/${seg(name)}`, {}, signal));
  return (
    <>
      <PageTitle>{literal(name)}</PageTitle>
      <Status loaded={rep}>
        {(r) => (
          <div class="entity-grid">
            <section aria-labelledby="ent-articles">
              <h2 id="ent-articles">Articles ({r.articles.length})</h2>
              <ul>
                {r.articles.map((a) => (
                  <ArticleItem key={a.id} article={a} />
                ))}
              </ul>
              <h2>Quotes</h2>
              {r.quotes.length === 0 ? <p class="muted">none</p> : null}
              <ul>
                {r.quotes.map((q, i) => (
                  <li key={i}>
                    “{literal(q.text)}” <a href={href(["doc", q.articleId])}>article {q.articleId}</a>
                  </li>
                ))}
              </ul>
            </section>
            <aside aria-labelledby="ent-with">
              <h2 id="ent-with">Named with</h2>
              <ul>
                {r.cooccurring.map((c) => (
                  <li key={c.value}>
                    <a href={href(["entity", c.value])}>{literal(c.value)}</a> <span class="muted">{c.count}</span>
                  </li>
                ))}
              </ul>
              <p class="muted">{r.types.map((t) => `${t.value} ${t.count}`).join(" · ")}</p>
            </aside>
          </div>
        )}
      </Status>
    </>
  );
}
