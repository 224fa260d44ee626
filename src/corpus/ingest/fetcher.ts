/**
 * Polite HTTP fetching over global fetch: our User-Agent, robots.txt per host, a minimum interval between requests
 * to one host, conditional GET (ETag / Last-Modified), a timeout, a bounded number of redirects and a size cap.
 */
import { ALLOW_ALL, parseRobots, type RobotsRules, robotsAllows } from "./robots.js";

export const USER_AGENT = "Sift/0.1 (+https://github.com/sift)";
const PRODUCT = "sift";

export interface FetchOptions {
  /** Minimum milliseconds between two requests to one host; 1 s is a common courtesy for small crawls. */
  readonly hostIntervalMs: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  hostIntervalMs: 1000,
  timeoutMs: 20_000,
  // News pages rarely exceed 2 MB of HTML; larger bodies are usually not articles.
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

/** Where conditional-GET validators are kept (the corpus store implements it). */
export interface ValidatorCache {
  getHttpCache(url: string): Promise<{ readonly etag?: string; readonly lastModified?: string } | undefined>;
  putHttpCache(url: string, etag: string | undefined, lastModified: string | undefined): Promise<void>;
}

export type FetchResult =
  | {
      readonly status: "ok";
      readonly url: string;
      readonly bytes: Uint8Array;
      readonly contentType: string;
      readonly fetchedAt: string;
    }
  | { readonly status: "not-modified"; readonly url: string }
  | { readonly status: "error"; readonly url: string; readonly reason: string; readonly stage: "fetch" };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Spaces requests to one host across processes (the queue's Redis gate); without one, per process. */
export interface HostGate {
  /**
   * Resolves when this process may send its next request to `host`, at least `intervalMs` after the last one; may
   * throw HostBusyError instead when the turn is far off (a queue worker then defers the job and works on others).
   */
  turn(host: string, intervalMs: number): Promise<void>;
}

/** The host's next free slot is `waitMs` away: thrown through `get()` so the caller can defer the work. */
export class HostBusyError extends Error {
  override readonly name = "HostBusyError";
  constructor(
    readonly host: string,
    readonly waitMs: number,
  ) {
    super(`${host} is busy for another ${waitMs} ms`);
  }
}

export class PoliteFetcher {
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  private readonly nextSlot = new Map<string, number>();

  constructor(
    private readonly options: FetchOptions = DEFAULT_FETCH_OPTIONS,
    private readonly cache?: ValidatorCache,
    private readonly gate?: HostGate,
  ) {}

  /** Waits for the host's turn; honours a robots.txt Crawl-delay longer than our interval. */
  private async turn(host: string, rules: RobotsRules): Promise<void> {
    const interval = Math.max(this.options.hostIntervalMs, (rules.crawlDelay ?? 0) * 1000);
    if (this.gate) return this.gate.turn(host, interval);
    const now = Date.now();
    const at = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, at + interval);
    if (at > now) await sleep(at - now);
  }

  private rulesFor(url: URL): Promise<RobotsRules> {
    const key = url.origin;
    let rules = this.robots.get(key);
    if (!rules) {
      rules = this.raw(new URL("/robots.txt", url).href, {})
        .then(async (res) => (res.ok ? parseRobots(await res.text(), PRODUCT) : ALLOW_ALL))
        .catch(() => ALLOW_ALL);
      this.robots.set(key, rules);
    }
    return rules;
  }

  private raw(url: string, headers: Record<string, string>): Promise<Response> {
    return fetch(url, {
      headers: {
        "User-Agent": USER_AGENT,
        Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        ...headers,
      },
      redirect: "manual",
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
  }

  async get(target: string, conditional = true): Promise<FetchResult> {
    let url = target;
    try {
      for (let hop = 0; hop <= this.options.maxRedirects; hop++) {
        const parsed = new URL(url);
        if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
          return { status: "error", url, stage: "fetch", reason: `unsupported protocol ${parsed.protocol}` };
        }
        const rules = await this.rulesFor(parsed);
        if (!robotsAllows(rules, parsed.pathname + parsed.search)) {
          return { status: "error", url, stage: "fetch", reason: "disallowed by robots.txt" };
        }
        await this.turn(parsed.host, rules);
        const validators = conditional ? await this.cache?.getHttpCache(url) : undefined;
        const headers: Record<string, string> = {};
        if (validators?.etag) headers["If-None-Match"] = validators.etag;
        if (validators?.lastModified) headers["If-Modified-Since"] = validators.lastModified;
        const res = await this.raw(url, headers);
        if (res.status >= 300 && res.status < 400 && res.status !== 304) {
          const location = res.headers.get("location");
          await res.body?.cancel();
          if (!location) return { status: "error", url, stage: "fetch", reason: `HTTP ${res.status} without Location` };
          url = new URL(location, url).href;
          continue;
        }
        if (res.status === 304) return { status: "not-modified", url };
        if (!res.ok) {
          await res.body?.cancel();
          return { status: "error", url, stage: "fetch", reason: `HTTP ${res.status}` };
        }
        const bytes = await this.readCapped(res);
        if (!bytes)
          return { status: "error", url, stage: "fetch", reason: `body larger than ${this.options.maxBytes} bytes` };
        await this.cache?.putHttpCache(
          url,
          res.headers.get("etag") ?? undefined,
          res.headers.get("last-modified") ?? undefined,
        );
        return {
          status: "ok",
          url,
          bytes,
          contentType: res.headers.get("content-type") ?? "",
          fetchedAt: new Date().toISOString(),
        };
      }
      return { status: "error", url, stage: "fetch", reason: `more than ${this.options.maxRedirects} redirects` };
    } catch (err) {
      if (err instanceof HostBusyError) throw err;
      return {
        status: "error",
        url,
        stage: "fetch",
        reason: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      };
    }
  }

  /** Reads the body up to the cap; undefined when it is larger. */
  private async readCapped(res: Response): Promise<Uint8Array | undefined> {
    const declared = Number(res.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > this.options.maxBytes) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.body) return new Uint8Array();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      size += chunk.byteLength;
      if (size > this.options.maxBytes) return undefined;
      chunks.push(chunk);
    }
    return new Uint8Array(Buffer.concat(chunks));
  }
}
