/**
 * `npm run eval:time`: TempEval-3 Task A on TBAQ-cleaned (TimeBank + AQUAINT, 256 documents, 1,822 TIMEX3).
 * Each document's <TEXT> is stripped of its tags to give the plain text and the gold offsets; findTimes runs with
 * the document creation time as anchor, and chrono-node runs alone on the same text as the peer.
 *
 *   npm run eval:time                 the table and the per-type breakdown
 *   npm run eval:time -- --errors     also every missed, spurious and wrongly valued expression
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as chrono from "chrono-node";
import { findTimes } from "../src/annotate/times/index.js";
import { sharedData } from "../src/core/paths.js";
import { type EvalRow, formatEvalTable } from "../src/eval/report.js";
import {
  breakdownByType,
  countDocument,
  emptyCounts,
  normaliseValue,
  scoresFromCounts,
  type TimexLike,
  type TimexScores,
  type TypeBreakdown,
} from "../src/eval/timex-metric.js";

export interface GoldTimex extends TimexLike {
  readonly mod?: string;
  readonly text: string;
}

export interface TimeMLDocument {
  readonly id: string;
  readonly text: string;
  /** The document creation time's value: the anchor. */
  readonly dct: string;
  readonly gold: readonly GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = decodeEntities(m[2]!);
  return out;
}

/** Reads one TimeML file: plain text of <TEXT> with the offsets of its TIMEX3 tags, and the DCT. */
export function readTimeML(id: string, xml: string): TimeMLDocument {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag === null ? "" : (attributes(dctTag[1]!).value ?? "");
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? "";
  let text = "";
  const gold: GoldTimex[] = [];
  const open: { start: number; attrs: Record<string, string> }[] = [];
  const tag = /<(\/?)(\w+)([^>]*?)(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m !== null; m = tag.exec(body)) {
    text += decodeEntities(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== "TIMEX3" || m[4] === "/") continue;
    if (m[1] === "") open.push({ start: text.length, attrs: attributes(m[3]!) });
    else {
      const o = open.pop();
      if (o === undefined) continue;
      gold.push({
        start: o.start,
        end: text.length,
        type: o.attrs.type ?? "DATE",
        value: o.attrs.value ?? "",
        ...(o.attrs.mod !== undefined ? { mod: o.attrs.mod } : {}),
        text: text.slice(o.start),
      });
    }
  }
  text += decodeEntities(body.slice(last));
  return { id, text, dct, gold: gold.sort((a, b) => a.start - b.start) };
}

export function loadTimeBank(root = join(sharedData, "timex", "tbaq-cleaned")): TimeMLDocument[] {
  const docs: TimeMLDocument[] = [];
  for (const corpus of ["TimeBank", "AQUAINT"]) {
    const dir = join(root, corpus);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".tml"))
      .sort()) {
      docs.push(readTimeML(`${corpus}/${file}`, readFileSync(join(dir, file), "utf8")));
    }
  }
  return docs;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** chrono-node alone: each result as a DATE (TIME when it knows the hour) with a value from the components it knows. */
export function chronoTimes(text: string, dct: string): TimexLike[] {
  const ref = new Date(`${dct.slice(0, 10)}T12:00:00`);
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const year = c.get("year");
    const month = c.get("month");
    const day = c.get("day");
    let value = `${year}`;
    if (c.isCertain("month") || c.isCertain("day")) value += `-${pad2(month ?? 1)}`;
    if (c.isCertain("day") || c.isCertain("weekday")) value += `-${pad2(day ?? 1)}`;
    const timed = c.isCertain("hour");
    if (timed)
      value = `${year}-${pad2(month ?? 1)}-${pad2(day ?? 1)}T${pad2(c.get("hour") ?? 0)}:${pad2(c.get("minute") ?? 0)}`;
    return { start: r.index, end: r.index + r.text.length, type: timed ? "TIME" : "DATE", value };
  });
}

interface SystemRun {
  readonly name: string;
  readonly scores: TimexScores;
  readonly byType: TypeBreakdown[];
  readonly errors: string[];
  readonly ms: number;
}

function runSystem(
  name: string,
  docs: readonly TimeMLDocument[],
  system: (d: TimeMLDocument) => readonly TimexLike[],
): SystemRun {
  const counts = emptyCounts();
  const perDoc: { gold: readonly TimexLike[]; system: readonly TimexLike[] }[] = [];
  const errors: string[] = [];
  let ms = 0;
  for (const d of docs) {
    const t0 = performance.now();
    const found = system(d);
    ms += performance.now() - t0;
    const pairs = countDocument(d.gold, found, counts);
    perDoc.push({ gold: d.gold, system: found });
    const show = (t: TimexLike) => JSON.stringify(d.text.slice(t.start, t.end).replace(/\s+/g, " "));
    const context = (t: TimexLike) => d.text.slice(Math.max(0, t.start - 50), t.end + 30).replace(/\s+/g, " ");
    for (const g of d.gold) {
      if (!found.some((s) => s.start < g.end && g.start < s.end))
        errors.push(`MISS\t${g.type}\t${g.value}\t${show(g)}\t${d.dct}\t${context(g)}`);
    }
    for (const s of found) {
      if (!d.gold.some((g) => s.start < g.end && g.start < s.end))
        errors.push(`SPURIOUS\t${s.type}\t${s.value}\t${show(s)}\t${d.dct}\t${context(s)}`);
    }
    for (const p of pairs) {
      if (normaliseValue(p.gold.value) !== normaliseValue(p.system.value) || p.gold.type !== p.system.type) {
        errors.push(
          `VALUE\t${p.gold.type}/${p.system.type}\t${p.gold.value} ≠ ${p.system.value}\t${show(p.gold)} / ${show(p.system)}\t${d.dct}\t${context(p.gold)}`,
        );
      }
    }
  }
  return { name, scores: scoresFromCounts(counts), byType: breakdownByType(perDoc), errors, ms };
}

const TASK = "time expressions (TempEval-3 A)";
const DATASET = "TBAQ-cleaned";

function rows(ours: SystemRun, peer: SystemRun): EvalRow[] {
  const row = (metric: string, pick: (s: TimexScores) => number, target?: number): EvalRow => ({
    task: TASK,
    dataset: DATASET,
    metric,
    ours: pick(ours.scores),
    peer: pick(peer.scores),
    peerName: "chrono-node",
    ...(target !== undefined ? { target, higherIsBetter: true } : {}),
  });
  return [
    row("value F1", (s) => s.valueF1, 0.85),
    row("relaxed span F1", (s) => s.relaxed.f1, 0.9),
    row("relaxed span P", (s) => s.relaxed.precision),
    row("relaxed span R", (s) => s.relaxed.recall),
    row("strict span F1", (s) => s.strict.f1),
    row("strict span P", (s) => s.strict.precision),
    row("strict span R", (s) => s.strict.recall),
    row("type accuracy", (s) => s.typeAccuracy),
    row("value accuracy", (s) => s.valueAccuracy),
  ];
}

let lastRuns: { ours: SystemRun; peer: SystemRun } | undefined;

/** Runs Sift's findTimes and chrono-node over TBAQ-cleaned and returns the TempEval-3 figures as rows. */
export async function runTimeEval(): Promise<EvalRow[]> {
  const docs = loadTimeBank();
  const ours = runSystem("sift", docs, (d) => findTimes(d.text, { anchor: d.dct }));
  const peer = runSystem("chrono-node", docs, (d) => chronoTimes(d.text, d.dct));
  lastRuns = { ours, peer };
  return rows(ours, peer);
}

function formatBreakdown(run: SystemRun): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `| ${run.name}: type | gold | found | recall | system | precision | type acc. | value acc. |`,
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...run.byType.map(
      (t) =>
        `| ${t.type} | ${t.gold} | ${t.found} | ${f(t.recall)} | ${t.system} | ${f(t.precision)} | ${f(t.typeAccuracy)} | ${f(t.valueAccuracy)} |`,
    ),
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const table = await runTimeEval();
  const { ours, peer } = lastRuns!;
  console.log(formatEvalTable(table));
  console.log("");
  console.log(formatBreakdown(ours));
  console.log("");
  console.log(formatBreakdown(peer));
  const c = ours.scores.counts;
  console.log(
    `\n${c.gold} gold, ${c.system} found by Sift (${ours.ms.toFixed(0)} ms), ${peer.scores.counts.system} by chrono-node (${peer.ms.toFixed(0)} ms); whole run ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (process.argv.includes("--errors")) {
    console.log("");
    for (const e of ours.errors) console.log(e);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
