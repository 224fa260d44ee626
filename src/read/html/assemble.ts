/**
 * Lays the output text out in reading order — headline, standfirst, byline, body blocks, captions, furniture —
 * with "\n\n" between blocks, so the body is one contiguous span that holds no furniture.
 */
import type { BlockKind, BoilerplateKind } from "../../core/document.js";
import type { Placement } from "./body.js";
import type { MetadataResult } from "./metadata/index.js";
import type { TextBlock } from "./segment.js";
import { TextBuilder } from "./text-builder.js";

export interface AssembleInput {
  /** Every block of the page, in page order. */
  readonly blocks: readonly TextBlock[];
  /** The blocks of the article container and where each goes. */
  readonly inside: readonly TextBlock[];
  readonly placement: readonly Placement[];
  readonly meta: MetadataResult;
  /** Paragraphs to use as the body instead of the markup's (a JavaScript-rendered page's JSON-LD articleBody). */
  readonly fallback?: readonly string[];
}

export interface Assembled {
  readonly text: string;
  readonly body: { start: number; end: number };
  readonly blocks: { start: number; end: number; kind: BlockKind }[];
  readonly boilerplate: { start: number; end: number; kind: BoilerplateKind; rule: string }[];
  readonly sourceMap: Int32Array;
}

const SEPARATOR = "\n\n";

/** Furniture outside the container worth keeping in the text; menus and ad slots are dropped as noise. */
const KEPT_OUTSIDE: ReadonlySet<BoilerplateKind> = new Set([
  "related",
  "share",
  "cookie",
  "newsletter",
  "comments",
  "paywall",
  "author-bio",
  "footer",
  "subscription",
  "donation",
]);

export function assemble(input: AssembleInput): Assembled {
  const out = new TextBuilder();
  const blocks: Assembled["blocks"] = [];
  const boilerplate: Assembled["boilerplate"] = [];
  const used = new Set<TextBlock>();

  const addBlock = (b: TextBlock): { start: number; end: number } | undefined => {
    const mark = out.length;
    if (out.length > 0) out.inserted(SEPARATOR);
    const span = out.block(b.pieces);
    used.add(b);
    if (span.end === span.start) {
      out.truncate(mark);
      return undefined;
    }
    return span;
  };

  const { headlineBlock, standfirstBlock, bylineBlock, metadata } = input.meta;
  if (headlineBlock !== undefined) {
    const span = addBlock(headlineBlock);
    if (span !== undefined) blocks.push({ ...span, kind: "headline" });
  } else if (metadata.headline !== undefined) {
    blocks.push({ ...out.inserted(metadata.headline.value), kind: "headline" });
  }
  for (const [b, kind] of [
    [standfirstBlock, "standfirst"],
    [bylineBlock, "byline"],
  ] as const) {
    if (b === undefined || used.has(b)) continue;
    const span = addBlock(b);
    if (span !== undefined) blocks.push({ ...span, kind });
  }

  let bodyStart = -1;
  let bodyEnd = -1;
  for (const paragraph of input.fallback ?? []) {
    if (out.length > 0) out.inserted(SEPARATOR);
    const span = out.inserted(paragraph);
    if (bodyStart < 0) bodyStart = span.start;
    bodyEnd = span.end;
    blocks.push({ ...span, kind: "paragraph" });
  }
  input.inside.forEach((b, i) => {
    if (input.fallback !== undefined || input.placement[i]?.role !== "body" || used.has(b)) return;
    const span = addBlock(b);
    if (span === undefined) return;
    if (bodyStart < 0) bodyStart = span.start;
    bodyEnd = span.end;
    blocks.push({ ...span, kind: b.kind === "headline" ? "heading" : b.kind });
  });
  const body = bodyStart < 0 ? { start: out.length, end: out.length } : { start: bodyStart, end: bodyEnd };

  input.inside.forEach((b, i) => {
    if (input.placement[i]?.role !== "caption" || used.has(b)) return;
    const span = addBlock(b);
    if (span !== undefined) blocks.push({ ...span, kind: "caption" });
  });

  const placed = new Map<TextBlock, Placement>();
  input.inside.forEach((b, i) => {
    const p = input.placement[i];
    if (p !== undefined) placed.set(b, p);
  });
  let lastKey: unknown;
  for (const b of input.blocks) {
    if (used.has(b)) continue;
    const p = placed.get(b);
    let kind: BoilerplateKind | undefined;
    let rule = "";
    let key: unknown = b.box.furniture?.box;
    if (p?.role === "boilerplate") {
      kind = p.kind;
      rule = p.rule;
      key = key ?? rule;
    } else if (
      p === undefined &&
      b.box.furniture !== undefined &&
      (KEPT_OUTSIDE.has(b.box.furniture.kind) || b.box.furniture.rule === "boilerplate:pagination-class")
    ) {
      kind = b.box.furniture.kind;
      rule = b.box.furniture.rule;
    }
    if (kind === undefined) continue;
    const span = addBlock(b);
    if (span === undefined) continue;
    const prev = boilerplate[boilerplate.length - 1];
    if (prev !== undefined && key === lastKey && prev.kind === kind) prev.end = span.end;
    else boilerplate.push({ ...span, kind, rule });
    lastKey = key;
  }
  return { text: out.toString(), body, blocks, boilerplate, sourceMap: out.sourceMap() };
}
