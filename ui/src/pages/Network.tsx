/** The entity co-occurrence network (#/network): who and what is named together, laid out once, drawn static. */
import { useMemo } from "preact/hooks";
import { type EntityNetwork, getJson } from "../api.js";
import { PageTitle, Status } from "../components.js";
import { plainText } from "../literal.js";
import { layoutNetwork, NET_HEIGHT, NET_WIDTH } from "../map/network-layout.js";
import { href } from "../router.js";
import { useApi } from "../useApi.js";

const TYPES = ["person", "organization", "place", "misc"] as const;

function NetworkDrawing({ net }: { readonly net: EntityNetwork }) {
  const { nodes, edges } = useMemo(() => layoutNetwork(net), [net]);
  const maxEdge = Math.max(1, ...edges.map((e) => e.count));
  return (
    <figure class="network">
      <svg viewBox={`0 0 ${NET_WIDTH} ${NET_HEIGHT}`} role="img" aria-labelledby="net-title">
        <title id="net-title">{`Entity network: ${nodes.length} names, ${edges.length} links`}</title>
        <g class="edges">
          {edges.map((e) => (
            <line
              key={`${e.source.name}|${e.target.name}`}
              x1={e.source.x}
              y1={e.source.y}
              x2={e.target.x}
              y2={e.target.y}
              stroke-width={1 + 3 * (e.count / maxEdge)}
            >
              <title>{plainText(`${e.source.name} – ${e.target.name}: ${e.count} articles`)}</title>
            </line>
          ))}
        </g>
        <g class="nodes">
          {nodes.map((n) => (
            <a
              key={n.name}
              href={href(["entity", n.name])}
              class="node"
              aria-label={plainText(`${n.name}, ${n.type}, ${n.count} articles`)}
            >
              <circle cx={n.x} cy={n.y} r={n.r} class={`n-${n.type}`}>
                <title>{plainText(`${n.name} (${n.type}): ${n.count} articles`)}</title>
              </circle>
              <text x={n.x + n.r + 3} y={n.y + 4}>
                {plainText(n.name)}
              </text>
            </a>
          ))}
        </g>
      </svg>
      <figcaption class="muted legend">
        {TYPES.map((t) => (
          <span key={t}>
            <span class={`swatch n-${t}`} aria-hidden="true" /> {t}{" "}
          </span>
        ))}
        · a line joins names that appear in the same articles (thicker: more articles).
      </figcaption>
    </figure>
  );
}

export function NetworkPage({ params }: { readonly params: URLSearchParams }) {
  const minCount = params.get("minCount") ?? "2";
  const data = useApi(`network/${minCount}`, (signal) =>
    getJson<EntityNetwork>("/api/network", { limit: 60, minCount }, signal),
  );
  return (
    <>
      <PageTitle>Entity network</PageTitle>
      <nav class="layer-switch" aria-label="Link strength">
        {["1", "2", "3"].map((m) => (
          <a key={m} href={href("network", { minCount: m })} aria-current={m === minCount ? "page" : undefined}>
            named together in ≥ {m}
          </a>
        ))}
      </nav>
      <Status loaded={data}>
        {(net) => (net.nodes.length === 0 ? <p class="muted">No entities yet.</p> : <NetworkDrawing net={net} />)}
      </Status>
    </>
  );
}
