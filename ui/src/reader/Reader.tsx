/**
 * The article reader: the text with every layer toggleable and highlighted, the ranked claims, the speakers and
 * the framing cues beside it, and the details of whatever span the pointer or the keyboard focus is on.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Analysis, Span } from "../api.js";
import { literal } from "../literal.js";
import { SPEAKER_COLOURS } from "../palette.js";
import { safeHref } from "../safe.js";
import { ArticleText, DETAILS_ID, SEGMENT_ID_PREFIX } from "./ArticleText.js";
import { type Detail, describeMarks, entityById, percent, speakerLabel } from "./details.js";
import { buildSegments, LAYER_LABEL, LAYERS, type Layer, type Mark, speakerKey, speakerSlots } from "./segments.js";

/** Width of the details box, to keep it inside the reader. */
const TIP_WIDTH = 340;
const TIP_GAP = 6;

interface Tip {
  readonly index: number;
  readonly top: number;
  readonly left: number;
  readonly by: "pointer" | "focus";
}

function segmentIndexOf(target: EventTarget | null): number | undefined {
  if (!(target instanceof Element)) return undefined;
  const el = target.closest("[data-i]");
  const v = el?.getAttribute("data-i");
  return v == null ? undefined : Number(v);
}

function spanOf(a: Analysis, m: Mark): Span | undefined {
  if (m.layer === "quote") return a.quotes?.[m.index];
  if (m.layer === "claim") return a.claims?.[m.index];
  if (m.layer === "framing") {
    const f = a.framing?.[m.index];
    return f?.start !== undefined && f.end !== undefined ? { start: f.start, end: f.end } : undefined;
  }
  return undefined;
}

function SpeakerList({ analysis, goTo }: { readonly analysis: Analysis; readonly goTo: (m: Mark) => void }) {
  const entities = useMemo(() => entityById(analysis), [analysis]);
  const rows = useMemo(() => {
    const slots = speakerSlots(analysis, SPEAKER_COLOURS.length);
    const byKey = new Map<string, { label: string; slot?: number; quotes: number; first: number }>();
    (analysis.quotes ?? []).forEach((q, index) => {
      const k = speakerKey(q) ?? "";
      const row = byKey.get(k) ?? { label: speakerLabel(q, entities), slot: slots.get(k), quotes: 0, first: index };
      row.quotes++;
      byKey.set(k, row);
    });
    return [...byKey.values()];
  }, [analysis, entities]);
  if (rows.length === 0) return <p class="muted">No quotes.</p>;
  return (
    <ul class="speakers">
      {rows.map((r) => (
        <li key={r.label} class="speaker">
          <button type="button" class="linkish" onClick={() => goTo({ layer: "quote", index: r.first })}>
            <span class={`swatch q-${r.slot ?? "none"}`} aria-hidden="true" />{" "}
            <span class="speaker-name">{literal(r.label)}</span>
          </button>{" "}
          <span class="muted">· {r.quotes === 1 ? "1 quote" : `${r.quotes} quotes`}</span>
        </li>
      ))}
    </ul>
  );
}

export interface ReaderProps {
  readonly analysis: Analysis;
  /** A quote or claim id to scroll to once. */
  readonly focusKey?: string;
  /** The headline is the page's h1 (the article page) rather than an h2 under the page title (Analyse). */
  readonly headlineIsTitle?: boolean;
}

export function Reader({ analysis, focusKey, headlineIsTitle }: ReaderProps) {
  const [layers, setLayers] = useState<ReadonlySet<Layer>>(() => new Set(LAYERS));
  const [showBoilerplate, setShowBoilerplate] = useState(false);
  const [tip, setTip] = useState<Tip | undefined>();
  const [focusTarget, setFocusTarget] = useState<Mark | undefined>();
  const root = useRef<HTMLDivElement>(null);
  const side = useRef<HTMLElement>(null);

  const segments = useMemo(
    () => buildSegments(analysis, { layers, showBoilerplate }, SPEAKER_COLOURS.length),
    [analysis, layers, showBoilerplate],
  );
  const entities = useMemo(() => entityById(analysis), [analysis]);
  const rankedClaims = useMemo(
    () => (analysis.claims ?? []).map((c, index) => ({ c, index })).sort((x, y) => y.c.score - x.c.score),
    [analysis],
  );
  const framing = analysis.framing ?? [];
  const details: Detail[] =
    tip && segments[tip.index] ? describeMarks(analysis, segments[tip.index]?.marks ?? [], entities) : [];

  // The details belong to a segment index: a new cut of the text makes them stale.
  useEffect(() => setTip(undefined), [segments]);

  // A claim or framing item was chosen in the side panel: once its layer is shown, scroll to it and focus it.
  useEffect(() => {
    if (!focusTarget) return;
    const i = segments.findIndex((s) =>
      s.marks.some((m) => m.layer === focusTarget.layer && m.index === focusTarget.index),
    );
    setFocusTarget(undefined);
    const el = i >= 0 ? document.getElementById(SEGMENT_ID_PREFIX + i) : null;
    if (!el) return;
    el.scrollIntoView({ block: "center" });
    el.focus({ preventScroll: true });
  }, [focusTarget, segments]);

  // Opened on a quote or claim (a search hit): go to it once.
  // Runs once per article and key, not on every goTo.
  useEffect(() => {
    if (!focusKey) return;
    const q = (analysis.quotes ?? []).findIndex((x) => x.id === focusKey);
    const c = (analysis.claims ?? []).findIndex((x) => x.id === focusKey);
    if (q >= 0) goTo({ layer: "quote", index: q });
    else if (c >= 0) goTo({ layer: "claim", index: c });
  }, [analysis, focusKey]);

  const showTip = (target: EventTarget | null, by: Tip["by"]): void => {
    const index = segmentIndexOf(target);
    const box = root.current?.getBoundingClientRect();
    if (index === undefined || !box || !(target instanceof Element)) {
      if (by === "pointer" && tip?.by === "pointer") setTip(undefined);
      return;
    }
    const el = target.closest("[data-i]") ?? target;
    const r = el.getBoundingClientRect();
    const left = Math.max(0, Math.min(r.left - box.left, box.width - TIP_WIDTH));
    setTip({ index, top: r.bottom - box.top + TIP_GAP, left, by });
  };

  const toggle = (layer: Layer): void => {
    const next = new Set(layers);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setLayers(next);
  };

  const goTo = (mark: Mark): void => {
    if (mark.layer !== "boilerplate" && !layers.has(mark.layer)) setLayers(new Set([...layers, mark.layer]));
    // A claim or quote inside removed boilerplate (an author bio) is only reachable with the boilerplate shown.
    const span = spanOf(analysis, mark);
    if (
      span &&
      !showBoilerplate &&
      (analysis.boilerplate ?? []).some((b) => b.start <= span.start && span.end <= b.end)
    )
      setShowBoilerplate(true);
    setFocusTarget(mark);
  };

  const md = analysis.metadata;
  const href = safeHref(md?.url);
  const bpCount = analysis.boilerplate?.length ?? 0;

  return (
    <div class="reader" ref={root}>
      <header class="reader-head">
        {md?.kicker ? <p class="kicker">{literal(md.kicker)}</p> : null}
        {headlineIsTitle ? (
          <h1 class="headline">{literal(md?.headline ?? "Untitled article")}</h1>
        ) : (
          <h2 class="headline">{literal(md?.headline ?? "Untitled article")}</h2>
        )}
        <p class="muted byline">
          {literal(
            [(md?.authors ?? []).map((a) => a.name).join(", "), md?.outlet?.name, md?.published]
              .filter((x) => x)
              .join(" · "),
          )}
          {href ? (
            <>
              {" · "}
              <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                source
              </a>
            </>
          ) : null}
        </p>
      </header>
      <button type="button" class="skip skip-text" onClick={() => side.current?.focus()}>
        Skip the article text to the layers, speakers and claims
      </button>
      <div class="reader-grid">
        {/* biome-ignore lint/a11y/useKeyWithMouseEvents: focus is handled too, in the capture phase (onFocusCapture) */}
        <section
          class="reader-text"
          aria-label="Article text with highlights"
          onMouseOver={(e) => showTip(e.target, "pointer")}
          onMouseLeave={() => tip?.by === "pointer" && setTip(undefined)}
          onFocusCapture={(e) => showTip(e.target, "focus")}
          onBlurCapture={() => setTip(undefined)}
          onKeyDown={(e) => e.key === "Escape" && setTip(undefined)}
        >
          <ArticleText text={analysis.text} segments={segments} />
        </section>
        <aside class="reader-side" aria-label="Layers, speakers, claims and framing" ref={side} tabIndex={-1}>
          <fieldset class="layers">
            <legend>Layers</legend>
            {LAYERS.map((l) => (
              <label key={l} class="layer-toggle">
                <input type="checkbox" name={`layer-${l}`} checked={layers.has(l)} onChange={() => toggle(l)} />
                <span class={`swatch sw-${l}`} aria-hidden="true" /> {LAYER_LABEL[l]}
              </label>
            ))}
            <label class="layer-toggle">
              <input
                type="checkbox"
                name="show-boilerplate"
                checked={showBoilerplate}
                onChange={() => setShowBoilerplate(!showBoilerplate)}
              />
              <span class="swatch sw-boilerplate" aria-hidden="true" /> Removed boilerplate ({bpCount})
            </label>
          </fieldset>
          <section aria-labelledby="speakers-h">
            <h3 id="speakers-h">Speakers</h3>
            <SpeakerList analysis={analysis} goTo={goTo} />
          </section>
          <section aria-labelledby="claims-h">
            <h3 id="claims-h">Claims, most check-worthy first</h3>
            {rankedClaims.length === 0 ? <p class="muted">No claims.</p> : null}
            <ol class="claims">
              {rankedClaims.map(({ c, index }) => (
                <li key={index} class="claim-item" data-score={c.score}>
                  <button type="button" class="linkish" onClick={() => goTo({ layer: "claim", index })}>
                    <span class="score">{percent(c.score)}</span>{" "}
                    <span class="claim-text">{literal(analysis.text.slice(c.start, c.end))}</span>
                    {c.claimant ? (
                      <span class="muted"> — {literal(entities.get(c.claimant)?.name ?? c.claimant)}</span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="framing-h">
            <h3 id="framing-h">Framing</h3>
            {framing.length === 0 ? <p class="muted">No framing cues.</p> : null}
            <ul class="framing">
              {framing.map((f, index) => (
                <li key={index}>
                  {f.start !== undefined && f.end !== undefined ? (
                    <button type="button" class="linkish" onClick={() => goTo({ layer: "framing", index })}>
                      <strong>{f.kind}</strong>: “{literal(analysis.text.slice(f.start, f.end))}”
                    </button>
                  ) : (
                    <span>
                      <strong>{f.kind}</strong> (whole article)
                    </span>
                  )}
                  {f.note ? <span class="muted note"> {literal(f.note)}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
      <div
        id={DETAILS_ID}
        class={details.length === 0 ? "tip vh" : "tip"}
        role="status"
        aria-live="polite"
        style={tip ? { top: `${tip.top}px`, left: `${tip.left}px` } : undefined}
      >
        {details.map((d, i) => (
          <div key={i} class="tip-item">
            <strong>{literal(d.title)}</strong>
            {d.lines.map((l, j) => (
              <div key={j}>{literal(l)}</div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
