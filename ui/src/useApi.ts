/** Loads one API resource for a page: refetches when the key changes and drops stale answers. */
import { useEffect, useState } from "preact/hooks";

export type Loaded<T> =
  | { readonly state: "loading" }
  | { readonly state: "error"; readonly message: string }
  | { readonly state: "ready"; readonly data: T };

export function useApi<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  // The key names the resource; `load` is rebuilt on every render and must not retrigger the fetch.
  useEffect(() => {
    const ctl = new AbortController();
    setResult({ state: "loading" });
    load(ctl.signal).then(
      (data) => !ctl.signal.aborted && setResult({ state: "ready", data }),
      (err: unknown) =>
        !ctl.signal.aborted && setResult({ state: "error", message: err instanceof Error ? err.message : String(err) }),
    );
    return () => ctl.abort();
  }, [key]);
  return result;
}
