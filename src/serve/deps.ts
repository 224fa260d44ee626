/** What the routes share: the open corpus and the server's settings. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Document } from "../core/document.js";
import type { CorpusStore } from "../corpus/store/types.js";
import type { Annotator } from "../pipeline/annotator.js";

export interface ServeDeps {
  readonly store: CorpusStore;
  readonly storeKind: "sqlite" | "postgres";
  /** When set, write requests must carry `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** The built web UI. */
  readonly uiDir: string;
  readonly version: string;
  /** The analysis pipeline (the default one plus fact-check matching when the corpus has fact-checks). */
  readonly pipeline?: readonly Annotator[];
  /** A last, asynchronous stage after the pipeline (fact-check matching by meaning, src/serve/pipeline.ts). */
  readonly afterPipeline?: (doc: Document) => Promise<Document>;
  /** The server listens on loopback: refuse requests naming another host (DNS rebinding). */
  readonly loopbackOnly?: boolean;
  /** Settings of the URL fetcher used by POST /api/analyze {url}. */
  readonly fetch?: { readonly hostIntervalMs?: number; readonly timeoutMs?: number };
}

export type ApiApp = OpenAPIHono;
