/** Articles over time (#/timeline?by=month): an SVG bar chart from /api/timeline, with the numbers as a table. */
import { getJson } from "../api.js";
import { PageTitle, Status } from "../components.js";
import { href } from "../router.js";
import { useApi } from "../useApi.js";

interface Bucket {
  readonly period: string;
  readonly count: number;
}

const WIDTH = 900;
const HEIGHT = 320;
const MARGIN = { top: 16, right: 12, bottom: 48, left: 44 };
/** At most this many x-axis labels, so they never overlap. */
const MAX_LABELS = 12;
const BY = ["day", "month", "year"] as const;

export function BarChart({ buckets, label }: { readonly buckets: readonly Bucket[]; readonly label: string }) {
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = innerW / Math.max(1, buckets.length);
  const barW = Math.max(1, step * 0.8);
  const every = Math.max(1, Math.ceil(buckets.length / MAX_LABELS));
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <line
        class="axis"
        x1={MARGIN.left}
        y1={HEIGHT - MARGIN.bottom}
        x2={WIDTH - MARGIN.right}
        y2={HEIGHT - MARGIN.bottom}
      />
      <text class="tick" x={MARGIN.left - 6} y={MARGIN.top + 4} text-anchor="end">
        {max}
      </text>
      <text class="tick" x={MARGIN.left - 6} y={HEIGHT - MARGIN.bottom} text-anchor="end">
        0
      </text>
      {buckets.map((b, i) => {
        const h = (b.count / max) * innerH;
        const x = MARGIN.left + i * step + (step - barW) / 2;
        return (
          <g key={b.period}>
            <rect class="bar" x={x} y={HEIGHT - MARGIN.bottom - h} width={barW} height={h}>
              <title>{`${b.period}: ${b.count}`}</title>
            </rect>
            {i % every === 0 ? (
              <text class="tick" x={x + barW / 2} y={HEIGHT - MARGIN.bottom + 16} text-anchor="middle">
                {b.period}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

export function TimelinePage({ params }: { readonly params: URLSearchParams }) {
  const by = BY.find((b) => b === params.get("by")) ?? "month";
  const q = params.get("q") ?? undefined;
  const data = useApi(`timeline/${by}/${q ?? ""}`, (signal) =>
    getJson<{ buckets: Bucket[] }>("/api/timeline", { by, q }, signal),
  );
  return (
    <>
      <PageTitle>Timeline</PageTitle>
      <nav class="layer-switch" aria-label="Bucket size">
        {BY.map((b) => (
          <a key={b} href={href("timeline", { by: b, q })} aria-current={b === by ? "page" : undefined}>
            by {b}
          </a>
        ))}
      </nav>
      <Status loaded={data}>
        {(d) =>
          d.buckets.length === 0 ? (
            <p class="muted">No dated articles.</p>
          ) : (
            <figure>
              <BarChart buckets={d.buckets} label={`Articles per ${by}${q ? ` matching ${q}` : ""}`} />
              <figcaption class="muted">Articles per {by}, by publication date.</figcaption>
              <details>
                <summary>The numbers</summary>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{by}</th>
                      <th scope="col">articles</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.buckets.map((b) => (
                      <tr key={b.period}>
                        <td>{b.period}</td>
                        <td>{b.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </figure>
          )
        }
      </Status>
    </>
  );
}
