/** Analyse: paste text, drop or choose an HTML/text file, or give a URL; the answer opens in the reader. */
import { useRef, useState } from "preact/hooks";
import { type Analysis, type AnalyzeRequest, postAnalyze } from "../api.js";
import { PageTitle } from "../components.js";
import { Reader } from "../reader/Reader.js";
import { href } from "../router.js";

type Source = "text" | "file" | "url";

/** The API's body limit; bigger files are refused here with a clear message instead of a 413. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

const isHtmlFile = (f: File): boolean => /html/.test(f.type) || /\.x?html?$/i.test(f.name);

/** The last analysis, kept for the session so going to another page and back does not lose it. */
let kept: Analysis | undefined;

export function AnalyzePage() {
  const [source, setSource] = useState<Source>("text");
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const [file, setFile] = useState<File | undefined>();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [analysis, setAnalysis] = useState<Analysis | undefined>(kept);
  const [store, setStore] = useState(false);
  const [token, setToken] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  const chooseFile = (f: File | undefined): void => {
    setFile(f);
    setSource("file");
    setError(f && f.size > MAX_FILE_BYTES ? `${f.name} is larger than 10 MB` : undefined);
  };

  const request = async (): Promise<AnalyzeRequest> => {
    const extra = store ? { store: true } : {};
    if (source === "url") return { url: url.trim(), ...extra };
    if (source === "file") {
      if (!file) throw new Error("Choose or drop a file first.");
      if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than 10 MB`);
      const body = await file.text();
      return isHtmlFile(file) ? { html: body, ...extra } : { text: body, ...extra };
    }
    return { text, ...extra };
  };

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const a = await postAnalyze(await request(), store ? token.trim() : undefined);
      kept = a;
      setAnalysis(a);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>Analyse an article</PageTitle>
      <form class="analyze-form" onSubmit={submit} aria-describedby="analyze-help">
        <p id="analyze-help" class="muted">
          Paste the text of an article, drop or choose an HTML or text file, or give the address of a page.
        </p>
        <fieldset class="source-choice">
          <legend>Input</legend>
          {(["text", "file", "url"] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="source" value={s} checked={source === s} onChange={() => setSource(s)} />{" "}
              {s === "text" ? "Paste text" : s === "file" ? "File" : "URL"}
            </label>
          ))}
        </fieldset>
        {source === "text" ? (
          <label class="block">
            Article text
            <textarea
              name="text"
              rows={12}
              value={text}
              onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            />
          </label>
        ) : null}
        {source === "file" ? (
          // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input inside is the keyboard path
          <div
            class={dragging ? "dropzone dragging" : "dropzone"}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              chooseFile(e.dataTransfer?.files[0]);
            }}
          >
            <label class="block">
              HTML or text file (or drop it here)
              <input
                ref={fileInput}
                type="file"
                name="file"
                accept=".html,.htm,.xhtml,.txt,text/html,text/plain"
                onChange={(e) => chooseFile((e.target as HTMLInputElement).files?.[0])}
              />
            </label>
            {file ? <p class="muted">{`${file.name} · ${file.size.toLocaleString()} bytes`}</p> : null}
          </div>
        ) : null}
        {source === "url" ? (
          <label class="block">
            Page address
            <input
              type="url"
              name="url"
              placeholder="https://…"
              value={url}
              onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
            />
          </label>
        ) : null}
        <fieldset class="store-choice">
          <legend>Corpus</legend>
          <label>
            <input type="checkbox" name="store" checked={store} onChange={() => setStore(!store)} /> Also store it in
            the corpus
          </label>
          {store ? (
            <label class="block">
              API token (if the server has one)
              <input
                type="password"
                name="token"
                autocomplete="off"
                value={token}
                onInput={(e) => setToken((e.target as HTMLInputElement).value)}
              />
            </label>
          ) : null}
        </fieldset>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? "Analysing…" : "Analyse"}
        </button>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      {analysis?.stored ? (
        <p role="status">
          {analysis.stored.created ? "Stored as " : "Already in the corpus as "}
          <a href={href(["doc", analysis.stored.id])}>article {analysis.stored.id}</a>.
        </p>
      ) : null}
      {analysis ? <Reader analysis={analysis} /> : null}
    </>
  );
}
