/**
 * The highlighted text as flat segments: `text` is cut at every span boundary of the enabled layers, and each
 * piece carries the marks that cover it (nested or overlapping spans give a piece several marks). The reader
 * renders each piece as one text node, so article text never reaches the DOM as markup. Pure: unit-tested.
 */
import type { Analysis, Span } from "../api.js";

export const LAYERS = ["person", "organization", "place", "misc", "date", "quote", "claim", "framing"] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_LABEL: Readonly<Record<Layer, string>> = {
  person: "People",
  organization: "Organisations",
  place: "Places",
  misc: "Other names",
  date: "Dates",
  quote: "Quotes",
  claim: "Claims",
  framing: "Framing cues",
};

export type Mark =
  | { readonly layer: "person" | "organization" | "place" | "misc"; readonly index: number }
  | { readonly layer: "date" | "quote" | "claim" | "framing" | "boilerplate"; readonly index: number };

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Empty for plain text. */
  readonly marks: readonly Mark[];
  /** CSS classes of the marks ("" for plain text). */
  readonly classes: string;
}

export interface SegmentOptions {
  readonly layers: ReadonlySet<Layer>;
  readonly showBoilerplate: boolean;
}

interface Placed {
  readonly start: number;
  readonly end: number;
  readonly mark: Mark;
}

const ENTITY_LAYERS = new Set<string>(["person", "organization", "place", "misc"]);

/** Speaker key of a quote: its entity id, else who it is attributed to, else none. */
export function speakerKey(q: { readonly speaker?: string; readonly attributedTo?: string }): string | undefined {
  return q.speaker ?? (q.attributedTo ? `@${q.attributedTo}` : undefined);
}

/** Colour slot of each speaker key, in order of first quote. */
export function speakerSlots(a: Analysis, colours: number): Map<string, number> {
  const slots = new Map<string, number>();
  for (const q of a.quotes ?? []) {
    const k = speakerKey(q);
    if (k !== undefined && !slots.has(k)) slots.set(k, slots.size % colours);
  }
  return slots;
}

function placedMarks(a: Analysis, o: SegmentOptions): Placed[] {
  const out: Placed[] = [];
  const len = a.text.length;
  const add = (start: number | undefined, end: number | undefined, mark: Mark): void => {
    if (start === undefined || end === undefined) return;
    const s = Math.max(0, start);
    const e = Math.min(len, end);
    if (e > s) out.push({ start: s, end: e, mark });
  };
  (a.entities ?? []).forEach((ent, index) => {
    const layer = ENTITY_LAYERS.has(ent.type) ? (ent.type as "person" | "organization" | "place" | "misc") : "misc";
    if (!o.layers.has(layer)) return;
    for (const m of ent.mentions ?? []) add(m.start, m.end, { layer, index });
  });
  const spanLayers = [
    ["date", a.times],
    ["quote", a.quotes],
    ["claim", a.claims],
    ["framing", a.framing],
  ] as const;
  for (const [layer, spans] of spanLayers) {
    if (!o.layers.has(layer)) continue;
    (spans ?? []).forEach((x: Partial<Span>, index: number) => {
      add(x.start, x.end, { layer, index });
    });
  }
  (a.boilerplate ?? []).forEach((b, index) => {
    add(b.start, b.end, { layer: "boilerplate", index });
  });
  return out;
}

function classesOf(a: Analysis, marks: readonly Mark[], slots: ReadonlyMap<string, number>): string {
  const cls = new Set<string>(["hl"]);
  for (const m of marks) {
    switch (m.layer) {
      case "person":
      case "organization":
      case "place":
      case "misc":
        cls.add(`e-${m.layer}`);
        break;
      case "date":
        cls.add("t-date");
        break;
      case "quote": {
        const q = a.quotes?.[m.index];
        const k = q ? speakerKey(q) : undefined;
        const slot = k === undefined ? undefined : slots.get(k);
        cls.add("q");
        cls.add(slot === undefined ? "q-none" : `q-${slot}`);
        break;
      }
      case "claim":
        cls.add("claim");
        break;
      case "framing":
        cls.add("fr");
        break;
      case "boilerplate":
        cls.add("bp");
        break;
    }
  }
  return [...cls].join(" ");
}

/**
 * Cuts the text into segments. Removed boilerplate is left out unless `showBoilerplate`; runs of plain text are
 * single segments. O(n log n) in the number of marks plus the segments times the (small) overlap depth.
 */
export function buildSegments(a: Analysis, o: SegmentOptions, speakerColours: number): Segment[] {
  const placed = placedMarks(a, o).sort((x, y) => x.start - y.start || y.end - x.end);
  const slots = speakerSlots(a, speakerColours);
  const cuts = new Set<number>([0, a.text.length]);
  for (const p of placed) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const bounds = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  let active: Placed[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? from;
    active = active.filter((p) => p.end > from);
    while (next < placed.length && (placed[next]?.start ?? Infinity) <= from) {
      const p = placed[next++];
      if (p && p.end > from) active.push(p);
    }
    const marks = active.map((p) => p.mark);
    const inBoilerplate = marks.some((m) => m.layer === "boilerplate");
    if (inBoilerplate && !o.showBoilerplate) continue;
    const prev = out[out.length - 1];
    if (marks.length === 0 && prev && prev.marks.length === 0 && prev.end === from) {
      out[out.length - 1] = { ...prev, end: to };
      continue;
    }
    out.push({ start: from, end: to, marks, classes: marks.length ? classesOf(a, marks, slots) : "" });
  }
  return out;
}

/** Index of the segment holding text offset `at` (segments are sorted and disjoint), or -1. */
export function segmentAt(segments: readonly Segment[], at: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (!s) break;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Characters that change how the text around them is displayed (bidi overrides and isolates) and so could make
 * an article read differently from what it contains: the reader shows them as a visible code, never applies them.
 */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Splits display text into plain runs and visible control-character codes ("U+202E"). */
export function displayParts(s: string): { readonly text: string; readonly control: boolean }[] {
  const out: { text: string; control: boolean }[] = [];
  let last = 0;
  for (const m of s.matchAll(BIDI_CONTROLS)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: s.slice(last, at), control: false });
    const code = m[0].codePointAt(0) ?? 0;
    out.push({ text: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`, control: true });
    last = at + m[0].length;
  }
  if (last < s.length) out.push({ text: s.slice(last), control: false });
  return out;
}
