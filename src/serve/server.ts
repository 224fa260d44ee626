/**
 * `startServer`: opens the corpus (or takes a store), builds the app and listens. Binds 127.0.0.1 unless told
 * otherwise; the caller closes the server, and the store when it opened it.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { getRequestListener } from "@hono/node-server";
import { repoRoot } from "../core/paths.js";
import { isPostgresLocation, openStore } from "../corpus/store/open.js";
import { SqliteCorpusStore } from "../corpus/store/sqlite.js";
import type { CorpusStore } from "../corpus/store/types.js";
import { buildApp } from "./app.js";
import { analysisFor } from "./pipeline.js";
import { isLoopback, unparsableRequestResponse } from "./security.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8080;
/** The web UI as `npm run build` leaves it. */
export const DEFAULT_UI_DIR = join(repoRoot, "dist", "ui");

export interface StartOptions {
  /** 0 = any free port. */
  readonly port?: number;
  readonly host?: string;
  /** Corpus location: a SQLite path or a postgres:// URL. Ignored when `store` is given. */
  readonly db?: string;
  readonly store?: CorpusStore;
  readonly token?: string;
  readonly uiDir?: string;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

const kindOf = (location: string): "sqlite" | "postgres" => (isPostgresLocation(location) ? "postgres" : "sqlite");

function urlHost(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

export async function startServer(o: StartOptions = {}): Promise<RunningServer> {
  const host = o.host ?? DEFAULT_HOST;
  const location = o.db ?? "sift.db";
  const ownStore = o.store === undefined;
  const store = o.store ?? (await openStore(location));
  const storeKind = o.store ? (o.store instanceof SqliteCorpusStore ? "sqlite" : "postgres") : kindOf(location);
  try {
    const app = buildApp({
      store,
      storeKind,
      token: o.token || undefined,
      uiDir: o.uiDir ?? DEFAULT_UI_DIR,
      version: packageVersion(),
      ...(ownStore && storeKind === "sqlite" ? await analysisFor(location) : {}),
      loopbackOnly: isLoopback(host),
    });
    // The adapter's own error handler answers requests it cannot parse; hono never sees those.
    const server = createServer(
      getRequestListener(app.fetch, { hostname: host, errorHandler: unparsableRequestResponse }),
    );
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(o.port ?? DEFAULT_PORT, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    return running(server, host, async () => {
      if (ownStore) await store.close();
    });
  } catch (err) {
    if (ownStore) await store.close();
    throw err;
  }
}

function running(server: Server, host: string, closeStore: () => Promise<void>): RunningServer {
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${urlHost(host)}:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open; nothing is mid-request when a caller closes.
        server.closeAllConnections();
      });
      await closeStore();
    },
  };
}
