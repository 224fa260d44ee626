/**
 * The scraped-text reader (src/read/text) on text scraped from many real sites: the pages of the two HTML extraction
 * dev sets (../shared/data/extraction, see its README) are turned into text the way a scraper does it — Debian
 * Chromium, JavaScript off, `document.body.innerText` — and Sift reads that text as text/plain.
 *
 * Two variants of the scraped text:
 *  - page:    the whole page's body text, menus, footers and all;
 *  - article: the text of the page's main article container ([itemprop=articleBody]'s nearest article or section,
 *             else the longest <article>, else <main>); pages without one are left out of this variant.
 *
 * Scores: Scrapinghub dev body shingle P/R/F1 and exact accuracy (the benchmark's metric, src/eval/extract-metric.ts);
 * trafilatura dev snippet P/R/F1 and title/author/date accuracy (the same rules as scripts/bench-extract.ts). Three
 * rows per variant:
 *  - whole text:             the scraped text itself as the body; the reader must do better than keeping everything;
 *  - sift body span:         the text of the Document's body span;
 *  - sift body - furniture:  that span without the boilerplate the reader marked inside it, which is what the
 *                            analysis layers read (they skip boilerplate spans).
 *
 * The texts are cached under /tmp (SIFT_SCRAPED_CACHE to move it), never in the repository: the pages are third-party
 * copyrighted. The browser loads nothing but the page itself (every other request is aborted), so the text is the
 * same on every run.
 *
 * Usage: npx tsx scripts/eval-scraped.ts [--verbose] [--refresh] [--show <id-prefix>]
 *   --verbose        per-page scores of both sets, worst first
 *   --refresh        render the pages again instead of using the cache
 *   --show <prefix>  print how the reader splits one page's text (both variants), for reading failures
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { sharedData } from "../src/core/paths.js";
import {
  authorMatches,
  countSnippets,
  dateMatches,
  type PageScore,
  type SnippetCounts,
  scoreCorpus,
  scorePage,
  snippetScore,
  titleMatches,
} from "../src/eval/extract-metric.js";
import { type EvalRow, formatEvalTable } from "../src/eval/report.js";
import { readDocument } from "../src/read/index.js";

const CHROMIUM = "/usr/bin/chromium";
const task = "scraped-text reading";
const CACHE_DIR = process.env.SIFT_SCRAPED_CACHE ?? "/tmp/sift-scraped-text";
/** Bumped when the way texts are rendered changes, so an old cache is not read as a new one. */
const CACHE_VERSION = "v3";
/** Longest wait for one page to render; the page loads nothing from the network, so this is generous. */
const RENDER_TIMEOUT_MS = 30_000;
/** Where the browser is told each page lives; links and images on the page resolve against it and are not fetched. */
const PAGE_ADDRESS = "https://scraped-page.invalid/";

type Variant = "page" | "article";
const VARIANTS: readonly Variant[] = ["page", "article"];

interface Page {
  readonly set: "scrapinghub" | "trafilatura";
  readonly id: string;
  readonly url: string;
  readonly bytes: Uint8Array;
  /** Scrapinghub: the gold body. */
  readonly goldBody?: string;
  /** trafilatura: snippets and metadata. */
  readonly traf?: TrafEntry;
}

interface TrafEntry {
  file: string;
  with?: string[];
  without?: string[];
  title?: string | null;
  author?: string | string[] | null;
  date?: string | null;
}

function loadPages(): Page[] {
  const pages: Page[] = [];
  const shDir = join(sharedData, "extraction/dev");
  const truth = JSON.parse(readFileSync(join(shDir, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string; url: string }
  >;
  for (const id of Object.keys(truth).sort()) {
    const g = truth[id] as { articleBody: string; url: string };
    const bytes = new Uint8Array(gunzipSync(readFileSync(join(shDir, "html", `${id}.html.gz`))));
    pages.push({ set: "scrapinghub", id, url: g.url, bytes, goldBody: g.articleBody });
  }
  const trDir = join(sharedData, "extraction/trafilatura-dev");
  const data = JSON.parse(readFileSync(join(trDir, "evaldata.json"), "utf8")) as Record<string, TrafEntry>;
  for (const url of Object.keys(data).sort()) {
    const entry = data[url] as TrafEntry;
    const raw = readFileSync(join(trDir, "html", entry.file.endsWith(".gz") ? entry.file : `${entry.file}.gz`));
    pages.push({ set: "trafilatura", id: entry.file, url, bytes: new Uint8Array(gunzipSync(raw)), traf: entry });
  }
  return pages;
}

/** Cache file of one page's scraped text; the id is made file-safe (trafilatura names hold non-ASCII letters). */
function cachePath(page: Page): string {
  const safe = Buffer.from(page.id).toString("base64url");
  return join(CACHE_DIR, CACHE_VERSION, page.set, `${safe}.json`);
}

/** The scraped text of one variant, or null when the page has no article container (variant "article"). */
type Scraped = Record<Variant, string | null>;

/**
 * Runs in the page (a script, since this project's types have no DOM): the text of the main article container, or
 * null. [itemprop=articleBody] marks the body; its nearest <article> or <section> also holds the headline and byline a
 * scraper of the article would keep. Without it, the longest <article> (a page may have teaser <article>s too), then
 * <main>.
 */
const ARTICLE_CONTAINER_TEXT = `(() => {
  const body = document.querySelector("[itemprop=articleBody], [itemprop=articlebody]");
  let container = body ? (body.closest("article, section") ?? body) : null;
  if (!container) {
    let best = -1;
    for (const a of document.querySelectorAll("article")) {
      const len = a.innerText.length;
      if (len > best) { best = len; container = a; }
    }
  }
  container ??= document.querySelector("main");
  return container ? container.innerText : null;
})()`;

/** Runs in the page: the whole body's text as a scraper reads it. */
const PAGE_TEXT = `document.body ? document.body.innerText : ""`;

/** How far into a page its own charset declaration is looked for (the HTML standard's prescan reads 1024 bytes). */
const CHARSET_PRESCAN_BYTES = 4096;

/**
 * The Content-Type the page is served with. The Scrapinghub pages are UTF-8 (its README); a trafilatura page is read by
 * its own charset declaration, and one without any that is valid UTF-8 is served as UTF-8 (a browser would otherwise
 * fall back to windows-1252 and garble every non-ASCII letter).
 */
function contentTypeOf(p: Page): string {
  if (p.set === "scrapinghub") return "text/html; charset=utf-8";
  const head = new TextDecoder("latin1").decode(p.bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  if (/charset\s*=/i.test(head)) return "text/html";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(p.bytes);
    return "text/html; charset=utf-8";
  } catch {
    return "text/html";
  }
}

async function renderAll(pages: readonly Page[], refresh: boolean): Promise<Map<Page, Scraped>> {
  const out = new Map<Page, Scraped>();
  const todo: Page[] = [];
  for (const p of pages) {
    const file = cachePath(p);
    if (!refresh && existsSync(file)) out.set(p, JSON.parse(readFileSync(file, "utf8")) as Scraped);
    else todo.push(p);
  }
  if (todo.length === 0) return out;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    let done = 0;
    for (const p of todo) {
      const page = await context.newPage();
      // Serve the page's own bytes and nothing else: no network, the same text on every run. The page is served at
      // one fixed address because some pages' own URLs do not parse (spaces, a typo'd scheme).
      await page.route("**/*", (route) =>
        route.request().url() === PAGE_ADDRESS
          ? route.fulfill({ status: 200, contentType: contentTypeOf(p), body: Buffer.from(p.bytes) })
          : route.abort(),
      );
      let scraped: Scraped = { page: "", article: null };
      try {
        await page.goto(PAGE_ADDRESS, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
        const pageText = (await page.evaluate(PAGE_TEXT)) as string;
        const articleText = (await page.evaluate(ARTICLE_CONTAINER_TEXT)) as string | null;
        scraped = { page: pageText, article: articleText };
      } catch (e) {
        process.stderr.write(`render failed: ${p.set} ${p.id}: ${(e as Error).message.split("\n")[0]}\n`);
      }
      await page.close();
      const file = cachePath(p);
      mkdirSync(join(file, ".."), { recursive: true });
      writeFileSync(file, JSON.stringify(scraped));
      out.set(p, scraped);
      if (++done % 25 === 0) process.stderr.write(`rendered ${done}/${todo.length}\n`);
    }
  } finally {
    await browser.close();
  }
  return out;
}

interface Reading {
  readonly text: string;
  /** The body span's text. */
  readonly span: string;
  /** The body span without the furniture marked inside it: the text the analysis reads. */
  readonly body: string;
  readonly bodySpan?: { start: number; end: number };
  readonly furniture?: readonly { start: number; end: number; rule: string }[];
  readonly title?: string;
  readonly author?: string;
  readonly date?: string;
}

/** The body span's text with the furniture inside it left out, each piece on a line of its own. */
function withoutFurniture(
  text: string,
  body: { start: number; end: number },
  furniture: readonly { start: number; end: number }[],
): string {
  const pieces: string[] = [];
  let at = body.start;
  for (const f of [...furniture].sort((a, b) => a.start - b.start)) {
    if (f.end <= at || f.start >= body.end) continue;
    if (f.start > at) pieces.push(text.slice(at, f.start));
    at = Math.max(at, f.end);
  }
  if (at < body.end) pieces.push(text.slice(at, body.end));
  return pieces.join("\n");
}

function readText(text: string, name: string): Reading {
  if (!/[\p{L}\p{N}]/u.test(text)) return { text, span: "", body: "" };
  try {
    const doc = readDocument(text, { name, mediaType: "text/plain" });
    return {
      text: doc.text,
      span: doc.text.slice(doc.body.start, doc.body.end),
      body: withoutFurniture(doc.text, doc.body, doc.layers.boilerplate ?? []),
      bodySpan: doc.body,
      furniture: doc.layers.boilerplate ?? [],
      ...(doc.metadata.headline ? { title: doc.metadata.headline.value } : {}),
      ...(doc.metadata.authors ? { author: doc.metadata.authors.value.map((a) => a.name).join("; ") } : {}),
      ...(doc.metadata.published ? { date: doc.metadata.published.value } : {}),
    };
  } catch (e) {
    process.stderr.write(`read failed: ${name}: ${(e as Error).message}\n`);
    return { text, span: "", body: "" };
  }
}

interface SetScores {
  pages: number;
  shingle: ReturnType<typeof scoreCorpus>;
  snippets: ReturnType<typeof snippetScore>;
  snippetPages: number;
  title: number;
  author: number;
  date: number;
  spurious: { title: number; author: number; date: number };
}

const empty = (v: unknown): boolean =>
  v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

interface PageResult {
  readonly page: Page;
  readonly reading: Reading;
  readonly score?: PageScore;
  readonly snippets?: SnippetCounts;
}

type Reader = "whole text" | "body span" | "body - furniture";

function score(results: readonly PageResult[], reader: Reader): SetScores {
  const useWholeText = reader === "whole text";
  const shingles: PageScore[] = [];
  const counts: SnippetCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const n = { title: 0, author: 0, date: 0 };
  const hit = { title: 0, author: 0, date: 0 };
  const spurious = { title: 0, author: 0, date: 0 };
  let snippetPages = 0;
  for (const { page, reading } of results) {
    const body = reader === "whole text" ? reading.text : reader === "body span" ? reading.span : reading.body;
    if (page.goldBody !== undefined) shingles.push(scorePage(page.goldBody, body));
    const t = page.traf;
    if (!t) continue;
    snippetPages++;
    countSnippets(body, t.with ?? [], t.without ?? [], counts);
    if (useWholeText) continue;
    if (!empty(t.title)) {
      n.title++;
      if (titleMatches(String(t.title), reading.title)) hit.title++;
    } else if (reading.title) spurious.title++;
    if (!empty(t.author)) {
      n.author++;
      if (authorMatches(t.author as string | string[], reading.author)) hit.author++;
    } else if (reading.author) spurious.author++;
    if (!empty(t.date)) {
      n.date++;
      if (dateMatches(String(t.date), reading.date)) hit.date++;
    } else if (reading.date) spurious.date++;
  }
  return {
    pages: shingles.length,
    shingle: scoreCorpus(shingles),
    snippets: snippetScore(counts),
    snippetPages,
    title: hit.title / Math.max(1, n.title),
    author: hit.author / Math.max(1, n.author),
    date: hit.date / Math.max(1, n.date),
    spurious,
  };
}

const f3 = (x: number): string => x.toFixed(3);

function pageF1(s: PageScore): number {
  return s.tp / Math.max(1e-9, s.tp + (s.fp + s.fn) / 2);
}

/**
 * Prints one page's reading, a line a row: B body, F furniture inside the body (with its rule), - outside the body.
 * The text is the one the reader read (lines are found again by offset).
 */
function show(p: Page, variant: Variant, reading: Reading, log: (line: string) => void): void {
  log(`=== ${p.set} ${p.id} [${variant}] ${p.url}`);
  if (p.traf) log(`gold title=${p.traf.title} | author=${JSON.stringify(p.traf.author)} | date=${p.traf.date}`);
  log(`read title=${reading.title} | author=${reading.author} | date=${reading.date}`);
  const span = reading.bodySpan ?? { start: 0, end: 0 };
  let at = 0;
  for (const line of reading.text.split("\n")) {
    const mid = at + Math.floor(line.length / 2);
    const f = reading.furniture?.find((b) => b.start <= mid && mid < b.end);
    const mark = f ? `F ${f.rule.replace(/^boilerplate:/, "")}` : mid >= span.start && mid < span.end ? "B" : "-";
    if (line.trim() !== "") log(`${mark.padEnd(14)} ${line.trim().slice(0, 150)}`);
    at += line.length + 1;
  }
}

export async function runScrapedEval(options: {
  log: (line: string) => void;
  verbose?: boolean;
  refresh?: boolean;
  showPrefix?: string;
}): Promise<EvalRow[]> {
  const { log } = options;
  const rows: EvalRow[] = [];
  const pages = loadPages();
  const scraped = await renderAll(pages, options.refresh ?? false);
  log("Sift's text reader on scraped text (Chromium innerText, JavaScript off)");
  log(
    "variant  set / reader            pages  shingle P  R      F1     acc   | traf pages snippet P  R      F1    | title  author date  | spurious t/a/d",
  );
  for (const variant of VARIANTS) {
    const results: PageResult[] = [];
    for (const p of pages) {
      const text = scraped.get(p)?.[variant];
      if (text === null || text === undefined) continue;
      const reading = readText(text, `${p.set}/${p.id}`);
      results.push({ page: p, reading });
      if (options.showPrefix && p.id.startsWith(options.showPrefix)) show(p, variant, reading, log);
    }
    const floor = score(results, "whole text");
    const read = score(results, "body - furniture");
    const dataset = `extraction dev pages as scraped text (${variant === "page" ? "whole page" : "article container"})`;
    rows.push(
      {
        task,
        dataset,
        metric: "body F1 (shingles)",
        ours: read.shingle.f1,
        peer: floor.shingle.f1,
        peerName: "keep all the text",
      },
      {
        task,
        dataset,
        metric: "body snippet F1 (trafilatura)",
        ours: read.snippets.f1,
        peer: floor.snippets.f1,
        peerName: "keep all the text",
      },
      { task, dataset, metric: "title accuracy (trafilatura)", ours: read.title },
      { task, dataset, metric: "author accuracy (trafilatura)", ours: read.author },
      { task, dataset, metric: "date accuracy (trafilatura)", ours: read.date },
    );
    for (const reader of ["whole text", "body span", "body - furniture"] as const) {
      const s = score(results, reader);
      const label = reader === "whole text" ? reader : `sift ${reader}`;
      const meta =
        reader === "whole text"
          ? "   -      -      -   |   -"
          : `${f3(s.title)}  ${f3(s.author)}  ${f3(s.date)} | ${s.spurious.title}/${s.spurious.author}/${s.spurious.date}`;
      log(
        `${variant.padEnd(8)} ${label.padEnd(22)} ${String(s.pages).padStart(5)}  ${f3(s.shingle.precision)}  ${f3(s.shingle.recall)}  ${f3(s.shingle.f1)}  ${f3(s.shingle.accuracy)} | ${String(s.snippetPages).padStart(10)} ${f3(s.snippets.precision)}  ${f3(s.snippets.recall)}  ${f3(s.snippets.f1)} | ${meta}`,
      );
    }
    if (options.verbose) {
      const sh = results
        .filter((r) => r.page.goldBody !== undefined)
        .map((r) => {
          const s = scorePage(r.page.goldBody ?? "", r.reading.body);
          return {
            id: r.page.id.slice(0, 10),
            f: pageF1(s),
            p: s.tp / Math.max(1e-9, s.tp + s.fp),
            r: s.tp / Math.max(1e-9, s.tp + s.fn),
            url: r.page.url,
          };
        })
        .sort((a, b) => a.f - b.f);
      for (const q of sh.slice(0, 20)) log(`    ${variant} ${q.id} F1 ${f3(q.f)} P ${f3(q.p)} R ${f3(q.r)} ${q.url}`);
      for (const r of results) {
        const t = r.page.traf;
        if (!t) continue;
        const c: SnippetCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
        countSnippets(r.reading.body, t.with ?? [], t.without ?? [], c);
        const flags = [
          c.fn > 0 ? `miss ${c.fn}` : "",
          c.fp > 0 ? `junk ${c.fp}` : "",
          !empty(t.title) && !titleMatches(String(t.title), r.reading.title) ? "title" : "",
          !empty(t.author) && !authorMatches(t.author as string | string[], r.reading.author) ? "author" : "",
          !empty(t.date) && !dateMatches(String(t.date), r.reading.date) ? "date" : "",
        ].filter((x) => x !== "");
        if (flags.length > 0) log(`    ${variant} ${r.page.id.slice(0, 40).padEnd(40)} ${flags.join(", ")}`);
      }
    }
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--show");
  const rows = await runScrapedEval({
    log: console.log,
    verbose: process.argv.includes("--verbose"),
    refresh: process.argv.includes("--refresh"),
    ...(at > 0 && process.argv[at + 1] ? { showPrefix: process.argv[at + 1] } : {}),
  });
  console.log(`\n${formatEvalTable(rows)}`);
}
