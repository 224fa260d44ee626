/**
 * The headers every response carries, the bearer-token check for write requests, and the raw-path guard that
 * refuses traversal before any routing or decoding could normalise it away.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { errorBody, errorResponse } from "./errors.js";

/** The UI loads only its own bundle; article text is rendered as text, so nothing else is ever needed. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** For original article bytes: a unique origin with no scripts, should a browser render them despite the download. */
export const SANDBOX_POLICY = "sandbox; default-src 'none'";

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  // A route may set a stricter policy (the original-bytes route sets a sandbox); keep it.
  if (!c.res.headers.has("Content-Security-Policy"))
    c.res.headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};

/** The answer to a request the HTTP adapter cannot even turn into a Request (a backslash in the path, a bad Host):
 * the same JSON error and headers as every other response. */
export function unparsableRequestResponse(err: unknown): Response {
  const message = err instanceof Error ? err.message : "malformed request";
  return new Response(JSON.stringify(errorBody("bad_request", `malformed request: ${message}`)), {
    status: 400,
    headers: {
      "Content-Type": "application/json; charset=UTF-8",
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      ...SECURITY_HEADERS,
    },
  });
}

const digest = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

/** Constant-time comparison: hashing first makes both sides the same length, so the length does not leak either. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The bearer token of an Authorization header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  return m?.[1];
}

/** How many rounds of percent-decoding we undo when looking for a hidden "..": double encoding is the usual trick. */
const DECODE_ROUNDS = 3;

/** True when the path, decoded up to DECODE_ROUNDS times, has a ".." segment, a backslash or a NUL. */
export function isTraversal(rawPath: string): boolean {
  let p = rawPath;
  for (let i = 0; i <= DECODE_ROUNDS; i++) {
    if (/(^|[/\\])\.\.([/\\]|$)/.test(p) || p.includes("\\") || p.includes("\0")) return true;
    let next: string;
    try {
      next = decodeURIComponent(p);
    } catch {
      return true; // malformed escapes: nothing legitimate needs them
    }
    if (next === p) return false;
    p = next;
  }
  return true;
}

/** The request target exactly as the client sent it (node), before URL parsing resolves dot segments. */
function rawTarget(c: Parameters<MiddlewareHandler>[0]): string {
  const incoming = (c.env as { incoming?: { url?: string } } | undefined)?.incoming;
  const url = incoming?.url ?? new URL(c.req.url).pathname;
  return url.split("?")[0] ?? "";
}

export const refuseTraversal: MiddlewareHandler = async (c, next) => {
  if (isTraversal(rawTarget(c)))
    return errorResponse(c, "bad_request", "the request path contains '..', a backslash, a NUL or a malformed escape");
  await next();
};

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The host name of a Host header, without the port ("[::1]:8080" → "[::1]"). */
function hostName(header: string): string {
  return header.startsWith("[") ? header.slice(0, header.indexOf("]") + 1) : (header.split(":")[0] ?? "");
}

/**
 * On a loopback server, only loopback Host headers: a web page whose domain an attacker re-points at 127.0.0.1
 * (DNS rebinding) would otherwise be same-origin with the API and could read the corpus.
 */
export const loopbackHostsOnly: MiddlewareHandler = async (c, next) => {
  const host = c.req.header("Host");
  if (host !== undefined && !isLoopback(hostName(host).toLowerCase()))
    return errorResponse(c, "bad_request", `unexpected Host header "${host}": this server answers on loopback only`);
  await next();
};
