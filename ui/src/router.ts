/** Hash routes (#/search?q=x): the server serves one page, the route lives in the fragment. */
import { useEffect, useState } from "preact/hooks";

export interface Route {
  /** Path segments, decoded: "#/story/3" → ["story", "3"]. */
  readonly path: readonly string[];
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const pathPart = q >= 0 ? raw.slice(0, q) : raw;
  const path = pathPart
    .split("/")
    .filter((s) => s !== "")
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { path, params: new URLSearchParams(q >= 0 ? raw.slice(q + 1) : "") };
}

/** A hash link: href("search", { q: "x" }) → "#/search?q=x". Empty values are left out. */
export function href(path: string | readonly (string | number)[], params: Record<string, string | undefined> = {}) {
  const segs = (typeof path === "string" ? [path] : path).map((s) => encodeURIComponent(String(s)));
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") p.set(k, v);
  const qs = p.toString();
  return `#/${segs.join("/")}${qs ? `?${qs}` : ""}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = (): void => setRoute(parseHash(location.hash));
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  return route;
}
