/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core against `startServer()` over a small
 * ingested corpus. Analyses the seed article in the reader, searches and compares a story, opens the map, the
 * timeline and the network, feeds the reader a hostile article, and walks the highlights with the keyboard.
 * Screenshots of each page go to test-output/ui/.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import { repoRoot } from "../../src/core/paths.js";
import { startServer } from "../../src/serve/server.js";
import { buildCorpus, SEED, SEED_EXPECTED } from "./corpus.js";
import { EVIL_HTML, EVIL_TEXT, PWNED_FLAG } from "./hostile.js";

const CHROMIUM = "/usr/bin/chromium";
const UI_INDEX = join(repoRoot, "dist", "ui", "index.html");
const SHOTS = join(repoRoot, "test-output", "ui");
/** Analysing an article on a busy 2-core machine can take a while; a generous bound, not a timing assertion. */
const ANALYSE_TIMEOUT_MS = 90_000;
/** How many Tab presses may pass before a highlight must have focus. */
const MAX_TABS = 60;

const required = process.env.SIFT_REQUIRE_SERVICES === "1";
const skip = existsSync(CHROMIUM) || required ? false : `Chromium not found at ${CHROMIUM} (apt-get install chromium)`;

let browser: Browser | undefined;
let server: { url: string; close(): Promise<void> } | undefined;
let corpusDir: string | undefined;

/** Everything a page did that it should not have: dialogs, page errors, CSP reports and console errors. */
interface Watch {
  readonly dialogs: string[];
  readonly errors: string[];
  readonly csp: string[];
}

async function openPage(route: string): Promise<{ page: Page; watch: Watch }> {
  assert.ok(browser && server, "browser and server are up");
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const watch: Watch = { dialogs: [], errors: [], csp: [] };
  page.on("dialog", (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => watch.errors.push(e.message));
  page.on("console", (m) => {
    const text = m.text();
    if (/Content Security Policy/i.test(text)) watch.csp.push(text);
    else if (m.type() === "error") watch.errors.push(text);
  });
  await page.goto(`${server.url}/#/${route}`);
  return { page, watch };
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

function assertClean(watch: Watch, what: string): void {
  assert.deepEqual(watch.dialogs, [], `${what}: no dialogs`);
  assert.deepEqual(watch.csp, [], `${what}: no CSP violations`);
  assert.deepEqual(watch.errors, [], `${what}: no page or console errors`);
}

async function analyseText(page: Page, text: string): Promise<void> {
  await page.getByLabel("Article text", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Analyse" }).click();
  await page.locator(".reader .article-text").waitFor({ timeout: ANALYSE_TIMEOUT_MS });
}

before(async () => {
  if (skip) return;
  if (!existsSync(CHROMIUM)) throw new Error(`SIFT_REQUIRE_SERVICES=1 but Chromium is missing at ${CHROMIUM}`);
  if (!existsSync(UI_INDEX)) {
    const r = spawnSync("npx", ["vite", "build", "--config", "ui/vite.config.ts", "--logLevel", "warn"], {
      cwd: repoRoot,
      stdio: "inherit",
    });
    if (r.status !== 0) throw new Error(`UI build failed (status ${r.status}); run npm run build:ui`);
  }
  mkdirSync(SHOTS, { recursive: true });
  const corpus = await buildCorpus({ "hostile.html": EVIL_HTML });
  corpusDir = corpus.dir;
  server = await startServer({ port: 0, db: corpus.db });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (corpusDir) rmSync(corpusDir, { recursive: true, force: true });
});

interface SeedExpected {
  must: {
    people: { name: string }[];
    quotes: { kind: string; content: string; speaker?: string; speakerInferred?: boolean }[];
    checkWorthyClaimsAmongTop10: string[];
  };
}

const fold = (s: string): string => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

test("Analyse: the seed article shows its speakers, people and ranked claims", { skip }, async () => {
  const expected = JSON.parse(readFileSync(SEED_EXPECTED, "utf8")) as SeedExpected;
  const { page, watch } = await openPage("analyze");
  await analyseText(page, readFileSync(SEED, "utf8"));

  // Speakers: each expected quote's speaker is listed (inferred ones say so), and a quote of theirs is coloured.
  const speakers = (await page.locator(".speakers .speaker-name").allTextContents()).map(fold);
  for (const q of expected.must.quotes.filter((x) => x.speaker)) {
    const label = fold(`${q.speaker}${q.speakerInferred ? " (inferred)" : ""}`);
    assert.ok(speakers.includes(label), `speaker "${label}" in ${JSON.stringify(speakers)}`);
  }
  const quoteText = fold((await page.locator(".article-text .hl.q").allTextContents()).join(""));
  for (const q of expected.must.quotes.filter((x) => x.speaker))
    assert.ok(quoteText.includes(fold(q.content).slice(0, 40)), `quote of ${q.speaker} highlighted`);

  // People: every expected person is highlighted as a person.
  const people = fold((await page.locator(".article-text .hl.e-person").allTextContents()).join(" | "));
  for (const p of expected.must.people) assert.ok(people.includes(fold(p.name)), `person ${p.name} highlighted`);

  // Claims: listed most check-worthy first, and the expected check-worthy ones are among the top 10.
  const scores = (
    await page.locator(".claims .claim-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-score")))
  ).map(Number);
  assert.ok(scores.length >= 10, `claims listed: ${scores.length}`);
  assert.deepEqual(
    [...scores].sort((a, b) => b - a),
    scores,
    "claims ranked by score",
  );
  const top10 = fold((await page.locator(".claims .claim-text").allTextContents()).slice(0, 10).join(" | "));
  const found = expected.must.checkWorthyClaimsAmongTop10.filter((c) => top10.includes(fold(c)));
  assert.ok(
    found.length >= expected.must.checkWorthyClaimsAmongTop10.length / 2,
    `expected claims in the top 10: ${found.length}`,
  );

  // Clicking a claim scrolls to it and focuses its sentence, whose details give the score.
  await page.locator(".claims .claim-item button").first().click();
  await assert.doesNotReject(page.locator(".article-text .hl.claim:focus").waitFor({ timeout: 5000 }));
  assert.match((await page.locator("#span-details").textContent()) ?? "", /Claim, check-worthiness \d+%/);

  // Hovering a span shows what each layer says about it.
  const hovers: [string, string, RegExp][] = [
    [".hl.e-person", "Gerasimov", /Person: Gerasimov.*Role: .*Chief of the General Staff/s],
    [".hl.e-place", "Moscow", /Place: Moscow.*Geocode: 55\.\d+, 37\.\d+ \(RU\)/s],
    [".hl.t-date", "December 11", /Date: December 11.*Normalised: 2017-12-11/s],
    [".hl.q", "sovereign and independent", /Quote \(direct\).*Speaker: Putin \(inferred\)/s],
    [".hl.q", "scenario", /Speaker: attributed to critics/],
    [".hl.fr", "honourable", /Framing: loaded-language.*Why: /s],
  ];
  for (const [cls, hasText, want] of hovers) {
    await page.locator(`.article-text ${cls}`, { hasText }).first().hover({ timeout: 5000 });
    assert.match((await page.locator("#span-details").textContent()) ?? "", want, `${cls} "${hasText}"`);
  }

  // Layers toggle: with people off, no person highlight remains; removed boilerplate can be shown.
  await page.getByLabel("People").uncheck();
  assert.equal(await page.locator(".article-text .e-person").count(), 0);
  assert.equal(await page.locator(".article-text .bp").count(), 0);
  await page.getByLabel(/Removed boilerplate/).check();
  assert.ok((await page.locator(".article-text .bp").count()) > 0, "boilerplate shown on request");
  await page.getByLabel("People").check();
  await shoot(page, "analyze-seed");
  assertClean(watch, "seed reader");
  await page.close();
});

test("Keyboard: Tab reaches a highlighted span and its details appear", { skip }, async () => {
  const { page, watch } = await openPage("analyze");
  await analyseText(page, readFileSync(SEED, "utf8"));
  await page.getByRole("button", { name: "Analyse" }).focus();
  let onHighlight = false;
  for (let i = 0; i < MAX_TABS && !onHighlight; i++) {
    await page.keyboard.press("Tab");
    onHighlight = await page.evaluate("document.activeElement?.classList.contains('hl') === true");
  }
  assert.ok(onHighlight, `a highlight within ${MAX_TABS} Tab presses`);
  const details = page.locator("#span-details");
  await details.waitFor({ state: "visible" });
  const focusedText = (await page.evaluate("document.activeElement.textContent")) as string;
  const shown = (await details.textContent()) ?? "";
  assert.ok(shown.length > 0, "details shown");
  assert.match(shown, /Person|Organisation|Place|Name|Date|Quote|Claim|Framing/);
  assert.equal(await details.getAttribute("aria-live"), "polite");
  assert.notEqual((await details.getAttribute("class")) ?? "", "tip vh", `details visible for "${focusedText}"`);
  await shoot(page, "keyboard-focus");
  // Escape dismisses the details (WCAG 1.4.13) without moving focus.
  await page.keyboard.press("Escape");
  assert.equal(await details.getAttribute("class"), "tip vh", "details dismissed");
  assert.equal(await page.evaluate("document.activeElement.textContent"), focusedText);
  assertClean(watch, "keyboard");
  await page.close();
});

test("Search: hits and facets, a facet filters, and a story compares ≥2 outlets", { skip }, async () => {
  const { page, watch } = await openPage("search?q=Steele");
  await page.locator(".hit").first().waitFor();
  assert.ok((await page.locator(".hit").count()) >= 2, "several hits");
  const outlets = page.locator('.facets a[data-facet="outlet"]');
  assert.ok((await outlets.count()) >= 2, "outlet facet lists several outlets");
  assert.ok((await page.locator('.facets a[data-facet="month"]').count()) >= 1, "month facet");
  assert.ok((await page.locator('.facets a[data-facet="entity"]').count()) >= 1, "entity facet");
  await shoot(page, "search");
  const outlet = ((await outlets.first().textContent()) ?? "").trim();
  await outlets.first().click();
  await page.waitForURL(/outlet=/);
  await page.locator(".chips li", { hasText: `outlet: ${outlet}` }).waitFor();
  await page.locator(".hit").first().waitFor();
  const metas = await page.locator(".hit .muted").allTextContents();
  assert.ok(metas.length > 0 && metas.every((m) => m.startsWith(outlet)), `every hit from ${outlet}: ${metas}`);

  // A quote hit opens its article with that quote focused and its speaker in the details.
  await page.goto(`${server?.url}/#/search?q=Steele&layer=quotes`);
  // Only the hash changes, so the article hits stay on the page until the quote results replace them: wait for a
  // quote hit, then check that every hit is one.
  const quoteHit = page.locator('.hit a[href*="focus=q"]').first();
  await quoteHit.waitFor();
  for (const href of await page.locator(".hit a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
    assert.match(href ?? "", /focus=q\d+/);
  await quoteHit.click();
  await page.locator(".article-text .hl.q:focus").waitFor({ timeout: 10_000 });
  assert.match((await page.locator("#span-details").textContent()) ?? "", /Quote \(\w+\)Speaker: /);

  await page.goto(`${server?.url}/#/stories`);
  const story = page.locator(".story-list a").first();
  await story.waitFor();
  await story.click();
  await page.locator(".compare .outlet").first().waitFor();
  const names = await page.locator(".compare .outlet-name").allTextContents();
  assert.ok(names.length >= 2, `outlets side by side: ${names}`);
  assert.equal(new Set(names).size, names.length, "one column per outlet");
  assert.ok((await page.locator(".compare .outlet h3", { hasText: "Quotes" }).count()) >= 2);
  await shoot(page, "story-compare");
  assertClean(watch, "search and story");
  await page.close();
});

test("Map, timeline and network draw from the corpus", { skip }, async () => {
  const { page, watch } = await openPage("map");
  const land = page.locator(".map path.land");
  await land.waitFor({ state: "attached" });
  assert.ok(((await land.getAttribute("d")) ?? "").length > 10_000, "land outline drawn");
  const markers = page.locator(".map circle.marker");
  assert.ok((await markers.count()) >= 3, "place markers");
  assert.match((await markers.first().locator("title").textContent()) ?? "", /: \d+ articles?$/);
  assert.match((await page.locator(".map figcaption").textContent()) ?? "", /Natural Earth.*world-atlas/s);
  await shoot(page, "map");

  await page.goto(`${server?.url}/#/timeline`);
  await page.locator(".chart rect.bar").first().waitFor({ state: "attached" });
  assert.ok((await page.locator(".chart rect.bar").count()) >= 2, "timeline bars");
  await shoot(page, "timeline");

  await page.goto(`${server?.url}/#/network`);
  await page.locator(".network .nodes circle").first().waitFor({ state: "attached" });
  assert.ok((await page.locator(".network .nodes circle").count()) >= 2, "network nodes");
  assert.ok((await page.locator(".network .edges line").count()) >= 1, "network edges");
  await shoot(page, "network");
  // Nodes are links: from the keyboard, Enter on one opens that entity's page.
  const node = page.locator(".network a.node").first();
  const nodeName = ((await node.locator("text").textContent()) ?? "").trim();
  await node.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(/#\/entity\//);
  await page.locator(".page-title", { hasText: nodeName }).waitFor();
  await page.locator(".entity-grid").waitFor();
  assertClean(watch, "map, timeline, network");
  await page.close();
});

test("A hostile article renders inert: no script runs and its text shows literally", { skip }, async () => {
  const { page, watch } = await openPage("analyze");
  await analyseText(page, EVIL_TEXT);
  const text = (await page.locator(".article-text").textContent()) ?? "";
  for (const literal of ["<script>", "onerror=", "javascript:", "<svg onload="])
    assert.ok(text.includes(literal), `"${literal}" shown as text`);
  assert.ok(text.includes("U+202E"), "the right-to-left override is shown as its code, not applied");
  const reader = (await page.locator(".reader").textContent()) ?? "";
  assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(reader), "no live bidi control anywhere in the reader (panel too)");
  assert.ok(text.includes("zero\u200Dwidth"), "zero-width joiner kept as text");
  assert.ok(text.includes("Z\u0351\u0352\u0353"), "combining marks kept as text");
  assert.equal(
    await page.locator(".reader script, .reader img, .reader svg, .reader iframe, .article-text a").count(),
    0,
  );
  await shoot(page, "hostile-text");

  // The same payload as an HTML file through the file chooser.
  await page.getByLabel("File").check();
  await page.getByLabel(/HTML or text file/).setInputFiles({
    name: "evil.html",
    mimeType: "text/html",
    buffer: Buffer.from(EVIL_HTML, "utf8"),
  });
  await page.getByRole("button", { name: "Analyse" }).click();
  await page.locator(".reader .headline", { hasText: "Hostile" }).waitFor({ timeout: ANALYSE_TIMEOUT_MS });
  assert.equal(await page.locator(".reader script, .reader img, .reader svg, .reader iframe").count(), 0);
  assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, "no javascript: link anywhere");
  assert.ok(!/[\u202A-\u202E]/.test((await page.locator(".reader").textContent()) ?? ""), "no live bidi override");
  await shoot(page, "hostile-html");

  // Stored in the corpus: its reader page and its search hit.
  const list = (await (await page.request.get(`${server?.url}/api/documents?limit=200`)).json()) as {
    items: { id: number; title?: string }[];
  };
  const stored = list.items.find((a) => a.title?.includes("Hostile"));
  assert.ok(stored, "the hostile page was ingested");
  await page.goto(`${server?.url}/#/doc/${stored.id}`);
  await page.locator(".reader .article-text").waitFor();
  assert.equal(await page.locator(".reader script, .reader img, .reader svg, .reader iframe").count(), 0);
  assert.ok(((await page.locator(".article-text").textContent()) ?? "").includes("U+202E"), "RLO shown as code");
  await shoot(page, "hostile-stored");
  await page.goto(`${server?.url}/#/search?q=hostile`);
  await page.locator(".hit").first().waitFor();
  assert.equal(await page.locator(".hits script, .hits img, .hits svg").count(), 0);

  assert.equal(await page.evaluate(`typeof window.${PWNED_FLAG}`), "undefined", "payload flag never set");
  assertClean(watch, "hostile article");
  await page.close();
});
