/** A stored article (#/doc/ID) in the reader, with where it came from and its story. */
import { getJson, type StoredDocument, seg } from "../api.js";
import { Status } from "../components.js";
import { literal } from "../literal.js";
import { Reader } from "../reader/Reader.js";
import { href } from "../router.js";
import { useApi } from "../useApi.js";

/** `focus` names a quote or claim id ("q3") to scroll to, as search hits of those layers link. */
export function DocPage({ id, focus }: { readonly id: string; readonly focus?: string }) {
  const doc = useApi(`doc/${id}`, (signal) => getJson<StoredDocument>(`/api/documents/${seg(id)}`, {}, signal));
  return (
    <Status loaded={doc}>
      {(d) => (
        <>
          <p class="muted doc-meta">
            Article {d.id} · from <span class="input">{literal(d.input)}</span>
            {d.storyId !== undefined ? (
              <>
                {" · "}
                <a href={href(["story", d.storyId])}>its story</a>
              </>
            ) : null}
            {" · "}
            <a href={`/api/documents/${seg(d.id)}/original`} download>
              original file
            </a>
          </p>
          <Reader analysis={d.analysis} focusKey={focus} headlineIsTitle />
        </>
      )}
    </Status>
  );
}
