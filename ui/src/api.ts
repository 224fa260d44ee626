/**
 * The HTTP API as the UI sees it (.scratch/API-SPEC.md): typed fetch helpers and the shapes of the responses.
 * Every response field that comes from an article is hostile text: it is only ever rendered as a text node.
 */

// The corpus's response shapes are the server's own types (type-only imports: nothing of the server is bundled).
import type { ArticleSummary, EntityNetwork, SearchResult } from "../../src/corpus/store/types.js";
import type { OutletView } from "../../src/corpus/stories/compare.js";

export type {
  ArticleSummary,
  EntityNetwork,
  EntityReport,
  FacetCount,
  SearchHit,
  SearchLayer,
  SearchResult,
} from "../../src/corpus/store/types.js";
export type { OutletView } from "../../src/corpus/stories/compare.js";
export type NetworkNode = EntityNetwork["nodes"][number];
export type FacetName = keyof SearchResult["facets"];

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface AnalysisEntity {
  readonly id: string;
  readonly type: "person" | "organization" | "place" | "misc" | string;
  readonly name: string;
  readonly roles?: readonly string[];
  readonly country?: string;
  readonly mentions: readonly (Span & { readonly form?: string; readonly certainty?: string })[];
  readonly geo?: { readonly country?: string; readonly lat: number; readonly lon: number; readonly geonameId?: number };
}

export interface AnalysisTime extends Span {
  readonly type?: string;
  readonly value?: string;
  readonly certainty?: string;
}

export interface AnalysisQuote extends Span {
  readonly id?: string;
  readonly kind: string;
  readonly speaker?: string;
  readonly speakerInferred?: boolean;
  readonly attributedTo?: string;
  readonly cue?: Span;
}

export interface AnalysisClaim extends Span {
  readonly id?: string;
  readonly score: number;
  readonly claimant?: string;
  readonly cues?: readonly string[];
}

/** Document-level framing (one-sided sourcing) has no span. */
export interface AnalysisFraming extends Partial<Span> {
  readonly kind: string;
  readonly note?: string;
  readonly technique?: string;
}

export interface Analysis {
  readonly id?: string;
  readonly text: string;
  readonly metadata?: {
    readonly headline?: string;
    readonly kicker?: string;
    readonly published?: string;
    readonly url?: string;
    readonly outlet?: { readonly name?: string; readonly abbreviation?: string };
    readonly authors?: readonly { readonly name: string }[];
  };
  readonly body?: Span;
  readonly boilerplate?: readonly (Span & { readonly kind: string })[];
  readonly sentences?: readonly Span[];
  readonly entities?: readonly AnalysisEntity[];
  readonly times?: readonly AnalysisTime[];
  readonly quotes?: readonly AnalysisQuote[];
  readonly claims?: readonly AnalysisClaim[];
  readonly framing?: readonly AnalysisFraming[];
  readonly stored?: { readonly id: number; readonly created: boolean };
}

export interface StoredDocument extends ArticleSummary {
  readonly mediaType: string;
  readonly analysis: Analysis;
}

export interface StoryListItem {
  readonly id: number;
  readonly title: string;
  readonly size: number;
  readonly firstDate?: string;
  readonly lastDate?: string;
}

export interface StoryCompare {
  readonly id: number;
  readonly title: string;
  readonly outlets: readonly OutletView[];
}

export interface PlaceFeature {
  readonly type: "Feature";
  readonly geometry: { readonly type: "Point"; readonly coordinates: readonly [number, number] };
  readonly properties: { readonly name: string; readonly country?: string; readonly count: number };
}

export interface Health {
  readonly ok: boolean;
  readonly version?: string;
  readonly store?: string;
  readonly counts?: Readonly<Record<string, number>>;
}

/** An API error with the server's code and message (or the HTTP status when the body is not the error JSON). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function errorOf(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.message) return new ApiError(res.status, body.error.code ?? "error", body.error.message);
  } catch {
    // Not JSON: fall through to the status line.
  }
  return new ApiError(res.status, "http_" + res.status, `${res.status} ${res.statusText}`.trim());
}

export type Query = Readonly<Record<string, string | number | undefined>>;

export function queryString(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

export async function getJson<T>(path: string, q: Query = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path + queryString(q), { headers: { accept: "application/json" }, signal });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as T;
}

export interface AnalyzeRequest {
  readonly text?: string;
  readonly html?: string;
  readonly url?: string;
  readonly published?: string;
  readonly outlet?: string;
  readonly store?: boolean;
}

/** POST /api/analyze; `token` goes in the Authorization header (needed to store when the server has one). */
export async function postAnalyze(body: AnalyzeRequest, token?: string, signal?: AbortSignal): Promise<Analysis> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch("/api/analyze", {
    method: "POST",
    headers,
    body: JSON.stringify(body),
    signal,
  });
  if (!res.ok) throw await errorOf(res);
  return (await res.json()) as Analysis;
}

/** Percent-encodes one path segment (an entity name can hold '/', '?', '#'). */
export const seg = (s: string | number): string => encodeURIComponent(String(s));
