/** Stories (#/stories) and one story with its outlets side by side (#/story/ID). */
import { getJson, type StoryCompare, type StoryListItem, seg } from "../api.js";
import { PageTitle, Status } from "../components.js";
import { literal, plainText } from "../literal.js";
import { href } from "../router.js";
import { useApi } from "../useApi.js";

const dates = (a?: string, b?: string): string => [a?.slice(0, 10), b?.slice(0, 10)].filter((x) => x).join(" – ");

export function StoriesPage({ params }: { readonly params: URLSearchParams }) {
  const minSize = params.get("minSize") ?? "2";
  const stories = useApi(`stories/${minSize}`, (signal) =>
    getJson<{ items: StoryListItem[] }>("/api/stories", { minSize, limit: 100 }, signal),
  );
  return (
    <>
      <PageTitle>Stories</PageTitle>
      <nav class="layer-switch" aria-label="Story size">
        <a href={href("stories", { minSize: "2" })} aria-current={minSize === "2" ? "page" : undefined}>
          Covered by several articles
        </a>
        <a href={href("stories", { minSize: "1" })} aria-current={minSize === "1" ? "page" : undefined}>
          All
        </a>
      </nav>
      <Status loaded={stories}>
        {(s) =>
          s.items.length === 0 ? (
            <p class="muted">No stories yet.</p>
          ) : (
            <ul class="story-list">
              {s.items.map((st) => (
                <li key={st.id}>
                  <a href={href(["story", st.id])}>{literal(st.title || `Story ${st.id}`)}</a>{" "}
                  <span class="muted">
                    {st.size} {st.size === 1 ? "article" : "articles"} {dates(st.firstDate, st.lastDate)}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Status>
    </>
  );
}

function List({ label, items }: { readonly label: string; readonly items: readonly string[] }) {
  return (
    <>
      <h4>{label}</h4>
      {items.length === 0 ? (
        <p class="muted">none</p>
      ) : (
        <ul>
          {items.map((x, i) => (
            <li key={i}>{literal(x)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function StoryPage({ id }: { readonly id: string }) {
  const cmp = useApi(`story/${id}`, (signal) => getJson<StoryCompare>(`/api/stories/${seg(id)}/compare`, {}, signal));
  return (
    <Status loaded={cmp}>
      {(c) => (
        <>
          <PageTitle>{literal(c.title || `Story ${c.id}`)}</PageTitle>
          <p class="muted">
            {c.outlets.length} {c.outlets.length === 1 ? "outlet" : "outlets"} side by side: who each quotes, what it
            claims, its numbers and framing, and what only it says.
          </p>
          <ul class="compare">
            {c.outlets.map((o) => (
              <li key={o.outlet} class="outlet" aria-label={plainText(o.outlet)}>
                <h2 class="outlet-name">{literal(o.outlet)}</h2>
                <ul class="outlet-articles">
                  {o.articles.map((a) => (
                    <li key={a.id}>
                      <a href={href(["doc", a.id])}>{literal(a.title || `Article ${a.id}`)}</a>{" "}
                      <span class="muted">{a.published?.slice(0, 10)}</span>
                    </li>
                  ))}
                </ul>
                <h3>Quotes</h3>
                {o.speakers.length === 0 ? (
                  <p class="muted">quotes nobody</p>
                ) : (
                  <ul>
                    {o.speakers.map((s) => (
                      <li key={s.name}>
                        {literal(s.name)} <span class="muted">· {s.quotes}</span>
                      </li>
                    ))}
                  </ul>
                )}
                <h3>Claims</h3>
                {o.claims.length === 0 ? (
                  <p class="muted">none</p>
                ) : (
                  <ol>
                    {o.claims.map((cl, i) => (
                      <li key={i}>
                        <span class="score">{Math.round(cl.score * 100)}%</span> {literal(cl.text)}
                      </li>
                    ))}
                  </ol>
                )}
                <List label="Numbers" items={o.numbers} />
                <List label="Framing" items={o.framing.map((f) => `${f.kind} · ${f.count}`)} />
                <h3>Only here</h3>
                <List label="Speakers" items={o.only.speakers} />
                <List label="Names" items={o.only.entities} />
                <List label="Numbers" items={o.only.numbers} />
                <List label="Sentences" items={o.only.sentences} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Status>
  );
}
